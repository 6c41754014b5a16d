#pragma once

#include <QObject>
#include <QPair>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

class Database;

// Column name → value, in the order they are written.
using Fields = QVector<QPair<QString, QVariant>>;

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

signals:
    void added(qint64 id);
    void changed(qint64 id, const QStringList& fields);
    void removed(qint64 id);

protected:
    // Inserts a row; with id > 0 the row gets that id (undo brings a deleted row back under its old id, so that
    // later commands that name it still find it).
    std::optional<qint64> insertRecord(const Fields& fields, qint64 id = 0);
    // Writes only the fields whose value differs; *changedFields gets their names.
    bool updateRecord(qint64 id, const Fields& fields, QStringList* changedFields);
    bool removeRecord(qint64 id);
    // Reads every matching row at once (no cursor stays open to block other writers).
    QVector<QSqlRecord> selectRecords(const QString& where = {},
                                      const QVariantList& values = {},
                                      const QString& orderBy = QStringLiteral("id")) const;
    std::optional<QSqlRecord> selectRecord(qint64 id) const;

    bool fail(const QString& message) const;
    // Appends one change-log row; part of the caller's transaction.
    bool logChange(
        const QString& entity, qint64 id, const QString& field, const QVariant& oldValue, const QVariant& newValue);

private:
    Database& m_db;
    QString m_table;
    mutable QString m_error;
};

// The operating-system user, recorded with every change.
QString currentOsUser();
