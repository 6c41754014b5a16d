// Opening, creating, refusing and migrating action-plan files.
#include "backups.h"
#include "database.h"
#include "datafile.h"
#include "schema.h"
#include "sqlitedialect.h"
#include "stores.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QVariant pragma(Database& db, const char* name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !query.next())
        return {};
    return query.value(0);
}

// Writes a valid action-plan file with some content and returns its path.
QString makeGoodFile(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    Database db;
    QString error;
    if (!DataFile::openOrCreate(db, path, false, &error))
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error));
    return path;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsMarkedFile();
    void reopensOwnFile();
    void refuses_data();
    void refuses();
    void refusesMissingAndFolder();
    void describesErrorsInWords_data();
    void describesErrorsInWords();
    void createRefusesExisting();
    void migratesWithBackup();
    void failedMigrationChangesNothing();
    void migratesVersion1ToGrants();
    void nestedTransactionsRollBackTogether();
    void problemsNameTableAndRow();
    void saveCopyIsOpenable();
    void rollsBackHotJournalAfterCrash();
    void opensAFileKilledWhileGrowing();
    void savesOneBackupADay();
    void keepsTheNewestBackups();
    void restoresABackupUndoably();
    void restoresAnOlderVersionBackup();
    void insertIgnoringDuplicatesKeepsTheFirst();
    void aServerAddressIsNoFileName();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::createsMarkedFile()
{
    Database db;
    const QString path = m_dir.filePath(QStringLiteral("new.handlingsplan"));
    QVERIFY2(db.create(path), qPrintable(db.errorString()));
    QCOMPARE(pragma(db, "application_id").toInt(), Schema::ApplicationId);
    QCOMPARE(pragma(db, "user_version").toInt(), Schema::latestVersion(Schema::migrations()));
    QCOMPARE(pragma(db, "foreign_keys").toInt(), 1);
    QCOMPARE(pragma(db, "journal_mode").toString(), QStringLiteral("delete"));
    QCOMPARE(pragma(db, "synchronous").toInt(), 2); // FULL
    QCOMPARE(pragma(db, "trusted_schema").toInt(), 0);
    QCOMPARE(pragma(db, "cell_size_check").toInt(), 1);
    const QStringList tables = db.connection().tables();
    for (const char* table : {"networks",
                              "municipalities",
                              "network_members",
                              "plans",
                              "focus_areas",
                              "owners",
                              "measures",
                              "progress_updates",
                              "indicators",
                              "indicator_values",
                              "change_log"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QVERIFY(db.migrationBackupPath().isEmpty()); // nothing to back up in a new file
}

void TestDatabase::reopensOwnFile()
{
    const QString path = makeGoodFile(m_dir, QStringLiteral("own.handlingsplan"));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QVERIFY(!db.isReadOnly());
    Stores stores(db);
    QCOMPARE(stores.municipalities.list().size(), 357);
}

void TestDatabase::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    const QString goodPath = makeGoodFile(m_dir, QStringLiteral("template.handlingsplan"));
    const QByteArray good = testfiles::readAll(goodPath);
    QVERIFY(good.size() > 8192);

    QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
    QTest::newRow("text") << QByteArrayLiteral("kode;tiltak\n1.1;Rydde strender\n")
                          << QStringLiteral("not an SQLite database");
    QTest::newRow("random bytes") << testfiles::randomBytes(4096, 7) << QStringLiteral("not an SQLite database");
    QTest::newRow("png") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452").append(200, '\0')
                         << QStringLiteral("not an SQLite database");

    {
        // Another application's SQLite file: a real database without our application_id.
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
            QSqlQuery(other).exec(QStringLiteral("INSERT INTO notes (text) VALUES ('hei')"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QTest::newRow("other application") << testfiles::readAll(path) << QStringLiteral("another application");
    }

    QByteArray newer = good;
    newer[60] = 0;
    newer[61] = 0;
    newer[62] = 0;
    newer[63] = 99; // user_version 99
    QTest::newRow("newer version") << newer << QStringLiteral("newer version");

    for (double share : {0.25, 0.5, 0.9}) {
        const int size = int(good.size() * share) / 4096 * 4096 + 100;
        QTest::newRow(qPrintable(QStringLiteral("truncated at %1").arg(size)))
            << good.left(size) << QStringLiteral("truncated");
    }

    // Damage the first page's b-tree (the schema table) and a later page: quick_check must find both.
    QByteArray schemaDamaged = good;
    for (int i = 100; i < 140; ++i)
        schemaDamaged[i] = char(0xff);
    QTest::newRow("damaged schema page") << schemaDamaged << QStringLiteral("damaged");
    QByteArray pageDamaged = good;
    for (int i = 4096; i < 4096 + 64; ++i)
        pageDamaged[i] = char(0xa5);
    QTest::newRow("damaged data page") << pageDamaged << QStringLiteral("damaged");
}

void TestDatabase::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path
        = m_dir.filePath(QStringLiteral("bad-%1.handlingsplan").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(testfiles::writeAll(path, bytes));
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(reason), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(db.errorString())); // names it
    QCOMPARE(testfiles::readAll(path), bytes); // not a byte written
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestDatabase::refusesMissingAndFolder()
{
    Database db;
    const QString missing = m_dir.filePath(QStringLiteral("missing.handlingsplan"));
    QVERIFY(!db.open(missing));
    QVERIFY2(db.errorString().contains(QStringLiteral("does not exist")), qPrintable(db.errorString()));
    QVERIFY(!QFile::exists(missing)); // open() never creates
    QVERIFY(!db.open(m_dir.path()));
    QVERIFY2(db.errorString().contains(QStringLiteral("folder")), qPrintable(db.errorString()));
}

void TestDatabase::describesErrorsInWords_data()
{
    QTest::addColumn<QString>("code"); // SQLite's result code, as Qt passes it on
    QTest::addColumn<QString>("expected");
    QTest::newRow("full") << QStringLiteral("13") << QStringLiteral("the disk is full");
    QTest::newRow("I/O error, write") << QStringLiteral("778") << QStringLiteral("the disk could not be written");
    QTest::newRow("read-only") << QStringLiteral("8") << QStringLiteral("the file is read-only");
    QTest::newRow("busy") << QStringLiteral("5") << QStringLiteral("another program kept the file locked");
    QTest::newRow("locked") << QStringLiteral("6") << QStringLiteral("another program kept the file locked");
    QTest::newRow("corrupt") << QStringLiteral("11") << QStringLiteral("the file is damaged (database disk image");
    QTest::newRow("unique constraint") << QStringLiteral("2067") << QStringLiteral("database disk image");
}

void TestDatabase::describesErrorsInWords()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    // SQLite's own text, and the driver's, which says nothing to an adviser.
    const QSqlError error(QStringLiteral("Unable to fetch row"),
                          QStringLiteral("database disk image is malformed"),
                          QSqlError::StatementError,
                          code);
    const QString described = Database::describe(error);
    QVERIFY2(described.contains(expected), qPrintable(described));
    QVERIFY2(!described.contains(QStringLiteral("Unable to fetch row")), qPrintable(described));
}

void TestDatabase::createRefusesExisting()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.txt"));
    QVERIFY(testfiles::writeAll(path, "keep me"));
    Database db;
    QVERIFY(!db.create(path));
    QVERIFY2(db.errorString().contains(QStringLiteral("already exists")), qPrintable(db.errorString()));
    QCOMPARE(testfiles::readAll(path), QByteArray("keep me"));
}

void TestDatabase::migratesWithBackup()
{
    const QString path = makeGoodFile(m_dir, QStringLiteral("migrate.handlingsplan"));
    const QByteArray before = testfiles::readAll(path);
    QVector<Migration> migrations = Schema::migrations();
    const int next = Schema::latestVersion(migrations) + 1;
    // A synthetic next step, as a later version of the app would add.
    migrations.append({next,
                       {QStringLiteral("ALTER TABLE plans ADD COLUMN summary TEXT NOT NULL DEFAULT ''"),
                        QStringLiteral("CREATE TABLE plan_notes (id INTEGER PRIMARY KEY, plan_id INTEGER NOT NULL "
                                       "REFERENCES plans(id))")}});
    Database db;
    QVERIFY2(db.open(path, migrations), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), next);
    QVERIFY(db.connection().tables().contains(QStringLiteral("plan_notes")));
    QVERIFY(db.connection().record(QStringLiteral("plans")).contains(QStringLiteral("summary")));
    Stores stores(db);
    QCOMPARE(stores.municipalities.list().size(), 357); // data kept

    // The backup beside the file is the file as it was, and still opens with the old schema.
    const QString backup = db.migrationBackupPath();
    QVERIFY2(QFile::exists(backup), qPrintable(backup));
    QCOMPARE(QFileInfo(backup).absolutePath(), Backups::folder(path));
    QCOMPARE(Backups::list(path).size(), 1);
    QCOMPARE(Backups::list(path).first().reason, Backups::Reason::BeforeUpgrade);
    db.close();
    Database old;
    QVERIFY2(old.open(backup), qPrintable(old.errorString()));
    QCOMPARE(old.schemaVersion(), next - 1);
    QVERIFY(before.size() > 0);
}

// The real steps 1 → 2 (grants) → 3 (reports) on a file made by a version-1 app: the data stays, the tables
// appear, a copy of the old file waits beside it.
void TestDatabase::migratesVersion1ToGrants()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.handlingsplan"));
    {
        Database old;
        QVERIFY2(old.create(path, Schema::migrations().mid(0, 1)), qPrintable(old.errorString()));
        QCOMPARE(old.schemaVersion(), 1);
        QVERIFY(!old.connection().tables().contains(QStringLiteral("grants")));
        QVERIFY(Stores(old).municipalities.addReferenceList());
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Schema::latestVersion(Schema::migrations()));
    QVERIFY(db.connection().tables().contains(QStringLiteral("grants")));
    QVERIFY(db.connection().tables().contains(QStringLiteral("reports")));
    QVERIFY(QFile::exists(db.migrationBackupPath()));
    QCOMPARE(Stores(db).municipalities.list().size(), 357);
    QVERIFY(db.problems().isEmpty());
}

void TestDatabase::failedMigrationChangesNothing()
{
    const QString path = makeGoodFile(m_dir, QStringLiteral("failing.handlingsplan"));
    const QByteArray before = testfiles::readAll(path);
    QVector<Migration> migrations = Schema::migrations();
    const int next = Schema::latestVersion(migrations) + 1;
    migrations.append({next,
                       {QStringLiteral("ALTER TABLE plans ADD COLUMN summary TEXT"),
                        QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x TEXT")}});
    Database db;
    QVERIFY(!db.open(path, migrations));
    QVERIFY2(db.errorString().contains(QStringLiteral("version %1").arg(next)), qPrintable(db.errorString()));
    QCOMPARE(testfiles::readAll(path), before);
    Database again;
    QVERIFY2(again.open(path), qPrintable(again.errorString()));
    QCOMPARE(again.schemaVersion(), next - 1);
    QVERIFY(!again.connection().record(QStringLiteral("plans")).contains(QStringLiteral("summary")));
}

void TestDatabase::nestedTransactionsRollBackTogether()
{
    const QString path = makeGoodFile(m_dir, QStringLiteral("nested.handlingsplan"));
    Database db;
    QVERIFY(db.open(path));
    Stores stores(db);
    {
        WriteTransaction outer(db);
        QVERIFY(outer.isActive());
        QVERIFY(stores.networks.add({0, QStringLiteral("Nettverk A"), QString(), false}));
        {
            WriteTransaction inner(db);
            QVERIFY(inner.isActive());
            // inner goes out of scope without commit: the whole outer transaction must fail
        }
        QVERIFY(!outer.commit());
    }
    QVERIFY(stores.networks.list().isEmpty());
    QVERIFY(!db.inWrite());
}

void TestDatabase::problemsNameTableAndRow()
{
    const QString path = makeGoodFile(m_dir, QStringLiteral("fk.handlingsplan"));
    Database db;
    QVERIFY(db.open(path));
    QVERIFY(db.problems().isEmpty());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO owners (id, municipality_id, name) VALUES (42, 9999, 'Ingen')")));
    const QStringList problems = db.problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("“owners”, row 42")), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(QStringLiteral("“municipalities”")), qPrintable(problems.first()));
}

void TestDatabase::saveCopyIsOpenable()
{
    const QString path = makeGoodFile(m_dir, QStringLiteral("original.handlingsplan"));
    Database db;
    QVERIFY(db.open(path));
    const QString copy = m_dir.filePath(QStringLiteral("copy.handlingsplan"));
    QVERIFY2(db.saveCopy(copy), qPrintable(db.errorString()));
    QVERIFY(!db.saveCopy(copy)); // never overwrites
    Database other;
    QVERIFY2(other.open(copy), qPrintable(other.errorString()));
    QCOMPARE(Stores(other).municipalities.list().size(), 357);
}

// A writer killed in the middle of a transaction leaves a hot journal; opening must roll it back (SQLite's recovery)
// rather than call the file damaged. The writer is the sqlite3 shell, killed with SIGKILL while its transaction is
// open and its cache has spilled changed pages into the file.
void TestDatabase::rollsBackHotJournalAfterCrash()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    const QString path = makeGoodFile(m_dir, QStringLiteral("crash.handlingsplan"));
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"), {path});
    QVERIFY(writer.waitForStarted());
    // The shell's output to a pipe is buffered, so watch the journal grow instead of waiting for an answer.
    writer.write("PRAGMA cache_size = 2;\nBEGIN;\nUPDATE municipalities SET name = name || ' (endret)';\n");
    const QString journal = path + QStringLiteral("-journal");
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(journal).size() > 8192, 10000);
    QTest::qWait(300); // let the UPDATE finish spilling pages into the file
    writer.kill();
    QVERIFY(writer.waitForFinished());
    QVERIFY2(QFileInfo(journal).size() > 0, "the killed writer left no hot journal");
    QVERIFY2(testfiles::readAll(path).contains("(endret)"), "the changed pages did not reach the file");

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QVERIFY(db.problems().isEmpty());
    Stores stores(db);
    QCOMPARE(stores.municipalities.byNumber(QStringLiteral("0301"))->name, QStringLiteral("Oslo")); // rolled back
    QVERIFY(!testfiles::readAll(path).contains("(endret)"));
    QVERIFY(!QFileInfo(journal).exists() || QFileInfo(journal).size() == 0);
}

namespace {

void putBigEndian32(QByteArray& bytes, int offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[offset + i] = char(value >> (24 - 8 * i));
}

// A rollback journal (SQLite's file format, section 4) holding the original of page 1 and the file's original size in
// pages: what a writer killed in the middle of a transaction leaves beside the file.
QByteArray hotJournal(const QByteArray& originalFirstPage, quint32 originalPages)
{
    constexpr int SectorSize = 512;
    const int pageSize = int(originalFirstPage.size());
    const quint32 nonce = 0x5eed1234;
    QByteArray journal(SectorSize, '\0');
    journal.replace(0, 8, QByteArray::fromHex("d9d505f920a163d7"));
    putBigEndian32(journal, 8, 1); // one page record
    putBigEndian32(journal, 12, nonce);
    putBigEndian32(journal, 16, originalPages);
    putBigEndian32(journal, 20, SectorSize);
    putBigEndian32(journal, 24, quint32(pageSize));
    QByteArray record(4, '\0');
    putBigEndian32(record, 0, 1); // page number
    record += originalFirstPage;
    quint32 checksum = nonce; // the nonce plus every 200th byte, counting down from the page's end
    for (int i = pageSize - 200; i > 0; i -= 200)
        checksum += quint8(originalFirstPage.at(i));
    record += QByteArray(4, '\0');
    putBigEndian32(record, 4 + pageSize, checksum);
    return journal + record;
}

} // namespace

// A writer killed while the file grew leaves the new header — with the larger page count — in a file that is still
// short, and the old header in the journal. The file must open (SQLite rolls the journal back), not be refused as
// truncated; the crash test found this once at random, this makes it happen every time.
void TestDatabase::opensAFileKilledWhileGrowing()
{
    const QString path = makeGoodFile(m_dir, QStringLiteral("growing.handlingsplan"));
    const QByteArray original = testfiles::readAll(path);
    const int pageSize = 4096;
    const quint32 pages = quint32(original.size() / pageSize);
    QByteArray grown = original;
    putBigEndian32(grown, 28, pages + 10); // the header says ten pages more than the file holds
    QVERIFY(testfiles::writeAll(path, grown));
    const QString journal = path + QStringLiteral("-journal");
    QVERIFY(testfiles::writeAll(journal, hotJournal(original.left(pageSize), pages)));

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.problems(), QStringList());
    db.close();
    QCOMPARE(testfiles::readAll(path), original); // rolled back to what it was before the killed transaction
    QVERIFY(!QFileInfo(journal).exists() || QFileInfo(journal).size() == 0);

    // The same file without its journal has really lost its end.
    QVERIFY(testfiles::writeAll(path, grown));
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorString().contains(QStringLiteral("truncated")), qPrintable(db.errorString()));
}

namespace {

QStringList fileNames(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

void TestDatabase::savesOneBackupADay()
{
    const QString path = makeGoodFile(m_dir, QStringLiteral("daily.handlingsplan"));
    QVERIFY(Backups::list(path).isEmpty()); // a new file has nothing to back up yet
    for (int i = 0; i < 3; ++i) {
        Database db;
        QString error, warning;
        QVERIFY2(DataFile::openOrCreate(db, path, false, &error, &warning), qPrintable(error));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
    }
    const QVector<Backups::Backup> backups = Backups::list(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, Backups::Reason::Daily);
    QCOMPARE(backups.first().made.date(), QDate::currentDate());
    QCOMPARE(fileNames(Backups::folder(path)).size(), 1); // no temporary file left behind
    Database copy;
    QVERIFY2(copy.open(backups.first().path), qPrintable(copy.errorString()));
    QCOMPARE(Stores(copy).municipalities.list().size(), 357);

    // Tomorrow, another.
    Database db;
    QVERIFY(db.open(path));
    QString error;
    QVERIFY(Backups::saveDailyIfDue(db, QDate::currentDate(), &error));
    QCOMPARE(Backups::list(path).size(), 1);
    QVERIFY(Backups::saveDailyIfDue(db, QDate::currentDate().addDays(1), &error));
    QCOMPARE(Backups::list(path).size(), 2);
}

void TestDatabase::keepsTheNewestBackups()
{
    const QString path = makeGoodFile(m_dir, QStringLiteral("kept.handlingsplan"));
    Database db;
    QVERIFY(db.open(path));
    QStringList saved;
    QString error;
    for (int i = 0; i < Backups::Kept + 3; ++i) {
        const std::optional<QString> backup = Backups::save(db, Backups::Reason::Daily, &error);
        QVERIFY2(backup, qPrintable(error));
        saved << *backup;
    }
    const QVector<Backups::Backup> backups = Backups::list(path);
    QCOMPARE(backups.size(), Backups::Kept);
    QCOMPARE(backups.first().path, saved.last()); // newest first, the three oldest gone
    for (int i = 0; i < 3; ++i)
        QVERIFY(!QFile::exists(saved.at(i)));
    for (int i = 3; i < saved.size(); ++i)
        QVERIFY(QFile::exists(saved.at(i)));
}

// Restoring puts the backup's plans back — for another connection on the file too — and saves the state it replaced,
// so restoring that one takes the restore back.
void TestDatabase::restoresABackupUndoably()
{
    const QString path = makeGoodFile(m_dir, QStringLiteral("restore.handlingsplan"));
    Database db;
    QVERIFY(db.open(path));
    Stores stores(db);
    QString error;
    const std::optional<QString> backup = Backups::save(db, Backups::Reason::Daily, &error);
    QVERIFY2(backup, qPrintable(error));
    const QByteArray backupBytes = testfiles::readAll(*backup);
    Plan plan;
    plan.municipalityId = stores.municipalities.byNumber(QStringLiteral("0301"))->id;
    plan.title = QStringLiteral("Made after the backup");
    QVERIFY(stores.plans.add(plan));

    Database other; // another window on the same file
    QVERIFY(other.open(path));
    QCOMPARE(Stores(other).plans.list().size(), 1);

    QVERIFY2(Backups::restore(db, *backup, &error), qPrintable(error));
    QCOMPARE(stores.plans.list().size(), 0);
    QCOMPARE(Stores(other).plans.list().size(), 0);
    QVERIFY(db.problems().isEmpty());
    QCOMPARE(testfiles::readAll(*backup), backupBytes); // the backup itself unchanged

    const QVector<Backups::Backup> backups = Backups::list(path);
    QCOMPARE(backups.size(), 2);
    QCOMPARE(backups.first().reason, Backups::Reason::BeforeRestore);
    QVERIFY2(Backups::restore(db, backups.first().path, &error), qPrintable(error));
    QCOMPARE(stores.plans.list().size(), 1);
    QCOMPARE(stores.plans.list().first().title, QStringLiteral("Made after the backup"));
    QCOMPARE(fileNames(Backups::folder(path)).size(), 3); // and no temporary copy left
}

void TestDatabase::restoresAnOlderVersionBackup()
{
    // A backup from before an upgrade holds the old file version; it is upgraded on the way in.
    const QString oldPath = m_dir.filePath(QStringLiteral("restore-v1.handlingsplan"));
    {
        Database old;
        QVERIFY2(old.create(oldPath, Schema::migrations().mid(0, 1)), qPrintable(old.errorString()));
        QVERIFY(Stores(old).municipalities.addReferenceList());
    }
    Database db;
    QVERIFY2(db.open(oldPath), qPrintable(db.errorString()));
    const QString backup = db.migrationBackupPath();
    QVERIFY(QFile::exists(backup));
    const QByteArray backupBytes = testfiles::readAll(backup);
    QVERIFY(Stores(db).municipalities.remove(Stores(db).municipalities.byNumber(QStringLiteral("0301"))->id));
    QString error;
    QVERIFY2(Backups::restore(db, backup, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Schema::latestVersion(Schema::migrations()));
    QVERIFY(Stores(db).municipalities.byNumber(QStringLiteral("0301")));
    QVERIFY(db.connection().tables().contains(QStringLiteral("grants")));
    QVERIFY(db.problems().isEmpty());
    QCOMPARE(testfiles::readAll(backup), backupBytes);
}

// The one dialect-specific insert the stores use (reference data, network members): a row whose key is there already
// is skipped without an error, and the row there stays as it was.
void TestDatabase::insertIgnoringDuplicatesKeepsTheFirst()
{
    Database db;
    QVERIFY2(db.create(m_dir.filePath(QStringLiteral("dialect.handlingsplan"))), qPrintable(db.errorString()));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TABLE pairs (k INTEGER PRIMARY KEY, v TEXT)")));
    const QString insert
        = SqliteDialect::insertIgnoringDuplicates(QStringLiteral("pairs"), {QStringLiteral("k"), QStringLiteral("v")});
    QCOMPARE(insert, QStringLiteral("INSERT OR IGNORE INTO pairs (k, v) VALUES (?, ?)"));
    QVERIFY(query.prepare(insert));
    for (const char* value : {"first", "second"}) {
        query.addBindValue(1);
        query.addBindValue(QString::fromLatin1(value));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), max(v) FROM pairs")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), QStringLiteral("first"));
}

// The window opens files through DataFile: a server's address given there (the command line's first argument, a
// recent file) is connected to, never made into a file called "postgresql:…"; a server that is not there is named.
void TestDatabase::aServerAddressIsNoFileName()
{
    const QString address = QStringLiteral("postgresql://kari@server.invalid/plans");
    QDir::setCurrent(m_dir.path());
    Database db;
    QString error;
    QVERIFY(!DataFile::openOrCreate(db, address, false, &error));
    QVERIFY2(error.contains(
                 QStringLiteral("Cannot connect to postgresql://kari@server.invalid/plans: there is no server called "
                                "“server.invalid”")),
             qPrintable(error));
    QVERIFY(!db.isOpen());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("postgresql:"))));
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("postgresql*")}, QDir::AllEntries).isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
