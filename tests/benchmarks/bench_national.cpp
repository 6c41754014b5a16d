// National-scale benchmarks: a file with every municipality's plans (NationalData), driven through the real main
// window, stores and exporters. Prints a table of medians (and worst cases where a target asks for them) beside the
// targets, and peak memory from /proc/self/status. It never fails on a figure — times depend on the machine — only
// when a step does not work. See tests/benchmarks/README.md and RESULTS.md.

#include "benchexchange.h"
#include "benchsupport.h"
#include "database.h"
#include "mainwindow.h"
#include "measurespane.h"
#include "nationaldata.h"
#include "navigatorpane.h"
#include "networkpane.h"
#include "reportdata.h"
#include "reportformat.h"
#include "stores.h"

#include "measurecommands.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTreeView>
#include <QUndoStack>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <memory>

namespace {

using namespace bench;

class Benchmark
{
public:
    Benchmark(const Scale& scale, const QString& folder)
        : m_scale(scale)
        , m_folder(folder)
        , m_file(QDir(folder).filePath(QStringLiteral("national.handlingsplan")))
        , m_paints(new PaintWatcher(qApp))
    {
    }

    bool run()
    {
        if (!(generate() && prepare() && openWindow() && allMeasures() && filterAsYouType() && switchPlans()
              && networkView() && recordProgress()))
            return false;
        ExchangeContext context {m_scale,
                                 m_folder,
                                 m_file,
                                 m_window->stores(),
                                 m_typicalPlan,
                                 m_typicalMunicipality,
                                 m_largePlan,
                                 m_allPlans};
        ExchangeSteps exchange(context, &m_results);
        if (!exchange.councilReports() || !exchange.csvImports() || !exchange.planFileRoundTrip())
            return fail(exchange.failure());
        m_results.memory(QStringLiteral("   peak memory after steps 1–9"),
                         memoryMb("VmHWM:"),
                         0,
                         QStringLiteral("%1 MB resident now").arg(memoryMb("VmRSS:"), 0, 'f', 0));
        return memoryLoop();
    }

    const Results& results() const { return m_results; }
    QString failure() const { return m_failure; }

private:
    bool fail(const QString& message)
    {
        m_failure = message;
        return false;
    }

    static double ms(const QElapsedTimer& timer) { return double(timer.nsecsElapsed()) / 1e6; }

    // 1. The CLI's generator, as a user would run it.
    bool generate()
    {
        if (m_scale.reuse && QFileInfo::exists(m_file)) {
            out() << "Reusing " << m_file << Qt::endl;
            return true;
        }
        QVector<double> samples;
        QString output;
        for (int i = 0; i < m_scale.generateRepeat; ++i) {
            QFile::remove(m_file);
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            QElapsedTimer timer;
            timer.start();
            process.start(QStringLiteral(ACTIONPLANS_BINARY),
                          {QStringLiteral("--db"),
                           m_file,
                           QStringLiteral("generate"),
                           QStringLiteral("--municipalities"),
                           QString::number(m_scale.data.municipalities),
                           QStringLiteral("--measures"),
                           QString::number(m_scale.data.measures),
                           QStringLiteral("--updates"),
                           QString::number(m_scale.data.updates),
                           QStringLiteral("--seed"),
                           QString::number(m_scale.data.seed)});
            if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0)
                return fail(QStringLiteral("generate failed: %1").arg(QString::fromUtf8(process.readAll())));
            samples << ms(timer);
            output = QString::fromUtf8(process.readAll()).trimmed();
        }
        rusage usage {};
        getrusage(RUSAGE_CHILDREN, &usage);
        out() << output << Qt::endl;
        m_results.time(QStringLiteral("1. generate the file (CLI)"), median(samples), 0);
        m_results.memory(QStringLiteral("   peak memory of generate"), double(usage.ru_maxrss) / 1024, 0);
        m_results.info(QStringLiteral("   file size"),
                       QStringLiteral("%1 MB").arg(double(QFileInfo(m_file).size()) / 1e6, 0, 'f', 1));
        return true;
    }

    // The plans the steps use: one of 60 measures, a large one added here, and a spread of plans to switch between.
    bool prepare()
    {
        Database db;
        if (!db.open(m_file))
            return fail(db.errorString());
        Stores stores(db);
        const QVector<PlanSummary> plans = stores.plans.summaries();
        for (const PlanSummary& plan : plans) {
            if (plan.measureCount == m_scale.largePlan && m_scale.reuse) {
                m_largePlan = plan.planId; // added by an earlier run
                continue;
            }
            m_allPlans << plan.planId;
            if (m_typicalPlan == 0 && plan.measureCount == m_scale.data.measures) {
                m_typicalPlan = plan.planId;
                m_typicalMunicipality = plan.municipalityId;
            }
        }
        if (m_typicalPlan == 0 && !plans.isEmpty()) {
            m_typicalPlan = plans.first().planId;
            m_typicalMunicipality = plans.first().municipalityId;
        }
        QString error;
        if (m_largePlan == 0) {
            const std::optional<qint64> large
                = NationalData::addPlan(stores, m_typicalMunicipality, m_scale.largePlan, m_scale.data, &error);
            if (!large)
                return fail(error);
            m_largePlan = *large;
        }
        m_allPlans << m_largePlan;
        const int step = std::max(1, int(plans.size()) / 10);
        for (int i = 0; i < plans.size() && m_switchPlans.size() < 10; i += step)
            m_switchPlans << plans.at(i).planId;
        m_measureCount = int(stores.measures.list().size());
        // The generator's 70 MB are still being written back by the kernel; the first fsync of an edit would wait
        // for all of it. An adviser's file has been on disk for a while.
        ::sync();
        out() << QStringLiteral("%1 plans, %2 measures; typical plan %3 (%4 measures), large plan %5 (%6 measures)")
                     .arg(m_allPlans.size())
                     .arg(m_measureCount)
                     .arg(m_typicalPlan)
                     .arg(m_scale.data.measures)
                     .arg(m_largePlan)
                     .arg(m_scale.largePlan)
              << Qt::endl;
        return true;
    }

    // 2. Start to the first frame with the navigator filled.
    bool openWindow()
    {
        const double before = memoryMb("VmHWM:");
        QVector<double> samples;
        for (int i = 0; i < m_scale.repeat; ++i) {
            m_window.reset();
            QElapsedTimer timer;
            timer.start();
            m_window = std::make_unique<MainWindow>();
            m_window->resize(1366, 768);
            m_paints->expect({m_window->navigator()->view()->viewport(), table()->viewport()});
            if (!m_window->openFile(m_file, true))
                return fail(m_window->lastError());
            m_window->show();
            if (!m_paints->wait())
                return fail(QStringLiteral("the window never painted"));
            samples << ms(timer);
        }
        if (m_window->navigator()->view()->model()->rowCount() == 0)
            return fail(QStringLiteral("the navigator is empty"));
        m_results.memory(QStringLiteral("   peak memory before opening"), before, 0);
        m_results.time(QStringLiteral("2. open to the first frame"), median(samples), m_scale.targets.open);
        return true;
    }

    QTableView* table() const { return m_window->measuresPane()->view(); }

    QAction* allMeasuresAction() const
    {
        for (QAction* action : m_window->findChildren<QAction*>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))
                return action;
        }
        return nullptr;
    }

    // 3. Every measure of every plan in one table.
    bool allMeasures()
    {
        QAction* action = allMeasuresAction();
        if (!action)
            return fail(QStringLiteral("no All measures action"));
        QVector<double> samples;
        for (int i = 0; i < m_scale.repeat; ++i) {
            action->setChecked(false);
            m_window->navigator()->selectPlan(m_typicalPlan);
            m_paints->waitForPaint({table()->viewport()});
            m_paints->expect({table()->viewport()});
            QElapsedTimer timer;
            timer.start();
            action->setChecked(true);
            if (!m_paints->wait())
                return fail(QStringLiteral("All measures never painted"));
            samples << ms(timer);
        }
        if (table()->model()->rowCount() != m_measureCount)
            return fail(QStringLiteral("All measures shows %1 of %2 measures")
                            .arg(table()->model()->rowCount())
                            .arg(m_measureCount));
        m_results.time(QStringLiteral("3. All measures view"),
                       median(samples),
                       m_scale.targets.allMeasures,
                       QStringLiteral("%1 rows").arg(m_measureCount));
        return true;
    }

    // 4. Typing a word into the filter over every measure, one key at a time.
    bool filterAsYouType()
    {
        auto* field = m_window->measuresPane()->findChild<QLineEdit*>(QStringLiteral("measureFilter"));
        if (!field)
            return fail(QStringLiteral("no filter field"));
        const QString word = QStringLiteral("avfall");
        QVector<double> samples;
        QVector<double> filtering; // the part before painting: the key, the proxy and the views' updates
        int shown = 0;
        for (int i = 0; i < m_scale.repeat; ++i) {
            field->clear();
            m_paints->waitForPaint({table()->viewport()});
            field->setFocus();
            for (const QChar letter : word) {
                // The field shows the letter in the same frame as the table its rows (one paint pass per window);
                // a letter that hides no row changes only the field.
                m_paints->expect({field});
                QElapsedTimer timer;
                timer.start();
                QTest::keyClick(field, letter.toLatin1());
                filtering << ms(timer);
                if (!m_paints->wait())
                    return fail(QStringLiteral("the table never painted after a key"));
                samples << ms(timer);
            }
            shown = table()->model()->rowCount();
        }
        field->clear();
        m_paints->waitForPaint({table()->viewport()});
        if (shown == 0 || shown >= m_measureCount)
            return fail(QStringLiteral("the filter shows %1 of %2 rows").arg(shown).arg(m_measureCount));
        const QString note = QStringLiteral("“%1” over %2 rows → %3 shown; %4 keystrokes; median %5 ms before painting")
                                 .arg(word)
                                 .arg(m_measureCount)
                                 .arg(shown)
                                 .arg(samples.size())
                                 .arg(median(filtering), 0, 'f', 1);
        m_results.time(QStringLiteral("4. filter keystroke, median"), median(samples), m_scale.targets.keyMedian, note);
        m_results.time(QStringLiteral("   filter keystroke, worst"), worst(samples), m_scale.targets.keyWorst);
        return true;
    }

    // 5. From one plan to another: the measures table and the charts repainted.
    bool switchPlans()
    {
        allMeasuresAction()->setChecked(false);
        QVector<double> samples;
        QWidget* dashboard = m_window->findChild<QWidget*>(QStringLiteral("dashboard"));
        auto* charts = dashboard ? qobject_cast<QDockWidget*>(dashboard->parentWidget()) : nullptr;
        if (!charts)
            return fail(QStringLiteral("no Charts dock"));
        charts->raise(); // it shares its place with the measure details: bring it to the front, as a user would
        m_paints->waitForPaint({dashboard});
        for (int i = 0; i < m_scale.repeat; ++i) {
            for (const qint64 planId : m_switchPlans) {
                if (planId == m_window->navigator()->currentPlanId())
                    continue; // nothing would change
                m_paints->expect({table()->viewport(), dashboard});
                QElapsedTimer timer;
                timer.start();
                m_window->navigator()->selectPlan(planId);
                if (!m_paints->wait())
                    return fail(QStringLiteral("a plan switch never painted"));
                samples << ms(timer);
            }
        }
        m_results.time(
            QStringLiteral("5. switch plans"),
            median(samples),
            m_scale.targets.switchPlans,
            QStringLiteral("worst %1 ms over %2 switches").arg(worst(samples), 0, 'f', 1).arg(samples.size()));
        m_results.memory(QStringLiteral("   peak memory, national file open"),
                         memoryMb("VmHWM:"),
                         0,
                         QStringLiteral("after steps 2–5; %1 MB resident now").arg(memoryMb("VmRSS:"), 0, 'f', 0));
        return true;
    }

    // The network view of the largest network (no target in the issue): its members compared, table and charts.
    bool networkView()
    {
        auto* tree = m_window->navigator()->view();
        const QString name = QStringLiteral("Plastsmarte byer og kommuner");
        const QModelIndexList found = tree->model()->match(
            tree->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
        if (found.isEmpty())
            return fail(QStringLiteral("no network row"));
        QWidget* pane = m_window->networkPane();
        QVector<double> samples;
        for (int i = 0; i < m_scale.repeat; ++i) {
            m_window->navigator()->selectPlan(m_typicalPlan);
            m_paints->waitForPaint({table()->viewport()});
            tree->scrollTo(found.first());
            m_paints->expect({pane});
            QElapsedTimer timer;
            timer.start();
            tree->setCurrentIndex(found.first());
            if (!m_paints->wait())
                return fail(QStringLiteral("the network view never painted"));
            samples << ms(timer);
        }
        if (!pane->isVisible())
            return fail(QStringLiteral("the network view is not shown"));
        const std::optional<Network> network = m_window->stores()->networks.byName(name);
        const int members = network ? int(m_window->stores()->networks.memberIds(network->id).size()) : 0;
        m_results.time(QStringLiteral("   network view of the largest network"),
                       median(samples),
                       0,
                       QStringLiteral("%1 members compared").arg(members));
        return true;
    }

    // 6. One progress update through the undo stack, as the Record progress dialog makes it: on disk when it returns.
    bool recordProgress()
    {
        m_window->navigator()->selectPlan(m_typicalPlan);
        m_paints->waitForPaint({table()->viewport()});
        const int rows = std::min(table()->model()->rowCount(), 20);
        QVector<double> samples;
        for (int i = 0; i < std::max(rows, m_scale.repeat); ++i) {
            const QModelIndex index = table()->model()->index(i % rows, 0);
            table()->setCurrentIndex(index);
            ProgressUpdate update;
            update.measureId = m_window->measuresPane()->currentMeasureId();
            update.date = QDate::currentDate();
            update.status = QStringLiteral("in_progress");
            update.progress = 50;
            update.comment = QStringLiteral("Benchmark");
            QString error;
            QElapsedTimer timer;
            timer.start();
            m_window->undoStack()->push(
                new RecordProgressCommand(*m_window->stores(), update, [&error](const QString& e) { error = e; }));
            samples << ms(timer);
            if (!error.isEmpty())
                return fail(error);
        }
        m_results.time(
            QStringLiteral("6. record one progress update"),
            median(samples),
            m_scale.targets.update,
            QStringLiteral("to disk (synchronous=FULL) and the models; worst %1 ms").arg(worst(samples), 0, 'f', 1));
        return true;
    }

    // An hour of use, compressed: the window opened on the file, every measure filtered, plans switched and a council
    // report written, over and over. Resident memory should stay flat once the caches are warm.
    bool memoryLoop()
    {
        const auto field = [this] {
            return m_window->measuresPane()->findChild<QLineEdit*>(QStringLiteral("measureFilter"));
        };
        const int warmUp = std::max(1, m_scale.loops / 10);
        double afterWarmUp = 0;
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < m_scale.loops; ++i) {
            m_window.reset();
            m_window = std::make_unique<MainWindow>();
            m_window->resize(1366, 768);
            if (!m_window->openFile(m_file, true))
                return fail(m_window->lastError());
            m_window->show();
            m_paints->waitForPaint({table()->viewport()});
            allMeasuresAction()->setChecked(true);
            m_paints->waitForPaint({table()->viewport()});
            if (!field())
                return fail(QStringLiteral("no filter field"));
            field()->setFocus();
            QTest::keyClicks(field(), QStringLiteral("avfall"));
            m_paints->waitForPaint({table()->viewport()});
            field()->clear();
            allMeasuresAction()->setChecked(false);
            for (const qint64 planId : std::as_const(m_switchPlans)) {
                m_window->navigator()->selectPlan(planId);
                QCoreApplication::processEvents();
            }
            QString error;
            ReportOptions options;
            const std::optional<ReportData> data
                = ReportData::collect(*m_window->stores(), m_typicalPlan, options, &error);
            if (!data
                || !ReportFormat::write(ReportFormat::Format::Pdf,
                                        *data,
                                        options,
                                        QDir(m_folder).filePath(QStringLiteral("loop.pdf")),
                                        &error))
                return fail(error);
            if (i + 1 == warmUp)
                afterWarmUp = memoryMb("VmRSS:");
        }
        const double end = memoryMb("VmRSS:");
        const int counted = m_scale.loops - warmUp;
        m_results.memory(QStringLiteral("10. resident after %1 warm-up loops").arg(warmUp), afterWarmUp, 0);
        m_results.memory(QStringLiteral("   resident after %1 loops").arg(m_scale.loops),
                         end,
                         0,
                         QStringLiteral("open, filter, switch plans, report; %1 KB a loop after warm-up; %2 s")
                             .arg(counted > 0 ? (end - afterWarmUp) * 1024 / counted : 0, 0, 'f', 0)
                             .arg(double(total.elapsed()) / 1000, 0, 'f', 0));
        m_results.memory(QStringLiteral("   peak memory of the run"), memoryMb("VmHWM:"), m_scale.targets.peakMemory);
        return true;
    }

    Scale m_scale;
    QString m_folder;
    QString m_file;
    PaintWatcher* m_paints;
    Results m_results;
    QString m_failure;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_typicalPlan = 0;
    qint64 m_typicalMunicipality = 0;
    qint64 m_largePlan = 0;
    int m_measureCount = 0;
    QVector<qint64> m_allPlans;
    QVector<qint64> m_switchPlans;
};

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return QStringLiteral("%1, %2 cores, %3, Qt %4, SQLite (system)")
        .arg(cpu)
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("actionplans-bench"));
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or data

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("National-scale benchmarks of Action Plans."));
    parser.addHelpOption();
    const QCommandLineOption municipalities(QStringLiteral("municipalities"),
                                            QStringLiteral("Municipalities."),
                                            QStringLiteral("n"),
                                            QStringLiteral("357"));
    const QCommandLineOption measures(QStringLiteral("measures"),
                                      QStringLiteral("Measures per municipality."),
                                      QStringLiteral("n"),
                                      QStringLiteral("60"));
    const QCommandLineOption updates(QStringLiteral("updates"),
                                     QStringLiteral("Progress updates per measure."),
                                     QStringLiteral("n"),
                                     QStringLiteral("5"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Runs of each step (medians over them)."),
                                    QStringLiteral("n"),
                                    QStringLiteral("5"));
    const QCommandLineOption generateRepeat(QStringLiteral("generate-repeat"),
                                            QStringLiteral("Runs of the generator."),
                                            QStringLiteral("n"),
                                            QStringLiteral("3"));
    const QCommandLineOption csvRows(QStringLiteral("csv-rows"),
                                     QStringLiteral("Rows of the imported CSV."),
                                     QStringLiteral("n"),
                                     QStringLiteral("20000"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QStringLiteral("Times the national file: multiplies the measures per municipality and the CSV rows, and "
                       "picks the targets for that scale (1 or 5)."),
        QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption loops(QStringLiteral("loops"),
                                   QStringLiteral("Rounds of the memory loop (open, filter, switch plans, report)."),
                                   QStringLiteral("n"),
                                   QStringLiteral("100"));
    const QCommandLineOption markdown(QStringLiteral("markdown"),
                                      QStringLiteral("Also write the table as Markdown to this file."),
                                      QStringLiteral("file"));
    const QCommandLineOption keep(
        QStringLiteral("keep"), QStringLiteral("Work in this folder and keep the files."), QStringLiteral("folder"));
    const QCommandLineOption reuse(QStringLiteral("reuse"),
                                   QStringLiteral("With --keep: use the file generated there before (for profiling)."));
    parser.addOptions({municipalities,
                       measures,
                       updates,
                       repeat,
                       generateRepeat,
                       csvRows,
                       scaleOption,
                       loops,
                       markdown,
                       keep,
                       reuse});
    parser.process(app);

    Scale scale;
    scale.scale = std::max(1, parser.value(scaleOption).toInt());
    scale.targets = Targets::forScale(scale.scale);
    scale.data.municipalities = parser.value(municipalities).toInt();
    scale.data.measures = parser.value(measures).toInt() * (parser.isSet(measures) ? 1 : scale.scale);
    scale.data.updates = parser.value(updates).toInt();
    scale.repeat = std::max(1, parser.value(repeat).toInt());
    scale.generateRepeat = std::max(1, parser.value(generateRepeat).toInt());
    scale.csvRows = std::max(1, parser.value(csvRows).toInt()) * (parser.isSet(csvRows) ? 1 : scale.scale);
    scale.loops = std::max(1, parser.value(loops).toInt());
    scale.reuse = parser.isSet(reuse) && parser.isSet(keep);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(keep) ? parser.value(keep) : temporary.path();
    QDir().mkpath(folder);

    const QString command = QStringLiteral("bench_national --municipalities %1 --measures %2 --updates %3 --repeat %4 "
                                           "--generate-repeat %5 --csv-rows %6 --loops %7 (scale %8)")
                                .arg(scale.data.municipalities)
                                .arg(scale.data.measures)
                                .arg(scale.data.updates)
                                .arg(scale.repeat)
                                .arg(scale.generateRepeat)
                                .arg(scale.csvRows)
                                .arg(scale.loops)
                                .arg(scale.scale);
    out() << command << Qt::endl << machine() << Qt::endl;
    Benchmark benchmark(scale, folder);
    const bool ok = benchmark.run();
    out() << Qt::endl << benchmark.results().plain() << Qt::flush;
    if (parser.isSet(markdown)) {
        QSaveFile file(parser.value(markdown));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QStringLiteral("Run %1 on %2\n\n`%3`\n\n%4")
                           .arg(QDateTime::currentDateTime().toString(Qt::ISODate),
                                machine(),
                                command,
                                benchmark.results().markdown())
                           .toUtf8());
            file.commit();
        }
    }
    if (!ok) {
        out() << "FAILED: " << benchmark.failure() << Qt::endl;
        return 1;
    }
    return 0;
}
