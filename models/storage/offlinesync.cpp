#include "offlinesync.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// A server's change-log numbers come from a sequence: a row numbered before the copy's last sync may commit after it
// (a transaction that was open at the time). History is fetched from a little before, and kept once by its UUID. Not
// more: every row read costs its row-level check (about a millisecond each at the scale of a 40-member network).
constexpr qint64 HistoryOverlap = 200;
// The number the server's change log has reached, from its sequence: max(id) would read every row under the log's
// row-level rules.
const QString LastLogNumber
    = QStringLiteral("(SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM change_log_id_seq)");
const QStringList NewUuidTables = {QStringLiteral("focus_areas"),
                                   QStringLiteral("owners"),
                                   QStringLiteral("progress_updates"),
                                   QStringLiteral("grants"),
                                   QStringLiteral("plans"),
                                   QStringLiteral("measures"),
                                   QStringLiteral("indicators")};

std::nullopt_t failWith(QString* error, const QString& message)
{
    *error = message;
    return std::nullopt;
}

QString jsonText(const QJsonValue& value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject jsonOf(const SyncValues& values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value().isValid() ? QJsonValue(it.value().toString()) : QJsonValue());
    return object;
}

SyncValues valuesOf(const QJsonObject& object)
{
    SyncValues values;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        values.insert(it.key(), it.value().isNull() ? QVariant() : QVariant(it.value().toString()));
    return values;
}

// The municipality a row belongs to, by its number, looked up its parents in whichever rows know them.
QString municipalityOf(const QString& table, const QString& key, const QVector<const SyncRows*>& sources)
{
    QString current = table;
    QString currentKey = key;
    for (int depth = 0; depth < 4; ++depth) {
        const SyncTable* description = SyncTable::find(current);
        if (!description)
            return {};
        SyncValues row;
        for (const SyncRows* rows : sources) {
            if (rows->value(current).contains(currentKey)) {
                row = rows->value(current).value(currentKey);
                break;
            }
        }
        if (row.contains(QStringLiteral("municipality_id")))
            return row.value(QStringLiteral("municipality_id")).toString();
        if (description->parentColumn.isEmpty())
            return {};
        currentKey = row.value(description->parentColumn).toString();
        current = description->references.value(description->parentColumn);
    }
    return {};
}

} // namespace

OfflineSync::OfflineSync(Database& file, Database& server, const OfflineCopy::Origin& origin)
    : m_file(file)
    , m_server(server)
    , m_origin(origin)
    , m_local(file.connection(), false)
    , m_remote(server.connection(), true)
{
}

bool OfflineSync::serverQuery(QSqlQuery& query, const QString& sql, QString* error)
{
    ++m_report.roundTrips;
    return query.exec(sql) || (*error = Database::describe(query.lastError()), false);
}

bool OfflineSync::prepareLocal(QString* error)
{
    // Rows made outside the stores (by an older version, or by hand) get their UUIDs before they travel.
    WriteTransaction transaction(m_file);
    if (!transaction.isActive())
        return (*error = m_file.errorString(), false);
    QSqlQuery query(m_file.connection());
    for (const QString& table : NewUuidTables + QStringList {QStringLiteral("change_log")}) {
        if (!query.exec(
                QStringLiteral("UPDATE %1 SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL").arg(table)))
            return (*error = Database::describe(query.lastError()), false);
    }
    return transaction.commit() || (*error = m_file.errorString(), false);
}

bool OfflineSync::readServer(QString* error)
{
    QSqlQuery query(m_server.connection());
    if (!serverQuery(query, QStringLiteral("SELECT instance FROM schema_version"), error))
        return false;
    if (!query.next() || query.value(0).toString() != m_origin.serverInstance) {
        *error = tr("This copy was made from another server than %1; it can only be synced with its own (%2).")
                     .arg(m_server.filePath(), m_origin.serverAddress);
        return false;
    }
    if (!serverQuery(
            query,
            QStringLiteral("SELECT ap_is_owner(), (SELECT string_agg(number, ',') FROM municipalities WHERE id "
                           "IN (SELECT ap_own_municipalities())), session_user, ")
                + LastLogNumber,
            error)
        || !query.next())
        return false;
    m_origin.editable = query.value(0).toBool() ? QStringList {QStringLiteral("*")}
                                                : query.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_origin.serverUser = query.value(2).toString();
    m_newSequence = query.value(3).toLongLong();
    if (!m_remote.read())
        return (*error = m_remote.errorString(), false);
    query.prepare(
        QStringLiteral("SELECT uuid, entity, entity_id, field, old_value, new_value, changed_at, os_user FROM "
                       "change_log WHERE id > ? AND entity <> 'progress_updates' ORDER BY id"));
    if (m_newSequence <= m_origin.serverSequence)
        return true; // nobody has written to the server since: no history to fetch
    // Not the log rows of progress updates: those travel as rows of their own, and the server's row-level rules
    // would check every update the user may read (tens of thousands in a network) to hand them over.
    query.addBindValue(std::max<qint64>(0, m_origin.serverSequence - HistoryOverlap));
    ++m_report.roundTrips;
    if (!query.exec())
        return (*error = Database::describe(query.lastError()), false);
    while (query.next()) {
        QVector<QVariant> raw;
        for (int i = 0; i < 8; ++i)
            raw << query.value(i);
        m_pulledRaw << raw;
    }
    return true;
}

bool OfflineSync::readLocal(QString* error)
{
    if (!m_local.read())
        return (*error = m_local.errorString(), false);
    QSqlQuery query(m_file.connection());
    if (!query.exec(QStringLiteral("SELECT tbl, key, server_id, row FROM sync_base")))
        return (*error = Database::describe(query.lastError()), false);
    while (query.next()) {
        const QString table = query.value(0).toString();
        const QString key = query.value(1).toString();
        m_base[table].insert(key, valuesOf(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()));
        m_baseServerIds[table].insert(key, query.value(2).toLongLong());
        m_remote.remember(table, key, query.value(2).toLongLong());
    }
    return true;
}

bool OfflineSync::mayEdit(const QString& table, const QString& key) const
{
    if (m_origin.editable.contains(QStringLiteral("*")))
        return true;
    const QString municipality = municipalityOf(table, key, {&m_local.rows(), &m_remote.rows(), &m_base});
    return !municipality.isEmpty() && m_origin.editable.contains(municipality);
}

void OfflineSync::explain(SyncConflict* conflict) const
{
    const SyncValues row = m_local.rows()
                               .value(conflict->table)
                               .value(conflict->key, m_remote.rows().value(conflict->table).value(conflict->key));
    conflict->label = OfflineCopy::describe(conflict->table, row);
    const SyncTable* table = SyncTable::find(conflict->table);
    const QString referenced = table ? table->references.value(conflict->field) : QString();
    const auto readable = [&](const QVariant& value) {
        if (referenced.isEmpty() || !value.isValid())
            return value.toString();
        const SyncValues target
            = m_local.rows()
                  .value(referenced)
                  .value(value.toString(), m_remote.rows().value(referenced).value(value.toString()));
        const QString name = target.value(QStringLiteral("name"), target.value(QStringLiteral("title"))).toString();
        return name.isEmpty() ? OfflineCopy::describe(referenced, target) : name;
    };
    conflict->mineText = readable(conflict->mine);
    conflict->theirsText = readable(conflict->theirs);
    const qint64 serverId = m_remote.idOf(conflict->table, conflict->key);
    // The latest change the server's log has of it since the copy's last sync: who and when.
    for (auto raw = m_pulledRaw.crbegin(); raw != m_pulledRaw.crend(); ++raw) {
        if (raw->at(1).toString() == conflict->table && raw->at(2).toLongLong() == serverId
            && (conflict->field.isEmpty() || raw->at(3).toString() == conflict->field)) {
            conflict->who = raw->at(7).toString();
            conflict->when = raw->at(6).toString();
            return;
        }
    }
}

bool OfflineSync::sendHistory(const SyncMergeResult& merged, QString* error)
{
    QSqlQuery query(m_file.connection());
    query.prepare(QStringLiteral("SELECT id, uuid, entity, entity_id, field, old_value, new_value, changed_at, os_user "
                                 "FROM change_log WHERE id > ? ORDER BY id"));
    query.addBindValue(m_origin.logSent);
    if (!query.exec())
        return (*error = Database::describe(query.lastError()), false);
    QJsonArray rows;
    while (query.next()) {
        const QString entity = query.value(2).toString();
        QString key = m_local.keyOf(entity, query.value(3).toLongLong());
        if (key.isEmpty()) // a row deleted in the copy: its last log row keeps its UUID
            key = QJsonDocument::fromJson(query.value(5).toString().toUtf8())
                      .object()
                      .value(QLatin1String("uuid"))
                      .toString();
        if (!key.isEmpty() && SyncTable::find(entity) && !mayEdit(entity, key))
            continue; // the history of a change the server refuses stays with it, in the copy
        QJsonObject row;
        row.insert(QStringLiteral("uuid"), query.value(1).toString());
        row.insert(QStringLiteral("entity"), entity);
        row.insert(QStringLiteral("entity_id"), QString::number(key.isEmpty() ? 0 : m_remote.idOf(entity, key)));
        for (int i = 4; i < 9; ++i) {
            const QStringList names = {QStringLiteral("field"),
                                       QStringLiteral("old_value"),
                                       QStringLiteral("new_value"),
                                       QStringLiteral("changed_at"),
                                       QStringLiteral("os_user")};
            row.insert(names.at(i - 4), query.value(i).isNull() ? QJsonValue() : QJsonValue(query.value(i).toString()));
        }
        rows.append(row);
    }
    // A choice made now is history too: the value not chosen stays in the row's log, named by the choice itself so
    // that a sync run again after a crash logs it once.
    for (const auto& [conflict, choice] : merged.resolved) {
        if (conflict.kind != SyncConflict::Field)
            continue;
        const QVariant chosen = SyncMerge::chosenValue(conflict, choice);
        const QVariant other = choice == SyncChoice::Theirs ? conflict.mine : conflict.theirs;
        QJsonObject row;
        row.insert(
            QStringLiteral("uuid"),
            QUuid::createUuidV5(
                QUuid(),
                QStringList {conflict.table, conflict.key, conflict.field, chosen.toString(), other.toString()}.join(
                    QLatin1Char('\n')))
                .toString(QUuid::WithoutBraces));
        row.insert(QStringLiteral("entity"), conflict.table);
        row.insert(QStringLiteral("entity_id"), QString::number(m_remote.idOf(conflict.table, conflict.key)));
        row.insert(QStringLiteral("field"), conflict.field);
        row.insert(QStringLiteral("old_value"), other.isValid() ? QJsonValue(other.toString()) : QJsonValue());
        row.insert(QStringLiteral("new_value"), chosen.isValid() ? QJsonValue(chosen.toString()) : QJsonValue());
        row.insert(QStringLiteral("changed_at"), QString());
        row.insert(QStringLiteral("os_user"), QString());
        rows.append(row);
        // …and in the copy's history too (the server stamps its own row with who and when).
        m_pulledRaw << QVector<QVariant> {row.value(QLatin1String("uuid")).toString(),
                                          conflict.table,
                                          m_remote.idOf(conflict.table, conflict.key),
                                          conflict.field,
                                          other,
                                          chosen,
                                          QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                                          m_origin.serverUser};
    }
    if (rows.isEmpty())
        return true;
    QSqlQuery insert(m_server.connection());
    const QString columns = QStringLiteral("uuid, entity, entity_id, field, old_value, new_value, changed_at, os_user");
    insert.prepare(
        QStringLiteral("INSERT INTO change_log (%1) SELECT %1 FROM jsonb_populate_recordset(NULL::change_log, "
                       "?::jsonb) ON CONFLICT (uuid) DO NOTHING")
            .arg(columns));
    insert.addBindValue(jsonText(rows));
    ++m_report.roundTrips;
    if (!insert.exec())
        return (*error = Database::describe(insert.lastError()), false);
    m_report.historySent = insert.numRowsAffected();
    return true;
}

bool OfflineSync::writeLocal(const SyncMergeResult& merged, QString* error)
{
    WriteTransaction transaction(m_file);
    if (!transaction.isActive())
        return (*error = m_file.errorString(), false);
    const SyncRows before = m_local.rows();
    if (!m_local.write(merged.local))
        return (*error = m_local.errorString(), false);
    QSqlQuery query(m_file.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO change_log (uuid, entity, entity_id, field, old_value, "
                                 "new_value, changed_at, os_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVector<QVariant>& raw : std::as_const(m_pulledRaw)) {
        const QString entity = raw.at(1).toString();
        const QString key = m_remote.keyOf(entity, raw.at(2).toLongLong());
        query.addBindValue(raw.at(0));
        query.addBindValue(entity);
        query.addBindValue(key.isEmpty() ? 0 : m_local.idOf(entity, key));
        for (int i = 3; i < 8; ++i)
            query.addBindValue(raw.at(i));
        if (!query.exec())
            return (*error = Database::describe(query.lastError()), false);
        m_report.historyReceived += query.numRowsAffected();
    }
    // Only the base rows that changed: a network's copy holds tens of thousands.
    query.prepare(QStringLiteral("DELETE FROM sync_base WHERE tbl = ? AND key = ?"));
    for (auto table = m_base.cbegin(); table != m_base.cend(); ++table) {
        for (auto row = table->cbegin(); row != table->cend(); ++row) {
            if (merged.base.value(table.key()).contains(row.key()))
                continue;
            query.addBindValue(table.key());
            query.addBindValue(row.key());
            if (!query.exec())
                return (*error = Database::describe(query.lastError()), false);
        }
    }
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_base (tbl, key, server_id, row) VALUES (?, ?, ?, ?)"));
    for (auto table = merged.base.cbegin(); table != merged.base.cend(); ++table) {
        const auto& before = m_base.value(table.key());
        for (auto row = table->cbegin(); row != table->cend(); ++row) {
            const auto old = before.constFind(row.key());
            const qint64 serverId = m_remote.idOf(table.key(), row.key());
            if (old != before.cend() && *old == row.value()
                && (serverId == 0 || serverId == m_baseServerIds.value(table.key()).value(row.key())))
                continue;
            query.addBindValue(table.key());
            query.addBindValue(row.key());
            query.addBindValue(serverId > 0 ? serverId : m_baseServerIds.value(table.key()).value(row.key()));
            query.addBindValue(jsonText(jsonOf(row.value())));
            if (!query.exec())
                return (*error = Database::describe(query.lastError()), false);
        }
    }
    query.prepare(
        QStringLiteral("UPDATE sync_origin SET server_user = ?, editable = ?, server_sequence = ?, log_sent = "
                       "(SELECT coalesce(max(id), 0) FROM change_log), synced_at = ?"));
    query.addBindValue(m_origin.serverUser);
    query.addBindValue(m_origin.editable.join(QLatin1Char(',')));
    query.addBindValue(m_newSequence);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return (*error = Database::describe(query.lastError()), false);
    if (!transaction.commit())
        return (*error = m_file.errorString(), false);
    return true;
}

std::optional<OfflineCopy::Report> OfflineSync::run(const QHash<SyncChoiceKey, SyncChoice>& choices, QString* error)
{
    if (!prepareLocal(error))
        return std::nullopt;
    QSqlQuery query(m_server.connection());
    // One consistent view of the server, and a write that fails rather than overwrite a colleague's change made
    // meanwhile (REPEATABLE READ): the user runs sync again.
    if (!serverQuery(query, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"), error))
        return std::nullopt;
    const auto rollback = [&](const QString& why) {
        QSqlQuery(m_server.connection()).exec(QStringLiteral("ROLLBACK"));
        return failWith(error, why);
    };
    if (!readServer(error) || !readLocal(error))
        return rollback(*error);
    SyncMergeResult merged = SyncMerge::merge(
        m_base,
        m_local.rows(),
        m_remote.rows(),
        [this](const QString& t, const QString& k) { return mayEdit(t, k); },
        choices);
    const SyncRows serverBefore = m_remote.rows();
    const SyncRows localBefore = m_local.rows();
    if (!m_remote.write(merged.server))
        return rollback(tr("The server did not take the changes: %1").arg(m_remote.errorString()));
    if (!sendHistory(merged, error))
        return rollback(*error);
    // In step up to and including the history just sent, so that the next sync does not read it back.
    if (m_report.historySent > 0) {
        if (!serverQuery(query, QStringLiteral("SELECT ") + LastLogNumber, error) || !query.next())
            return rollback(*error);
        m_newSequence = std::max(m_newSequence, query.value(0).toLongLong());
    }
    if (!serverQuery(query, QStringLiteral("COMMIT"), error))
        return rollback(*error);
    if (!writeLocal(merged, error))
        return std::nullopt;
    for (SyncConflict& conflict : merged.open)
        explain(&conflict);
    m_report.open = merged.open;
    for (auto [conflict, choice] : merged.resolved) {
        explain(&conflict);
        m_report.resolved << conflict;
    }
    for (const auto& [table, key] : merged.refused)
        m_report.refused << OfflineCopy::describe(table, localBefore.value(table).value(key));
    const auto differences = [](const SyncRows& a, const SyncRows& b) {
        int count = 0;
        for (const SyncTable& table : SyncTable::all()) {
            if (table.kind == SyncTable::Lookup)
                continue;
            for (auto it = a.value(table.name).cbegin(); it != a.value(table.name).cend(); ++it)
                count += b.value(table.name).value(it.key()) != it.value();
            for (auto it = b.value(table.name).cbegin(); it != b.value(table.name).cend(); ++it)
                count += !a.value(table.name).contains(it.key());
        }
        return count;
    };
    m_report.sent = differences(merged.server, serverBefore);
    m_report.received = differences(merged.local, localBefore);
    m_report.roundTrips += m_remote.roundTrips();
    return m_report;
}
