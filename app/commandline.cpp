#include "commandline.h"

#include "councilreport.h"
#include "language.h"

#include "database.h"
#include "datafile.h"
#include "measureimport.h"
#include "nationaldata.h"
#include "planfile.h"
#include "sampledata.h"
#include "stores.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// A TSV cell: tabs and line breaks would break the row, so they become spaces.
QString cell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QStringList CommandLine::commands()
{
    return {QStringLiteral("sample"),
            QStringLiteral("list"),
            QStringLiteral("check"),
            QStringLiteral("plancheck"),
            QStringLiteral("report"),
            QStringLiteral("import"),
            QStringLiteral("export"),
            QStringLiteral("generate")};
}

bool CommandLine::isCommandLine(const QStringList& arguments)
{
    // `actionplans FILE` opens the window on FILE; with --db, a word after it can only be a command (or a mistake
    // the command line reports).
    const bool hasDb = std::any_of(arguments.begin() + 1, arguments.end(), [](const QString& argument) {
        return argument == QLatin1String("--db") || argument.startsWith(QLatin1String("--db="));
    });
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--db")) {
            ++i; // its value
            continue;
        }
        if (argument.startsWith(QLatin1String("--db=")))
            continue;
        if (!argument.startsWith(QLatin1Char('-')))
            return hasDb || commands().contains(argument);
        return true; // --help, --version, or an unknown option the command line reports as a usage error
    }
    return false;
}

bool CommandLine::needsWidgets(const QStringList& arguments)
{
    return arguments.contains(QStringLiteral("report"));
}

int CommandLine::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Action plans for Norwegian municipalities: plastic-smart, circular and climate plans.\n\n"
           "Commands:\n"
           "  sample   add the sample networks, municipalities and plans\n"
           "  list     list the plans as tab-separated values: id, municipality number, municipality, title, "
           "measures\n"
           "  check    check the file's integrity and foreign keys\n"
           "  plancheck  check that a plan has what a sound plan needs: plancheck --plan ID\n"
           "  report   write a plan's status report for the municipal council as PDF: report --plan ID -o FILE\n"
           "  import   read a plan file (.json; plans it already holds are updated), or add the measures of a CSV\n"
           "           file (Norwegian or English headers) to a plan: import FILE.json | import FILE.csv --plan ID\n"
           "  export   write a plan: export --plan ID --format json|csv|ics -o FILE\n"
           "  generate fill a new file with generated plans of every municipality, for trying the app at national "
           "scale:\n"
           "           generate --municipalities 357 --measures 60 --updates 5 --seed 1\n\n"
           "Without a command the window opens. Without --db the default database is used (created with sample "
           "data on first use)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file to use."), tr("file"));
    parser.addOption(dbOption);
    const QCommandLineOption planOption(
        QStringLiteral("plan"), tr("report, plancheck: the id of the plan (see “list”)."), tr("id"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")}, tr("report: the PDF file to write."), tr("file"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        tr("report: nb, nn or en (default: the municipality's written standard); sample: nb or nn."),
        tr("language"));
    const QCommandLineOption pdfaOption(QStringLiteral("pdfa"), tr("report: write PDF/A-1b for archiving."));
    const QCommandLineOption sectionsOption(
        QStringLiteral("sections"),
        tr("report: the sections to include, comma-separated, from %1 (default: all but “check”).")
            .arg(ReportOptions::sectionKeys().join(QStringLiteral(", "))),
        tr("list"));
    const QCommandLineOption openOnlyOption(QStringLiteral("open-only"),
                                            tr("report: list only measures that are neither done nor cancelled."));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        tr("report, plancheck: the date to report for, YYYY-MM-DD (default: today)."),
                                        tr("date"));
    const QCommandLineOption draftOption(
        QStringLiteral("draft"),
        tr("report: a draft, not recorded as issued (the next report's changes still count from the last one)."));
    parser.addOptions({planOption,
                       outputOption,
                       languageOption,
                       pdfaOption,
                       sectionsOption,
                       openOnlyOption,
                       dateOption,
                       draftOption});
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("export: %1 (default: from the file name).")
                                              .arg(PlanExchange::exportFormatNames().join(QStringLiteral(", "))),
                                          tr("format"));
    parser.addOption(formatOption);
    const QCommandLineOption municipalitiesOption(
        QStringLiteral("municipalities"), tr("generate: how many municipalities get plans (default: 357)."), tr("n"));
    const QCommandLineOption measuresOption(
        QStringLiteral("measures"), tr("generate: measures per municipality, over its plans (default: 60)."), tr("n"));
    const QCommandLineOption updatesOption(
        QStringLiteral("updates"), tr("generate: progress updates per measure, on average (default: 5)."), tr("n"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), tr("generate: the same seed gives the same file (default: 1)."), tr("n"));
    parser.addOptions({municipalitiesOption, measuresOption, updatesOption, seedOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("sample, list, check, plancheck, report, import FILE, export or generate"));

    if (!parser.parse(arguments)) {
        err() << tr("actionplans: %1").arg(parser.errorText()) << Qt::endl
              << tr("Try “actionplans --help”.") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        out() << parser.helpText() << Qt::flush;
        return Success;
    }
    if (parser.isSet(versionOption)) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !commands().contains(positional.first())) {
        err() << (positional.isEmpty() ? tr("actionplans: no command given.")
                                       : tr("actionplans: unknown command “%1”.").arg(positional.first()))
              << Qt::endl
              << tr("Try “actionplans --help”.") << Qt::endl;
        return UsageError;
    }
    const int expected = positional.first() == QLatin1String("import") ? 2 : 1;
    if (positional.size() < expected) {
        err() << tr("actionplans: import needs the file to read: import FILE --plan ID.") << Qt::endl;
        return UsageError;
    }
    if (positional.size() > expected) {
        err() << tr("actionplans: “%1” takes no arguments, but got “%2”.")
                     .arg(positional.first(), positional.at(expected))
              << Qt::endl;
        return UsageError;
    }
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : DataFile::defaultPath();
    if (parser.isSet(dbOption) && path.isEmpty()) {
        err() << tr("actionplans: --db needs a file name.") << Qt::endl;
        return UsageError;
    }
    const QString& command = positional.first();
    if (command == QLatin1String("sample")) {
        // The sample plans in nynorsk with --lang nn or a nynorsk environment, otherwise in bokmål.
        return sample(
            path,
            SampleData::languageFor(parser.isSet(languageOption) ? QLocale(parser.value(languageOption)) : QLocale()));
    }
    if (command == QLatin1String("list"))
        return list(path);
    if (command == QLatin1String("check"))
        return check(path);
    if (command == QLatin1String("generate")) {
        NationalData::Options options;
        const std::pair<const QCommandLineOption*, int*> numbers[] = {{&municipalitiesOption, &options.municipalities},
                                                                      {&measuresOption, &options.measures},
                                                                      {&updatesOption, &options.updates}};
        for (const auto& [option, value] : numbers) {
            if (!parser.isSet(*option))
                continue;
            bool ok = false;
            *value = parser.value(*option).toInt(&ok);
            if (!ok || *value < 0) {
                err() << tr("actionplans: “%1” is not a number for --%2.")
                             .arg(parser.value(*option), option->names().constFirst())
                      << Qt::endl;
                return UsageError;
            }
        }
        if (parser.isSet(seedOption)) {
            bool ok = false;
            options.seed = parser.value(seedOption).toUInt(&ok);
            if (!ok) {
                err() << tr("actionplans: “%1” is not a number for --%2.")
                             .arg(parser.value(seedOption), QStringLiteral("seed"))
                      << Qt::endl;
                return UsageError;
            }
        }
        return generate(path, options);
    }

    if (command == QLatin1String("import") && PlanFile::isPlanFile(positional.at(1)))
        return importPlanFile(path, positional.at(1)); // plans carry their own identity: no --plan
    const bool needsOutput = command == QLatin1String("report") || command == QLatin1String("export");
    if (!parser.isSet(planOption) || (needsOutput && !parser.isSet(outputOption))) {
        err() << (needsOutput ? tr("actionplans: %1 needs --plan ID and -o FILE.").arg(command)
                              : tr("actionplans: %1 needs --plan ID.").arg(command))
              << Qt::endl;
        return UsageError;
    }
    ReportRequest request;
    bool ok = false;
    request.planId = parser.value(planOption).toLongLong(&ok);
    if (!ok || request.planId <= 0) {
        err() << tr("actionplans: “%1” is not a plan id; “actionplans list” shows them.").arg(parser.value(planOption))
              << Qt::endl;
        return BadInput;
    }
    if (parser.isSet(dateOption)) {
        request.options.reportDate = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!request.options.reportDate.isValid()) {
            err() << tr("actionplans: “%1” is not a date of the form YYYY-MM-DD.").arg(parser.value(dateOption))
                  << Qt::endl;
            return BadInput;
        }
    }
    if (command == QLatin1String("plancheck"))
        return planCheck(path, request.planId, request.options.reportDate);
    if (command == QLatin1String("import"))
        return importFile(path, positional.at(1), request.planId);
    if (command == QLatin1String("export")) {
        const QString output = parser.value(outputOption);
        const std::optional<PlanExchange::Format> format = parser.isSet(formatOption)
            ? PlanExchange::formatForName(parser.value(formatOption))
            : PlanExchange::formatForPath(output);
        if (!format) {
            err() << tr("actionplans: “%1” is not an export format; use %2.")
                         .arg(parser.isSet(formatOption) ? parser.value(formatOption) : output,
                              PlanExchange::exportFormatNames().join(QStringLiteral(", ")))
                  << Qt::endl;
            return UsageError;
        }
        return exportFile(path, request.planId, *format, output);
    }
    request.output = parser.value(outputOption);
    if (parser.isSet(languageOption)) {
        request.options.language = parser.value(languageOption).trimmed().toLower();
        if (!Language::codes().contains(request.options.language)) {
            err()
                << tr("actionplans: “%1” is not a report language; use nb, nn or en.").arg(parser.value(languageOption))
                << Qt::endl;
            return BadInput;
        }
    } else {
        request.options.language.clear(); // the municipality's, once the plan is known
    }
    if (parser.isSet(sectionsOption)) {
        request.options.sections = 0;
        for (const QString& key : parser.value(sectionsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int section = ReportOptions::sectionFromKey(key);
            if (section == 0) {
                err() << tr("actionplans: “%1” is not a report section; use %2.")
                             .arg(key.trimmed(), ReportOptions::sectionKeys().join(QStringLiteral(", ")))
                      << Qt::endl;
                return BadInput;
            }
            request.options.sections |= section;
        }
    }
    request.options.pdfA = parser.isSet(pdfaOption);
    request.options.openMeasuresOnly = parser.isSet(openOnlyOption);
    request.record = !parser.isSet(draftOption);
    return report(path, request);
}

bool CommandLine::open(Database& db, const QString& path)
{
    // Only the default file gets sample data by itself; a named new file is created with the municipalities.
    QString error;
    QString warning;
    if (DataFile::openOrCreate(db, path, path == DataFile::defaultPath(), &error, &warning)) {
        if (!warning.isEmpty()) // the daily backup failed; the command can still run
            err() << warning << Qt::endl;
        return true;
    }
    err() << error << Qt::endl;
    return false;
}

int CommandLine::sample(const QString& path, const QString& language)
{
    Database db;
    QString error;
    if (!open(db, path))
        return BadInput;
    Stores stores(db);
    if (!SampleData::install(stores, &error, QDate::currentDate(), language)) {
        err() << error << Qt::endl;
        return BadInput;
    }
    out() << tr("Added the sample networks and plans to “%1”.").arg(QDir::toNativeSeparators(db.filePath()))
          << Qt::endl;
    return Success;
}

int CommandLine::generate(const QString& path, const NationalData::Options& options)
{
    Database db;
    if (!open(db, path))
        return BadInput;
    Stores stores(db);
    QString error;
    const std::optional<NationalData::Counts> counts = NationalData::generate(stores, options, &error);
    if (!counts) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    out() << tr("Generated %n plan(s) of %1 municipalities in “%2”: ", nullptr, counts->plans)
                 .arg(counts->municipalities)
                 .arg(QDir::toNativeSeparators(db.filePath()))
          << tr("%n measure(s), ", nullptr, counts->measures) << tr("%n progress update(s), ", nullptr, counts->updates)
          << tr("%n indicator(s) with %1 yearly values.", nullptr, counts->indicators).arg(counts->indicatorValues)
          << Qt::endl;
    return Success;
}

int CommandLine::list(const QString& path)
{
    Database db;
    if (!open(db, path))
        return BadInput;
    Stores stores(db);
    const QVector<PlanSummary> plans = stores.plans.summaries();
    if (!stores.plans.errorString().isEmpty()) {
        err() << stores.plans.errorString() << Qt::endl;
        return BadInput;
    }
    // Column names stay English: this output is for scripts and spreadsheets.
    out() << "id\tmunicipality_number\tmunicipality\ttitle\tmeasures\n";
    for (const PlanSummary& plan : plans) {
        out() << plan.planId << '\t' << plan.municipalityNumber << '\t' << cell(plan.municipalityName) << '\t'
              << cell(plan.title) << '\t' << plan.measureCount << '\n';
    }
    out().flush();
    return Success;
}

int CommandLine::report(const QString& path, ReportRequest request)
{
    Database db;
    if (!open(db, path))
        return BadInput;
    Stores stores(db);
    QString error;
    const std::optional<Plan> plan = stores.plans.get(request.planId);
    if (!plan) {
        err() << tr("actionplans: there is no plan with id %1; “actionplans list” shows them.").arg(request.planId)
              << Qt::endl;
        return BadInput;
    }
    if (request.options.language.isEmpty()) {
        const std::optional<Municipality> municipality = stores.municipalities.get(plan->municipalityId);
        request.options.language
            = Language::forWrittenStandard(municipality ? municipality->writtenStandard : QString());
    }
    const std::optional<ReportData> data = ReportData::collect(stores, request.planId, request.options, &error);
    if (!data || !CouncilReport::writePdf(*data, request.options, request.output, &error)) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    if (request.record && !ReportData::record(stores, *data, request.options, &error)) {
        err() << tr("actionplans: the report was written, but could not be recorded: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    out() << tr("Wrote the report of “%1” to “%2”.").arg(plan->title, QDir::toNativeSeparators(request.output))
          << Qt::endl;
    // The check is offered before every report, here too.
    const int findings = int(data->check.findings.size());
    if (findings > 0)
        out() << tr("Plan check: %1 % complete, %n finding(s); “actionplans plancheck --plan %2” lists them.",
                    nullptr,
                    findings)
                     .arg(data->check.score())
                     .arg(request.planId)
              << Qt::endl;
    return Success;
}

int CommandLine::importFile(const QString& path, const QString& file, qint64 planId)
{
    Database db;
    if (!open(db, path))
        return BadInput;
    Stores stores(db);
    if (!stores.plans.get(planId)) {
        err() << tr("actionplans: there is no plan with id %1; “actionplans list” shows them.").arg(planId) << Qt::endl;
        return BadInput;
    }
    const MeasureImport::Result result = MeasureImport::readFile(file);
    const QString shown = QDir::toNativeSeparators(file);
    for (const QString& column : result.ignoredColumns)
        err() << tr("%1: the column “%2” is not known and was left out.").arg(shown, column) << Qt::endl;
    if (!result.ok()) {
        for (const ImportProblem& problem : result.problems)
            err() << problem.toString(shown) << Qt::endl;
        if (result.problemCount > result.problems.size())
            err() << tr("%1: %n more problem(s) not shown.", nullptr, result.problemCount - int(result.problems.size()))
                         .arg(shown)
                  << Qt::endl;
        err() << tr("actionplans: nothing was imported.") << Qt::endl;
        return BadInput;
    }
    QString error;
    if (!MeasureRows::add(stores, planId, result.rows, nullptr, &error)) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    out() << tr("Imported %n measure(s) from “%1”.", nullptr, int(result.rows.size())).arg(shown) << Qt::endl;
    return Success;
}

int CommandLine::importPlanFile(const QString& path, const QString& file)
{
    Database db;
    if (!open(db, path))
        return BadInput;
    Stores stores(db);
    const QString shown = QDir::toNativeSeparators(file);
    QVector<ImportProblem> problems;
    const std::optional<QVector<PlanFile::PlanData>> plans = PlanFile::readFile(file, &problems);
    if (!plans) {
        for (const ImportProblem& problem : problems)
            err() << (problem.line > 0 ? problem.toString(shown) : tr("%1: %2").arg(shown, problem.message))
                  << Qt::endl;
        err() << tr("actionplans: nothing was imported.") << Qt::endl;
        return BadInput;
    }
    PlanFile::Summary summary;
    QString error;
    if (!PlanFile::apply(stores, *plans, &summary, nullptr, &error)) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl << tr("actionplans: nothing was imported.") << Qt::endl;
        return BadInput;
    }
    out() << tr("Imported “%1”. %2").arg(shown, summary.text()) << Qt::endl;
    return Success;
}

int CommandLine::exportFile(const QString& path, qint64 planId, PlanExchange::Format format, const QString& file)
{
    Database db;
    if (!open(db, path))
        return BadInput;
    Stores stores(db);
    QString error;
    QString warning;
    if (!PlanExchange::exportPlan(stores, planId, format, file, &error, &warning)) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    out() << tr("Wrote “%1”.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    if (!warning.isEmpty())
        err() << warning << Qt::endl;
    return Success;
}

int CommandLine::planCheck(const QString& path, qint64 planId, const QDate& date)
{
    Database db;
    if (!open(db, path))
        return BadInput;
    Stores stores(db);
    QString error;
    const std::optional<PlanCheck> check
        = PlanCheck::run(stores, planId, date.isValid() ? date : QDate::currentDate(), &error);
    if (!check) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl;
        return BadInput;
    }
    out() << tr("Plan check of “%1”: %2 % complete.").arg(check->plan.title).arg(check->score()) << Qt::endl;
    for (const PlanCheck::RuleResult& result : check->results) {
        // A mark that survives any terminal and a copy into an e-mail.
        out() << (result.fulfilled() ? "[ok] " : "[!!] ") << PlanCheck::ruleName(result.rule) << ": "
              << PlanCheck::resultText(result) << Qt::endl;
        for (const PlanCheck::Finding& finding : check->findings) {
            if (finding.rule != result.rule)
                continue;
            out() << "       ";
            if (finding.measureId > 0)
                out() << cell(finding.code.isEmpty() ? finding.title : tr("%1 %2").arg(finding.code, finding.title))
                      << ": ";
            out() << PlanCheck::describe(finding) << Qt::endl;
        }
    }
    return Success;
}

int CommandLine::check(const QString& path)
{
    Database db;
    if (!open(db, path))
        return BadInput;
    const QStringList problems = db.problems();
    const QString shown = QDir::toNativeSeparators(db.filePath());
    if (!problems.isEmpty()) {
        err() << tr("“%1” has %n problem(s):", nullptr, int(problems.size())).arg(shown) << Qt::endl;
        for (const QString& problem : problems)
            err() << "  " << problem << Qt::endl;
        return BadInput;
    }
    out() << tr("“%1”: no problems found.").arg(shown) << Qt::endl;
    return Success;
}
