// The council report as a web page for screen readers (issue 27): the same sections as the PDF in the same order,
// real headings that never skip a rank, tables with header cells, every chart as a figure with its summary and its
// figures, the language named, user text escaped; and the command line's --format.
#include "clirun.h"
#include "councilreport.h"
#include "language.h"
#include "reportdata.h"
#include "reportformat.h"
#include "samplefile.h"

#include <QApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString MarkupTitle = QStringLiteral("<b>Plast & \"mikro\" <script>alert(1)</script>");
const QDate ReportDay(2026, 11, 30);

// What a screen reader's lists of headings, tables and figures would show.
struct Outline
{
    QStringList headings; // "h2 Sammendrag"
    int tables = 0;
    int tablesWithHeaders = 0;
    int figures = 0;
    int figuresWithSummaryAndTable = 0;
    QString lang;
    QString title;
    QString text; // every text node, in order
    QString error; // not well-formed
};

Outline outlineOf(const QString& html)
{
    Outline outline;
    QXmlStreamReader xml(html); // the page is written as polyglot markup: XML well-formed and HTML5 at once
    QStringList open;
    bool tableHasHeader = false;
    bool figureHasSummary = false;
    bool figureHasTable = false;
    QString heading;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            open << name;
            if (name == QLatin1String("html"))
                outline.lang = xml.attributes().value(QLatin1String("lang")).toString();
            else if (name == QLatin1String("table"))
                tableHasHeader = false;
            else if (name == QLatin1String("th"))
                tableHasHeader = true;
            else if (name == QLatin1String("figure"))
                figureHasSummary = figureHasTable = false;
            else if (name == QLatin1String("p") && open.contains(QLatin1String("figure")))
                figureHasSummary = true;
            else if (name.size() == 2 && name.startsWith(QLatin1Char('h')) && name.at(1).isDigit())
                heading.clear();
        } else if (xml.isCharacters()) {
            const QString text = xml.text().toString();
            outline.text += text;
            if (!open.isEmpty() && open.last() == QLatin1String("title"))
                outline.title += text;
            if (!open.isEmpty() && open.last().size() == 2 && open.last().startsWith(QLatin1Char('h'))
                && open.last().at(1).isDigit())
                heading += text;
        } else if (xml.isEndElement()) {
            const QString name = open.takeLast();
            if (name == QLatin1String("table")) {
                ++outline.tables;
                outline.tablesWithHeaders += tableHasHeader ? 1 : 0;
                if (open.contains(QLatin1String("figure")))
                    figureHasTable = true;
            } else if (name == QLatin1String("figure")) {
                ++outline.figures;
                outline.figuresWithSummaryAndTable += figureHasSummary && figureHasTable ? 1 : 0;
            } else if (name.size() == 2 && name.startsWith(QLatin1Char('h')) && name.at(1).isDigit()) {
                outline.headings << name + QLatin1Char(' ') + heading.simplified();
            }
        }
    }
    if (xml.hasError())
        outline.error = QStringLiteral("line %1, column %2: %3")
                            .arg(xml.lineNumber())
                            .arg(xml.columnNumber())
                            .arg(xml.errorString());
    return outline;
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00a0), QLatin1Char(' ')).simplified();
}

} // namespace

class TestReportHtml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameSectionsAsThePdfInTheSameOrder();
    void headingsNeverSkipARank();
    void everyTableHasHeaderCellsAndEveryChartItsFigures();
    void userTextIsEscaped();
    void namesItsLanguage_data();
    void namesItsLanguage();
    void commandLineWritesIt_data();
    void commandLineWritesIt();
    void commandLineRefusesAnUnknownFormat();

private:
    QString write(const ReportOptions& options, const QString& name, bool html = true);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    qint64 m_planId = 0;
    QStringList m_measureTitles;
};

void TestReportHtml::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("sample.handlingsplan"));
    QString error;
    QVERIFY2(testfiles::openSample(m_path, ReportDay, m_db, m_stores, &error), qPrintable(error));
    const QVector<Plan> plans = m_stores->plans.list();
    QVERIFY(!plans.isEmpty());
    m_planId = plans.first().id;
    QVERIFY(testfiles::addMeasureTitled(*m_stores, m_planId, MarkupTitle) > 0);
    for (const Measure& each : m_stores->measures.list(QStringLiteral("plan_id"), m_planId))
        m_measureTitles << each.title;
}

void TestReportHtml::cleanupTestCase()
{
    testfiles::closeSample(m_path, m_db, m_stores);
}

QString TestReportHtml::write(const ReportOptions& given, const QString& name, bool html)
{
    ReportOptions options = given;
    options.reportDate = ReportDay;
    QString error;
    const std::optional<ReportData> data = ReportData::collect(*m_stores, m_planId, options, &error);
    const QString path = m_dir.filePath(name);
    const bool written = data
        && (html ? ReportFormat::write(ReportFormat::Format::Html, *data, options, path, &error)
                 : ReportFormat::write(ReportFormat::Format::Pdf, *data, options, path, &error));
    if (!written) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (!html)
        return path;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestReportHtml::sameSectionsAsThePdfInTheSameOrder()
{
    const Outline page = outlineOf(write(ReportOptions(), QStringLiteral("all.html")));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    const QString pdf = pdfText(write(ReportOptions(), QStringLiteral("all.pdf"), false));
    QVERIFY(pdf.size() > 1000);
    // Every heading is in the PDF, in the same order.
    qsizetype from = 0;
    for (const QString& heading : page.headings) {
        const QString text = heading.mid(3);
        const qsizetype at = pdf.indexOf(text, from);
        QVERIFY2(at >= 0, qPrintable(heading));
        from = at + 1;
    }
    QVERIFY2(page.headings.size() >= 5, qPrintable(page.headings.join(QLatin1String(" | "))));
    for (const QString& title : m_measureTitles)
        QVERIFY2(page.text.contains(title), qPrintable(title));
}

void TestReportHtml::headingsNeverSkipARank()
{
    const Outline page = outlineOf(write(ReportOptions(), QStringLiteral("headings.html")));
    QCOMPARE(page.headings.filter(QRegularExpression(QStringLiteral("^h1 "))).size(), 1);
    QVERIFY(page.headings.first().startsWith(QLatin1String("h1 ")));
    QCOMPARE(page.title, m_stores->plans.get(m_planId)->title);
    int previous = 0;
    for (const QString& heading : page.headings) {
        const int rank = heading.mid(1, 1).toInt();
        QVERIFY2(rank <= previous + 1, qPrintable(heading));
        QVERIFY2(heading.size() > 3, "an empty heading");
        previous = rank;
    }
}

void TestReportHtml::everyTableHasHeaderCellsAndEveryChartItsFigures()
{
    ReportOptions options;
    const Outline page = outlineOf(write(options, QStringLiteral("tables.html")));
    QVERIFY(page.tables >= 4);
    QCOMPARE(page.tablesWithHeaders, page.tables);
    QVERIFY(page.figures >= 3); // the dashboard's charts
    QCOMPARE(page.figuresWithSummaryAndTable, page.figures);
    options.sections &= ~ReportOptions::Charts;
    QCOMPARE(outlineOf(write(options, QStringLiteral("nocharts.html"))).figures, 0);
}

void TestReportHtml::userTextIsEscaped()
{
    const QString html = write(ReportOptions(), QStringLiteral("markup.html"));
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(!html.contains(QLatin1String("<b>Plast")));
    QVERIFY(html.contains(MarkupTitle.toHtmlEscaped()));
    QVERIFY(outlineOf(html).text.contains(MarkupTitle)); // and reads as the user wrote it
}

void TestReportHtml::namesItsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("summary");
    QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("h2 Sammendrag");
    QTest::newRow("nn") << QStringLiteral("nn") << QStringLiteral("h2 Samandrag");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("h2 Summary");
}

void TestReportHtml::namesItsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, summary);
    ReportOptions options;
    options.language = language;
    const Outline page = outlineOf(write(options, QStringLiteral("lang-%1.html").arg(language)));
    QCOMPARE(page.lang, language);
    QVERIFY2(page.headings.contains(summary), qPrintable(page.headings.join(QLatin1String(" | "))));
}

void TestReportHtml::commandLineWritesIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::newRow("by the suffix") << QStringList() << QStringLiteral("cli.html");
    QTest::newRow("by --format") << QStringList {QStringLiteral("--format"), QStringLiteral("html")}
                                 << QStringLiteral("cli-report.txt");
}

void TestReportHtml::commandLineWritesIt()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    const QString output = m_dir.filePath(file);
    const CliRun run = runActionplans(QStringList {QStringLiteral("--db"),
                                                   m_path,
                                                   QStringLiteral("report"),
                                                   QStringLiteral("--draft"),
                                                   QStringLiteral("--plan"),
                                                   QString::number(m_planId),
                                                   QStringLiteral("-o"),
                                                   output}
                                      + arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile written(output);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const Outline page = outlineOf(QString::fromUtf8(written.readAll()));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    const Plan plan = *m_stores->plans.get(m_planId);
    const Municipality municipality = *m_stores->municipalities.get(plan.municipalityId);
    QCOMPARE(page.lang, Language::forWrittenStandard(municipality.writtenStandard)); // the municipality's own
    QVERIFY(page.figures > 0);
}

void TestReportHtml::commandLineRefusesAnUnknownFormat()
{
    const QString output = m_dir.filePath(QStringLiteral("refused.docx"));
    const CliRun run = runActionplans({QStringLiteral("--db"),
                                       m_path,
                                       QStringLiteral("report"),
                                       QStringLiteral("--plan"),
                                       QString::number(m_planId),
                                       QStringLiteral("--format"),
                                       QStringLiteral("docx"),
                                       QStringLiteral("-o"),
                                       output});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("“docx” is not a report format; use pdf, html")), qPrintable(run.err));
    QVERIFY(!QFile::exists(output));
}

QTEST_MAIN(TestReportHtml)
#include "test_reporthtml.moc"
