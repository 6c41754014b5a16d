#include "radarchart.h"

#include "statuscolors.h"

#include <QLocale>

#include <cmath>

RadarChart::RadarChart(QWidget* parent)
    : ChartWidget(parent)
{
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
    m_angular->radialAxis()->setRangeDrag(false);
    m_angular->radialAxis()->setRangeZoom(false);
    m_angular->radialAxis()->setTickLabelMode(QCPPolarAxisRadial::lmUpright);
    m_angular->radialAxis()->setAngle(90);
    m_angular->grid()->setSubGridType(QCPPolarGrid::gtNone);
    // Room for the spokes' names left and right of the circle: the polar axis does not reserve it itself.
    m_angular->setAutoMargins(QCP::msNone);
    m_angular->setMargins(QMargins(110, 28, 110, 28));
    m_reference = new QCPPolarGraph(m_angular, m_angular->radialAxis());
    m_own = new QCPPolarGraph(m_angular, m_angular->radialAxis());
    setScale(100, 25);
    setMinimumHeight(380);
}

void RadarChart::setScale(double maximum, double step)
{
    m_angular->radialAxis()->setRange(0, maximum);
    QSharedPointer<QCPAxisTickerFixed> rings(new QCPAxisTickerFixed);
    rings->setTickStep(step);
    m_angular->radialAxis()->setTicker(rings);
}

void RadarChart::setSeries(const QStringList& spokes,
                           const QString& ownName,
                           const QVector<double>& own,
                           const QString& referenceName,
                           const QVector<double>& reference)
{
    m_spokes = spokes;
    m_ownValues = own;
    m_referenceValues = reference;
    m_own->setName(ownName);
    m_reference->setName(referenceName);
    // The network's average dashed and shaded, the member's own solid with circles: told apart by more than colour.
    const ChartPalette chart = colors();
    QColor shade = chart.reference;
    shade.setAlpha(40);
    m_reference->setPen(QPen(chart.reference, 2, Qt::DashLine));
    m_reference->setBrush(shade);
    shade = chart.line;
    shade.setAlpha(50);
    m_own->setPen(QPen(chart.line, 2.5));
    m_own->setBrush(shade);
    m_own->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(chart.line, 2), chart.background, 7));
    m_angular->setTickLabelColor(chart.text);
    m_angular->radialAxis()->setTickLabelColor(chart.text);
    m_angular->setBasePen(QPen(chart.text, 1));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int count = int(spokes.size());
    QVector<double> angles;
    QVector<double> ownPoints;
    QVector<double> referencePoints;
    for (int i = 0; i <= count && count > 0; ++i) {
        // The last point repeats the first, at 360°, so that the outline closes.
        const int spoke = i % count;
        const double angle = 360.0 * i / count;
        if (i < count)
            ticker->addTick(angle,
                            QFontMetrics(m_angular->tickLabelFont()).elidedText(spokes[spoke], Qt::ElideRight, 170));
        angles << angle;
        ownPoints << own.value(spoke);
        referencePoints << reference.value(spoke);
    }
    m_angular->setTicker(ticker);
    m_reference->setData(angles, referencePoints, true);
    m_own->setData(angles, ownPoints, true);
    QVector<QStringList> rows;
    int highest = 0;
    int lowest = 0;
    for (int i = 0; i < count; ++i) {
        rows << QStringList {spokes[i], valueText(own.value(i)), valueText(reference.value(i))};
        highest = own.value(i) > own.value(highest) ? i : highest;
        lowest = own.value(i) < own.value(lowest) ? i : lowest;
    }
    setFigures(count == 0 ? tr("Nothing to compare.")
                          : tr("%1 against %2 on %n spoke(s): highest %3 (%4), lowest %5 (%6).", nullptr, count)
                                .arg(ownName, referenceName, spokes[highest], valueText(own.value(highest)))
                                .arg(spokes[lowest], valueText(own.value(lowest))),
               {tr("Area"), ownName, referenceName},
               rows);
    replot();
}

QString RadarChart::valueText(double value) const
{
    return QLocale().toString(value, 'f', 1);
}

QString RadarChart::figuresAt(const QPoint& position) const
{
    if (m_spokes.isEmpty() || !m_angular->rect().contains(position))
        return {};
    double angle = 0;
    double radius = 0;
    m_angular->pixelToCoord(position, angle, radius);
    const int count = int(m_spokes.size());
    const int index = int(std::lround(std::fmod(angle + 360.0, 360.0) * count / 360.0)) % count;
    return tr("%1\n%2: %3 · %4: %5")
        .arg(m_spokes[index],
             m_own->name(),
             valueText(m_ownValues.value(index)),
             m_reference->name(),
             valueText(m_referenceValues.value(index)));
}
