#include "dashboardpane.h"

#include "dashboardcharts.h"
#include "stores.h"

#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

DashboardPane::DashboardPane(QWidget* parent)
    : QWidget(parent)
    , m_refreshTimer(new QTimer(this))
    , m_empty(new QLabel(this))
    , m_status(new StatusByAreaChart(this))
    , m_progress(new ProgressChart(this))
    , m_timeline(new TimelineChart(this))
    , m_indicators(new QVBoxLayout)
{
    setObjectName(QStringLiteral("dashboard"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(60);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPane::refresh);
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_empty);
    column->addWidget(m_status);
    column->addWidget(m_progress);
    column->addLayout(m_indicators);
    column->addWidget(m_timeline);
    column->addStretch();
    // Charts take the dock's width (they scroll down, never sideways).
    for (QWidget* chart : std::initializer_list<QWidget*> {m_status, m_progress, m_timeline})
        chart->setMinimumWidth(240);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    refresh();
}

void DashboardPane::setStores(Stores* stores)
{
    m_stores = stores;
    m_planId = 0;
    if (stores) {
        for (Store* store : std::initializer_list<Store*> {&stores->measures,
                                                           &stores->progressUpdates,
                                                           &stores->focusAreas,
                                                           &stores->indicators,
                                                           &stores->indicatorValues,
                                                           &stores->plans}) {
            connect(store, &Store::added, this, &DashboardPane::scheduleRefresh);
            connect(store, &Store::changed, this, &DashboardPane::scheduleRefresh);
            connect(store, &Store::removed, this, &DashboardPane::scheduleRefresh);
        }
    }
    refresh();
}

void DashboardPane::setPlan(qint64 planId)
{
    m_planId = planId;
    refresh();
}

void DashboardPane::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

int DashboardPane::indicatorChartCount() const
{
    return int(m_indicatorCharts.size());
}

void DashboardPane::scheduleRefresh()
{
    m_refreshTimer->start();
}

void DashboardPane::refresh()
{
    m_refreshTimer->stop();
    const std::optional<Plan> plan = m_stores && m_planId > 0 ? m_stores->plans.get(m_planId) : std::nullopt;
    m_empty->setVisible(!plan);
    m_empty->setText(tr("Choose a plan to see its charts."));
    for (QWidget* chart : std::initializer_list<QWidget*> {m_status, m_progress, m_timeline})
        chart->setVisible(plan.has_value());
    qDeleteAll(m_indicatorCharts);
    m_indicatorCharts.clear();
    if (!plan)
        return;
    const QString byPlan = QStringLiteral("plan_id");
    const QVector<Measure> measures = m_stores->measures.list(byPlan, m_planId);
    QVector<ProgressUpdate> history;
    QVector<ChartData::TimelineBar> bars;
    for (const Measure& measure : measures) {
        history << m_stores->progressUpdates.list(QStringLiteral("measure_id"), measure.id);
        if (const std::optional<ChartData::TimelineBar> bar = ChartData::timelineBar(measure, m_today))
            bars << *bar;
    }
    m_status->setData(ChartData::statusByFocusArea(m_stores->focusAreas.list(byPlan, m_planId), measures));
    m_progress->setData(ChartData::meanProgressOverTime(measures, history),
                        ChartData::expectedProgress(plan->periodFrom, plan->periodTo),
                        m_today);
    m_timeline->setData(bars, m_today);
    for (const Indicator& indicator : m_stores->indicators.list(byPlan, m_planId, QStringLiteral("position, id"))) {
        auto* chart = new IndicatorChart(this);
        chart->setMinimumWidth(240);
        chart->setData(indicator, m_stores->indicatorValues.list(QStringLiteral("indicator_id"), indicator.id));
        m_indicators->addWidget(chart);
        chart->show(); // the pane is already visible: a new child shows only when told
        m_indicatorCharts << chart;
    }
}
