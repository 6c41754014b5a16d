#include "database.h"

#include "sqlitedialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

// How a Database tells a sound action-plan file from everything else: the SQLite header read before the file is
// opened (so that nothing is ever written to what is not ours), SQLite's quick check just after, and the full
// integrity and foreign-key check on demand.

namespace {

constexpr int SqliteHeaderSize = 100;

quint32 readBigEndian32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

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

QStringList Database::problems()
{
    QStringList found;
    if (m_server) { // PostgreSQL checks every constraint at every commit and keeps its own files sound
        if (!QSqlQuery(connection()).exec(QStringLiteral("SELECT 1")))
            found << tr("The server does not answer: %1").arg(describe(connection().lastError()));
        return found;
    }
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
