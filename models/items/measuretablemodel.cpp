#include "measuretablemodel.h"

#include "database.h"
#include "entitycommands.h"
#include "language.h"
#include "measurecommands.h"
#include "records.h"
#include "stores.h"
#include "vocabulary.h"

#include <QLocale>
#include <QUndoStack>

namespace {

// Measures without a deadline, and ongoing ones, sort after every dated one.
const QDate NoDeadline(9999, 12, 31);

int priorityRank(const QString& code)
{
    const int index = int(Vocabulary::priorities().indexOf(code));
    return index < 0 ? 99 : index;
}

} // namespace

MeasureTableModel::MeasureTableModel(Stores& stores, QUndoStack* undoStack, QObject* parent)
    : QAbstractTableModel(parent)
    , m_stores(stores)
    , m_undoStack(undoStack)
    , m_today(QDate::currentDate())
{
    connect(&stores.measures, &Store::added, this, &MeasureTableModel::measureAdded);
    connect(&stores.measures, &Store::changed, this, &MeasureTableModel::measureChanged);
    connect(&stores.measures, &Store::removed, this, &MeasureTableModel::measureRemoved);
    // Names of owners, focus areas and plans are shown in the rows: re-read them when those change.
    for (Store* store : {static_cast<Store*>(&stores.owners),
                         static_cast<Store*>(&stores.focusAreas),
                         static_cast<Store*>(&stores.plans)}) {
        connect(store, &Store::changed, this, &MeasureTableModel::namesChanged);
        connect(store, &Store::removed, this, &MeasureTableModel::namesChanged);
    }
    // A grant's report date is part of its measure's row.
    const auto grantChanged = [this](qint64 grantId) {
        if (const std::optional<Grant> grant = m_stores.grants.get(grantId))
            measureChanged(grant->measureId);
    };
    connect(&stores.grants, &Store::added, this, grantChanged);
    connect(&stores.grants, &Store::changed, this, grantChanged);
    connect(&stores.grants, &Store::removed, this, &MeasureTableModel::namesChanged);
    // A removed plan takes its measures with it (ON DELETE CASCADE), without a signal per measure.
    connect(&stores.plans, &Store::removed, this, [this](qint64 planId) {
        if (planId == m_planId || m_planId == 0)
            reload();
    });
}

void MeasureTableModel::setPlan(qint64 planId)
{
    m_planId = planId;
    reload();
}

void MeasureTableModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void MeasureTableModel::reload()
{
    beginResetModel();
    m_rows = m_planId < 0 ? QVector<MeasureListing>() : m_stores.measures.listings(m_planId);
    endResetModel();
}

QModelIndex MeasureTableModel::index(int row, int column, const QModelIndex& parent) const
{
    const bool inside = !parent.isValid() && row >= 0 && row < m_rows.size() && column >= 0 && column < ColumnCount;
    return inside ? createIndex(row, column) : QModelIndex();
}

int MeasureTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasureTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MeasureListing* MeasureTableModel::listing(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MeasureTableModel::rowOfMeasure(qint64 measureId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).measure.id == measureId)
            return row;
    }
    return -1;
}

bool MeasureTableModel::isOverdue(const MeasureListing& listing) const
{
    return ::isOverdue(listing.measure.status, listing.deadlineDay, m_today);
}

bool MeasureTableModel::isDueSoon(const MeasureListing& listing) const
{
    return isDueWithin(listing.measure.status, listing.deadlineDay, m_today, DueSoonDays);
}

bool MeasureTableModel::isStale(const MeasureListing& listing) const
{
    // Only measures under way go stale: a planned one has nothing to report yet, a finished one nothing more.
    static const QStringList underWay
        = {QStringLiteral("in_progress"), QStringLiteral("delayed"), QStringLiteral("blocked")};
    if (!underWay.contains(listing.measure.status))
        return false;
    return !listing.lastUpdate.isValid() || listing.lastUpdate < m_today.addMonths(-StaleMonths);
}

bool MeasureTableModel::isGrantReportDue(const MeasureListing& listing) const
{
    return listing.nextGrantReport.isValid() && listing.nextGrantReport <= m_today.addDays(DueSoonDays);
}

QVariant MeasureTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeasureListing& row = m_rows.at(index.row());
    const Measure& m = row.measure;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DeadlineColumn && isOverdue(row))
            return tr("Overdue: the deadline %1 has passed.").arg(m.deadlineText);
        return displayValue(row, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case StatusColumn:
            return m.status;
        case ProgressColumn:
            return m.progress;
        case PriorityColumn:
            return m.priority;
        case CostColumn:
            return m.costNok ? QVariant(*m.costNok) : QVariant();
        case OwnerColumn:
            return row.owner;
        default:
            return displayValue(row, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == ProgressColumn || index.column() == CostColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case MeasureIdRole:
        return m.id;
    case PlanIdRole:
        return m.planId;
    case StatusCodeRole:
        return m.status;
    case OverdueRole:
        return isOverdue(row);
    case DueSoonRole:
        return isDueSoon(row);
    case StaleRole:
        return isStale(row);
    case GrantReportDueRole:
        return isGrantReportDue(row);
    case SearchTextRole:
        return row.searchText;
    case FocusAreaIdRole:
        return m.focusAreaId;
    case OwnerIdRole:
        return m.ownerId;
    case FocusAreaChoicesRole: {
        // The plan's focus areas in their order, as {id, name} pairs, for the focus-area editor.
        QVariantList choices;
        for (const FocusArea& area :
             m_stores.focusAreas.list(QStringLiteral("plan_id"), m.planId, QStringLiteral("position, id")))
            choices << QVariant(QVariantList {area.id, area.name});
        return choices;
    }
    case OwnerChoicesRole: {
        QStringList names;
        for (const Owner& owner :
             m_stores.owners.list(QStringLiteral("municipality_id"), row.municipalityId, QStringLiteral("name")))
            names << owner.name;
        return names;
    }
    default:
        return {};
    }
}

int MeasureTableModel::focusAreaRank(const MeasureListing& listing)
{
    return listing.focusArea.isEmpty() ? 1 << 30 : listing.focusAreaPosition; // measures without one come last
}

QVariant MeasureTableModel::displayValue(const MeasureListing& row, int column) const
{
    const Measure& m = row.measure;
    switch (column) {
    case CodeColumn:
        return m.code;
    case TitleColumn:
        return m.title;
    case FocusAreaColumn:
        return row.focusArea;
    case OwnerColumn:
        return row.owner;
    case StartColumn:
        return m.startText;
    case DeadlineColumn:
        return m.deadlineText; // as the user wrote it
    case StatusColumn:
        return Vocabulary::measureStatusName(m.status);
    case ProgressColumn:
        return tr("%1 %").arg(m.progress);
    case PriorityColumn:
        return Vocabulary::priorityName(m.priority);
    case CostColumn:
        return m.costNok ? Language::formatKroner(*m.costNok) : QString();
    case MunicipalityColumn:
        return row.municipality;
    case PlanColumn:
        return row.planTitle;
    default:
        return {};
    }
}

QVariant MeasureTableModel::sortValue(const MeasureListing& row, int column) const
{
    const Measure& m = row.measure;
    switch (column) {
    case FocusAreaColumn:
        return focusAreaRank(row);
    case StartColumn:
        return row.startDay.isValid() ? row.startDay : NoDeadline;
    case DeadlineColumn:
        return row.deadlineDay.isValid() ? row.deadlineDay : NoDeadline;
    case StatusColumn:
        return Vocabulary::measureStatuses().indexOf(m.status);
    case ProgressColumn:
        return m.progress;
    case PriorityColumn:
        return priorityRank(m.priority);
    case CostColumn:
        return m.costNok.value_or(-1.0);
    default:
        return displayValue(row, column);
    }
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Measure");
    case FocusAreaColumn:
        return tr("Focus area");
    case OwnerColumn:
        return tr("Owner");
    case StartColumn:
        return tr("Start");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case PriorityColumn:
        return tr("Priority");
    case CostColumn:
        return tr("Cost");
    case MunicipalityColumn:
        return tr("Municipality");
    case PlanColumn:
        return tr("Plan");
    default:
        return {};
    }
}

Qt::ItemFlags MeasureTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // Another municipality's measure on a network's server is there to read, not to change.
    if (!index.isValid() || !m_stores.db.mayEditMunicipality(m_rows.at(index.row()).municipalityId))
        return flags;
    switch (index.column()) {
    case MunicipalityColumn:
    case PlanColumn:
        return flags;
    default:
        return flags | Qt::ItemIsEditable;
    }
}

bool MeasureTableModel::refuse(const QString& message)
{
    m_lastError = message;
    ++m_refusals;
    const bool conflict = m_stores.measures.lastConflict().has_value(); // before editFailed's handler takes it
    emit editFailed(message);
    if (!conflict)
        emit typedValueRefused();
    return false;
}

bool MeasureTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_undoStack)
        return false;
    const MeasureListing& row = m_rows.at(index.row());
    const Measure before = row.measure;
    auto onError = [this](const QString& message) {
        refuse(message);
    };
    if (index.column() == OwnerColumn) {
        if (value.toString().trimmed() == row.owner)
            return true;
        const int refusals = m_refusals;
        m_undoStack->push(new AssignOwnerCommand(m_stores, before, row.municipalityId, value.toString(), onError));
        return m_refusals == refusals;
    }
    Measure after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case FocusAreaColumn: {
        // The editor gives a focus area's id; it must be one of this plan's.
        const qint64 areaId = value.toLongLong();
        const std::optional<FocusArea> area = areaId > 0 ? m_stores.focusAreas.get(areaId) : std::nullopt;
        if (areaId > 0 && (!area || area->planId != before.planId))
            return refuse(tr("That focus area belongs to another plan."));
        after.focusAreaId = areaId;
        break;
    }
    case CodeColumn:
        after.code = text;
        break;
    case TitleColumn:
        after.title = text;
        break;
    case StartColumn:
        after.startText = text;
        break;
    case DeadlineColumn:
        after.deadlineText = text;
        break;
    case StatusColumn:
        after.status = text;
        break;
    case ProgressColumn:
        after.progress = value.toInt();
        break;
    case PriorityColumn:
        after.priority = text;
        break;
    case CostColumn: {
        if (text.isEmpty()) {
            after.costNok.reset();
            break;
        }
        bool ok = false;
        const double cost = value.toDouble(&ok);
        if (!ok || cost < 0)
            return refuse(tr("“%1” is not an amount in kroner.").arg(text));
        after.costNok = cost;
        break;
    }
    default:
        return false;
    }
    const QString invalid = Records::validate(after);
    if (!invalid.isEmpty())
        return refuse(invalid);
    if (Records::fields(after) == Records::fields(before))
        return true; // nothing changed: no command, no undo step
    const int refusals = m_refusals;
    m_undoStack->push(Commands::editMeasure(m_stores, before, after, onError));
    return m_refusals == refusals; // false when not saved (the server gone, say): never shown as saved
}

bool MeasureTableModel::belongsHere(const MeasureListing& listing) const
{
    return m_planId == 0 || (m_planId > 0 && listing.measure.planId == m_planId);
}

void MeasureTableModel::measureAdded(qint64 id)
{
    const QVector<MeasureListing> added = m_stores.measures.listings(0, id);
    if (added.isEmpty() || !belongsHere(added.first()))
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << added.first();
    endInsertRows();
}

void MeasureTableModel::measureChanged(qint64 id)
{
    const int row = rowOfMeasure(id);
    if (row < 0)
        return;
    const QVector<MeasureListing> changed = m_stores.measures.listings(0, id);
    if (changed.isEmpty() || !belongsHere(changed.first())) {
        measureRemoved(id);
        return;
    }
    m_rows[row] = changed.first();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MeasureTableModel::measureRemoved(qint64 id)
{
    const int row = rowOfMeasure(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void MeasureTableModel::namesChanged()
{
    if (m_rows.isEmpty())
        return;
    const QVector<MeasureListing> fresh = m_stores.measures.listings(m_planId);
    if (fresh.size() != m_rows.size()) {
        reload();
        return;
    }
    m_rows = fresh;
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
