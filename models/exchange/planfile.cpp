#include "planfile.h"

#include "deadline.h"
#include "records.h"
#include "stores.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// Writing a plan file; reading one is in planfilereader.cpp, merging one into a database in planfilemerge.cpp.

namespace {
QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalInt(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// Leaves out what has no value, so that the file says only what is known.
void putIfSet(QJsonObject& object, const QString& key, const QJsonValue& value)
{
    if (!value.isNull() && !value.isUndefined())
        object.insert(key, value);
}

} // namespace

bool PlanFile::isPlanFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

std::optional<QByteArray> PlanFile::write(Stores& stores, const QVector<qint64>& planIds, QString* error)
{
    QJsonArray plans;
    for (qint64 planId : planIds) {
        const std::optional<Plan> plan = stores.plans.get(planId);
        if (!plan) {
            if (error)
                *error = tr("There is no plan with id %1.").arg(planId);
            return std::nullopt;
        }
        const Municipality municipality = stores.municipalities.get(plan->municipalityId).value_or(Municipality());
        QJsonObject object {{QStringLiteral("uuid"), plan->uuid},
                            {QStringLiteral("title"), plan->title},
                            {QStringLiteral("kind"), plan->kind},
                            {QStringLiteral("status"), plan->status},
                            {QStringLiteral("councilCase"), plan->councilCase},
                            {QStringLiteral("description"), plan->description},
                            {QStringLiteral("isSample"), plan->isSample},
                            {QStringLiteral("municipality"),
                             QJsonObject {{QStringLiteral("number"), municipality.number},
                                          {QStringLiteral("name"), municipality.name}}}};
        putIfSet(
            object, QStringLiteral("periodFrom"), plan->periodFrom > 0 ? QJsonValue(plan->periodFrom) : QJsonValue());
        putIfSet(object, QStringLiteral("periodTo"), plan->periodTo > 0 ? QJsonValue(plan->periodTo) : QJsonValue());
        putIfSet(object,
                 QStringLiteral("adoptedOn"),
                 plan->adoptedOn.isValid() ? QJsonValue(plan->adoptedOn.toString(Qt::ISODate)) : QJsonValue());

        QVector<FocusArea> areas
            = stores.focusAreas.list(QStringLiteral("plan_id"), planId, QStringLiteral("position, id"));
        QJsonArray areaList;
        for (const FocusArea& area : areas)
            areaList << QJsonObject {{QStringLiteral("name"), area.name}, {QStringLiteral("position"), area.position}};
        object.insert(QStringLiteral("focusAreas"), areaList);

        const QVector<Indicator> indicators
            = stores.indicators.list(QStringLiteral("plan_id"), planId, QStringLiteral("position, id"));
        QHash<qint64, QString> indicatorUuids; // a measure names the indicator it moves by its uuid
        for (const Indicator& indicator : indicators)
            indicatorUuids.insert(indicator.id, indicator.uuid);
        QVector<MeasureListing> measures = stores.measures.listings(planId);
        MeasureStore::sortInPlanOrder(measures);
        // Owners are named by name; where two of the municipality's share one, their unit tells them apart.
        QHash<qint64, Owner> municipalityOwners;
        QHash<QString, int> ownersByName;
        for (const Owner& owner : stores.owners.list(QStringLiteral("municipality_id"), plan->municipalityId)) {
            municipalityOwners.insert(owner.id, owner);
            ++ownersByName[owner.name.toCaseFolded()];
        }
        QSet<qint64> ownerIds;
        QJsonArray measureList;
        for (const MeasureListing& listing : measures) {
            const Measure& measure = listing.measure;
            if (measure.ownerId > 0)
                ownerIds.insert(measure.ownerId);
            QJsonObject item {{QStringLiteral("uuid"), measure.uuid},
                              {QStringLiteral("code"), measure.code},
                              {QStringLiteral("title"), measure.title},
                              {QStringLiteral("description"), measure.description},
                              {QStringLiteral("start"), measure.startText},
                              {QStringLiteral("deadline"), measure.deadlineText},
                              {QStringLiteral("status"), measure.status},
                              {QStringLiteral("progress"), measure.progress},
                              {QStringLiteral("priority"), measure.priority},
                              {QStringLiteral("fundingSource"), measure.fundingSource}};
            putIfSet(item,
                     QStringLiteral("focusArea"),
                     listing.focusArea.isEmpty() ? QJsonValue() : QJsonValue(listing.focusArea));
            putIfSet(item, QStringLiteral("owner"), listing.owner.isEmpty() ? QJsonValue() : QJsonValue(listing.owner));
            if (ownersByName.value(listing.owner.toCaseFolded()) > 1)
                item.insert(QStringLiteral("ownerUnit"), municipalityOwners.value(measure.ownerId).unit);
            putIfSet(item, QStringLiteral("costNok"), optionalNumber(measure.costNok));
            if (const auto indicator = indicatorUuids.constFind(measure.indicatorId);
                indicator != indicatorUuids.cend())
                item.insert(QStringLiteral("indicator"), *indicator);
            putIfSet(item,
                     QStringLiteral("originUuid"),
                     measure.originUuid.isEmpty() ? QJsonValue() : QJsonValue(measure.originUuid));
            putIfSet(item,
                     QStringLiteral("originMunicipality"),
                     measure.originMunicipality.isEmpty() ? QJsonValue() : QJsonValue(measure.originMunicipality));
            putIfSet(item,
                     QStringLiteral("originPlan"),
                     measure.originPlan.isEmpty() ? QJsonValue() : QJsonValue(measure.originPlan));
            QJsonArray updates;
            for (const ProgressUpdate& update :
                 stores.progressUpdates.list(QStringLiteral("measure_id"), measure.id, QStringLiteral("date, id")))
                updates << QJsonObject {{QStringLiteral("date"), update.date.toString(Qt::ISODate)},
                                        {QStringLiteral("status"), update.status},
                                        {QStringLiteral("progress"), update.progress},
                                        {QStringLiteral("comment"), update.comment},
                                        {QStringLiteral("commentPublic"), update.commentPublic}};
            item.insert(QStringLiteral("progressUpdates"), updates);
            measureList << item;
        }
        object.insert(QStringLiteral("measures"), measureList);

        QVector<Owner> owners;
        for (qint64 id : ownerIds) {
            if (const std::optional<Owner> owner = stores.owners.get(id))
                owners << *owner;
        }
        std::sort(owners.begin(), owners.end(), [](const Owner& a, const Owner& b) { return a.name < b.name; });
        QJsonArray ownerList;
        for (const Owner& owner : owners)
            ownerList << QJsonObject {{QStringLiteral("name"), owner.name},
                                      {QStringLiteral("unit"), owner.unit},
                                      {QStringLiteral("email"), owner.email}};
        object.insert(QStringLiteral("owners"), ownerList);

        QJsonArray indicatorList;
        for (const Indicator& indicator : indicators) {
            QJsonObject item {{QStringLiteral("uuid"), indicator.uuid},
                              {QStringLiteral("name"), indicator.name},
                              {QStringLiteral("unit"), indicator.unit},
                              {QStringLiteral("direction"), indicator.direction},
                              {QStringLiteral("source"), indicator.source},
                              {QStringLiteral("position"), indicator.position}};
            putIfSet(item, QStringLiteral("baselineYear"), optionalInt(indicator.baselineYear));
            putIfSet(item, QStringLiteral("baselineValue"), optionalNumber(indicator.baselineValue));
            putIfSet(item, QStringLiteral("targetYear"), optionalInt(indicator.targetYear));
            putIfSet(item, QStringLiteral("targetValue"), optionalNumber(indicator.targetValue));
            QJsonArray values;
            for (const IndicatorValue& value :
                 stores.indicatorValues.list(QStringLiteral("indicator_id"), indicator.id, QStringLiteral("year")))
                values << QJsonObject {{QStringLiteral("year"), value.year}, {QStringLiteral("value"), value.value}};
            item.insert(QStringLiteral("values"), values);
            indicatorList << item;
        }
        object.insert(QStringLiteral("indicators"), indicatorList);
        plans << object;
    }
    const QJsonObject root {{QStringLiteral("format"), formatName()},
                            {QStringLiteral("version"), Version},
                            {QStringLiteral("plans"), plans}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
