#include "chartdata.h"

#include "deadline.h"
#include "stores.h"
#include "vocabulary.h"

#include <QHash>
#include <algorithm>

namespace ChartData {

int AreaStatusCounts::total() const
{
    int sum = 0;
    for (int count : byStatus)
        sum += count;
    return sum;
}

QVector<AreaStatusCounts> statusByFocusArea(const QVector<FocusArea>& areas, const QVector<Measure>& measures)
{
    QVector<FocusArea> ordered = areas;
    std::stable_sort(
        ordered.begin(), ordered.end(), [](const FocusArea& a, const FocusArea& b) { return a.position < b.position; });
    QVector<AreaStatusCounts> result;
    QHash<qint64, int> rowOfArea;
    for (const FocusArea& area : ordered) {
        rowOfArea.insert(area.id, int(result.size()));
        result << AreaStatusCounts {area.name, {}};
    }
    AreaStatusCounts without;
    for (const Measure& measure : measures) {
        const auto row = rowOfArea.constFind(measure.focusAreaId);
        AreaStatusCounts& counts = row == rowOfArea.cend() ? without : result[*row];
        counts.byStatus[measure.status] += 1;
    }
    if (without.total() > 0)
        result << without;
    return result;
}

QVector<DatedValue> meanProgressOverTime(const QVector<Measure>& measures, const QVector<ProgressUpdate>& history)
{
    QHash<qint64, int> latest; // measure → progress so far
    for (const Measure& measure : measures) {
        if (measure.status != QLatin1String("cancelled"))
            latest.insert(measure.id, 0);
    }
    if (latest.isEmpty())
        return {};
    QVector<ProgressUpdate> updates;
    for (const ProgressUpdate& update : history) {
        if (latest.contains(update.measureId) && update.date.isValid())
            updates << update;
    }
    std::stable_sort(updates.begin(), updates.end(), [](const ProgressUpdate& a, const ProgressUpdate& b) {
        return a.date < b.date;
    });
    QVector<DatedValue> series;
    for (int i = 0; i < updates.size(); ++i) {
        latest[updates[i].measureId] = updates[i].progress;
        // One point per day, after all of that day's updates.
        if (i + 1 < updates.size() && updates[i + 1].date == updates[i].date)
            continue;
        double sum = 0;
        for (int progress : latest)
            sum += progress;
        series << DatedValue {updates[i].date, sum / latest.size()};
    }
    return series;
}

QVector<DatedValue> expectedProgress(int periodFrom, int periodTo)
{
    if (periodFrom <= 0 || periodTo < periodFrom)
        return {};
    return {{QDate(periodFrom, 1, 1), 0.0}, {QDate(periodTo, 12, 31), 100.0}};
}

IndicatorTrack indicatorTrack(const Indicator& indicator, const QVector<IndicatorValue>& values)
{
    IndicatorTrack track;
    for (const IndicatorValue& value : values) {
        if (!track.latest || value.year > track.latest->year)
            track.latest = value;
    }
    track.hasTrajectory = indicator.baselineYear && indicator.baselineValue && indicator.targetYear
        && indicator.targetValue && *indicator.targetYear > *indicator.baselineYear;
    if (!track.hasTrajectory || !track.latest)
        return track;
    const double span = *indicator.targetYear - *indicator.baselineYear;
    const double share = std::clamp((track.latest->year - *indicator.baselineYear) / span, 0.0, 1.0);
    track.expectedAtLatest = *indicator.baselineValue + share * (*indicator.targetValue - *indicator.baselineValue);
    const bool higherIsBetter = indicator.direction != QLatin1String("lower");
    track.onTrack = higherIsBetter ? track.latest->value >= *track.expectedAtLatest
                                   : track.latest->value <= *track.expectedAtLatest;
    return track;
}

std::optional<TimelineBar> timelineBar(const Measure& measure, const QDate& today)
{
    const Deadline deadline = Deadline::parse(measure.deadlineText).value_or(Deadline());
    if (!deadline.lastDay().isValid())
        return std::nullopt;
    const Deadline start = Deadline::parse(measure.startText).value_or(Deadline());
    TimelineBar bar;
    bar.measureId = measure.id;
    bar.label = measure.code.isEmpty() ? measure.title : measure.code;
    bar.status = measure.status;
    bar.to = deadline.lastDay();
    bar.from = start.firstDay().isValid() && start.firstDay() <= bar.to ? start.firstDay() : deadline.firstDay();
    bar.overdue = isOverdue(measure, today);
    return bar;
}

PlanCharts planCharts(Stores& stores, const Plan& plan, const QVector<Measure>& measures, const QDate& today)
{
    PlanCharts charts;
    QVector<ProgressUpdate> history;
    for (const Measure& measure : measures) {
        history << stores.progressUpdates.list(QStringLiteral("measure_id"), measure.id);
        if (const std::optional<TimelineBar> bar = timelineBar(measure, today))
            charts.timeline << *bar;
    }
    charts.areas = statusByFocusArea(stores.focusAreas.list(QStringLiteral("plan_id"), plan.id), measures);
    charts.progress = meanProgressOverTime(measures, history);
    charts.expected = expectedProgress(plan.periodFrom, plan.periodTo);
    for (const Indicator& indicator :
         stores.indicators.list(QStringLiteral("plan_id"), plan.id, QStringLiteral("position, id"))) {
        PlanCharts::IndicatorSeries series;
        series.indicator = indicator;
        series.values
            = stores.indicatorValues.list(QStringLiteral("indicator_id"), indicator.id, QStringLiteral("year"));
        series.track = indicatorTrack(indicator, series.values);
        charts.indicators << series;
    }
    return charts;
}

} // namespace ChartData
