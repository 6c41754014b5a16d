#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// The list of plans in the open file with a filter-as-you-type field, over a PlanListModel (or any model with its
// columns and roles).
class PlanListPane : public QWidget
{
    Q_OBJECT

public:
    explicit PlanListPane(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    QTableView* view() const { return m_view; }
    QLineEdit* filterField() const { return m_filter; }

    qint64 currentPlanId() const;
    void selectPlan(qint64 planId);

signals:
    void planActivated(qint64 planId);
    void currentPlanChanged(qint64 planId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCount();

    QLineEdit* m_filter;
    QLabel* m_count;
    QTableView* m_view;
    QSortFilterProxyModel* m_proxy;
};
