#include "backups.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QUuid>

#include <algorithm>
#include <sqlite3.h>

namespace {

const QString Suffix = QStringLiteral(".backups");
const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz"); // milliseconds: a restore saves two in a second

QString reasonKey(Backups::Reason reason)
{
    switch (reason) {
    case Backups::Reason::Daily:
        return QStringLiteral("daily");
    case Backups::Reason::BeforeUpgrade:
        return QStringLiteral("before-upgrade");
    case Backups::Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return {};
}

// NAME-yyyyMMdd-HHmmss-zzz-REASON[-N].handlingsplan
const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(-(\d{8}-\d{6}-\d{3})-(daily|before-upgrade|before-restore)(?:-(\d+))?\.handlingsplan$)"));
    return pattern;
}

// The SQLite connection under Qt's driver: Qt SQL has no way to the backup API.
sqlite3* handleOf(const Database& db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

QString Backups::folder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + Suffix;
}

QVector<Backups::Backup> Backups::list(const QString& databasePath)
{
    QVector<Backup> backups;
    QHash<QString, int> sequence; // -N of backups made in the same millisecond
    const QDir dir(folder(databasePath));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.handlingsplan")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = namePattern().match(file.fileName());
        if (!match.hasMatch())
            continue;
        Backup backup;
        backup.path = file.absoluteFilePath();
        backup.made = QDateTime::fromString(match.captured(1), TimeFormat);
        const QString reason = match.captured(2);
        backup.reason = reason == QLatin1String("daily") ? Reason::Daily
            : reason == QLatin1String("before-upgrade")  ? Reason::BeforeUpgrade
                                                         : Reason::BeforeRestore;
        backup.bytes = file.size();
        backups << backup;
        sequence.insert(backup.path, match.captured(3).toInt());
    }
    std::sort(backups.begin(), backups.end(), [&sequence](const Backup& a, const Backup& b) {
        return a.made != b.made ? a.made > b.made : sequence.value(a.path) > sequence.value(b.path);
    });
    return backups;
}

std::optional<QString> Backups::save(Database& db, Reason reason, QString* error)
{
    const QString shown = QDir::toNativeSeparators(db.filePath());
    const QString dir = folder(db.filePath());
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot save a backup of “%1”: the folder “%2” cannot be created.")
                     .arg(shown, QDir::toNativeSeparators(dir));
        return std::nullopt;
    }
    const QString stem = QStringLiteral("%1/%2-%3-%4")
                             .arg(dir,
                                  QFileInfo(db.filePath()).completeBaseName(),
                                  QDateTime::currentDateTime().toString(TimeFormat),
                                  reasonKey(reason));
    QString path = stem + QStringLiteral(".handlingsplan");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1-%2.handlingsplan").arg(stem).arg(n);
    if (!db.saveCopy(path)) {
        *error = tr("Cannot save a backup of “%1”: %2").arg(shown, db.errorString());
        return std::nullopt;
    }
    const QVector<Backup> backups = list(db.filePath());
    for (int i = Kept; i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
    return path;
}

bool Backups::saveDailyIfDue(Database& db, const QDate& today, QString* error)
{
    if (db.isReadOnly() || db.isServer()) // a server is backed up by its owner (pg_dump), not on each user's disk
        return true;
    const QVector<Backup> backups = list(db.filePath());
    if (!backups.isEmpty() && backups.first().made.date() >= today)
        return true;
    return save(db, Reason::Daily, error).has_value();
}

bool Backups::restore(Database& db, const QString& backupPath, QString* error)
{
    const QString shown = QDir::toNativeSeparators(db.filePath());
    const QString backupShown = QDir::toNativeSeparators(backupPath);
    if (db.isReadOnly()) {
        *error = tr("Cannot restore a backup into “%1”: it is open read-only.").arg(shown);
        return false;
    }
    if (db.isServer()) {
        *error = tr("Cannot restore a backup into %1: a server is restored by its owner (pg_restore).").arg(shown);
        return false;
    }
    // Read the backup through a temporary copy, so that checking (and upgrading) it never touches the backup.
    const QString copyPath = QStringLiteral("%1/.restore-%2.partial")
                                 .arg(folder(db.filePath()), QUuid::createUuid().toString(QUuid::WithoutBraces));
    struct RemoveCopy
    {
        QString path;
        ~RemoveCopy() { QFile::remove(path); }
    } removeCopy {copyPath};
    if (!QFile::copy(backupPath, copyPath)) {
        *error = tr("Cannot restore “%1”: the backup cannot be read.").arg(backupShown);
        return false;
    }
    Database source;
    source.setKeepsUpgradeBackups(false);
    if (!source.open(copyPath)) {
        *error = tr("Cannot restore “%1”: %2").arg(backupShown, source.errorString());
        return false;
    }
    if (!save(db, Reason::BeforeRestore, error))
        return false;

    sqlite3* to = handleOf(db);
    sqlite3* from = handleOf(source);
    if (!to || !from) {
        *error = tr("Cannot restore “%1”: the database driver gives no access to SQLite.").arg(backupShown);
        return false;
    }
    // One backup step copies every page under one write lock: other windows see all of it or none.
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *error = tr("Cannot restore “%1”: %2").arg(backupShown, QString::fromUtf8(sqlite3_errmsg(to)));
        return false;
    }
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        *error = tr("Cannot restore “%1”: %2")
                     .arg(backupShown, QString::fromUtf8(sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished)));
        return false;
    }
    return true;
}

QString Backups::describe(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return tr("Daily backup");
    case Reason::BeforeUpgrade:
        return tr("Before an upgrade to a newer file version");
    case Reason::BeforeRestore:
        return tr("Before restoring a backup");
    }
    return {};
}
