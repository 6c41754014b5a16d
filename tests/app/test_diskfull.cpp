// Disk full and I/O errors (issue 11.5): with the file-size limit lowered — setrlimit(RLIMIT_FSIZE) in a child
// process, or for a moment in this one — an edit, an import, a backup and an export each fail with a clear message;
// the file is unchanged and sound, no partial file is left, and nothing crashes. The children keep SIGXFSZ's default
// (which kills), so a process that survives shows the app itself ignores it.
#include "database.h"
#include "editlog.h"
#include "entitycommands.h"
#include "mainwindow.h"
#include "measurespane.h"
#include "planfiles.h"
#include "stores.h"
#include "testfiles.h"

#include <QApplication>
#include <QDirIterator>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>

namespace {

// What the app says when a write fails with EFBIG (SQLite's "disk I/O error"; a full disk, ENOSPC, says "the disk is
// full").
constexpr char DiskError[] = "the disk could not be written or read";

// A child whose files may not grow past limit bytes.
class LimitedProcess : public QProcess
{
public:
    explicit LimitedProcess(qint64 limit)
    {
        setChildProcessModifier([limit] {
            std::signal(SIGXFSZ, SIG_DFL); // this test ignores it; the child must do so by itself
            const rlimit rl {rlim_t(limit), rlim_t(limit)};
            setrlimit(RLIMIT_FSIZE, &rl);
        });
    }

    // Runs program with arguments to its end; false if it did not end by itself within two minutes.
    bool run(const QString& program, const QStringList& arguments)
    {
        start(program, arguments);
        return waitForFinished(120000);
    }
};

// Every file under folder with its bytes: what must be the same before and after a failed operation.
QMap<QString, QByteArray> filesIn(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), testfiles::readAll(path));
    }
    return files;
}

QStringList problemsOf(const QString& path)
{
    Database db;
    if (!db.open(path))
        return {db.errorString()};
    return db.problems();
}

QString csvOfMeasures(int rows)
{
    QString csv = QStringLiteral("code;title;description\n");
    for (int i = 1; i <= rows; ++i)
        csv += QStringLiteral("9.%1;Importert tiltak %1;%2\n").arg(i).arg(QString(300, QLatin1Char('d')));
    return csv;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void editsFailWhole();
    void importFailsWhole();
    void backupFailsAndTheFileStillOpens();
    void exportsLeaveNoPartialFile_data();
    void exportsLeaveNoPartialFile();
    void windowEditFailsWithAMessage();

private:
    // Runs the CLI with the limit; checks it ended by itself and returns its exit code and stderr.
    int runCli(qint64 limit, const QStringList& arguments, QByteArray* errors);

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_path;
    qint64 m_planId = 0;
};

void TestDiskFull::init()
{
    m_folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
                              + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(m_folder));
    m_path = QDir(m_folder).filePath(QStringLiteral("plan.handlingsplan"));
    m_planId = planfiles::makeFileWithOnePlan(m_path);
}

int TestDiskFull::runCli(qint64 limit, const QStringList& arguments, QByteArray* errors)
{
    LimitedProcess cli(limit);
    const bool ended
        = cli.run(QStringLiteral(ACTIONPLANS_BINARY), QStringList {QStringLiteral("--db"), m_path} + arguments);
    *errors = cli.readAllStandardError();
    if (!ended || cli.exitStatus() != QProcess::NormalExit) {
        qWarning("actionplans %s did not end by itself: %s", qPrintable(arguments.join(u' ')), errors->constData());
        return -1;
    }
    return cli.exitCode();
}

void TestDiskFull::editsFailWhole()
{
    // The file may not grow at all: edits that fit in its free pages succeed, the others fail whole.
    const qint64 size = QFileInfo(m_path).size();
    LimitedProcess child(size);
    QVERIFY(child.run(QStringLiteral(ACTIONPLANS_EDIT_LOOP), {m_path, QStringLiteral("11"), QStringLiteral("60")}));
    const QByteArray errors = child.readAllStandardError();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 3); // some edits failed, and it said so

    editlog::Acknowledged log;
    log.read(child.readAllStandardOutput());
    if (!log.pending().isEmpty()) // the last edit failed
        log.refused.append(log.pending());
    QVERIFY2(!log.refused.isEmpty(), errors.constData());
    QVERIFY2(errors.contains(DiskError), errors.constData());
    QCOMPARE(QFileInfo(m_path).size(), size);
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-journal")));
    const QStringList problems = problemsOf(m_path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    Database db;
    QVERIFY(db.open(m_path));
    QSet<QString> codes;
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT code FROM measures")));
    while (query.next())
        codes.insert(query.value(0).toString());
    for (const QString& code : std::as_const(log.present))
        QVERIFY2(codes.contains(code), qPrintable(code));
    for (const QStringList& edit : std::as_const(log.refused)) {
        if (edit.first() == QLatin1String("add"))
            QVERIFY2(!codes.contains(edit.at(1)), qPrintable(edit.join(u' ')));
        if (edit.first() == QLatin1String("bulk")) {
            for (const QString& code : std::as_const(codes))
                QVERIFY2(!code.startsWith(edit.at(1) + QLatin1Char('-')), qPrintable(code));
        }
    }
    qInfo("Edits with the file unable to grow: %d acknowledged and kept, %d refused and absent",
          log.edits,
          int(log.refused.size()));
}

void TestDiskFull::importFailsWhole()
{
    QByteArray errors;
    QCOMPARE(runCli(-1, {QStringLiteral("check")}, &errors), 0); // today's backup, so the import run makes none
    const QString csv = m_dir.filePath(QStringLiteral("measures.csv"));
    QVERIFY(testfiles::writeAll(csv, csvOfMeasures(2000).toUtf8()));
    const QMap<QString, QByteArray> before = filesIn(m_folder);

    const int code = runCli(QFileInfo(m_path).size() + 8192,
                            {QStringLiteral("import"), csv, QStringLiteral("--plan"), QString::number(m_planId)},
                            &errors);
    QCOMPARE(code, 1);
    QVERIFY2(errors.contains(DiskError), errors.constData());
    QCOMPARE(filesIn(m_folder), before);
    const QStringList problems = problemsOf(m_path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDiskFull::backupFailsAndTheFileStillOpens()
{
    const QMap<QString, QByteArray> before = filesIn(m_folder);
    QByteArray errors;
    // Room for less than half the file: the daily backup cannot be written; the command still runs.
    QCOMPARE(runCli(QFileInfo(m_path).size() / 2, {QStringLiteral("check")}, &errors), 0);
    QVERIFY2(errors.contains("Cannot save a backup"), errors.constData());
    QVERIFY2(errors.contains(DiskError), errors.constData());
    QCOMPARE(filesIn(m_folder), before); // no backup, and no part of one
    QCOMPARE(problemsOf(m_path), QStringList());

    // With room again, the backup is made on the next open.
    QCOMPARE(runCli(-1, {QStringLiteral("check")}, &errors), 0);
    QCOMPARE(filesIn(m_folder).size(), before.size() + 1);
}

void TestDiskFull::exportsLeaveNoPartialFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    QTest::addColumn<qint64>("limit");
    for (const char* format : {"csv", "json", "ics"}) {
        const QString output = QStringLiteral("out/plan.%1").arg(QLatin1String(format));
        QTest::newRow(format) << QStringList {QStringLiteral("export"),
                                              QStringLiteral("--format"),
                                              QLatin1String(format),
                                              QStringLiteral("-o"),
                                              output}
                              << output << qint64(2000);
    }
    QTest::newRow("pdf report") << QStringList {QStringLiteral("report"),
                                                QStringLiteral("-o"),
                                                QStringLiteral("out/plan.pdf")}
                                << QStringLiteral("out/plan.pdf") << qint64(20000);
}

void TestDiskFull::exportsLeaveNoPartialFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(qint64, limit);
    planfiles::addMeasures(m_path, m_planId, 40); // so that the export is larger than the limit
    QByteArray errors;
    QCOMPARE(runCli(-1, {QStringLiteral("check")}, &errors), 0); // today's backup first
    QVERIFY(QDir(m_folder).mkpath(QStringLiteral("out")));
    const QString outputPath = QDir(m_folder).filePath(output);
    arguments << QStringLiteral("--plan") << QString::number(m_planId);
    arguments.replace(arguments.indexOf(output), outputPath);
    const QMap<QString, QByteArray> before = filesIn(m_folder);

    QCOMPARE(runCli(limit, arguments, &errors), 1);
    QVERIFY2(errors.contains(QFileInfo(outputPath).fileName().toUtf8()), errors.constData()); // names the file
    QCOMPARE(filesIn(m_folder), before); // no output, and no temporary file beside it

    // Without the limit the same command writes it.
    QCOMPARE(runCli(-1, arguments, &errors), 0);
    QVERIFY2(QFileInfo(outputPath).size() > limit, errors.constData());
}

void TestDiskFull::windowEditFailsWithAMessage()
{
    MainWindow window;
    QVERIFY(window.openFile(m_path, true));
    window.showPlan(m_planId);
    const qint64 size = QFileInfo(m_path).size();
    QStringList refused;
    int added = 0;
    // This process's own files may not grow for a moment.
    rlimit saved;
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const rlimit lowered {rlim_t(size), saved.rlim_max};
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &lowered), 0);
    for (int i = 1; i <= 400 && refused.isEmpty(); ++i) {
        Measure measure;
        measure.planId = m_planId;
        measure.code = QStringLiteral("W-%1").arg(i);
        measure.title = QString(200, QLatin1Char('w'));
        window.undoStack()->push(
            Commands::addMeasure(*window.stores(), measure, [&refused](const QString& e) { refused << e; }));
        if (refused.isEmpty())
            ++added;
    }
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
    QVERIFY(!refused.isEmpty());
    QVERIFY2(refused.first().contains(QLatin1String(DiskError)), qPrintable(refused.first()));
    QCOMPARE(window.measuresPane()->view()->model()->rowCount(), added); // the window shows what the file has
    QCOMPARE(window.stores()->measures.listings(m_planId).size(), added);
    QCOMPARE(QFileInfo(m_path).size(), size);
    QCOMPARE(window.stores()->db.problems(), QStringList());
}

int main(int argc, char* argv[])
{
    std::signal(
        SIGXFSZ,
        SIG_IGN); // for windowEditFailsWithAMessage, as the app does; children get the default back (LimitedProcess)
    QApplication app(argc, argv);
    TestDiskFull test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_diskfull.moc"
