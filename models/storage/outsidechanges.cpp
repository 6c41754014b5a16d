#include "outsidechanges.h"

#include "database.h"

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

void OutsideChanges::watch(Database* db)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_settle.stop();
    m_db = db;
    m_seen = db ? db->dataVersion() : -1;
    if (db)
        m_watcher.addPath(db->filePath());
}

void OutsideChanges::check()
{
    if (!m_db || !m_db->isOpen() || m_db->inWrite())
        return;
    const qint64 version = m_db->dataVersion();
    if (version < 0 || version == m_seen)
        return;
    m_seen = version;
    emit changed();
}
