#include "synccommands.h"

#include "clioutput.h"
#include "commandline.h"
#include "database.h"
#include "datafile.h"
#include "offlinecopy.h"
#include "username.h"

#include <QDir>

using CliOutput::err;
using CliOutput::out;

namespace {

QString shown(const QString& value)
{
    return value.isEmpty() ? SyncCommands::tr("(empty)") : QStringLiteral("“%1”").arg(value);
}

void print(const OfflineCopy::Report& report)
{
    out() << SyncCommands::tr("Sent %n change(s) to the server", nullptr, report.sent) << ' '
          << SyncCommands::tr("and received %n.", nullptr, report.received) << Qt::endl
          << SyncCommands::tr("History: %1 entries sent, %2 received.")
                 .arg(report.historySent)
                 .arg(report.historyReceived)
          << Qt::endl;
    for (const QString& refused : report.refused)
        out() << SyncCommands::tr("Not sent, kept in this copy: %1 is not yours to change on the server.").arg(refused)
              << Qt::endl;
    for (const SyncConflict& conflict : report.open) {
        const QString who = conflict.who.isEmpty()
            ? QString()
            : SyncCommands::tr(" (changed by %1 at %2)").arg(conflict.who, conflict.when);
        switch (conflict.kind) {
        case SyncConflict::Field:
            out() << SyncCommands::tr("Conflict: %1, %2: yours %3, on the server %4%5.")
                         .arg(
                             conflict.label, conflict.field, shown(conflict.mineText), shown(conflict.theirsText), who);
            break;
        case SyncConflict::DeletedHere:
            out() << SyncCommands::tr("Conflict: %1 was deleted in this copy and changed on the server%2.")
                         .arg(conflict.label, who);
            break;
        case SyncConflict::DeletedThere:
            out() << SyncCommands::tr("Conflict: %1 was changed in this copy and deleted on the server%2.")
                         .arg(conflict.label, who);
            break;
        }
        out() << Qt::endl;
    }
    if (!report.open.isEmpty())
        out() << SyncCommands::tr("Each side keeps its own value until you choose: run sync again with --mine or "
                                  "--theirs, or choose one by one in the app (File › Sync now).")
              << Qt::endl;
}

} // namespace

int SyncCommands::makeCopy(const QString& address, const QString& file)
{
    Database server;
    QString error;
    if (!DataFile::connectToServer(server, address, QString(), &error)) {
        err() << error << Qt::endl;
        return CommandLine::BadInput;
    }
    const std::optional<OfflineCopy::Report> report = OfflineCopy::create(server, file, &error);
    if (!report) {
        err() << tr("actionplans: no offline copy was made: %1").arg(error) << Qt::endl;
        return CommandLine::BadInput;
    }
    out() << tr("Made “%1”, an offline copy of %2 with %n row(s).", nullptr, report->received)
                 .arg(QDir::toNativeSeparators(file), server.filePath())
          << Qt::endl;
    return CommandLine::Success;
}

int SyncCommands::sync(const QString& file, std::optional<SyncChoice> everyConflict)
{
    Database copy;
    copy.setAuthor(UserName::effective());
    if (!copy.open(file)) {
        err() << copy.errorString() << Qt::endl;
        return CommandLine::BadInput;
    }
    const std::optional<OfflineCopy::Origin> origin = OfflineCopy::originOf(copy);
    if (!origin) {
        err() << tr("actionplans: “%1” is not an offline copy; make one with --db SERVER sync --to FILE.")
                     .arg(QDir::toNativeSeparators(file))
              << Qt::endl;
        return CommandLine::BadInput;
    }
    Database server;
    QString error;
    if (!DataFile::connectToServer(server, origin->serverAddress, QString(), &error)) {
        err() << tr("actionplans: cannot reach the server to sync with: %1").arg(error) << Qt::endl;
        return CommandLine::BadInput;
    }
    QHash<SyncChoiceKey, SyncChoice> choices;
    if (everyConflict)
        choices.insert(SyncChoiceKey {}, *everyConflict);
    // How far behind the copy is, before it catches up.
    if (const std::optional<int> behind = OfflineCopy::serverChangesSince(server, *origin); behind && *behind > 0)
        out() << tr("The server's history has moved on by %n change(s) in the network since this copy was last synced.",
                    nullptr,
                    *behind)
              << Qt::endl;
    const std::optional<OfflineCopy::Report> report = OfflineCopy::sync(copy, server, choices, &error);
    if (!report) {
        err() << tr("actionplans: nothing was synced: %1").arg(error) << Qt::endl;
        return CommandLine::BadInput;
    }
    print(*report);
    return report->open.isEmpty() ? CommandLine::Success : CommandLine::ConflictsOpen;
}
