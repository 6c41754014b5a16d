#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

class Database;

// Backup copies of an action-plan file, kept in a folder beside it ("plans.handlingsplan.backups"): one a day when
// the file is opened, one before every upgrade to a newer file version and one before every restore. The newest
// Kept are kept. Each is a whole, consistent action-plan file (VACUUM INTO, synced, then renamed into place), so it
// can also be opened on its own.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int Kept = 7;

    enum class Reason { Daily, BeforeUpgrade, BeforeRestore };

    struct Backup
    {
        QString path;
        QDateTime made;
        Reason reason = Reason::Daily;
        qint64 bytes = 0;
    };

    static QString folder(const QString& databasePath);
    // The backups of the file, newest first.
    static QVector<Backup> list(const QString& databasePath);
    // Saves a backup of the open file and prunes the oldest beyond Kept; returns its path.
    static std::optional<QString> save(Database& db, Reason reason, QString* error);
    // Saves a daily backup unless one was made today (or the file is read-only); true if none was needed.
    static bool saveDailyIfDue(Database& db, const QDate& today, QString* error);
    // Puts the backup's plans in place of the open file's, in one write that other windows on the file see too.
    // Saves a backup of the current state first, so that restoring that one undoes this. An older backup is
    // upgraded (in a temporary copy) first; the backup itself is never changed.
    static bool restore(Database& db, const QString& backupPath, QString* error);

    // What a backup was made for, for people.
    static QString describe(Reason reason);
};
