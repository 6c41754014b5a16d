#include "stores.h"

#include "database.h"
#include "language.h"
#include "searchtext.h"

#include <QCollator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

NetworkStore::NetworkStore(Database& db, QObject* parent)
    : EntityStore<Network>(db, QStringLiteral("networks"), parent)
{
}

bool NetworkStore::addMember(qint64 networkId, qint64 municipalityId)
{
    return changeMembership(
        networkId,
        municipalityId,
        database().insertIgnoringDuplicates(QStringLiteral("network_members"),
                                            {QStringLiteral("network_id"), QStringLiteral("municipality_id")}),
        true);
}

bool NetworkStore::removeMember(qint64 networkId, qint64 municipalityId)
{
    return changeMembership(networkId,
                            municipalityId,
                            QStringLiteral("DELETE FROM network_members WHERE network_id = ? AND municipality_id = ?"),
                            false);
}

bool NetworkStore::changeMembership(qint64 networkId, qint64 municipalityId, const QString& statement, bool joining)
{
    // The query outlives the transaction: a server frees a statement only after a failed transaction rolled back.
    QSqlQuery query(database().connection());
    WriteTransaction transaction(database());
    if (!transaction.isActive())
        return fail(database().errorString());
    query.prepare(statement);
    query.addBindValue(networkId);
    query.addBindValue(municipalityId);
    if (!query.exec()) {
        return fail(
            joining ? tr("Cannot add the member to the network: %1").arg(Database::describe(query.lastError()))
                    : tr("Cannot remove the member from the network: %1").arg(Database::describe(query.lastError())));
    }
    const bool changed = query.numRowsAffected() > 0; // joining twice, or leaving twice, changes nothing
    if (changed
        && !logChange(QStringLiteral("network_members"),
                      networkId,
                      QStringLiteral("municipality_id"),
                      joining ? QVariant() : QVariant(municipalityId),
                      joining ? QVariant(municipalityId) : QVariant()))
        return false;
    if (!transaction.commit())
        return fail(database().errorString());
    if (changed)
        database().afterCommit([this, networkId] { emit membersChanged(networkId); });
    return true;
}

QVector<qint64> NetworkStore::memberIds(qint64 networkId) const
{
    QVector<qint64> ids;
    QSqlQuery query(database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.id FROM network_members n JOIN municipalities m ON m.id = n.municipality_id "
                                 "WHERE n.network_id = ? ORDER BY m.name"));
    query.addBindValue(networkId);
    if (!query.exec()) {
        fail(tr("Cannot read the network's members: %1").arg(Database::describe(query.lastError())));
        return ids;
    }
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QVector<Network> NetworkStore::networksOf(qint64 municipalityId) const
{
    return listWhere(QStringLiteral("id IN (SELECT network_id FROM network_members WHERE municipality_id = ?)"),
                     {municipalityId},
                     QStringLiteral("name"));
}

std::optional<Network> NetworkStore::byName(const QString& name) const
{
    const QVector<Network> found = list(QStringLiteral("name"), name);
    return found.isEmpty() ? std::nullopt : std::optional<Network>(found.first());
}

MunicipalityStore::MunicipalityStore(Database& db, QObject* parent)
    : EntityStore<Municipality>(db, QStringLiteral("municipalities"), parent)
{
}

std::optional<Municipality> MunicipalityStore::byNumber(const QString& number) const
{
    const QVector<Municipality> found = list(QStringLiteral("number"), number);
    return found.isEmpty() ? std::nullopt : std::optional<Municipality>(found.first());
}

QVector<Municipality> MunicipalityStore::referenceList(QString* error)
{
    QVector<Municipality> list;
    QFile file(QStringLiteral(":/data/municipalities.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = tr("The list of municipalities is missing from the app: %1").arg(file.errorString());
        return list;
    }
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() != 6)
            continue;
        Municipality m;
        m.number = cells[0];
        m.name = cells[1];
        m.countyNumber = cells[2];
        m.county = cells[3];
        m.writtenStandard = cells[4];
        m.population = cells[5].toInt();
        list << m;
    }
    return list;
}

QStringList MunicipalityStore::referenceColumns()
{
    return {QStringLiteral("number"),
            QStringLiteral("name"),
            QStringLiteral("county_number"),
            QStringLiteral("county"),
            QStringLiteral("written_standard"),
            QStringLiteral("population")};
}

void MunicipalityStore::bindReference(QSqlQuery& insert, const Municipality& municipality)
{
    insert.addBindValue(municipality.number);
    insert.addBindValue(municipality.name);
    insert.addBindValue(municipality.countyNumber);
    insert.addBindValue(municipality.county);
    insert.addBindValue(municipality.writtenStandard);
    insert.addBindValue(municipality.population);
}

bool MunicipalityStore::addReferenceList()
{
    QString error;
    const QVector<Municipality> reference = referenceList(&error);
    if (reference.isEmpty())
        return fail(error);
    // Reference data, not a user's edit: written in one statement per row without change-log rows.
    WriteTransaction transaction(database());
    if (!transaction.isActive())
        return fail(database().errorString());
    QSqlQuery query(database().connection());
    query.prepare(database().insertIgnoringDuplicates(QStringLiteral("municipalities"), referenceColumns()));
    for (const Municipality& m : reference) {
        bindReference(query, m);
        if (!query.exec())
            return fail(tr("Cannot add the municipality %1: %2").arg(m.number, Database::describe(query.lastError())));
    }
    if (!transaction.commit())
        return fail(database().errorString());
    return true;
}

PlanStore::PlanStore(Database& db, QObject* parent)
    : EntityStore<Plan>(db, QStringLiteral("plans"), parent)
{
}

QVector<PlanSummary> PlanStore::summaries(qint64 planId) const
{
    QVector<PlanSummary> result;
    QSqlQuery query(database().connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT p.id, m.number, m.name, p.title, p.kind, p.status, p.period_from, p.period_to, p.is_sample, "
        "  p.municipality_id, "
        "  (SELECT count(*) FROM measures x WHERE x.plan_id = p.id), "
        "  (SELECT count(*) FROM measures x WHERE x.plan_id = p.id AND x.status = 'done'), "
        "  (SELECT count(*) FROM measures x WHERE x.plan_id = p.id AND x.status = 'cancelled') "
        "FROM plans p JOIN municipalities m ON m.id = p.municipality_id ");
    if (planId > 0)
        sql += QStringLiteral("WHERE p.id = ? ");
    sql += QStringLiteral("ORDER BY m.number, p.title, p.id");
    query.prepare(sql);
    if (planId > 0)
        query.addBindValue(planId);
    if (!query.exec()) {
        fail(tr("Cannot read the plans: %1").arg(Database::describe(query.lastError())));
        return result;
    }
    while (query.next()) {
        PlanSummary s;
        s.planId = query.value(0).toLongLong();
        s.municipalityNumber = query.value(1).toString();
        s.municipalityName = query.value(2).toString();
        s.title = query.value(3).toString();
        s.kind = query.value(4).toString();
        s.status = query.value(5).toString();
        s.periodFrom = query.value(6).toInt();
        s.periodTo = query.value(7).toInt();
        s.isSample = query.value(8).toBool();
        s.municipalityId = query.value(9).toLongLong();
        s.measureCount = query.value(10).toInt();
        s.doneCount = query.value(11).toInt();
        s.cancelledCount = query.value(12).toInt();
        result << s;
    }
    return result;
}

MeasureStore::MeasureStore(Database& db, QObject* parent)
    : EntityStore<Measure>(db, QStringLiteral("measures"), parent)
{
}

QSet<qint64> MeasureStore::usedFocusAreaIds(qint64 municipalityId) const
{
    return usedIds(QStringLiteral("focus_area_id"), municipalityId);
}

QSet<qint64> MeasureStore::usedOwnerIds(qint64 municipalityId) const
{
    return usedIds(QStringLiteral("owner_id"), municipalityId);
}

QSet<qint64> MeasureStore::usedIds(const QString& column, qint64 municipalityId) const
{
    // column is one of ours (see the two callers), never user text.
    QSet<qint64> ids;
    QSqlQuery query(database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT x.%1 FROM measures x JOIN plans p ON p.id = x.plan_id "
                                 "WHERE p.municipality_id = ? AND x.%1 IS NOT NULL")
                      .arg(column));
    query.addBindValue(municipalityId);
    if (!query.exec()) {
        fail(tr("Cannot read the measures: %1").arg(Database::describe(query.lastError())));
        return ids;
    }
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

QVector<MeasureListing> MeasureStore::listings(qint64 planId, qint64 measureId) const
{
    if (measureId > 0)
        return listingsWhere(QStringLiteral("WHERE x.id = ?"), {measureId});
    if (planId > 0)
        return listingsWhere(QStringLiteral("WHERE x.plan_id = ?"), {planId});
    return listingsWhere({}, {});
}

QVector<MeasureListing> MeasureStore::jointProjectListings(qint64 jointProjectId) const
{
    return listingsWhere(QStringLiteral("WHERE x.joint_project_id = ?"), {jointProjectId});
}

QVector<MeasureListing> MeasureStore::listingsWhere(const QString& where, const QVariantList& values) const
{
    QVector<MeasureListing> result;
    QSqlQuery query(database().connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT x.*, f.name AS focus_area_name, f.position AS focus_area_position, "
                       "o.name AS owner_name, p.municipality_id AS plan_municipality_id, "
                       "m.name AS municipality_name, p.title AS plan_title, "
                       "(SELECT max(u.date) FROM progress_updates u WHERE u.measure_id = x.id) AS last_update, "
                       "(SELECT min(g.report_due) FROM grants g WHERE g.measure_id = x.id AND "
                       " g.status = 'granted' AND g.report_sent = 0) AS next_grant_report "
                       "FROM measures x JOIN plans p ON p.id = x.plan_id "
                       "JOIN municipalities m ON m.id = p.municipality_id "
                       "LEFT JOIN focus_areas f ON f.id = x.focus_area_id "
                       "LEFT JOIN owners o ON o.id = x.owner_id %1 ORDER BY x.id")
            .arg(where));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(tr("Cannot read the measures: %1").arg(Database::describe(query.lastError())));
        return result;
    }
    const Row row(query, Row::columnsOf(query));
    while (query.next()) {
        MeasureListing listing;
        Records::read(row, &listing.measure);
        listing.focusArea = row.value(QLatin1String("focus_area_name")).toString();
        listing.focusAreaPosition = row.value(QLatin1String("focus_area_position")).toInt();
        listing.owner = row.value(QLatin1String("owner_name")).toString();
        listing.municipalityId = row.value(QLatin1String("plan_municipality_id")).toLongLong();
        listing.municipality = row.value(QLatin1String("municipality_name")).toString();
        listing.planTitle = row.value(QLatin1String("plan_title")).toString();
        listing.lastUpdate = QDate::fromString(row.value(QLatin1String("last_update")).toString(), Qt::ISODate);
        listing.nextGrantReport
            = QDate::fromString(row.value(QLatin1String("next_grant_report")).toString(), Qt::ISODate);
        listing.startDay = QDate::fromString(row.value(QLatin1String("start_date")).toString(), Qt::ISODate);
        listing.deadlineDay = QDate::fromString(row.value(QLatin1String("deadline_end")).toString(), Qt::ISODate);
        const Measure& m = listing.measure;
        listing.searchText = foldedForSearch(QStringList {m.code, m.title, m.description, listing.owner}.join(u'\n'));
        result << std::move(listing);
    }
    return result;
}

namespace {

// Runs a prepared SELECT of change_log's columns in their table order.
QVector<ChangeLogEntry> readChangeLog(QSqlQuery& query)
{
    QVector<ChangeLogEntry> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        result << ChangeLogEntry {QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                                  query.value(1).toString(),
                                  query.value(2).toString(),
                                  query.value(3).toLongLong(),
                                  query.value(4).toString(),
                                  query.value(5).toString(),
                                  query.value(6).toString()};
    }
    return result;
}

} // namespace

QVector<ChangeLogEntry> ChangeLogReader::entries(const QString& entity, qint64 id, int limit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT changed_at, os_user, entity, entity_id, field, old_value, new_value "
                                 "FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?"));
    query.addBindValue(entity);
    query.addBindValue(id);
    query.addBindValue(limit);
    return readChangeLog(query);
}

QVector<ChangeLogEntry> ChangeLogReader::measureChangesSince(qint64 planId, const QDateTime& since) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // ISO date-times of the same form sort as text in time order, so the index on changed_at serves the range.
    query.prepare(QStringLiteral("SELECT changed_at, os_user, entity, entity_id, field, old_value, new_value "
                                 "FROM change_log WHERE entity = 'measures' AND changed_at > ? "
                                 "AND entity_id IN (SELECT id FROM measures WHERE plan_id = ?) ORDER BY id"));
    query.addBindValue(since.toString(Qt::ISODateWithMs));
    query.addBindValue(planId);
    return readChangeLog(query);
}

ReportStore::ReportStore(Database& db, QObject* parent)
    : EntityStore<ReportRecord>(db, QStringLiteral("reports"), parent)
{
}

std::optional<ReportRecord> ReportStore::latest(qint64 planId) const
{
    const QVector<ReportRecord> reports = list(QStringLiteral("plan_id"), planId, QStringLiteral("created_at, id"));
    return reports.isEmpty() ? std::nullopt : std::optional<ReportRecord>(reports.last());
}

MemberSummaryStore::MemberSummaryStore(Database& db, QObject* parent)
    : EntityStore<MemberSummaryRecord>(db, QStringLiteral("member_summaries"), parent)
{
}

std::optional<MemberSummaryRecord> MemberSummaryStore::latest(qint64 municipalityId, const QString& planKind) const
{
    QVector<MemberSummaryRecord> received
        = list(QStringLiteral("municipality_id"), municipalityId, QStringLiteral("made_on, imported_at, id"));
    received.erase(std::remove_if(received.begin(),
                                  received.end(),
                                  [&](const MemberSummaryRecord& record) {
                                      return !planKind.isEmpty() && record.planKind != planKind;
                                  }),
                   received.end());
    return received.isEmpty() ? std::nullopt : std::optional<MemberSummaryRecord>(received.last());
}

Stores::Stores(Database& database)
    : db(database)
    , networks(database)
    , municipalities(database)
    , plans(database)
    , focusAreas(database, QStringLiteral("focus_areas"))
    , owners(database, QStringLiteral("owners"))
    , measures(database)
    , progressUpdates(database, QStringLiteral("progress_updates"))
    , indicators(database, QStringLiteral("indicators"))
    , indicatorValues(database, QStringLiteral("indicator_values"))
    , grants(database, QStringLiteral("grants"))
    , reports(database)
    , memberSummaries(database)
    , jointProjects(database)
    , assessments(database, QStringLiteral("assessments"))
    , changeLog(database)
{
    QObject::connect(&plans, &Store::removed, &plans, [this](qint64 id) { m_planMunicipality.remove(id); });
    QObject::connect(&database, &Database::reconnected, &plans, [this] { m_planMunicipality.clear(); });
}

bool Stores::mayEditPlan(qint64 planId) const
{
    if (db.isReadOnly() || planId <= 0)
        return false;
    auto known = m_planMunicipality.constFind(planId);
    if (known == m_planMunicipality.cend()) {
        const std::optional<Plan> plan = plans.get(planId);
        if (!plan)
            return false;
        known = m_planMunicipality.insert(planId, plan->municipalityId);
    }
    return db.mayEditMunicipality(*known);
}

void MeasureStore::sortInPlanOrder(QVector<MeasureListing>& measures)
{
    QCollator collator = Language::collator();
    collator.setNumericMode(true);
    std::stable_sort(measures.begin(), measures.end(), [&](const MeasureListing& a, const MeasureListing& b) {
        const bool aHasArea = a.measure.focusAreaId != 0;
        const bool bHasArea = b.measure.focusAreaId != 0;
        if (aHasArea != bHasArea)
            return aHasArea;
        if (a.focusAreaPosition != b.focusAreaPosition)
            return a.focusAreaPosition < b.focusAreaPosition;
        if (a.measure.focusAreaId != b.measure.focusAreaId)
            return a.measure.focusAreaId < b.measure.focusAreaId;
        return collator.compare(a.measure.code, b.measure.code) < 0;
    });
}
