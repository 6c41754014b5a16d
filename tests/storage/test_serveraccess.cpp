// Who may do what on a network's server, enforced by PostgreSQL: users added with `server add-user`, then plain SQL
// through psql as each of them (as anyone with a login could), against a real throwaway cluster. A network of
// Bergen and Oslo with a coordinator; Tromsø outside it.
#include "clirun.h"
#include "pgcluster.h"

#include <QTest>

namespace {

const QString Database = QStringLiteral("network");

} // namespace

class TestServerAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passwordsAreStoredAsScram();
    void membersReadTheirNetworksPlans();
    void membersWriteOnlyTheirOwn();
    void membersCannotTouchOthersRows_data();
    void membersCannotTouchOthersRows();
    void nobodyEditsMasterData();
    void coordinatorsEditTheirNetwork();
    void initKeepsTheRules();
    void refusesBadUsers();

private:
    // psql as user; its output, or null when the server refused.
    QString as(const QString& user, const QString& sql) { return m_cluster.psqlAs(user, sql, Database); }
    QString count(const QString& user, const QString& table)
    {
        return as(user, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    }
    // A fingerprint of every row of the server, read as its owner.
    QString everything();

    PgCluster m_cluster;
    QString m_address;
    QString m_osloPlan;
    QString m_osloMeasure;
    QString m_bergenPlan;
    QString m_networkId;
};

void TestServerAccess::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY(m_cluster.exec(QStringLiteral("CREATE DATABASE %1").arg(Database)));
    m_address = m_cluster.address(Database);
    const CliRun init
        = runActionplans({QStringLiteral("--db"), m_address, QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    // The network and the plans, as the owner (who imports them in real life). The known networks init loaded go:
    // Tromsø, the outsider here, is a member of one of them.
    const QString setup
        = QStringLiteral("DELETE FROM networks;"
                         "INSERT INTO networks (name) VALUES ('Plastsmarte byer');"
                         "INSERT INTO network_members SELECT n.id, m.id FROM networks n, municipalities m WHERE "
                         "m.number IN ('4601', '0301');"
                         "INSERT INTO plans (uuid, municipality_id, title, kind, status) SELECT 'plan-' || number, id, "
                         "'Plan for ' || name, "
                         "'plastic_smart', 'adopted' FROM municipalities WHERE number IN ('4601', '0301', '5501');"
                         "INSERT INTO measures (uuid, plan_id, title, status) SELECT 'measure-' || p.uuid, p.id, "
                         "'Tiltak', 'planned' FROM plans p;"
                         "INSERT INTO progress_updates (measure_id, date, status, progress) SELECT id, '2026-01-01', "
                         "'in_progress', 10 FROM measures;"
                         "INSERT INTO indicators (uuid, plan_id, name, direction) SELECT 'indicator-' || uuid, id, "
                         "'Gjenvunnet', 'higher' FROM plans;");
    QVERIFY2(m_cluster.exec(setup, Database), qPrintable(m_cluster.error()));
    m_osloPlan = m_cluster.psql(QStringLiteral("SELECT id FROM plans WHERE uuid = 'plan-0301'"), Database);
    m_bergenPlan = m_cluster.psql(QStringLiteral("SELECT id FROM plans WHERE uuid = 'plan-4601'"), Database);
    m_osloMeasure
        = m_cluster.psql(QStringLiteral("SELECT id FROM measures WHERE plan_id = %1").arg(m_osloPlan), Database);
    m_networkId = m_cluster.psql(QStringLiteral("SELECT id FROM networks"), Database);
    const struct
    {
        const char* name;
        QStringList options;
    } users[] = {{"bergen", {QStringLiteral("--municipality"), QStringLiteral("4601")}},
                 {"oslo", {QStringLiteral("--municipality"), QStringLiteral("0301")}},
                 {"tromso", {QStringLiteral("--municipality"), QStringLiteral("5501")}},
                 {"coordinator", {QStringLiteral("--network"), m_networkId, QStringLiteral("--coordinator")}}};
    for (const auto& user : users) {
        const CliRun added = runActionplans(QStringList {QStringLiteral("--db"),
                                                         m_address,
                                                         QStringLiteral("server"),
                                                         QStringLiteral("add-user"),
                                                         QLatin1String(user.name)}
                                                + user.options,
                                            "hemmelig-passord\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.startsWith(QStringLiteral("Added %1").arg(QLatin1String(user.name))), qPrintable(added.out));
    }
}

QString TestServerAccess::everything()
{
    QStringList parts;
    for (const char* table : {"plans",
                              "measures",
                              "progress_updates",
                              "indicators",
                              "networks",
                              "network_members",
                              "joint_projects",
                              "municipalities",
                              "server_users"})
        parts << QStringLiteral("(SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM %1 t)")
                     .arg(QLatin1String(table));
    const QString all = m_cluster.psql(QStringLiteral("SELECT ") + parts.join(QStringLiteral(" || ")), Database);
    if (all.size() != parts.size() * 32) // an md5 per table: a failed read must not pass for "unchanged"
        qFatal("cannot read the server as its owner: %s", qPrintable(m_cluster.error()));
    return all;
}

void TestServerAccess::passwordsAreStoredAsScram()
{
    QCOMPARE(
        m_cluster.psql(QStringLiteral("SELECT string_agg(rolname || ':' || (rolpassword LIKE 'SCRAM-SHA-256$%'), ',' "
                                      "ORDER BY rolname) FROM pg_authid WHERE rolname IN ('bergen', 'coordinator')")),
        QStringLiteral("bergen:true,coordinator:true"));
    QCOMPARE(m_cluster.psql(QStringLiteral(
                 "SELECT rolsuper OR rolbypassrls OR rolcreaterole FROM pg_roles WHERE rolname = 'bergen'")),
             QStringLiteral("f"));
}

void TestServerAccess::membersReadTheirNetworksPlans()
{
    QCOMPARE(as(QStringLiteral("bergen"), QStringLiteral("SELECT string_agg(uuid, ',' ORDER BY uuid) FROM plans")),
             QStringLiteral("plan-0301,plan-4601"));
    QCOMPARE(count(QStringLiteral("bergen"), QStringLiteral("measures")), QStringLiteral("2"));
    QCOMPARE(count(QStringLiteral("bergen"), QStringLiteral("progress_updates")), QStringLiteral("2"));
    // Outside the network: its own plan only.
    QCOMPARE(as(QStringLiteral("tromso"), QStringLiteral("SELECT string_agg(uuid, ',') FROM plans")),
             QStringLiteral("plan-5501"));
    QCOMPARE(count(QStringLiteral("tromso"), QStringLiteral("indicators")), QStringLiteral("1"));
    // The coordinator reads every member's plan, and nothing else.
    QCOMPARE(as(QStringLiteral("coordinator"), QStringLiteral("SELECT string_agg(uuid, ',' ORDER BY uuid) FROM plans")),
             QStringLiteral("plan-0301,plan-4601"));
}

void TestServerAccess::membersWriteOnlyTheirOwn()
{
    const QString bergen = QStringLiteral("bergen");
    QVERIFY2(
        !as(bergen, QStringLiteral("UPDATE measures SET progress = 50 WHERE plan_id = %1").arg(m_bergenPlan)).isNull(),
        qPrintable(m_cluster.error()));
    QVERIFY2(!as(bergen,
                 QStringLiteral("INSERT INTO plans (uuid, municipality_id, title, kind, status) SELECT 'plan-b2', id, "
                                "'Ny plan', 'circular', 'draft' FROM municipalities WHERE number = '4601'"))
                  .isNull(),
             qPrintable(m_cluster.error()));
    QVERIFY2(!as(bergen, QStringLiteral("DELETE FROM plans WHERE uuid = 'plan-b2'")).isNull(),
             qPrintable(m_cluster.error()));
    QCOMPARE(
        m_cluster.psql(QStringLiteral("SELECT progress FROM measures WHERE plan_id = %1").arg(m_bergenPlan), Database),
        QStringLiteral("50"));
}

void TestServerAccess::membersCannotTouchOthersRows_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sql");
    // Writes to rows one may read (Oslo's, from Bergen) and to rows one may not even see (from Tromsø).
    for (const char* user : {"bergen", "tromso"}) {
        const QString who = QLatin1String(user);
        QTest::addRow("%s: update Oslo's plan", user)
            << who << QStringLiteral("UPDATE plans SET title = 'x' WHERE uuid = 'plan-0301'");
        QTest::addRow("%s: delete Oslo's plan", user)
            << who << QStringLiteral("DELETE FROM plans WHERE uuid = 'plan-0301'");
        QTest::addRow("%s: plan for Oslo", user)
            << who
            << QStringLiteral("INSERT INTO plans (uuid, municipality_id, title, kind, status) SELECT 'p-x', id, "
                              "'x', 'climate', 'draft' FROM municipalities WHERE number = '0301'");
        QTest::addRow("%s: move a plan to Oslo", user)
            << who
            << QStringLiteral("UPDATE plans SET municipality_id = (SELECT id FROM municipalities WHERE number = "
                              "'0301') WHERE municipality_id <> (SELECT id FROM municipalities WHERE number = '0301')");
        QTest::addRow("%s: measure in Oslo's plan", user)
            << who
            << QStringLiteral("INSERT INTO measures (uuid, plan_id, title, status) VALUES ('m-x', %1, 'x', 'planned')")
                   .arg(m_osloPlan);
        QTest::addRow("%s: Oslo's measure", user)
            << who << QStringLiteral("UPDATE measures SET progress = 99, title = 'x' WHERE id = %1").arg(m_osloMeasure);
        QTest::addRow("%s: delete Oslo's measures", user)
            << who << QStringLiteral("DELETE FROM measures WHERE plan_id = %1").arg(m_osloPlan);
        QTest::addRow("%s: progress on Oslo's measure", user)
            << who
            << QStringLiteral("INSERT INTO progress_updates (measure_id, date, status, progress) VALUES (%1, "
                              "'2026-02-01', 'done', 100)")
                   .arg(m_osloMeasure);
        QTest::addRow("%s: Oslo's progress history", user)
            << who << QStringLiteral("DELETE FROM progress_updates WHERE measure_id = %1").arg(m_osloMeasure);
        QTest::addRow("%s: Oslo's indicators", user)
            << who << QStringLiteral("UPDATE indicators SET name = 'x' WHERE plan_id = %1").arg(m_osloPlan);
        QTest::addRow("%s: a network member", user)
            << who
            << QStringLiteral("INSERT INTO network_members SELECT n.id, m.id FROM networks n, municipalities m "
                              "WHERE m.number = '5501'");
        QTest::addRow("%s: a joint project", user)
            << who
            << QStringLiteral(
                   "INSERT INTO joint_projects (uuid, network_id, name) SELECT 'j-x', id, 'x' FROM networks");
        QTest::addRow("%s: make oneself Oslo's", user)
            << who
            << QStringLiteral(
                   "UPDATE server_users SET municipality_id = (SELECT id FROM municipalities WHERE number = '0301')");
    }
}

void TestServerAccess::membersCannotTouchOthersRows()
{
    QFETCH(QString, user);
    QFETCH(QString, sql);
    const QString before = everything();
    const QString said = as(user, sql);
    // Either the server refuses (an error) or the statement finds nothing it may change; the data stay the same.
    QCOMPARE(everything(), before);
    if (said.isNull())
        QVERIFY2(m_cluster.error().contains(QLatin1String("row-level security"))
                     || m_cluster.error().contains(QLatin1String("permission denied")),
                 qPrintable(m_cluster.error()));
}

void TestServerAccess::nobodyEditsMasterData()
{
    for (const char* user : {"bergen", "coordinator"}) {
        QVERIFY(as(QLatin1String(user), QStringLiteral("UPDATE municipalities SET name = 'x'")).isNull());
        QVERIFY2(m_cluster.error().contains(QLatin1String("permission denied")), qPrintable(m_cluster.error()));
        QVERIFY(as(QLatin1String(user), QStringLiteral("CREATE TABLE mine (id integer)")).isNull());
    }
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT name FROM municipalities WHERE number = '4601'"), Database),
             QStringLiteral("Bergen"));
}

void TestServerAccess::coordinatorsEditTheirNetwork()
{
    const QString coordinator = QStringLiteral("coordinator");
    QVERIFY2(!as(coordinator,
                 QStringLiteral("INSERT INTO joint_projects (uuid, network_id, name) VALUES ('j-1', %1, "
                                "'Felles innkjøp')")
                     .arg(m_networkId))
                  .isNull(),
             qPrintable(m_cluster.error()));
    QVERIFY2(!as(coordinator,
                 QStringLiteral("INSERT INTO network_members SELECT %1, id FROM municipalities WHERE "
                                "number = '5501'")
                     .arg(m_networkId))
                  .isNull(),
             qPrintable(m_cluster.error()));
    // Tromsø is a member now: it reads the network's plans, and Bergen reads Tromsø's.
    QCOMPARE(count(QStringLiteral("tromso"), QStringLiteral("plans")), QStringLiteral("3"));
    QCOMPARE(count(QStringLiteral("bergen"), QStringLiteral("plans")), QStringLiteral("3"));
    QCOMPARE(count(QStringLiteral("bergen"), QStringLiteral("joint_projects")), QStringLiteral("1"));
    // A coordinator writes no plan.
    const QString before = everything();
    as(coordinator, QStringLiteral("UPDATE plans SET title = 'x'"));
    QVERIFY(as(coordinator,
               QStringLiteral("INSERT INTO measures (uuid, plan_id, title, status) VALUES ('m-c', %1, 'x', "
                              "'planned')")
                   .arg(m_osloPlan))
                .isNull());
    QCOMPARE(everything(), before);
    QVERIFY2(!as(coordinator,
                 QStringLiteral("DELETE FROM network_members WHERE municipality_id = (SELECT id FROM "
                                "municipalities WHERE number = '5501')"))
                  .isNull(),
             qPrintable(m_cluster.error()));
    QCOMPARE(count(QStringLiteral("tromso"), QStringLiteral("plans")), QStringLiteral("1"));
}

void TestServerAccess::initKeepsTheRules()
{
    const CliRun again
        = runActionplans({QStringLiteral("--db"), m_address, QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(as(QStringLiteral("bergen"), QStringLiteral("SELECT string_agg(uuid, ',' ORDER BY uuid) FROM plans")),
             QStringLiteral("plan-0301,plan-4601"));
    QVERIFY(as(QStringLiteral("bergen"), QStringLiteral("UPDATE municipalities SET name = 'x'")).isNull());
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relnamespace = "
                                           "'public'::regnamespace AND NOT (relrowsecurity AND relforcerowsecurity)"),
                            Database),
             QStringLiteral("0"));
}

void TestServerAccess::refusesBadUsers()
{
    const auto addUser = [this](const QString& name, const QStringList& options, const QByteArray& password) {
        return runActionplans(
            QStringList {QStringLiteral("--db"), m_address, QStringLiteral("server"), QStringLiteral("add-user"), name}
                + options,
            password);
    };
    const QStringList bergen = {QStringLiteral("--municipality"), QStringLiteral("4601")};
    const CliRun quoted = addUser(QStringLiteral("x\"; DROP TABLE plans; --"), bergen, "pw\n");
    QCOMPARE(quoted.exitCode, 2);
    QVERIFY2(quoted.err.contains(QLatin1String("cannot be a user name")), qPrintable(quoted.err));
    const CliRun twice = addUser(QStringLiteral("bergen"), bergen, "pw\n");
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(QStringLiteral("There is a user “bergen” on the server already.")),
             qPrintable(twice.err));
    const CliRun nowhere
        = addUser(QStringLiteral("nobody"), {QStringLiteral("--municipality"), QStringLiteral("9999")}, "pw\n");
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY2(nowhere.err.contains(QStringLiteral("no municipality number “9999”")), qPrintable(nowhere.err));
    const CliRun empty = addUser(QStringLiteral("nopassword"), bergen, "\n");
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("No password given for “nopassword”.")), qPrintable(empty.err));
    const CliRun neither = addUser(QStringLiteral("neither"), {}, "pw\n");
    QCOMPARE(neither.exitCode, 2);
    // A password with quotes is the password, not SQL.
    const CliRun odd = addUser(QStringLiteral("quoted"), bergen, "it's'; DROP TABLE plans; --\n");
    QVERIFY2(odd.exitCode == 0, qPrintable(odd.err));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM plans"), Database), QStringLiteral("3"));
    QCOMPARE(m_cluster.psql(
                 QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('nobody', 'nopassword', 'neither')")),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestServerAccess)
#include "test_serveraccess.moc"
