#include "serverconnection.h"

#include "postgresdialect.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInt connectionCount;
}

ServerConnection::ServerConnection(const ServerAddress& address)
    : m_address(address)
    , m_name(QStringLiteral("actionplans-server-%1").arg(connectionCount.fetchAndAddRelaxed(1)))
{
}

ServerConnection::~ServerConnection()
{
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool ServerConnection::open()
{
    if (!QSqlDatabase::isDriverAvailable(PostgresDialect::driverName())) {
        m_error = tr("Cannot connect to %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).")
                      .arg(m_address.display());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(PostgresDialect::driverName(), m_name);
    db.setHostName(m_address.host);
    if (m_address.port > 0)
        db.setPort(m_address.port);
    db.setDatabaseName(m_address.database);
    db.setUserName(m_address.user);
    db.setPassword(m_address.password);
    db.setConnectOptions(m_address.connectOptions());
    if (!db.open()) {
        m_error = describe(db.lastError());
        return false;
    }
    return readBackendPid();
}

bool ServerConnection::answers(ServerAddress address)
{
    address.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("3"));
    ServerConnection probe(address);
    if (probe.open())
        return true;
    // libpq's own words when nothing answered; anything else (a password, a missing database) came from a server.
    const QString error = QSqlDatabase::database(probe.m_name, false).lastError().text();
    return !error.contains(QLatin1String("could not connect")) && !error.contains(QLatin1String("timeout expired"))
        && !error.contains(QLatin1String("could not translate host name"))
        && !error.contains(QLatin1String("No such file")) && !error.contains(QLatin1String("Connection refused"))
        && !error.contains(QLatin1String("driver"));
}

bool ServerConnection::reopen()
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        m_error = describe(db.lastError());
        return false;
    }
    return readBackendPid();
}

bool ServerConnection::readBackendPid()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next()) {
        m_error = describe(query.lastError());
        return false;
    }
    m_backendPid = query.value(0).toInt();
    return true;
}

QSqlDatabase ServerConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

QString ServerConnection::serverMessage(const QSqlError& error)
{
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s*"));
    const QString said = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return said.section(QLatin1Char('\n'), 0, 0).remove(severity).trimmed();
}

QString ServerConnection::describe(const QSqlError& error) const
{
    const QString said = serverMessage(error);
    const QString server = m_address.display();
    if (error.type() != QSqlError::ConnectionError)
        return tr("The server %1 refused it: %2").arg(server, said.trimmed());
    if (said.contains(QLatin1String("password authentication failed"))
        || said.contains(QLatin1String("no password supplied")))
        return tr("Cannot connect to %1: the server did not accept the user name and password.").arg(server);
    if (said.contains(QLatin1String("could not translate host name")))
        return tr("Cannot connect to %1: there is no server called “%2”; check the address.")
            .arg(server, m_address.host);
    if (said.contains(QLatin1String("Connection refused")) || said.contains(QLatin1String("No such file or directory")))
        return tr("Cannot connect to %1: no database server answers there. Is it running, and is the port right?")
            .arg(server);
    if (said.contains(QLatin1String("does not exist")) && said.contains(QLatin1String("database")))
        return tr("Cannot connect to %1: the server has no database “%2”.").arg(server, m_address.database);
    return tr("Cannot connect to %1: %2").arg(server, said.trimmed());
}
