// The deadline parser against what real Norwegian plans print, and against what they must not be mistaken for.
#include "deadline.h"
#include "entities.h"

#include <QTest>

class TestDeadline : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void codeRoundTrip_data();
    void codeRoundTrip();
    void overdue();
    void measureRules_data();
    void measureRules();
};

void TestDeadline::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("code");
    using K = Deadline::Kind;
    auto row = [](const char* name, const QString& text, K kind, QDate first, QDate last, const char* code) {
        QTest::newRow(name) << text << int(kind) << first << last << QString::fromUtf8(code);
    };
    row("dd.mm.yyyy", QStringLiteral("31.12.2025"), K::Date, {2025, 12, 31}, {2025, 12, 31}, "2025-12-31");
    row("d.m.yyyy", QStringLiteral("1.3.2026"), K::Date, {2026, 3, 1}, {2026, 3, 1}, "2026-03-01");
    row("iso date", QStringLiteral("2025-12-31"), K::Date, {2025, 12, 31}, {2025, 12, 31}, "2025-12-31");
    row("slashes", QStringLiteral("15/06/2025"), K::Date, {2025, 6, 15}, {2025, 6, 15}, "2025-06-15");
    row("leap day", QStringLiteral("29.02.2028"), K::Date, {2028, 2, 29}, {2028, 2, 29}, "2028-02-29");
    row("spaces around", QStringLiteral("  31.12.2025 "), K::Date, {2025, 12, 31}, {2025, 12, 31}, "2025-12-31");
    row("des. 2025", QStringLiteral("des. 2025"), K::Month, {2025, 12, 1}, {2025, 12, 31}, "2025-12");
    row("des 2025", QStringLiteral("des 2025"), K::Month, {2025, 12, 1}, {2025, 12, 31}, "2025-12");
    row("desember 2025", QStringLiteral("desember 2025"), K::Month, {2025, 12, 1}, {2025, 12, 31}, "2025-12");
    row("Desember capital", QStringLiteral("Desember 2025"), K::Month, {2025, 12, 1}, {2025, 12, 31}, "2025-12");
    row("februar", QStringLiteral("februar 2024"), K::Month, {2024, 2, 1}, {2024, 2, 29}, "2024-02");
    row("mai", QStringLiteral("mai 2026"), K::Month, {2026, 5, 1}, {2026, 5, 31}, "2026-05");
    row("okt.", QStringLiteral("okt. 2025"), K::Month, {2025, 10, 1}, {2025, 10, 31}, "2025-10");
    row("sept", QStringLiteral("sept. 2025"), K::Month, {2025, 9, 1}, {2025, 9, 30}, "2025-09");
    row("English month", QStringLiteral("December 2025"), K::Month, {2025, 12, 1}, {2025, 12, 31}, "2025-12");
    row("mm.yyyy", QStringLiteral("06.2025"), K::Month, {2025, 6, 1}, {2025, 6, 30}, "2025-06");
    row("iso month", QStringLiteral("2025-06"), K::Month, {2025, 6, 1}, {2025, 6, 30}, "2025-06");
    row("Q4 2025", QStringLiteral("Q4 2025"), K::Quarter, {2025, 10, 1}, {2025, 12, 31}, "2025-Q4");
    row("q1 lower", QStringLiteral("q1 2026"), K::Quarter, {2026, 1, 1}, {2026, 3, 31}, "2026-Q1");
    row("Q2-2025", QStringLiteral("Q2-2025"), K::Quarter, {2025, 4, 1}, {2025, 6, 30}, "2025-Q2");
    row("4. kvartal 2025", QStringLiteral("4. kvartal 2025"), K::Quarter, {2025, 10, 1}, {2025, 12, 31}, "2025-Q4");
    row("3. kv. 2025", QStringLiteral("3. kv. 2025"), K::Quarter, {2025, 7, 1}, {2025, 9, 30}, "2025-Q3");
    row("2025-Q3", QStringLiteral("2025-Q3"), K::Quarter, {2025, 7, 1}, {2025, 9, 30}, "2025-Q3");
    row("2. tertial 2025", QStringLiteral("2. tertial 2025"), K::Tertial, {2025, 5, 1}, {2025, 8, 31}, "2025-T2");
    row("T3 2025", QStringLiteral("T3 2025"), K::Tertial, {2025, 9, 1}, {2025, 12, 31}, "2025-T3");
    row("2. halvår 2025", QStringLiteral("2. halvår 2025"), K::Half, {2025, 7, 1}, {2025, 12, 31}, "2025-H2");
    row("1. halvår 2026", QStringLiteral("1. halvår 2026"), K::Half, {2026, 1, 1}, {2026, 6, 30}, "2026-H1");
    row("første halvår", QStringLiteral("første halvår 2026"), K::Half, {2026, 1, 1}, {2026, 6, 30}, "2026-H1");
    row("andre halvår", QStringLiteral("andre halvår 2026"), K::Half, {2026, 7, 1}, {2026, 12, 31}, "2026-H2");
    row("H2 2025", QStringLiteral("H2 2025"), K::Half, {2025, 7, 1}, {2025, 12, 31}, "2025-H2");
    row("year", QStringLiteral("2025"), K::Year, {2025, 1, 1}, {2025, 12, 31}, "2025");
    row("innen 2030", QStringLiteral("innen 2030"), K::Year, {2030, 1, 1}, {2030, 12, 31}, "2030");
    row("range en dash", QStringLiteral("2025–2027"), K::YearRange, {2025, 1, 1}, {2027, 12, 31}, "2025/2027");
    row("range hyphen", QStringLiteral("2025-2027"), K::YearRange, {2025, 1, 1}, {2027, 12, 31}, "2025/2027");
    row("range spaced", QStringLiteral("2025 - 2027"), K::YearRange, {2025, 1, 1}, {2027, 12, 31}, "2025/2027");
    row("løpende", QStringLiteral("løpende"), K::Ongoing, {}, {}, "ongoing");
    row("Løpende capital", QStringLiteral("Løpende"), K::Ongoing, {}, {}, "ongoing");
    row("kontinuerlig", QStringLiteral("kontinuerlig"), K::Ongoing, {}, {}, "ongoing");
    row("løpande nynorsk", QStringLiteral("løpande"), K::Ongoing, {}, {}, "ongoing");
    row("ongoing", QStringLiteral("ongoing"), K::Ongoing, {}, {}, "ongoing");
    row("empty", QString(), K::None, {}, {}, "");
    row("blank", QStringLiteral("   "), K::None, {}, {}, "");
}

void TestDeadline::parse()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, code);
    QString error;
    const std::optional<Deadline> deadline = Deadline::parse(text, &error);
    QVERIFY2(deadline.has_value(), qPrintable(error));
    QCOMPARE(int(deadline->kind()), kind);
    QCOMPARE(deadline->firstDay(), first);
    QCOMPARE(deadline->lastDay(), last);
    QCOMPARE(deadline->code(), code);
    QCOMPARE(deadline->text(), text.trimmed());
}

void TestDeadline::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("31.02.2025") << QStringLiteral("31.02.2025") << QStringLiteral("no such date");
    QTest::newRow("29.02.2025") << QStringLiteral("29.02.2025") << QStringLiteral("no such date");
    QTest::newRow("2025-13-01") << QStringLiteral("2025-13-01") << QStringLiteral("no such date");
    QTest::newRow("Q5 2025") << QStringLiteral("Q5 2025") << QStringLiteral("no quarter 5");
    QTest::newRow("Q0 2025") << QStringLiteral("Q0 2025") << QStringLiteral("no quarter 0");
    QTest::newRow("5. kvartal 2025") << QStringLiteral("5. kvartal 2025") << QStringLiteral("no quarter 5");
    QTest::newRow("13.2025") << QStringLiteral("13.2025") << QStringLiteral("no month 13");
    QTest::newRow("2025-00") << QStringLiteral("2025-00") << QStringLiteral("no month 0");
    QTest::newRow("3. halvår 2025") << QStringLiteral("3. halvår 2025") << QStringLiteral("no half-year 3");
    QTest::newRow("4. tertial 2025") << QStringLiteral("4. tertial 2025") << QStringLiteral("no tertial 4");
    QTest::newRow("backwards range") << QStringLiteral("2027–2025") << QStringLiteral("ends before it starts");
    QTest::newRow("year 1066") << QStringLiteral("1066") << QStringLiteral("outside");
    QTest::newRow("unknown month") << QStringLiteral("smarch 2025") << QStringLiteral("is not a deadline");
    QTest::newRow("words") << QStringLiteral("snart") << QStringLiteral("is not a deadline");
    QTest::newRow("two-digit year") << QStringLiteral("31.12.25") << QStringLiteral("is not a deadline");
    QTest::newRow("text after") << QStringLiteral("2025 eller senere") << QStringLiteral("is not a deadline");
}

void TestDeadline::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!Deadline::parse(text, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("“%1”").arg(text)), qPrintable(error)); // quotes the text
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestDeadline::codeRoundTrip_data()
{
    parse_data();
}

void TestDeadline::codeRoundTrip()
{
    QFETCH(QString, text);
    const Deadline parsed = *Deadline::parse(text);
    const Deadline restored = Deadline::fromCode(parsed.code(), parsed.text());
    QCOMPARE(restored.kind(), parsed.kind());
    QCOMPARE(restored.firstDay(), parsed.firstDay());
    QCOMPARE(restored.lastDay(), parsed.lastDay());
    QCOMPARE(restored.text(), parsed.text().isEmpty() ? parsed.code() : parsed.text());
}

void TestDeadline::overdue()
{
    const QDate today(2026, 1, 10);
    QVERIFY(Deadline::parse(QStringLiteral("Q4 2025"))->hasPassed(today));
    QVERIFY(!Deadline::parse(QStringLiteral("Q1 2026"))->hasPassed(today)); // the quarter's end counts
    QVERIFY(!Deadline::parse(QStringLiteral("2025–2026"))->hasPassed(today)); // the range's end counts
    QVERIFY(!Deadline::parse(QStringLiteral("løpende"))->hasPassed(today)); // ongoing never passes
    QVERIFY(!Deadline::parse(QString())->hasPassed(today));
}

// The one rule for overdue and due-soon measures that the table, the charts and the council report share.
void TestDeadline::measureRules_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("dueWithin30");
    QTest::newRow("open, passed") << QStringLiteral("in_progress") << QStringLiteral("Q4 2025") << true << false;
    QTest::newRow("done, passed") << QStringLiteral("done") << QStringLiteral("Q4 2025") << false << false;
    QTest::newRow("cancelled, passed") << QStringLiteral("cancelled") << QStringLiteral("2025") << false << false;
    QTest::newRow("ends today") << QStringLiteral("delayed") << QStringLiteral("10.01.2026") << false << true;
    QTest::newRow("ends in 30 days") << QStringLiteral("planned") << QStringLiteral("09.02.2026") << false << true;
    QTest::newRow("ends in 31 days") << QStringLiteral("planned") << QStringLiteral("10.02.2026") << false << false;
    QTest::newRow("month ending soon") << QStringLiteral("blocked") << QStringLiteral("jan. 2026") << false << true;
    QTest::newRow("done, due soon") << QStringLiteral("done") << QStringLiteral("jan. 2026") << false << false;
    QTest::newRow("ongoing") << QStringLiteral("in_progress") << QStringLiteral("løpende") << false << false;
    QTest::newRow("no deadline") << QStringLiteral("planned") << QString() << false << false;
}

void TestDeadline::measureRules()
{
    QFETCH(QString, status);
    QFETCH(QString, deadline);
    QFETCH(bool, overdue);
    QFETCH(bool, dueWithin30);
    Measure measure;
    measure.status = status;
    measure.deadlineText = deadline;
    const QDate today(2026, 1, 10);
    QCOMPARE(isOverdue(measure, today), overdue);
    QCOMPARE(isDueWithin(measure, today, 30), dueWithin30);
}

QTEST_GUILESS_MAIN(TestDeadline)
#include "test_deadline.moc"
