#include "serveraccess.h"

#include "serverconnection.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Rows that belong to a municipality, and rows that hang from a plan, a measure or an indicator.
const QStringList MunicipalityTables = {QStringLiteral("plans"),
                                        QStringLiteral("owners"),
                                        QStringLiteral("assessments"),
                                        QStringLiteral("member_summaries")};
const QStringList PlanTables = {
    QStringLiteral("focus_areas"), QStringLiteral("measures"), QStringLiteral("indicators"), QStringLiteral("reports")};
const QStringList MeasureTables = {QStringLiteral("progress_updates"), QStringLiteral("grants")};
const QStringList NetworkTables
    = {QStringLiteral("networks"), QStringLiteral("network_members"), QStringLiteral("joint_projects")};
const QStringList ReadOnlyTables
    = {QStringLiteral("municipalities"), QStringLiteral("schema_version"), QStringLiteral("server_users")};

// One permissive policy per command; the owner's policy is added to every table besides.
QStringList policies(const QString& table, const QString& read, const QString& write)
{
    QStringList sql;
    sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
        << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table)
        << QStringLiteral("CREATE POLICY owner_all ON %1 USING (ap_is_owner()) WITH CHECK (ap_is_owner())").arg(table);
    if (!read.isEmpty())
        sql << QStringLiteral("CREATE POLICY user_read ON %1 FOR SELECT USING (%2)").arg(table, read);
    if (!write.isEmpty()) {
        sql << QStringLiteral("CREATE POLICY user_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(table, write)
            << QStringLiteral("CREATE POLICY user_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)").arg(table, write)
            << QStringLiteral("CREATE POLICY user_delete ON %1 FOR DELETE USING (%2)").arg(table, write);
    }
    return sql;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<ServerAccess::Rights> ServerAccess::rightsOf(ServerConnection& server, QString* error)
{
    QSqlQuery query(server.connection());
    Rights rights;
    if (!query.exec(QStringLiteral("SELECT ap_is_owner()")) || !query.next()) {
        fail(error, server.describe(query.lastError()));
        return std::nullopt;
    }
    rights.everything = query.value(0).toBool();
    if (!query.exec(QStringLiteral("SELECT ap_own_municipalities()"))) {
        fail(error, server.describe(query.lastError()));
        return std::nullopt;
    }
    while (query.next())
        rights.municipalities.insert(query.value(0).toLongLong());
    return rights;
}

bool ServerAccess::isValidUserName(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch() && !name.startsWith(QLatin1String("pg_"));
}

QStringList ServerAccess::policyStatements()
{
    QStringList sql;
    sql << QStringLiteral("CREATE TABLE IF NOT EXISTS server_users ("
                          "role_name TEXT PRIMARY KEY, "
                          "municipality_id INTEGER REFERENCES municipalities(id), "
                          "network_id INTEGER REFERENCES networks(id) ON DELETE CASCADE, "
                          "CHECK ((municipality_id IS NULL) <> (network_id IS NULL)))");
    // Drop every policy first: the rules below are the whole truth, whatever an older version made.
    sql << QStringLiteral("DO $$ DECLARE p record; BEGIN FOR p IN SELECT policyname, tablename FROM pg_policies "
                          "WHERE schemaname = current_schema() LOOP EXECUTE format('DROP POLICY %I ON %I', "
                          "p.policyname, p.tablename); END LOOP; END $$");
    // The rule functions run as the caller (no SECURITY DEFINER): what they read is what the caller may read.
    sql << QStringLiteral("CREATE OR REPLACE FUNCTION ap_is_owner() RETURNS boolean LANGUAGE sql STABLE AS "
                          "$$ SELECT pg_has_role('pg_database_owner', 'MEMBER') $$")
        << QStringLiteral("CREATE OR REPLACE FUNCTION ap_own_municipalities() RETURNS SETOF integer LANGUAGE sql "
                          "STABLE AS $$ SELECT municipality_id FROM server_users WHERE role_name = current_user "
                          "AND municipality_id IS NOT NULL $$")
        << QStringLiteral("CREATE OR REPLACE FUNCTION ap_coordinated_networks() RETURNS SETOF integer LANGUAGE sql "
                          "STABLE AS $$ SELECT network_id FROM server_users WHERE role_name = current_user "
                          "AND network_id IS NOT NULL $$")
        << QStringLiteral("CREATE OR REPLACE FUNCTION ap_readable_municipalities() RETURNS SETOF integer LANGUAGE sql "
                          "STABLE AS $$ SELECT ap_own_municipalities() UNION SELECT municipality_id FROM "
                          "network_members WHERE network_id IN (SELECT network_id FROM network_members WHERE "
                          "municipality_id IN (SELECT ap_own_municipalities()) UNION SELECT ap_coordinated_networks()) "
                          "$$")
        << QStringLiteral("CREATE OR REPLACE FUNCTION ap_my_networks() RETURNS SETOF integer LANGUAGE sql STABLE AS "
                          "$$ SELECT network_id FROM network_members WHERE municipality_id IN "
                          "(SELECT ap_own_municipalities()) UNION SELECT ap_coordinated_networks() $$");

    // The change log's who and when come from the server, so that no client can forge them.
    sql << QStringLiteral("CREATE OR REPLACE FUNCTION ap_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "NEW.os_user := session_user; NEW.uuid := coalesce(NEW.uuid, gen_random_uuid()::text); "
                          "NEW.changed_at := to_char(clock_timestamp(), "
                          "'YYYY-MM-DD\"T\"HH24:MI:SS.MS'); RETURN NEW; END $$")
        << QStringLiteral("DROP TRIGGER IF EXISTS stamp_change ON change_log")
        << QStringLiteral("CREATE TRIGGER stamp_change BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION "
                          "ap_stamp_change()");
    const QString ownMunicipality = QStringLiteral("municipality_id IN (SELECT ap_own_municipalities())");
    const QString readableMunicipality = QStringLiteral("municipality_id IN (SELECT ap_readable_municipalities())");
    // A row hanging from a plan is readable when its plan is (the plans' own policy decides), writable when the plan
    // is the user's municipality's. Written as EXISTS on the parent's key, so that reading one measure's history looks
    // up one measure and one plan; "IN (SELECT id FROM measures)" read every measure the user may see (a hashed
    // subplan: 2 ms a lookup at national scale, hundreds of them a plan switch).
    const auto parent = [](const QString& table, const QString& key, const QString& parentTable) {
        return QStringLiteral("EXISTS (SELECT 1 FROM %3 r WHERE r.id = %1.%2)").arg(table, key, parentTable);
    };
    const auto ownParent = [](const QString& table, const QString& key, const QString& parentTable) {
        return parentTable == QLatin1String("plans")
            ? QStringLiteral("EXISTS (SELECT 1 FROM plans p WHERE p.id = %1.%2 AND p.municipality_id IN (SELECT "
                             "ap_own_municipalities()))")
                  .arg(table, key)
            : QStringLiteral("EXISTS (SELECT 1 FROM %3 r JOIN plans p ON p.id = r.plan_id WHERE r.id = %1.%2 AND "
                             "p.municipality_id IN (SELECT ap_own_municipalities()))")
                  .arg(table, key, parentTable);
    };
    const QString coordinated = QStringLiteral("IN (SELECT ap_coordinated_networks())");
    for (const QString& table : MunicipalityTables)
        sql << policies(table, readableMunicipality, ownMunicipality);
    for (const QString& table : PlanTables)
        sql << policies(table,
                        parent(table, QStringLiteral("plan_id"), QStringLiteral("plans")),
                        ownParent(table, QStringLiteral("plan_id"), QStringLiteral("plans")));
    for (const QString& table : MeasureTables)
        sql << policies(table,
                        parent(table, QStringLiteral("measure_id"), QStringLiteral("measures")),
                        ownParent(table, QStringLiteral("measure_id"), QStringLiteral("measures")));
    sql << policies(
        QStringLiteral("indicator_values"),
        parent(QStringLiteral("indicator_values"), QStringLiteral("indicator_id"), QStringLiteral("indicators")),
        ownParent(QStringLiteral("indicator_values"), QStringLiteral("indicator_id"), QStringLiteral("indicators")));
    // Which networks there are and who is in them is no secret; their changes are the coordinator's.
    sql << policies(QStringLiteral("networks"), QStringLiteral("true"), QStringLiteral("id ") + coordinated);
    sql << policies(
        QStringLiteral("network_members"), QStringLiteral("true"), QStringLiteral("network_id ") + coordinated);
    sql << policies(QStringLiteral("joint_projects"),
                    QStringLiteral("network_id IN (SELECT ap_my_networks())"),
                    QStringLiteral("network_id ") + coordinated);
    // The change log: everyone appends; a row's history is read by whoever may read the row (so that a colleague's
    // change shows who made it), and one's own by oneself; the owner reads it all.
    QStringList history {QStringLiteral("os_user = current_user")};
    for (const QString& table :
         MunicipalityTables + PlanTables + MeasureTables + QStringList {QStringLiteral("indicator_values")})
        history << QStringLiteral("(entity = '%1' AND %2)")
                       .arg(table, parent(QStringLiteral("change_log"), QStringLiteral("entity_id"), table));
    sql << policies(QStringLiteral("change_log"), history.join(QStringLiteral(" OR ")), QString())
        << QStringLiteral("CREATE POLICY user_insert ON change_log FOR INSERT WITH CHECK (true)");
    for (const QString& table : ReadOnlyTables)
        sql << policies(table, QStringLiteral("true"), QString());
    // An offline copy's own bookkeeping: the schema has it everywhere, but on a server nobody uses it.
    for (const QString& table : {QStringLiteral("sync_origin"), QStringLiteral("sync_base")})
        sql << policies(table, QString(), QString());
    return sql;
}

QStringList ServerAccess::grantStatements(const QString& roleName)
{
    // roleName was checked by isValidUserName, so it can stand in the statement as an identifier.
    QStringList sql;
    QStringList writable = MunicipalityTables + PlanTables + MeasureTables + NetworkTables;
    writable << QStringLiteral("indicator_values");
    sql << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2")
               .arg(writable.join(QStringLiteral(", ")), roleName)
        << QStringLiteral("GRANT SELECT, INSERT ON change_log TO %1").arg(roleName)
        // How far the server's history has come, for offline copies: max(id) under the log's row-level rules reads
        // every row (a second and more at the scale of a network); the sequence answers at once.
        << QStringLiteral("GRANT SELECT ON SEQUENCE change_log_id_seq TO %1").arg(roleName)
        << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(ReadOnlyTables.join(QStringLiteral(", ")), roleName)
        << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(roleName);
    return sql;
}

namespace {

// Creates the login role and records what it may do, in one transaction.
bool addUser(ServerConnection& server,
             const QString& name,
             const QString& password,
             const QString& column,
             const QVariant& value,
             QString* error)
{
    if (!ServerAccess::isValidUserName(name))
        return fail(error,
                    ServerAccess::tr("“%1” cannot be a user name: use lower-case letters a–z, digits and _, starting "
                                     "with a letter (at most 63).")
                        .arg(name));
    if (password.isEmpty())
        return fail(error, ServerAccess::tr("No password given for “%1”.").arg(name));
    QSqlDatabase db = server.connection();
    if (!db.transaction())
        return fail(error, server.describe(db.lastError()));
    QSqlQuery query(db);
    const auto run = [&](const QString& statement) {
        if (query.exec(statement))
            return true;
        fail(error, server.describe(query.lastError()));
        db.rollback();
        return false;
    };
    query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        db.rollback();
        return fail(error, server.describe(query.lastError()));
    }
    if (query.next()) {
        db.rollback();
        return fail(error, ServerAccess::tr("There is a user “%1” on the server already.").arg(name));
    }
    // CREATE ROLE takes no bound values: the server itself quotes the name and the password into the statement.
    if (!run(QStringLiteral("SET LOCAL password_encryption = 'scram-sha-256'")))
        return false;
    query.prepare(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)"));
    query.addBindValue(name);
    query.addBindValue(password);
    if (!query.exec() || !query.next()) {
        db.rollback();
        return fail(error, server.describe(query.lastError()));
    }
    if (!run(query.value(0).toString()))
        return false;
    query.prepare(QStringLiteral("INSERT INTO server_users (role_name, %1) VALUES (?, ?)").arg(column));
    query.addBindValue(name);
    query.addBindValue(value);
    if (!query.exec()) {
        db.rollback();
        return fail(error, server.describe(query.lastError()));
    }
    for (const QString& statement : ServerAccess::grantStatements(name)) {
        if (!run(statement))
            return false;
    }
    if (!db.commit())
        return fail(error, server.describe(db.lastError()));
    return true;
}

} // namespace

bool ServerAccess::addMunicipalityUser(ServerConnection& server,
                                       const QString& name,
                                       const QString& password,
                                       const QString& municipalityNumber,
                                       QString* error)
{
    QSqlQuery query(server.connection());
    query.prepare(QStringLiteral("SELECT id FROM municipalities WHERE number = ?"));
    query.addBindValue(municipalityNumber);
    if (!query.exec())
        return fail(error, server.describe(query.lastError()));
    if (!query.next())
        return fail(error, tr("The server has no municipality number “%1”.").arg(municipalityNumber));
    return addUser(server, name, password, QStringLiteral("municipality_id"), query.value(0), error);
}

bool ServerAccess::addCoordinator(
    ServerConnection& server, const QString& name, const QString& password, qint64 networkId, QString* error)
{
    QSqlQuery query(server.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM networks WHERE id = ?"));
    query.addBindValue(networkId);
    if (!query.exec())
        return fail(error, server.describe(query.lastError()));
    if (!query.next())
        return fail(error, tr("The server has no network with id %1.").arg(networkId));
    return addUser(server, name, password, QStringLiteral("network_id"), networkId, error);
}
