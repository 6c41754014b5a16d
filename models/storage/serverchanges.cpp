#include "serverchanges.h"

#include "serverconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Lower case: QPSQL quotes the name it LISTENs to.
const QString Channel = QStringLiteral("actionplans_changes");
constexpr int WatchdogMs = 3000;
} // namespace

QStringList ServerChanges::triggerStatements()
{
    return {QStringLiteral("CREATE OR REPLACE FUNCTION ap_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                           "BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME || ' ' || pg_backend_pid()); RETURN NULL; "
                           "END $$")
                .arg(Channel),
            // Once a statement, not once a row: an import of thousands of rows is one notification per table.
            QStringLiteral("DO $$ DECLARE t record; BEGIN FOR t IN SELECT table_name FROM information_schema.tables "
                           "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN "
                           "('schema_version', 'server_users') LOOP "
                           "EXECUTE format('DROP TRIGGER IF EXISTS notify_change ON %I', t.table_name); "
                           "EXECUTE format('CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                           "ON %I FOR EACH STATEMENT EXECUTE FUNCTION ap_notify_change()', t.table_name); "
                           "END LOOP; END $$")};
}

ServerChanges::ServerChanges(const ServerAddress& address, int ownBackend, QObject* parent)
    : QObject(parent)
    , m_address(address)
    , m_ownBackend(ownBackend)
{
    m_watchdog.setInterval(WatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &ServerChanges::check);
}

ServerChanges::~ServerChanges() = default;

bool ServerChanges::start()
{
    m_watchdog.start();
    listen();
    return m_listening;
}

void ServerChanges::listen()
{
    m_listening = false;
    m_listener = std::make_unique<ServerConnection>(m_address);
    if (!m_listener->open()) {
        m_error = m_listener->errorString();
        return;
    }
    QSqlDriver* driver = m_listener->connection().driver();
    connect(driver,
            &QSqlDriver::notification,
            this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                if (name != Channel)
                    return;
                const QString text = payload.toString();
                if (text.section(QLatin1Char(' '), 1, 1).toInt() != m_ownBackend)
                    emit changed(text.section(QLatin1Char(' '), 0, 0));
            });
    m_listening = driver->subscribeToNotification(Channel);
    if (!m_listening)
        m_error = m_listener->describe(driver->lastError());
}

void ServerChanges::check()
{
    if (m_listening && QSqlQuery(m_listener->connection()).exec(QStringLiteral("SELECT 1")))
        return;
    listen();
    if (m_listening)
        emit reconnected();
}
