#pragma once

#include "schema.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class ServerConnection;

// Sets up a network's PostgreSQL server, run by the database's owner (`actionplans --db URL server init`): creates
// our schema there, or upgrades an older one, and loads the municipalities of Norway — all in one transaction, so
// that a failure leaves the database as it was. The schema is the file's (Schema), as PostgreSQL reads it
// (PostgresDialect), versioned in a schema_version table that also marks the database as ours. Refuses a database
// that holds another application's tables and a server whose schema is newer than this app. Running it again
// changes nothing. The access rules (ServerAccess) are made anew each time.
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    struct Result
    {
        int fromVersion = 0; // 0: the database was empty
        int toVersion = 0;
        int municipalitiesAdded = 0;
    };

    static std::optional<Result> init(ServerConnection& server, QString* error);
    // The schema's version on the server: 0 when the database is empty; nothing (and why) when it is not ours.
    static std::optional<int> version(ServerConnection& server, QString* error);
    // The file's migrations, as PostgreSQL reads them.
    static QVector<Migration> migrations();
};
