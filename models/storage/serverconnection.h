#pragma once

#include "serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

// One connection to a network's PostgreSQL server through Qt's QPSQL driver, under a name of its own, closed and
// removed when it goes. What goes wrong on the way is said in words an adviser or an IT department can act on.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)

public:
    explicit ServerConnection(const ServerAddress& address);
    ~ServerConnection();
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    // Connects; false with the reason in errorString(). An empty password leaves it to libpq (~/.pgpass, PGPASSWORD).
    bool open();
    // Connects again after the server was lost (restarted, the network down): a new session, with a new backend.
    bool reopen();
    QSqlDatabase connection() const;
    // Whether a server answers at address at all (a refused password counts: someone is there), within a few
    // seconds. Blocking, on a connection of its own: safe to call from a worker thread.
    static bool answers(ServerAddress address);
    QString errorString() const { return m_error; }
    const ServerAddress& address() const { return m_address; }
    // The server process serving this connection (PostgreSQL's pg_backend_pid()), which notifications name.
    int backendPid() const { return m_backendPid; }

    // What went wrong in words: for a connection, the password refused, the host unknown, nothing listening or the
    // database missing; for a statement, the server's own message.
    QString describe(const QSqlError& error) const;
    // The server's own message, as a person reads it: its first line, without libpq's "ERROR:" and the quoted SQL.
    static QString serverMessage(const QSqlError& error);

private:
    bool readBackendPid();

    ServerAddress m_address;
    QString m_name;
    QString m_error;
    int m_backendPid = 0;
};
