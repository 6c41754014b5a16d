#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

class Database;
class ServerChanges;

// Notices when another process (a second window, the command line) has changed the open file, so that the window
// can read it again: on a file-change signal, and whenever check() is called (the window calls it when it gains
// focus, as a file watcher is not reliable on network shares). SQLite's data_version tells another connection's
// commits from our own, so our own edits never count. On a network's server, the server's notifications tell (see
// ServerChanges), and a reconnection after the server was out of reach counts as a change.
class OutsideChanges : public QObject
{
    Q_OBJECT

public:
    explicit OutsideChanges(QObject* parent = nullptr);
    ~OutsideChanges() override;

    // Starts watching db (nullptr: stop); what it holds now counts as seen.
    void watch(Database* db);
    // Emits changed() if another connection has committed since the last call, watch() or emission.
    void check();

signals:
    void changed();

private:
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    std::unique_ptr<ServerChanges> m_server;
    Database* m_db = nullptr;
    qint64 m_seen = -1;
    bool m_pending = false; // a server told of a change not yet passed on
};
