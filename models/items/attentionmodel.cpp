#include "attentionmodel.h"

#include "language.h"
#include "measuretablemodel.h"

#include <QLocale>

AttentionModel::AttentionModel(MeasureTableModel* source, QObject* parent)
    : TwoLevelTreeModel(parent)
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
                item.when = tr("report due %1").arg(Language::formatDate(listing->nextGrantReport));
            else if (group.filterRole == MeasureTableModel::StaleRole)
                item.when = listing->lastUpdate.isValid()
                    ? tr("last update %1").arg(Language::formatDate(listing->lastUpdate))
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

int AttentionModel::groupCount() const
{
    return int(m_groups.size());
}

int AttentionModel::itemCount(int group) const
{
    return int(m_groups.at(group).items.size());
}

int AttentionModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant AttentionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index)) {
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == TitleColumn)
            return groupName(index.row());
        if (role == FilterRole)
            return m_groups.at(index.row()).filterRole;
        return {};
    }
    const Item& item = m_groups.at(groupOf(index)).items.at(index.row());
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
