#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class ServerConnection;

// Who may do what on a network's server, enforced by PostgreSQL itself (roles, grants and row-level security), so
// that a user who connects with psql and writes SQL by hand is refused exactly as the app is:
// - a municipality's users add, change and delete only their own municipality's plans, measures, progress updates,
//   indicators, grants, owners and self-assessments, and read those of every municipality in their networks;
// - a network's coordinator changes the network's own data (its members, joint projects) and reads its members'
//   plans, but writes no plan;
// - nobody but the database's owner changes the municipalities' master data or the list of users.
// Every table has FORCE ROW LEVEL SECURITY, so owning a table is no way around the rules; the owner's own policy is
// what lets `server init` and the owner's imports work.
class ServerAccess
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccess)

public:
    // Whose plans the connected user may change, as the rules above decide: for the window to show the rest as
    // read-only (and say why) before the server has to refuse an edit.
    struct Rights
    {
        bool everything = false; // the database's owner
        QSet<qint64> municipalities; // a municipality's adviser: theirs; a coordinator: none
    };
    static std::optional<Rights> rightsOf(ServerConnection& server, QString* error);

    // The user table, the rule functions and the policies, made again from scratch: run by ServerSetup after every
    // schema step, inside its transaction, so that new tables get their rules at once.
    static QStringList policyStatements();

    // A login role for a municipality's adviser, or for a network's coordinator, with its password (stored by
    // PostgreSQL as SCRAM-SHA-256). The name must be a plain lower-case word: it becomes an SQL identifier.
    static bool addMunicipalityUser(ServerConnection& server,
                                    const QString& name,
                                    const QString& password,
                                    const QString& municipalityNumber,
                                    QString* error);
    static bool addCoordinator(
        ServerConnection& server, const QString& name, const QString& password, qint64 networkId, QString* error);
    // Grants every registered user what the rules need on today's tables (after a schema step added one).
    static QStringList grantStatements(const QString& roleName);

    static bool isValidUserName(const QString& name);
};
