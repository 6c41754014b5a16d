#pragma once

#include <QWidget>

class AttentionModel;
class QTreeView;

// "Needs attention" for the shown plan: overdue measures, deadlines within 30 days, measures without an update for
// six months. A measure is a click away; a group filters the measures table to the same list.
class AttentionPane : public QWidget
{
    Q_OBJECT

public:
    explicit AttentionPane(QWidget* parent = nullptr);
    void setModel(AttentionModel* model);
    QTreeView* view() const { return m_view; }

signals:
    void measureRequested(qint64 measureId);
    void filterRequested(int role);

private:
    QTreeView* m_view;
};
