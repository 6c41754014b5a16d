#pragma once

#include <QHash>
#include <QObject>
#include <QPair>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>

class Database;

// Column name → value, in the order they are written.
using Fields = QVector<QPair<QString, QVariant>>;

// One row of a result, read by column name. A QSqlRecord compares a name with each column, case-insensitively, on
// every read, and a QSqlRecord per row copies every value; a Row over a query knows its columns once, reads values in
// place, and looks from the column after the last one read, where the next read mostly is (readers go in table
// order). Reading every measure of a national file took three times as long through QSqlRecord.
class Row
{
public:
    Row(const QSqlRecord& record); // NOLINT(google-explicit-constructor): a single record reads as a row
    // The current row of query, whose columns are columnsOf(query).
    Row(const QSqlQuery& query, QStringList columns);
    static QStringList columnsOf(const QSqlQuery& query);

    // The value of the column, invalid when there is no such column.
    QVariant value(QLatin1String column) const;

private:
    int indexOf(QLatin1String column) const;

    const QSqlRecord* m_record = nullptr;
    const QSqlQuery* m_query = nullptr;
    QStringList m_columns;
    mutable int m_next = 0;
};

// Base of the typed stores: writes one table through prepared statements, each edit in one transaction together
// with its change-log rows, and tells item models what changed. Subclasses add the typed API.
class Store : public QObject
{
    Q_OBJECT

public:
    Store(Database& db, QString table, QObject* parent = nullptr);

    // The change log's "field" for a record's creation and deletion; their value is the record as JSON.
    static const QString CreatedField;
    static const QString DeletedField;

    QString table() const { return m_table; }
    QString errorString() const { return m_error; }
    Database& database() const { return m_db; }

    // A field someone else changed after the user saw the row (see EntityStore::update with seen): what it holds now,
    // and who changed it when, as the change log says.
    struct Conflict
    {
        qint64 id = 0;
        QString field; // the column
        QVariant theirs;
        QVariant yours;
        QString who;
        QString when; // ISO 8601, as the change log keeps it
    };
    // The conflict that stopped the last update, if one did.
    const std::optional<Conflict>& lastConflict() const { return m_conflict; }
    // The conflict, once: for whoever asks the user about it.
    std::optional<Conflict> takeConflict() { return std::exchange(m_conflict, std::nullopt); }

    // Every row's id by its UUID, in one read: for merges that look up thousands of rows by UUID (a query each was
    // most of importing a national plan file). Empty when the table has no UUIDs or cannot be read.
    QHash<QString, qint64> idsByUuid() const;

signals:
    void added(qint64 id);
    void changed(qint64 id, const QStringList& fields);
    void removed(qint64 id);

protected:
    // Inserts a row; with id > 0 the row gets that id (undo brings a deleted row back under its old id, so that
    // later commands that name it still find it).
    std::optional<qint64> insertRecord(const Fields& fields, qint64 id = 0);
    // Writes only the fields whose value differs; *changedFields gets their names. With seen (the row as the user saw
    // it), a field to be written that someone else has changed since is not written over: nothing is, and
    // lastConflict() says what happened. On a server the row is locked first, so that no one changes it in between.
    bool updateRecord(qint64 id, const Fields& fields, QStringList* changedFields, const Fields* seen = nullptr);
    bool removeRecord(qint64 id);
    std::optional<QSqlRecord> selectRecord(qint64 id) const;
    // Calls read for every matching row, in order (the cursor closes before it returns, so that it blocks no other
    // writer); false (with errorString()) when the query fails.
    bool readRows(const QString& where,
                  const QVariantList& values,
                  const QString& orderBy,
                  const std::function<void(const Row&)>& read) const;

    bool fail(const QString& message) const;
    // Records a conflict over field (see lastConflict) and fails with a sentence naming who made the other change.
    bool conflict(qint64 id, const QString& field, const QVariant& theirs, const QVariant& yours);
    // A prepared statement kept for the store's life: adding 20,000 measures prepared the same INSERTs 40,000 times.
    // Finished (reset) after use by the caller, so that it holds no lock between edits.
    QSqlQuery& cachedQuery(const QString& sql) const;
    // Appends one change-log row; part of the caller's transaction.
    bool logChange(
        const QString& entity, qint64 id, const QString& field, const QVariant& oldValue, const QVariant& newValue);

private:
    // The INSERT of a new row and its change-log row ("created", with the row's values as JSON); the new id.
    std::optional<qint64> insertAndLog(const Fields& fields, const QStringList& columns, const QString& created);
    std::optional<qint64>
    insertAndLogOnServer(const Fields& fields, const QStringList& columns, const QString& created);

    Database& m_db;
    QString m_table;
    // The INSERT of the columns last inserted, and its statement: the SQL is the same for every row of an import.
    QStringList m_insertColumns;
    QSqlQuery* m_insertQuery = nullptr;
    mutable QString m_error;
    std::optional<Conflict> m_conflict;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

// The operating-system user, recorded with every change.
QString currentOsUser();
