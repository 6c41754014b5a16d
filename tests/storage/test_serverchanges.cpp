// Live changes on a network's server: what one adviser commits, another's window hears of within a second through
// LISTEN/NOTIFY (ServerChanges, and OutsideChanges as the window uses it), never its own edits, and again after the
// server was killed and came back. A real throwaway cluster.
#include "database.h"
#include "outsidechanges.h"
#include "pgcluster.h"
#include "serveraccess.h"
#include "serveraddress.h"
#include "serverchanges.h"
#include "serverconnection.h"
#include "serversetup.h"
#include "stores.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QString Name = QStringLiteral("plans");
// Notifications arrive at commit, through the event loop; a second is what an adviser waits at most.
constexpr int HeardWithinMs = 1000;
} // namespace

class TestServerChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hearsAnotherConnectionsCommit();
    void doesNotHearItsOwnEdits();
    void tellsTheWindowOnceForABurst();
    void listensAgainAfterTheServerIsKilled();
    void editsAgainAfterTheServerIsKilled();

private:
    ServerAddress addressAs(const QString& user) const
    {
        return *ServerAddress::parse(m_cluster.address(Name, user), nullptr);
    }
    // Another adviser of Bergen changes the measure's progress in a transaction of their own.
    bool editAsColleague(int progress)
    {
        return m_cluster.exec(
            QStringLiteral("UPDATE measures SET progress = %1 WHERE id = %2").arg(progress).arg(m_measure), Name);
    }

    PgCluster m_cluster;
    qint64 m_measure = 0;
};

void TestServerChanges::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY(m_cluster.exec(QStringLiteral("CREATE DATABASE %1").arg(Name)));
    ServerConnection owner(addressAs(QStringLiteral("postgres")));
    QVERIFY2(owner.open(), qPrintable(owner.errorString()));
    QString error;
    QVERIFY2(ServerSetup::init(owner, &error), qPrintable(error));
    QVERIFY2(ServerAccess::addMunicipalityUser(
                 owner, QStringLiteral("bergen"), QStringLiteral("pw"), QStringLiteral("4601"), &error),
             qPrintable(error));
    QVERIFY2(m_cluster.exec(QStringLiteral("INSERT INTO plans (uuid, municipality_id, title, kind, status) SELECT "
                                           "'plan-bergen', id, 'Plan for Bergen', 'plastic_smart', 'adopted' FROM "
                                           "municipalities WHERE number = '4601';"
                                           "INSERT INTO measures (uuid, plan_id, title, status) SELECT 'measure-1', "
                                           "id, 'Tiltak', 'planned' FROM plans;"),
                            Name),
             qPrintable(m_cluster.error()));
    m_measure = m_cluster.psql(QStringLiteral("SELECT id FROM measures"), Name).toLongLong();
    QVERIFY(m_measure > 0);
}

void TestServerChanges::hearsAnotherConnectionsCommit()
{
    ServerChanges changes(addressAs(QStringLiteral("bergen")), 0);
    QVERIFY2(changes.start(), qPrintable(changes.errorString()));
    QSignalSpy heard(&changes, &ServerChanges::changed);
    QVERIFY(editAsColleague(10));
    QVERIFY(heard.wait(HeardWithinMs));
    QCOMPARE(heard.first().first().toString(), QStringLiteral("measures"));
}

void TestServerChanges::doesNotHearItsOwnEdits()
{
    Database db;
    QVERIFY2(db.connectToServer(addressAs(QStringLiteral("bergen"))), qPrintable(db.errorString()));
    ServerChanges changes(addressAs(QStringLiteral("bergen")), db.server()->backendPid());
    QVERIFY2(changes.start(), qPrintable(changes.errorString()));
    QSignalSpy heard(&changes, &ServerChanges::changed);
    Stores stores(db);
    std::optional<Measure> measure = stores.measures.get(m_measure);
    QVERIFY(measure);
    measure->progress = 20;
    QVERIFY2(stores.measures.update(*measure), qPrintable(stores.measures.errorString()));
    QVERIFY(!heard.wait(HeardWithinMs)); // our own commit: not told
    QVERIFY(editAsColleague(30)); // but a colleague's, on the same server, is
    QVERIFY(heard.wait(HeardWithinMs));
}

void TestServerChanges::tellsTheWindowOnceForABurst()
{
    Database db;
    QVERIFY2(db.connectToServer(addressAs(QStringLiteral("bergen"))), qPrintable(db.errorString()));
    OutsideChanges outside;
    outside.watch(&db);
    QSignalSpy changed(&outside, &OutsideChanges::changed);
    for (int progress = 31; progress <= 50; ++progress)
        QVERIFY(editAsColleague(progress));
    QVERIFY(changed.wait(HeardWithinMs));
    QTest::qWait(500); // what came after the first notice is taken with it, a quarter second apart at most
    QVERIFY2(changed.size() <= 3, qPrintable(QString::number(changed.size())));
    // What the window reads now is the colleague's last value.
    Stores stores(db);
    QCOMPARE(stores.measures.get(m_measure)->progress, 50);
}

void TestServerChanges::listensAgainAfterTheServerIsKilled()
{
    ServerChanges changes(addressAs(QStringLiteral("bergen")), 0);
    QVERIFY2(changes.start(), qPrintable(changes.errorString()));
    QSignalSpy reconnected(&changes, &ServerChanges::reconnected);
    QSignalSpy heard(&changes, &ServerChanges::changed);
    QVERIFY2(m_cluster.restart(), qPrintable(m_cluster.error()));
    // The watchdog looks every few seconds; the reconnection tells the window to read everything again.
    QVERIFY(reconnected.wait(10000));
    QVERIFY(changes.isListening());
    QVERIFY(editAsColleague(60));
    QVERIFY(heard.wait(HeardWithinMs));
}

void TestServerChanges::editsAgainAfterTheServerIsKilled()
{
    Database db;
    QVERIFY2(db.connectToServer(addressAs(QStringLiteral("bergen"))), qPrintable(db.errorString()));
    Stores stores(db);
    std::optional<Measure> measure = stores.measures.get(m_measure);
    QVERIFY(measure);
    measure->progress = 70;
    QVERIFY2(stores.measures.update(*measure), qPrintable(stores.measures.errorString())); // statements prepared
    const int backendBefore = db.server()->backendPid();
    QVERIFY2(m_cluster.restart(), qPrintable(m_cluster.error()));
    // The next edit finds the connection gone before it sent anything, connects again and is saved.
    QSignalSpy reconnected(&db, &Database::reconnected);
    measure->progress = 80;
    QVERIFY2(stores.measures.update(*measure), qPrintable(stores.measures.errorString()));
    QCOMPARE(reconnected.size(), 1);
    QVERIFY(db.server()->backendPid() != backendBefore);
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT progress FROM measures WHERE id = %1").arg(m_measure), Name),
             QStringLiteral("80"));
    QCOMPARE(stores.measures.get(m_measure)->progress, 80);
}

QTEST_GUILESS_MAIN(TestServerChanges)
#include "test_serverchanges.moc"
