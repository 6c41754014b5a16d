#pragma once

// The network view's charts. Each draws figures that models/ computed (NetworkComparison); none reads the database.

#include "chartwidget.h"
#include "jointprojectmodel.h"
#include "networkcomparison.h"
#include "radarchart.h"

// Per member, side by side: the share of its measures done and the share overdue (of those not cancelled), with the
// counts written on the bars.
class MemberProgressChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit MemberProgressChart(QWidget* parent = nullptr);
    void setData(const QVector<MemberSummary>& members);
    QString figuresAt(const QPoint& position) const override;

private:
    QVector<MemberSummary> m_members;
};

// One indicator across the members: a bar per member with its latest value (per 1,000 inhabitants where the
// indicator is an amount), each member's own target marked, and the network's target as a line.
class MemberIndicatorChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit MemberIndicatorChart(QWidget* parent = nullptr);
    void setData(const QVector<MemberSummary>& members, const SharedIndicator& indicator);
    QString figuresAt(const QPoint& position) const override;

private:
    QVector<MemberSummary> m_members;
    SharedIndicator m_indicator;
};

// A radar: one spoke per focus area the members share, the chosen member's mean progress per area over the network's
// average.
class FocusAreaRadarChart : public RadarChart
{
    Q_OBJECT

public:
    explicit FocusAreaRadarChart(QWidget* parent = nullptr);
    void setData(const QVector<MemberSummary>& members, const QString& municipality);
    QStringList areas() const { return spokes(); }
    QVector<double> memberValues() const { return ownValues(); }
    QVector<double> networkValues() const { return referenceValues(); }

protected:
    QString valueText(double value) const override;
};

// A joint project: a bar per participating member with the mean progress of its measures in the project.
class JointProjectChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit JointProjectChart(QWidget* parent = nullptr);
    void setData(const QVector<JointProjectMember>& members, const QString& project);
    QString figuresAt(const QPoint& position) const override;

private:
    QVector<JointProjectMember> m_members;
};
