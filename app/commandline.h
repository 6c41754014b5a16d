#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;

// The command-line interface of the same binary (no display needed): `actionplans --db FILE sample|list|check`.
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

    int run(const QStringList& arguments);

private:
    bool open(Database& db, const QString& path);
    int sample(const QString& path);
    int list(const QString& path);
    int check(const QString& path);
};
