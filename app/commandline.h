#pragma once

#include "nationaldata.h"
#include "planexchange.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// The command-line interface of the same binary (no display needed):
// `actionplans --db FILE sample|list|check|plancheck|report|import|export`.
// Exit codes: 0 success, 1 bad input (one clear line on stderr), 2 usage error.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Success = 0,
        BadInput = 1,
        UsageError = 2,
    };

    // True when the arguments ask for the command line rather than the window.
    static bool isCommandLine(const QStringList& arguments);
    static QStringList commands();
    // True when the command draws with widgets (the report's charts), and so needs a QApplication.
    static bool needsWidgets(const QStringList& arguments);

    int run(const QStringList& arguments);

private:
    struct ReportRequest
    {
        qint64 planId = 0;
        QString output;
        ReportOptions options;
        bool record = true;
    };

    bool open(Database& db, const QString& path);
    int sample(const QString& path, const QString& language);
    int generate(const QString& path, const NationalData::Options& options);
    int list(const QString& path);
    int check(const QString& path);
    int report(const QString& path, ReportRequest request);
    int planCheck(const QString& path, qint64 planId, const QDate& date);
    int importFile(const QString& path, const QString& file, qint64 planId);
    int importPlanFile(const QString& path, const QString& file);
    int exportFile(const QString& path, qint64 planId, PlanExchange::Format format, const QString& file);
};
