#include "syncside.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

using Stored = QVector<QPair<QString, QVariant>>;

QJsonValue jsonOf(const QVariant& value)
{
    return value.isValid() ? QJsonValue(value.toString()) : QJsonValue(QJsonValue::Null);
}

} // namespace

SyncSide::SyncSide(QSqlDatabase db, bool isServer)
    : m_db(std::move(db))
    , m_isServer(isServer)
{
}

QVariant SyncSide::canonical(const QVariant& value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return value.toString();
    }
}

QString SyncSide::keyText(const QStringList& parts)
{
    return parts.join(QLatin1Char('|'));
}

bool SyncSide::fail(const QString& what, const QString& why)
{
    m_error = tr("%1: %2").arg(what, why);
    return false;
}

void SyncSide::remember(const QString& table, const QString& key, qint64 id)
{
    if (id > 0 && !m_keys.value(table).contains(id))
        m_keys[table].insert(id, key);
}

bool SyncSide::read()
{
    m_rows.clear();
    m_ids.clear();
    m_keys.clear();
    for (const SyncTable& table : SyncTable::all()) {
        if (!readTable(table))
            return false;
    }
    return true;
}

bool SyncSide::readTable(const SyncTable& table)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    ++m_roundTrips;
    if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table.name)))
        return fail(table.name, Database::describe(query.lastError()));
    const QSqlRecord record = query.record();
    auto& rows = m_rows[table.name];
    auto& ids = m_ids[table.name];
    auto& keys = m_keys[table.name];
    while (query.next()) {
        SyncValues values;
        qint64 id = 0;
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            if (column == QLatin1String("id")) {
                id = query.value(i).toLongLong();
                continue;
            }
            const QVariant value = canonical(query.value(i));
            const auto reference = table.references.constFind(column);
            if (reference == table.references.cend() || !value.isValid()) {
                values.insert(column, value);
                continue;
            }
            // A row the user may not read is no reference to copy: left empty.
            const QString key = m_keys.value(*reference).value(value.toLongLong());
            values.insert(column, key.isEmpty() ? QVariant() : QVariant(key));
        }
        QStringList parts;
        for (const QString& column : table.keyColumns)
            parts << values.value(column).toString();
        if (parts.contains(QString()))
            continue; // a row with no key yet is not shared
        const QString key = keyText(parts);
        rows.insert(key, values);
        ids.insert(key, id);
        keys.insert(id, key);
    }
    return true;
}

Stored SyncSide::stored(const SyncTable& table, const SyncValues& values) const
{
    Stored result;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto reference = table.references.constFind(it.key());
        if (reference == table.references.cend() || !it.value().isValid()) {
            result << qMakePair(it.key(), it.value());
            continue;
        }
        const qint64 id = idOf(*reference, it.value().toString());
        result << qMakePair(it.key(), id > 0 ? QVariant(QString::number(id)) : QVariant());
    }
    return result;
}

QString SyncSide::keyOfStored(const SyncTable& table, const Stored& values) const
{
    QStringList parts;
    for (const QString& column : table.keyColumns) {
        for (const auto& [name, value] : values) {
            if (name != column)
                continue;
            const auto reference = table.references.constFind(column);
            parts << (reference == table.references.cend() ? value.toString() : keyOf(*reference, value.toLongLong()));
        }
    }
    return keyText(parts);
}

bool SyncSide::write(const SyncRows& target)
{
    const QVector<SyncTable>& tables = SyncTable::all();
    // Parents first for new and changed rows, children first for deleted ones (a cascade may have taken them).
    for (const SyncTable& table : tables) {
        if (table.kind == SyncTable::Lookup)
            continue;
        QVector<QString> added;
        QVector<QString> changed;
        const auto& now = m_rows.value(table.name);
        const auto& wanted = target.value(table.name);
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const auto found = now.constFind(it.key());
            if (found == now.cend())
                added << it.key();
            else if (!SyncMerge::sameValues(*found, it.value()))
                changed << it.key();
        }
        if ((!added.isEmpty() && !insertRows(table, added, target))
            || (!changed.isEmpty() && !updateRows(table, changed, target)))
            return false;
    }
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (table->kind == SyncTable::Lookup)
            continue;
        QVector<qint64> gone;
        const auto& now = m_rows.value(table->name);
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!target.value(table->name).contains(it.key()))
                gone << idOf(table->name, it.key());
        }
        if (!gone.isEmpty() && !deleteRows(*table, gone))
            return false;
    }
    m_rows = target;
    return true;
}

QString SyncSide::jsonRows(const SyncTable& table,
                           const QVector<QString>& keys,
                           const QHash<QString, SyncValues>& wanted,
                           bool withId,
                           QStringList* columns) const
{
    QJsonArray rows;
    for (const QString& key : keys) {
        QJsonObject row;
        columns->clear();
        if (withId)
            row.insert(QStringLiteral("id"), QString::number(idOf(table.name, key)));
        for (const auto& [column, value] : stored(table, wanted.value(key))) {
            row.insert(column, jsonOf(value));
            *columns << column;
        }
        rows.append(row);
    }
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

bool SyncSide::insertRows(const SyncTable& table, const QVector<QString>& keys, const SyncRows& target)
{
    const auto& wanted = target.value(table.name);
    if (m_isServer) {
        // One statement for all of them: the server is a round trip away. The table's own row type reads the JSON.
        QStringList columns;
        const QString rows = jsonRows(table, keys, wanted, false, &columns);
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM jsonb_populate_recordset(NULL::%1, ?::jsonb) "
                           "RETURNING id, %3")
                .arg(table.name, columns.join(QStringLiteral(", ")), table.keyColumns.join(QStringLiteral(", "))));
        query.addBindValue(rows);
        ++m_roundTrips;
        if (!query.exec())
            return fail(table.name, Database::describe(query.lastError()));
        while (query.next()) {
            Stored keyValues;
            for (int i = 0; i < table.keyColumns.size(); ++i)
                keyValues << qMakePair(table.keyColumns.at(i), query.value(i + 1));
            const QString key = keyOfStored(table, keyValues);
            m_ids[table.name].insert(key, query.value(0).toLongLong());
            m_keys[table.name].insert(query.value(0).toLongLong(), key);
        }
        return true;
    }
    for (const QString& key : keys) {
        const Stored values = stored(table, wanted.value(key));
        QStringList columns;
        for (const auto& value : values)
            columns << value.first;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table.name,
                               columns.join(QStringLiteral(", ")),
                               QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        for (const auto& value : values)
            query.addBindValue(value.second);
        if (!query.exec())
            return fail(table.name, Database::describe(query.lastError()));
        const qint64 id = query.lastInsertId().toLongLong();
        m_ids[table.name].insert(key, id);
        m_keys[table.name].insert(id, key);
    }
    return true;
}

bool SyncSide::updateRows(const SyncTable& table, const QVector<QString>& keys, const SyncRows& target)
{
    const auto& wanted = target.value(table.name);
    if (m_isServer) {
        QStringList columns;
        const QString rows = jsonRows(table, keys, wanted, true, &columns);
        QStringList assignments;
        for (const QString& column : std::as_const(columns))
            assignments << QStringLiteral("%1 = x.%1").arg(column);
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE %1 t SET %2 FROM jsonb_populate_recordset(NULL::%1, ?::jsonb) x "
                                     "WHERE t.id = x.id")
                          .arg(table.name, assignments.join(QStringLiteral(", "))));
        query.addBindValue(rows);
        ++m_roundTrips;
        if (!query.exec())
            return fail(table.name, Database::describe(query.lastError()));
        if (query.numRowsAffected() != keys.size())
            return fail(table.name, Database::refusedByServer());
        return true;
    }
    for (const QString& key : keys) {
        const Stored values = stored(table, wanted.value(key));
        QStringList assignments;
        for (const auto& value : values)
            assignments << QStringLiteral("%1 = ?").arg(value.first);
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table.name, assignments.join(QStringLiteral(", "))));
        for (const auto& value : values)
            query.addBindValue(value.second);
        query.addBindValue(idOf(table.name, key));
        if (!query.exec())
            return fail(table.name, Database::describe(query.lastError()));
    }
    return true;
}

bool SyncSide::deleteRows(const SyncTable& table, const QVector<qint64>& ids)
{
    QStringList list;
    for (const qint64 id : ids)
        list << QString::number(id);
    QSqlQuery query(m_db);
    // The ids are our own integers, not user text: one statement, whatever the number of rows.
    ++m_roundTrips;
    if (!query.exec(QStringLiteral("DELETE FROM %1 WHERE id IN (%2)").arg(table.name, list.join(QStringLiteral(", ")))))
        return fail(table.name, Database::describe(query.lastError()));
    return true;
}
