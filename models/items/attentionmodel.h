#pragma once

#include "twoleveltreemodel.h"

class MeasureTableModel;

// "Needs attention": the measures of the shown plan that are overdue, due within 30 days, under way without a
// progress update for six months, or whose grant report is due, grouped, each a click away. It is derived from a
// MeasureTableModel, so it always agrees with the table; it regroups on every change of its source (a few dozen rows).
class AttentionModel : public TwoLevelTreeModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        WhenColumn,
        ColumnCount,
    };
    enum Role {
        MeasureIdRole = Qt::UserRole + 1,
        FilterRole, // on a group: the MeasureTableModel role that filters the table to the same measures
    };

    explicit AttentionModel(MeasureTableModel* source, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int total() const;

protected:
    int groupCount() const override;
    int itemCount(int group) const override;

private:
    struct Item
    {
        qint64 measureId = 0;
        QString title;
        QString when;
    };
    struct Group
    {
        int filterRole = 0;
        QVector<Item> items;
    };
    void regroup();
    QString groupName(int group) const;

    MeasureTableModel* m_source;
    QVector<Group> m_groups;
};
