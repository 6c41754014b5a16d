#pragma once

#include "schema.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

// One action-plan file: opens it only after checking it is ours and sound, creates new ones, migrates old ones
// forward, and runs write transactions. Everything else reaches SQLite through a Database.
//
// Design note on durability: advisers keep files on laptops and on municipal network shares (SMB), where SQLite's
// WAL mode does not work (its shared-memory index needs one host). We therefore use a rollback journal
// (journal_mode=DELETE) with synchronous=FULL: a commit is on disk when it returns, at about 1 ms a commit, which is
// nothing for edits a person makes by hand. Bulk work (imports, sample data) runs in one transaction.
class QSqlError;
class ServerConnection;
struct ServerAddress;

class Database : public QObject
{
    Q_OBJECT

public:
    explicit Database(QObject* parent = nullptr);
    ~Database() override;

    // Opens an existing file. Refuses, without writing a byte, a missing file, a folder, an unreadable file, a file
    // that is not SQLite, another application's SQLite file, a file from a newer version, and a damaged one. An
    // older file is copied beside itself, then migrated forward in one transaction.
    bool open(const QString& path, const QVector<Migration>& migrations = Schema::migrations());
    // Creates a new, empty file of the latest schema; refuses if the path exists.
    bool create(const QString& path, const QVector<Migration>& migrations = Schema::migrations());
    // Connects to a network's server instead of a file; refuses one whose schema is not this app's (see ServerSetup).
    // The stores then work there as on a file, under the rights of the user connected.
    bool connectToServer(const ServerAddress& address);
    bool isServer() const { return m_server != nullptr; }
    // The server's connection (nullptr for a file).
    const ServerConnection* server() const { return m_server.get(); }
    void close();

    bool isOpen() const;
    // On a server: whether the connection still answers, connecting again if it does not (the server restarted, the
    // network came back), and saying so with reconnected(). A file is always there while open.
    bool ensureConnected();
    bool isReadOnly() const { return m_readOnly; }
    // Whether this user may change the plans of the municipality: on a file, unless it is read-only (and in an offline
    // copy, as on its server); on a server, as its rules say (the owner everything, a municipality's adviser their own,
    // a coordinator no plan).
    bool mayEditMunicipality(qint64 municipalityId) const;
    QString filePath() const { return m_path; }
    QString errorString() const { return m_error; }
    // What went wrong in words an adviser can act on: a full disk, a failing one, a read-only or locked or damaged
    // file; otherwise SQLite's own message (without the driver's "Unable to fetch row").
    static QString describe(const QSqlError& error);
    // Why a server did not take a change: its rules (row-level security) do not let this user make it.
    static QString refusedByServer();
    // The SQLite library in use, for Help → About.
    static QString sqliteVersion();
    int schemaVersion() const;
    // SQLite's data_version: it changes when another connection commits to the file, never for our own commits.
    qint64 dataVersion() const;
    // The backup saved before the last migration (see Backups), or empty.
    QString migrationBackupPath() const { return m_migrationBackup; }
    // Whether open() saves a backup before it upgrades a file (on by default; off for temporary copies).
    void setKeepsUpgradeBackups(bool keep) { m_keepsUpgradeBackups = keep; }
    QSqlDatabase connection() const;

    // Write transactions start with BEGIN IMMEDIATE, so that a busy file is found out at once (and waited for up to
    // the busy timeout) rather than at the first write. Nested calls join the outermost transaction; a failure
    // anywhere rolls the whole of it back.
    bool beginWrite();
    bool commitWrite();
    void rollbackWrite();
    bool inWrite() const { return m_writeDepth > 0; }
    // Runs notify at once, or, inside a write transaction, after the outermost commit (and never if it rolls back),
    // so that item models only ever hear of changes that are on disk.
    void afterCommit(std::function<void()> notify);

    // Integrity and foreign-key problems, one translated line each; empty when the file is sound.
    QStringList problems();
    // Writes a consistent copy of the open file to path; path must not exist. The copy is made by VACUUM INTO a
    // temporary file beside path, synced to disk (VACUUM INTO does not), then renamed: path is whole or absent.
    bool saveCopy(const QString& path);

    // Who makes the edits, as the change log names them ("Kari Nordmann"); the account's login name when empty.
    void setAuthor(const QString& name) { m_author = name; }
    QString author() const { return m_author; }

    // INSERT that skips a row whose key is there already, in this database's dialect (SQLite's or PostgreSQL's).
    QString insertIgnoringDuplicates(const QString& table, const QStringList& columns) const;

    // Records a failure for errorString(); returns false for convenience.
    bool setError(const QString& message);

signals:
    // The server's connection was lost and is made anew: statements prepared on the old one are gone.
    void reconnected();

private:
    static QString missingReference();
    bool checkFileBeforeOpening(const QString& path, int latestVersion, int* fileVersion);
    bool checkSound();
    void readCopyRights();
    bool openConnection(const QString& path, bool readOnly);
    bool configureConnection();
    bool migrate(int fromVersion, const QVector<Migration>& migrations);
    bool exec(const QString& statement);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_migrationBackup;
    QString m_author;
    std::unique_ptr<ServerConnection> m_server;
    bool m_editsEverything = true; // false on a server for anyone but its owner
    QSet<qint64> m_editableMunicipalities; // on a server, for anyone but its owner
    bool m_readOnly = false;
    bool m_keepsUpgradeBackups = true;
    int m_writeDepth = 0;
    bool m_writeFailed = false;
    QVector<std::function<void()>> m_pendingNotifications;
};

// Scoped write transaction: rolls back unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& db)
        : m_db(db)
        , m_active(db.beginWrite())
    {
    }
    ~WriteTransaction()
    {
        if (m_active)
            m_db.rollbackWrite();
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        m_active = false;
        return m_db.commitWrite();
    }

private:
    Database& m_db;
    bool m_active;
};
