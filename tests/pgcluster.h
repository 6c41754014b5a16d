#pragma once

// A throwaway PostgreSQL cluster for server tests: initdb into a temporary folder, the server listening only on a Unix
// socket there (no TCP port, nothing another test or user could reach), trust authentication for everyone but a role
// called "passworded" (SCRAM, for tests of a refused password), and stopped and removed when the object goes. Run as
// root (as CI does) the server runs as the postgres user, since PostgreSQL refuses to run as root. Needs Debian's
// postgresql package.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

class PgCluster
{
public:
    PgCluster() = default;
    ~PgCluster() { stop(); }
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    // Starts the cluster; false with the reason in error().
    bool start()
    {
        m_bin = binFolder();
        if (m_bin.isEmpty())
            return fail(QStringLiteral("no PostgreSQL server found in /usr/lib/postgresql (Debian: postgresql)"));
        if (!m_dir.isValid())
            return fail(QStringLiteral("cannot make a temporary folder"));
        if (geteuid() == 0) {
            const passwd* postgres = getpwnam("postgres");
            if (!postgres || chown(qPrintable(m_dir.path()), postgres->pw_uid, postgres->pw_gid) != 0)
                return fail(QStringLiteral("cannot hand the cluster's folder to the postgres user"));
        }
        // A port of its own, for the socket's name only (there is no TCP listener).
        m_port = 40000 + int(QRandomGenerator::global()->bounded(20000));
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"),
                  dataDir(),
                  QStringLiteral("-A"),
                  QStringLiteral("trust"),
                  QStringLiteral("-U"),
                  QStringLiteral("postgres"),
                  QStringLiteral("-E"),
                  QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync")}))
            return false;
        // First match wins: the one role that must give its password, then everyone else on trust.
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || hba.write("local all passworded scram-sha-256\nlocal all all trust\n") < 0)
            return fail(QStringLiteral("cannot write pg_hba.conf: %1").arg(hba.errorString()));
        hba.close();
        return startServer();
    }

    // Stops the server as a crash would (-m immediate: no checkpoint, clients cut off), then starts it again.
    bool restart() { return crash() && resume(); }

    // Stops the server as a crash would; it stays down until resume().
    bool crash()
    {
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"),
                  dataDir(),
                  QStringLiteral("-m"),
                  QStringLiteral("immediate"),
                  QStringLiteral("-w"),
                  QStringLiteral("stop")}))
            return false;
        m_running = false;
        return true;
    }

    bool resume() { return startServer(); }
    bool isRunning() const { return m_running; }

    void stop()
    {
        if (m_running)
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"),
                 dataDir(),
                 QStringLiteral("-m"),
                 QStringLiteral("fast"),
                 QStringLiteral("-w"),
                 QStringLiteral("stop")});
        m_running = false;
    }

    // Runs SQL as the superuser through psql; false when it failed (see error()).
    bool exec(const QString& sql, const QString& database = QStringLiteral("postgres"))
    {
        return !psql(sql, database).isNull();
    }

    // Runs SQL as the superuser through psql; its output (empty, not null, when there is none), or a null string when
    // it failed (see error()).
    QString psql(const QString& sql, const QString& database = QStringLiteral("postgres"))
    {
        return psqlAs(QStringLiteral("postgres"), sql, database);
    }

    // Runs SQL through psql as user (trust authentication: no password asked), as that user's rights allow.
    QString psqlAs(const QString& user, const QString& sql, const QString& database)
    {
        QProcess process;
        process.start(QStringLiteral("psql"),
                      {QStringLiteral("-h"),
                       socketDir(),
                       QStringLiteral("-p"),
                       QString::number(m_port),
                       QStringLiteral("-U"),
                       user,
                       QStringLiteral("-d"),
                       database,
                       QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-qAt"),
                       QStringLiteral("-c"),
                       sql});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            m_error = QString::fromUtf8(process.readAllStandardError());
            return QString();
        }
        const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        return output.isNull() ? QStringLiteral("") : output;
    }

    // The address of a database of this cluster, as the app takes it.
    QString address(const QString& database, const QString& user = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(user, database, socketDir()).arg(m_port);
    }

    QString socketDir() const { return m_dir.path(); }
    int port() const { return m_port; }
    QString error() const { return m_error; }
    // The server's log, for a failure message.
    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("server.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    static QString binFolder()
    {
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::sort(found.begin(), found.end(), [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
        for (const QString& version : found) {
            const QString bin = versions.filePath(version + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        return QString();
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool startServer()
    {
        const QString options
            = QStringLiteral("-k %1 -c listen_addresses='' -p %2 -c fsync=off").arg(socketDir()).arg(m_port);
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"),
                  dataDir(),
                  QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("server.log")),
                  QStringLiteral("-w"),
                  QStringLiteral("-o"),
                  options,
                  QStringLiteral("start")}))
            return false;
        m_running = true;
        return true;
    }

    // Runs a server program, as the postgres user when we are root.
    bool run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        const QString path = m_bin + QLatin1Char('/') + program;
        if (geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), path}
                              + arguments);
        else
            process.start(path, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return fail(QStringLiteral("%1 failed: %2%3")
                            .arg(program,
                                 QString::fromUtf8(process.readAllStandardError()),
                                 QString::fromUtf8(process.readAllStandardOutput())));
        return true;
    }

    bool fail(const QString& message)
    {
        m_error = message;
        return false;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
};
