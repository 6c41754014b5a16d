#pragma once

#include <QDate>
#include <QWidget>

class IndicatorChart;
class ProgressChart;
class QLabel;
class QTimer;
class QVBoxLayout;
class StatusByAreaChart;
class Stores;
class TimelineChart;

// The dashboard of the shown plan: status by focus area, progress over time, deadlines, and each indicator against
// its target. It follows every edit (through the stores' signals, gathered so a burst of edits redraws once).
class DashboardPane : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPane(QWidget* parent = nullptr);

    void setStores(Stores* stores);
    void setPlan(qint64 planId);
    void setToday(const QDate& today);
    int indicatorChartCount() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void refresh();

    Stores* m_stores = nullptr;
    qint64 m_planId = 0;
    QDate m_today = QDate::currentDate();
    QTimer* m_refreshTimer;
    bool m_stale = false; // a redraw put off while the pane was out of sight
    QLabel* m_empty;
    StatusByAreaChart* m_status;
    ProgressChart* m_progress;
    TimelineChart* m_timeline;
    QVBoxLayout* m_indicators;
    QVector<IndicatorChart*> m_indicatorCharts;
};
