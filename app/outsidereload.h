#pragma once

#include <QObject>

class Database;
class MainWindow;
class OutsideChanges;

// When another window or the command line changes the open file, the window reads it again — at once, or, while a
// dialog or a cell editor holds rows of the file as it was, as soon as the window is used again.
class OutsideReload : public QObject
{
    Q_OBJECT

public:
    explicit OutsideReload(MainWindow& window);

    // Starts watching db (nullptr: stop); what it holds now counts as seen, and a pending reload is dropped.
    void watch(Database* db);
    // The window became active again: a change seen meanwhile, or one the watcher missed (network shares), is read.
    void windowActivated();

private:
    void take();

    MainWindow& m_window;
    OutsideChanges* m_changes;
    bool m_pending = false;
};
