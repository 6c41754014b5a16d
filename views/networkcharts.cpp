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

} // namespace

MemberProgressChart::MemberProgressChart(QWidget* parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("memberProgressChart"));
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
            auto* text = new QCPItemText(this);
            text->position->setAxes(xAxis, yAxis);
            text->position->setCoords(value, i + 1 + offset);
            text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            text->setPadding(QMargins(4, 0, 0, 0));
            text->setText(label(members[i]));
            text->setClipToAxisRect(false);
        }
    };
    const auto counted = [](const MemberSummary& member) {
        return std::max(1, member.measures - member.cancelled);
    };
    addBars(
        tr("Done"),
        ChartColors::Line,
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
        ChartColors::Alert,
        0.19,
        [counted](const MemberSummary& member) { return double(member.overdue) / counted(member); },
        [](const MemberSummary& member) { return tr("%n overdue", nullptr, member.overdue); });
    setMinimumHeight(110 + 46 * int(members.size()));
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
    bars->setBrush(ChartColors::Line);
    bars->setPen(QPen(ChartColors::Line.darker(130), 1));
    bars->setWidth(0.6);
    QCPGraph* targets = addGraph();
    targets->setName(tr("The member's own target"));
    targets->setLineStyle(QCPGraph::lsNone);
    targets->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssStar, QPen(ChartColors::Alert, 2), ChartColors::Alert, 12));
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
        } else {
            auto* label = new QCPItemText(this);
            label->position->setAxes(xAxis, yAxis);
            label->position->setCoords(i + 1, 0);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setText(tr("not measured"));
            label->setColor(ChartColors::Reference);
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
        line->setPen(QPen(ChartColors::Reference, 2, Qt::DashLine));
        line->addData(0.4, *indicator.target);
        line->addData(members.size() + 0.6, *indicator.target);
        high = std::max(high, *indicator.target);
    }
    yAxis->setRange(0, high > 0 ? high * 1.15 : 1);
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
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("focusAreaRadarChart"));
    // A polar chart has no place for the default rectangular axes: the angular axis takes their place, and the
    // legend goes below it.
    legend->setVisible(true);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->remove(axisRect());
    m_angular = new QCPPolarAxisAngular(this);
    plotLayout()->addElement(1, 0, m_angular);
    placeLegendBelow(2);
    m_angular->setRange(0, 360);
    m_angular->setRangeDrag(false);
    m_angular->setRangeZoom(false);
    m_angular->setTickLabelMode(QCPPolarAxisAngular::lmUpright);
    m_angular->radialAxis()->setRange(0, 100);
    m_angular->radialAxis()->setRangeDrag(false);
    m_angular->radialAxis()->setRangeZoom(false);
    m_angular->radialAxis()->setTickLabelMode(QCPPolarAxisRadial::lmUpright);
    m_angular->radialAxis()->setAngle(90);
    QSharedPointer<QCPAxisTickerFixed> quarters(new QCPAxisTickerFixed);
    quarters->setTickStep(25);
    m_angular->radialAxis()->setTicker(quarters);
    m_angular->grid()->setSubGridType(QCPPolarGrid::gtNone);
    m_network = new QCPPolarGraph(m_angular, m_angular->radialAxis());
    m_network->setName(tr("Network average"));
    m_network->setPen(QPen(ChartColors::Reference, 2, Qt::DashLine));
    m_network->setBrush(QColor(0x80, 0x80, 0x80, 40));
    m_own = new QCPPolarGraph(m_angular, m_angular->radialAxis());
    m_own->setPen(QPen(ChartColors::Line, 2.5));
    m_own->setBrush(QColor(0x00, 0x72, 0xb2, 50));
    m_own->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(ChartColors::Line, 2), Qt::white, 7));
    setMinimumHeight(380);
}

void FocusAreaRadarChart::setData(const QVector<MemberSummary>& members, const QString& municipality)
{
    m_municipality = municipality;
    m_areas = NetworkComparison::sharedAreas(members);
    m_memberValues.clear();
    m_networkValues.clear();
    setTitle(tr("Mean progress per focus area: %1 and the network").arg(municipality));
    const MemberSummary* chosen = nullptr;
    for (const MemberSummary& member : members) {
        if (member.municipality == municipality)
            chosen = &member;
    }
    m_own->setName(municipality);
    QSharedPointer<QCPAxisTickerText> spokes(new QCPAxisTickerText);
    const int count = int(m_areas.size());
    QVector<double> angles;
    QVector<double> ownValues;
    QVector<double> averages;
    for (int i = 0; i <= count && count > 0; ++i) {
        // The last point repeats the first, at 360°, so that the outline closes.
        const int area = i % count;
        const double angle = 360.0 * i / count;
        if (i < count)
            spokes->addTick(angle,
                            QFontMetrics(m_angular->tickLabelFont()).elidedText(m_areas[area], Qt::ElideRight, 170));
        const double average = NetworkComparison::networkMeanProgress(members, m_areas[area]).value_or(0.0);
        const MemberSummary::Area* ownArea = chosen ? chosen->area(m_areas[area]) : nullptr;
        const double value = ownArea ? ownArea->meanProgress : 0.0;
        angles << angle;
        averages << average;
        ownValues << value;
        if (i < count) {
            m_networkValues << average;
            m_memberValues << value;
        }
    }
    m_angular->setTicker(spokes);
    m_network->setData(angles, averages, true);
    m_own->setData(angles, ownValues, true);
    replot();
}

QString FocusAreaRadarChart::figuresAt(const QPoint& position) const
{
    if (m_areas.isEmpty() || !m_angular->rect().contains(position))
        return {};
    double angle = 0;
    double radius = 0;
    m_angular->pixelToCoord(position, angle, radius);
    const int count = int(m_areas.size());
    const int index = int(std::lround(std::fmod(angle + 360.0, 360.0) * count / 360.0)) % count;
    return tr("%1\n%2: %3 · network average: %4")
        .arg(m_areas[index], m_municipality, percentText(m_memberValues[index]), percentText(m_networkValues[index]));
}

JointProjectChart::JointProjectChart(QWidget* parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("jointProjectChart"));
}

void JointProjectChart::setData(const QVector<JointProjectMember>& members, const QString& project)
{
    clearPlottables();
    clearItems();
    m_members = members;
    setTitle(tr("Mean progress per member: %1").arg(project));
    yAxis->setTicker(memberTicker(members, yAxis->tickLabelFont()));
    yAxis->setRangeReversed(true); // the first member on top, as in the table
    yAxis->setRange(0.4, members.size() + 0.6);
    yAxis->grid()->setVisible(false);
    xAxis->setRange(0, 105);
    xAxis->setLabel(tr("Mean progress of the member's measures in the project (%)"));
    auto* bars = new QCPBars(yAxis, xAxis);
    bars->setName(tr("Mean progress"));
    bars->setBrush(ChartColors::Line);
    bars->setPen(QPen(ChartColors::Line.darker(130), 1));
    bars->setWidth(0.6);
    for (int i = 0; i < members.size(); ++i) {
        bars->addData(i + 1, members[i].meanProgress);
        auto* text = new QCPItemText(this);
        text->position->setAxes(xAxis, yAxis);
        text->position->setCoords(members[i].meanProgress, i + 1);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        text->setPadding(QMargins(4, 0, 0, 0));
        text->setText(tr("%1 · %2 of %n done", nullptr, members[i].measures)
                          .arg(percentText(members[i].meanProgress))
                          .arg(members[i].done));
        text->setClipToAxisRect(false);
    }
    setMinimumHeight(90 + 34 * int(members.size()));
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
