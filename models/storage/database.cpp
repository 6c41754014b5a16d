#include "database.h"

#include "backups.h"
#include "postgresdialect.h"
#include "serveraccess.h"
#include "serverconnection.h"
#include "serversetup.h"
#include "sqlitedialect.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace {

constexpr int BusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("actionplans-%1").arg(++counter);
}

// fsync(2) on a file or a folder (a rename is durable once its folder is synced).
bool syncFile(const QString& path, QString* error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

} // namespace

Database::Database(QObject* parent)
    : QObject(parent)
    , m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    if (m_server)
        return m_server->connection().isOpen();
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

bool Database::ensureConnected()
{
    if (!m_server)
        return isOpen();
    if (m_writeDepth == 0 && QSqlQuery(connection()).exec(QStringLiteral("SELECT 1")))
        return true;
    if (m_writeDepth > 0) // inside a transaction the connection is not ours to renew
        return isOpen();
    if (!m_server->reopen())
        return setError(m_server->errorString());
    emit reconnected();
    return true;
}

QSqlDatabase Database::connection() const
{
    return m_server ? m_server->connection() : QSqlDatabase::database(m_connectionName, false);
}

bool Database::connectToServer(const ServerAddress& address)
{
    close();
    auto server = std::make_unique<ServerConnection>(address);
    if (!server->open())
        return setError(server->errorString());
    QString error;
    const std::optional<int> version = ServerSetup::version(*server, &error);
    if (!version)
        return setError(error);
    const int latest = Schema::latestVersion(Schema::migrations());
    if (*version > latest)
        return setError(tr("%1 has version %2 of the Action Plans schema, made by a newer version of the app; this "
                           "version knows %3. Update the app.")
                            .arg(address.display())
                            .arg(*version)
                            .arg(latest));
    if (*version == 0)
        return setError(tr("%1 has no Action Plans schema yet. The database's owner sets it up with: actionplans --db "
                           "ADDRESS server init")
                            .arg(address.display()));
    if (*version < latest)
        return setError(tr("%1 has version %2 of the Action Plans schema; this app needs %3. The database's owner "
                           "upgrades it with: actionplans --db ADDRESS server init")
                            .arg(address.display())
                            .arg(*version)
                            .arg(latest));
    const std::optional<ServerAccess::Rights> rights = ServerAccess::rightsOf(*server, &error);
    if (!rights)
        return setError(error);
    m_editsEverything = rights->everything;
    m_editableMunicipalities = rights->municipalities;
    m_server = std::move(server);
    m_path = address.display();
    m_readOnly = false;
    return true;
}

bool Database::mayEditMunicipality(qint64 municipalityId) const
{
    if (m_readOnly)
        return false;
    return m_editsEverything || m_editableMunicipalities.contains(municipalityId);
}

void Database::close()
{
    m_editsEverything = true;
    m_editableMunicipalities.clear();
    if (m_server) {
        m_server.reset();
        m_writeDepth = 0;
        return;
    }
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_writeDepth = 0;
}

QString Database::describe(const QSqlError& error)
{
    // SQLite's result codes; Qt passes on the extended one, whose low byte is the primary code.
    enum : int { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, NotADatabase = 26 };
    enum : int { ForeignKey = 787 }; // SQLITE_CONSTRAINT_FOREIGNKEY, an extended code
    // A server's code is an SQLSTATE, five characters (SQLite's, even extended, have at most four digits).
    if (error.nativeErrorCode().size() == 5) {
        if (error.nativeErrorCode() == QLatin1String("42501")) // insufficient privilege, row-level security too
            return refusedByServer();
        if (error.nativeErrorCode() == QLatin1String("23503"))
            return missingReference();
        return ServerConnection::serverMessage(error);
    }
    if (error.nativeErrorCode().toInt() == ForeignKey)
        return missingReference();
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case Full:
        return tr("the disk is full");
    case IoError:
        return tr("the disk could not be written or read (it may be full, or the file may be at its size limit)");
    case ReadOnly:
        return tr("the file is read-only");
    case Busy:
    case Locked:
        return tr("another program kept the file locked");
    case Corrupt:
    case NotADatabase:
        return tr("the file is damaged (%1)").arg(error.databaseText());
    default:
        return error.databaseText().isEmpty() ? error.text() : error.databaseText();
    }
}

// Both backends say it the same way: the plan (or measure, or network) it belongs to is gone, most likely deleted by
// someone else a moment ago, or still in use by something else.
QString Database::missingReference()
{
    return tr("it refers to a record that does not exist (any more), or that is still in use");
}

QString Database::refusedByServer()
{
    return tr("the server refused it: you may not change this (it is another municipality's, or the network's "
              "coordinator's to change)");
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString Database::insertIgnoringDuplicates(const QString& table, const QStringList& columns) const
{
    return m_server ? PostgresDialect::insertIgnoringDuplicates(table, columns)
                    : SqliteDialect::insertIgnoringDuplicates(table, columns);
}

bool Database::setError(const QString& message)
{
    m_error = message;
    return false;
}

int Database::schemaVersion() const
{
    if (m_server) {
        QString error;
        return ServerSetup::version(*m_server, &error).value_or(-1);
    }
    QSqlQuery query(connection());
    if (!query.exec(SqliteDialect::readSchemaVersion()) || !query.next())
        return -1;
    return query.value(0).toInt();
}

qint64 Database::dataVersion() const
{
    if (m_server) // a server tells of others' changes by notification (see OutsideChanges)
        return -1;
    QSqlQuery query(connection());
    if (!query.exec(SqliteDialect::readDataVersion()) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool Database::open(const QString& path, const QVector<Migration>& migrations)
{
    close();
    m_error.clear();
    m_migrationBackup.clear();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const int latest = Schema::latestVersion(migrations);
    int fileVersion = 0;
    if (!checkFileBeforeOpening(absolute, latest, &fileVersion))
        return false;

    // SQLite writes its rollback journal beside the file, so a file in a folder we cannot write is read-only too.
    const bool writable
        = QFileInfo(absolute).isWritable() && QFileInfo(QFileInfo(absolute).absolutePath()).isWritable();
    if (!writable && fileVersion < latest) {
        return setError(tr("Cannot open “%1”: it needs an upgrade to file version %2, but it is read-only.")
                            .arg(QDir::toNativeSeparators(absolute))
                            .arg(latest));
    }
    m_path = absolute;
    m_readOnly = !writable;
    if (!openConnection(absolute, m_readOnly) || !checkSound() || !configureConnection()) {
        close();
        return false;
    }
    if (fileVersion < latest && !migrate(fileVersion, migrations)) {
        close();
        return false;
    }
    readCopyRights();
    return true;
}

void Database::readCopyRights()
{
    // An offline copy lets the user change what the server it came from does: their municipality's plans.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT editable FROM sync_origin")) || !query.next())
        return;
    const QStringList numbers = query.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (numbers.contains(QStringLiteral("*")) || !query.exec(QStringLiteral("SELECT id, number FROM municipalities")))
        return;
    m_editsEverything = false;
    while (query.next()) {
        if (numbers.contains(query.value(1).toString()))
            m_editableMunicipalities.insert(query.value(0).toLongLong());
    }
}

bool Database::create(const QString& path, const QVector<Migration>& migrations)
{
    close();
    m_error.clear();
    m_migrationBackup.clear();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    if (QFileInfo::exists(absolute))
        return setError(tr("Cannot create “%1”: a file of that name already exists.").arg(shown));
    // A file in a folder we may not enter looks missing; say so rather than fail to create it.
    struct stat status;
    if (::stat(QFile::encodeName(absolute).constData(), &status) != 0 && errno == EACCES)
        return setError(tr("Cannot open “%1”: its folder cannot be read (permission denied).").arg(shown));
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return setError(tr("Cannot create “%1”: its folder cannot be created.").arg(shown));
    m_path = absolute;
    m_readOnly = false;
    if (!openConnection(absolute, false) || !configureConnection() || !migrate(0, migrations)) {
        const QString error = m_error;
        close();
        QFile::remove(absolute);
        m_error = error;
        return false;
    }
    return true;
}

bool Database::openConnection(const QString& path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDialect::driverName(), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(SqliteDialect::connectOptions(BusyTimeoutMs, readOnly));
    if (!db.open()) {
        return setError(tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), describe(db.lastError())));
    }
    return true;
}

bool Database::configureConnection()
{
    for (const QString& setting : SqliteDialect::connectionSettings(m_readOnly)) {
        if (!exec(setting))
            return false;
    }
    return true;
}

bool Database::exec(const QString& statement)
{
    QSqlQuery query(connection());
    if (!query.exec(statement)) {
        return setError(tr("The database “%1” refused a command: %2")
                            .arg(QDir::toNativeSeparators(m_path), describe(query.lastError())));
    }
    return true;
}

bool Database::migrate(int fromVersion, const QVector<Migration>& migrations)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const int latest = Schema::latestVersion(migrations);
    if (fromVersion > 0 && m_keepsUpgradeBackups) {
        // A backup first, so that an upgrade can always be undone (File → Restore from backup…).
        QString error;
        const std::optional<QString> backup = Backups::save(*this, Backups::Reason::BeforeUpgrade, &error);
        if (!backup)
            return setError(tr("Cannot upgrade “%1”: %2").arg(shown, error));
        m_migrationBackup = *backup;
    }
    if (!beginWrite())
        return false;
    bool ok = true;
    for (const Migration& migration : migrations) {
        if (migration.toVersion <= fromVersion)
            continue;
        for (const QString& statement : migration.statements) {
            QSqlQuery query(connection());
            if (!query.exec(statement)) {
                setError(tr("Cannot upgrade “%1” to file version %2: %3")
                             .arg(shown)
                             .arg(migration.toVersion)
                             .arg(describe(query.lastError())));
                ok = false;
                break;
            }
        }
        if (!ok)
            break;
    }
    ok = ok && exec(SqliteDialect::markApplication(Schema::ApplicationId));
    ok = ok && exec(SqliteDialect::writeSchemaVersion(latest));
    if (!ok) {
        rollbackWrite();
        return false;
    }
    return commitWrite();
}

bool Database::beginWrite()
{
    if (m_readOnly)
        return setError(tr("“%1” is open read-only: changes cannot be saved.").arg(QDir::toNativeSeparators(m_path)));
    if (m_writeDepth++ > 0)
        return true;
    m_writeFailed = false;
    QSqlQuery query(connection());
    bool begun = query.exec(m_server ? PostgresDialect::beginWrite() : SqliteDialect::beginWrite());
    // A server lost since the last statement (restarted, the network back): nothing was sent yet, so connect again.
    if (!begun && m_server) {
        m_writeDepth = 0;
        if (!ensureConnected())
            return setError(tr("Not saved: the server “%1” does not answer (it may be down, or the network may be "
                               "gone). The app connects again by itself when it is back.")
                                .arg(m_path));
        m_writeDepth = 1;
        query = QSqlQuery(connection());
        begun = query.exec(PostgresDialect::beginWrite());
    }
    if (!begun) {
        m_writeDepth = 0;
        return setError(
            tr("Cannot change “%1”: %2").arg(QDir::toNativeSeparators(m_path), describe(query.lastError())));
    }
    return true;
}

bool Database::commitWrite()
{
    if (m_writeDepth <= 0)
        return false;
    if (--m_writeDepth > 0)
        return !m_writeFailed;
    QSqlQuery query(connection());
    if (m_writeFailed) {
        query.exec(QStringLiteral("ROLLBACK"));
        m_pendingNotifications.clear();
        return false;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString error = describe(query.lastError());
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        m_pendingNotifications.clear();
        return setError(tr("Cannot save the change to “%1”: %2").arg(QDir::toNativeSeparators(m_path), error));
    }
    const QVector<std::function<void()>> notifications = std::exchange(m_pendingNotifications, {});
    for (const auto& notify : notifications)
        notify();
    return true;
}

void Database::rollbackWrite()
{
    if (m_writeDepth <= 0)
        return;
    if (--m_writeDepth > 0) {
        m_writeFailed = true;
        return;
    }
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
    m_pendingNotifications.clear();
}

void Database::afterCommit(std::function<void()> notify)
{
    if (m_writeDepth > 0)
        m_pendingNotifications << std::move(notify);
    else
        notify();
}

bool Database::saveCopy(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (m_server) // a server's own backups are its owner's (pg_dump); a copy on a user's disk is a plan file export
        return setError(tr("Cannot save a copy of %1 as “%2”: a server is copied by its owner (pg_dump), and its "
                           "plans are taken out with Export.")
                            .arg(m_path, shown));
    if (QFileInfo::exists(path))
        return setError(tr("Cannot save a copy as “%1”: a file of that name already exists.").arg(shown));
    const QFileInfo target(path);
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial").arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QSqlQuery query(connection());
    query.prepare(SqliteDialect::copyIntoFile());
    query.addBindValue(temporary);
    if (!query.exec()) {
        const QString error = describe(query.lastError());
        QFile::remove(temporary);
        return setError(tr("Cannot save a copy as “%1”: %2").arg(shown, error));
    }
    QString error;
    if (!syncFile(temporary, &error) || !QFile::rename(temporary, path) || !syncFile(target.absolutePath(), &error)) {
        if (error.isEmpty())
            error = tr("it cannot be renamed into place");
        QFile::remove(temporary);
        return setError(tr("Cannot save a copy as “%1”: %2").arg(shown, error));
    }
    return true;
}
