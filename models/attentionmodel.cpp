#include "attentionmodel.h"

#include "measuretablemodel.h"

#include <QLocale>

namespace {
// Group rows carry this internal id; measure rows carry their group's index.
constexpr quintptr GroupNode = quintptr(-1);
} // namespace

AttentionModel::AttentionModel(MeasureTableModel* source, QObject* parent)
    : QAbstractItemModel(parent)
    , m_source(source)
{
    m_groups = {{MeasureTableModel::OverdueRole, {}},
                {MeasureTableModel::DueSoonRole, {}},
                {MeasureTableModel::StaleRole, {}},
                {MeasureTableModel::GrantReportDueRole, {}}};
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(source, signal, this, &AttentionModel::regroup);
    connect(source, &QAbstractItemModel::modelReset, this, &AttentionModel::regroup);
    connect(source, &QAbstractItemModel::dataChanged, this, &AttentionModel::regroup);
    regroup();
}

void AttentionModel::regroup()
{
    beginResetModel();
    for (Group& group : m_groups) {
        group.items.clear();
        for (int row = 0; row < m_source->rowCount(); ++row) {
            const QModelIndex index = m_source->index(row, MeasureTableModel::TitleColumn);
            if (!index.data(group.filterRole).toBool())
                continue;
            const MeasureListing* listing = m_source->listing(row);
            Item item;
            item.measureId = listing->measure.id;
            item.title = listing->measure.code.isEmpty()
                ? listing->measure.title
                : tr("%1 %2").arg(listing->measure.code, listing->measure.title);
            if (group.filterRole == MeasureTableModel::GrantReportDueRole)
                item.when = tr("report due %1").arg(QLocale().toString(listing->nextGrantReport, QLocale::ShortFormat));
            else if (group.filterRole == MeasureTableModel::StaleRole)
                item.when = listing->lastUpdate.isValid()
                    ? tr("last update %1").arg(QLocale().toString(listing->lastUpdate, QLocale::ShortFormat))
                    : tr("never updated");
            else
                item.when = listing->measure.deadlineText;
            group.items << item;
        }
    }
    endResetModel();
}

int AttentionModel::total() const
{
    int count = 0;
    for (const Group& group : m_groups)
        count += int(group.items.size());
    return count;
}

QString AttentionModel::groupName(int group) const
{
    const int count = int(m_groups.at(group).items.size());
    switch (m_groups.at(group).filterRole) {
    case MeasureTableModel::OverdueRole:
        return tr("Overdue (%n)", nullptr, count);
    case MeasureTableModel::DueSoonRole:
        return tr("Deadline within %1 days (%n)", nullptr, count).arg(MeasureTableModel::DueSoonDays);
    case MeasureTableModel::StaleRole:
        return tr("No progress update for %1 months (%n)", nullptr, count).arg(MeasureTableModel::StaleMonths);
    default:
        return tr("Grant reports due (%n)", nullptr, count);
    }
}

QModelIndex AttentionModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupNode);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex AttentionModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupNode)
        return {};
    return createIndex(int(child.internalId()), 0, GroupNode);
}

int AttentionModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupNode && parent.column() == 0)
        return int(m_groups.at(parent.row()).items.size());
    return 0;
}

int AttentionModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant AttentionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupNode) {
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == TitleColumn)
            return groupName(index.row());
        if (role == FilterRole)
            return m_groups.at(index.row()).filterRole;
        return {};
    }
    const Item& item = m_groups.at(int(index.internalId())).items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? item.title : item.when;
    case MeasureIdRole:
        return item.measureId;
    default:
        return {};
    }
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Measure") : tr("Deadline or last update");
}
