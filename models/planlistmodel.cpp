#include "planlistmodel.h"

#include "stores.h"
#include "vocabulary.h"

#include <QLocale>

PlanListModel::PlanListModel(Stores& stores, QObject* parent)
    : QAbstractTableModel(parent)
    , m_stores(stores)
{
    connect(&stores.plans, &Store::added, this, &PlanListModel::planAdded);
    connect(&stores.plans, &Store::changed, this, &PlanListModel::planChanged);
    connect(&stores.plans, &Store::removed, this, &PlanListModel::planRemoved);
    // A measure's plan is not in the signal; counts are cheap to re-read for every plan at once.
    connect(&stores.measures, &Store::added, this, &PlanListModel::refreshCounts);
    connect(&stores.measures, &Store::changed, this, &PlanListModel::refreshCounts);
    connect(&stores.measures, &Store::removed, this, &PlanListModel::refreshCounts);
    reload();
}

int PlanListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanSummary& row = m_rows.at(index.row());
    const int active = row.measureCount - row.cancelledCount;
    const double doneShare = active > 0 ? double(row.doneCount) / active : 0.0;
    if (role == PlanIdRole)
        return row.planId;
    if (role == Qt::TextAlignmentRole && index.column() >= MeasuresColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case MunicipalityColumn:
            return row.municipalityNumber;
        case PeriodColumn:
            return row.periodFrom;
        case MeasuresColumn:
            return row.measureCount;
        case DoneColumn:
            return doneShare;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case MunicipalityColumn:
        return tr("%1 %2").arg(row.municipalityNumber, row.municipalityName);
    case TitleColumn:
        return row.isSample ? tr("%1 (sample data)").arg(row.title) : row.title;
    case KindColumn:
        return Vocabulary::planKindName(row.kind);
    case PeriodColumn:
        if (row.periodFrom <= 0)
            return QString();
        return tr("%1–%2").arg(row.periodFrom).arg(row.periodTo);
    case StatusColumn:
        return Vocabulary::planStatusName(row.status);
    case MeasuresColumn:
        return QLocale().toString(row.measureCount);
    case DoneColumn:
        return tr("%1 %").arg(QLocale().toString(qRound(doneShare * 100)));
    default:
        return {};
    }
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MunicipalityColumn:
        return tr("Municipality");
    case TitleColumn:
        return tr("Plan");
    case KindColumn:
        return tr("Kind");
    case PeriodColumn:
        return tr("Period");
    case StatusColumn:
        return tr("Status");
    case MeasuresColumn:
        return tr("Measures");
    case DoneColumn:
        return tr("Done");
    default:
        return {};
    }
}

void PlanListModel::reload()
{
    beginResetModel();
    m_rows = m_stores.plans.summaries();
    endResetModel();
}

int PlanListModel::rowOfPlan(qint64 planId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).planId == planId)
            return row;
    }
    return -1;
}

void PlanListModel::planAdded(qint64 id)
{
    const QVector<PlanSummary> added = m_stores.plans.summaries(id);
    if (added.isEmpty())
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << added.first();
    endInsertRows();
}

void PlanListModel::planChanged(qint64 id)
{
    const int row = rowOfPlan(id);
    const QVector<PlanSummary> changed = m_stores.plans.summaries(id);
    if (row < 0 || changed.isEmpty())
        return;
    m_rows[row] = changed.first();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PlanListModel::planRemoved(qint64 id)
{
    const int row = rowOfPlan(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void PlanListModel::refreshCounts()
{
    const QVector<PlanSummary> fresh = m_stores.plans.summaries();
    for (const PlanSummary& summary : fresh) {
        const int row = rowOfPlan(summary.planId);
        if (row < 0)
            continue;
        PlanSummary& current = m_rows[row];
        if (current.measureCount == summary.measureCount && current.doneCount == summary.doneCount
            && current.cancelledCount == summary.cancelledCount)
            continue;
        current = summary;
        emit dataChanged(index(row, MeasuresColumn), index(row, DoneColumn));
    }
}
