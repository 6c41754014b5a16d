#pragma once

#include "syncmerge.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// One side of an offline sync — the copy's file or the network's server — read as SyncRows (what the user may read
// of it), and brought to the rows a merge decided. Rows are named by key; each side keeps its own ids for them.
class SyncSide
{
    Q_DECLARE_TR_FUNCTIONS(SyncSide)

public:
    SyncSide(QSqlDatabase db, bool isServer);

    // Reads every table of SyncTable::all(); false with errorString() when a query fails.
    bool read();
    // Inserts, changes and deletes until the side holds target (as read() would read it); part of the caller's
    // transaction. A server gets one statement per table and kind of change, whatever the number of rows.
    bool write(const SyncRows& target);

    const SyncRows& rows() const { return m_rows; }
    // The side's id of a row, 0 when it has none.
    qint64 idOf(const QString& table, const QString& key) const { return m_ids.value(table).value(key); }
    // The key of the side's row id, empty when it does not know it.
    QString keyOf(const QString& table, qint64 id) const { return m_keys.value(table).value(id); }
    // Makes the side know a row it no longer has (a deleted row named by the change log).
    void remember(const QString& table, const QString& key, qint64 id);
    int roundTrips() const { return m_roundTrips; }
    QString errorString() const { return m_error; }

    // The form every value is compared in: NULL stays invalid, numbers as their shortest text, the rest as text.
    static QVariant canonical(const QVariant& value);
    static QString keyText(const QStringList& parts);

private:
    bool readTable(const SyncTable& table);
    bool insertRows(const SyncTable& table, const QVector<QString>& keys, const SyncRows& target);
    bool updateRows(const SyncTable& table, const QVector<QString>& keys, const SyncRows& target);
    bool deleteRows(const SyncTable& table, const QVector<qint64>& ids);
    // A row's values as this side stores them: references as this side's ids.
    QVector<QPair<QString, QVariant>> stored(const SyncTable& table, const SyncValues& values) const;
    // The rows of keys as one JSON array for a server's batch statement (with each row's id when withId); columns
    // gets their column names.
    QString jsonRows(const SyncTable& table,
                     const QVector<QString>& keys,
                     const QHash<QString, SyncValues>& wanted,
                     bool withId,
                     QStringList* columns) const;
    QString keyOfStored(const SyncTable& table, const QVector<QPair<QString, QVariant>>& values) const;
    bool fail(const QString& what, const QString& why);

    QSqlDatabase m_db;
    bool m_isServer;
    SyncRows m_rows;
    QHash<QString, QHash<QString, qint64>> m_ids;
    QHash<QString, QHash<qint64, QString>> m_keys;
    int m_roundTrips = 0;
    QString m_error;
};
