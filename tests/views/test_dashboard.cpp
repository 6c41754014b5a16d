// The dashboard's charts rendered offscreen for each sample plan: the expected plottables and data points are
// there. With ACTIONPLANS_SCREENSHOTS set, each dashboard is also saved as a PNG to look at.
#include "dashboardcharts.h"
#include "dashboardpane.h"
#include "database.h"
#include "datafile.h"
#include "statuscolors.h"
#include "stores.h"
#include "vocabulary.h"

#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void samplePlans();
    void statusesStayApartInBlackAndWhite();
    void drawsOnlyWhenInSight();
};

void TestDashboard::samplePlans()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(DataFile::openOrCreate(db, dir.filePath(QStringLiteral("d.handlingsplan")), true, &error),
             qPrintable(error));
    Stores stores(db);
    DashboardPane pane;
    pane.resize(520, 2400);
    pane.setToday(QDate(2026, 11, 23));
    pane.setStores(&stores);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    for (const PlanSummary& plan : stores.plans.summaries()) {
        pane.setPlan(plan.planId);
        const int indicators = int(stores.indicators.list(QStringLiteral("plan_id"), plan.planId).size());
        QCOMPARE(pane.indicatorChartCount(), indicators);

        auto* status = pane.findChild<StatusByAreaChart*>();
        QVERIFY(status->plottableCount() >= 3); // one stacked bar set per status that occurs
        int counted = 0;
        for (int i = 0; i < status->plottableCount(); ++i) {
            auto* bars = qobject_cast<QCPBars*>(status->plottable(i));
            QVERIFY(bars);
            QCOMPARE(bars->dataCount(), int(stores.focusAreas.list(QStringLiteral("plan_id"), plan.planId).size()));
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                counted += int(it->value);
        }
        QCOMPARE(counted, plan.measureCount); // every measure is in exactly one segment

        auto* progress = pane.findChild<ProgressChart*>();
        QCOMPARE(progress->graphCount(), 2);
        QVERIFY(progress->graph(0)->dataCount() > 3); // the history over two years
        QCOMPARE(progress->graph(1)->dataCount(), 2); // the expected line
        // The "Today" label stays inside the chart, even when today is near the period's end (it was cut off).
        progress->replot();
        for (int i = 0; i < progress->itemCount(); ++i) {
            if (auto* label = qobject_cast<QCPItemText*>(progress->item(i))) {
                QVERIFY2(label->right->pixelPosition().x() <= progress->axisRect()->right() + 1
                             && label->left->pixelPosition().x() >= progress->axisRect()->left() - 1,
                         qPrintable(plan.title));
            }
        }

        auto* timeline = pane.findChild<TimelineChart*>();
        QVERIFY(timeline->itemCount() > plan.measureCount / 2); // a bar per dated measure, and the today line

        for (IndicatorChart* chart : pane.findChildren<IndicatorChart*>()) {
            QVERIFY(chart->graphCount() >= 1);
            QVERIFY(chart->graph(0)->dataCount() >= 1);
        }
        // Hovering gives the exact figures.
        const int firstRowY = int(status->yAxis->coordToPixel(1));
        const QString areaFigures = status->figuresAt(QPoint(status->axisRect()->center().x(), firstRowY));
        QVERIFY2(areaFigures.startsWith(
                     stores.focusAreas.list(QStringLiteral("plan_id"), plan.planId, QStringLiteral("position"))
                         .first()
                         .name),
                 qPrintable(areaFigures));
        const auto point = progress->graph(0)->data()->constBegin();
        const QPointF pixel = progress->graph(0)->coordsToPixels(point->key, point->value);
        QVERIFY2(progress->figuresAt(pixel.toPoint()).startsWith(QStringLiteral("Mean progress")),
                 qPrintable(progress->figuresAt(pixel.toPoint())));
        QVERIFY(progress->figuresAt(QPoint(0, 0)).isEmpty());
        const QString barFigures
            = timeline->figuresAt(QPoint(timeline->axisRect()->center().x(), int(timeline->yAxis->coordToPixel(1))));
        QVERIFY2(barFigures.contains(QStringLiteral(" – ")), qPrintable(barFigures));

        // Each chart saves as the files the context menu offers.
        const QString base = dir.filePath(QStringLiteral("chart-%1").arg(plan.planId));
        QVERIFY(progress->savePng(base + QStringLiteral(".png")));
        QVERIFY(progress->savePdf(base + QStringLiteral(".pdf")));
        QVERIFY(progress->saveSvg(base + QStringLiteral(".svg")));
        QFile svg(base + QStringLiteral(".svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QCoreApplication::processEvents(); // let the layout settle before the picture
        const QImage image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        const QString shots = qEnvironmentVariable("ACTIONPLANS_SCREENSHOTS");
        if (!shots.isEmpty())
            image.save(QStringLiteral("%1/dashboard-%2.png").arg(shots, plan.municipalityNumber));
    }
}

// Behind another tab in a shown window (as the Charts dock sits behind the measure details), switching plans and
// editing redraw nothing (issue 29: a plan switch paid for every chart); the charts are drawn when the tab is chosen.
void TestDashboard::drawsOnlyWhenInSight()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(DataFile::openOrCreate(db, dir.filePath(QStringLiteral("d.handlingsplan")), true, &error),
             qPrintable(error));
    Stores stores(db);
    QTabWidget tabs;
    tabs.addTab(new QWidget, QStringLiteral("Measure details"));
    auto* pane = new DashboardPane;
    tabs.addTab(pane, QStringLiteral("Charts"));
    pane->setStores(&stores);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    const PlanSummary plan = stores.plans.summaries().first();
    pane->setPlan(plan.planId);
    QCOMPARE(pane->indicatorChartCount(), 0);
    tabs.setCurrentIndex(1);
    QCOMPARE(pane->indicatorChartCount(), int(stores.indicators.list(QStringLiteral("plan_id"), plan.planId).size()));
    QVERIFY(pane->indicatorChartCount() > 0);
}

QTEST_MAIN(TestDashboard)
// A council member prints the report on a black-and-white printer: any two statuses whose colours turn into nearly
// the same grey must differ in their hatching.
void TestDashboard::statusesStayApartInBlackAndWhite()
{
    const auto grey = [](const QColor& colour) { // as printers and pdftoppm -gray convert (ITU-R BT.601)
        return 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF();
    };
    const QStringList statuses = Vocabulary::measureStatuses();
    for (int i = 0; i < statuses.size(); ++i) {
        for (int j = i + 1; j < statuses.size(); ++j) {
            const double apart = qAbs(grey(StatusColors::color(statuses[i])) - grey(StatusColors::color(statuses[j])));
            const bool sameHatching = StatusColors::pattern(statuses[i]) == StatusColors::pattern(statuses[j]);
            QVERIFY2(apart >= 0.08 || !sameHatching,
                     qPrintable(QStringLiteral("%1 and %2 print as the same grey (%3 apart) with the same hatching")
                                    .arg(statuses[i], statuses[j])
                                    .arg(apart)));
        }
    }
}

#include "test_dashboard.moc"
