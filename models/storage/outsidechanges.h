#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

class Database;

// Notices when another process (a second window, the command line) has changed the open file, so that the window
// can read it again: on a file-change signal, and whenever check() is called (the window calls it when it gains
// focus, as a file watcher is not reliable on network shares). SQLite's data_version tells another connection's
// commits from our own, so our own edits never count.
class OutsideChanges : public QObject
{
    Q_OBJECT

public:
    explicit OutsideChanges(QObject* parent = nullptr);

    // Starts watching db (nullptr: stop); what it holds now counts as seen.
    void watch(Database* db);
    // Emits changed() if another connection has committed since the last call, watch() or emission.
    void check();

signals:
    void changed();

private:
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    Database* m_db = nullptr;
    qint64 m_seen = -1;
};
