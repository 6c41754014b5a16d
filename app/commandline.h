#pragma once

#include <QCoreApplication>
#include <QStringList>

// The command-line interface of the same binary (no display needed):
// `actionplans --db FILE sample|list|check|plancheck|report|import|export|generate`. Reads the arguments and hands
// the command to CliCommands. Exit codes: 0 success, 1 bad input (one clear line on stderr), 2 usage error, 3 sync
// conflicts open.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Success = 0,
        BadInput = 1,
        UsageError = 2,
        ConflictsOpen = 3, // sync: conflicts wait for the user's choice
    };

    // True when the arguments ask for the command line rather than the window.
    static bool isCommandLine(const QStringList& arguments);
    static QStringList commands();
    // True when the command draws with widgets (the report's charts), and so needs a QApplication.
    static bool needsWidgets(const QStringList& arguments);

    int run(const QStringList& arguments);
};
