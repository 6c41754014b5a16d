#include "sqlitedialect.h"

namespace SqliteDialect {

QString driverName()
{
    return QStringLiteral("QSQLITE");
}

QString connectOptions(int busyTimeoutMs, bool readOnly)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
}

QStringList connectionSettings(bool readOnly)
{
    // trusted_schema=OFF and cell_size_check=ON: SQLite's advice for files that may come from elsewhere.
    QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA cell_size_check = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // 32 MB of page cache instead of SQLite's 2 MB: a file with every municipality's plans is some 70 MB, and a
        // bulk import updates indexes (UUIDs, the change log) all over it; with the default, each row read pages back
        // from the operating system.
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    // A rollback journal, because WAL's shared-memory index does not work on network shares (see Database).
    if (!readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = DELETE");
    return pragmas;
}

QString readSchemaVersion()
{
    return QStringLiteral("PRAGMA user_version");
}

QString writeSchemaVersion(int version)
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString markApplication(int applicationId)
{
    return QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
}

QString readDataVersion()
{
    return QStringLiteral("PRAGMA data_version");
}

QString quickCheck()
{
    return QStringLiteral("PRAGMA quick_check");
}

QString integrityCheck()
{
    return QStringLiteral("PRAGMA integrity_check");
}

QString foreignKeyCheck()
{
    return QStringLiteral("PRAGMA foreign_key_check");
}

QString beginWrite()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString copyIntoFile()
{
    return QStringLiteral("VACUUM INTO ?");
}

QString insertIgnoringDuplicates(const QString& table, const QStringList& columns)
{
    const QStringList placeholders(columns.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
}

} // namespace SqliteDialect
