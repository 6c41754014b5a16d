#pragma once

#include "records.h"
#include "store.h"

// Typed create, read, update and delete for one entity; each write is one transaction with its change-log rows.
template <class T> class EntityStore : public Store
{
public:
    EntityStore(Database& db, const QString& table, QObject* parent = nullptr)
        : Store(db, table, parent)
    {
    }

    // Adds the value; returns its new id (also set in *value when given a pointer).
    std::optional<qint64> add(T value)
    {
        const QString invalid = Records::validate(value);
        if (!invalid.isEmpty()) {
            fail(invalid);
            return std::nullopt;
        }
        Records::prepareNew(&value);
        return insertRecord(Records::fields(value));
    }

    // Puts back a value that was removed, under its old id (for undo).
    std::optional<qint64> restore(const T& value)
    {
        const QString invalid = Records::validate(value);
        if (!invalid.isEmpty()) {
            fail(invalid);
            return std::nullopt;
        }
        return insertRecord(Records::fields(value), value.id);
    }

    // Writes the fields that differ from the stored row; changed() names them. With seen (the value as the user saw
    // it before editing), nothing is written over a field someone else has changed since (see lastConflict).
    bool update(const T& value, const T* seen = nullptr)
    {
        const QString invalid = Records::validate(value);
        if (!invalid.isEmpty())
            return fail(invalid);
        if (!seen)
            return updateRecord(value.id, Records::fields(value), nullptr);
        const Fields shown = Records::fields(*seen);
        return updateRecord(value.id, Records::fields(value), nullptr, &shown);
    }

    bool remove(qint64 id) { return removeRecord(id); }

    std::optional<T> get(qint64 id) const
    {
        const std::optional<QSqlRecord> record = selectRecord(id);
        if (!record)
            return std::nullopt;
        T value;
        Records::read(*record, &value);
        return value;
    }

    // Every row whose column equals value (or every row, with an empty column), in the given order.
    QVector<T>
    list(const QString& column = {}, const QVariant& value = {}, const QString& orderBy = QStringLiteral("id")) const
    {
        return column.isEmpty() ? listWhere({}, {}, orderBy)
                                : listWhere(column + QStringLiteral(" = ?"), {value}, orderBy);
    }

protected:
    // The values of the rows a bound WHERE clause (over this table's columns) selects.
    QVector<T> listWhere(const QString& where, const QVariantList& values, const QString& orderBy) const
    {
        QVector<T> result;
        readRows(where, values, orderBy, [&result](const Row& row) {
            T item;
            Records::read(row, &item);
            result << item;
        });
        return result;
    }
};
