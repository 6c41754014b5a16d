#pragma once

// What bench_national shares between its steps: peak and resident memory, a watch for the frame that shows a step's
// result, the scale and targets, and the table of figures it prints.

#include "figures.h"
#include "nationaldata.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QWidget>

#include <algorithm>

namespace bench {

using figures::median;
using figures::out;
using figures::worst;

// VmHWM (peak) or VmRSS (now) of this process, in MB.
inline double memoryMb(const char* field)
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

// The targets of issue 29, at national scale (--scale 1) and at five times it (--scale 5: 300 measures per
// municipality, ~107,000 measures and ~535,000 progress updates); 0 where the issue sets none.
struct Targets
{
    double open = 250;
    double allMeasures = 300;
    double keyMedian = 8;
    double keyWorst = 20;
    double switchPlans = 20;
    double update = 20;
    double pdf60 = 1500;
    double pdf200 = 400; // the whole CLI process
    double csvRatio = 5; // to sqlite3 .import of the same rows, both CSVs
    double planFileImport = 3000;
    double peakMemory = 250;

    static Targets forScale(int scale)
    {
        Targets targets;
        if (scale >= 5) {
            targets.open = 400;
            targets.keyMedian = 40;
            targets.keyWorst = 80;
            targets.switchPlans = 30;
            targets.pdf200 = 0;
            targets.planFileImport = 15000;
            targets.peakMemory = 600;
            targets.allMeasures = 0;
        }
        return targets;
    }
};

struct Scale
{
    NationalData::Options data;
    int scale = 1; // times the national file: measures per municipality and CSV rows
    int repeat = 5;
    int generateRepeat = 3;
    int csvRows = 20000;
    int largePlan = 200;
    int loops = 100; // of the memory loop: open, filter, switch plans, report
    bool reuse = false; // keep a file generated before (for profiling runs)
    Targets targets;
};

// Runs the command-line app to its end; the time it took in *ms, or a message in *error.
inline bool runCli(const QStringList& arguments, double* ms, QString* error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(ACTIONPLANS_BINARY), arguments);
    const bool finished = process.waitForFinished(60 * 60 * 1000);
    *ms = double(timer.nsecsElapsed()) / 1e6;
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    *error = QStringLiteral("actionplans %1 failed: %2")
                 .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAll()));
    return false;
}

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
                       target > 0 ? QStringLiteral("≤ %1×").arg(target) : QStringLiteral("—"),
                       target <= 0           ? QStringLiteral("—")
                           : ratio <= target ? QStringLiteral("met")
                                             : QStringLiteral("MISSED"),
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

} // namespace bench
