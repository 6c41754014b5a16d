#pragma once

// Undoable edits of measures. Each command applies itself through the stores, every step in one transaction, so an
// edit is on disk when push() returns and Ctrl+Z takes it back off. A command whose redo fails reports why and makes
// itself obsolete, so that QUndoStack drops it instead of offering to undo what never happened.
//
// Ownership: a removed measure (with its progress history) lives on inside the command that removed it, and comes
// back under its old id on undo, so that older commands on the stack still find it.

#include "measurerows.h"
#include "storecommand.h"

#include <QCoreApplication>

class RemoveMeasuresCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveMeasuresCommand)

public:
    RemoveMeasuresCommand(Stores& stores, const QVector<qint64>& measureIds, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    QVector<qint64> m_ids;
    QVector<Measure> m_measures;
    QVector<ProgressUpdate> m_history;
    QVector<Grant> m_grants;
};

// Changes several measures at once (a bulk change of status or owner): one undo step, one transaction each way.
class EditMeasuresCommand : public StoreCommand
{
public:
    EditMeasuresCommand(Stores& stores,
                        const QVector<Measure>& before,
                        const QVector<Measure>& after,
                        const QString& text,
                        ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    void apply(const QVector<Measure>& values);

    QVector<Measure> m_before;
    QVector<Measure> m_after;
};

// Removes a plan with everything in it (focus areas, measures, their histories, indicators); undo puts it all back
// under the same ids.
class RemovePlanCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePlanCommand)

public:
    RemovePlanCommand(Stores& stores, qint64 planId, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    Plan m_plan;
    QVector<FocusArea> m_focusAreas;
    QVector<Measure> m_measures;
    QVector<ProgressUpdate> m_history;
    QVector<Indicator> m_indicators;
    QVector<IndicatorValue> m_values;
    QVector<Grant> m_grants;
};

// Removes an indicator with its measured values; undo puts both back.
class RemoveIndicatorCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveIndicatorCommand)

public:
    RemoveIndicatorCommand(Stores& stores, qint64 indicatorId, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    Indicator m_indicator;
    QVector<IndicatorValue> m_values;
    QVector<qint64> m_movedBy; // the measures linked to it
};

// Adds a progress update and moves the measure's status and progress with it.
class RecordProgressCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordProgressCommand)

public:
    RecordProgressCommand(Stores& stores, const ProgressUpdate& update, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    ProgressUpdate m_update;
    Measure m_before;
};

// Gives a measure an owner by name: one of the municipality's owners, or a new one (removed again on undo).
class AssignOwnerCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignOwnerCommand)

public:
    AssignOwnerCommand(
        Stores& stores, const Measure& before, qint64 municipalityId, const QString& ownerName, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    Measure m_before;
    qint64 m_municipalityId;
    QString m_ownerName;
    Owner m_created; // id > 0 once this command created the owner
};

// Adds measures — read from a spreadsheet, or copied from the example bank — with the focus areas and owners they
// name that the plan lacks: one transaction, one undo step called `text`. Redo after undo brings back the very same
// rows.
class AddMeasureRowsCommand : public StoreCommand
{
public:
    AddMeasureRowsCommand(
        Stores& stores, qint64 planId, const QVector<MeasureRow>& rows, const QString& text, ErrorHandler onError);
    void redo() override;
    void undo() override;
    const MeasureRows::Added& added() const { return m_added; }

private:
    qint64 m_planId;
    QVector<MeasureRow> m_rows;
    MeasureRows::Added m_added;
    bool m_applied = false;
};
