#include "serversetup.h"

#include "postgresdialect.h"
#include "serveraccess.h"
#include "serverchanges.h"
#include "serverconnection.h"
#include "stores.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Application = QStringLiteral("actionplans");

// Fails the setup with message (the transaction, if any, rolls back when the caller returns).
std::nullopt_t fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QVector<Migration> ServerSetup::migrations()
{
    QVector<Migration> steps = Schema::migrations();
    for (Migration& step : steps) {
        for (QString& statement : step.statements)
            statement = PostgresDialect::fromSqlite(statement);
    }
    return steps;
}

std::optional<int> ServerSetup::version(ServerConnection& server, QString* error)
{
    QSqlQuery query(server.connection());
    if (!query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                   "WHERE table_schema = current_schema() ORDER BY table_name")))
        return fail(error, server.describe(query.lastError()));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    if (tables.isEmpty())
        return 0;
    const QString database = server.address().display();
    if (!tables.contains(QLatin1String("schema_version")))
        return fail(error,
                    tr("%1 is not an Action Plans database: it holds other tables (%2). Use an empty database.")
                        .arg(database, tables.mid(0, 5).join(QStringLiteral(", "))));
    if (!query.exec(QStringLiteral("SELECT application, version FROM schema_version")) || !query.next())
        return fail(error, server.describe(query.lastError()));
    if (query.value(0).toString() != Application)
        return fail(
            error,
            tr("%1 is not an Action Plans database: it belongs to “%2”.").arg(database, query.value(0).toString()));
    return query.value(1).toInt();
}

std::optional<ServerSetup::Result> ServerSetup::init(ServerConnection& server, QString* error)
{
    QSqlDatabase db = server.connection();
    if (!db.transaction())
        return fail(error, server.describe(db.lastError()));
    // Rolls back unless committed: a failure anywhere leaves the database as it was.
    struct Rollback
    {
        QSqlDatabase& db;
        bool done = false;
        ~Rollback()
        {
            if (!done)
                db.rollback();
        }
    } rollback {db};
    QSqlQuery query(db);
    const auto run = [&](const QString& statement) {
        return query.exec(statement) ? true : (fail(error, server.describe(query.lastError())), false);
    };
    // Notices ("… does not exist, skipping") are for a person at psql, not for our output.
    if (!run(QStringLiteral("SET LOCAL client_min_messages = warning")))
        return std::nullopt;
    // Two owners running init at once take turns.
    if (!run(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('actionplans schema'))")))
        return std::nullopt;
    const std::optional<int> found = version(server, error);
    if (!found)
        return std::nullopt;
    const QVector<Migration> steps = migrations();
    Result result;
    result.fromVersion = *found;
    result.toVersion = Schema::latestVersion(steps);
    if (result.fromVersion > result.toVersion)
        return fail(error,
                    tr("%1 has version %2 of the Action Plans schema, made by a newer version of the app; this "
                       "version knows %3. Update the app.")
                        .arg(server.address().display())
                        .arg(result.fromVersion)
                        .arg(result.toVersion));
    if (result.fromVersion == 0
        && !(
            run(QStringLiteral("CREATE TABLE schema_version (application TEXT NOT NULL, version INTEGER NOT NULL)"))
            && run(
                QStringLiteral("INSERT INTO schema_version (application, version) VALUES ('%1', 0)").arg(Application))))
        return std::nullopt;
    for (const Migration& step : steps) {
        if (step.toVersion <= result.fromVersion)
            continue;
        for (const QString& statement : step.statements) {
            if (!run(statement))
                return std::nullopt;
        }
    }
    // Which server this is, for offline copies to know their own (a copy of another server must not sync here).
    if (!run(QStringLiteral("ALTER TABLE schema_version ADD COLUMN IF NOT EXISTS instance TEXT NOT NULL DEFAULT "
                            "gen_random_uuid()::text")))
        return std::nullopt;
    // The access rules and the notifications, made anew, and every registered user's grants on today's tables.
    for (const QString& statement : ServerAccess::policyStatements() + ServerChanges::triggerStatements()) {
        if (!run(statement))
            return std::nullopt;
    }
    QStringList users;
    if (!run(QStringLiteral("SELECT role_name FROM server_users")))
        return std::nullopt;
    while (query.next())
        users << query.value(0).toString();
    for (const QString& user : users) {
        for (const QString& statement : ServerAccess::grantStatements(user)) {
            if (!run(statement))
                return std::nullopt;
        }
    }
    query.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
    query.addBindValue(result.toVersion);
    if (!query.exec())
        return fail(error, server.describe(query.lastError()));

    QString listError;
    const QVector<Municipality> municipalities = MunicipalityStore::referenceList(&listError);
    if (municipalities.isEmpty())
        return fail(error, listError);
    query.prepare(PostgresDialect::insertIgnoringDuplicates(QStringLiteral("municipalities"),
                                                            MunicipalityStore::referenceColumns()));
    for (const Municipality& m : municipalities) {
        MunicipalityStore::bindReference(query, m);
        if (!query.exec())
            return fail(error, server.describe(query.lastError()));
        result.municipalitiesAdded += query.numRowsAffected();
    }
    if (!db.commit())
        return fail(error, server.describe(db.lastError()));
    rollback.done = true;
    return result;
}
