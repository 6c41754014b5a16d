#include "measurehistorymodels.h"

#include "language.h"
#include "stores.h"
#include "vocabulary.h"

#include <QLocale>

ProgressHistoryModel::ProgressHistoryModel(Stores& stores, QObject* parent)
    : QAbstractTableModel(parent)
    , m_stores(stores)
{
    connect(&stores.progressUpdates, &Store::added, this, &ProgressHistoryModel::updateAdded);
    connect(&stores.progressUpdates, &Store::removed, this, &ProgressHistoryModel::updateRemoved);
}

void ProgressHistoryModel::setMeasure(qint64 measureId)
{
    beginResetModel();
    m_measureId = measureId;
    m_rows = measureId > 0
        ? m_stores.progressUpdates.list(QStringLiteral("measure_id"), measureId, QStringLiteral("date, id"))
        : QVector<ProgressUpdate>();
    endResetModel();
}

void ProgressHistoryModel::updateAdded(qint64 id)
{
    const std::optional<ProgressUpdate> update = m_stores.progressUpdates.get(id);
    if (!update || update->measureId != m_measureId)
        return;
    int row = 0; // keep date order
    while (row < m_rows.size() && m_rows.at(row).date <= update->date)
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, *update);
    endInsertRows();
}

void ProgressHistoryModel::updateRemoved(qint64 id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            return;
        }
    }
}

int ProgressHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgressHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ProgressUpdate& update = m_rows.at(index.row());
    switch (index.column()) {
    case DateColumn:
        return Language::formatDate(update.date);
    case StatusColumn:
        return Vocabulary::measureStatusName(update.status);
    case ProgressColumn:
        return tr("%1 %").arg(update.progress);
    case CommentColumn:
        return update.comment;
    default:
        return {};
    }
}

QVariant ProgressHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case CommentColumn:
        return tr("Comment");
    default:
        return {};
    }
}

ChangeHistoryModel::ChangeHistoryModel(Stores& stores, QObject* parent)
    : QAbstractTableModel(parent)
    , m_stores(stores)
{
    // A change to the shown row adds log rows; re-reading a few hundred rows is cheap.
    for (Store* store : {static_cast<Store*>(&stores.measures), static_cast<Store*>(&stores.plans)}) {
        const auto follow = [this, store](qint64 id) {
            if (id == m_id && store->table() == m_entity)
                reload();
        };
        connect(store, &Store::added, this, follow);
        connect(store, &Store::changed, this, follow);
        connect(store, &Store::removed, this, follow);
    }
}

void ChangeHistoryModel::setSubject(const QString& entity, qint64 id)
{
    m_entity = entity;
    m_id = id;
    reload();
}

void ChangeHistoryModel::reload()
{
    beginResetModel();
    m_rows = m_id > 0 ? m_stores.changeLog.entries(m_entity, m_id) : QVector<ChangeLogEntry>();
    endResetModel();
}

int ChangeHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeHistoryModel::fieldName(const QString& column)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("focus_area_id"), QT_TR_NOOP("Focus area")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("start_text"), QT_TR_NOOP("Start")},
        {QStringLiteral("deadline_text"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("progress"), QT_TR_NOOP("Progress")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("cost_nok"), QT_TR_NOOP("Cost")},
        {QStringLiteral("funding_source"), QT_TR_NOOP("Funding")},
        {QStringLiteral("joint_project_id"), QT_TR_NOOP("Joint project")},
        {QStringLiteral("indicator_id"), QT_TR_NOOP("Indicator it moves")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("period_from"), QT_TR_NOOP("Period from")},
        {QStringLiteral("period_to"), QT_TR_NOOP("Period to")},
        {QStringLiteral("adopted_on"), QT_TR_NOOP("Adopted on")},
        {QStringLiteral("council_case"), QT_TR_NOOP("Council case number")},
    };
    const char* name = names.value(column);
    return name ? tr(name) : column;
}

QVariant ChangeHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ChangeLogEntry& entry = m_rows.at(index.row());
    auto shown = [&](const QString& value) {
        if (value.isEmpty())
            return tr("(empty)");
        if (entry.field == QLatin1String("status"))
            return entry.entity == QLatin1String("plans") ? Vocabulary::planStatusName(value)
                                                          : Vocabulary::measureStatusName(value);
        if (entry.field == QLatin1String("kind"))
            return Vocabulary::planKindName(value);
        if (entry.field == QLatin1String("priority"))
            return Vocabulary::priorityName(value);
        // Ids mean nothing to a reader: show the owner's or focus area's name (or the id if it is gone).
        if (entry.field == QLatin1String("owner_id"))
            return m_stores.owners.get(value.toLongLong()).value_or(Owner {0, 0, value, {}, {}}).name;
        if (entry.field == QLatin1String("focus_area_id"))
            return m_stores.focusAreas.get(value.toLongLong()).value_or(FocusArea {0, 0, value, 0}).name;
        if (entry.field == QLatin1String("indicator_id")) {
            const std::optional<Indicator> indicator = m_stores.indicators.get(value.toLongLong());
            return indicator ? indicator->name : value;
        }
        if (entry.field == QLatin1String("joint_project_id")) {
            const std::optional<JointProject> project = m_stores.jointProjects.get(value.toLongLong());
            return project ? project->name : value;
        }
        return value;
    };
    switch (index.column()) {
    case TimeColumn:
        return Language::formatDateTime(entry.changedAt);
    case UserColumn:
        return entry.osUser;
    case FieldColumn:
        if (entry.field == Store::CreatedField)
            return tr("Created");
        if (entry.field == Store::DeletedField)
            return tr("Deleted");
        return fieldName(entry.field);
    case ChangeColumn:
        if (entry.field == Store::CreatedField || entry.field == Store::DeletedField)
            return QString();
        return tr("%1 → %2").arg(shown(entry.oldValue), shown(entry.newValue));
    default:
        return {};
    }
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case UserColumn:
        return tr("Who");
    case FieldColumn:
        return tr("What");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}
