#pragma once

#include "syncmerge.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

class Database;
class SyncSide;

// A local file that is an offline copy of a network's server: the user's own municipality's plans to edit, the rest
// of their networks to read, and where it came from. Sync sends the copy's changes and fetches everyone else's in a
// three-way merge (SyncMerge) against the rows as they were at the last sync, kept in the copy; the server's change
// log numbers say how far it has come (never a client's clock).
//
// Design note: the merge compares rows, not replays logs. A sync interrupted anywhere — killed after the server
// committed and before the copy did — therefore runs again to the same end: what the server already has is an
// identical change on both sides, not a conflict and not a double. Change-log rows carry UUIDs and are inserted once.
class OfflineCopy
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCopy)

public:
    // Where a copy came from, as the copy keeps it.
    struct Origin
    {
        QString serverInstance; // the server's own id (schema_version.instance)
        QString serverAddress; // as the user may see it: no password
        QString serverUser;
        QStringList editable; // municipality numbers the user may change; "*" for all
        qint64 serverSequence = 0; // the server's change-log number the copy is in step with
        qint64 logSent = 0; // the copy's change-log rows up to this one are on the server
        QDateTime syncedAt;
    };

    struct Report
    {
        int sent = 0; // rows inserted, changed or deleted on the server
        int received = 0; // … in the copy
        int historySent = 0;
        int historyReceived = 0;
        QVector<SyncConflict> open; // still to be chosen; both sides keep their own value meanwhile
        QVector<SyncConflict> resolved;
        QStringList refused; // the copy's changes the server's rules do not let this user make, by name
        int roundTrips = 0;
    };

    // The copy's origin, or nothing for a file that is no offline copy (or a server).
    static std::optional<Origin> originOf(Database& file);
    // The copy's changes not yet on the server (its change-log rows since the last sync).
    static int pendingChanges(Database& file);
    // How many changes the server's log has had since the copy's last sync, everyone's (the user may read only some);
    // nothing when it cannot ask.
    static std::optional<int> serverChangesSince(Database& server, const Origin& origin);

    // Makes path, which must not exist, an offline copy of the server and fills it; the copy is whole or absent.
    static std::optional<Report> create(Database& server, const QString& path, QString* error);
    // Syncs the copy open in file with the server it came from (connected in server), as one server transaction and
    // one file transaction; choices answer conflicts, the rest stay open. Refuses a copy of another server.
    static std::optional<Report>
    sync(Database& file, Database& server, const QHash<SyncChoiceKey, SyncChoice>& choices, QString* error);

    // A row as a person names it: "Measure “Sorting at schools”".
    static QString describe(const QString& table, const SyncValues& row);
};
