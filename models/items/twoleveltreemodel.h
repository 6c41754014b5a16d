#pragma once

#include <QAbstractItemModel>

// A tree of two levels — groups, and the items of each group — as "Needs attention" and the plan check show. Subclasses
// say how many groups and items there are and give their data; isGroup() and groupOf() tell the rows apart.
class TwoLevelTreeModel : public QAbstractItemModel
{
public:
    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    virtual int groupCount() const = 0;
    virtual int itemCount(int group) const = 0;

    static bool isGroup(const QModelIndex& index) { return index.internalId() == GroupNode; }
    // The group row of an item.
    static int groupOf(const QModelIndex& item) { return int(item.internalId()); }

private:
    // Group rows carry this internal id; item rows carry their group's row.
    static constexpr quintptr GroupNode = quintptr(-1);
};
