#pragma once

// The figures behind the dashboard's charts, computed without widgets so that they can be tested (and drawn the
// same way in the window and in the council report).

#include "entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QPointF>
#include <QVector>

class Stores;

namespace ChartData {

// How many measures of each status a focus area has ("" for measures without one).
struct AreaStatusCounts
{
    QString area;
    QMap<QString, int> byStatus; // status code → count
    int total() const;
};
// In the plan's focus-area order; measures without a focus area last, if there are any.
QVector<AreaStatusCounts> statusByFocusArea(const QVector<FocusArea>& areas, const QVector<Measure>& measures);

// A date and a value (progress in %, or an indicator's value).
struct DatedValue
{
    QDate date;
    double value = 0;
    bool operator==(const DatedValue& other) const { return date == other.date && value == other.value; }
};

// The plan's mean progress after each day that has a progress update, as a step series: each measure counts with
// its latest recorded progress (0 before its first update); cancelled measures do not count.
QVector<DatedValue> meanProgressOverTime(const QVector<Measure>& measures, const QVector<ProgressUpdate>& history);
// 0 % on 1 January of the first year to 100 % on 31 December of the last.
QVector<DatedValue> expectedProgress(int periodFrom, int periodTo);

// An indicator against its target: where it should be by now on the straight line from baseline to target, and
// whether its latest measured value is on track, respecting whether higher or lower is better.
struct IndicatorTrack
{
    bool hasTrajectory = false; // baseline and target both known
    std::optional<IndicatorValue> latest;
    std::optional<double> expectedAtLatest; // on the trajectory, in the latest value's year
    std::optional<bool> onTrack; // unknown without a trajectory or a measured value
};
IndicatorTrack indicatorTrack(const Indicator& indicator, const QVector<IndicatorValue>& values);

// One bar of the deadline timeline: from the start (or, without one, the deadline's own first day) to the
// deadline's last day, whatever its granularity. Ongoing or missing deadlines have no bar.
struct TimelineBar
{
    qint64 measureId = 0;
    QString label;
    QString status;
    QDate from;
    QDate to;
    bool overdue = false;
};
std::optional<TimelineBar> timelineBar(const Measure& measure, const QDate& today);

// Everything the dashboard and the council report draw for one plan.
struct PlanCharts
{
    struct IndicatorSeries
    {
        Indicator indicator;
        QVector<IndicatorValue> values; // by year
        IndicatorTrack track;
    };
    QVector<AreaStatusCounts> areas;
    QVector<DatedValue> progress;
    QVector<DatedValue> expected;
    QVector<TimelineBar> timeline; // in the order of the measures given
    QVector<IndicatorSeries> indicators; // in the plan's order
};
// Reads the plan's focus areas, progress history and indicators and computes the charts' figures for the measures
// given (the plan's, in the order the timeline should list them).
PlanCharts planCharts(Stores& stores, const Plan& plan, const QVector<Measure>& measures, const QDate& today);

} // namespace ChartData
