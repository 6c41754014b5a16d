#include "reportdata.h"

#include "assessment.h"
#include "deadline.h"
#include "stores.h"
#include "vocabulary.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

QStringList ReportOptions::sectionKeys()
{
    return {QStringLiteral("summary"),
            QStringLiteral("charts"),
            QStringLiteral("indicators"),
            QStringLiteral("changes"),
            QStringLiteral("measures"),
            QStringLiteral("check"),
            QStringLiteral("assessment")};
}

int ReportOptions::sectionFromKey(const QString& key)
{
    const int index = int(sectionKeys().indexOf(key.trimmed().toLower()));
    return index < 0 ? 0 : 1 << index;
}

QJsonObject ReportOptions::toJson() const
{
    QJsonArray included;
    for (const QString& key : sectionKeys()) {
        if (sections & sectionFromKey(key))
            included << key;
    }
    return {{QStringLiteral("language"), language},
            {QStringLiteral("sections"), included},
            {QStringLiteral("openMeasuresOnly"), openMeasuresOnly},
            {QStringLiteral("pdfA"), pdfA}};
}

double ReportData::shareDone() const
{
    const int counted = measureCount - cancelledCount;
    return counted > 0 ? double(doneCount) / counted : 0.0;
}

namespace {

QVector<ReportData::Change>
changesFrom(const QVector<ChangeLogEntry>& entries, const QHash<qint64, MeasureListing>& measures, Stores& stores)
{
    const auto ownerName = [&stores](const QString& id) {
        const std::optional<Owner> owner = id.isEmpty() ? std::nullopt : stores.owners.get(id.toLongLong());
        return owner ? owner->name : QString();
    };
    QVector<ReportData::Change> changes;
    for (const ChangeLogEntry& entry : entries) {
        const auto measure = measures.constFind(entry.entityId);
        if (measure == measures.cend())
            continue;
        ReportData::Change change;
        change.when = entry.changedAt;
        change.code = measure->measure.code;
        change.title = measure->measure.title;
        if (entry.field == QLatin1String("(created)")) {
            change.kind = ReportData::Change::Added;
        } else if (entry.field == QLatin1String("status") && entry.newValue == QLatin1String("done")) {
            change.kind = ReportData::Change::Completed;
        } else if (entry.field == QLatin1String("status") && entry.newValue == QLatin1String("cancelled")) {
            change.kind = ReportData::Change::Cancelled;
        } else if (entry.field == QLatin1String("deadline_text")) {
            change.kind = ReportData::Change::Redated;
            change.from = entry.oldValue;
            change.to = entry.newValue;
        } else if (entry.field == QLatin1String("owner_id")) {
            change.kind = ReportData::Change::Reowned;
            change.from = ownerName(entry.oldValue);
            change.to = ownerName(entry.newValue);
        } else {
            continue;
        }
        changes << change;
    }
    return changes;
}

} // namespace

namespace {

void collectAssessment(Stores& stores, ReportData* data)
{
    QVector<AssessmentRecord> made;
    for (const AssessmentRecord& record : Assessment::history(stores, data->plan.municipalityId)) {
        if (record.madeOn <= data->reportDate) // what was known on the day the report speaks for
            made << record;
    }
    if (made.isEmpty())
        return;
    data->assessment = made.first();
    if (made.size() > 1)
        data->previousAssessment = made.at(1);
    for (const Network& network : stores.networks.networksOf(data->plan.municipalityId)) {
        const QVector<std::optional<double>> means
            = Assessment::networkMeans(stores, Questionnaire::circular(), network.id, data->plan.municipalityId);
        if (std::any_of(means.begin(), means.end(), [](const auto& mean) { return mean.has_value(); })) {
            data->assessmentNetwork = network.name;
            data->assessmentNetworkMeans = means;
            return;
        }
    }
}

} // namespace

std::optional<ReportData>
ReportData::collect(Stores& stores, qint64 planId, const ReportOptions& options, QString* error)
{
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan) {
        if (error)
            *error = tr("There is no plan with id %1.").arg(planId);
        return std::nullopt;
    }
    ReportData data;
    data.plan = *plan;
    data.municipality = stores.municipalities.get(plan->municipalityId).value_or(Municipality());
    data.reportDate = options.reportDate.isValid() ? options.reportDate : QDate::currentDate();
    const QDate today = data.reportDate;

    QVector<MeasureListing> listings = stores.measures.listings(planId);
    if (!stores.measures.errorString().isEmpty()) {
        if (error)
            *error = stores.measures.errorString();
        return std::nullopt;
    }
    MeasureStore::sortInPlanOrder(listings);
    QVector<Measure> measures;
    QHash<qint64, MeasureListing> byId;
    double progressSum = 0;
    for (const MeasureListing& listing : listings) {
        const Measure& measure = listing.measure;
        measures << measure;
        byId.insert(measure.id, listing);
        data.statusCounts[measure.status] += 1;
        ++data.measureCount;
        if (measure.status == QLatin1String("done"))
            ++data.doneCount;
        if (measure.status == QLatin1String("cancelled"))
            ++data.cancelledCount;
        else
            progressSum += measure.progress;
        if (!options.openMeasuresOnly || !Vocabulary::isFinished(measure.status))
            data.measures << listing;
        if (isOverdue(measure, today))
            data.overdue << listing;
        else if (isDueWithin(measure, today, DueSoonDays))
            data.dueSoon << listing;
    }
    const int counted = data.measureCount - data.cancelledCount;
    data.meanProgress = counted > 0 ? progressSum / counted : 0.0;
    const auto deadlineEnd = [](const MeasureListing& listing) {
        return Deadline::parse(listing.measure.deadlineText).value_or(Deadline()).lastDay();
    };
    std::stable_sort(data.dueSoon.begin(), data.dueSoon.end(), [&](const MeasureListing& a, const MeasureListing& b) {
        return deadlineEnd(a) < deadlineEnd(b);
    });

    data.charts = ChartData::planCharts(stores, *plan, measures, today);
    QVector<Indicator> indicators;
    for (const ChartData::PlanCharts::IndicatorSeries& series : data.charts.indicators)
        indicators << series.indicator;
    data.check = PlanCheck::evaluate(*plan, listings, indicators, today);
    collectAssessment(stores, &data);
    data.previousReport = stores.reports.latest(planId);
    if (data.previousReport)
        data.changes
            = changesFrom(stores.changeLog.measureChangesSince(planId, data.previousReport->createdAt), byId, stores);
    return data;
}

bool ReportData::record(Stores& stores, const ReportData& data, const ReportOptions& options, QString* error)
{
    ReportRecord record;
    record.planId = data.plan.id;
    record.createdAt = QDateTime::currentDateTime();
    record.reportDate = data.reportDate;
    record.language = options.language;
    record.options = QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact));
    if (stores.reports.add(record))
        return true;
    if (error)
        *error = stores.reports.errorString();
    return false;
}
