#include "dashboardpane.h"

#include "dashboardcharts.h"
#include "scrolledpane.h"

#include "stores.h"
#include <QScrollArea>

#include <QEvent>
#include <QLabel>
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
    setAccessibleName(tr("Dashboard"));
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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(ScrolledPane::wrap(content, ScrolledPane::Direction::DownOnly));
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

void DashboardPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Dashboard"));
        scheduleRefresh(); // titles, legends and axis labels are drawn in the new language
    }
    // Charts draw their data in the palette's colours: a new palette (high contrast) draws them again.
    if (event->type() == QEvent::PaletteChange)
        scheduleRefresh();
    QWidget::changeEvent(event);
}

void DashboardPane::scheduleRefresh()
{
    m_refreshTimer->start();
}

void DashboardPane::showEvent(QShowEvent* event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void DashboardPane::refresh()
{
    m_refreshTimer->stop();
    // Out of sight in a window that is shown (a tab behind the measure details, a closed dock): switching plans and
    // editing do not pay for charts nobody sees; they are drawn when the pane comes into view.
    m_stale = !isVisible() && window()->isVisible();
    if (m_stale)
        return;
    const std::optional<Plan> plan = m_stores && m_planId > 0 ? m_stores->plans.get(m_planId) : std::nullopt;
    m_empty->setVisible(!plan);
    m_empty->setText(tr("Choose a plan to see its charts."));
    for (QWidget* chart : std::initializer_list<QWidget*> {m_status, m_progress, m_timeline})
        chart->setVisible(plan.has_value());
    qDeleteAll(m_indicatorCharts);
    m_indicatorCharts.clear();
    if (!plan)
        return;
    const ChartData::PlanCharts charts = ChartData::planCharts(
        *m_stores, *plan, m_stores->measures.list(QStringLiteral("plan_id"), m_planId), m_today);
    m_status->setData(charts.areas);
    m_progress->setData(charts.progress, charts.expected, m_today);
    m_timeline->setData(charts.timeline, m_today);
    for (const ChartData::PlanCharts::IndicatorSeries& series : charts.indicators) {
        auto* chart = new IndicatorChart(this);
        chart->setMinimumWidth(240);
        chart->setData(series.indicator, series.values);
        m_indicators->addWidget(chart);
        chart->show(); // the pane is already visible: a new child shows only when told
        m_indicatorCharts << chart;
    }
}
