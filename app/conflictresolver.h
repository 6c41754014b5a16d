#pragma once

#include "store.h"

#include <QObject>

class MainWindow;

// When an edit of a measure was not saved because someone else changed the same field after the user saw it (see
// Store::Conflict), says so: the other value, who made it and when, beside the user's own; and lets the user keep
// theirs or put their own in its place, as a new step they can undo. Nothing is written over silently.
class ConflictResolver : public QObject
{
    Q_OBJECT

public:
    explicit ConflictResolver(MainWindow& window);

    // An edit of the measure table failed with message: a conflict is put to the user, anything else shown.
    void editFailed(const QString& message);
    // The question, in words; public for the tests.
    QString question(const Store::Conflict& conflict) const;

private:
    QString shown(const QString& field, const QVariant& value) const;
    void useMine(const Store::Conflict& conflict);

    MainWindow& m_window;
};
