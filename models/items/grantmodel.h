#pragma once

#include "entities.h"

#include <QAbstractTableModel>

class Stores;

// The grants that fund one measure: programme, status, amount and the report each requires.
class GrantModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProgrammeColumn,
        StatusColumn,
        AmountColumn,
        ReportColumn,
        ColumnCount,
    };
    enum Role {
        GrantIdRole = Qt::UserRole + 1,
    };

    explicit GrantModel(Stores& stores, QObject* parent = nullptr);
    void setMeasure(qint64 measureId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rowOf(qint64 grantId) const;
    void grantAdded(qint64 id);
    void grantChanged(qint64 id);
    void grantRemoved(qint64 id);

    Stores& m_stores;
    qint64 m_measureId = 0;
    QVector<Grant> m_rows;
};
