// WCAG 2.1 contrast (issue 27): every chart and status colour against its background in the light, dark and
// high-contrast palettes — text 4.5:1 (1.4.3), lines and edges 3:1 (1.4.11).
#include "colourscheme.h"
#include "statuscolors.h"
#include "vocabulary.h"

#include <QApplication>
#include <QStyleFactory>
#include <QTest>

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ratioMatchesWcagExamples_data();
    void ratioMatchesWcagExamples();
    void chartColoursReachTheirContrast_data();
    void chartColoursReachTheirContrast();
    void statusTextReadsOnItsColour();
    void darkAndLightChartsKeepTheirOwnColours();
};

void TestContrast::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); // a known light palette
}

void TestContrast::ratioMatchesWcagExamples_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    // Reference values from WCAG 2.1's definition and WebAIM's contrast checker.
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x12, 0x34, 0x56) << QColor(0x12, 0x34, 0x56) << 1.0;
    QTest::newRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("#0072b2 on white") << QColor(0x00, 0x72, 0xb2) << QColor(Qt::white) << 5.19;
    QTest::newRow("white on #d55e00") << QColor(Qt::white) << QColor(0xd5, 0x5e, 0x00) << 3.86;
}

void TestContrast::ratioMatchesWcagExamples()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(std::abs(Contrast::ratio(a, b) - ratio) < 0.02, qPrintable(QString::number(Contrast::ratio(a, b))));
    QCOMPARE(Contrast::ratio(a, b), Contrast::ratio(b, a));
}

void TestContrast::chartColoursReachTheirContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("ours"); // a scheme of the app's own, whose every colour pair it answers for
    QTest::newRow("light (Fusion)") << ColourScheme::palette(QString()) << false;
    QTest::newRow("dark") << ColourScheme::palette(QStringLiteral("dark")) << true;
    QTest::newRow("high contrast") << ColourScheme::palette(QStringLiteral("high-contrast")) << true;
    // A white high-contrast theme, as some desktops have: black on white.
    QPalette white;
    white.setColor(QPalette::Base, Qt::white);
    white.setColor(QPalette::Text, Qt::black);
    QTest::newRow("high contrast, white") << white << false;
}

void TestContrast::chartColoursReachTheirContrast()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, ours);
    const ChartPalette chart = ChartPalette::of(palette);
    const auto check = [&chart](const char* what, const QColor& color, double needed) {
        const double ratio = Contrast::ratio(color, chart.background);
        QVERIFY2(ratio >= needed,
                 qPrintable(QStringLiteral("%1 %2 on %3: %4:1, needs %5:1")
                                .arg(QLatin1String(what), color.name(), chart.background.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(needed)));
    };
    check("text", chart.text, 4.5);
    check("series line", chart.line, 3.0);
    check("alert (also text)", chart.alert, 4.5);
    check("reference (also text)", chart.reference, 4.5);
    check("warning text", chart.warning, 4.5);
    // Every status's bar has an edge that stands out from the background, and its count is written in a colour that
    // reads on the bar.
    for (const QString& status : Vocabulary::measureStatuses()) {
        check(qPrintable(QStringLiteral("edge of %1").arg(status)), chart.statusEdge(status), 3.0);
        QVERIFY2(Contrast::ratio(StatusColors::textColor(status), StatusColors::color(status)) >= 4.5,
                 qPrintable(status));
    }
    if (!ours)
        return;
    // The scheme's own text and selection.
    QVERIFY(Contrast::ratio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5);
    QVERIFY(Contrast::ratio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 4.5);
    QVERIFY(Contrast::ratio(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
}

void TestContrast::statusTextReadsOnItsColour()
{
    // Vermillion (blocked) takes black: white on it is only 3.9:1. This failed before textColor compared contrast.
    QCOMPARE(StatusColors::textColor(QStringLiteral("blocked")), QColor(Qt::black));
    QCOMPARE(StatusColors::textColor(QStringLiteral("in_progress")), QColor(Qt::white));
}

void TestContrast::darkAndLightChartsKeepTheirOwnColours()
{
    // The fallback to the text colour is for odd themes: the app's own palettes keep blue, vermillion and grey apart.
    for (const QString& scheme : {QString(), QStringLiteral("dark")}) {
        const ChartPalette chart = ChartPalette::of(ColourScheme::palette(scheme));
        QVERIFY(chart.line != chart.text);
        QVERIFY(chart.alert != chart.text);
        QVERIFY(chart.reference != chart.text);
        QVERIFY(chart.line != chart.alert && chart.alert != chart.reference);
    }
}

QTEST_MAIN(TestContrast)
#include "test_contrast.moc"
