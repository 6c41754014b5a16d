// Offline copies of a network's server (OfflineCopy), against a real, throwaway PostgreSQL cluster: the merge table
// with edits made through the app's own stores on both sides, refusals, history, and syncs interrupted by SIGKILL or
// by the server going away, run again to the same end.

#include "clirun.h"
#include "database.h"
#include "offlinecopy.h"
#include "pgcluster.h"
#include "serveraccess.h"
#include "serveraddress.h"
#include "serverconnection.h"
#include "serversetup.h"
#include "stores.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

const QString Template = QStringLiteral("sync_template");
const QString MeasureM = QStringLiteral("measure-m");
const QString MeasureN = QStringLiteral("measure-n");
const QString MeasureS = QStringLiteral("measure-s"); // Sandefjord's: not Horten's to change

// One side of a sync, open through the app's own stores: the copy's file, or the server as Horten's adviser.
struct Side
{
    Database db;
    std::unique_ptr<Stores> stores;

    std::optional<Measure> measure(const QString& uuid) const
    {
        const QVector<Measure> found = stores->measures.list(QStringLiteral("uuid"), uuid);
        return found.isEmpty() ? std::nullopt : std::optional<Measure>(found.first());
    }
    // "title/status", or "-" when the measure is gone.
    QString state(const QString& uuid) const
    {
        const std::optional<Measure> m = measure(uuid);
        return m ? m->title + QLatin1Char('/') + m->status : QStringLiteral("-");
    }
    int updates(const QString& uuid) const
    {
        const std::optional<Measure> m = measure(uuid);
        return m ? int(stores->progressUpdates.list(QStringLiteral("measure_id"), m->id).size()) : -1;
    }
    // An edit as the tables write it: "title=X", "status=done", "delete", "update" (a progress update), "m2." before
    // it for the other measure.
    bool apply(const QString& edit)
    {
        if (edit.isEmpty())
            return true;
        const QString uuid = edit.startsWith(QLatin1String("m2.")) ? MeasureN : MeasureM;
        const QString what = edit.startsWith(QLatin1String("m2.")) ? edit.mid(3) : edit;
        std::optional<Measure> m = measure(uuid);
        if (!m)
            return false;
        if (what == QLatin1String("delete"))
            return stores->measures.remove(m->id);
        if (what == QLatin1String("update")) {
            ProgressUpdate update;
            update.measureId = m->id;
            update.date = QDate(2026, 12, 1);
            update.status = QStringLiteral("in_progress");
            update.progress = 40;
            return stores->progressUpdates.add(update).has_value();
        }
        const QStringList parts = what.split(QLatin1Char('='));
        if (parts.at(0) == QLatin1String("title"))
            m->title = parts.at(1);
        else
            m->status = parts.at(1);
        return stores->measures.update(*m);
    }
};

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class TestOfflineSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void copyHoldsTheNetwork();
    void mergeTable_data();
    void mergeTable();
    void anotherMunicipalitysChangeIsRefusedAndKept();
    void historyTravelsBothWaysOnce();
    void conflictNamesWhoChangedIt();
    void rowsMadeWithoutAUuidTravelToo();
    void copyOfAnotherServerIsRefused();
    void copyFromANewerAppIsRefused();
    void killedAtRandomEndsTheSame();
    void serverGoneMidSyncEndsTheSame();
    void randomSequencesConverge();

private:
    QString address(const QString& user = QStringLiteral("horten")) const
    {
        return m_cluster.address(m_database, user);
    }
    bool connect(Side& side, const QString& user = QStringLiteral("horten"));
    bool openCopy(Side& side, const QString& path);
    std::optional<OfflineCopy::Report> sync(Side& copy, const QHash<SyncChoiceKey, SyncChoice>& choices = {});
    QString makeCopy(const QString& name);
    void checkRound(int round, int updatesM, int updatesN);

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_database;
    int m_run = 0;
    QString m_copyPath;
    std::unique_ptr<Side> m_server;
    std::unique_ptr<Side> m_copy;
};

bool TestOfflineSync::connect(Side& side, const QString& user)
{
    QString error;
    const std::optional<ServerAddress> parsed = ServerAddress::parse(address(user), &error);
    if (!parsed || !side.db.connectToServer(*parsed))
        return false;
    side.stores = std::make_unique<Stores>(side.db);
    return true;
}

bool TestOfflineSync::openCopy(Side& side, const QString& path)
{
    if (!side.db.open(path))
        return false;
    side.stores = std::make_unique<Stores>(side.db);
    return true;
}

std::optional<OfflineCopy::Report> TestOfflineSync::sync(Side& copy, const QHash<SyncChoiceKey, SyncChoice>& choices)
{
    // The adviser's own connection to the server, as the window has it.
    QString error;
    if (!m_server->db.ensureConnected())
        return std::nullopt;
    std::optional<OfflineCopy::Report> report = OfflineCopy::sync(copy.db, m_server->db, choices, &error);
    if (!report)
        qWarning() << "sync:" << error;
    return report;
}

QString TestOfflineSync::makeCopy(const QString& name)
{
    const QString path = m_dir.filePath(name + QString::number(m_run) + QStringLiteral(".handlingsplan"));
    Side server;
    if (!connect(server))
        return {};
    QString error;
    if (!OfflineCopy::create(server.db, path, &error)) {
        qWarning() << "copy:" << error;
        return {};
    }
    return path;
}

void TestOfflineSync::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY(m_cluster.exec(QStringLiteral("CREATE DATABASE %1").arg(Template)));
    QString error;
    const std::optional<ServerAddress> owner = ServerAddress::parse(m_cluster.address(Template), &error);
    QVERIFY(owner);
    {
        ServerConnection server(*owner);
        QVERIFY2(server.open(), qPrintable(server.errorString()));
        QVERIFY2(ServerSetup::init(server, &error), qPrintable(error));
        QVERIFY2(ServerAccess::addMunicipalityUser(
                     server, QStringLiteral("horten"), QStringLiteral("pw"), QStringLiteral("3901"), &error),
                 qPrintable(error));
    }
    // Horten's plan with two measures, Sandefjord's with one, both members of one network.
    QVERIFY2(m_cluster.exec(
                 QStringLiteral(
                     "INSERT INTO networks (name) VALUES ('Plastsmarte byer');"
                     "INSERT INTO network_members SELECT n.id, m.id FROM networks n, municipalities m WHERE "
                     "m.number IN ('3901', '3907');"
                     "INSERT INTO plans (uuid, municipality_id, title, kind, status) SELECT 'plan-' || number, id, "
                     "'Plan for ' || name, 'plastic_smart', 'adopted' FROM municipalities WHERE number IN ('3901', "
                     "'3907');"
                     "INSERT INTO measures (uuid, plan_id, title, status) SELECT 'measure-m', id, 'Sortering', "
                     "'planned' FROM plans WHERE uuid = 'plan-3901';"
                     "INSERT INTO measures (uuid, plan_id, title, status) SELECT 'measure-n', id, 'Kartlegging', "
                     "'planned' FROM plans WHERE uuid = 'plan-3901';"
                     "INSERT INTO measures (uuid, plan_id, title, status) SELECT 'measure-s', id, 'Strandrydding', "
                     "'planned' FROM plans WHERE uuid = 'plan-3907';"
                     "INSERT INTO progress_updates (uuid, measure_id, date, status, progress) SELECT 'update-1', id, "
                     "'2026-01-10', 'in_progress', 10 FROM measures WHERE uuid = 'measure-m';"),
                 Template),
             qPrintable(m_cluster.error()));
}

void TestOfflineSync::init()
{
    ++m_run;
    m_database = QStringLiteral("sync_%1").arg(m_run);
    QVERIFY2(m_cluster.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_database, Template)),
             qPrintable(m_cluster.error()));
    m_copyPath = makeCopy(QStringLiteral("copy"));
    QVERIFY(!m_copyPath.isEmpty());
    m_server = std::make_unique<Side>();
    m_copy = std::make_unique<Side>();
    QVERIFY(connect(*m_server));
    QVERIFY(openCopy(*m_copy, m_copyPath));
}

void TestOfflineSync::cleanup()
{
    m_copy.reset();
    m_server.reset();
    m_cluster.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
}

void TestOfflineSync::copyHoldsTheNetwork()
{
    // Horten's plan to edit, Sandefjord's to read, with where it came from; a second sync finds nothing to do.
    QCOMPARE(m_copy->state(MeasureM), QStringLiteral("Sortering/planned"));
    QCOMPARE(m_copy->state(MeasureS), QStringLiteral("Strandrydding/planned"));
    QCOMPARE(m_copy->updates(MeasureM), 1);
    const std::optional<OfflineCopy::Origin> origin = OfflineCopy::originOf(m_copy->db);
    QVERIFY(origin);
    QCOMPARE(origin->editable, QStringList {QStringLiteral("3901")});
    QCOMPARE(origin->serverUser, QStringLiteral("horten"));
    QVERIFY(!origin->serverAddress.contains(QLatin1String("pw")));
    QVERIFY(m_copy->db.problems().isEmpty());
    // The copy lets the user change what the server does: Horten's plans, not Sandefjord's.
    QVERIFY(m_copy->db.mayEditMunicipality(m_copy->stores->municipalities.byNumber(QStringLiteral("3901"))->id));
    QVERIFY(!m_copy->db.mayEditMunicipality(m_copy->stores->municipalities.byNumber(QStringLiteral("3907"))->id));
    const std::optional<OfflineCopy::Report> again = sync(*m_copy);
    QVERIFY(again);
    QCOMPARE(again->sent, 0);
    QCOMPARE(again->received, 0);
    QCOMPARE(OfflineCopy::pendingChanges(m_copy->db), 0);
}

void TestOfflineSync::mergeTable_data()
{
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("copy");
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("open");
    QTest::addColumn<int>("updates"); // progress updates of the measure on the server afterwards

    const QString start = QStringLiteral("Sortering/planned");
    QTest::newRow("different fields") << "title=A"
                                      << "status=done"
                                      << ""
                                      << "A/done"
                                      << "A/done" << 0 << 1;
    QTest::newRow("different fields, other way") << "status=done"
                                                 << "title=A"
                                                 << ""
                                                 << "A/done"
                                                 << "A/done" << 0 << 1;
    QTest::newRow("different measures") << "m2.title=B"
                                        << "title=A"
                                        << ""
                                        << "A/planned"
                                        << "A/planned" << 0 << 1;
    QTest::newRow("identical edits") << "title=A"
                                     << "title=A"
                                     << ""
                                     << "A/planned"
                                     << "A/planned" << 0 << 1;
    QTest::newRow("same field") << "title=A"
                                << "title=B"
                                << ""
                                << "A/planned"
                                << "B/planned" << 1 << 1;
    QTest::newRow("same field, mine") << "title=A"
                                      << "title=B"
                                      << "mine"
                                      << "A/planned"
                                      << "A/planned" << 0 << 1;
    QTest::newRow("same field, theirs") << "title=A"
                                        << "title=B"
                                        << "theirs"
                                        << "B/planned"
                                        << "B/planned" << 0 << 1;
    QTest::newRow("deleted here, edited there") << "delete"
                                                << "title=B"
                                                << ""
                                                << "-"
                                                << "B/planned" << 1 << 1;
    QTest::newRow("deleted here, edited there, mine") << "delete"
                                                      << "title=B"
                                                      << "mine"
                                                      << "-"
                                                      << "-" << 0 << -1;
    QTest::newRow("deleted here, edited there, theirs") << "delete"
                                                        << "title=B"
                                                        << "theirs"
                                                        << "B/planned"
                                                        << "B/planned" << 0 << 1;
    QTest::newRow("edited here, deleted there") << "title=A"
                                                << "delete"
                                                << ""
                                                << "A/planned"
                                                << "-" << 1 << -1;
    QTest::newRow("edited here, deleted there, mine") << "title=A"
                                                      << "delete"
                                                      << "mine"
                                                      << "A/planned"
                                                      << "A/planned" << 0 << 1;
    QTest::newRow("edited here, deleted there, theirs") << "title=A"
                                                        << "delete"
                                                        << "theirs"
                                                        << "-"
                                                        << "-" << 0 << -1;
    QTest::newRow("update here, deleted there, mine") << "update"
                                                      << "delete"
                                                      << "mine" << start << start << 0 << 2;
    QTest::newRow("deleted here") << "delete"
                                  << ""
                                  << ""
                                  << "-"
                                  << "-" << 0 << -1;
    QTest::newRow("deleted there") << ""
                                   << "delete"
                                   << ""
                                   << "-"
                                   << "-" << 0 << -1;
    QTest::newRow("deleted on both") << "delete"
                                     << "delete"
                                     << ""
                                     << "-"
                                     << "-" << 0 << -1;
    QTest::newRow("updates on both sides") << "update"
                                           << "update"
                                           << "" << start << start << 0 << 3;
}

void TestOfflineSync::mergeTable()
{
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, choice);
    QFETCH(QString, copy);
    QFETCH(QString, server);
    QFETCH(int, open);
    QFETCH(int, updates);

    QVERIFY(m_copy->apply(mine));
    QVERIFY(m_server->apply(theirs));
    QHash<SyncChoiceKey, SyncChoice> choices;
    if (!choice.isEmpty())
        choices.insert({}, choice == QLatin1String("mine") ? SyncChoice::Mine : SyncChoice::Theirs);
    const std::optional<OfflineCopy::Report> report = sync(*m_copy, choices);
    QVERIFY(report);
    QCOMPARE(m_copy->state(MeasureM), copy);
    QCOMPARE(m_server->state(MeasureM), server);
    QCOMPARE(int(report->open.size()), open);
    QCOMPARE(m_server->updates(MeasureM), updates);
    if (open == 0)
        QCOMPARE(m_copy->updates(MeasureM), updates);
    QVERIFY(m_copy->db.problems().isEmpty());
    // Run again: the same result, nothing sent twice, and an open conflict still open.
    const std::optional<OfflineCopy::Report> again = sync(*m_copy, choices);
    QVERIFY(again);
    QCOMPARE(again->sent, 0);
    QCOMPARE(int(again->open.size()), open);
    QCOMPARE(m_copy->state(MeasureM), copy);
    QCOMPARE(m_server->state(MeasureM), server);
    QCOMPARE(m_server->updates(MeasureM), updates);
}

void TestOfflineSync::anotherMunicipalitysChangeIsRefusedAndKept()
{
    std::optional<Measure> theirs = m_copy->measure(MeasureS);
    QVERIFY(theirs);
    theirs->title = QStringLiteral("Changed offline");
    QVERIFY(m_copy->stores->measures.update(*theirs));
    QVERIFY(m_copy->apply(QStringLiteral("title=Mine")));
    const std::optional<OfflineCopy::Report> report = sync(*m_copy);
    QVERIFY(report);
    QCOMPARE(report->refused, QStringList {QStringLiteral("Measure “Changed offline”")});
    QCOMPARE(m_server->state(MeasureS), QStringLiteral("Strandrydding/planned"));
    QCOMPARE(m_copy->state(MeasureS), QStringLiteral("Changed offline/planned"));
    QCOMPARE(m_server->state(MeasureM), QStringLiteral("Mine/planned")); // the rest went
    // Still refused, and still kept, next time.
    const std::optional<OfflineCopy::Report> again = sync(*m_copy);
    QVERIFY(again);
    QCOMPARE(again->refused.size(), 1);
    QCOMPARE(m_copy->state(MeasureS), QStringLiteral("Changed offline/planned"));
}

void TestOfflineSync::historyTravelsBothWaysOnce()
{
    QVERIFY(m_copy->apply(QStringLiteral("title=Offline")));
    QVERIFY(m_server->apply(QStringLiteral("m2.status=done")));
    // How far behind the copy is: the server's one change.
    QCOMPARE(OfflineCopy::serverChangesSince(m_server->db, *OfflineCopy::originOf(m_copy->db)), std::optional<int>(1));
    QVERIFY(sync(*m_copy));
    QVERIFY(sync(*m_copy));
    const qint64 serverM = m_server->measure(MeasureM)->id;
    const qint64 copyN = m_copy->measure(MeasureN)->id;
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'measures' AND entity_id = "
                                           "%1 AND field = 'title' AND new_value = 'Offline'")
                                .arg(serverM),
                            m_database),
             QStringLiteral("1"));
    QSqlQuery query(m_copy->db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), max(os_user) FROM change_log WHERE entity = 'measures' AND "
                                      "entity_id = %1 AND field = 'status' AND new_value = 'done'")
                           .arg(copyN)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), QStringLiteral("horten"));
}

void TestOfflineSync::conflictNamesWhoChangedIt()
{
    QVERIFY(m_copy->apply(QStringLiteral("title=Mine")));
    QVERIFY(m_server->apply(QStringLiteral("title=Theirs")));
    std::optional<OfflineCopy::Report> report = sync(*m_copy);
    QVERIFY(report);
    QCOMPARE(report->open.size(), 1);
    const SyncConflict conflict = report->open.first();
    QCOMPARE(conflict.label, QStringLiteral("Measure “Mine”"));
    QCOMPARE(conflict.field, QStringLiteral("title"));
    QCOMPARE(conflict.mine.toString(), QStringLiteral("Mine"));
    QCOMPARE(conflict.theirs.toString(), QStringLiteral("Theirs"));
    QCOMPARE(conflict.mineText, QStringLiteral("Mine"));
    QCOMPARE(conflict.theirsText, QStringLiteral("Theirs"));
    QCOMPARE(conflict.who, QStringLiteral("horten"));
    QVERIFY(!conflict.when.isEmpty());
    // Choosing theirs keeps mine in the measure's history on the server.
    report = sync(*m_copy, {{{conflict.table, conflict.key, conflict.field}, SyncChoice::Theirs}});
    QVERIFY(report);
    QVERIFY(report->open.isEmpty());
    QCOMPARE(m_copy->state(MeasureM), QStringLiteral("Theirs/planned"));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM change_log WHERE field = 'title' AND old_value = "
                                           "'Mine' AND new_value = 'Theirs'"),
                            m_database),
             QStringLiteral("1"));
    // …and in the copy's, once, however often it syncs.
    QVERIFY(sync(*m_copy));
    QSqlQuery query(m_copy->db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'measures' AND entity_id = %1 "
                                      "AND field = 'title' AND old_value = 'Mine' AND new_value = 'Theirs'")
                           .arg(m_copy->measure(MeasureM)->id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestOfflineSync::rowsMadeWithoutAUuidTravelToo()
{
    // A progress update written by hand (or by an older version) has no UUID: the sync gives it one and sends it.
    QSqlQuery insert(m_copy->db.connection());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO progress_updates (measure_id, date, status, progress, comment) "
                                       "VALUES (%1, '2026-11-30', 'in_progress', 60, 'by hand')")
                            .arg(m_copy->measure(MeasureM)->id)));
    const int before = m_server->updates(MeasureM);
    QVERIFY(sync(*m_copy));
    QCOMPARE(m_server->updates(MeasureM), before + 1);
    QVERIFY(sync(*m_copy));
    QCOMPARE(m_server->updates(MeasureM), before + 1);
    QCOMPARE(m_copy->updates(MeasureM), before + 1);
}

void TestOfflineSync::copyOfAnotherServerIsRefused()
{
    QVERIFY(m_copy->apply(QStringLiteral("title=Mine")));
    m_copy.reset();
    QVERIFY(m_cluster.exec(QStringLiteral("UPDATE schema_version SET instance = 'another'"), m_database));
    const QByteArray before = hashOf(m_copyPath);
    const CliRun run = runActionplans({QStringLiteral("--db"), m_copyPath, QStringLiteral("sync")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("another server")), qPrintable(run.err));
    QCOMPARE(hashOf(m_copyPath), before);
    QCOMPARE(m_server->state(MeasureM), QStringLiteral("Sortering/planned"));
}

void TestOfflineSync::copyFromANewerAppIsRefused()
{
    m_copy.reset();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_copyPath);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = hashOf(m_copyPath);
    const CliRun run = runActionplans({QStringLiteral("--db"), m_copyPath, QStringLiteral("sync")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("newer")), qPrintable(run.err));
    QCOMPARE(hashOf(m_copyPath), before);
}

namespace {

// One round of the interrupted-sync tests: an edit on each side, to different measures, so that the end is known.
bool editBothSides(Side& copy, Side& server, int round)
{
    return copy.apply(QStringLiteral("title=copy %1").arg(round)) && copy.apply(QStringLiteral("update"))
        && server.apply(QStringLiteral("m2.title=server %1").arg(round)) && server.apply(QStringLiteral("m2.update"));
}

} // namespace

// After round of editBothSides and a sync run to its end: each side's edit on the other, every update once on both.
void TestOfflineSync::checkRound(int round, int updatesM, int updatesN)
{
    QCOMPARE(m_server->state(MeasureM), QStringLiteral("copy %1/planned").arg(round));
    QCOMPARE(m_copy->state(MeasureN), QStringLiteral("server %1/planned").arg(round));
    QCOMPARE(m_server->updates(MeasureM), updatesM + round);
    QCOMPARE(m_copy->updates(MeasureM), updatesM + round);
    QCOMPARE(m_copy->updates(MeasureN), updatesN + round);
    QCOMPARE(m_server->updates(MeasureN), updatesN + round);
}

void TestOfflineSync::killedAtRandomEndsTheSame()
{
    QRandomGenerator random(26);
    const int updatesM = m_server->updates(MeasureM);
    const int updatesN = m_server->updates(MeasureN);
    int interrupted = 0;
    for (int round = 1; round <= 50; ++round) {
        QVERIFY(editBothSides(*m_copy, *m_server, round));
        QProcess child;
        child.start(QStringLiteral(ACTIONPLANS_BINARY), {QStringLiteral("--db"), m_copyPath, QStringLiteral("sync")});
        QVERIFY(child.waitForStarted());
        QThread::msleep(random.bounded(10, 160));
        child.kill(); // SIGKILL: no chance to clean up
        child.waitForFinished();
        interrupted += child.exitStatus() == QProcess::CrashExit;
        const CliRun rerun = runActionplans({QStringLiteral("--db"), m_copyPath, QStringLiteral("sync")});
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
        checkRound(round, updatesM, updatesN);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d of 50 syncs were killed before they finished", interrupted);
    QVERIFY(m_copy->db.problems().isEmpty());
    // Every change-log row of the copy is on the server once.
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM change_log WHERE field = 'title' AND new_value LIKE "
                                           "'copy %'"),
                            m_database),
             QStringLiteral("50"));
}

void TestOfflineSync::serverGoneMidSyncEndsTheSame()
{
    QRandomGenerator random(2026);
    const int updatesM = m_server->updates(MeasureM);
    const int updatesN = m_server->updates(MeasureN);
    QSqlDatabase owner = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("owner"));
    owner.setHostName(m_cluster.socketDir());
    owner.setPort(m_cluster.port());
    owner.setUserName(QStringLiteral("postgres"));
    owner.setDatabaseName(m_database);
    QVERIFY(owner.open());
    const int ours = m_server->db.server()->backendPid();
    int cut = 0;
    for (int round = 1; round <= 22; ++round) {
        QVERIFY(m_server->db.ensureConnected());
        QVERIFY(editBothSides(*m_copy, *m_server, round));
        QProcess child;
        child.start(QStringLiteral(ACTIONPLANS_BINARY), {QStringLiteral("--db"), m_copyPath, QStringLiteral("sync")});
        QVERIFY(child.waitForStarted());
        if (round > 20) { // the whole server stops, then comes back
            QThread::msleep(random.bounded(20, 80));
            QVERIFY(m_cluster.crash());
            child.waitForFinished();
            QVERIFY(m_cluster.resume());
            QVERIFY(owner.open());
        } else { // the sync's own connection is cut, at a moment it is busy
            QSqlQuery find(owner);
            QElapsedTimer waited;
            waited.start();
            int backend = 0;
            while (backend == 0 && waited.elapsed() < 5000 && child.state() == QProcess::Running) {
                find.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename = 'horten' AND pid <> %1 "
                                         "AND pid <> pg_backend_pid()")
                              .arg(ours));
                backend = find.next() ? find.value(0).toInt() : 0;
            }
            QThread::msleep(random.bounded(0, 20));
            if (backend)
                QSqlQuery(owner).exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend));
            child.waitForFinished();
        }
        cut += child.exitCode() != 0;
        QVERIFY(m_server->db.ensureConnected());
        const CliRun rerun = runActionplans({QStringLiteral("--db"), m_copyPath, QStringLiteral("sync")});
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
        checkRound(round, updatesM, updatesN);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d of 22 syncs lost their server before they finished", cut);
    owner.close();
    QVERIFY(m_copy->db.problems().isEmpty());
}

namespace {

// The merge rules by hand, for the fields the property test edits: a register per side, and the base each copy saw.
struct FieldModel
{
    QString server;
    QString copy[2];
    QString base[2];

    void sync(int which, bool mine)
    {
        QString& value = copy[which];
        QString& seen = base[which];
        QString result;
        if (value == server || server == seen)
            result = value;
        else if (value == seen)
            result = server;
        else
            result = mine ? value : server;
        server = value = seen = result;
    }
};

} // namespace

void TestOfflineSync::randomSequencesConverge()
{
    const QString second = makeCopy(QStringLiteral("second"));
    QVERIFY(!second.isEmpty());
    Side other;
    QVERIFY(openCopy(other, second));
    Side* copies[2] = {m_copy.get(), &other};
    const QStringList measures = {MeasureM, MeasureN};
    const QStringList statuses
        = {QStringLiteral("planned"), QStringLiteral("in_progress"), QStringLiteral("done"), QStringLiteral("delayed")};
    QMap<QString, FieldModel> model; // "uuid field" → its registers
    for (const QString& uuid : measures) {
        const Measure m = *m_server->measure(uuid);
        for (const auto& [field, value] :
             {qMakePair(QStringLiteral("title"), m.title), qMakePair(QStringLiteral("status"), m.status)})
            model[uuid + QLatin1Char(' ') + field] = {value, {value, value}, {value, value}};
    }
    QMap<QString, int> updates = {{MeasureM, m_server->updates(MeasureM)}, {MeasureN, m_server->updates(MeasureN)}};
    QRandomGenerator random(260);
    for (int sequence = 0; sequence < 200; ++sequence) {
        const int edits = random.bounded(2, 7);
        for (int k = 0; k < edits; ++k) {
            const int actor = random.bounded(3); // 0: the server, 1 and 2: the copies
            Side& side = actor == 0 ? *m_server : *copies[actor - 1];
            const QString uuid = measures.at(random.bounded(2));
            const QString prefix = uuid == MeasureN ? QStringLiteral("m2.") : QString();
            const int what = random.bounded(5);
            if (what == 0) {
                QVERIFY(side.apply(prefix + QStringLiteral("update")));
                ++updates[uuid];
                continue;
            }
            const QString field = what < 3 ? QStringLiteral("title") : QStringLiteral("status");
            const QString value = field == QLatin1String("title") ? QStringLiteral("t%1.%2").arg(sequence).arg(k)
                                                                  : statuses.at(random.bounded(statuses.size()));
            QVERIFY(side.apply(prefix + field + QLatin1Char('=') + value));
            FieldModel& register_ = model[uuid + QLatin1Char(' ') + field];
            (actor == 0 ? register_.server : register_.copy[actor - 1]) = value;
        }
        const int first = random.bounded(2);
        for (int which : {first, 1 - first, first, 1 - first}) {
            const bool mine = random.bounded(2) == 0;
            const std::optional<OfflineCopy::Report> report
                = sync(*copies[which], {{SyncChoiceKey {}, mine ? SyncChoice::Mine : SyncChoice::Theirs}});
            QVERIFY(report);
            QVERIFY(report->open.isEmpty());
            for (FieldModel& register_ : model)
                register_.sync(which, mine);
        }
        for (const QString& uuid : measures) {
            const Measure there = *m_server->measure(uuid);
            for (Side* copy : copies) {
                const Measure here = *copy->measure(uuid);
                QCOMPARE(here.title, there.title);
                QCOMPARE(here.status, there.status);
                QCOMPARE(copy->updates(uuid), updates.value(uuid));
            }
            QCOMPARE(there.title, model.value(uuid + QStringLiteral(" title")).server);
            QCOMPARE(there.status, model.value(uuid + QStringLiteral(" status")).server);
            QCOMPARE(m_server->updates(uuid), updates.value(uuid));
        }
    }
    QVERIFY(other.db.problems().isEmpty());
}

QTEST_GUILESS_MAIN(TestOfflineSync)
#include "test_offlinesync.moc"
