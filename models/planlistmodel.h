#pragma once

#include "entities.h"

#include <QAbstractTableModel>

class Stores;

// All plans of the open file, one row each, with their municipality and how far their measures have come. Holds the
// rows in memory and follows the stores' signals, so it never keeps a query open.
class PlanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MunicipalityColumn,
        TitleColumn,
        KindColumn,
        PeriodColumn,
        StatusColumn,
        MeasuresColumn,
        DoneColumn,
        ColumnCount,
    };
    enum Role {
        // Raw values for sorting: numbers as numbers, the municipality by its number.
        SortRole = Qt::UserRole + 1,
        PlanIdRole,
    };

    explicit PlanListModel(Stores& stores, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    int rowOfPlan(qint64 planId) const;

private:
    void planAdded(qint64 id);
    void planChanged(qint64 id);
    void planRemoved(qint64 id);
    void refreshCounts();

    Stores& m_stores;
    QVector<PlanSummary> m_rows;
};
