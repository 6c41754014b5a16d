#pragma once

// The four dashboard charts. Each is a thin adapter that draws figures computed in models/ (ChartData); none of
// them reads the database.

#include "chartdata.h"
#include "chartwidget.h"

// Stacked horizontal bars: one bar per focus area, a segment per status in the table's colours, counts written on
// the segments.
class StatusByAreaChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit StatusByAreaChart(QWidget* parent = nullptr);
    void setData(const QVector<ChartData::AreaStatusCounts>& areas);
    QString figuresAt(const QPoint& position) const override;

private:
    void describeFigures();
    QVector<ChartData::AreaStatusCounts> m_areas;
};

// The plan's mean progress over time (a step line) against the expected line, with a "today" marker.
class ProgressChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit ProgressChart(QWidget* parent = nullptr);
    void setData(const QVector<ChartData::DatedValue>& progress,
                 const QVector<ChartData::DatedValue>& expected,
                 const QDate& today);

private:
    void describeFigures(const QVector<ChartData::DatedValue>& progress,
                         const QVector<ChartData::DatedValue>& expected,
                         const QDate& today);
};

// One indicator: measured values, the straight trajectory from baseline to target, the target marked, and
// whether it is on track.
class IndicatorChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit IndicatorChart(QWidget* parent = nullptr);
    void setData(const Indicator& indicator, const QVector<IndicatorValue>& values);

private:
    void describeFigures(const Indicator& indicator, const QVector<IndicatorValue>& sorted, const QString& verdict);
};

// Gantt-like: a bar per measure from start to deadline, coloured by status, overdue ones marked, a "today" line.
class TimelineChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit TimelineChart(QWidget* parent = nullptr);
    void setData(const QVector<ChartData::TimelineBar>& bars, const QDate& today);
    QString figuresAt(const QPoint& position) const override;

private:
    void describeFigures(const QDate& first, const QDate& last);
    QVector<ChartData::TimelineBar> m_bars;
};
