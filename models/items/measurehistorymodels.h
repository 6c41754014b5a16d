#pragma once

#include "entities.h"

#include <QAbstractTableModel>

class Stores;

// The progress updates of one measure, oldest first: the history behind the trend charts.
class ProgressHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        StatusColumn,
        ProgressColumn,
        CommentColumn,
        ColumnCount,
    };

    explicit ProgressHistoryModel(Stores& stores, QObject* parent = nullptr);
    void setMeasure(qint64 measureId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateAdded(qint64 id);
    void updateRemoved(qint64 id);

    Stores& m_stores;
    qint64 m_measureId = 0;
    QVector<ProgressUpdate> m_rows;
};

// Who changed what in one measure or plan, newest first (read-only).
class ChangeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        FieldColumn,
        ChangeColumn,
        ColumnCount,
    };

    explicit ChangeHistoryModel(Stores& stores, QObject* parent = nullptr);
    void setMeasure(qint64 measureId) { setSubject(QStringLiteral("measures"), measureId); }
    // The changes of one row of a table: "measures" or "plans".
    void setSubject(const QString& entity, qint64 id);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The translated name of a stored column, as people call it.
    static QString fieldName(const QString& column);

private:
    void reload();

    Stores& m_stores;
    QString m_entity;
    qint64 m_id = 0;
    QVector<ChangeLogEntry> m_rows;
};
