#pragma once

#include <QWidget>

class NavigatorModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// The navigator dock: networks → municipalities → plans with a search field, and a context menu to create,
// rename and delete plans. It only asks (signals); the window carries the requests out as undoable commands.
class NavigatorPane : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPane(QWidget* parent = nullptr);

    void setModel(NavigatorModel* model);
    QTreeView* view() const { return m_view; }
    QLineEdit* filterField() const { return m_filter; }

    qint64 currentPlanId() const;
    qint64 currentMunicipalityId() const;
    // The network chosen (0 when the current row is not a network).
    qint64 currentNetworkId() const;
    // Selects the plan (its first place in the tree) and shows it.
    void selectPlan(qint64 planId);
    // Starts editing the plan's title in the tree.
    void editPlanTitle(qint64 planId);

signals:
    void currentPlanChanged(qint64 planId);
    void currentNetworkChanged(qint64 networkId);
    void newPlanRequested(qint64 municipalityId);
    void deletePlanRequested(qint64 planId);
    void propertiesRequested(qint64 planId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showContextMenu(const QPoint& position);
    QModelIndex proxyIndexOfPlan(qint64 planId) const;

    QLineEdit* m_filter;
    QTreeView* m_view;
    QSortFilterProxyModel* m_proxy;
    NavigatorModel* m_model = nullptr;
};
