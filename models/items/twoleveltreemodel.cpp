#include "twoleveltreemodel.h"

QModelIndex TwoLevelTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupNode);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex TwoLevelTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || isGroup(child))
        return {};
    return createIndex(groupOf(child), 0, GroupNode);
}

int TwoLevelTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return groupCount();
    if (isGroup(parent) && parent.column() == 0)
        return itemCount(parent.row());
    return 0;
}
