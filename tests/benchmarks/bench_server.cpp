// The network server at national scale (issue 25): a generated file put onto a throwaway PostgreSQL cluster with
// `server import`, then the real window opened on it as a municipality's adviser, plans switched, and edits made
// while a second connection listens: how long until an edit is committed, and until the other client hears of it
// through NOTIFY. Prints medians and worst cases beside the targets; fails only when a step does not work.

#include "database.h"
#include "figures.h"
#include "mainwindow.h"
#include "navigatorpane.h"
#include "pgcluster.h"
#include "serveraddress.h"
#include "serverchanges.h"
#include "stores.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

namespace {

using figures::median;
using figures::out;
using figures::worst;

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool run(const QStringList& arguments, double* elapsedMs = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(ACTIONPLANS_BINARY), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(1800000) || process.exitCode() != 0) {
        out() << "FAILED: actionplans " << arguments.join(QLatin1Char(' ')) << Qt::endl;
        return false;
    }
    if (elapsedMs)
        *elapsedMs = ms(timer);
    return true;
}

void row(const QString& what, const QString& figure, const QString& target)
{
    out() << "| " << what << " | " << figure << " | " << target << " |" << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("actionplans-bench-server"));
    QCommandLineParser parser;
    const QCommandLineOption municipalities(
        QStringLiteral("municipalities"), QStringLiteral("n"), QStringLiteral("n"), QStringLiteral("357"));
    const QCommandLineOption measures(
        QStringLiteral("measures"), QStringLiteral("n"), QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption updates(
        QStringLiteral("updates"), QStringLiteral("n"), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption edits(
        QStringLiteral("edits"), QStringLiteral("n"), QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({municipalities, measures, updates, edits});
    parser.process(app);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("national.handlingsplan"));
    if (!run({QStringLiteral("--db"),
              file,
              QStringLiteral("generate"),
              QStringLiteral("--municipalities"),
              parser.value(municipalities),
              QStringLiteral("--measures"),
              parser.value(measures),
              QStringLiteral("--updates"),
              parser.value(updates)}))
        return 1;
    PgCluster cluster;
    if (!cluster.start() || !cluster.exec(QStringLiteral("CREATE DATABASE plans"))) {
        out() << "FAILED: " << cluster.error() << Qt::endl;
        return 1;
    }
    const QString owner = cluster.address(QStringLiteral("plans"));
    double importMs = 0;
    if (!run({QStringLiteral("--db"), owner, QStringLiteral("server"), QStringLiteral("init")})
        || !run({QStringLiteral("--db"), owner, QStringLiteral("server"), QStringLiteral("import"), file}, &importMs))
        return 1;
    // An adviser of the municipality with the most measures, in a process of its own here: the window.
    const QString number = cluster.psql(
        QStringLiteral("SELECT m.number FROM measures x JOIN plans p ON p.id = x.plan_id JOIN municipalities m ON "
                       "m.id = p.municipality_id GROUP BY m.number ORDER BY count(*) DESC, m.number LIMIT 1"),
        QStringLiteral("plans"));
    QProcess addUser;
    addUser.start(QStringLiteral(ACTIONPLANS_BINARY),
                  {QStringLiteral("--db"),
                   owner,
                   QStringLiteral("server"),
                   QStringLiteral("add-user"),
                   QStringLiteral("adviser"),
                   QStringLiteral("--municipality"),
                   number});
    addUser.write("pw\n");
    addUser.closeWriteChannel();
    if (!addUser.waitForFinished(60000) || addUser.exitCode() != 0)
        return 1;
    const QString adviser = cluster.address(QStringLiteral("plans"), QStringLiteral("adviser"));

    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.resize(1366, 768);
    if (!window.openFile(adviser, true)) {
        out() << "FAILED: " << window.lastError() << Qt::endl;
        return 1;
    }
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    const double openMs = ms(timer);

    Stores& stores = *window.stores();
    QVector<qint64> plans;
    for (const PlanSummary& plan : stores.plans.summaries()) {
        if (stores.mayEditPlan(plan.planId))
            plans << plan.planId;
    }
    QVector<double> switches;
    for (int i = 0; i < 10; ++i) {
        const qint64 plan = plans.at(i % plans.size());
        QElapsedTimer step;
        step.start();
        window.navigator()->selectPlan(plan);
        QCoreApplication::processEvents();
        switches << ms(step);
    }

    // A colleague's client, listening on a connection of its own.
    ServerChanges colleague(*ServerAddress::parse(adviser, nullptr), 0);
    if (!colleague.start())
        return 1;
    QSignalSpy heard(&colleague, &ServerChanges::changed);
    const qint64 measureId = stores.measures.listings(plans.first()).constFirst().measure.id;
    QVector<double> committed;
    QVector<double> seen;
    for (int i = 0; i < parser.value(edits).toInt(); ++i) {
        Measure measure = *stores.measures.get(measureId);
        const Measure before = measure;
        measure.progress = (measure.progress + 7) % 101;
        heard.clear();
        QElapsedTimer step;
        step.start();
        if (!stores.measures.update(measure, &before)) {
            out() << "FAILED: " << stores.measures.errorString() << Qt::endl;
            return 1;
        }
        committed << ms(step);
        if (!heard.wait(5000))
            return 1;
        seen << ms(step);
    }

    out() << "| Server, " << parser.value(municipalities) << " municipalities | median (worst) | target |" << Qt::endl
          << "|---|---|---|" << Qt::endl;
    row(QStringLiteral("`server import` of the generated file (whole CLI process)"),
        QStringLiteral("%1 s").arg(importMs / 1000, 0, 'f', 1),
        QStringLiteral("—"));
    row(QStringLiteral("open the window on the server → shown"),
        QStringLiteral("%1 ms").arg(openMs, 0, 'f', 0),
        QStringLiteral("≤ 500 ms"));
    row(QStringLiteral("plan switch"),
        QStringLiteral("%1 (%2) ms").arg(median(switches), 0, 'f', 1).arg(worst(switches), 0, 'f', 1),
        QStringLiteral("—"));
    row(QStringLiteral("one edit, committed"),
        QStringLiteral("%1 (%2) ms").arg(median(committed), 0, 'f', 1).arg(worst(committed), 0, 'f', 1),
        QStringLiteral("≤ 50 ms"));
    row(QStringLiteral("one edit, heard by another client (NOTIFY)"),
        QStringLiteral("%1 (%2) ms").arg(median(seen), 0, 'f', 1).arg(worst(seen), 0, 'f', 1),
        QStringLiteral("≤ 1000 ms"));
    return 0;
}
