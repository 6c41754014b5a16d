// Figures as Norwegian documents write them (Language::format*), one place for the report, the site and the tables:
// no-break space before the unit or sign, Norwegian digit grouping and decimal comma, English digits for en.
#include "language.h"

#include <QTest>

class TestFigures : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
};

void TestFigures::formats_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");
    // Written with "_" for the no-break space the figures must have.
    const auto row = [](const char* name,
                        const char* language,
                        const char* kind,
                        double value,
                        const char* unit,
                        const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(language) << QString::fromUtf8(kind) << value
                            << QString::fromUtf8(unit)
                            << QString::fromUtf8(expected).replace(QLatin1Char('_'), QChar(0x00a0));
    };
    row("share, rounded", "nb", "percent", 0.6249, "", "62_%");
    row("share, whole", "nb", "percent", 1.0, "", "100_%");
    row("whole number", "nb", "number", 12345.0, "", "12_345");
    row("one decimal, comma", "nn", "number", 12345.5, "", "12_345,5");
    row("English digits", "en", "number", 12345.5, "", "12,345.5");
    row("quantity", "nb", "quantity", 412.0, "stk.", "412_stk.");
    row("quantity without unit", "nb", "quantity", 7.0, "", "7");
    row("kroner", "nb", "kroner", 80000.4, "", "80_000_kr");
}

void TestFigures::formats()
{
    QFETCH(QString, language);
    QFETCH(QString, kind);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    const ScopedLanguage speaking(language);
    const QString actual = kind == QLatin1String("percent") ? Language::formatPercent(value)
        : kind == QLatin1String("number")                   ? Language::formatNumber(value)
        : kind == QLatin1String("quantity")                 ? Language::formatQuantity(value, unit)
                                                            : Language::formatKroner(value);
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestFigures)
#include "test_figures.moc"
