#include "commandline.h"

#include "database.h"
#include "datafile.h"
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
    return {QStringLiteral("sample"), QStringLiteral("list"), QStringLiteral("check")};
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

int CommandLine::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Action plans for Norwegian municipalities: plastic-smart, circular and climate plans.\n\n"
           "Commands:\n"
           "  sample   add the sample networks, municipalities and plans\n"
           "  list     list the plans as tab-separated values: id, municipality number, municipality, title, "
           "measures\n"
           "  check    check the file's integrity and foreign keys\n\n"
           "Without a command the window opens. Without --db the default database is used (created with sample "
           "data on first use)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file to use."), tr("file"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("sample, list or check"));

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
    if (positional.size() > 1) {
        err() << tr("actionplans: “%1” takes no arguments, but got “%2”.").arg(positional.first(), positional.at(1))
              << Qt::endl;
        return UsageError;
    }
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : DataFile::defaultPath();
    if (parser.isSet(dbOption) && path.isEmpty()) {
        err() << tr("actionplans: --db needs a file name.") << Qt::endl;
        return UsageError;
    }
    const QString& command = positional.first();
    if (command == QLatin1String("sample"))
        return sample(path);
    if (command == QLatin1String("list"))
        return list(path);
    return check(path);
}

bool CommandLine::open(Database& db, const QString& path)
{
    // Only the default file gets sample data by itself; a named new file is created with the municipalities.
    QString error;
    if (DataFile::openOrCreate(db, path, path == DataFile::defaultPath(), &error))
        return true;
    err() << error << Qt::endl;
    return false;
}

int CommandLine::sample(const QString& path)
{
    Database db;
    QString error;
    if (!open(db, path))
        return BadInput;
    Stores stores(db);
    if (!SampleData::install(stores, &error)) {
        err() << error << Qt::endl;
        return BadInput;
    }
    out() << tr("Added the sample networks and plans to “%1”.").arg(QDir::toNativeSeparators(db.filePath()))
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
