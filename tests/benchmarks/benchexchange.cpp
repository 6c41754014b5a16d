#include "benchexchange.h"

#include "database.h"
#include "datafile.h"
#include "language.h"
#include "planexchange.h"
#include "planfile.h"
#include "reportdata.h"
#include "reportformat.h"
#include "stores.h"
#include "vocabulary.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTextStream>

namespace bench {

QString ExchangeSteps::folderFile(const QString& name) const
{
    return QDir(m_context.folder).filePath(name);
}

// 7. The council PDF of a 60-measure and of a 200-measure plan: in this process (the data collected and the PDF
// written), and as the whole command-line process an adviser runs (start, open the file, write, exit).
bool ExchangeSteps::councilReports()
{
    const Targets& targets = m_context.scale.targets;
    const std::pair<qint64, double> plans[] = {{m_context.typicalPlan, targets.pdf60}, {m_context.largePlan, 0}};
    QHash<qint64, int> measureCounts;
    for (const auto& [planId, target] : plans) {
        QVector<double> samples;
        int measures = 0;
        const QString path = folderFile(QStringLiteral("report-%1.pdf").arg(planId));
        for (int i = 0; i < m_context.scale.repeat; ++i) {
            QString error;
            ReportOptions options;
            QElapsedTimer timer;
            timer.start();
            const std::optional<ReportData> data = ReportData::collect(*m_context.stores, planId, options, &error);
            if (!data || !ReportFormat::write(ReportFormat::Format::Pdf, *data, options, path, &error))
                return fail(error);
            samples << double(timer.nsecsElapsed()) / 1e6;
            measures = int(data->measures.size());
        }
        measureCounts.insert(planId, measures);
        m_results->time(QStringLiteral("7. council PDF, %1 measures").arg(measures),
                        median(samples),
                        target,
                        QStringLiteral("%1 kB; in this process").arg(QFileInfo(path).size() / 1024));
    }
    for (const qint64 planId : {m_context.typicalPlan, m_context.largePlan}) {
        const QString path = folderFile(QStringLiteral("cli-report-%1.pdf").arg(planId));
        QVector<double> samples;
        for (int i = 0; i < m_context.scale.repeat; ++i) {
            double ms = 0;
            QString error;
            // A draft, so that the runs leave the file as it was (an issued report is recorded in it).
            if (!runCli({QStringLiteral("--db"),
                         m_context.file,
                         QStringLiteral("report"),
                         QStringLiteral("--plan"),
                         QString::number(planId),
                         QStringLiteral("--draft"),
                         QStringLiteral("-o"),
                         path},
                        &ms,
                        &error))
                return fail(error);
            samples << ms;
        }
        m_results->time(QStringLiteral("   council PDF, %1 measures, whole CLI").arg(measureCounts.value(planId)),
                        median(samples),
                        planId == m_context.largePlan ? targets.pdf200 : 0,
                        QStringLiteral("actionplans report --draft -o FILE.pdf"));
    }
    return true;
}

bool ExchangeSteps::csvImports()
{
    return csvImport(CsvKind::LongTexts) && csvImport(CsvKind::ShortCells);
}

// 8. A CSV of scale × 20,000 rows into a new plan of (a copy of) the national file through the whole command-line
// process, beside the sqlite3 shell's .import of the same file into a bare table of a fresh file, in the same run.
bool ExchangeSteps::csvImport(CsvKind kind)
{
    const bool shortCells = kind == CsvKind::ShortCells;
    // The long-text CSV stays at the national 20,000 rows at every scale: at five times that it would be some 43 MB,
    // past the 32 MB an import accepts (CsvLimits).
    const int rows = shortCells ? m_context.scale.csvRows : m_context.scale.csvRows / m_context.scale.scale;
    const QString csv = folderFile(shortCells ? QStringLiteral("short.csv") : QStringLiteral("measures.csv"));
    if (!writeCsv(csv, kind, rows))
        return false;
    const QString copy = folderFile(QStringLiteral("import.handlingsplan"));
    QVector<double> ours;
    for (int i = 0; i < m_context.scale.repeat; ++i) {
        QFile::remove(copy);
        if (!QFile::copy(m_context.file, copy))
            return fail(QStringLiteral("cannot copy the file"));
        qint64 planId = 0;
        {
            Database db;
            if (!db.open(copy))
                return fail(db.errorString());
            Stores stores(db);
            Plan plan;
            plan.municipalityId = m_context.typicalMunicipality;
            plan.title = QStringLiteral("Importert");
            const std::optional<qint64> added = stores.plans.add(plan);
            if (!added)
                return fail(stores.plans.errorString());
            planId = *added;
        }
        double ms = 0;
        QString error;
        if (!runCli({QStringLiteral("--db"),
                     copy,
                     QStringLiteral("import"),
                     csv,
                     QStringLiteral("--plan"),
                     QString::number(planId)},
                    &ms,
                    &error))
            return fail(error);
        ours << ms;
        Database db;
        if (!db.open(copy))
            return fail(db.errorString());
        const int imported = int(Stores(db).measures.list(QStringLiteral("plan_id"), planId).size());
        if (imported != rows)
            return fail(QStringLiteral("the CSV import added %1 rows").arg(imported));
    }
    QFile::remove(copy);
    const QString bare = folderFile(QStringLiteral("bare.sqlite"));
    QVector<double> floor;
    for (int i = 0; i < m_context.scale.repeat; ++i) {
        QFile::remove(bare);
        QProcess sqlite;
        QElapsedTimer timer;
        timer.start();
        sqlite.start(QStringLiteral("sqlite3"),
                     {QStringLiteral("-cmd"),
                      QStringLiteral(".mode csv"),
                      QStringLiteral("-cmd"),
                      QStringLiteral(".separator ;"),
                      bare,
                      QStringLiteral(".import %1 measures").arg(csv)});
        if (!sqlite.waitForFinished(10 * 60 * 1000) || sqlite.exitCode() != 0)
            return fail(
                QStringLiteral("sqlite3 .import failed: %1").arg(QString::fromUtf8(sqlite.readAllStandardError())));
        floor << double(timer.nsecsElapsed()) / 1e6;
    }
    const QString what = shortCells ? QStringLiteral("short cells") : QStringLiteral("long texts");
    m_results->time(QStringLiteral("8. CSV import, %1 (whole CLI)").arg(what),
                    median(ours),
                    0,
                    QStringLiteral("%1 rows, %2 bytes a row").arg(rows).arg(QFileInfo(csv).size() / std::max(1, rows)));
    m_results->time(QStringLiteral("   sqlite3 .import of the same file"),
                    median(floor),
                    0,
                    QStringLiteral("bare table of a fresh file, no checks"));
    m_results->ratio(QStringLiteral("   CSV import / sqlite3 .import, %1").arg(what),
                     median(ours) / std::max(0.001, median(floor)),
                     m_context.scale.targets.csvRatio,
                     QStringLiteral("each row checked, change log, in a copy of the national file"));
    return true;
}

// The measures of the national file, over and over, as a spreadsheet an adviser would import (semicolons, as Excel
// writes them in Norway): with every text column (long descriptions), or eight short cells as an Excel sheet has.
bool ExchangeSteps::writeCsv(const QString& path, CsvKind kind, int rows)
{
    const QVector<MeasureListing> measures = m_context.stores->measures.listings(0);
    if (measures.isEmpty())
        return fail(QStringLiteral("no measures to write"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QTextStream stream(&file);
    auto quoted = [](QString text) {
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    // Excel quotes a cell only where it must.
    auto cell = [&quoted](const QString& text) {
        return text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
            ? quoted(text)
            : text;
    };
    const ScopedLanguage bokmal(QStringLiteral("nb")); // statuses and priorities as a Norwegian sheet has them
    if (kind == CsvKind::ShortCells)
        stream << "Nr;Innsatsområde;Tiltak;Ansvarlig;Frist;Status;Fremdrift;Prioritet\n";
    else
        stream << "Nr;Innsatsområde;Tiltak;Beskrivelse;Ansvarlig;Frist;Status;Fremdrift;Prioritet;Kostnad\n";
    for (int i = 0; i < rows; ++i) {
        const MeasureListing& listing = measures.at(i % measures.size());
        const Measure& m = listing.measure;
        if (kind == CsvKind::ShortCells) {
            stream << cell(m.code) << ';' << cell(listing.focusArea.left(18)) << ';' << cell(m.title.left(28)) << ';'
                   << cell(listing.owner.left(16)) << ';' << cell(m.deadlineText) << ';'
                   << Vocabulary::measureStatusName(m.status) << ';' << m.progress << " %;"
                   << Vocabulary::priorityName(m.priority) << '\n';
            continue;
        }
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
bool ExchangeSteps::planFileRoundTrip()
{
    const QString path = folderFile(QStringLiteral("all-plans.json"));
    const QString empty = folderFile(QStringLiteral("empty.handlingsplan"));
    QVector<double> exports;
    QVector<double> imports;
    PlanFile::Summary summary;
    for (int i = 0; i < m_context.scale.repeat; ++i) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        const std::optional<QByteArray> bytes = PlanFile::write(*m_context.stores, m_context.allPlans, &error);
        if (!bytes || !PlanExchange::writeFile(*bytes, path, m_context.file, &error))
            return fail(error);
        exports << double(timer.nsecsElapsed()) / 1e6;

        QFile::remove(empty);
        Database db;
        if (!DataFile::openOrCreate(db, empty, false, &error))
            return fail(error);
        Stores stores(db);
        timer.restart();
        QVector<ImportProblem> problems;
        // At five times the nation the export (~250 MB) is past the 64 MB a user's import accepts: the merge is what
        // is timed here (it is the one `server import` uses), so the limit is the file's size.
        const std::optional<QVector<PlanFile::PlanData>> plans
            = PlanFile::readFile(path, &problems, std::max<qint64>(64 * 1024 * 1024, QFileInfo(path).size()));
        summary = {};
        if (!plans || !PlanFile::apply(stores, *plans, &summary, nullptr, &error))
            return fail(QStringLiteral("the plan-file import failed: %1")
                            .arg(plans || problems.isEmpty() ? error : problems.first().toString(path)));
        imports << double(timer.nsecsElapsed()) / 1e6;
    }
    const QString size = QStringLiteral("%1 plans, %2 MB")
                             .arg(m_context.allPlans.size())
                             .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1);
    m_results->time(QStringLiteral("9. export the file as a plan file"), median(exports), 0, size);
    m_results->time(QStringLiteral("   import it into an empty file"),
                    median(imports),
                    m_context.scale.targets.planFileImport,
                    summary.text());
    return true;
}

} // namespace bench
