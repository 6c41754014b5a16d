#include "outsidechanges.h"

#include "database.h"
#include "serverchanges.h"
#include "serverconnection.h"

#include <utility>

OutsideChanges::OutsideChanges(QObject* parent)
    : QObject(parent)
{
    // Another process saving edits one after another changes the file every few milliseconds: look at most every
    // quarter second, so that the window reads the file again a few times a second, not hundreds.
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &OutsideChanges::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
        // An editor or a restore may have replaced the file: keep watching the new one.
        if (!m_watcher.files().contains(path))
            m_watcher.addPath(path);
        if (!m_settle.isActive())
            m_settle.start();
    });
}

OutsideChanges::~OutsideChanges() = default;

void OutsideChanges::watch(Database* db)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_settle.stop();
    m_server.reset();
    m_pending = false;
    m_db = db;
    m_seen = db ? db->dataVersion() : -1;
    if (db && db->isServer()) {
        m_server = std::make_unique<ServerChanges>(db->server()->address(), db->server()->backendPid());
        const auto settle = [this] {
            m_pending = true;
            if (!m_settle.isActive())
                m_settle.start();
        };
        connect(m_server.get(), &ServerChanges::changed, this, settle);
        connect(m_server.get(), &ServerChanges::reconnected, this, settle);
        connect(db, &Database::reconnected, m_server.get(), [this, db] {
            m_server->setOwnBackend(db->server()->backendPid());
        });
        m_server->start(); // not reached now: it keeps trying, and a reconnection counts as a change
    } else if (db) {
        m_watcher.addPath(db->filePath());
    }
}

void OutsideChanges::check()
{
    if (!m_db || !m_db->isOpen())
        return;
    if (m_db->inWrite()) { // our own edit is on its way: pass a server's news on once it is done
        if (m_pending)
            m_settle.start();
        return;
    }
    if (m_server) {
        // The server may have been away: the window's own connection is made anew before it reads again.
        if (std::exchange(m_pending, false) && m_db->ensureConnected())
            emit changed();
        return;
    }
    const qint64 version = m_db->dataVersion();
    if (version < 0 || version == m_seen)
        return;
    m_seen = version;
    emit changed();
}
