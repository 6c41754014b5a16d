#include "dashboardcharts.h"

#include "language.h"
#include "statuscolors.h"
#include "vocabulary.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

// Bars of one status with its hatching drawn over the colour, on the bars and on their legend icon, so that a
// black-and-white print still tells the statuses apart. Drawn as vectors, like the rest of the chart.
class StatusBars : public QCPBars
{
public:
    StatusBars(QCPAxis* keyAxis, QCPAxis* valueAxis, const QString& status)
        : QCPBars(keyAxis, valueAxis)
        , m_hatch(StatusColors::patternBrush(status))
    {
        setBrush(StatusColors::color(status));
    }

protected:
    void draw(QCPPainter* painter) override
    {
        QCPBars::draw(painter);
        if (m_hatch.style() == Qt::NoBrush)
            return;
        applyDefaultAntialiasingHint(painter);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_hatch);
        for (auto it = mDataContainer->constBegin(); it != mDataContainer->constEnd(); ++it) {
            if (it->value > 0)
                painter->drawRect(getBarRect(it->key, it->value).adjusted(1, 1, -1, -1)); // inside the white rule
        }
    }

    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override
    {
        QCPBars::drawLegendIcon(painter, rect);
        if (m_hatch.style() == Qt::NoBrush)
            return;
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_hatch);
        QRectF icon(0, 0, rect.width() * 0.67, rect.height() * 0.67); // the size QCPBars draws its icon at
        icon.moveCenter(rect.center());
        painter->drawRect(icon);
    }

private:
    QBrush m_hatch;
};

double dayKey(const QDate& date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(date.startOfDay());
}

QCPItemStraightLine*
todayLine(QCustomPlot* plot, const QDate& today, Qt::Orientation orientation, const ChartPalette& colors)
{
    auto* line = new QCPItemStraightLine(plot);
    const double key = dayKey(today);
    if (orientation == Qt::Vertical) {
        line->point1->setCoords(key, 0);
        line->point2->setCoords(key, 1);
    }
    line->setPen(QPen(colors.alert, 1.5, Qt::DashLine));
    auto* label = new QCPItemText(plot);
    label->setText(ChartWidget::tr("Today"));
    label->setColor(colors.alert);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(key, 0.0);
    // The label sits on the side of the line with room, so it is never cut off at the right edge.
    const QCPRange range = plot->xAxis->range();
    const bool nearRightEdge = key > range.lower + 0.8 * range.size();
    label->setPositionAlignment((nearRightEdge ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    label->setPadding(nearRightEdge ? QMargins(0, 2, 3, 0) : QMargins(3, 2, 0, 0));
    return line;
}

QSharedPointer<QCPAxisTickerDateTime> dateTicker()
{
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(Language::dateFormat());
    ticker->setTickCount(3); // dd.mm.yyyy labels are wide; three fit a narrow dock
    return ticker;
}

} // namespace

StatusByAreaChart::StatusByAreaChart(QWidget* parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("statusByAreaChart"));
    placeLegendBelow(2);
}

void StatusByAreaChart::setData(const QVector<ChartData::AreaStatusCounts>& areas)
{
    clearPlottables();
    clearItems();
    m_areas = areas;
    setTitle(tr("Status by focus area"));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    int most = 1;
    for (int i = 0; i < areas.size(); ++i) {
        // Long names are shortened on the axis (the tooltip has them whole), so the bars keep their room.
        const QString name = areas[i].area.isEmpty() ? tr("(no focus area)") : areas[i].area;
        ticker->addTick(i + 1, QFontMetrics(yAxis->tickLabelFont()).elidedText(name, Qt::ElideRight, 150));
        most = std::max(most, areas[i].total());
    }
    yAxis->setTicker(ticker);
    yAxis->setRangeReversed(true); // the first focus area on top, as in the plan
    yAxis->setRange(0.4, areas.size() + 0.6);
    yAxis->grid()->setVisible(false);
    xAxis->setRange(0, most * 1.05);
    xAxis->setLabel(tr("Measures"));
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed); // counts: no 0,5 ticks
    whole->setTickStep(1);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(whole);
    QVector<double> filled(areas.size(), 0.0);
    QCPBars* below = nullptr;
    for (const QString& status : Vocabulary::measureStatuses()) {
        QVector<double> keys;
        QVector<double> values;
        int total = 0;
        for (int i = 0; i < areas.size(); ++i) {
            keys << i + 1;
            values << areas[i].byStatus.value(status);
            total += areas[i].byStatus.value(status);
        }
        if (total == 0)
            continue;
        auto* bars = new StatusBars(yAxis, xAxis, status);
        bars->setName(Vocabulary::measureStatusName(status));
        bars->setPen(QPen(colors().statusEdge(status), 1));
        bars->setWidth(0.65);
        bars->setStackingGap(0);
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        for (int i = 0; i < areas.size(); ++i) {
            if (values[i] <= 0)
                continue;
            auto* label = new QCPItemText(this);
            label->position->setAxes(xAxis, yAxis);
            label->position->setCoords(filled[i] + values[i] / 2.0, i + 1);
            label->setText(QLocale().toString(int(values[i])));
            label->setColor(StatusColors::textColor(status));
            label->setClipToAxisRect(true);
            filled[i] += values[i];
        }
    }
    setMinimumHeight(100 + 34 * int(areas.size()));
    describeFigures();
    replot();
}

void StatusByAreaChart::describeFigures()
{
    QStringList statuses;
    for (const QString& status : Vocabulary::measureStatuses()) {
        for (const ChartData::AreaStatusCounts& area : m_areas) {
            if (area.byStatus.value(status) > 0) {
                statuses << status;
                break;
            }
        }
    }
    QStringList headers {tr("Focus area")};
    QVector<QStringList> rows;
    QMap<QString, int> totals;
    int total = 0;
    for (const QString& status : statuses)
        headers << Vocabulary::measureStatusName(status);
    headers << tr("All");
    for (const ChartData::AreaStatusCounts& area : m_areas) {
        QStringList row {area.area.isEmpty() ? tr("(no focus area)") : area.area};
        for (const QString& status : statuses) {
            row << QLocale().toString(area.byStatus.value(status));
            totals[status] += area.byStatus.value(status);
        }
        row << QLocale().toString(area.total());
        total += area.total();
        rows << row;
    }
    QStringList parts;
    for (const QString& status : statuses)
        parts << tr("%1 %2").arg(QLocale().toString(totals[status]), Vocabulary::measureStatusName(status).toLower());
    const QString summary = total == 0
        ? tr("No measures.")
        : tr("%n measure(s) in %1 focus areas: %2.", nullptr, total).arg(m_areas.size()).arg(parts.join(tr(", ")));
    setFigures(summary, headers, rows);
}

QString StatusByAreaChart::figuresAt(const QPoint& position) const
{
    const int row = qRound(yAxis->pixelToCoord(position.y())) - 1;
    if (row < 0 || row >= m_areas.size() || !axisRect()->rect().contains(position))
        return {};
    const ChartData::AreaStatusCounts& area = m_areas.at(row);
    QStringList lines {area.area.isEmpty() ? tr("(no focus area)") : area.area};
    for (const QString& status : Vocabulary::measureStatuses()) {
        if (const int count = area.byStatus.value(status))
            lines << tr("%1: %2").arg(Vocabulary::measureStatusName(status)).arg(count);
    }
    return lines.join(QLatin1Char('\n'));
}

ProgressChart::ProgressChart(QWidget* parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("progressChart"));
    placeLegendBelow(1);
}

void ProgressChart::setData(const QVector<ChartData::DatedValue>& progress,
                            const QVector<ChartData::DatedValue>& expected,
                            const QDate& today)
{
    clearGraphs();
    clearItems();
    setTitle(tr("Progress over time"));
    xAxis->setTicker(dateTicker());
    xAxis->setTickLabelRotation(-35); // full dates stay readable side by side in a narrow dock
    QSharedPointer<QCPAxisTickerText> percent(new QCPAxisTickerText);
    for (int value = 0; value <= 100; value += 25)
        percent->addTick(value, tr("%1 %").arg(value));
    yAxis->setTicker(percent);
    yAxis->setRange(0, 100);

    QCPGraph* actual = addGraph();
    actual->setName(tr("Mean progress"));
    actual->setLineStyle(QCPGraph::lsStepLeft);
    actual->setPen(QPen(colors().line, 2));
    actual->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    for (const ChartData::DatedValue& point : progress)
        actual->addData(dayKey(point.date), point.value);
    // The step holds its last value until today.
    if (!progress.isEmpty() && progress.last().date < today)
        actual->addData(dayKey(today), progress.last().value);

    QCPGraph* line = addGraph();
    line->setName(tr("Expected at an even pace"));
    line->setPen(QPen(colors().reference, 1.5, Qt::DashLine));
    for (const ChartData::DatedValue& point : expected)
        line->addData(dayKey(point.date), point.value);
    describeFigures(progress, expected, today);

    QDate first = expected.isEmpty() ? today.addYears(-1) : expected.first().date;
    QDate last = expected.isEmpty() ? today.addMonths(6) : expected.last().date;
    if (!progress.isEmpty())
        first = std::min(first, progress.first().date);
    last = std::max(last, today.addDays(30));
    xAxis->setRange(dayKey(first), dayKey(last));
    todayLine(this, today, Qt::Vertical, colors());
    replot();
}

void ProgressChart::describeFigures(const QVector<ChartData::DatedValue>& progress,
                                    const QVector<ChartData::DatedValue>& expected,
                                    const QDate& today)
{
    QVector<QStringList> rows;
    const auto percent = [](double value) {
        return tr("%1 %").arg(QLocale().toString(value, 'f', 0));
    };
    for (const ChartData::DatedValue& point : progress)
        rows << QStringList {Language::formatDate(point.date), tr("Mean progress"), percent(point.value)};
    for (const ChartData::DatedValue& point : expected)
        rows << QStringList {Language::formatDate(point.date), tr("Expected at an even pace"), percent(point.value)};
    // The expected share today, on the straight line between the expected points around it.
    std::optional<double> expectedToday;
    for (int i = 1; i < expected.size(); ++i) {
        const ChartData::DatedValue& a = expected[i - 1];
        const ChartData::DatedValue& b = expected[i];
        if (a.date <= today && today <= b.date) {
            const double span = std::max<qint64>(1, a.date.daysTo(b.date));
            expectedToday = a.value + (b.value - a.value) * a.date.daysTo(today) / span;
        }
    }
    QString summary = progress.isEmpty()
        ? tr("No progress recorded yet.")
        : tr("Mean progress %1 on %2.").arg(percent(progress.last().value), Language::formatDate(progress.last().date));
    if (expectedToday)
        summary += QLatin1Char(' ') + tr("Expected today at an even pace: %1.").arg(percent(*expectedToday));
    setFigures(summary, {tr("Date"), tr("Series"), tr("Value")}, rows);
}

IndicatorChart::IndicatorChart(QWidget* parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("indicatorChart"));
    placeLegendBelow(1);
}

void IndicatorChart::setData(const Indicator& indicator, const QVector<IndicatorValue>& values)
{
    clearGraphs();
    clearItems();
    const ChartData::IndicatorTrack track = ChartData::indicatorTrack(indicator, values);
    QString verdict;
    if (track.onTrack)
        verdict = *track.onTrack ? tr("on track") : tr("behind the trajectory");
    else
        verdict = tr("no target or no measurement yet");
    // Name and verdict on two lines, so a long indicator name is not cut off in a narrow dock.
    setTitle(indicator.unit.isEmpty() ? tr("%1\n%2").arg(indicator.name, verdict)
                                      : tr("%1 (%2)\n%3").arg(indicator.name, indicator.unit, verdict));

    int firstYear = 9999;
    int lastYear = 0;
    double low = 0;
    double high = 1;
    auto include = [&](int year, double value) {
        firstYear = std::min(firstYear, year);
        lastYear = std::max(lastYear, year);
        low = std::min(low, value);
        high = std::max(high, value);
    };
    QCPGraph* measured = addGraph();
    measured->setName(tr("Measured"));
    const ChartPalette chart = colors();
    measured->setPen(QPen(chart.line, 2));
    measured->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(chart.line, 2), chart.background, 7));
    QVector<IndicatorValue> sorted = values;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.year < b.year; });
    for (const IndicatorValue& value : sorted) {
        measured->addData(value.year, value.value);
        include(value.year, value.value);
    }
    if (track.hasTrajectory) {
        QCPGraph* trajectory = addGraph();
        trajectory->setName(tr("Trajectory to the target"));
        trajectory->setPen(QPen(chart.reference, 1.5, Qt::DashLine));
        trajectory->addData(*indicator.baselineYear, *indicator.baselineValue);
        trajectory->addData(*indicator.targetYear, *indicator.targetValue);
        include(*indicator.baselineYear, *indicator.baselineValue);
        include(*indicator.targetYear, *indicator.targetValue);
        QCPGraph* target = addGraph();
        target->setName(tr("Target %1").arg(*indicator.targetYear));
        target->setLineStyle(QCPGraph::lsNone);
        target->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(chart.alert, 2), chart.alert, 14));
        target->addData(*indicator.targetYear, *indicator.targetValue);
    }
    if (lastYear == 0) {
        firstYear = lastYear = QDate::currentDate().year();
    }
    // Years as plain years (no thousands separator), one tick per year.
    QSharedPointer<QCPAxisTickerText> years(new QCPAxisTickerText);
    for (int year = firstYear; year <= lastYear; ++year)
        years->addTick(year, QString::number(year));
    xAxis->setTicker(years);
    xAxis->setRange(firstYear - 0.5, lastYear + 0.5);
    const double margin = (high - low) * 0.1 + 0.5;
    yAxis->setRange(std::min(0.0, low - margin), high + margin);
    yAxis->ticker()->setTickCount(4); // the chart is short; more labels would crowd each other
    describeFigures(indicator, sorted, verdict);
    replot();
}

void IndicatorChart::describeFigures(const Indicator& indicator,
                                     const QVector<IndicatorValue>& sorted,
                                     const QString& verdict)
{
    const auto number = [&indicator](double value) {
        const QString text = QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
        return indicator.unit.isEmpty() ? text : tr("%1 %2").arg(text, indicator.unit);
    };
    QVector<QStringList> rows;
    for (const IndicatorValue& value : sorted)
        rows << QStringList {QString::number(value.year), tr("Measured"), number(value.value)};
    if (indicator.baselineYear && indicator.baselineValue)
        rows << QStringList {
            QString::number(*indicator.baselineYear), tr("Baseline"), number(*indicator.baselineValue)};
    if (indicator.targetYear && indicator.targetValue)
        rows << QStringList {QString::number(*indicator.targetYear), tr("Target"), number(*indicator.targetValue)};
    QStringList sentences {indicator.name + QLatin1Char(':')};
    if (!sorted.isEmpty())
        sentences << tr("latest measured %1 in %2;").arg(number(sorted.last().value)).arg(sorted.last().year);
    if (indicator.targetYear && indicator.targetValue)
        sentences << tr("target %1 by %2;").arg(number(*indicator.targetValue)).arg(*indicator.targetYear);
    sentences << verdict + QLatin1Char('.');
    setFigures(sentences.join(QLatin1Char(' ')), {tr("Year"), tr("Series"), tr("Value")}, rows);
}

TimelineChart::TimelineChart(QWidget* parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
}

void TimelineChart::setData(const QVector<ChartData::TimelineBar>& bars, const QDate& today)
{
    clearPlottables();
    clearItems();
    m_bars = bars;
    setTitle(tr("Deadlines"));
    xAxis->setTicker(dateTicker());
    xAxis->setTickLabelRotation(-35); // full dates stay readable side by side in a narrow dock
    QSharedPointer<QCPAxisTickerText> labels(new QCPAxisTickerText);
    QDate first = today;
    QDate last = today;
    for (int i = 0; i < bars.size(); ++i) {
        const ChartData::TimelineBar& bar = bars[i];
        labels->addTick(i + 1, bar.overdue ? tr("%1 (overdue)").arg(bar.label) : bar.label);
        first = std::min(first, bar.from);
        last = std::max(last, bar.to);
        auto* rect = new QCPItemRect(this);
        rect->topLeft->setCoords(dayKey(bar.from), i + 1 - 0.35);
        rect->bottomRight->setCoords(dayKey(bar.to.addDays(1)), i + 1 + 0.35);
        rect->setBrush(StatusColors::color(bar.status));
        // Overdue: a strong outline as well as the word, not colour alone.
        rect->setPen(bar.overdue ? QPen(colors().alert, 2) : QPen(colors().statusEdge(bar.status), 1));
        rect->setClipToAxisRect(true);
        if (StatusColors::pattern(bar.status) != Qt::NoBrush) { // the hatching that survives black-and-white print
            auto* hatch = new QCPItemRect(this);
            hatch->topLeft->setCoords(dayKey(bar.from), i + 1 - 0.35);
            hatch->bottomRight->setCoords(dayKey(bar.to.addDays(1)), i + 1 + 0.35);
            hatch->setBrush(StatusColors::patternBrush(bar.status));
            hatch->setPen(Qt::NoPen);
            hatch->setClipToAxisRect(true);
        }
    }
    yAxis->setTicker(labels);
    yAxis->setRangeReversed(true);
    yAxis->setRange(0.4, bars.size() + 0.6);
    yAxis->grid()->setVisible(false);
    xAxis->setRange(dayKey(first.addDays(-20)), dayKey(last.addDays(20)));
    todayLine(this, today, Qt::Vertical, colors());
    setMinimumHeight(90 + 18 * int(bars.size()));
    describeFigures(first, last);
    replot();
}

void TimelineChart::describeFigures(const QDate& first, const QDate& last)
{
    QVector<QStringList> rows;
    int overdue = 0;
    for (const ChartData::TimelineBar& bar : m_bars) {
        overdue += bar.overdue ? 1 : 0;
        rows << QStringList {bar.label,
                             Language::formatDate(bar.from),
                             Language::formatDate(bar.to),
                             Vocabulary::measureStatusName(bar.status),
                             bar.overdue ? tr("Overdue") : QString()};
    }
    const QString summary = m_bars.isEmpty()
        ? tr("No measures with a deadline.")
        : tr("%n measure(s) with deadlines from %1 to %2; %3 overdue.", nullptr, int(m_bars.size()))
              .arg(Language::formatDate(first), Language::formatDate(last))
              .arg(overdue);
    setFigures(summary, {tr("Measure"), tr("Start"), tr("Deadline"), tr("Status"), tr("Overdue")}, rows);
}

QString TimelineChart::figuresAt(const QPoint& position) const
{
    const int row = qRound(yAxis->pixelToCoord(position.y())) - 1;
    if (row < 0 || row >= m_bars.size() || !axisRect()->rect().contains(position))
        return {};
    const ChartData::TimelineBar& bar = m_bars.at(row);
    return tr("%1: %2 – %3, %4")
        .arg(bar.label,
             Language::formatDate(bar.from),
             Language::formatDate(bar.to),
             Vocabulary::measureStatusName(bar.status));
}
