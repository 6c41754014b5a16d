#include "offlinecopy.h"

#include "database.h"
#include "offlinesync.h"
#include "serverconnection.h"
#include "stores.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

std::nullopt_t failWith(QString* error, const QString& message)
{
    *error = message;
    return std::nullopt;
}

} // namespace

std::optional<OfflineCopy::Origin> OfflineCopy::originOf(Database& file)
{
    if (file.isServer())
        return std::nullopt;
    QSqlQuery query(file.connection());
    if (!query.exec(QStringLiteral("SELECT server_instance, server_address, server_user, editable, server_sequence, "
                                   "log_sent, synced_at FROM sync_origin"))
        || !query.next())
        return std::nullopt;
    Origin origin;
    origin.serverInstance = query.value(0).toString();
    origin.serverAddress = query.value(1).toString();
    origin.serverUser = query.value(2).toString();
    origin.editable = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    origin.serverSequence = query.value(4).toLongLong();
    origin.logSent = query.value(5).toLongLong();
    origin.syncedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    return origin;
}

int OfflineCopy::pendingChanges(Database& file)
{
    const std::optional<Origin> origin = originOf(file);
    if (!origin)
        return 0;
    QSqlQuery query(file.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE id > ?"));
    query.addBindValue(origin->logSent);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

std::optional<int> OfflineCopy::serverChangesSince(Database& server, const Origin& origin)
{
    QSqlQuery query(server.connection());
    // From the log's sequence: counting the rows under the log's row-level rules would check every readable row.
    if (!query.exec(QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM change_log_id_seq"))
        || !query.next())
        return std::nullopt;
    return int(std::max<qint64>(0, query.value(0).toLongLong() - origin.serverSequence));
}

std::optional<OfflineCopy::Report> OfflineCopy::create(Database& server, const QString& path, QString* error)
{
    if (!server.isServer())
        return failWith(error, tr("An offline copy is made from a network's server, not from a file."));
    if (QFileInfo::exists(path))
        return failWith(error, tr("“%1” exists already; make the offline copy as a new file.").arg(path));
    QSqlQuery query(server.connection());
    if (!query.exec(QStringLiteral("SELECT instance FROM schema_version")) || !query.next())
        return failWith(error, Database::describe(query.lastError()));
    const QString instance = query.value(0).toString();
    std::optional<Report> report;
    {
        Database file;
        file.setKeepsUpgradeBackups(false);
        if (!file.create(path))
            return failWith(error, file.errorString());
        QSqlQuery origin(file.connection());
        origin.prepare(
            QStringLiteral("INSERT INTO sync_origin (id, server_instance, server_address) VALUES (1, ?, ?)"));
        origin.addBindValue(instance);
        origin.addBindValue(server.filePath());
        // The municipalities are everyone's reference list; the rest comes from the server by the first sync.
        Stores stores(file);
        if (!origin.exec())
            *error = Database::describe(origin.lastError());
        else if (!stores.municipalities.addReferenceList())
            *error = stores.municipalities.errorString();
        else
            report = sync(file, server, {}, error);
    }
    if (!report) {
        QFile::remove(path); // a half-made copy helps nobody
        return std::nullopt;
    }
    return report;
}

std::optional<OfflineCopy::Report>
OfflineCopy::sync(Database& file, Database& server, const QHash<SyncChoiceKey, SyncChoice>& choices, QString* error)
{
    const std::optional<Origin> origin = originOf(file);
    if (!origin)
        return failWith(error, tr("“%1” is not an offline copy of a server.").arg(file.filePath()));
    if (!server.isServer())
        return failWith(error, tr("An offline copy syncs with a network's server, not with a file."));
    return OfflineSync(file, server, *origin).run(choices, error);
}

QString OfflineCopy::describe(const QString& table, const SyncValues& row)
{
    const QString title = row.value(QStringLiteral("title")).toString();
    const QString name = row.value(QStringLiteral("name")).toString();
    if (table == QLatin1String("plans"))
        return tr("Plan “%1”").arg(title);
    if (table == QLatin1String("measures"))
        return tr("Measure “%1”").arg(title);
    if (table == QLatin1String("focus_areas"))
        return tr("Focus area “%1”").arg(name);
    if (table == QLatin1String("owners"))
        return tr("Owner “%1”").arg(name);
    if (table == QLatin1String("indicators"))
        return tr("Indicator “%1”").arg(name);
    if (table == QLatin1String("indicator_values"))
        return tr("Indicator value for %1").arg(row.value(QStringLiteral("year")).toString());
    if (table == QLatin1String("progress_updates"))
        return tr("Progress update of %1").arg(row.value(QStringLiteral("date")).toString());
    if (table == QLatin1String("grants"))
        return tr("Grant “%1”").arg(row.value(QStringLiteral("programme")).toString());
    if (table == QLatin1String("networks"))
        return tr("Network “%1”").arg(name);
    if (table == QLatin1String("joint_projects"))
        return tr("Joint project “%1”").arg(name);
    return tr("A row of %1").arg(table);
}
