#pragma once

// The base of every undo command (see the rules in measurecommands.h).

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
    StoreCommand(Stores& stores, const QString& text, ErrorHandler onError, QUndoCommand* parent = nullptr);

protected:
    // Reports the store's error when ok is false; a failed first redo makes the command obsolete.
    bool check(bool ok, const Store& store);
    bool checkTransaction(bool ok);
    // Reports the message and makes the command obsolete; returns false.
    bool fail(const QString& message);

    Stores& m_stores;

private:
    ErrorHandler m_onError;
};
