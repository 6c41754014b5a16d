#pragma once

#include "nationaldata.h"
#include "planexchange.h"
#include "planfile.h"
#include "reportdata.h"
#include "reportformat.h"

#include <QCoreApplication>
#include <QString>

class Database;

// What each command of the command line does, once CommandLine has read its arguments: on the file at path, with
// one clear line on stderr when it fails. Each returns a CommandLine::ExitCode.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    struct ReportRequest
    {
        qint64 planId = 0;
        QString output;
        ReportFormat::Format format = ReportFormat::Format::Pdf;
        ReportOptions options;
        bool record = true;
    };

    static int sample(const QString& path, const QString& language);
    static int generate(const QString& path, const NationalData::Options& options);
    static int list(const QString& path);
    static int check(const QString& path);
    static int report(const QString& path, ReportRequest request);
    // The plan (or, with a network id, the network and its members' plans) as a static website in the folder
    // request.output, in the report's language and as of its date.
    static int publish(const QString& path, const ReportRequest& request, bool includeInternal, qint64 networkId);
    static int planCheck(const QString& path, qint64 planId, const QDate& date);
    static int importFile(const QString& path, const QString& file, qint64 planId);
    static int importPlanFile(const QString& path, const QString& file);
    static int exportFile(const QString& path, qint64 planId, PlanExchange::Format format, const QString& file);
    // Creates or upgrades the schema on the server at address and loads the municipalities (see ServerSetup) and the
    // networks of the seed texts.
    static int serverInit(const QString& address);
    // Adds a login for a municipality's adviser (municipalityNumber) or a network's coordinator (networkId); the
    // password is read from standard input.
    static int
    serverAddUser(const QString& address, const QString& name, const QString& municipalityNumber, qint64 networkId);

    // Every plan of file (a database file or a plan file) onto the server, merged by UUID; and every plan on the
    // server into a new file (a database file, or a plan file when it ends in .json).
    static int serverImport(const QString& address, const QString& file);
    static int serverExport(const QString& address, const QString& file);

private:
    static int serverInitNetworks(const QString& address, bool addKnownNetworks);
    static bool open(Database& db, const QString& path);
    // The plan file's plans, or nothing after saying every problem (with line and column) on stderr.
    static std::optional<QVector<PlanFile::PlanData>> readPlanFile(const QString& file);
};
