// The command line through QProcess against the built binary: exit codes, output, and refusing bad files.
#include "testfiles.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void sampleThenList();
    void sampleInNynorsk();
    void checkFindsForeignKeyViolation();
    void refusesBadFile_data();
    void refusesBadFile();
    void defaultDatabaseGetsSampleData();
    void settingsOfVersion01AreKept();
    void importAndExport();
    void generateFillsANewFileOnly();

private:
    Result run(const QStringList& arguments,
               const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
};

Result TestCli::run(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English messages
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ACTIONPLANS_BINARY), arguments);
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCli::helpAndVersion()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* word : {"--db", "sample", "list", "check"})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("actionplans " ACTIONPLANS_VERSION));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString db = m_dir.filePath(QStringLiteral("usage.handlingsplan"));
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("no command") << QStringList {QStringLiteral("--db"), db, QStringLiteral("--bogus")}
                                << QStringLiteral("bogus");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("--db"), db, QStringLiteral("bogus")}
                                     << QStringLiteral("unknown command “bogus”");
    QTest::newRow("extra argument") << QStringList {QStringLiteral("--db"),
                                                    db,
                                                    QStringLiteral("list"),
                                                    QStringLiteral("more")}
                                    << QStringLiteral("takes no arguments");
    QTest::newRow("import without file") << QStringList {QStringLiteral("--db"), db, QStringLiteral("import")}
                                         << QStringLiteral("import needs the file");
    QTest::newRow("export without -o") << QStringList {QStringLiteral("--db"),
                                                       db,
                                                       QStringLiteral("export"),
                                                       QStringLiteral("--plan"),
                                                       QStringLiteral("1")}
                                       << QStringLiteral("export needs --plan ID and -o FILE");
    QTest::newRow("export format unknown") << QStringList {QStringLiteral("--db"),
                                                           db,
                                                           QStringLiteral("export"),
                                                           QStringLiteral("--plan"),
                                                           QStringLiteral("1"),
                                                           QStringLiteral("-o"),
                                                           m_dir.filePath(QStringLiteral("x.docx"))}
                                           << QStringLiteral("not an export format");
    QTest::newRow("--db without value") << QStringList {QStringLiteral("list"), QStringLiteral("--db")}
                                        << QStringLiteral("db");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCli::sampleThenList()
{
    const QString db = m_dir.filePath(QStringLiteral("x.handlingsplan"));
    const Result empty = run({QStringLiteral("--db"), db, QStringLiteral("list")});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out,
             QStringLiteral("id\tmunicipality_number\tmunicipality\ttitle\tmeasures\n")); // created, no plans
    const Result sample = run({QStringLiteral("--db"), db, QStringLiteral("sample")});
    QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
    const Result list = run({QStringLiteral("--db"), db, QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7); // the header and six sample plans
    QVERIFY2(lines.at(1).contains(QStringLiteral("\t3328\tÅl\t")), qPrintable(lines.at(1)));
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 5);
        QVERIFY(cells.at(0).toInt() > 0);
        QVERIFY(cells.at(4).toInt() >= 8);
    }
    const Result check = run({QStringLiteral("--db"), db, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains(QStringLiteral("no problems")));
}

// `sample --lang nn` writes the bokmål municipalities' sample plans in nynorsk.
void TestCli::sampleInNynorsk()
{
    const QString db = m_dir.filePath(QStringLiteral("nn.handlingsplan"));
    const Result sample
        = run({QStringLiteral("--db"), db, QStringLiteral("sample"), QStringLiteral("--lang"), QStringLiteral("nn")});
    QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
    const Result list = run({QStringLiteral("--db"), db, QStringLiteral("list")});
    QVERIFY2(list.out.contains(QStringLiteral("\tHandlingsplan for ein plastsmart kommune 2023–2026\t")),
             qPrintable(list.out));
}

void TestCli::checkFindsForeignKeyViolation()
{
    const QString db = m_dir.filePath(QStringLiteral("fk.handlingsplan"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("sample")}).exitCode, 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(query.exec(QStringLiteral("UPDATE measures SET plan_id = 777 WHERE id = 5")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Result check = run({QStringLiteral("--db"), db, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(QStringLiteral("“measures”, row 5")), qPrintable(check.err));
    QVERIFY2(check.err.contains(QStringLiteral("“plans”")), qPrintable(check.err));
}

void TestCli::refusesBadFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text") << QByteArrayLiteral("kode;tiltak\n") << QStringLiteral("not an SQLite database");
    QTest::newRow("random") << testfiles::randomBytes(2048, 3) << QStringLiteral("not an SQLite database");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
}

void TestCli::refusesBadFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path
        = m_dir.filePath(QStringLiteral("bad-%1.handlingsplan").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(testfiles::writeAll(path, bytes));
    for (const char* command : {"list", "check", "sample"}) {
        const Result result = run({QStringLiteral("--db"), path, QLatin1String(command)});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1); // one clear line
        QVERIFY2(result.err.contains(reason) && result.err.contains(path), qPrintable(result.err));
        QCOMPARE(testfiles::readAll(path), bytes);
    }
}

void TestCli::defaultDatabaseGetsSampleData()
{
    // Version 0.1 kept the default file in …/share/actionplans/ (it had no organisation name); one found there is
    // still the default, and no second one is made beside it.
    const QString legacy = m_dir.filePath(QStringLiteral("xdg-data/actionplans/actionplans.handlingsplan"));
    const QString current
        = m_dir.filePath(QStringLiteral("xdg-data/Handlingsplaner/actionplans/actionplans.handlingsplan"));
    QCOMPARE(run({QStringLiteral("--db"), legacy, QStringLiteral("sample")}).exitCode, 0);
    Result list = run({QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 7); // the header and six plans
    QVERIFY(!QFile::exists(current));

    // Without one, the default file is made in the new place, with the sample plans.
    QVERIFY(QFile::remove(legacy));
    list = run({QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 7);
    QVERIFY(QFile::exists(current));
}

// Version 0.1 had no organisation name, so its settings are in "Unknown Organization"; they are carried over once.
void TestCli::settingsOfVersion01AreKept()
{
    QTemporaryDir config;
    QDir().mkpath(config.filePath(QStringLiteral("Unknown Organization")));
    QVERIFY(testfiles::writeAll(config.filePath(QStringLiteral("Unknown Organization/actionplans.conf")),
                                "[ui]\nlanguage=nn\n"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QProcess process;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ACTIONPLANS_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("kommando")), "not in nynorsk");
    QCOMPARE(QSettings(config.filePath(QStringLiteral("Handlingsplaner/actionplans.conf")), QSettings::IniFormat)
                 .value(QStringLiteral("ui/language"))
                 .toString(),
             QStringLiteral("nn"));
}

// A CSV of measures into a plan: a bad file changes nothing and names every place on stderr; a good one is added;
// the plan goes out as CSV and iCalendar.
void TestCli::importAndExport()
{
    const QString db = m_dir.filePath(QStringLiteral("exchange.handlingsplan"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("sample")}).exitCode, 0);
    const auto firstPlan = [&](int column) {
        const QStringList lines
            = run({QStringLiteral("--db"), db, QStringLiteral("list")}).out.split(QLatin1Char('\n'));
        return lines.value(1).section(QLatin1Char('\t'), column, column);
    };
    const QString planId = firstPlan(0);
    const int before = firstPlan(4).toInt();
    const QByteArray fileBefore = testfiles::readAll(db);

    const QString bad = QStringLiteral(ACTIONPLANS_TEST_DATA "/exchange/two-bad-rows.csv");
    const Result refused
        = run({QStringLiteral("--db"), db, QStringLiteral("import"), bad, QStringLiteral("--plan"), planId});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(bad + QStringLiteral(":3:2: ")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(bad + QStringLiteral(":5:3: ")));
    QVERIFY(refused.err.contains(bad + QStringLiteral(":5:4: ")));
    QVERIFY(refused.err.contains(QStringLiteral("nothing was imported")));
    QCOMPARE(testfiles::readAll(db), fileBefore); // not a byte written

    const QString good = QStringLiteral(ACTIONPLANS_TEST_DATA "/exchange/excel-nb-cp1252.csv");
    const Result imported
        = run({QStringLiteral("--db"), db, QStringLiteral("import"), good, QStringLiteral("--plan"), planId});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QStringLiteral("Imported 3 measures")));
    QCOMPARE(firstPlan(4).toInt(), before + 3);

    const QString csv = m_dir.filePath(QStringLiteral("plan.csv"));
    QCOMPARE(run({QStringLiteral("--db"),
                  db,
                  QStringLiteral("export"),
                  QStringLiteral("--plan"),
                  planId,
                  QStringLiteral("-o"),
                  csv})
                 .exitCode,
             0);
    const QByteArray bytes = testfiles::readAll(csv);
    QVERIFY(bytes.startsWith("\xef\xbb\xbf"
                             "Code;Focus area;Measure;"));
    QVERIFY(bytes.contains("Funding\r\n"));
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Krav om ombruk i rammeavtaler – «sirkulært»")));

    const QString ics = m_dir.filePath(QStringLiteral("frister"));
    QCOMPARE(run({QStringLiteral("--db"),
                  db,
                  QStringLiteral("export"),
                  QStringLiteral("--plan"),
                  planId,
                  QStringLiteral("--format"),
                  QStringLiteral("ics"),
                  QStringLiteral("-o"),
                  ics})
                 .exitCode,
             0);
    QVERIFY(testfiles::readAll(ics).startsWith("BEGIN:VCALENDAR\r\n"));

    const QString none = m_dir.filePath(QStringLiteral("none.csv"));
    const Result noPlan = run({QStringLiteral("--db"),
                               db,
                               QStringLiteral("export"),
                               QStringLiteral("--plan"),
                               QStringLiteral("999"),
                               QStringLiteral("-o"),
                               none});
    QCOMPARE(noPlan.exitCode, 1);
    QVERIFY(noPlan.err.contains(QStringLiteral("999")));
    QVERIFY(!QFile::exists(none));
}

void TestCli::generateFillsANewFileOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("generated.handlingsplan"));
    const QStringList generate = {QStringLiteral("--db"),
                                  path,
                                  QStringLiteral("generate"),
                                  QStringLiteral("--municipalities"),
                                  QStringLiteral("4"),
                                  QStringLiteral("--measures"),
                                  QStringLiteral("10"),
                                  QStringLiteral("--updates"),
                                  QStringLiteral("2"),
                                  QStringLiteral("--seed"),
                                  QStringLiteral("3")};
    const Result made = run(generate);
    QCOMPARE(made.exitCode, 0);
    QVERIFY2(made.out.contains(QStringLiteral("of 4 municipalities"))
                 && made.out.contains(QStringLiteral("40 measures")),
             qPrintable(made.out));
    const Result list = run({QStringLiteral("--db"), path, QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.count(u'\n') >= 5); // the header and at least one plan for each of the four
    QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("check")}).exitCode, 0);

    // Never into a file with plans, and numbers must be numbers.
    const Result again = run(generate);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("holds plans already")), qPrintable(again.err));
    const Result word = run({QStringLiteral("--db"),
                             m_dir.filePath(QStringLiteral("other.handlingsplan")),
                             QStringLiteral("generate"),
                             QStringLiteral("--measures"),
                             QStringLiteral("many")});
    QCOMPARE(word.exitCode, 2);
    QVERIFY2(word.err.contains(QStringLiteral("“many” is not a number for --measures")), qPrintable(word.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
