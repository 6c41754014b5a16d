#pragma once

#include "examplebankdialog.h"
#include "storecommand.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QUndoStack;
class QWidget;
class Stores;

// View → Example bank…: one dialog over the open file's measures; the measures chosen there are copied into a plan
// as one undo step.
class ExampleBankActions : public QObject
{
    Q_OBJECT

public:
    ExampleBankActions(QUndoStack* undoStack, ErrorHandler onError, QWidget* parent);

    // Opens the dialog (or brings it forward), offering the plan shown as where to copy to.
    void open(Stores& stores, qint64 targetPlanId);
    // Closes the dialog: before the file, and the stores it reads, go away.
    void close();
    ExampleBankDialog* dialog() const { return m_dialog; }
    // Copies the measures into the plan as one undo step; true when it did.
    bool copy(Stores& stores, const QVector<qint64>& measureIds, qint64 planId);

signals:
    void message(const QString& text);
    void copied(qint64 planId);

private:
    QUndoStack* m_undoStack;
    ErrorHandler m_onError;
    QWidget* m_parent;
    QPointer<ExampleBankDialog> m_dialog;
};
