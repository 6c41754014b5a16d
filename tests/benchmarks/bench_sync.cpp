// Offline copies (issue 26): the first copy of a network of 40 members, then a sync of one municipality's 200
// measures after 500 changes in the copy and 500 on the server, against a throwaway PostgreSQL cluster. Prints the
// times and the server round trips (which must not grow with the number of changes); fails only when a step fails.

#include "database.h"
#include "figures.h"
#include "offlinecopy.h"
#include "pgcluster.h"
#include "serveraddress.h"
#include "stores.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace {

using figures::out;

bool run(const QStringList& arguments, const QByteArray& input = QByteArray())
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(ACTIONPLANS_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(1800000) || process.exitCode() != 0) {
        out() << "FAILED: actionplans " << arguments.join(QLatin1Char(' ')) << Qt::endl;
        return false;
    }
    return true;
}

bool connect(Database& db, const QString& address)
{
    const std::optional<ServerAddress> parsed = ServerAddress::parse(address, nullptr);
    if (parsed && db.connectToServer(*parsed))
        return true;
    out() << "FAILED: " << db.errorString() << Qt::endl;
    return false;
}

// count edits of the measures of the copy's (or the server's) own municipality, field by field in turn.
bool edit(Stores& stores, const QString& number, int count, const QString& field, quint32 seed)
{
    const qint64 municipality = stores.municipalities.byNumber(number)->id;
    QVector<Measure> measures;
    for (const Plan& plan : stores.plans.list(QStringLiteral("municipality_id"), municipality))
        measures += stores.measures.list(QStringLiteral("plan_id"), plan.id);
    QRandomGenerator random(seed);
    for (int i = 0; i < count && !measures.isEmpty(); ++i) {
        Measure& measure = measures[random.bounded(int(measures.size()))];
        if (field == QLatin1String("title"))
            measure.title = QStringLiteral("Tiltak %1").arg(i);
        else
            measure.progress = (measure.progress + 7) % 100;
        if (!stores.measures.update(measure)) {
            out() << "FAILED: " << stores.measures.errorString() << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption municipalities(
        QStringLiteral("municipalities"), QStringLiteral("n"), QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption measures(
        QStringLiteral("measures"), QStringLiteral("n"), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption changes(
        QStringLiteral("changes"), QStringLiteral("n"), QStringLiteral("n"), QStringLiteral("500"));
    parser.addOptions({municipalities, measures, changes});
    parser.process(app);
    const int changeCount = parser.value(changes).toInt();

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("network.handlingsplan"));
    PgCluster cluster;
    if (!run({QStringLiteral("--db"),
              file,
              QStringLiteral("generate"),
              QStringLiteral("--municipalities"),
              parser.value(municipalities),
              QStringLiteral("--measures"),
              parser.value(measures),
              QStringLiteral("--updates"),
              QStringLiteral("3")})
        || !cluster.start() || !cluster.exec(QStringLiteral("CREATE DATABASE plans")))
        return 1;
    const QString owner = cluster.address(QStringLiteral("plans"));
    if (!run({QStringLiteral("--db"), owner, QStringLiteral("server"), QStringLiteral("init")})
        || !run({QStringLiteral("--db"), owner, QStringLiteral("server"), QStringLiteral("import"), file}))
        return 1;
    // One network of every municipality with plans, and an adviser of the one with the most measures.
    cluster.exec(QStringLiteral("INSERT INTO networks (name) VALUES ('Benchmark');"
                                "INSERT INTO network_members SELECT n.id, p.municipality_id FROM networks n, (SELECT "
                                "DISTINCT municipality_id FROM plans) p WHERE n.name = 'Benchmark'"),
                 QStringLiteral("plans"));
    const QString number = cluster.psql(
        QStringLiteral("SELECT m.number FROM measures x JOIN plans p ON p.id = x.plan_id JOIN municipalities m ON "
                       "m.id = p.municipality_id GROUP BY m.number ORDER BY count(*) DESC, m.number LIMIT 1"),
        QStringLiteral("plans"));
    const QString members
        = cluster.psql(QStringLiteral("SELECT count(DISTINCT municipality_id) FROM plans"), QStringLiteral("plans"));
    if (!run({QStringLiteral("--db"),
              owner,
              QStringLiteral("server"),
              QStringLiteral("add-user"),
              QStringLiteral("adviser"),
              QStringLiteral("--municipality"),
              number},
             "pw\n"))
        return 1;
    const QString adviser = cluster.address(QStringLiteral("plans"), QStringLiteral("adviser"));

    Database server;
    if (!connect(server, adviser))
        return 1;
    const QString copyPath = dir.filePath(QStringLiteral("copy.handlingsplan"));
    QString error;
    QElapsedTimer timer;
    timer.start();
    const std::optional<OfflineCopy::Report> first = OfflineCopy::create(server, copyPath, &error);
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    if (!first) {
        out() << "FAILED: " << error << Qt::endl;
        return 1;
    }

    Database copy;
    if (!copy.open(copyPath)) {
        out() << "FAILED: " << copy.errorString() << Qt::endl;
        return 1;
    }
    {
        Stores copyStores(copy);
        Stores serverStores(server);
        if (!edit(copyStores, number, changeCount, QStringLiteral("title"), 1)
            || !edit(serverStores, number, changeCount, QStringLiteral("progress"), 2))
            return 1;
    }
    timer.restart();
    const std::optional<OfflineCopy::Report> report = OfflineCopy::sync(copy, server, {}, &error);
    const double syncMs = double(timer.nsecsElapsed()) / 1e6;
    if (!report) {
        out() << "FAILED: " << error << Qt::endl;
        return 1;
    }
    timer.restart();
    const std::optional<OfflineCopy::Report> again = OfflineCopy::sync(copy, server, {}, &error);
    const double againMs = double(timer.nsecsElapsed()) / 1e6;
    if (!again)
        return 1;

    out() << "## Offline sync (" << members << " members, " << parser.value(measures) << " measures each, adviser of "
          << number << ")" << Qt::endl
          << Qt::endl
          << "| Work | Time | Server round trips | Target |" << Qt::endl
          << "|---|---|---|---|" << Qt::endl
          << "| first offline copy of the network (" << first->received << " rows) | " << qRound(firstMs) << " ms | "
          << first->roundTrips << " | — |" << Qt::endl
          << "| sync after " << changeCount << " changes in the copy and " << changeCount << " on the server ("
          << report->sent << " rows sent, " << report->received << " received, " << report->historySent
          << " history rows sent, " << report->historyReceived << " received) | " << qRound(syncMs) << " ms | "
          << report->roundTrips << " | ≤ 2000 ms, constant round trips |" << Qt::endl
          << "| sync with nothing to do | " << qRound(againMs) << " ms | " << again->roundTrips << " | — |" << Qt::endl;
    return report->open.isEmpty() ? 0 : 1;
}
