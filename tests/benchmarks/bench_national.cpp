// National-scale benchmarks: a file with every municipality's plans (NationalData), driven through the real main
// window, stores and exporters. Prints a table of medians (and worst cases where a target asks for them) beside the
// targets, and peak memory from /proc/self/status. It never fails on a figure — times depend on the machine — only
// when a step does not work. See tests/benchmarks/README.md and RESULTS.md.

#include "councilreport.h"
#include "database.h"
#include "datafile.h"
#include "figures.h"
#include "mainwindow.h"
#include "measureimport.h"
#include "measurespane.h"
#include "nationaldata.h"
#include "navigatorpane.h"
#include "networkpane.h"
#include "planexchange.h"
#include "planfile.h"
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

using figures::median;
using figures::out;
using figures::worst;

// VmHWM (peak) or VmRSS (now) of this process, in MB.
double memoryMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

// Watches paint events, so that a step is timed to the frame that shows its result, not just to the return of a call.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QObject* parent)
        : QObject(parent)
    {
        qApp->installEventFilter(this);
    }

    // From now on, notes paints of each root or a widget inside it (charts may repaint at once, inside the call that
    // changed them, so the watch starts before the step).
    void expect(const QVector<QWidget*>& roots)
    {
        m_roots = roots;
        m_painted = QVector<bool>(roots.size(), false);
    }

    // Processes events until every expected root has painted, or timeoutMs passed; returns false on a timeout.
    bool wait(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (std::find(m_painted.begin(), m_painted.end(), false) != m_painted.end()) {
            if (timer.elapsed() > timeoutMs) {
                for (int i = 0; i < m_roots.size(); ++i) {
                    if (!m_painted.at(i))
                        qWarning("No paint of %s “%s” within %d ms",
                                 m_roots.at(i)->metaObject()->className(),
                                 qPrintable(m_roots.at(i)->objectName()),
                                 timeoutMs);
                }
                m_roots.clear();
                return false;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        m_roots.clear();
        return true;
    }

    bool waitForPaint(const QVector<QWidget*>& roots)
    {
        expect(roots);
        return wait();
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && object->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(object);
            for (int i = 0; i < m_roots.size(); ++i) {
                if (m_roots.at(i) == widget || m_roots.at(i)->isAncestorOf(widget))
                    m_painted[i] = true;
            }
        }
        return false;
    }

private:
    QVector<QWidget*> m_roots;
    QVector<bool> m_painted;
};

struct Scale
{
    NationalData::Options data;
    int repeat = 5;
    int generateRepeat = 3;
    int csvRows = 20000;
    int largePlan = 200;
    bool reuse = false; // keep a file generated before (for profiling runs)
};

// The table the benchmark prints (and writes as Markdown): one row per figure, beside its target.
class Results
{
public:
    // A time in ms against a target in ms (0: no target).
    void time(const QString& name, double ms, double targetMs, const QString& note = {})
    {
        add(name, QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 10 ? 2 : 1), targetMs, ms, QStringLiteral("ms"), note);
    }
    void memory(const QString& name, double mb, double targetMb, const QString& note = {})
    {
        add(name, QStringLiteral("%1 MB").arg(mb, 0, 'f', 0), targetMb, mb, QStringLiteral("MB"), note);
    }
    void ratio(const QString& name, double ratio, double target, const QString& note)
    {
        m_rows << Row {name,
                       QStringLiteral("%1×").arg(ratio, 0, 'f', 2),
                       QStringLiteral("≤ %1×").arg(target),
                       ratio <= target ? QStringLiteral("met") : QStringLiteral("MISSED"),
                       note};
    }
    void info(const QString& name, const QString& value, const QString& note = {})
    {
        m_rows << Row {name, value, QStringLiteral("—"), QStringLiteral("—"), note};
    }

    QString markdown() const
    {
        QString text = QStringLiteral("| Figure | Measured | Target | | Note |\n|---|---:|---:|---|---|\n");
        for (const Row& row : m_rows)
            text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                        .arg(row.name, row.value, row.target, row.met, row.note);
        return text;
    }

    QString plain() const
    {
        int width = 0;
        for (const Row& row : m_rows)
            width = std::max(width, int(row.name.size()));
        QString text;
        for (const Row& row : m_rows) {
            text += QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(row.name, -width)
                        .arg(row.value, 12)
                        .arg(row.target, 10)
                        .arg(row.met, -6)
                        .arg(row.note);
        }
        return text;
    }

private:
    struct Row
    {
        QString name, value, target, met, note;
    };

    void add(const QString& name,
             const QString& value,
             double target,
             double measured,
             const QString& unit,
             const QString& note)
    {
        m_rows << Row {name,
                       value,
                       target > 0 ? QStringLiteral("≤ %1 %2").arg(target).arg(unit) : QStringLiteral("—"),
                       target > 0 ? (measured <= target ? QStringLiteral("met") : QStringLiteral("MISSED"))
                                  : QStringLiteral("—"),
                       note};
    }

    QVector<Row> m_rows;
};

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
        return generate() && prepare() && openWindow() && allMeasures() && filterAsYouType() && switchPlans()
            && networkView() && recordProgress() && councilReports() && csvImport() && planFileRoundTrip();
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
        m_results.time(QStringLiteral("2. open to the first frame"), median(samples), 300);
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
                       300,
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
        m_results.time(QStringLiteral("4. filter keystroke, median"), median(samples), 10, note);
        m_results.time(QStringLiteral("   filter keystroke, worst"), worst(samples), 30);
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
            50,
            QStringLiteral("worst %1 ms over %2 switches").arg(worst(samples), 0, 'f', 1).arg(samples.size()));
        m_results.memory(QStringLiteral("   peak memory, national file open"),
                         memoryMb("VmHWM:"),
                         300,
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
            20,
            QStringLiteral("to disk (synchronous=FULL) and the models; worst %1 ms").arg(worst(samples), 0, 'f', 1));
        return true;
    }

    // 7. The council PDF of a 60-measure and of a 200-measure plan.
    bool councilReports()
    {
        const std::pair<qint64, double> plans[] = {{m_typicalPlan, 1500}, {m_largePlan, 4000}};
        for (const auto& [planId, target] : plans) {
            QVector<double> samples;
            int measures = 0;
            const QString path = QDir(m_folder).filePath(QStringLiteral("report-%1.pdf").arg(planId));
            for (int i = 0; i < m_scale.repeat; ++i) {
                QString error;
                ReportOptions options;
                QElapsedTimer timer;
                timer.start();
                const std::optional<ReportData> data
                    = ReportData::collect(*m_window->stores(), planId, options, &error);
                if (!data || !ReportFormat::write(ReportFormat::Format::Pdf, *data, options, path, &error))
                    return fail(error);
                samples << ms(timer);
                measures = int(data->measures.size());
            }
            m_results.time(QStringLiteral("7. council PDF, %1 measures").arg(measures),
                           median(samples),
                           target,
                           QStringLiteral("%1 kB").arg(QFileInfo(path).size() / 1024));
        }
        return true;
    }

    // 8. A 20,000-row CSV into a plan of (a copy of) the national file, beside sqlite3's .import into a bare table.
    bool csvImport()
    {
        const QString csv = QDir(m_folder).filePath(QStringLiteral("measures.csv"));
        if (!writeCsv(csv))
            return false;
        const QString copy = QDir(m_folder).filePath(QStringLiteral("import.handlingsplan"));
        QVector<double> ours;
        for (int i = 0; i < m_scale.repeat; ++i) {
            QFile::remove(copy);
            if (!QFile::copy(m_file, copy))
                return fail(QStringLiteral("cannot copy the file"));
            Database db;
            if (!db.open(copy))
                return fail(db.errorString());
            Stores stores(db);
            Plan plan;
            plan.municipalityId = m_typicalMunicipality;
            plan.title = QStringLiteral("Importert");
            const std::optional<qint64> planId = stores.plans.add(plan);
            if (!planId)
                return fail(stores.plans.errorString());
            QString error;
            QElapsedTimer timer;
            timer.start();
            const MeasureImport::Result result = MeasureImport::readFile(csv);
            if (!result.ok() || !MeasureRows::add(stores, *planId, result.rows, nullptr, &error))
                return fail(QStringLiteral("the CSV import failed: %1 %2")
                                .arg(error, result.problems.isEmpty() ? QString() : result.problems.first().message));
            ours << ms(timer);
            if (result.rows.size() != m_scale.csvRows)
                return fail(QStringLiteral("the CSV import read %1 rows").arg(result.rows.size()));
        }
        const QString bare = QDir(m_folder).filePath(QStringLiteral("bare.sqlite"));
        QVector<double> floor;
        for (int i = 0; i < m_scale.repeat; ++i) {
            QFile::remove(bare);
            QProcess sqlite;
            QElapsedTimer timer;
            timer.start();
            sqlite.start(QStringLiteral("sqlite3"), {bare, QStringLiteral(".import --csv %1 measures").arg(csv)});
            if (!sqlite.waitForFinished(10 * 60 * 1000) || sqlite.exitCode() != 0)
                return fail(
                    QStringLiteral("sqlite3 .import failed: %1").arg(QString::fromUtf8(sqlite.readAllStandardError())));
            floor << ms(timer);
        }
        const QString note = QStringLiteral("%1 rows").arg(m_scale.csvRows);
        m_results.time(QStringLiteral("8. CSV import"), median(ours), 0, note);
        m_results.time(QStringLiteral("   sqlite3 .import of the same file"),
                       median(floor),
                       0,
                       QStringLiteral("bare table, no checks"));
        m_results.ratio(QStringLiteral("   CSV import / sqlite3 .import"),
                        median(ours) / std::max(0.001, median(floor)),
                        3,
                        QStringLiteral("each row checked, undo log, change log"));
        return true;
    }

    // The measures of the national file, over and over, as a spreadsheet an adviser would import (semicolons, as
    // Excel writes them in Norway).
    bool writeCsv(const QString& path)
    {
        const QVector<MeasureListing> measures = m_window->stores()->measures.listings(0);
        if (measures.isEmpty())
            return fail(QStringLiteral("no measures to write"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(file.errorString());
        QTextStream stream(&file);
        auto quoted = [](QString text) {
            return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        };
        stream << "Nr;Innsatsområde;Tiltak;Beskrivelse;Ansvarlig;Frist;Status;Fremdrift;Prioritet;Kostnad\n";
        for (int i = 0; i < m_scale.csvRows; ++i) {
            const MeasureListing& listing = measures.at(i % measures.size());
            const Measure& m = listing.measure;
            stream << quoted(m.code) << ';' << quoted(listing.focusArea) << ';' << quoted(m.title) << ';'
                   << quoted(m.description) << ';' << quoted(listing.owner) << ';' << quoted(m.deadlineText) << ';'
                   << m.status << ';' << m.progress << ';' << m.priority << ';'
                   << (m.costNok ? QString::number(*m.costNok, 'f', 0) : QString()) << '\n';
        }
        stream.flush();
        if (!file.commit())
            return fail(file.errorString());
        return true;
    }

    // 9. Every plan of the file as one plan file, and that file into an empty file.
    bool planFileRoundTrip()
    {
        const QString path = QDir(m_folder).filePath(QStringLiteral("all-plans.json"));
        const QString empty = QDir(m_folder).filePath(QStringLiteral("empty.handlingsplan"));
        QVector<double> exports;
        QVector<double> imports;
        PlanFile::Summary summary;
        for (int i = 0; i < m_scale.repeat; ++i) {
            QString error;
            QElapsedTimer timer;
            timer.start();
            const std::optional<QByteArray> bytes = PlanFile::write(*m_window->stores(), m_allPlans, &error);
            if (!bytes || !PlanExchange::writeFile(*bytes, path, m_file, &error))
                return fail(error);
            exports << ms(timer);

            QFile::remove(empty);
            Database db;
            if (!DataFile::openOrCreate(db, empty, false, &error))
                return fail(error);
            Stores stores(db);
            timer.restart();
            QVector<ImportProblem> problems;
            const std::optional<QVector<PlanFile::PlanData>> plans = PlanFile::readFile(path, &problems);
            summary = {};
            if (!plans || !PlanFile::apply(stores, *plans, &summary, nullptr, &error))
                return fail(QStringLiteral("the plan-file import failed: %1").arg(error));
            imports << ms(timer);
        }
        const QString size = QStringLiteral("%1 plans, %2 MB")
                                 .arg(m_allPlans.size())
                                 .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1);
        m_results.time(QStringLiteral("9. export the file as a plan file"), median(exports), 0, size);
        m_results.time(QStringLiteral("   import it into an empty file"), median(imports), 0, summary.text());
        m_results.memory(QStringLiteral("   peak memory at the end"), memoryMb("VmHWM:"), 0);
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
    const QCommandLineOption markdown(QStringLiteral("markdown"),
                                      QStringLiteral("Also write the table as Markdown to this file."),
                                      QStringLiteral("file"));
    const QCommandLineOption keep(
        QStringLiteral("keep"), QStringLiteral("Work in this folder and keep the files."), QStringLiteral("folder"));
    const QCommandLineOption reuse(QStringLiteral("reuse"),
                                   QStringLiteral("With --keep: use the file generated there before (for profiling)."));
    parser.addOptions({municipalities, measures, updates, repeat, generateRepeat, csvRows, markdown, keep, reuse});
    parser.process(app);

    Scale scale;
    scale.data.municipalities = parser.value(municipalities).toInt();
    scale.data.measures = parser.value(measures).toInt();
    scale.data.updates = parser.value(updates).toInt();
    scale.repeat = std::max(1, parser.value(repeat).toInt());
    scale.generateRepeat = std::max(1, parser.value(generateRepeat).toInt());
    scale.csvRows = std::max(1, parser.value(csvRows).toInt());
    scale.reuse = parser.isSet(reuse) && parser.isSet(keep);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(keep) ? parser.value(keep) : temporary.path();
    QDir().mkpath(folder);

    const QString command = QStringLiteral("bench_national --municipalities %1 --measures %2 --updates %3 --repeat %4 "
                                           "--generate-repeat %5 --csv-rows %6")
                                .arg(scale.data.municipalities)
                                .arg(scale.data.measures)
                                .arg(scale.data.updates)
                                .arg(scale.repeat)
                                .arg(scale.generateRepeat)
                                .arg(scale.csvRows);
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
