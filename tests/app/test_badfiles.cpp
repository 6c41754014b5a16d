// Bad files (issue 11.2): a corpus of files that are not sound action-plan files — empty, random, text, images,
// other applications' databases, newer versions, truncated, damaged pages, folders, pipes, files that cannot be
// read — each opened through the window's open path and through the command line. Each is refused with a message
// that names the file and the problem; a file that may only be read is opened read-only, with editing off and a
// notice. Nothing in a case's folder changes: not a byte, no journal, no backup.
//
// Root reads every file whatever its mode, so run as root (as in CI) the test first becomes the user "nobody", with
// a home and a copy of the app of its own.
#include "mainwindow.h"
#include "measurespane.h"
#include "measuretablemodel.h"
#include "planfiles.h"
#include "schema.h"
#include "testfiles.h"
#include "welcomeflow.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The actionplans binary the command-line cases run.
QString g_binary = QStringLiteral(ACTIONPLANS_BINARY);

void fail(const char* what)
{
    qFatal("test_badfiles: cannot run as an ordinary user: %s (%s)", what, strerror(errno));
}

// As root: makes a folder for the user "nobody" with a home and a copy of the binary (the build tree need not be
// readable to others), points HOME and the XDG folders there and gives up root for good. Before QApplication, so
// that Qt's standard paths are the new ones.
void becomeOrdinaryUser()
{
    if (geteuid() != 0)
        return;
    const passwd* nobody = getpwnam("nobody");
    const uid_t uid = nobody ? nobody->pw_uid : 65534;
    const gid_t gid = nobody ? nobody->pw_gid : 65534;
    QByteArray folder = QByteArrayLiteral("/tmp/actionplans-badfiles-XXXXXX");
    if (!mkdtemp(folder.data()))
        fail("mkdtemp");
    const QString base = QString::fromLocal8Bit(folder);
    g_binary = base + QStringLiteral("/actionplans");
    if (!QFile::copy(QStringLiteral(ACTIONPLANS_BINARY), g_binary))
        fail("copy the binary");
    for (const char* sub : {"/home", "/home/config", "/home/data", "/home/cache", "/home/runtime"}) {
        const QByteArray path = folder + sub;
        if (mkdir(path.constData(), 0700) != 0 || chown(path.constData(), uid, gid) != 0)
            fail("make the home folder");
    }
    if (chown(folder.constData(), uid, gid) != 0 || chown(QFile::encodeName(g_binary).constData(), uid, gid) != 0
        || chmod(QFile::encodeName(g_binary).constData(), 0755) != 0)
        fail("chown");
    qputenv("HOME", folder + "/home");
    qputenv("XDG_CONFIG_HOME", folder + "/home/config");
    qputenv("XDG_DATA_HOME", folder + "/home/data");
    qputenv("XDG_CACHE_HOME", folder + "/home/cache");
    qputenv("XDG_RUNTIME_DIR", folder + "/home/runtime");
    if (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0)
        fail("setuid");
    if (setuid(0) == 0)
        fail("root could be regained");
    // A process that changed its user is no longer dumpable, and so cannot be traced — not even by LeakSanitizer,
    // which stops it that way to look for leaks at exit (the sanitized run, .ci/sanitized).
    prctl(PR_SET_DUMPABLE, 1);
}

// Everything in a folder, recursively: each entry's name, type, mode and (for a regular file) bytes. Unreadable
// files and folders are opened up for the moment of reading and closed again.
QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> entries;
    const QByteArray root = QFile::encodeName(folder);
    struct stat rootStatus;
    if (lstat(root.constData(), &rootStatus) != 0)
        return entries;
    chmod(root.constData(), 0700);
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray local = QFile::encodeName(path);
        struct stat status;
        lstat(local.constData(), &status);
        QByteArray description = QByteArray::number(status.st_mode, 8);
        if (S_ISREG(status.st_mode)) {
            chmod(local.constData(), 0600);
            description += ':' + testfiles::readAll(path);
            chmod(local.constData(), status.st_mode & 07777);
        } else if (S_ISDIR(status.st_mode)) {
            const QMap<QString, QByteArray> inner = snapshot(path);
            for (auto entry = inner.cbegin(); entry != inner.cend(); ++entry)
                entries.insert(it.fileName() + QLatin1Char('/') + entry.key(), entry.value());
        }
        entries.insert(it.fileName(), description);
    }
    chmod(root.constData(), rootStatus.st_mode & 07777);
    return entries;
}

QByteArray withUint32(QByteArray bytes, int offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[offset + i] = char(value >> (24 - 8 * i));
    return bytes;
}

QByteArray pngBytes()
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

// An SQLite database made through Qt's driver by SQL of its own; returns its bytes.
QByteArray foreignDatabase(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot make %s", qPrintable(path));
        for (const QString& statement : statements)
            QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray bytes = testfiles::readAll(path);
    QFile::remove(path);
    return bytes;
}

struct BadFile
{
    QString tag;
    QString path;
    QString reason; // what the refusal must say
};

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusedByTheWindow_data() { corpus(); }
    void refusedByTheWindow();
    void refusedByTheCommandLine_data() { corpus(); }
    void refusedByTheCommandLine();
    void readOnly_data();
    void readOnly();

private:
    // Writes the case into a folder of its own, so that its snapshot covers everything opening it could leave.
    QString caseFile(const QString& tag, const QString& name = QStringLiteral("plan.handlingsplan"));
    void add(const QString& tag, const QByteArray& bytes, const QString& reason);
    void corpus();

    QTemporaryDir m_dir;
    QByteArray m_good;
    QVector<BadFile> m_files;
    QString m_readOnlyFile;
    QString m_readOnlyFolderFile;
    std::unique_ptr<MainWindow> m_window;
    QString m_windowFile;
};

QString TestBadFiles::caseFile(const QString& tag, const QString& name)
{
    const QString folder = m_dir.filePath(QStringLiteral("%1").arg(m_files.size() + 1, 2, 10, QLatin1Char('0')));
    QDir().mkpath(folder);
    m_files.append({tag, QDir(folder).filePath(name), QString()});
    return m_files.last().path;
}

void TestBadFiles::add(const QString& tag, const QByteArray& bytes, const QString& reason)
{
    const QString path = caseFile(tag);
    m_files.last().reason = reason;
    QVERIFY(testfiles::writeAll(path, bytes));
}

void TestBadFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A sound file with 40 measures, so that damage can land on many pages.
    const QString goodPath = m_dir.filePath(QStringLiteral("good.handlingsplan"));
    planfiles::addMeasures(goodPath, planfiles::makeFileWithOnePlan(goodPath), 40);
    m_good = testfiles::readAll(goodPath);
    QVERIFY(m_good.size() > 16 * 4096);
    const QString notSqlite = QStringLiteral("not an SQLite database");
    const QString otherApplication = QStringLiteral("another application");

    add(QStringLiteral("empty"), QByteArray(), QStringLiteral("the file is empty"));
    add(QStringLiteral("one newline"), QByteArrayLiteral("\n"), notSqlite);
    for (int size : {1, 16, 99, 100, 4096, 65536})
        add(QStringLiteral("random %1 bytes").arg(size), testfiles::randomBytes(size, quint32(size)), notSqlite);
    add(QStringLiteral("csv"), QByteArrayLiteral("kode;tiltak;ansvarlig\n1.1;Rydde strender;Park\n"), notSqlite);
    add(QStringLiteral("utf-16 text"),
        QByteArrayLiteral("\xff\xfe") + QByteArray::fromRawData(reinterpret_cast<const char*>(u"Tiltak"), 12),
        notSqlite);
    add(QStringLiteral("html"), QByteArrayLiteral("<html><body><b>Handlingsplan</b></body></html>"), notSqlite);
    add(QStringLiteral("plan file json"),
        QByteArrayLiteral("{\"format\":\"actionplans-plan\",\"version\":1,\"plan\":{}}"),
        notSqlite);
    add(QStringLiteral("png"), pngBytes(), notSqlite);
    add(QStringLiteral("pdf"), QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"), notSqlite);
    add(QStringLiteral("zip"), QByteArrayLiteral("PK\x03\x04\x14\0\0\0\x08\0") + QByteArray(200, '\0'), notSqlite);
    add(QStringLiteral("gzip"), QByteArrayLiteral("\x1f\x8b\x08\0\0\0\0\0\0\x03") + QByteArray(50, 'a'), notSqlite);
    add(QStringLiteral("sqlite magic only"), QByteArrayLiteral("SQLite format 3\0"), notSqlite);
    add(QStringLiteral("sqlite header of zeros"),
        QByteArrayLiteral("SQLite format 3\0") + QByteArray(84, '\0'),
        otherApplication);
    add(QStringLiteral("another application"),
        foreignDatabase(m_dir.filePath(QStringLiteral("f1")),
                        {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                         QStringLiteral("INSERT INTO notes (text) VALUES ('hei')")}),
        otherApplication);
    add(QStringLiteral("another application with our table names"),
        foreignDatabase(m_dir.filePath(QStringLiteral("f2")),
                        {QStringLiteral("CREATE TABLE plans (id INTEGER PRIMARY KEY, title TEXT)"),
                         QStringLiteral("CREATE TABLE measures (id INTEGER PRIMARY KEY, plan_id INTEGER)"),
                         QStringLiteral("PRAGMA user_version = 3")}),
        otherApplication);
    add(QStringLiteral("another application, wal mode"),
        foreignDatabase(m_dir.filePath(QStringLiteral("f3")),
                        {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("CREATE TABLE t (x)")}),
        otherApplication);
    add(QStringLiteral("application id off by one"),
        withUint32(m_good, 68, quint32(Schema::ApplicationId) + 1),
        otherApplication);
    add(QStringLiteral("our id, no tables, version 0"),
        foreignDatabase(m_dir.filePath(QStringLiteral("f4")),
                        {QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId)}),
        QStringLiteral("not a complete action-plan file"));
    add(QStringLiteral("version -1"), withUint32(m_good, 60, 0xffffffff), QStringLiteral("not a complete"));
    add(QStringLiteral("version 99"), withUint32(m_good, 60, 99), QStringLiteral("newer version"));
    add(QStringLiteral("version 2^31-1"), withUint32(m_good, 60, 0x7fffffff), QStringLiteral("newer version"));

    const int pageSize = 4096;
    const int goodSize = int(m_good.size());
    QCOMPARE(int(quint8(m_good[16])) << 8 | quint8(m_good[17]), pageSize);
    for (int size :
         {100, 101, 1000, pageSize, pageSize + 1, 3 * pageSize, goodSize / 2, goodSize - pageSize, goodSize - 1})
        add(QStringLiteral("truncated at %1").arg(size), m_good.left(size), QStringLiteral("truncated"));

    // Damage to the b-tree pages (found by their type byte: 2, 5, 10, 13): the page header overwritten, or the whole
    // page zeroed. SQLite's quick_check must find each. Page 1's b-tree starts after the 100-byte file header.
    QVector<int> btreePages;
    for (int page = 2; page <= goodSize / pageSize; ++page) {
        const char type = m_good[(page - 1) * pageSize];
        if (type == 2 || type == 5 || type == 10 || type == 13)
            btreePages << page;
    }
    QVERIFY(btreePages.size() >= 8);
    QByteArray schemaDamaged = m_good;
    for (int i = 100; i < 112; ++i)
        schemaDamaged[i] = char(0xff);
    add(QStringLiteral("schema page header overwritten"), schemaDamaged, QStringLiteral("damaged"));
    for (int i = 0; i < 5; ++i) {
        const int page = btreePages.at(i * (btreePages.size() - 1) / 4);
        const int start = (page - 1) * pageSize;
        QByteArray flipped = m_good;
        for (int b = start; b < start + 12; ++b)
            flipped[b] = char(~flipped[b]);
        add(QStringLiteral("page %1 header flipped").arg(page), flipped, QStringLiteral("damaged"));
        QByteArray zeroed = m_good;
        zeroed.replace(start, pageSize, QByteArray(pageSize, '\0'));
        add(QStringLiteral("page %1 zeroed").arg(page), zeroed, QStringLiteral("damaged"));
    }
    QByteArray badPageSize = m_good;
    badPageSize[16] = 0;
    badPageSize[17] = 3;
    add(QStringLiteral("page size 3 in header"), badPageSize, QStringLiteral("damaged"));

    // Not files at all, or files that cannot be read.
    const QString folderPath = caseFile(QStringLiteral("a folder"));
    QVERIFY(QDir().mkpath(folderPath));
    QVERIFY(testfiles::writeAll(folderPath + QStringLiteral("/inside.txt"), "keep"));
    m_files.last().reason = QStringLiteral("it is a folder");
    const QString fifo = caseFile(QStringLiteral("a named pipe"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    m_files.last().reason = QStringLiteral("not an ordinary file");
    const QString device = caseFile(QStringLiteral("a link to /dev/zero"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), device));
    m_files.last().reason = QStringLiteral("not an ordinary file");
    add(QStringLiteral("no read permission"), m_good, QStringLiteral("cannot be read"));
    QVERIFY(QFile::setPermissions(m_files.last().path, QFileDevice::WriteOwner));
    add(QStringLiteral("no permission at all"), m_good, QStringLiteral("cannot be read"));
    QVERIFY(QFile::setPermissions(m_files.last().path, {}));
    add(QStringLiteral("folder cannot be entered"), m_good, QStringLiteral("its folder cannot be read"));
    QCOMPARE(chmod(QFile::encodeName(QFileInfo(m_files.last().path).absolutePath()).constData(), 0600), 0);

    // Read-only: a file without write permission, and a writable file in a folder without.
    m_readOnlyFile = m_dir.filePath(QStringLiteral("ro-file/plan.handlingsplan"));
    QVERIFY(QDir().mkpath(QFileInfo(m_readOnlyFile).absolutePath()));
    QVERIFY(testfiles::writeAll(m_readOnlyFile, m_good));
    QVERIFY(QFile::setPermissions(m_readOnlyFile, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    m_readOnlyFolderFile = m_dir.filePath(QStringLiteral("ro-folder/plan.handlingsplan"));
    QVERIFY(QDir().mkpath(QFileInfo(m_readOnlyFolderFile).absolutePath()));
    QVERIFY(testfiles::writeAll(m_readOnlyFolderFile, m_good));
    QCOMPARE(chmod(QFile::encodeName(QFileInfo(m_readOnlyFolderFile).absolutePath()).constData(), 0500), 0);

    // The window has a sound file open when each bad one is tried: that one must stay.
    m_windowFile = m_dir.filePath(QStringLiteral("window/open.handlingsplan"));
    QVERIFY(QDir().mkpath(QFileInfo(m_windowFile).absolutePath()));
    QVERIFY(testfiles::writeAll(m_windowFile, m_good));
    m_window = std::make_unique<MainWindow>();
    QVERIFY2(m_window->openFile(m_windowFile, true), qPrintable(m_window->lastError()));
    qInfo("%d bad files, each tried through the window and the command line", int(m_files.size()));
    QVERIFY(m_files.size() >= 50);
}

void TestBadFiles::cleanupTestCase()
{
    m_window.reset();
    // Open every folder up again, so that the temporary folder can be removed.
    QDirIterator it(m_dir.path(), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext())
        chmod(QFile::encodeName(it.next()).constData(), 0700);
}

void TestBadFiles::corpus()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    for (const BadFile& file : std::as_const(m_files))
        QTest::newRow(qPrintable(file.tag)) << file.path << file.reason;
}

void TestBadFiles::refusedByTheWindow()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const QString folder = QFileInfo(path).absolutePath();
    const QMap<QString, QByteArray> before = snapshot(folder);
    QVERIFY(!before.isEmpty() || reason.contains(QStringLiteral("its folder")));

    QVERIFY(!m_window->openFile(path, true));
    const QString error = m_window->lastError();
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())), qPrintable(error));
    QCOMPARE(m_window->filePath(), QFileInfo(m_windowFile).absoluteFilePath()); // the open file stays
    QCOMPARE(snapshot(folder), before);
}

void TestBadFiles::refusedByTheCommandLine()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const QString folder = QFileInfo(path).absolutePath();
    const QMap<QString, QByteArray> before = snapshot(folder);

    QProcess cli;
    cli.start(g_binary, {QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY2(cli.waitForFinished(20000), qPrintable(cli.errorString()));
    const QString error = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error));
    QCOMPARE(snapshot(folder), before);
}

void TestBadFiles::readOnly_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("file without write permission") << m_readOnlyFile;
    QTest::newRow("folder without write permission") << m_readOnlyFolderFile;
}

void TestBadFiles::readOnly()
{
    QFETCH(QString, path);
    const QString folder = QFileInfo(path).absolutePath();
    const QMap<QString, QByteArray> before = snapshot(folder);
    {
        MainWindow window;
        window.show();
        QVERIFY2(window.openFile(path, true), qPrintable(window.lastError()));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("(read-only)")), qPrintable(window.windowTitle()));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("fileLabel"))->text().contains(QStringLiteral("read-only")));
        QLabel* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QDir::toNativeSeparators(path)), qPrintable(banner->text()));
        QTableView* table = window.measuresPane()->view();
        QTRY_COMPARE(table->model()->rowCount(), 40);
        table->setCurrentIndex(table->model()->index(0, MeasureTableModel::TitleColumn));
        QVERIFY(!(table->model()->flags(table->currentIndex()) & Qt::ItemIsEditable));
        // Nor can a plan be renamed in the navigator.
        const QAbstractItemModel* navigator = window.findChild<QTreeView*>(QStringLiteral("navigatorTree"))->model();
        int nodes = 0;
        std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
            for (int row = 0; row < navigator->rowCount(parent); ++row) {
                const QModelIndex index = navigator->index(row, 0, parent);
                ++nodes;
                QVERIFY2(!(navigator->flags(index) & Qt::ItemIsEditable), qPrintable(index.data().toString()));
                visit(index);
            }
        };
        visit(QModelIndex());
        QVERIFY(nodes > 357); // the municipalities and the plan
        for (const char* name : {"addMeasureAction",
                                 "deleteMeasuresAction",
                                 "recordProgressAction",
                                 "newPlanAction",
                                 "deletePlanAction",
                                 "importAction",
                                 "restoreBackupAction"}) {
            QAction* action = window.findChild<QAction*>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->isEnabled(), name);
        }
        QVERIFY(window.findChild<QAction*>(QStringLiteral("exportReportAction"))->isEnabled()); // reading is fine
        QVERIFY(window.findChild<QPlainTextEdit*>(QStringLiteral("measureDescription"))->isReadOnly());
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("recordProgressButton"))->isEnabled());
        // The welcome offers only the sample plans.
        window.welcome()->show();
        auto* welcome = window.findChild<QDialog*>(QStringLiteral("welcomeDialog"));
        QVERIFY(welcome);
        auto* municipality = welcome->findChild<QComboBox*>(QStringLiteral("welcomeMunicipality"));
        municipality->setCurrentIndex(1);
        for (const char* name : {"welcomeTemplate", "welcomeImport"})
            QVERIFY2(!welcome->findChild<QWidget*>(QLatin1String(name))->isEnabled(), name);
        welcome->reject();
        // Typing into the table changes nothing either.
        QTest::keyClicks(table, QStringLiteral("Nytt navn"));
        QTest::keyClick(table, Qt::Key_Return);
    }
    QCOMPARE(snapshot(folder), before);

    QProcess check;
    check.start(g_binary, {QStringLiteral("--db"), path, QStringLiteral("check")});
    QVERIFY(check.waitForFinished(20000));
    QCOMPARE(check.exitCode(), 0);
    QVERIFY2(check.readAllStandardOutput().contains("no problems found"), check.readAllStandardError().constData());

    // A command that writes is refused with a reason, and writes nothing.
    QProcess sample;
    sample.start(g_binary, {QStringLiteral("--db"), path, QStringLiteral("sample")});
    QVERIFY(sample.waitForFinished(20000));
    QCOMPARE(sample.exitCode(), 1);
    const QByteArray error = sample.readAllStandardError();
    QVERIFY2(error.contains("read-only"), error.constData());
    QCOMPARE(snapshot(folder), before);
}

int main(int argc, char* argv[])
{
    becomeOrdinaryUser();
    QApplication app(argc, argv);
    TestBadFiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_badfiles.moc"
