#pragma once

#include "deadline.h"
#include "entities.h"

#include <QAbstractTableModel>
#include <QDate>

class QUndoStack;
class Stores;

// The measures of one plan, or of every plan in the file ("all measures"), one row each. Holds the rows in memory,
// follows the stores' signals row by row, and turns an edit into an undoable command instead of changing itself:
// the row changes when the store reports the change, so every pane shows the same thing.
class MeasureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        TitleColumn,
        FocusAreaColumn,
        OwnerColumn,
        StartColumn,
        DeadlineColumn,
        StatusColumn,
        ProgressColumn,
        PriorityColumn,
        CostColumn,
        MunicipalityColumn,
        PlanColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: deadlines by their last day, codes as written, …
        MeasureIdRole,
        PlanIdRole,
        StatusCodeRole,
        OverdueRole,
        SearchTextRole, // code, title, description and owner, case-folded, for filtering as you type
        FocusAreaIdRole,
        OwnerIdRole,
        OwnerChoicesRole, // names of the municipality's owners, for the owner editor
        FocusAreaChoicesRole, // the plan's focus areas as {id, name} pairs, for the focus-area editor
        DueSoonRole, // the deadline ends within the next 30 days (and the measure is not finished)
        StaleRole, // under way, but no progress update for six months
        GrantReportDueRole, // a granted grant's report is due within 30 days, or overdue
    };
    static constexpr int DueSoonDays = 30;
    static constexpr int StaleMonths = 6;

    MeasureTableModel(Stores& stores, QUndoStack* undoStack, QObject* parent = nullptr);

    // Shows the measures of planId, or of every plan for 0.
    void setPlan(qint64 planId);
    qint64 planId() const { return m_planId; }
    bool isAllMeasures() const { return m_planId == 0; }
    // "Today" for deciding what is overdue; the current date unless a test says otherwise.
    void setToday(const QDate& today);

    // Without QAbstractTableModel's two virtual calls per index: the filter proxy asks for two indexes per comparison
    // when it sorts, some 600,000 at national scale.
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int rowOfMeasure(qint64 measureId) const;
    const MeasureListing* listing(int row) const;
    bool isOverdue(const MeasureListing& listing) const;
    bool isDueSoon(const MeasureListing& listing) const;
    bool isStale(const MeasureListing& listing) const;
    bool isGrantReportDue(const MeasureListing& listing) const;
    // Where the focus-area column sorts the measure: by the areas' order in the plan, measures without one last.
    static int focusAreaRank(const MeasureListing& listing);
    QString lastError() const { return m_lastError; }

signals:
    // An edit was refused or failed; the message says why.
    void editFailed(const QString& message);
    // ... and not because someone else changed the same field (that is put to the user, who chooses): what the user
    // typed should stay in front of them, to correct or to save again, not be thrown away.
    void typedValueRefused();

private:
    void reload();
    void measureAdded(qint64 id);
    void measureChanged(qint64 id);
    void measureRemoved(qint64 id);
    void namesChanged();
    bool belongsHere(const MeasureListing& listing) const;
    QVariant displayValue(const MeasureListing& row, int column) const;
    QVariant sortValue(const MeasureListing& row, int column) const;
    bool refuse(const QString& message);

    Stores& m_stores;
    QUndoStack* m_undoStack;
    qint64 m_planId = -1; // -1: nothing shown yet
    QDate m_today;
    QVector<MeasureListing> m_rows;
    QString m_lastError;
    int m_refusals = 0; // counted, so that setData can tell whether the command it pushed failed
};
