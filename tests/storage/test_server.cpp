// Setting up a network's server (`actionplans --db URL server init`) against a real, throwaway PostgreSQL cluster:
// the schema made whole, again changing nothing, an older schema upgraded, and a database that is not ours, a newer
// schema or no server at all each refused with a clear message and nothing changed.
#include "clirun.h"
#include "database.h"
#include "pgcluster.h"
#include "plantransfer.h"
#include "schema.h"
#include "serversetup.h"
#include "stores.h"

#include <QTemporaryDir>
#include <QTest>

class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsTheSchema();
    void againChangesNothing();
    void upgradesAnOlderSchema();
    void refusesAForeignDatabase();
    void refusesANewerSchema();
    void saysWhenNoServerAnswers();
    void refusesServerCommandsWithoutAServer();
    void everyCommandWorksOnAServer();
    void importsAFileAndExportsItTheSame();
    void anOwnerWhoIsNoSuperuser();

private:
    // A new empty database of the cluster.
    QString newDatabase(const QString& name);

    PgCluster m_cluster;
    int m_latest = Schema::latestVersion(Schema::migrations());
};

void TestServer::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
}

QString TestServer::newDatabase(const QString& name)
{
    if (m_cluster.psql(QStringLiteral("CREATE DATABASE %1").arg(name)).isNull())
        qWarning("%s", qPrintable(m_cluster.error()));
    return m_cluster.address(name);
}

void TestServer::createsTheSchema()
{
    const QString address = newDatabase(QStringLiteral("fresh"));
    const CliRun run
        = runActionplans({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Created the Action Plans schema (version %1)").arg(m_latest)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Municipalities added: 357.")), qPrintable(run.out));
    // The networks of the seed texts, as real networks, each with its number for `server add-user --network`.
    QVERIFY2(run.out.contains(QLatin1String("Networks added: 4.")), qPrintable(run.out));
    const QString plastSmart = m_cluster.psql(
        QStringLiteral("SELECT id FROM networks WHERE name = 'Plastsmarte byer og kommuner' AND is_sample = 0"),
        QStringLiteral("fresh"));
    QVERIFY(!plastSmart.isEmpty());
    QVERIFY2(run.out.contains(QStringLiteral("  %1  Plastsmarte byer og kommuner (16 members)").arg(plastSmart)),
             qPrintable(run.out));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM network_members"), QStringLiteral("fresh")),
             QStringLiteral("46"));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT application || ' ' || version FROM schema_version"),
                            QStringLiteral("fresh")),
             QStringLiteral("actionplans %1").arg(m_latest));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM municipalities"), QStringLiteral("fresh")),
             QStringLiteral("357"));
    // Every table of the file is there, with identity ids and double-precision amounts.
    const QString tables
        = m_cluster.psql(QStringLiteral("SELECT string_agg(table_name, ',' ORDER BY table_name) "
                                        "FROM information_schema.tables WHERE table_schema = 'public'"),
                         QStringLiteral("fresh"));
    for (const char* table : {"assessments",
                              "change_log",
                              "focus_areas",
                              "grants",
                              "indicator_values",
                              "indicators",
                              "joint_projects",
                              "measures",
                              "member_summaries",
                              "municipalities",
                              "network_members",
                              "networks",
                              "owners",
                              "plans",
                              "progress_updates",
                              "reports",
                              "schema_version"})
        QVERIFY2(tables.split(QLatin1Char(',')).contains(QLatin1String(table)), table);
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT is_identity || ' ' || data_type FROM information_schema.columns "
                                           "WHERE table_name = 'measures' AND column_name = 'id'"),
                            QStringLiteral("fresh")),
             QStringLiteral("YES integer"));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT data_type FROM information_schema.columns "
                                           "WHERE table_name = 'measures' AND column_name = 'cost_nok'"),
                            QStringLiteral("fresh")),
             QStringLiteral("double precision"));
    // The constraints came along: a measure's progress stays within 0–100.
    QVERIFY(m_cluster
                .psql(QStringLiteral("INSERT INTO plans (uuid, municipality_id, title, kind, status) "
                                     "SELECT 'p', id, 'Plan', 'climate', 'draft' FROM municipalities LIMIT 1; "
                                     "INSERT INTO measures (uuid, plan_id, title, status, progress) "
                                     "SELECT 'm', id, 'Tiltak', 'planned', 120 FROM plans"),
                      QStringLiteral("fresh"))
                .isNull());
    QVERIFY2(m_cluster.error().contains(QLatin1String("check constraint")), qPrintable(m_cluster.error()));
}

void TestServer::againChangesNothing()
{
    const QString address = newDatabase(QStringLiteral("twice"));
    const QStringList init = {QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("init")};
    QCOMPARE(runActionplans(init).exitCode, 0);
    const QString dump = m_cluster.psql(QStringLiteral("SELECT md5(string_agg(number || name || population, ',' "
                                                       "ORDER BY id)) FROM municipalities"),
                                        QStringLiteral("twice"));
    const CliRun again = runActionplans(init);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QLatin1String("nothing to upgrade")), qPrintable(again.out));
    QVERIFY2(again.out.contains(QLatin1String("Municipalities added: 0.")), qPrintable(again.out));
    QVERIFY2(!again.out.contains(QLatin1String("Networks added")), qPrintable(again.out)); // only when created
    QVERIFY2(again.out.contains(QLatin1String("Plastsmarte byer og kommuner (16 members)")), qPrintable(again.out));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT md5(string_agg(number || name || population, ',' ORDER BY id)) "
                                           "FROM municipalities"),
                            QStringLiteral("twice")),
             dump);
}

void TestServer::upgradesAnOlderSchema()
{
    // A server made by an app that knew only the first two steps.
    const QString address = newDatabase(QStringLiteral("older"));
    QString sql = QStringLiteral("CREATE TABLE schema_version (application TEXT NOT NULL, version INTEGER NOT NULL); "
                                 "INSERT INTO schema_version VALUES ('actionplans', 2);");
    for (const Migration& step : ServerSetup::migrations()) {
        if (step.toVersion <= 2)
            sql += step.statements.join(QStringLiteral(";\n")) + QStringLiteral(";\n");
    }
    QVERIFY2(!m_cluster.psql(sql, QStringLiteral("older")).isNull(), qPrintable(m_cluster.error()));
    const CliRun run
        = runActionplans({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("from version 2 to %1").arg(m_latest)), qPrintable(run.out));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT version FROM schema_version"), QStringLiteral("older")),
             QString::number(m_latest));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name = "
                                           "'joint_projects'"),
                            QStringLiteral("older")),
             QStringLiteral("1"));
}

void TestServer::refusesAForeignDatabase()
{
    const QString address = newDatabase(QStringLiteral("foreign_app"));
    QVERIFY(!m_cluster
                 .psql(QStringLiteral("CREATE TABLE invoices (id INTEGER); INSERT INTO invoices VALUES (1)"),
                       QStringLiteral("foreign_app"))
                 .isNull());
    const CliRun run
        = runActionplans({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("init")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("is not an Action Plans database: it holds other tables (invoices)")),
             qPrintable(run.err));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT string_agg(table_name, ',') FROM information_schema.tables "
                                           "WHERE table_schema = 'public'"),
                            QStringLiteral("foreign_app")),
             QStringLiteral("invoices"));
}

void TestServer::refusesANewerSchema()
{
    const QString address = newDatabase(QStringLiteral("newer"));
    const QStringList init = {QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("init")};
    QCOMPARE(runActionplans(init).exitCode, 0);
    QVERIFY(
        !m_cluster
             .psql(QStringLiteral("UPDATE schema_version SET version = %1").arg(m_latest + 1), QStringLiteral("newer"))
             .isNull());
    const CliRun run = runActionplans(init);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains(
            QStringLiteral("has version %1 of the Action Plans schema, made by a newer version").arg(m_latest + 1)),
        qPrintable(run.err));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT version FROM schema_version"), QStringLiteral("newer")),
             QString::number(m_latest + 1));
}

void TestServer::saysWhenNoServerAnswers()
{
    // The cluster's own socket folder, but a port nothing listens on.
    const QString address = QStringLiteral("postgresql://postgres@/fresh?host=%1&port=%2")
                                .arg(m_cluster.socketDir())
                                .arg(m_cluster.port() + 1);
    const CliRun run
        = runActionplans({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("init")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("no database server answers there")), qPrintable(run.err));
    const CliRun missing = runActionplans({QStringLiteral("--db"),
                                           m_cluster.address(QStringLiteral("nosuch")),
                                           QStringLiteral("server"),
                                           QStringLiteral("init")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("the server has no database “nosuch”")), qPrintable(missing.err));
    // A host no name server knows (.invalid never resolves), and a password the server does not take.
    const CliRun unknown
        = runActionplans({QStringLiteral("--db"),
                          QStringLiteral("postgresql://postgres@nosuch.invalid/plans?connect_timeout=5"),
                          QStringLiteral("server"),
                          QStringLiteral("init")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("there is no server called “nosuch.invalid”")),
             qPrintable(unknown.err));
    QVERIFY2(m_cluster.exec(QStringLiteral("CREATE ROLE passworded LOGIN PASSWORD 'right'")),
             qPrintable(m_cluster.error()));
    const QString asPassworded = QStringLiteral("postgresql://passworded:%1@/fresh?host=%2&port=%3");
    const CliRun wrong
        = runActionplans({QStringLiteral("--db"),
                          asPassworded.arg(QStringLiteral("wrong"), m_cluster.socketDir()).arg(m_cluster.port()),
                          QStringLiteral("server"),
                          QStringLiteral("init")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QLatin1String("the server did not accept the user name and password")),
             qPrintable(wrong.err));
    QVERIFY2(!wrong.err.contains(QLatin1String("wrong")), qPrintable(wrong.err)); // the password is never shown
    // The right password gets in (and this user, no owner, may not change the schema: the server says so).
    const CliRun right
        = runActionplans({QStringLiteral("--db"),
                          asPassworded.arg(QStringLiteral("right"), m_cluster.socketDir()).arg(m_cluster.port()),
                          QStringLiteral("server"),
                          QStringLiteral("init")});
    QCOMPARE(right.exitCode, 1);
    QVERIFY2(right.err.contains(QLatin1String("refused it: permission denied")), qPrintable(right.err));
}

void TestServer::refusesServerCommandsWithoutAServer()
{
    const QString address = m_cluster.address(QStringLiteral("fresh"));
    const CliRun file = runActionplans({QStringLiteral("--db"),
                                        QStringLiteral("plans.handlingsplan"),
                                        QStringLiteral("server"),
                                        QStringLiteral("init")});
    QCOMPARE(file.exitCode, 2);
    QVERIFY2(file.err.contains(QLatin1String("server commands need the server's address")), qPrintable(file.err));
    const CliRun unknown
        = runActionplans({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("drop")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("unknown server command “drop”")), qPrintable(unknown.err));
}

// The commands an adviser runs on a file run on a server alike: the sample plans, list, check, plancheck, the
// council report, export, and import — a plan file taken from the server into a new file comes back out the same.
void TestServer::everyCommandWorksOnAServer()
{
    const QString address = newDatabase(QStringLiteral("commands"));
    const auto run = [&address](QStringList arguments) {
        arguments.prepend(address);
        arguments.prepend(QStringLiteral("--db"));
        return runActionplans(arguments);
    };
    QCOMPARE(run({QStringLiteral("server"), QStringLiteral("init")}).exitCode, 0);
    const CliRun sample = run({QStringLiteral("sample")});
    QVERIFY2(sample.exitCode == 0, qPrintable(sample.err));
    const CliRun list = run({QStringLiteral("list")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QStringList rows = list.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(rows.size(), 7); // the header and the six sample plans
    QVERIFY2(list.out.contains(QStringLiteral("3901\tHorten\tHandlingsplan for en plastsmart kommune 2023–2026\t21")),
             qPrintable(list.out));
    const QString planId = m_cluster.psql(QStringLiteral("SELECT p.id FROM plans p JOIN municipalities m ON "
                                                         "m.id = p.municipality_id WHERE m.number = '3901'"),
                                          QStringLiteral("commands"));
    QVERIFY(!planId.isEmpty());
    const CliRun check = run({QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0 && check.out.contains(QLatin1String("no problems found")), qPrintable(check.err));
    const CliRun planCheck = run({QStringLiteral("plancheck"), QStringLiteral("--plan"), planId});
    QVERIFY2(planCheck.exitCode == 0 && planCheck.out.contains(QLatin1String("Every measure has an owner")),
             qPrintable(planCheck.out + planCheck.err));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliRun report = run({QStringLiteral("report"), QStringLiteral("--plan"), planId, QStringLiteral("-o"), pdf});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    QVERIFY(written.size() > 10000);

    const QString fromServer = dir.filePath(QStringLiteral("server.json"));
    const CliRun exported = run({QStringLiteral("export"),
                                 QStringLiteral("--plan"),
                                 planId,
                                 QStringLiteral("--format"),
                                 QStringLiteral("json"),
                                 QStringLiteral("-o"),
                                 fromServer});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString file = dir.filePath(QStringLiteral("copy.handlingsplan"));
    const CliRun imported = runActionplans({QStringLiteral("--db"), file, QStringLiteral("import"), fromServer});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString fromFile = dir.filePath(QStringLiteral("file.json"));
    const CliRun again = runActionplans({QStringLiteral("--db"),
                                         file,
                                         QStringLiteral("export"),
                                         QStringLiteral("--plan"),
                                         QStringLiteral("1"),
                                         QStringLiteral("--format"),
                                         QStringLiteral("json"),
                                         QStringLiteral("-o"),
                                         fromFile});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QFile a(fromServer);
    QFile b(fromFile);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());

    // Importing the plan file back into the server changes nothing (its plans are known by their ids).
    const CliRun back = run({QStringLiteral("import"), fromServer});
    QVERIFY2(back.exitCode == 0 && back.out.contains(QLatin1String("0 added, 0 changed, 1 unchanged")),
             qPrintable(back.out + back.err));
}

// server import puts a generated file's plans onto the server; importing it again doubles nothing; server export
// gives them back as a new file and as a plan file, each with the same content as the original file.
void TestServer::importsAFileAndExportsItTheSame()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.handlingsplan"));
    const CliRun generated = runActionplans({QStringLiteral("--db"),
                                             original,
                                             QStringLiteral("generate"),
                                             QStringLiteral("--municipalities"),
                                             QStringLiteral("12"),
                                             QStringLiteral("--measures"),
                                             QStringLiteral("15"),
                                             QStringLiteral("--updates"),
                                             QStringLiteral("3")});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    const CliRun listed = runActionplans({QStringLiteral("--db"), original, QStringLiteral("list")});
    const int plans = int(listed.out.trimmed().split(QLatin1Char('\n')).size()) - 1; // less the header
    QVERIFY(plans >= 12);
    // A grant, which plan files leave out, comes along too.
    const auto grantsIn = [](const QString& path) {
        Database db;
        if (!db.open(path))
            return QStringList {QStringLiteral("cannot open")};
        Stores stores(db);
        QStringList grants;
        for (const Grant& grant : stores.grants.list())
            grants << stores.measures.get(grant.measureId)->uuid + QLatin1Char(' ') + grant.programme;
        return grants;
    };
    {
        Database db;
        QVERIFY(db.open(original));
        Stores stores(db);
        Grant grant;
        grant.measureId = stores.measures.list().first().id;
        grant.programme = QStringLiteral("Klimasats");
        grant.amountNok = 250000;
        QVERIFY2(stores.grants.add(grant), qPrintable(stores.grants.errorString()));
    }
    const QStringList grants = grantsIn(original);
    QCOMPARE(grants.size(), 1);
    const QString address = newDatabase(QStringLiteral("moved"));
    const auto server = [&address](const QStringList& arguments) {
        return runActionplans(QStringList {QStringLiteral("--db"), address, QStringLiteral("server")} + arguments);
    };
    QCOMPARE(server({QStringLiteral("init")}).exitCode, 0);
    const CliRun imported = server({QStringLiteral("import"), original});
    QVERIFY2(imported.exitCode == 0 && imported.out.contains(QStringLiteral("Plans: %1 added").arg(plans)),
             qPrintable(imported.out + imported.err));
    QVERIFY2(imported.out.contains(QLatin1String("Grants: 1 added.")), qPrintable(imported.out));
    const QString measures = m_cluster.psql(QStringLiteral("SELECT count(*) FROM measures"), QStringLiteral("moved"));
    const CliRun again = server({QStringLiteral("import"), original});
    QVERIFY2(again.exitCode == 0
                 && again.out.contains(QStringLiteral("Plans: 0 added, 0 changed, %1 unchanged").arg(plans)),
             qPrintable(again.out + again.err));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM measures"), QStringLiteral("moved")), measures);
    QVERIFY2(!again.out.contains(QLatin1String("Grants:")), qPrintable(again.out)); // not doubled
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM grants"), QStringLiteral("moved")),
             QStringLiteral("1"));

    const QString copy = dir.filePath(QStringLiteral("copy.handlingsplan"));
    const QString json = dir.filePath(QStringLiteral("copy.json"));
    QVERIFY2(server({QStringLiteral("export"), copy}).exitCode == 0, "export to a file");
    QVERIFY2(server({QStringLiteral("export"), json}).exitCode == 0, "export to a plan file");
    const CliRun exists = server({QStringLiteral("export"), json});
    QCOMPARE(exists.exitCode, 1);
    QVERIFY2(exists.err.contains(QLatin1String("exists already")), qPrintable(exists.err));
    // The original and the copy, each as a plan file: the same bytes, and the same as the server's own.
    const auto planFileOf = [](const QString& path) {
        Database db;
        if (!db.open(path))
            return QByteArray();
        Stores stores(db);
        QString error;
        return PlanTransfer::writeAll(stores, &error).value_or(QByteArray());
    };
    const QByteArray expected = planFileOf(original);
    QVERIFY(expected.size() > 10000);
    QCOMPARE(planFileOf(copy), expected);
    QCOMPARE(grantsIn(copy), grants);
    QFile written(json);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected);
}

// As the README says to set it up: the database's owner may create roles but is no superuser (superusers pass every
// row-level rule, so only such an owner shows that the owner's own policy lets init, add-user and imports work).
void TestServer::anOwnerWhoIsNoSuperuser()
{
    QVERIFY2(m_cluster.exec(QStringLiteral("CREATE ROLE eier LOGIN CREATEROLE")), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.exec(QStringLiteral("CREATE DATABASE owned OWNER eier")), qPrintable(m_cluster.error()));
    const QString address = m_cluster.address(QStringLiteral("owned"), QStringLiteral("eier"));
    const CliRun init
        = runActionplans({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const CliRun user = runActionplans({QStringLiteral("--db"),
                                        address,
                                        QStringLiteral("server"),
                                        QStringLiteral("add-user"),
                                        QStringLiteral("bergen_owned"),
                                        QStringLiteral("--municipality"),
                                        QStringLiteral("4601")},
                                       "passord\n");
    QVERIFY2(user.exitCode == 0, qPrintable(user.err));
    const QString plan
        = QStringLiteral("INSERT INTO plans (uuid, municipality_id, title, kind, status) SELECT 'p-%1', id, "
                         "'Plan', 'climate', 'draft' FROM municipalities WHERE number = '0301'");
    QVERIFY2(!m_cluster.psqlAs(QStringLiteral("eier"), plan.arg(1), QStringLiteral("owned")).isNull(),
             qPrintable(m_cluster.error()));
    QVERIFY(m_cluster.psqlAs(QStringLiteral("bergen_owned"), plan.arg(2), QStringLiteral("owned")).isNull());
    QVERIFY2(m_cluster.error().contains(QLatin1String("row-level security")), qPrintable(m_cluster.error()));
    QCOMPARE(
        m_cluster.psqlAs(QStringLiteral("eier"), QStringLiteral("SELECT count(*) FROM plans"), QStringLiteral("owned")),
        QStringLiteral("1"));
    const CliRun again
        = runActionplans({QStringLiteral("--db"), address, QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

QTEST_GUILESS_MAIN(TestServer)
#include "test_server.moc"
