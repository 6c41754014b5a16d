#pragma once

#include <QString>
#include <QStringList>

// The SQL that PostgreSQL needs where SQLite's differs (see SqliteDialect): the driver, the schema's id and number
// columns, and the insert that skips known rows. Used for a network's server through Qt's QPSQL driver.
namespace PostgresDialect {

QString driverName();
QString beginWrite();
// A schema statement written for SQLite, as PostgreSQL reads it: AUTOINCREMENT ids become identity columns (which,
// like SQLite's, never hand out an id twice, so that undo can put a row back under its old id), REAL becomes DOUBLE
// PRECISION. Everything else in the schema is plain SQL both read.
QString fromSqlite(const QString& statement);
// INSERT of a row into table (one ? per column) together with its change-log row (five more ?: entity, field, new
// value, time, author), in one statement (a server is a round trip away); returns the new row's id, as QPSQL has no
// last insert id of its own.
QString insertLogged(const QString& table, const QStringList& columns);
// INSERT … ON CONFLICT DO NOTHING: a row whose key is there already is skipped.
QString insertIgnoringDuplicates(const QString& table, const QStringList& columns);

} // namespace PostgresDialect
