#pragma once

#include "storecommand.h"

#include <QObject>

class QUndoStack;
class QWidget;
class Stores;

// File → Import… and File → Export… (and files dropped on the window): asks for the file, reads or writes it
// through the models' exchange formats, shows every problem of a refused import, and pushes an accepted import on
// the undo stack as one step.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    ExchangeActions(QUndoStack* undoStack, ErrorHandler onError, QWidget* parent);

    // Asks for a spreadsheet and imports its measures into the plan.
    void importDialog(Stores& stores, qint64 planId);
    // Imports the file: a plan file (.json) as the plans it holds, a spreadsheet into the plan; true when it did.
    bool importFile(Stores& stores, qint64 planId, const QString& path);
    // Asks for a file name and a format and writes the plan's measures.
    void exportDialog(Stores& stores, qint64 planId);

    static bool canImport(const QString& path);

signals:
    void message(const QString& text);
    void plansImported();

private:
    bool importPlanFile(Stores& stores, const QString& path);

    QUndoStack* m_undoStack;
    ErrorHandler m_onError;
    QWidget* m_parent;
};
