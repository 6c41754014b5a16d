#pragma once

// Undoable edits of measures. Each command applies itself through the stores, every step in one transaction, so an
// edit is on disk when push() returns and Ctrl+Z takes it back off. A command whose redo fails reports why and makes
// itself obsolete, so that QUndoStack drops it instead of offering to undo what never happened.
//
// Ownership: a removed measure (with its progress history) lives on inside the command that removed it, and comes
// back under its old id on undo, so that older commands on the stack still find it.

#include "entities.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class Store;
class Stores;

using ErrorHandler = std::function<void(const QString&)>;

class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Stores& stores, const QString& text, ErrorHandler onError);

protected:
    // Reports the store's error when ok is false; a failed first redo makes the command obsolete.
    bool check(bool ok, const Store& store);
    bool checkTransaction(bool ok);

    Stores& m_stores;

private:
    ErrorHandler m_onError;
};

// Changes fields of one measure (a cell, or a dialog).
class EditMeasureCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditMeasureCommand)

public:
    EditMeasureCommand(Stores& stores, const Measure& before, const Measure& after, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    Measure m_before;
    Measure m_after;
};

class AddMeasureCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddMeasureCommand)

public:
    AddMeasureCommand(Stores& stores, const Measure& measure, ErrorHandler onError);
    void redo() override;
    void undo() override;
    qint64 measureId() const { return m_measure.id; }

private:
    Measure m_measure;
};

class RemoveMeasuresCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveMeasuresCommand)

public:
    RemoveMeasuresCommand(Stores& stores, const QVector<qint64>& measureIds, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    QVector<Measure> m_measures;
    QVector<ProgressUpdate> m_history;
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
