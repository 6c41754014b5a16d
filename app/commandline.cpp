#include "commandline.h"

#include "clicommands.h"
#include "clioutput.h"
#include "datafile.h"
#include "language.h"
#include "planfile.h"
#include "sampledata.h"
#include "serveraddress.h"
#include "synccommands.h"

#include <QCommandLineParser>
#include <QDir>

#include <algorithm>

using CliOutput::err;
using CliOutput::out;

QStringList CommandLine::commands()
{
    return {QStringLiteral("sample"),
            QStringLiteral("list"),
            QStringLiteral("check"),
            QStringLiteral("plancheck"),
            QStringLiteral("report"),
            QStringLiteral("publish"),
            QStringLiteral("import"),
            QStringLiteral("export"),
            QStringLiteral("generate"),
            QStringLiteral("server"),
            QStringLiteral("sync")};
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
    return arguments.contains(QStringLiteral("report")) || arguments.contains(QStringLiteral("publish"));
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
           "  report   write a plan's status report for the municipal council as PDF, as a web page for screen\n"
           "           readers or as an editable document: report --plan ID -o FILE.pdf|FILE.html|FILE.odt\n"
           "  import   read a plan file (.json; plans it already holds are updated), or add the measures of a CSV\n"
           "           file (Norwegian or English headers) to a plan: import FILE.json | import FILE.csv --plan ID\n"
           "  export   write a plan: export --plan ID --format json|csv|ics -o FILE\n"
           "  publish  write a plan, or a network with its members' plans, as a static website for residents:\n"
           "           publish --plan ID -o FOLDER | publish --network ID -o FOLDER\n"
           "  generate fill a new file with generated plans of every municipality, for trying the app at national "
           "scale:\n"
           "           generate --municipalities 357 --measures 60 --updates 5 --seed 1\n\n"
           "Without a command the window opens. Without --db the default database is used (created with sample "
           "data on first use).")
        + QStringLiteral("\n\n")
        + tr("A network's PostgreSQL server, set up by the database's owner:\n"
             "  server init  create or upgrade the schema, load the municipalities and the known networks:\n"
             "           --db postgresql://USER@HOST:PORT/DATABASE server init")
        + QStringLiteral("\n")
        + tr("  server add-user  a login for a municipality's adviser or a network's coordinator (password on "
             "standard input):\n"
             "           server add-user NAME --municipality NUMBER | server add-user NAME --network ID --coordinator")
        + QStringLiteral("\n")
        + tr("  server import FILE  put every plan of a file (.handlingsplan, or a plan file .json) onto the server; "
             "plans it holds already are updated, never doubled\n"
             "  server export FILE  write every plan on the server into a new file (.handlingsplan, or .json)"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        tr("The database file to use, or a network's server: postgresql://USER@HOST:PORT/DATABASE (a libpq address; "
           "the password from ~/.pgpass or PGPASSWORD)."),
        tr("file"));
    parser.addOption(dbOption);
    const QCommandLineOption planOption(
        QStringLiteral("plan"), tr("report, plancheck: the id of the plan (see “list”)."), tr("id"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("report: the file to write (.pdf; .html, a web page for screen readers; .odt, a document to edit)."),
        tr("file"));
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
    const QCommandLineOption internalOption(
        QStringLiteral("internal"),
        tr("publish: publish internal matter too: progress notes, costs and amounts, owners' names and e-mail."));
    parser.addOption(internalOption);
    parser.addOptions({planOption,
                       outputOption,
                       languageOption,
                       pdfaOption,
                       sectionsOption,
                       openOnlyOption,
                       dateOption,
                       draftOption});
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("export: %1; report: %2 (default: from the file name).")
                                              .arg(PlanExchange::exportFormatNames().join(QStringLiteral(", ")),
                                                   ReportFormat::names().join(QStringLiteral(", "))),
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
    const QCommandLineOption municipalityOption(
        QStringLiteral("municipality"), tr("server add-user: the municipality the user works for."), tr("number"));
    const QCommandLineOption networkOption(
        QStringLiteral("network"), tr("server add-user: the network the user coordinates."), tr("id"));
    const QCommandLineOption coordinatorOption(QStringLiteral("coordinator"),
                                               tr("server add-user: the user coordinates the --network."));
    parser.addOptions({municipalityOption, networkOption, coordinatorOption});
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("sync: make FILE an offline copy of the server given by --db."), tr("file"));
    const QCommandLineOption mineOption(QStringLiteral("mine"),
                                        tr("sync: answer every conflict with this copy's value."));
    const QCommandLineOption theirsOption(QStringLiteral("theirs"),
                                          tr("sync: answer every conflict with the server's value."));
    parser.addOptions({toOption, mineOption, theirsOption});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("sample, list, check, plancheck, report, import FILE, export, generate, server init, server "
           "add-user NAME, or sync"));

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
    const bool withArgument
        = positional.first() == QLatin1String("import") || positional.first() == QLatin1String("server");
    const QStringList serverCommandsWithArgument
        = {QStringLiteral("add-user"), QStringLiteral("import"), QStringLiteral("export")};
    const bool serverWithArgument
        = positional.first() == QLatin1String("server") && serverCommandsWithArgument.contains(positional.value(1));
    const int expected = serverWithArgument ? 3 : withArgument ? 2 : 1;
    if (positional.size() < expected) {
        err() << (positional.first() == QLatin1String("server")
                      ? tr("actionplans: server needs what to do: server init.")
                      : tr("actionplans: import needs the file to read: import FILE --plan ID."))
              << Qt::endl;
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
        err() << tr("actionplans: --db needs a file name or a server address.") << Qt::endl;
        return UsageError;
    }
    const QString& command = positional.first();
    // Every command works on a file or on a server alike; only the server's administration needs a server.
    if (command == QLatin1String("server") && !ServerAddress::isServerAddress(path)) {
        err() << tr("actionplans: server commands need the server's address: --db postgresql://USER@HOST/DATABASE.")
              << Qt::endl;
        return UsageError;
    }
    if (command == QLatin1String("server")) {
        if (positional.at(1) == QLatin1String("init"))
            return CliCommands::serverInit(path);
        if (positional.at(1) == QLatin1String("import"))
            return CliCommands::serverImport(path, positional.at(2));
        if (positional.at(1) == QLatin1String("export"))
            return CliCommands::serverExport(path, positional.at(2));
        if (positional.at(1) != QLatin1String("add-user")) {
            err() << tr("actionplans: unknown server command “%1”; use server init, add-user, import or export.")
                         .arg(positional.at(1))
                  << Qt::endl;
            return UsageError;
        }
        bool networkOk = false;
        const qint64 networkId = parser.value(networkOption).toLongLong(&networkOk);
        const bool forMunicipality = parser.isSet(municipalityOption) && !parser.isSet(networkOption);
        const bool forNetwork = parser.isSet(networkOption) && parser.isSet(coordinatorOption)
            && !parser.isSet(municipalityOption) && networkOk;
        if (!forMunicipality && !forNetwork) {
            err() << tr("actionplans: server add-user NAME needs --municipality NUMBER, or --network ID "
                        "--coordinator.")
                  << Qt::endl;
            return UsageError;
        }
        return CliCommands::serverAddUser(
            path, positional.at(2), forMunicipality ? parser.value(municipalityOption) : QString(), networkId);
    }
    if (command == QLatin1String("sync")) {
        if (parser.isSet(mineOption) && parser.isSet(theirsOption)) {
            err() << tr("actionplans: sync takes --mine or --theirs, not both.") << Qt::endl;
            return UsageError;
        }
        if (parser.isSet(toOption) != ServerAddress::isServerAddress(path)) {
            err() << (parser.isSet(toOption)
                          ? tr("actionplans: sync --to FILE needs the server's address: --db "
                               "postgresql://USER@HOST/DATABASE.")
                          : tr("actionplans: sync needs an offline copy (--db FILE), or --to FILE to make one."))
                  << Qt::endl;
            return UsageError;
        }
        if (parser.isSet(toOption))
            return SyncCommands::makeCopy(path, parser.value(toOption));
        std::optional<SyncChoice> everyConflict;
        if (parser.isSet(mineOption) || parser.isSet(theirsOption))
            everyConflict = parser.isSet(mineOption) ? SyncChoice::Mine : SyncChoice::Theirs;
        return SyncCommands::sync(path, everyConflict);
    }
    if (command == QLatin1String("sample")) {
        // The sample plans in nynorsk with --lang nn or a nynorsk environment, otherwise in bokmål.
        return CliCommands::sample(
            path,
            SampleData::languageFor(parser.isSet(languageOption) ? QLocale(parser.value(languageOption)) : QLocale()));
    }
    if (command == QLatin1String("list"))
        return CliCommands::list(path);
    if (command == QLatin1String("check"))
        return CliCommands::check(path);
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
        return CliCommands::generate(path, options);
    }

    if (command == QLatin1String("import") && PlanFile::isPlanFile(positional.at(1)))
        return CliCommands::importPlanFile(path, positional.at(1)); // plans carry their own identity: no --plan
    const bool needsOutput = command == QLatin1String("report") || command == QLatin1String("export")
        || command == QLatin1String("publish");
    // A network's site needs --network instead of --plan.
    const bool networkSite = command == QLatin1String("publish") && parser.isSet(networkOption);
    if ((!parser.isSet(planOption) && !networkSite) || (needsOutput && !parser.isSet(outputOption))) {
        err() << (needsOutput ? tr("actionplans: %1 needs --plan ID and -o FILE.").arg(command)
                              : tr("actionplans: %1 needs --plan ID.").arg(command))
              << Qt::endl;
        return UsageError;
    }
    CliCommands::ReportRequest request;
    bool ok = false;
    request.planId = networkSite ? 0 : parser.value(planOption).toLongLong(&ok);
    if (!networkSite && (!ok || request.planId <= 0)) {
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
        return CliCommands::planCheck(path, request.planId, request.options.reportDate);
    if (command == QLatin1String("import"))
        return CliCommands::importFile(path, positional.at(1), request.planId);
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
        return CliCommands::exportFile(path, request.planId, *format, output);
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
    if (command == QLatin1String("publish")) {
        const qint64 networkId = networkSite ? parser.value(networkOption).toLongLong(&ok) : 0;
        if (networkSite && (!ok || networkId <= 0)) {
            err() << tr("actionplans: “%1” is not a network id.").arg(parser.value(networkOption)) << Qt::endl;
            return BadInput;
        }
        return CliCommands::publish(path, request, parser.isSet(internalOption), networkId);
    }
    const std::optional<ReportFormat::Format> reportFormat = parser.isSet(formatOption)
        ? ReportFormat::forName(parser.value(formatOption))
        : ReportFormat::forPath(request.output);
    if (!reportFormat) {
        err() << tr("actionplans: “%1” is not a report format; use %2.")
                     .arg(parser.value(formatOption), ReportFormat::names().join(QStringLiteral(", ")))
              << Qt::endl;
        return UsageError;
    }
    request.format = *reportFormat;
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
    return CliCommands::report(path, request);
}
