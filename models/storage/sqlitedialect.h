#pragma once

#include <QString>
#include <QStringList>

// The SQL that only SQLite understands, each piece behind a name. Everything else the stores send is plain SQL that
// PostgreSQL reads too; a second backend (PostgreSQL through Qt's QPSQL driver) answers these same questions in its
// own dialect beside this file, rather than by edits all over the stores. Values here are our own constants or
// integers, never user text: PRAGMAs take no bound values.
namespace SqliteDialect {

// Qt's driver, and its connection options: how long to wait for a busy file, and whether to open it read-only.
QString driverName();
QString connectOptions(int busyTimeoutMs, bool readOnly);
// Run on every new connection: foreign keys on, defensive settings for files from elsewhere, durable commits, a
// larger page cache, and (when writing) a rollback journal rather than WAL, which fails on network shares.
QStringList connectionSettings(bool readOnly);

// The schema version and the application mark kept in the file's header.
QString readSchemaVersion();
QString writeSchemaVersion(int version);
QString markApplication(int applicationId);
// A number that changes when another connection commits (never for our own commits).
QString readDataVersion();

// Soundness checks: quick (on open), full integrity, and foreign keys; each row returned is a problem ("ok" when
// the quick or full check finds none).
QString quickCheck();
QString integrityCheck();
QString foreignKeyCheck();

// Starts a write transaction: IMMEDIATE, so that a busy file is found out at once rather than at the first write.
QString beginWrite();

// A consistent copy of the open file into the file named by the one bound value.
QString copyIntoFile();

// INSERT that skips a row whose key is already there: "INSERT OR IGNORE" here, "ON CONFLICT DO NOTHING" elsewhere.
QString insertIgnoringDuplicates(const QString& table, const QStringList& columns);

} // namespace SqliteDialect
