#pragma once

#include "chartwidget.h"

// A radar (QCPPolarGraph): one spoke per name, one series drawn over a reference series (dashed, shaded grey), on a
// radial scale from 0. The network view draws progress per focus area on it, the self-assessment scores per circular
// strategy.
class RadarChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit RadarChart(QWidget* parent = nullptr);
    // The radial axis from 0 to maximum, a ring every step.
    void setScale(double maximum, double step);
    void setSeries(const QStringList& spokes,
                   const QString& ownName,
                   const QVector<double>& own,
                   const QString& referenceName,
                   const QVector<double>& reference);
    // What is drawn, for tests and the tooltip.
    QStringList spokes() const { return m_spokes; }
    QVector<double> ownValues() const { return m_ownValues; }
    QVector<double> referenceValues() const { return m_referenceValues; }
    QString figuresAt(const QPoint& position) const override;

protected:
    // A value as the tooltip writes it.
    virtual QString valueText(double value) const;

private:
    QCPPolarAxisAngular* m_angular;
    QCPPolarGraph* m_reference;
    QCPPolarGraph* m_own;
    QStringList m_spokes;
    QVector<double> m_ownValues;
    QVector<double> m_referenceValues;
};
