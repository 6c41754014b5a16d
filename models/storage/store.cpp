#include "store.h"

#include "database.h"
#include "logjson.h"
#include "postgresdialect.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace {

// SQLite keeps what we bind; normalise the few C++ types that have no SQLite form of their own.
QVariant storable(const QVariant& value)
{
    // A null QString would be bound as SQL NULL; text columns hold empty text instead. Columns that may be NULL
    // get an invalid QVariant from the records.
    if (value.typeId() == QMetaType::QString)
        return value.toString().isNull() ? QVariant(QStringLiteral("")) : value;
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().isValid() ? QVariant(value.toDate().toString(Qt::ISODate)) : QVariant();
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value;
    }
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

QVariant logText(const QVariant& value)
{
    return value.isNull() ? QVariant() : QVariant(value.toString());
}

// The local time of a change-log row, as QDateTime::currentDateTime().toString(Qt::ISODateWithMs) writes it. That call
// asks the C library for the time zone each time (tzset, a stat of /etc/localtime): a tenth of importing a large file
// of rows. The offset from UTC is asked for once a second instead, so a change of offset shows within a second.
QString logTimestamp()
{
    static qint64 offsetAskedAt = 0; // never yet: the epoch is long past (and now - 0 cannot overflow)
    static int offsetSeconds = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (offsetAskedAt == 0 || now < offsetAskedAt || now - offsetAskedAt >= 1000) {
        offsetSeconds = QDateTime::fromMSecsSinceEpoch(now).offsetFromUtc();
        offsetAskedAt = now;
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now + qint64(offsetSeconds) * 1000, Qt::UTC);
    return local.date().toString(Qt::ISODate) + QLatin1Char('T') + local.time().toString(Qt::ISODateWithMs);
}

} // namespace

Row::Row(const QSqlRecord& record)
    : m_record(&record)
{
    for (int i = 0; i < record.count(); ++i)
        m_columns << record.fieldName(i);
}

Row::Row(const QSqlQuery& query, QStringList columns)
    : m_query(&query)
    , m_columns(std::move(columns))
{
}

QStringList Row::columnsOf(const QSqlQuery& query)
{
    QStringList columns;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

int Row::indexOf(QLatin1String column) const
{
    const int count = int(m_columns.size());
    for (int k = 0; k < count; ++k) {
        const int i = (m_next + k) % count;
        if (m_columns.at(i) == column) {
            m_next = i + 1;
            return i;
        }
    }
    return -1;
}

QVariant Row::value(QLatin1String column) const
{
    const int i = indexOf(column);
    if (i < 0)
        return {};
    return m_record ? m_record->value(i) : m_query->value(i);
}

const QString Store::CreatedField = QStringLiteral("(created)");
const QString Store::DeletedField = QStringLiteral("(deleted)");

QString currentOsUser()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral(""); // not null: the column is NOT NULL
}

Store::Store(Database& db, QString table, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_table(std::move(table))
{
    // A new connection to a server knows none of the old one's prepared statements.
    connect(&db, &Database::reconnected, this, [this] {
        m_insertQuery = nullptr;
        m_queries.clear();
    });
}

bool Store::conflict(qint64 id, const QString& field, const QVariant& theirs, const QVariant& yours)
{
    Conflict found {id, field, theirs, yours, {}, {}};
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT os_user, changed_at, new_value FROM change_log WHERE entity = ? AND entity_id "
                                 "= ? AND field = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(m_table);
    query.addBindValue(id);
    query.addBindValue(field);
    // Only the change that put their value there names them (a change made outside the app leaves no log row).
    if (query.exec() && query.next() && query.value(2).toString() == logText(theirs).toString()) {
        found.who = query.value(0).toString();
        found.when = query.value(1).toString();
    }
    m_conflict = found;
    return fail(tr("Someone else (%1) changed this after you saw it; your change was not saved.")
                    .arg(found.who.isEmpty() ? tr("another user") : found.who));
}

bool Store::fail(const QString& message) const
{
    m_error = message;
    return false;
}

bool Store::logChange(
    const QString& entity, qint64 id, const QString& field, const QVariant& oldValue, const QVariant& newValue)
{
    // Each log row has a UUID, so that an offline copy sending it twice (see OfflineCopy) adds it once.
    QSqlQuery& query
        = cachedQuery(QStringLiteral("INSERT INTO change_log (entity, entity_id, field, old_value, "
                                     "new_value, changed_at, os_user, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entity);
    query.addBindValue(id);
    query.addBindValue(field);
    query.addBindValue(logText(oldValue));
    query.addBindValue(logText(newValue));
    query.addBindValue(logTimestamp());
    query.addBindValue(m_db.author().isEmpty() ? currentOsUser() : m_db.author());
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const bool logged = query.exec();
    query.finish();
    if (!logged)
        return fail(tr("The change could not be logged: %1").arg(Database::describe(query.lastError())));
    return true;
}

std::optional<qint64> Store::insertRecord(const Fields& given, qint64 id)
{
    Fields fields = given;
    if (id > 0)
        fields.prepend({QStringLiteral("id"), id});
    // Rows an offline copy and its server both change are known by a UUID (see OfflineCopy); the entities that
    // travel in plan files carry their own, the rest get one here.
    static const QStringList givenUuid = {QStringLiteral("focus_areas"),
                                          QStringLiteral("owners"),
                                          QStringLiteral("progress_updates"),
                                          QStringLiteral("grants")};
    if (givenUuid.contains(m_table))
        fields.append({QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    QStringList columns;
    for (const auto& field : fields)
        columns << field.first;
    // One log row for a new record, holding its values as JSON: a record's birth is one event, not twenty.
    Fields stored;
    stored.reserve(given.size());
    for (const auto& field : given)
        stored.append({field.first, storable(field.second)});
    const QString createdText = LogJson::createdObject(stored);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    const std::optional<qint64> inserted = m_db.isServer() ? insertAndLogOnServer(fields, columns, createdText)
                                                           : insertAndLog(fields, columns, createdText);
    if (!inserted)
        return std::nullopt;
    if (!transaction.commit()) {
        fail(m_db.errorString());
        return std::nullopt;
    }
    m_db.afterCommit([this, id = *inserted] { emit added(id); });
    return inserted;
}

std::optional<qint64> Store::insertAndLog(const Fields& fields, const QStringList& columns, const QString& created)
{
    if (!m_insertQuery || columns != m_insertColumns) {
        m_insertQuery
            = &cachedQuery(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(m_table,
                                    columns.join(QStringLiteral(", ")),
                                    QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        m_insertColumns = columns;
    }
    QSqlQuery& query = *m_insertQuery;
    for (const auto& field : fields)
        query.addBindValue(storable(field.second));
    const bool inserted = query.exec();
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();
    if (!inserted) {
        fail(tr("Cannot add to %1: %2").arg(m_table, Database::describe(query.lastError())));
        return std::nullopt;
    }
    if (!logChange(m_table, id, CreatedField, {}, created))
        return std::nullopt;
    return id;
}

// The row and its log row in one statement: a server is a round trip away, and an import adds thousands of rows.
std::optional<qint64>
Store::insertAndLogOnServer(const Fields& fields, const QStringList& columns, const QString& created)
{
    QSqlQuery& query = cachedQuery(PostgresDialect::insertLogged(m_table, columns));
    for (const auto& field : fields)
        query.addBindValue(storable(field.second));
    query.addBindValue(m_table);
    query.addBindValue(CreatedField);
    query.addBindValue(logText(created));
    query.addBindValue(logTimestamp());
    query.addBindValue(m_db.author().isEmpty() ? currentOsUser() : m_db.author());
    const bool inserted = query.exec() && query.next();
    const qint64 id = inserted ? query.value(0).toLongLong() : 0;
    query.finish();
    if (!inserted) {
        fail(tr("Cannot add to %1: %2").arg(m_table, Database::describe(query.lastError())));
        return std::nullopt;
    }
    return id;
}

bool Store::updateRecord(qint64 id, const Fields& fields, QStringList* changedFields, const Fields* seen)
{
    m_conflict.reset();
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.errorString());
    if (seen && m_db.isServer()) { // SQLite's write transaction holds the whole file already
        QSqlQuery lock(m_db.connection());
        lock.prepare(QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(m_table));
        lock.addBindValue(id);
        if (!lock.exec())
            return fail(
                tr("Cannot change row %1 of %2: %3").arg(id).arg(m_table, Database::describe(lock.lastError())));
    }
    const std::optional<QSqlRecord> old = selectRecord(id);
    if (!old)
        return fail(tr("Cannot change row %1 of %2: it no longer exists.").arg(id).arg(m_table));
    QStringList assignments;
    QVariantList values;
    QStringList names;
    for (const auto& field : fields) {
        const QVariant value = storable(field.second);
        const QVariant before = old->value(field.first);
        if (sameValue(before, value))
            continue;
        if (seen) {
            // Only what the user changed is written: a field they left as they saw it keeps whatever it holds now
            // (someone else's change included); one they changed is not written over someone else's change.
            const auto shown = std::find_if(
                seen->cbegin(), seen->cend(), [&field](const auto& other) { return other.first == field.first; });
            if (shown != seen->cend() && sameValue(storable(shown->second), value))
                continue;
            if (shown != seen->cend() && !sameValue(before, storable(shown->second)))
                return conflict(id, field.first, before, value);
        }
        assignments << QStringLiteral("%1 = ?").arg(field.first);
        values << value;
        names << field.first;
        if (!logChange(m_table, id, field.first, before, value))
            return false;
    }
    if (changedFields)
        *changedFields = names;
    if (names.isEmpty())
        return transaction.commit(); // nothing to write; committing keeps an enclosing transaction alive
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_table, assignments.join(QStringLiteral(", "))));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(id);
    if (!query.exec())
        return fail(tr("Cannot change row %1 of %2: %3").arg(id).arg(m_table, Database::describe(query.lastError())));
    // The row was there a moment ago in this transaction: changing none of it means a server's rules hid it.
    if (query.numRowsAffected() == 0)
        return fail(tr("Cannot change row %1 of %2: %3").arg(id).arg(m_table, Database::refusedByServer()));
    if (!transaction.commit())
        return fail(m_db.errorString());
    m_db.afterCommit([this, id, names] { emit changed(id, names); });
    return true;
}

bool Store::removeRecord(qint64 id)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.errorString());
    const std::optional<QSqlRecord> old = selectRecord(id);
    if (!old)
        return fail(tr("Cannot delete row %1 of %2: it no longer exists.").arg(id).arg(m_table));
    // Likewise one row for a deletion, keeping what was deleted.
    QJsonObject deleted;
    for (int i = 0; i < old->count(); ++i) {
        const QVariant value = old->value(i);
        if (!value.isNull() && old->fieldName(i) != QLatin1String("id"))
            deleted.insert(old->fieldName(i), QJsonValue::fromVariant(value));
    }
    if (!logChange(
            m_table, id, DeletedField, QString::fromUtf8(QJsonDocument(deleted).toJson(QJsonDocument::Compact)), {}))
        return false;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table));
    query.addBindValue(id);
    if (!query.exec())
        return fail(tr("Cannot delete row %1 of %2: %3").arg(id).arg(m_table, Database::describe(query.lastError())));
    if (query.numRowsAffected() == 0)
        return fail(tr("Cannot delete row %1 of %2: %3").arg(id).arg(m_table, Database::refusedByServer()));
    if (!transaction.commit())
        return fail(m_db.errorString());
    m_db.afterCommit([this, id] { emit removed(id); });
    return true;
}

QSqlQuery& Store::cachedQuery(const QString& sql) const
{
    std::unique_ptr<QSqlQuery>& query = m_queries[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db.connection());
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

bool Store::readRows(const QString& where,
                     const QVariantList& values,
                     const QString& orderBy,
                     const std::function<void(const Row&)>& read) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT * FROM %1").arg(m_table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(tr("Cannot read %1: %2").arg(m_table, Database::describe(query.lastError())));
    const Row row(query, Row::columnsOf(query));
    while (query.next())
        read(row);
    return true;
}

QHash<QString, qint64> Store::idsByUuid() const
{
    QHash<QString, qint64> ids;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT uuid, id FROM %1").arg(m_table)))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return ids;
}

std::optional<QSqlRecord> Store::selectRecord(qint64 id) const
{
    QSqlQuery& query = cachedQuery(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(m_table));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(tr("Cannot read %1: %2").arg(m_table, Database::describe(query.lastError())));
        query.finish();
        return std::nullopt;
    }
    std::optional<QSqlRecord> record;
    if (query.next())
        record = query.record();
    query.finish();
    return record;
}
