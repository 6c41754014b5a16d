// The app's own stores on a network's server (Database::connectToServer), as a municipality's adviser: they read the
// network's plans, write their own, and are refused — with a message, nothing changed — where the server's rules
// say no. The same edits through plain SQL are in test_serveraccess. A real throwaway cluster.
#include "database.h"
#include "pgcluster.h"
#include "serveraccess.h"
#include "serveraddress.h"
#include "serverconnection.h"
#include "serversetup.h"
#include "stores.h"

#include <QTest>

namespace {
const QString Name = QStringLiteral("plans");
}

class TestServerStores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readsTheNetworksPlans();
    void writesItsOwn();
    void isRefusedOthersRows();
    void changeLogIsStampedByTheServer();
    void aFieldChangedByAnotherIsNotWrittenOver();
    void refusesAServerWithoutTheSchema();

private:
    std::optional<ServerAddress> addressAs(const QString& user, const QString& database = Name) const
    {
        QString error;
        return ServerAddress::parse(m_cluster.address(database, user), &error);
    }
    // Every plan and measure on the server, read as its owner.
    QString fingerprint()
    {
        return m_cluster.psql(
            QStringLiteral("SELECT (SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM plans t) "
                           "|| (SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM measures t)"),
            Name);
    }

    PgCluster m_cluster;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    qint64 m_bergenPlan = 0;
    qint64 m_osloPlan = 0;
    qint64 m_osloMeasure = 0;
};

void TestServerStores::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY(m_cluster.exec(QStringLiteral("CREATE DATABASE %1").arg(Name)));
    QVERIFY(m_cluster.exec(QStringLiteral("CREATE DATABASE empty")));
    const std::optional<ServerAddress> owner = addressAs(QStringLiteral("postgres"));
    QVERIFY(owner);
    ServerConnection server(*owner);
    QVERIFY2(server.open(), qPrintable(server.errorString()));
    QString error;
    QVERIFY2(ServerSetup::init(server, &error), qPrintable(error));
    QVERIFY2(
        m_cluster.exec(
            QStringLiteral("INSERT INTO networks (name) VALUES ('Plastsmarte byer');"
                           "INSERT INTO network_members SELECT n.id, m.id FROM networks n, municipalities m WHERE "
                           "m.number IN ('4601', '0301');"
                           "INSERT INTO plans (uuid, municipality_id, title, kind, status) SELECT 'plan-' || number, "
                           "id, 'Plan for ' || name, 'plastic_smart', 'adopted' FROM municipalities WHERE number "
                           "IN ('4601', '0301', '5501');"
                           "INSERT INTO measures (uuid, plan_id, title, status) SELECT 'measure-' || uuid, id, "
                           "'Tiltak', 'planned' FROM plans;"),
            Name),
        qPrintable(m_cluster.error()));
    m_bergenPlan = m_cluster.psql(QStringLiteral("SELECT id FROM plans WHERE uuid = 'plan-4601'"), Name).toLongLong();
    m_osloPlan = m_cluster.psql(QStringLiteral("SELECT id FROM plans WHERE uuid = 'plan-0301'"), Name).toLongLong();
    m_osloMeasure = m_cluster.psql(QStringLiteral("SELECT id FROM measures WHERE plan_id = %1").arg(m_osloPlan), Name)
                        .toLongLong();
    QVERIFY2(ServerAccess::addMunicipalityUser(
                 server, QStringLiteral("bergen"), QStringLiteral("pw"), QStringLiteral("4601"), &error),
             qPrintable(error));
    QVERIFY2(ServerAccess::addMunicipalityUser(
                 server, QStringLiteral("bergen_kari"), QStringLiteral("pw"), QStringLiteral("4601"), &error),
             qPrintable(error));
}

void TestServerStores::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->connectToServer(*addressAs(QStringLiteral("bergen"))), qPrintable(m_db->errorString()));
    QVERIFY(m_db->isServer());
    m_stores = std::make_unique<Stores>(*m_db);
}

void TestServerStores::cleanup()
{
    m_stores.reset();
    m_db.reset();
}

void TestServerStores::readsTheNetworksPlans()
{
    QStringList titles;
    for (const PlanSummary& plan : m_stores->plans.summaries())
        titles << plan.title;
    QCOMPARE(titles, (QStringList {QStringLiteral("Plan for Oslo"), QStringLiteral("Plan for Bergen")}));
    QCOMPARE(m_stores->measures.listings(m_osloPlan).size(), 1);
    QCOMPARE(m_stores->municipalities.list().size(), 357);
}

void TestServerStores::writesItsOwn()
{
    Measure measure;
    measure.planId = m_bergenPlan;
    measure.title = QStringLiteral("Ombrukslager for møbler");
    const std::optional<qint64> id = m_stores->measures.add(measure);
    QVERIFY2(id && *id > 0, qPrintable(m_stores->measures.errorString()));
    std::optional<Measure> added = m_stores->measures.get(*id);
    QVERIFY(added);
    added->progress = 40;
    added->status = QStringLiteral("in_progress");
    QVERIFY2(m_stores->measures.update(*added), qPrintable(m_stores->measures.errorString()));
    QCOMPARE(
        m_cluster.psql(QStringLiteral("SELECT status || ' ' || progress FROM measures WHERE id = %1").arg(*id), Name),
        QStringLiteral("in_progress 40"));
    QVERIFY2(m_stores->measures.remove(*id), qPrintable(m_stores->measures.errorString()));
    QVERIFY(!m_stores->measures.get(*id));
}

void TestServerStores::isRefusedOthersRows()
{
    const QString before = fingerprint();
    QVERIFY(!before.isEmpty());
    // Oslo's plan: readable, not writable.
    Measure intoOslo;
    intoOslo.planId = m_osloPlan;
    intoOslo.title = QStringLiteral("Sneaked in");
    QVERIFY(!m_stores->measures.add(intoOslo));
    QVERIFY2(m_stores->measures.errorString().contains(QLatin1String("the server refused it: you may not change this")),
             qPrintable(m_stores->measures.errorString()));
    std::optional<Measure> osloMeasure = m_stores->measures.get(m_osloMeasure);
    QVERIFY(osloMeasure);
    osloMeasure->title = QStringLiteral("Changed by Bergen");
    QVERIFY(!m_stores->measures.update(*osloMeasure));
    QVERIFY2(m_stores->measures.errorString().contains(QLatin1String("the server refused it")),
             qPrintable(m_stores->measures.errorString()));
    QVERIFY(!m_stores->measures.remove(m_osloMeasure));
    QVERIFY2(m_stores->measures.errorString().contains(QLatin1String("the server refused it")),
             qPrintable(m_stores->measures.errorString()));
    std::optional<Plan> osloPlan = m_stores->plans.get(m_osloPlan);
    QVERIFY(osloPlan);
    osloPlan->title = QStringLiteral("Bergen's now");
    QVERIFY(!m_stores->plans.update(*osloPlan));
    // Tromsø's plan, outside the network, cannot even be seen.
    const qint64 tromsoPlan
        = m_cluster.psql(QStringLiteral("SELECT id FROM plans WHERE uuid = 'plan-5501'"), Name).toLongLong();
    QVERIFY(tromsoPlan > 0);
    QVERIFY(!m_stores->plans.get(tromsoPlan));
    QCOMPARE(fingerprint(), before);
    // After a refusal the connection works on.
    QVERIFY(m_stores->plans.get(m_bergenPlan));
}

void TestServerStores::changeLogIsStampedByTheServer()
{
    m_db->setAuthor(QStringLiteral("Someone Else")); // a client's word is not taken on the server
    Plan plan;
    plan.municipalityId = m_stores->municipalities.byNumber(QStringLiteral("4601"))->id;
    plan.title = QStringLiteral("Klimaplan");
    const std::optional<qint64> id = m_stores->plans.add(plan);
    QVERIFY2(id, qPrintable(m_stores->plans.errorString()));
    QCOMPARE(
        m_cluster.psql(
            QStringLiteral("SELECT os_user FROM change_log WHERE entity = 'plans' AND entity_id = %1").arg(*id), Name),
        QStringLiteral("bergen"));
}

void TestServerStores::refusesAServerWithoutTheSchema()
{
    Database db;
    QVERIFY(!db.connectToServer(*addressAs(QStringLiteral("postgres"), QStringLiteral("empty"))));
    QVERIFY2(db.errorString().contains(QLatin1String("has no Action Plans schema yet")), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QLatin1String("server init")), qPrintable(db.errorString()));
    QVERIFY(!db.isServer());
}

// Two advisers of Bergen, two connections: what one changed after the other saw the measure is not written over; a
// field the other did not touch is still theirs to change; the refusal names who made the other change.
void TestServerStores::aFieldChangedByAnotherIsNotWrittenOver()
{
    Measure measure;
    measure.planId = m_bergenPlan;
    measure.title = QStringLiteral("Kartlegge plastbruken");
    const qint64 id = *m_stores->measures.add(measure);
    const Measure seen = *m_stores->measures.get(id);

    Database colleagueDb;
    QVERIFY2(colleagueDb.connectToServer(*addressAs(QStringLiteral("bergen_kari"))),
             qPrintable(colleagueDb.errorString()));
    Stores colleague(colleagueDb);
    Measure theirs = *colleague.measures.get(id);
    theirs.title = QStringLiteral("Kartlegge plastbruken i skolene");
    QVERIFY(colleague.measures.update(theirs, &seen));

    Measure mine = seen;
    mine.title = QStringLiteral("Kartlegge plast");
    QVERIFY(!m_stores->measures.update(mine, &seen));
    QVERIFY2(m_stores->measures.errorString().contains(QLatin1String("Someone else (bergen_kari) changed this")),
             qPrintable(m_stores->measures.errorString()));
    const std::optional<Store::Conflict> conflict = m_stores->measures.lastConflict();
    QVERIFY(conflict);
    QCOMPARE(conflict->field, QStringLiteral("title"));
    QCOMPARE(conflict->theirs.toString(), QStringLiteral("Kartlegge plastbruken i skolene"));
    QCOMPARE(conflict->yours.toString(), QStringLiteral("Kartlegge plast"));
    QCOMPARE(conflict->who, QStringLiteral("bergen_kari")); // her change-log row is Bergen's to read
    QVERIFY(!conflict->when.isEmpty());
    QCOMPARE(m_stores->measures.get(id)->title, QStringLiteral("Kartlegge plastbruken i skolene"));

    // Another field, from the same old view: saved, and the colleague's title stays.
    Measure progress = seen;
    progress.progress = 30;
    QVERIFY2(m_stores->measures.update(progress, &seen), qPrintable(m_stores->measures.errorString()));
    QVERIFY(!m_stores->measures.lastConflict());
    const Measure now = *colleague.measures.get(id);
    QCOMPARE(now.title, QStringLiteral("Kartlegge plastbruken i skolene"));
    QCOMPARE(now.progress, 30);
    // The same value typed by both is no conflict.
    Measure same = seen;
    same.title = QStringLiteral("Kartlegge plastbruken i skolene");
    QVERIFY2(m_stores->measures.update(same, &seen), qPrintable(m_stores->measures.errorString()));
}

QTEST_GUILESS_MAIN(TestServerStores)
#include "test_serverstores.moc"
