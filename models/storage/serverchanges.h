#pragma once

#include "serveraddress.h"

#include <QObject>
#include <QTimer>

#include <memory>

class ServerConnection;

// Hears of other people's changes on a network's server, live: every table's statement trigger notifies a channel
// with the table's name and the writer's backend; a connection of our own LISTENs there (QPSQL forgets a
// subscription when its connection closes, and says nothing when it drops, so this one is checked every few seconds
// and listens again once the server is back). The payload names no rows, since every listener hears every
// notification whatever the row-level rules: the window reads again under its own rights.
class ServerChanges : public QObject
{
    Q_OBJECT

public:
    // The statements server init runs: the notifying function and a trigger on each of our tables.
    static QStringList triggerStatements();

    // Listens to the server at address; changes made by the backend ownBackend (the window's own connection) are
    // ours and not told.
    ServerChanges(const ServerAddress& address, int ownBackend, QObject* parent = nullptr);
    ~ServerChanges() override;

    // Connects and listens; false (and why in errorString()) when the server cannot be reached: it keeps trying.
    bool start();
    bool isListening() const { return m_listening; }
    // The window's connection was made anew (see Database::reconnected): its new backend's changes are ours.
    void setOwnBackend(int backend) { m_ownBackend = backend; }
    QString errorString() const { return m_error; }

signals:
    // Someone else committed a change to table.
    void changed(const QString& table);
    // The server was out of reach and is back: what changed meanwhile was not heard, so read everything again.
    void reconnected();

private:
    void check();
    void listen();

    ServerAddress m_address;
    int m_ownBackend;
    std::unique_ptr<ServerConnection> m_listener;
    QTimer m_watchdog;
    bool m_listening = false;
    QString m_error;
};
