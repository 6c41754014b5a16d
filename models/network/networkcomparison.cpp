#include "networkcomparison.h"

#include "deadline.h"
#include "language.h"
#include "planfile.h"
#include "stores.h"
#include "vocabulary.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

const QString SummaryFormat = QStringLiteral("actionplans-member-summary");
constexpr int SummaryVersion = 1;

// Sums progress over measures that are not cancelled, for a mean.
struct ProgressSum
{
    double sum = 0;
    int counted = 0;
    void add(const Measure& measure)
    {
        if (measure.status == QLatin1String("cancelled"))
            return;
        sum += measure.progress;
        ++counted;
    }
    double mean() const { return counted > 0 ? sum / counted : 0.0; }
};

std::optional<int> optionalInt(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

std::optional<double> optionalDouble(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QJsonValue json(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue json(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

double MemberSummary::shareDone() const
{
    const int counted = measures - cancelled;
    return counted > 0 ? double(done) / counted : 0.0;
}

const MemberSummary::Area* MemberSummary::area(const QString& name) const
{
    const auto found = std::find_if(areas.begin(), areas.end(), [&](const Area& area) {
        return area.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return found == areas.end() ? nullptr : &*found;
}

const MemberSummary::Indicator* MemberSummary::indicator(const QString& name) const
{
    const auto found = std::find_if(indicators.begin(), indicators.end(), [&](const Indicator& indicator) {
        return indicator.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return found == indicators.end() ? nullptr : &*found;
}

MemberSummary
NetworkComparison::summarize(Stores& stores, qint64 municipalityId, const QString& planKind, const QDate& today)
{
    MemberSummary summary;
    summary.planKind = planKind;
    if (const std::optional<Municipality> municipality = stores.municipalities.get(municipalityId)) {
        summary.municipalityNumber = municipality->number;
        summary.municipality = municipality->name;
        summary.population = municipality->population;
    }
    ProgressSum overall;
    QHash<QString, ProgressSum> areaProgress;
    for (const Plan& plan : stores.plans.list(QStringLiteral("municipality_id"), municipalityId)) {
        if (plan.status == QLatin1String("archived") || (!planKind.isEmpty() && plan.kind != planKind))
            continue;
        summary.plans << plan.title;
        QVector<MeasureListing> listings = stores.measures.listings(plan.id);
        MeasureStore::sortInPlanOrder(listings);
        for (const MeasureListing& listing : listings) {
            const Measure& measure = listing.measure;
            ++summary.measures;
            summary.statusCounts[measure.status] += 1;
            summary.done += measure.status == QLatin1String("done") ? 1 : 0;
            summary.cancelled += measure.status == QLatin1String("cancelled") ? 1 : 0;
            summary.overdue += isOverdue(measure, today) ? 1 : 0;
            overall.add(measure);
            if (listing.lastUpdate.isValid()
                && (!summary.lastUpdate.isValid() || listing.lastUpdate > summary.lastUpdate))
                summary.lastUpdate = listing.lastUpdate;
            if (listing.focusArea.isEmpty())
                continue;
            const QString key = listing.focusArea.toCaseFolded();
            if (!areaProgress.contains(key))
                summary.areas << MemberSummary::Area {listing.focusArea, 0, 0, 0.0};
            MemberSummary::Area& area = *std::find_if(summary.areas.begin(), summary.areas.end(), [&](const auto& a) {
                return a.name.toCaseFolded() == key;
            });
            ++area.measures;
            area.done += measure.status == QLatin1String("done") ? 1 : 0;
            areaProgress[key].add(measure);
        }
        for (const Indicator& indicator :
             stores.indicators.list(QStringLiteral("plan_id"), plan.id, QStringLiteral("position, id"))) {
            if (summary.indicator(indicator.name))
                continue; // two plans measuring the same: the first plan's counts
            MemberSummary::Indicator reading;
            reading.name = indicator.name;
            reading.unit = indicator.unit;
            reading.direction = indicator.direction;
            reading.targetYear = indicator.targetYear;
            reading.target = indicator.targetValue;
            const QVector<IndicatorValue> values
                = stores.indicatorValues.list(QStringLiteral("indicator_id"), indicator.id, QStringLiteral("year"));
            if (!values.isEmpty()) {
                reading.year = values.last().year;
                reading.value = values.last().value;
            } else if (indicator.baselineValue) {
                reading.year = indicator.baselineYear;
                reading.value = indicator.baselineValue;
            }
            summary.indicators << reading;
        }
    }
    summary.meanProgress = overall.mean();
    for (MemberSummary::Area& area : summary.areas)
        area.meanProgress = areaProgress.value(area.name.toCaseFolded()).mean();
    return summary;
}

QVector<MemberSummary>
NetworkComparison::members(Stores& stores, qint64 networkId, const QString& planKind, const QDate& today)
{
    QVector<MemberSummary> result;
    for (qint64 municipalityId : stores.networks.memberIds(networkId)) {
        MemberSummary summary = summarize(stores, municipalityId, planKind, today);
        if (summary.plans.isEmpty()) {
            const std::optional<MemberSummaryRecord> received = stores.memberSummaries.latest(municipalityId, planKind);
            if (!received)
                continue;
            std::optional<MemberSummary> read = fromJson(received->content.toUtf8(), nullptr);
            if (!read)
                continue;
            summary = *read;
        }
        result << summary;
    }
    const QCollator& collator = Language::collator();
    std::sort(result.begin(), result.end(), [&](const MemberSummary& a, const MemberSummary& b) {
        return collator.compare(a.municipality, b.municipality) < 0;
    });
    return result;
}

QString NetworkComparison::commonPlanKind(Stores& stores, qint64 networkId)
{
    QMap<QString, int> members; // kind → members with such a plan
    for (qint64 municipalityId : stores.networks.memberIds(networkId)) {
        QSet<QString> kinds;
        for (const Plan& plan : stores.plans.list(QStringLiteral("municipality_id"), municipalityId))
            kinds.insert(plan.kind);
        for (const QString& kind : kinds)
            members[kind] += 1;
    }
    QString common;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (common.isEmpty() || it.value() > members.value(common))
            common = it.key();
    }
    return common;
}

bool NetworkComparison::isAmount(const QString& unit)
{
    const QString folded = unit.trimmed().toCaseFolded();
    if (folded.isEmpty() || folded.contains(QLatin1Char('%')) || folded.contains(QLatin1Char('/')))
        return false;
    // "per 100 m strand", "pr. innbyggar", "per inhabitant": already a rate.
    static const QRegularExpression rate(QStringLiteral("\\b(per|pr)\\b"));
    return !rate.match(folded).hasMatch();
}

QVector<SharedIndicator> NetworkComparison::sharedIndicators(const QVector<MemberSummary>& members)
{
    QVector<SharedIndicator> shared;
    QHash<QString, int> seen; // case-folded name → members measuring it
    for (const MemberSummary& member : members) {
        for (const MemberSummary::Indicator& indicator : member.indicators)
            seen[indicator.name.toCaseFolded()] += 1;
    }
    QSet<QString> taken;
    for (const MemberSummary& member : members) {
        for (const MemberSummary::Indicator& indicator : member.indicators) {
            const QString key = indicator.name.toCaseFolded();
            if (seen.value(key) < 2 || taken.contains(key))
                continue;
            taken.insert(key);
            SharedIndicator entry {indicator.name, indicator.unit, indicator.direction, isAmount(indicator.unit), {}};
            // The network's target: where the members agree, that value; otherwise the most common one. Amounts are
            // each municipality's own, so they have no common target.
            if (!entry.perInhabitant) {
                QMap<double, int> targets;
                for (const MemberSummary& other : members) {
                    if (const MemberSummary::Indicator* own = other.indicator(indicator.name); own && own->target)
                        targets[*own->target] += 1;
                }
                for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
                    if (!entry.target || it.value() > targets.value(*entry.target))
                        entry.target = it.key();
                }
            }
            shared << entry;
        }
    }
    return shared;
}

namespace {

// The member's figure (its latest value or its target) as compared: per 1,000 inhabitants where the indicator asks.
std::optional<double> compared(const MemberSummary& member,
                               const SharedIndicator& indicator,
                               std::optional<double> MemberSummary::Indicator::*figure)
{
    const MemberSummary::Indicator* own = member.indicator(indicator.name);
    if (!own || !(own->*figure))
        return std::nullopt;
    if (!indicator.perInhabitant)
        return own->*figure;
    if (member.population <= 0)
        return std::nullopt;
    return *(own->*figure) * NetworkComparison::PerInhabitants / member.population;
}

} // namespace

std::optional<double> NetworkComparison::comparedValue(const MemberSummary& member, const SharedIndicator& indicator)
{
    return compared(member, indicator, &MemberSummary::Indicator::value);
}

std::optional<double> NetworkComparison::comparedTarget(const MemberSummary& member, const SharedIndicator& indicator)
{
    return compared(member, indicator, &MemberSummary::Indicator::target);
}

QStringList NetworkComparison::sharedAreas(const QVector<MemberSummary>& members)
{
    QHash<QString, int> seen;
    for (const MemberSummary& member : members) {
        for (const MemberSummary::Area& area : member.areas)
            seen[area.name.toCaseFolded()] += 1;
    }
    QStringList names;
    QSet<QString> taken;
    for (const MemberSummary& member : members) {
        for (const MemberSummary::Area& area : member.areas) {
            const QString key = area.name.toCaseFolded();
            if (seen.value(key) >= 2 && !taken.contains(key)) {
                taken.insert(key);
                names << area.name;
            }
        }
    }
    return names;
}

std::optional<double> NetworkComparison::networkMeanProgress(const QVector<MemberSummary>& members, const QString& area)
{
    double sum = 0;
    int counted = 0;
    for (const MemberSummary& member : members) {
        if (const MemberSummary::Area* own = member.area(area)) {
            sum += own->meanProgress;
            ++counted;
        }
    }
    return counted > 0 ? std::optional<double>(sum / counted) : std::nullopt;
}

QString NetworkComparison::formatValue(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 100 || qFuzzyCompare(value + 1.0, std::round(value) + 1.0))
        return QLocale().toString(value, 'f', 0);
    return QLocale().toString(value, 'f', magnitude >= 1 ? 1 : 3);
}

QByteArray NetworkComparison::toJson(const MemberSummary& summary, const QDate& made)
{
    QJsonObject statuses;
    for (auto it = summary.statusCounts.cbegin(); it != summary.statusCounts.cend(); ++it)
        statuses.insert(it.key(), it.value());
    QJsonArray areas;
    for (const MemberSummary::Area& area : summary.areas) {
        areas.append(QJsonObject {{QStringLiteral("name"), area.name},
                                  {QStringLiteral("measures"), area.measures},
                                  {QStringLiteral("done"), area.done},
                                  {QStringLiteral("meanProgress"), area.meanProgress}});
    }
    QJsonArray indicators;
    for (const MemberSummary::Indicator& indicator : summary.indicators) {
        indicators.append(QJsonObject {{QStringLiteral("name"), indicator.name},
                                       {QStringLiteral("unit"), indicator.unit},
                                       {QStringLiteral("direction"), indicator.direction},
                                       {QStringLiteral("year"), json(indicator.year)},
                                       {QStringLiteral("value"), json(indicator.value)},
                                       {QStringLiteral("targetYear"), json(indicator.targetYear)},
                                       {QStringLiteral("target"), json(indicator.target)}});
    }
    const QJsonObject root {
        {QStringLiteral("format"), SummaryFormat},
        {QStringLiteral("version"), SummaryVersion},
        {QStringLiteral("made"), made.toString(Qt::ISODate)},
        {QStringLiteral("municipalityNumber"), summary.municipalityNumber},
        {QStringLiteral("municipality"), summary.municipality},
        {QStringLiteral("population"), summary.population},
        {QStringLiteral("planKind"), summary.planKind},
        {QStringLiteral("plans"), QJsonArray::fromStringList(summary.plans)},
        {QStringLiteral("statusCounts"), statuses},
        {QStringLiteral("overdue"), summary.overdue},
        {QStringLiteral("meanProgress"), summary.meanProgress},
        {QStringLiteral("lastUpdate"),
         summary.lastUpdate.isValid() ? summary.lastUpdate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("areas"), areas},
        {QStringLiteral("indicators"), indicators},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<MemberSummary> NetworkComparison::fromJson(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = PlanFile::lineAndColumn(json, parseError.offset);
        return fail(tr("The summary is not valid JSON (line %1, column %2): %3.")
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != SummaryFormat)
        return fail(tr("This is not a member summary of Action Plans."));
    if (root.value(QLatin1String("version")).toInt() > SummaryVersion)
        return fail(tr("The summary was made by a newer version of Action Plans (format version %1).")
                        .arg(root.value(QLatin1String("version")).toInt()));
    MemberSummary summary;
    summary.summaryDate = QDate::fromString(root.value(QLatin1String("made")).toString(), Qt::ISODate);
    if (!summary.summaryDate.isValid())
        return fail(tr("The summary does not say on which day it was made (“made”)."));
    summary.municipalityNumber = root.value(QLatin1String("municipalityNumber")).toString();
    static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
    if (!fourDigits.match(summary.municipalityNumber).hasMatch())
        return fail(tr("“%1” is not a municipality number (“municipalityNumber”).").arg(summary.municipalityNumber));
    summary.municipality = root.value(QLatin1String("municipality")).toString();
    summary.population = root.value(QLatin1String("population")).toInt();
    summary.planKind = root.value(QLatin1String("planKind")).toString();
    if (!summary.planKind.isEmpty() && !Vocabulary::planKinds().contains(summary.planKind))
        return fail(tr("“%1” is not a kind of plan (“planKind”).").arg(summary.planKind));
    for (const QJsonValue& plan : root.value(QLatin1String("plans")).toArray())
        summary.plans << plan.toString();
    const QJsonObject statuses = root.value(QLatin1String("statusCounts")).toObject();
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        const int count = it.value().toInt(-1);
        if (!Vocabulary::measureStatuses().contains(it.key()) || count < 0)
            return fail(tr("“%1: %2” is not a count of measures by status (“statusCounts”).")
                            .arg(it.key(), it.value().toVariant().toString()));
        summary.statusCounts.insert(it.key(), count);
        summary.measures += count;
    }
    summary.done = summary.statusCounts.value(QStringLiteral("done"));
    summary.cancelled = summary.statusCounts.value(QStringLiteral("cancelled"));
    summary.overdue = root.value(QLatin1String("overdue")).toInt();
    summary.meanProgress = std::clamp(root.value(QLatin1String("meanProgress")).toDouble(), 0.0, 100.0);
    summary.lastUpdate = QDate::fromString(root.value(QLatin1String("lastUpdate")).toString(), Qt::ISODate);
    for (const QJsonValue& value : root.value(QLatin1String("areas")).toArray()) {
        const QJsonObject area = value.toObject();
        summary.areas << MemberSummary::Area {
            area.value(QLatin1String("name")).toString(),
            area.value(QLatin1String("measures")).toInt(),
            area.value(QLatin1String("done")).toInt(),
            std::clamp(area.value(QLatin1String("meanProgress")).toDouble(), 0.0, 100.0)};
    }
    for (const QJsonValue& value : root.value(QLatin1String("indicators")).toArray()) {
        const QJsonObject object = value.toObject();
        MemberSummary::Indicator indicator;
        indicator.name = object.value(QLatin1String("name")).toString();
        if (indicator.name.trimmed().isEmpty())
            return fail(tr("An indicator of the summary has no name."));
        indicator.unit = object.value(QLatin1String("unit")).toString();
        indicator.direction = object.value(QLatin1String("direction")).toString(QStringLiteral("higher"));
        indicator.year = optionalInt(object.value(QLatin1String("year")));
        indicator.value = optionalDouble(object.value(QLatin1String("value")));
        indicator.targetYear = optionalInt(object.value(QLatin1String("targetYear")));
        indicator.target = optionalDouble(object.value(QLatin1String("target")));
        summary.indicators << indicator;
    }
    return summary;
}

std::optional<QByteArray> NetworkComparison::exportSummary(
    Stores& stores, qint64 municipalityId, const QString& planKind, const QDate& today, QString* error)
{
    const MemberSummary summary = summarize(stores, municipalityId, planKind, today);
    if (summary.plans.isEmpty()) {
        if (error)
            *error = tr("%1 has no plan of this kind in the file to summarise.").arg(summary.municipality);
        return std::nullopt;
    }
    return toJson(summary, today);
}

std::optional<MemberSummary>
NetworkComparison::importSummary(Stores& stores, const QByteArray& json, const QDateTime& importedAt, QString* error)
{
    std::optional<MemberSummary> summary = fromJson(json, error);
    if (!summary)
        return std::nullopt;
    const std::optional<Municipality> municipality = stores.municipalities.byNumber(summary->municipalityNumber);
    if (!municipality) {
        if (error)
            *error = tr("The file has no municipality numbered %1.").arg(summary->municipalityNumber);
        return std::nullopt;
    }
    MemberSummaryRecord record;
    record.municipalityId = municipality->id;
    record.planKind = summary->planKind;
    record.madeOn = summary->summaryDate;
    record.importedAt = importedAt;
    record.content = QString::fromUtf8(json);
    if (!stores.memberSummaries.add(record)) {
        if (error)
            *error = stores.memberSummaries.errorString();
        return std::nullopt;
    }
    summary->municipality = municipality->name; // as this file names it
    return summary;
}

qint64 NetworkComparison::memberPlan(Stores& stores, qint64 municipalityId, const QString& planKind)
{
    qint64 planId = 0;
    for (const Plan& plan : stores.plans.list(QStringLiteral("municipality_id"), municipalityId)) {
        if (plan.kind == planKind)
            return plan.id;
        if (planId == 0)
            planId = plan.id;
    }
    return planId;
}

QVector<qint64> NetworkComparison::memberPlans(Stores& stores, qint64 networkId)
{
    QVector<qint64> planIds;
    for (qint64 municipalityId : stores.networks.memberIds(networkId)) {
        for (const Plan& plan : stores.plans.list(QStringLiteral("municipality_id"), municipalityId))
            planIds << plan.id;
    }
    return planIds;
}
