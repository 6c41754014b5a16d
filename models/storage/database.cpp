#include "database.h"

#include "backups.h"
#include "sqlitedialect.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

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
constexpr int SqliteHeaderSize = 100;

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("actionplans-%1").arg(++counter);
}

quint32 readBigEndian32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
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
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
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

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

bool Database::setError(const QString& message)
{
    m_error = message;
    return false;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(SqliteDialect::readSchemaVersion()) || !query.next())
        return -1;
    return query.value(0).toInt();
}

qint64 Database::dataVersion() const
{
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
    return true;
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

// Reads the 100-byte SQLite header with plain file I/O, so that a file we refuse is never handed to SQLite (which
// could create, lock or roll back a journal).
bool Database::checkFileBeforeOpening(const QString& path, int latestVersion, int* fileVersion)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return setError(tr("Cannot open “%1”: the file does not exist.").arg(shown));
    if (info.isDir())
        return setError(tr("Cannot open “%1”: it is a folder, not a file.").arg(shown));
    // A pipe or a device would block or never end; SQLite needs a file it can seek in and lock.
    if (!info.isFile())
        return setError(tr("Cannot open “%1”: it is not an ordinary file (a pipe, a device or a socket).").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setError(tr("Cannot open “%1”: the file cannot be read (%2).").arg(shown, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return setError(tr("Cannot open “%1”: the file is empty.").arg(shown));
    const QByteArray header = file.read(SqliteHeaderSize);
    if (header.size() < SqliteHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return setError(tr("Cannot open “%1”: it is not an action-plan file (not an SQLite database).").arg(shown));
    if (readBigEndian32(header, 68) != quint32(Schema::ApplicationId))
        return setError(tr("Cannot open “%1”: it is an SQLite database of another application, not an action-plan "
                           "file.")
                            .arg(shown));
    *fileVersion = int(readBigEndian32(header, 60));
    // The app sets its id and the first version in one transaction, so no file of ours is below version 1.
    if (*fileVersion < 1)
        return setError(tr("Cannot open “%1”: it is not a complete action-plan file (file version %2).")
                            .arg(shown)
                            .arg(*fileVersion));
    if (*fileVersion > latestVersion) {
        return setError(tr("Cannot open “%1”: it was written by a newer version of Action Plans (file version %2; "
                           "this version reads up to %3). Update the app to open it.")
                            .arg(shown)
                            .arg(*fileVersion)
                            .arg(latestVersion));
    }
    // The header says how many pages the file has (when its "valid-for" counter matches the change counter); a
    // shorter file has lost its end — unless a journal lies beside it: a writer killed while the file grew leaves the
    // new header in the file and the old one in the journal, and SQLite's rollback on open makes the two agree
    // again. (The crash test found this: its kill 114 was refused as "truncated".)
    if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
        return true;
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = readBigEndian32(header, 28);
    const bool pageCountValid = readBigEndian32(header, 24) == readBigEndian32(header, 92);
    const qint64 expected = qint64(pageSize) * pageCount;
    if (pageCountValid && pageCount > 0 && size < expected) {
        return setError(tr("Cannot open “%1”: the file is truncated (%2 of %3 bytes are there).")
                            .arg(shown)
                            .arg(size)
                            .arg(expected));
    }
    return true;
}

// Runs SQLite's quick_check on the freshly opened connection, before anything is written. It runs on the real
// connection (not a read-only one) so that a hot journal left by a crash is rolled back first, as SQLite intends,
// instead of making a sound file look damaged.
bool Database::checkSound()
{
    QSqlQuery query(connection());
    QString problem;
    if (!query.exec(SqliteDialect::quickCheck())) {
        problem = describe(query.lastError());
    } else {
        QStringList lines;
        while (query.next() && lines.size() < 3) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                lines << line;
        }
        problem = lines.join(QStringLiteral("; "));
    }
    if (!problem.isEmpty())
        return setError(
            tr("Cannot open “%1”: the file is damaged (%2).").arg(QDir::toNativeSeparators(m_path), problem));
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
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
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

QStringList Database::problems()
{
    QStringList found;
    QSqlQuery integrity(connection());
    if (!integrity.exec(SqliteDialect::integrityCheck())) {
        found << tr("The integrity check could not run: %1").arg(describe(integrity.lastError()));
        return found;
    }
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            found << tr("Integrity: %1").arg(line);
    }
    QSqlQuery foreignKeys(connection());
    if (!foreignKeys.exec(SqliteDialect::foreignKeyCheck())) {
        found << tr("The foreign-key check could not run: %1").arg(describe(foreignKeys.lastError()));
        return found;
    }
    while (foreignKeys.next()) {
        found << tr("Table “%1”, row %2: refers to a row of “%3” that does not exist.")
                     .arg(foreignKeys.value(0).toString(),
                          foreignKeys.value(1).toString(),
                          foreignKeys.value(2).toString());
    }
    return found;
}

bool Database::saveCopy(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
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
