// The figures behind the charts, from known inputs.
#include "chartdata.h"

#include <QTest>

using namespace ChartData;

namespace {

Measure measure(qint64 id, qint64 area, const QString& status, const QString& start = {}, const QString& deadline = {})
{
    Measure m;
    m.id = id;
    m.focusAreaId = area;
    m.status = status;
    m.code = QString::number(id);
    m.startText = start;
    m.deadlineText = deadline;
    return m;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<bool>)

class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void statusByFocusArea();
    void meanProgress();
    void expectedLine();
    void onTrack_data();
    void onTrack();
    void timelineBounds_data();
    void timelineBounds();
};

void TestChartData::statusByFocusArea()
{
    const QVector<FocusArea> areas
        = {{2, 1, QStringLiteral("Forsøpling"), 1}, {1, 1, QStringLiteral("Kartlegging"), 0}};
    const QVector<Measure> measures = {measure(1, 1, QStringLiteral("done")),
                                       measure(2, 1, QStringLiteral("done")),
                                       measure(3, 2, QStringLiteral("delayed")),
                                       measure(4, 0, QStringLiteral("planned")),
                                       measure(5, 1, QStringLiteral("in_progress"))};
    const QVector<AreaStatusCounts> counts = ChartData::statusByFocusArea(areas, measures);
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts[0].area, QStringLiteral("Kartlegging")); // in the plan's order
    QCOMPARE(counts[0].byStatus.value(QStringLiteral("done")), 2);
    QCOMPARE(counts[0].byStatus.value(QStringLiteral("in_progress")), 1);
    QCOMPARE(counts[0].total(), 3);
    QCOMPARE(counts[1].area, QStringLiteral("Forsøpling"));
    QCOMPARE(counts[1].byStatus.value(QStringLiteral("delayed")), 1);
    QCOMPARE(counts[2].area, QString()); // without a focus area, last
    QCOMPARE(counts[2].total(), 1);
}

void TestChartData::meanProgress()
{
    const QVector<Measure> measures = {measure(1, 0, QStringLiteral("in_progress")),
                                       measure(2, 0, QStringLiteral("done")),
                                       measure(3, 0, QStringLiteral("cancelled"))};
    const QVector<ProgressUpdate> history = {
        {0, 2, QDate(2025, 3, 1), QStringLiteral("in_progress"), 50, {}},
        {0, 1, QDate(2025, 1, 1), QStringLiteral("in_progress"), 20, {}},
        {0, 3, QDate(2025, 2, 1), QStringLiteral("in_progress"), 90, {}}, // cancelled: left out
        {0, 1, QDate(2025, 3, 1), QStringLiteral("in_progress"), 40, {}},
        {0, 2, QDate(2025, 6, 1), QStringLiteral("done"), 100, {}},
    };
    const QVector<DatedValue> series = meanProgressOverTime(measures, history);
    const QVector<DatedValue> expected = {{QDate(2025, 1, 1), 10}, {QDate(2025, 3, 1), 45}, {QDate(2025, 6, 1), 70}};
    QCOMPARE(series, expected);
    QVERIFY(meanProgressOverTime({}, history).isEmpty());
}

void TestChartData::expectedLine()
{
    const QVector<DatedValue> line = expectedProgress(2024, 2027);
    QCOMPARE(line.size(), 2);
    QCOMPARE(line[0], (DatedValue {QDate(2024, 1, 1), 0}));
    QCOMPARE(line[1], (DatedValue {QDate(2027, 12, 31), 100}));
    QVERIFY(expectedProgress(2027, 2024).isEmpty());
    QVERIFY(expectedProgress(0, 2024).isEmpty());
}

void TestChartData::onTrack_data()
{
    QTest::addColumn<QString>("direction");
    QTest::addColumn<double>("latest");
    QTest::addColumn<int>("latestYear");
    QTest::addColumn<double>("expected");
    QTest::addColumn<std::optional<bool>>("onTrack");
    // Baseline 2020: 20, target 2025: 50 (higher) — or 400 → 200 (lower).
    QTest::newRow("higher, ahead") << QStringLiteral("higher") << 35.0 << 2022 << 32.0 << std::optional<bool>(true);
    QTest::newRow("higher, exactly") << QStringLiteral("higher") << 32.0 << 2022 << 32.0 << std::optional<bool>(true);
    QTest::newRow("higher, behind") << QStringLiteral("higher") << 25.0 << 2022 << 32.0 << std::optional<bool>(false);
    QTest::newRow("higher, past target year")
        << QStringLiteral("higher") << 48.0 << 2027 << 50.0 << std::optional<bool>(false);
    QTest::newRow("lower, ahead") << QStringLiteral("lower") << 300.0 << 2022 << 320.0 << std::optional<bool>(true);
    QTest::newRow("lower, behind") << QStringLiteral("lower") << 350.0 << 2022 << 320.0 << std::optional<bool>(false);
    QTest::newRow("lower, before baseline")
        << QStringLiteral("lower") << 410.0 << 2019 << 400.0 << std::optional<bool>(false);
}

void TestChartData::onTrack()
{
    QFETCH(QString, direction);
    QFETCH(double, latest);
    QFETCH(int, latestYear);
    QFETCH(double, expected);
    QFETCH(std::optional<bool>, onTrack);
    Indicator indicator;
    indicator.direction = direction;
    const bool higher = direction == QLatin1String("higher");
    indicator.baselineYear = 2020;
    indicator.baselineValue = higher ? 20 : 400;
    indicator.targetYear = 2025;
    indicator.targetValue = higher ? 50 : 200;
    const IndicatorTrack track
        = indicatorTrack(indicator, {{0, 1, latestYear - 1, higher ? 0.0 : 999.0}, {0, 1, latestYear, latest}});
    QVERIFY(track.hasTrajectory);
    QCOMPARE(track.latest->year, latestYear);
    QCOMPARE(*track.expectedAtLatest, expected);
    QCOMPARE(track.onTrack, onTrack);

    Indicator noTarget = indicator;
    noTarget.targetValue.reset();
    QVERIFY(!indicatorTrack(noTarget, {{0, 1, latestYear, latest}}).onTrack.has_value());
    QVERIFY(!indicatorTrack(indicator, {}).onTrack.has_value());
}

void TestChartData::timelineBounds_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("overdue");
    // Today is 15.1.2026.
    QTest::newRow("date") << QStringLiteral("2025") << QStringLiteral("31.12.2025") << QStringLiteral("in_progress")
                          << QDate(2025, 1, 1) << QDate(2025, 12, 31) << true;
    QTest::newRow("month") << QStringLiteral("mai 2025") << QStringLiteral("des. 2026") << QStringLiteral("planned")
                           << QDate(2025, 5, 1) << QDate(2026, 12, 31) << false;
    QTest::newRow("quarter, no start") << QString() << QStringLiteral("Q1 2026") << QStringLiteral("in_progress")
                                       << QDate(2026, 1, 1) << QDate(2026, 3, 31) << false;
    QTest::newRow("half-year") << QStringLiteral("2024") << QStringLiteral("2. halvår 2025")
                               << QStringLiteral("delayed") << QDate(2024, 1, 1) << QDate(2025, 12, 31) << true;
    QTest::newRow("year, done") << QStringLiteral("2023") << QStringLiteral("2024") << QStringLiteral("done")
                                << QDate(2023, 1, 1) << QDate(2024, 12, 31) << false;
    QTest::newRow("range") << QString() << QStringLiteral("2025–2027") << QStringLiteral("in_progress")
                           << QDate(2025, 1, 1) << QDate(2027, 12, 31) << false;
    QTest::newRow("start after deadline")
        << QStringLiteral("2027") << QStringLiteral("Q2 2026") << QStringLiteral("planned") << QDate(2026, 4, 1)
        << QDate(2026, 6, 30) << false;
}

void TestChartData::timelineBounds()
{
    QFETCH(QString, start);
    QFETCH(QString, deadline);
    QFETCH(QString, status);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, overdue);
    const std::optional<TimelineBar> bar = timelineBar(measure(7, 0, status, start, deadline), QDate(2026, 1, 15));
    QVERIFY(bar);
    QCOMPARE(bar->from, from);
    QCOMPARE(bar->to, to);
    QCOMPARE(bar->overdue, overdue);
    QVERIFY(!timelineBar(measure(8, 0, status, start, QStringLiteral("løpende")), QDate(2026, 1, 15)));
    QVERIFY(!timelineBar(measure(9, 0, status, start, QString()), QDate(2026, 1, 15)));
}

QTEST_GUILESS_MAIN(TestChartData)
#include "test_chartdata.moc"
