#include "networkcharts.h"

#include "statuscolors.h"

#include <QLocale>

#include <cmath>

namespace {

QString percentText(double value)
{
    return QLocale().toString(value, 'f', 0) + QStringLiteral(" %");
}

// Member names on a category axis, shortened where long (the tooltip has them whole).
template <class Member>
QSharedPointer<QCPAxisTickerText> memberTicker(const QVector<Member>& members, const QFont& font)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < members.size(); ++i)
        ticker->addTick(i + 1, QFontMetrics(font).elidedText(members[i].municipality, Qt::ElideRight, 140));
    return ticker;
}

// The member bar under a point of a horizontal (members on y) or vertical (members on x) category axis.
int memberAt(const QCPAxis* categoryAxis, const QPoint& position, int count)
{
    const double coordinate
        = categoryAxis->pixelToCoord(categoryAxis->orientation() == Qt::Horizontal ? position.x() : position.y());
    const int index = int(std::lround(coordinate)) - 1;
    return index >= 0 && index < count && std::abs(coordinate - (index + 1)) < 0.45 ? index : -1;
}

// The figure written at the end of a horizontal bar: beside it, or inside it in white where the bar is long enough to
// push it off the chart.
void labelBar(QCustomPlot* plot, double value, double position, const QString& label, const QColor& insideOn = {})
{
    const bool inside = insideOn.isValid();
    auto* text = new QCPItemText(plot);
    text->position->setAxes(plot->xAxis, plot->yAxis);
    text->position->setCoords(value, position);
    text->setPositionAlignment((inside ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    text->setPadding(inside ? QMargins(0, 0, 4, 0) : QMargins(4, 0, 0, 0));
    text->setColor(inside ? Contrast::textOn(insideOn) : ChartPalette::of(plot->palette()).text);
    text->setText(label);
    text->setClipToAxisRect(false);
}

} // namespace

MemberProgressChart::MemberProgressChart(QWidget* parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("memberProgressChart"));
    setTitle(tr("Done and overdue per member")); // named for a screen reader before it has figures
    placeLegendBelow(2);
}

void MemberProgressChart::setData(const QVector<MemberSummary>& members)
{
    clearPlottables();
    clearItems();
    m_members = members;
    setTitle(tr("Done and overdue per member"));
    yAxis->setTicker(memberTicker(members, yAxis->tickLabelFont()));
    yAxis->setRangeReversed(true); // the first member on top, as in the table
    yAxis->setRange(0.4, members.size() + 0.6);
    yAxis->grid()->setVisible(false);
    xAxis->setRange(0, 105);
    xAxis->setLabel(tr("Share of the measures not cancelled (%)"));

    auto* group = new QCPBarsGroup(this);
    group->setSpacing(1);
    const auto addBars = [&](const QString& name, const QColor& color, double offset, auto share, auto label) {
        auto* bars = new QCPBars(yAxis, xAxis);
        bars->setName(name);
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(130), 1));
        bars->setWidth(0.36);
        bars->setBarsGroup(group);
        for (int i = 0; i < members.size(); ++i) {
            const double value = share(members[i]) * 100.0;
            bars->addData(i + 1, value);
            labelBar(this, value, i + 1 + offset, label(members[i]));
        }
    };
    const auto counted = [](const MemberSummary& member) {
        return std::max(1, member.measures - member.cancelled);
    };
    addBars(
        tr("Done"),
        colors().line,
        -0.19,
        [](const MemberSummary& member) { return member.shareDone(); },
        [](const MemberSummary& member) {
            return tr("%1 (%2 of %3)")
                .arg(percentText(member.shareDone() * 100))
                .arg(member.done)
                .arg(member.measures - member.cancelled);
        });
    addBars(
        tr("Overdue"),
        colors().alert,
        0.19,
        [counted](const MemberSummary& member) { return double(member.overdue) / counted(member); },
        [](const MemberSummary& member) { return tr("%n overdue", nullptr, member.overdue); });
    setMinimumHeight(110 + 46 * int(members.size()));
    QVector<QStringList> rows;
    int measures = 0;
    int done = 0;
    int overdue = 0;
    for (const MemberSummary& member : members) {
        rows << QStringList {member.municipality,
                             QLocale().toString(member.measures - member.cancelled),
                             QLocale().toString(member.done),
                             percentText(member.shareDone() * 100),
                             QLocale().toString(member.overdue),
                             percentText(member.meanProgress)};
        measures += member.measures - member.cancelled;
        done += member.done;
        overdue += member.overdue;
    }
    setFigures(tr("%n member(s): together %1 of %2 measures done, %3 overdue.", nullptr, int(members.size()))
                   .arg(done)
                   .arg(measures)
                   .arg(overdue),
               {tr("Member"), tr("Measures"), tr("Done"), tr("Share done"), tr("Overdue"), tr("Mean progress")},
               rows);
    replot();
}

QString MemberProgressChart::figuresAt(const QPoint& position) const
{
    const int index = memberAt(yAxis, position, int(m_members.size()));
    if (index < 0)
        return {};
    const MemberSummary& member = m_members[index];
    return tr("%1: %2 of %3 measures done, %4 overdue, mean progress %5")
        .arg(member.municipality)
        .arg(member.done)
        .arg(member.measures - member.cancelled)
        .arg(member.overdue)
        .arg(percentText(member.meanProgress));
}

MemberIndicatorChart::MemberIndicatorChart(QWidget* parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("memberIndicatorChart"));
    setTitle(tr("Shared indicator per member"));
    placeLegendBelow(3);
}

void MemberIndicatorChart::setData(const QVector<MemberSummary>& members, const SharedIndicator& indicator)
{
    clearPlottables();
    clearItems();
    clearGraphs();
    m_members = members;
    m_indicator = indicator;
    const QString unit = indicator.perInhabitant
        ? tr("%1 per %L2 inhabitants").arg(indicator.unit).arg(NetworkComparison::PerInhabitants)
        : indicator.unit;
    setTitle(unit.isEmpty() ? indicator.name : tr("%1 (%2)").arg(indicator.name, unit));
    xAxis->setTicker(memberTicker(members, xAxis->tickLabelFont()));
    xAxis->setRange(0.4, members.size() + 0.6);
    xAxis->grid()->setVisible(false);
    yAxis->setLabel(unit);

    auto* bars = new QCPBars(xAxis, yAxis);
    bars->setName(tr("Latest value"));
    const ChartPalette chart = colors();
    bars->setBrush(chart.line);
    bars->setPen(QPen(chart.line.darker(130), 1));
    bars->setWidth(0.6);
    QCPGraph* targets = addGraph();
    targets->setName(tr("The member's own target"));
    targets->setLineStyle(QCPGraph::lsNone);
    targets->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(chart.alert, 2), chart.alert, 12));
    double high = 0;
    for (int i = 0; i < members.size(); ++i) {
        if (const std::optional<double> value = NetworkComparison::comparedValue(members[i], indicator)) {
            bars->addData(i + 1, *value);
            high = std::max(high, *value);
            auto* label = new QCPItemText(this);
            label->position->setAxes(xAxis, yAxis);
            label->position->setCoords(i + 1, *value);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setText(NetworkComparison::formatValue(*value));
            label->setColor(chart.text);
        } else {
            auto* label = new QCPItemText(this);
            label->position->setAxes(xAxis, yAxis);
            label->position->setCoords(i + 1, 0);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setText(tr("not measured"));
            label->setColor(chart.reference);
        }
        if (const std::optional<double> target = NetworkComparison::comparedTarget(members[i], indicator)) {
            targets->addData(i + 1, *target);
            high = std::max(high, *target);
        }
    }
    if (indicator.target) {
        // The network's target as a line across all members, with its value written at the right end.
        QCPGraph* line = addGraph();
        line->setName(tr("Network target %1").arg(NetworkComparison::formatValue(*indicator.target)));
        line->setPen(QPen(chart.reference, 2, Qt::DashLine));
        line->addData(0.4, *indicator.target);
        line->addData(members.size() + 0.6, *indicator.target);
        high = std::max(high, *indicator.target);
    }
    yAxis->setRange(0, high > 0 ? high * 1.15 : 1);
    QVector<QStringList> rows;
    int measuring = 0;
    for (const MemberSummary& member : members) {
        const std::optional<double> value = NetworkComparison::comparedValue(member, indicator);
        const std::optional<double> target = NetworkComparison::comparedTarget(member, indicator);
        measuring += value ? 1 : 0;
        rows << QStringList {member.municipality,
                             value ? NetworkComparison::formatValue(*value) : tr("not measured"),
                             target ? NetworkComparison::formatValue(*target) : QString()};
    }
    QString summary = tr("%1: %2 of %n member(s) measure it.", nullptr, int(members.size()))
                          .arg(title().section(QLatin1Char('\n'), 0, 0))
                          .arg(measuring);
    if (indicator.target)
        summary += QLatin1Char(' ')
            + tr("The network's target is %1.").arg(NetworkComparison::formatValue(*indicator.target));
    setFigures(summary, {tr("Member"), tr("Latest value"), tr("Own target")}, rows);
    replot();
}

QString MemberIndicatorChart::figuresAt(const QPoint& position) const
{
    const int index = memberAt(xAxis, position, int(m_members.size()));
    if (index < 0)
        return {};
    const MemberSummary& member = m_members[index];
    const std::optional<double> value = NetworkComparison::comparedValue(member, m_indicator);
    if (!value)
        return tr("%1 does not measure this.").arg(member.municipality);
    const std::optional<double> target = NetworkComparison::comparedTarget(member, m_indicator);
    return target
        ? tr("%1: %2 (target %3)")
              .arg(member.municipality, NetworkComparison::formatValue(*value), NetworkComparison::formatValue(*target))
        : tr("%1: %2").arg(member.municipality, NetworkComparison::formatValue(*value));
}

FocusAreaRadarChart::FocusAreaRadarChart(QWidget* parent)
    : RadarChart(parent)
{
    setObjectName(QStringLiteral("focusAreaRadarChart"));
    setTitle(tr("Mean progress per focus area"));
}

void FocusAreaRadarChart::setData(const QVector<MemberSummary>& members, const QString& municipality)
{
    setTitle(tr("Mean progress per focus area: %1 and the network").arg(municipality));
    const QStringList areas = NetworkComparison::sharedAreas(members);
    const MemberSummary* chosen = nullptr;
    for (const MemberSummary& member : members) {
        if (member.municipality == municipality)
            chosen = &member;
    }
    QVector<double> own;
    QVector<double> network;
    for (const QString& area : areas) {
        const MemberSummary::Area* ownArea = chosen ? chosen->area(area) : nullptr;
        own << (ownArea ? ownArea->meanProgress : 0.0);
        network << NetworkComparison::networkMeanProgress(members, area).value_or(0.0);
    }
    setSeries(areas, municipality, own, tr("Network average"), network);
}

QString FocusAreaRadarChart::valueText(double value) const
{
    return percentText(value);
}

JointProjectChart::JointProjectChart(QWidget* parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("jointProjectChart"));
    setTitle(tr("Mean progress per member"));
}

void JointProjectChart::setData(const QVector<JointProjectMember>& members, const QString& project)
{
    clearPlottables();
    clearItems();
    m_members = members;
    setTitle(project.isEmpty() ? tr("Mean progress per member") : tr("Mean progress per member: %1").arg(project));
    yAxis->setTicker(memberTicker(members, yAxis->tickLabelFont()));
    yAxis->setRangeReversed(true); // the first member on top, as in the table
    yAxis->setRange(0.4, members.size() + 0.6);
    yAxis->grid()->setVisible(false);
    xAxis->setRange(0, 105);
    xAxis->setLabel(tr("Mean progress of the member's measures in the project (%)"));
    auto* bars = new QCPBars(yAxis, xAxis);
    bars->setName(tr("Mean progress"));
    bars->setBrush(colors().line);
    bars->setPen(QPen(colors().line.darker(130), 1));
    bars->setWidth(0.6);
    for (int i = 0; i < members.size(); ++i) {
        bars->addData(i + 1, members[i].meanProgress);
        labelBar(this,
                 members[i].meanProgress,
                 i + 1,
                 tr("%1 · %2 of %n done", nullptr, members[i].measures)
                     .arg(percentText(members[i].meanProgress))
                     .arg(members[i].done),
                 members[i].meanProgress > 60 ? colors().line : QColor());
    }
    setMinimumHeight(90 + 34 * int(members.size()));
    QVector<QStringList> rows;
    double lowest = 100;
    double highest = 0;
    for (const JointProjectMember& member : members) {
        rows << QStringList {member.municipality,
                             QLocale().toString(member.measures),
                             QLocale().toString(member.done),
                             percentText(member.meanProgress)};
        lowest = std::min(lowest, member.meanProgress);
        highest = std::max(highest, member.meanProgress);
    }
    setFigures(members.isEmpty()
                   ? tr("No member takes part yet.")
                   : tr("%n member(s) in the project, mean progress from %1 to %2.", nullptr, int(members.size()))
                         .arg(percentText(lowest), percentText(highest)),
               {tr("Member"), tr("Measures"), tr("Done"), tr("Mean progress")},
               rows);
    replot();
}

QString JointProjectChart::figuresAt(const QPoint& position) const
{
    const int index = memberAt(yAxis, position, int(m_members.size()));
    if (index < 0)
        return {};
    const JointProjectMember& member = m_members[index];
    return tr("%1: %n measure(s) in the project, %2 done, mean progress %3", nullptr, member.measures)
        .arg(member.municipality)
        .arg(member.done)
        .arg(percentText(member.meanProgress));
}
