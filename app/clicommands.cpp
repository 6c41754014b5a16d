#include "clicommands.h"

#include "clioutput.h"
#include "commandline.h"
#include "database.h"
#include "datafile.h"
#include "language.h"
#include "measureimport.h"
#include "nationaldata.h"
#include "networksite.h"
#include "planfile.h"
#include "plansite.h"
#include "plantransfer.h"
#include "reportformat.h"
#include "sampledata.h"
#include "serveraccess.h"
#include "serveraddress.h"
#include "serverconnection.h"
#include "serversetup.h"
#include "sitefolder.h"
#include "stores.h"
#include "username.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <unistd.h>

#include <algorithm>

using CliOutput::err;
using CliOutput::out;

namespace {

// A TSV cell: tabs and line breaks would break the row, so they become spaces.
QString cell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

bool CliCommands::open(Database& db, const QString& path)
{
    db.setAuthor(UserName::effective()); // the change log's "who", as in the window
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

std::optional<QVector<PlanFile::PlanData>> CliCommands::readPlanFile(const QString& file)
{
    const QString shown = QDir::toNativeSeparators(file);
    QVector<ImportProblem> problems;
    const std::optional<QVector<PlanFile::PlanData>> plans = PlanFile::readFile(file, &problems);
    if (!plans) {
        for (const ImportProblem& problem : problems)
            err() << (problem.line > 0 ? problem.toString(shown) : tr("%1: %2").arg(shown, problem.message))
                  << Qt::endl;
        err() << tr("actionplans: nothing was imported.") << Qt::endl;
    }
    return plans;
}

int CliCommands::sample(const QString& path, const QString& language)
{
    Database db;
    QString error;
    if (!open(db, path))
        return CommandLine::BadInput;
    Stores stores(db);
    if (!SampleData::install(stores, &error, QDate::currentDate(), language)) {
        err() << error << Qt::endl;
        return CommandLine::BadInput;
    }
    out() << tr("Added the sample networks and plans to “%1”.").arg(QDir::toNativeSeparators(db.filePath()))
          << Qt::endl;
    return CommandLine::Success;
}

int CliCommands::generate(const QString& path, const NationalData::Options& options)
{
    Database db;
    if (!open(db, path))
        return CommandLine::BadInput;
    Stores stores(db);
    QString error;
    const std::optional<NationalData::Counts> counts = NationalData::generate(stores, options, &error);
    if (!counts) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl;
        return CommandLine::BadInput;
    }
    out() << tr("Generated %n plan(s) of %1 municipalities in “%2”: ", nullptr, counts->plans)
                 .arg(counts->municipalities)
                 .arg(QDir::toNativeSeparators(db.filePath()))
          << tr("%n measure(s), ", nullptr, counts->measures) << tr("%n progress update(s), ", nullptr, counts->updates)
          << tr("%n indicator(s) with %1 yearly values.", nullptr, counts->indicators).arg(counts->indicatorValues)
          << Qt::endl;
    return CommandLine::Success;
}

int CliCommands::list(const QString& path)
{
    Database db;
    if (!open(db, path))
        return CommandLine::BadInput;
    Stores stores(db);
    const QVector<PlanSummary> plans = stores.plans.summaries();
    if (!stores.plans.errorString().isEmpty()) {
        err() << stores.plans.errorString() << Qt::endl;
        return CommandLine::BadInput;
    }
    // Column names stay English: this output is for scripts and spreadsheets.
    out() << "id\tmunicipality_number\tmunicipality\ttitle\tmeasures\n";
    for (const PlanSummary& plan : plans) {
        out() << plan.planId << '\t' << plan.municipalityNumber << '\t' << cell(plan.municipalityName) << '\t'
              << cell(plan.title) << '\t' << plan.measureCount << '\n';
    }
    out().flush();
    return CommandLine::Success;
}

int CliCommands::report(const QString& path, ReportRequest request)
{
    Database db;
    if (!open(db, path))
        return CommandLine::BadInput;
    Stores stores(db);
    QString error;
    const std::optional<Plan> plan = stores.plans.get(request.planId);
    if (!plan) {
        err() << tr("actionplans: there is no plan with id %1; “actionplans list” shows them.").arg(request.planId)
              << Qt::endl;
        return CommandLine::BadInput;
    }
    if (request.options.language.isEmpty()) {
        const std::optional<Municipality> municipality = stores.municipalities.get(plan->municipalityId);
        request.options.language
            = Language::forWrittenStandard(municipality ? municipality->writtenStandard : QString());
    }
    const std::optional<ReportData> data = ReportData::collect(stores, request.planId, request.options, &error);
    if (!data || !ReportFormat::write(request.format, *data, request.options, request.output, &error)) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl;
        return CommandLine::BadInput;
    }
    if (request.record && !ReportData::record(stores, *data, request.options, &error)) {
        err() << tr("actionplans: the report was written, but could not be recorded: %1").arg(error) << Qt::endl;
        return CommandLine::BadInput;
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
    return CommandLine::Success;
}

int CliCommands::importFile(const QString& path, const QString& file, qint64 planId)
{
    Database db;
    if (!open(db, path))
        return CommandLine::BadInput;
    Stores stores(db);
    if (!stores.plans.get(planId)) {
        err() << tr("actionplans: there is no plan with id %1; “actionplans list” shows them.").arg(planId) << Qt::endl;
        return CommandLine::BadInput;
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
        return CommandLine::BadInput;
    }
    QString error;
    if (!MeasureRows::add(stores, planId, result.rows, nullptr, &error)) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl;
        return CommandLine::BadInput;
    }
    out() << tr("Imported %n measure(s) from “%1”.", nullptr, int(result.rows.size())).arg(shown) << Qt::endl;
    return CommandLine::Success;
}

int CliCommands::importPlanFile(const QString& path, const QString& file)
{
    Database db;
    if (!open(db, path))
        return CommandLine::BadInput;
    Stores stores(db);
    const QString shown = QDir::toNativeSeparators(file);
    const std::optional<QVector<PlanFile::PlanData>> plans = readPlanFile(file);
    if (!plans)
        return CommandLine::BadInput;
    PlanFile::Summary summary;
    QString error;
    if (!PlanFile::apply(stores, *plans, &summary, nullptr, &error)) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl << tr("actionplans: nothing was imported.") << Qt::endl;
        return CommandLine::BadInput;
    }
    out() << tr("Imported “%1”. %2").arg(shown, summary.text()) << Qt::endl;
    return CommandLine::Success;
}

int CliCommands::exportFile(const QString& path, qint64 planId, PlanExchange::Format format, const QString& file)
{
    Database db;
    if (!open(db, path))
        return CommandLine::BadInput;
    Stores stores(db);
    QString error;
    QString warning;
    if (!PlanExchange::exportPlan(stores, planId, format, file, &error, &warning)) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl;
        return CommandLine::BadInput;
    }
    out() << tr("Wrote “%1”.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    if (!warning.isEmpty())
        err() << warning << Qt::endl;
    return CommandLine::Success;
}

int CliCommands::publish(const QString& path, const ReportRequest& request, bool includeInternal, qint64 networkId)
{
    Database db;
    if (!open(db, path))
        return CommandLine::BadInput;
    Stores stores(db);
    PublishOptions options;
    options.language = request.options.language;
    options.includeInternal = includeInternal;
    options.today = request.options.reportDate;
    QString error;
    const std::optional<QMap<QString, QByteArray>> pages = networkId > 0
        ? NetworkSite::build(stores, networkId, options, &error)
        : PlanSite::build(stores, request.planId, options, &error);
    if (!pages || !SiteFolder::write(request.output, *pages, &error)) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl;
        return CommandLine::BadInput;
    }
    out() << tr("Published %n page(s) in “%1”; open index.html.", nullptr, SiteFolder::pageCount(*pages))
                 .arg(QDir::toNativeSeparators(request.output))
          << Qt::endl;
    return CommandLine::Success;
}

int CliCommands::planCheck(const QString& path, qint64 planId, const QDate& date)
{
    Database db;
    if (!open(db, path))
        return CommandLine::BadInput;
    Stores stores(db);
    QString error;
    const std::optional<PlanCheck> check
        = PlanCheck::run(stores, planId, date.isValid() ? date : QDate::currentDate(), &error);
    if (!check) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl;
        return CommandLine::BadInput;
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
    return CommandLine::Success;
}

int CliCommands::check(const QString& path)
{
    Database db;
    if (!open(db, path))
        return CommandLine::BadInput;
    const QStringList problems = db.problems();
    const QString shown = QDir::toNativeSeparators(db.filePath());
    if (!problems.isEmpty()) {
        err() << tr("“%1” has %n problem(s):", nullptr, int(problems.size())).arg(shown) << Qt::endl;
        for (const QString& problem : problems)
            err() << "  " << problem << Qt::endl;
        return CommandLine::BadInput;
    }
    out() << tr("“%1”: no problems found.").arg(shown) << Qt::endl;
    return CommandLine::Success;
}

int CliCommands::serverInit(const QString& address)
{
    QString error;
    const std::optional<ServerAddress> parsed = ServerAddress::parse(address, &error);
    if (!parsed) {
        err() << error << Qt::endl;
        return CommandLine::UsageError;
    }
    ServerConnection server(*parsed);
    if (!server.open()) {
        err() << server.errorString() << Qt::endl;
        return CommandLine::BadInput;
    }
    const std::optional<ServerSetup::Result> result = ServerSetup::init(server, &error);
    if (!result) {
        err() << error << Qt::endl;
        return CommandLine::BadInput;
    }
    if (result->fromVersion == result->toVersion)
        out() << tr("%1 has the schema of this version (%2); nothing to upgrade.")
                     .arg(parsed->display())
                     .arg(result->toVersion)
              << Qt::endl;
    else if (result->fromVersion == 0)
        out() << tr("Created the Action Plans schema (version %1) on %2.").arg(result->toVersion).arg(parsed->display())
              << Qt::endl;
    else
        out() << tr("Upgraded the Action Plans schema on %1 from version %2 to %3.")
                     .arg(parsed->display())
                     .arg(result->fromVersion)
                     .arg(result->toVersion)
              << Qt::endl;
    out() << tr("Municipalities added: %1.").arg(result->municipalitiesAdded) << Qt::endl;
    return serverInitNetworks(address, result->fromVersion == 0);
}

// The known networks onto a server just set up (only then: a network its owner removed later stays removed), and the
// list of its networks with the numbers that `server add-user … --network ID --coordinator` takes.
int CliCommands::serverInitNetworks(const QString& address, bool addKnownNetworks)
{
    Database db;
    if (!open(db, address))
        return CommandLine::BadInput;
    Stores stores(db);
    if (addKnownNetworks) {
        QString error;
        const std::optional<int> added = SampleData::installNetworks(stores, &error);
        if (!added) {
            err() << tr("actionplans: %1").arg(error) << Qt::endl;
            return CommandLine::BadInput;
        }
        out() << tr("Networks added: %1.").arg(*added) << Qt::endl;
    }
    out() << tr("Networks on the server (add a coordinator with: server add-user NAME --network ID --coordinator):")
          << Qt::endl;
    for (const Network& network : stores.networks.list()) {
        const int members = int(stores.networks.memberIds(network.id).size());
        out() << "  " << network.id << "  " << tr("%1 (%n member(s))", nullptr, members).arg(network.name) << Qt::endl;
    }
    return CommandLine::Success;
}

int CliCommands::serverAddUser(const QString& address,
                               const QString& name,
                               const QString& municipalityNumber,
                               qint64 networkId)
{
    QString error;
    const std::optional<ServerAddress> parsed = ServerAddress::parse(address, &error);
    if (!parsed) {
        err() << error << Qt::endl;
        return CommandLine::UsageError;
    }
    if (!ServerAccess::isValidUserName(name)) {
        err() << ServerAccess::tr("“%1” cannot be a user name: use lower-case letters a–z, digits and _, starting "
                                  "with a letter (at most 63).")
                     .arg(name)
              << Qt::endl;
        return CommandLine::UsageError;
    }
    // The password comes on standard input (a pipe, or typed), never on the command line where others could see it.
    if (isatty(STDIN_FILENO))
        err() << tr("Password for %1: ").arg(name) << Qt::flush;
    QTextStream in(stdin);
    const QString password = in.readLine();
    ServerConnection server(*parsed);
    if (!server.open()) {
        err() << server.errorString() << Qt::endl;
        return CommandLine::BadInput;
    }
    const bool added = municipalityNumber.isEmpty()
        ? ServerAccess::addCoordinator(server, name, password, networkId, &error)
        : ServerAccess::addMunicipalityUser(server, name, password, municipalityNumber, &error);
    if (!added) {
        err() << error << Qt::endl;
        return CommandLine::BadInput;
    }
    out() << (municipalityNumber.isEmpty()
                  ? tr("Added %1, coordinator of network %2.").arg(name).arg(networkId)
                  : tr("Added %1, who edits the plans of municipality %2.").arg(name, municipalityNumber))
          << Qt::endl;
    return CommandLine::Success;
}

int CliCommands::serverImport(const QString& address, const QString& file)
{
    const QString shown = QDir::toNativeSeparators(file);
    Database server;
    if (!open(server, address))
        return CommandLine::BadInput;
    Stores serverStores(server);
    std::optional<PlanFile::Summary> summary;
    QString error;
    if (PlanFile::isPlanFile(file)) {
        const std::optional<QVector<PlanFile::PlanData>> plans = readPlanFile(file);
        if (!plans)
            return CommandLine::BadInput;
        PlanFile::Summary applied;
        if (PlanFile::apply(serverStores, *plans, &applied, nullptr, &error))
            summary = applied;
    } else {
        Database local;
        if (!QFileInfo::exists(file) || !local.open(file)) { // never create the file that was to be read
            err() << (QFileInfo::exists(file) ? local.errorString() : tr("“%1” does not exist.").arg(shown))
                  << Qt::endl;
            return CommandLine::BadInput;
        }
        Stores localStores(local);
        summary = PlanTransfer::copyAll(localStores, serverStores, &error);
    }
    if (!summary) {
        err() << tr("actionplans: %1").arg(error) << Qt::endl << tr("actionplans: nothing was imported.") << Qt::endl;
        return CommandLine::BadInput;
    }
    out() << tr("Imported “%1” onto %2. %3").arg(shown, server.filePath(), summary->text()) << Qt::endl;
    return CommandLine::Success;
}

int CliCommands::serverExport(const QString& address, const QString& file)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (QFileInfo::exists(file)) {
        err() << tr("actionplans: “%1” exists already; export into a new file.").arg(shown) << Qt::endl;
        return CommandLine::BadInput;
    }
    Database server;
    if (!open(server, address))
        return CommandLine::BadInput;
    Stores serverStores(server);
    QString error;
    if (file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        const std::optional<QByteArray> bytes = PlanTransfer::writeAll(serverStores, &error);
        QSaveFile out(file);
        if (!bytes || !out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit()) {
            err() << tr("actionplans: cannot write “%1”: %2").arg(shown, bytes ? out.errorString() : error) << Qt::endl;
            return CommandLine::BadInput;
        }
    } else {
        Database local;
        if (!DataFile::openOrCreate(local, file, false, &error)) {
            err() << error << Qt::endl;
            return CommandLine::BadInput;
        }
        Stores localStores(local);
        if (!PlanTransfer::copyAll(serverStores, localStores, &error)) {
            local.close();
            QFile::remove(file); // a half-made file helps nobody: the export is whole or not there
            err() << tr("actionplans: cannot write “%1”: %2").arg(shown, error) << Qt::endl;
            return CommandLine::BadInput;
        }
    }
    out() << tr("Wrote the plans on %1 to “%2”.").arg(server.filePath(), shown) << Qt::endl;
    return CommandLine::Success;
}
