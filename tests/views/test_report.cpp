// The council report, read back the way a council member's PDF reader and an archive see it: poppler-utils' pdfinfo,
// pdftotext and pdffonts over PDFs written by the real renderer, and the command line's `report` through QProcess.
#include "assessment.h"
#include "councilreport.h"
#include "database.h"
#include "datafile.h"
#include "pdflanguage.h"
#include "plancheckmodel.h"
#include "reportdata.h"
#include "reportformat.h"
#include "reportoptionsdialog.h"
#include "stores.h"
#include "testfiles.h"

#include <QCheckBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

namespace {

const QDate ReportDay(2026, 11, 23);
const QString MarkupTitle = QStringLiteral("<b>Plast & \"mikro\" <script>");

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext in reading order, with every run of white space (line breaks inside table cells, no-break spaces)
// made one space, so that a wrapped title reads as one string.
QString pdfText(const QString& pdf, int page = 0)
{
    QStringList arguments {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    QString text = run(QStringLiteral("pdftotext"), arguments);
    text.replace(QChar(0x00a0), QLatin1Char(' '));
    return text.simplified();
}

// Runs the real binary; returns its exit code (-1 if it did not finish) and what it wrote on stderr.
int runActionPlans(const QStringList& arguments, QString* err = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(ACTIONPLANS_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

int pdfPages(const QString& pdf)
{
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void a4WithPageCountsThatFollowTheContent();
    void everyMeasureAndTheFooterInTheText();
    void headerRowRepeatsOnEveryPageOfTheMeasures();
    void norwegianDatesAndNumbers();
    void userTextIsNeverMarkup();
    void speaksTheChosenLanguage_data();
    void speaksTheChosenLanguage();
    void namesItsLanguageForScreenReaders_data();
    void namesItsLanguageForScreenReaders();
    void languageMarkLeavesOtherBytesAlone();
    void embedsEveryFont();
    void isDeterministic();
    void optionsLeaveOutSectionsAndFinishedMeasures();
    void listsChangesSinceTheLastReport();
    void includesTheSelfAssessment();
    void pdfAWhenAsked();
    void commandLineWritesAndRecords();
    void commandLineRefusesBadInput_data();
    void commandLineRefusesBadInput();
    void nynorskMunicipalityGetsNynorsk();
    void samplePlansLayOutCleanly_data();
    void samplePlansLayOutCleanly();
    void optionsDialogOffersTheChoices();
    void optionsDialogOffersThePlanCheck();
    void includesThePlanCheckWhenAsked();
    void commandLineChecksThePlan();

private:
    qint64 makePlan(const QString& municipalityNumber, int measureCount, const QString& title);
    QString write(qint64 planId, ReportOptions options, const QString& name);
    QStringList measureTitles(qint64 planId) const;

    QTemporaryDir m_dir;
    QString m_path;
    Database* m_db = nullptr;
    Stores* m_stores = nullptr;
    qint64 m_short = 0;
    qint64 m_long = 0;
};

void TestReport::init()
{
    m_path = m_dir.filePath(QStringLiteral("report-%1.handlingsplan").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    m_db = new Database;
    QString error;
    QVERIFY2(DataFile::openOrCreate(*m_db, m_path, false, &error), qPrintable(error));
    m_stores = new Stores(*m_db);
    m_short = makePlan(QStringLiteral("3901"), 15, MarkupTitle);
    m_long = makePlan(QStringLiteral("3401"), 200, QStringLiteral("Klimaplan for Kongsvinger 2024–2030"));
    QVERIFY(m_short > 0 && m_long > 0);
}

void TestReport::cleanup()
{
    delete m_stores;
    delete m_db;
    m_stores = nullptr;
    m_db = nullptr;
}

// A plan with three focus areas, two owners, measures of every status with deadlines of several granularities, and
// one indicator whose figures need Norwegian number forms.
qint64 TestReport::makePlan(const QString& municipalityNumber, int measureCount, const QString& title)
{
    const std::optional<Municipality> municipality = m_stores->municipalities.byNumber(municipalityNumber);
    if (!municipality)
        return 0;
    Plan plan;
    plan.municipalityId = municipality->id;
    plan.title = title;
    plan.kind = QStringLiteral("climate");
    plan.periodFrom = 2024;
    plan.periodTo = 2030;
    plan.status = QStringLiteral("adopted");
    plan.adoptedOn = QDate(2024, 6, 20);
    plan.councilCase = QStringLiteral("24/118");
    const std::optional<qint64> planId = m_stores->plans.add(plan);
    if (!planId)
        return 0;
    QVector<qint64> areas;
    const QStringList areaNames = {QStringLiteral("Avfall og ombruk"), MarkupTitle, QStringLiteral("Innkjøp")};
    for (int i = 0; i < areaNames.size(); ++i)
        areas << m_stores->focusAreas.add({0, *planId, areaNames[i], i}).value_or(0);
    const qint64 adviser
        = m_stores->owners.add({0, municipality->id, QStringLiteral("Klimarådgiver"), {}, {}}).value_or(0);
    const qint64 chief
        = m_stores->owners.add({0, municipality->id, QStringLiteral("Innkjøpssjef"), {}, {}}).value_or(0);
    const QStringList statuses = {QStringLiteral("planned"),
                                  QStringLiteral("in_progress"),
                                  QStringLiteral("delayed"),
                                  QStringLiteral("done"),
                                  QStringLiteral("cancelled"),
                                  QStringLiteral("blocked")};
    const QStringList deadlines = {QStringLiteral("Q4 2025"),
                                   QStringLiteral("2027"),
                                   QStringLiteral("31.12.2026"),
                                   QStringLiteral("2. halvår 2026"),
                                   QStringLiteral("des. 2026"),
                                   QStringLiteral("løpende")};
    for (int i = 0; i < measureCount; ++i) {
        Measure measure;
        measure.planId = *planId;
        measure.focusAreaId = areas[i % areas.size()];
        measure.code = QStringLiteral("%1.%2").arg(i % areas.size() + 1).arg(i / areas.size() + 1);
        measure.title = i == 0 ? MarkupTitle : QStringLiteral("Tiltak %1 om plastgjenvinning").arg(i + 1);
        measure.ownerId = i % 2 ? adviser : chief;
        measure.status = statuses[i % statuses.size()];
        measure.progress = measure.status == QLatin1String("done") ? 100 : (i * 7) % 90;
        measure.deadlineText = deadlines[i % deadlines.size()];
        if (!m_stores->measures.add(measure))
            return 0;
    }
    Indicator indicator;
    indicator.planId = *planId;
    indicator.name = QStringLiteral("Klimagassutslipp");
    indicator.unit = QStringLiteral("tonn");
    indicator.direction = QStringLiteral("lower");
    indicator.baselineYear = 2022;
    indicator.baselineValue = 12345.5;
    indicator.targetYear = 2030;
    indicator.targetValue = 6000;
    const std::optional<qint64> indicatorId = m_stores->indicators.add(indicator);
    if (!indicatorId || !m_stores->indicatorValues.add({0, *indicatorId, 2024, 11000}))
        return 0;
    return *planId;
}

QString TestReport::write(qint64 planId, ReportOptions options, const QString& name)
{
    options.reportDate = ReportDay;
    QString error;
    const std::optional<ReportData> data = ReportData::collect(*m_stores, planId, options, &error);
    if (!data) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const QString pdf = m_dir.filePath(name);
    if (!ReportFormat::write(ReportFormat::Format::Pdf, *data, options, pdf, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return pdf;
}

QStringList TestReport::measureTitles(qint64 planId) const
{
    QStringList titles;
    for (const Measure& measure : m_stores->measures.list(QStringLiteral("plan_id"), planId))
        titles << measure.title;
    return titles;
}

void TestReport::a4WithPageCountsThatFollowTheContent()
{
    ReportOptions measuresOnly;
    measuresOnly.sections = ReportOptions::Measures;
    const QString shortPdf = write(m_short, measuresOnly, QStringLiteral("short.pdf"));
    const QString longPdf = write(m_long, measuresOnly, QStringLiteral("long.pdf"));
    const QString info = run(QStringLiteral("pdfinfo"), {shortPdf});
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    // The title page, then the measures from a new page: 15 measures fit on one, 200 need six or more.
    QCOMPARE(pdfPages(shortPdf), 2);
    const int longPages = pdfPages(longPdf);
    QVERIFY2(longPages >= 7 && longPages <= 12, qPrintable(QString::number(longPages)));

    const QString full = write(m_short, ReportOptions(), QStringLiteral("full.pdf"));
    QVERIFY(pdfPages(full) > 2); // and the other sections add their pages
}

void TestReport::everyMeasureAndTheFooterInTheText()
{
    const QString pdf = write(m_long, ReportOptions(), QStringLiteral("all.pdf"));
    const QString text = pdfText(pdf);
    for (const QString& title : measureTitles(m_long))
        QVERIFY2(text.contains(title), qPrintable(title));
    const int pages = pdfPages(pdf);
    QVERIFY2(pdfText(pdf, 1).contains(QStringLiteral("Side 1 av %1").arg(pages)), qPrintable(pdfText(pdf, 1)));
    QVERIFY(pdfText(pdf, pages).contains(QStringLiteral("Side %1 av %1").arg(pages)));
    // The header of every page names the municipality and the plan.
    QVERIFY(pdfText(pdf, 2).contains(QStringLiteral("Kongsvinger kommune · Klimaplan for Kongsvinger 2024–2030")));
}

void TestReport::headerRowRepeatsOnEveryPageOfTheMeasures()
{
    ReportOptions measuresOnly;
    measuresOnly.sections = ReportOptions::Measures;
    const QString pdf = write(m_long, measuresOnly, QStringLiteral("header.pdf"));
    const int pages = pdfPages(pdf);
    QVERIFY(pages > 3);
    for (int page = 2; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        QVERIFY2(text.contains(QStringLiteral("Nr. Tiltak Ansvarlig Frist Status Fremdrift")),
                 qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text.left(300))));
    }
    // Every row whole on exactly one page: code, title, owner and deadline together, and each measure once.
    const QRegularExpression row(QStringLiteral("\\d+\\.\\d+ Tiltak (\\d+) om plastgjenvinning "
                                                "(Klimarådgiver|Innkjøpssjef) \\S"));
    QSet<int> seen;
    for (int page = 2; page <= pages; ++page) {
        for (auto it = row.globalMatch(pdfText(pdf, page)); it.hasNext();) {
            const int number = it.next().captured(1).toInt();
            QVERIFY2(!seen.contains(number), qPrintable(QString::number(number)));
            seen.insert(number);
        }
    }
    QCOMPARE(seen.size(), 199); // all but the first, whose title is the markup one
}

void TestReport::norwegianDatesAndNumbers()
{
    // A day deadline that has passed is written in bold with its mark: it must still fit its column unbroken.
    Measure late = m_stores->measures.list(QStringLiteral("plan_id"), m_short).constLast();
    late.deadlineText = QStringLiteral("31.12.2025");
    late.status = QStringLiteral("in_progress");
    QVERIFY(m_stores->measures.update(late));
    const QString text = pdfText(write(m_short, ReportOptions(), QStringLiteral("numbers.pdf")));
    QVERIFY2(text.contains(QStringLiteral("31.12.2025 (forfalt)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Rapportdato 23.11.2026")));
    QVERIFY(text.contains(QStringLiteral("20.06.2024"))); // adopted
    QVERIFY2(text.contains(QStringLiteral("12 345,5 tonn (2022)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("11 000 tonn (2024)")));
    QVERIFY(text.contains(QStringLiteral("100 %")));
}

void TestReport::userTextIsNeverMarkup()
{
    const QString text = pdfText(write(m_short, ReportOptions(), QStringLiteral("markup.pdf")));
    // As a plan title, a focus area and a measure title.
    QVERIFY2(text.count(MarkupTitle) >= 3, qPrintable(text.left(600)));
}

void TestReport::speaksTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("nb") << QStringLiteral("nb")
                        << QStringList {QStringLiteral("STATUSRAPPORT TIL KOMMUNESTYRET"),
                                        QStringLiteral("Sammendrag"),
                                        QStringLiteral("Ansvarlig"),
                                        QStringLiteral("Fremdrift"),
                                        QStringLiteral("Side 1 av")};
    QTest::newRow("nn") << QStringLiteral("nn")
                        << QStringList {QStringLiteral("Samandrag"),
                                        QStringLiteral("Ansvarleg"),
                                        QStringLiteral("Framdrift"),
                                        QStringLiteral("Endringar sidan førre rapport"),
                                        QStringLiteral("Side 1 av")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList {QStringLiteral("STATUS REPORT TO THE MUNICIPAL COUNCIL"),
                                        QStringLiteral("Summary"),
                                        QStringLiteral("Owner"),
                                        QStringLiteral("Progress"),
                                        QStringLiteral("Page 1 of"),
                                        QStringLiteral("Horten municipality")};
}

void TestReport::speaksTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    ReportOptions options;
    options.language = language;
    const QLocale localeBefore;
    const QString summaryBefore = QCoreApplication::translate("CouncilReport", "Summary");
    const QString text = pdfText(write(m_short, options, QStringLiteral("lang-%1.pdf").arg(language)));
    // The report's language was borrowed: the program's own locale and translations are as they were.
    QCOMPARE(QLocale().name(), localeBefore.name());
    QCOMPARE(QCoreApplication::translate("CouncilReport", "Summary"), summaryBefore);
    for (const QString& word : words)
        QVERIFY2(text.contains(word), qPrintable(word));
    if (language != QLatin1String("nb"))
        QVERIFY(!text.contains(QStringLiteral("Sammendrag")));
    // The status names are translated too; the stored codes never show.
    QVERIFY(!text.contains(QStringLiteral("in_progress")));
}

void TestReport::namesItsLanguageForScreenReaders_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pdfA");
    QTest::addColumn<QString>("tag");
    QTest::newRow("nb") << QStringLiteral("nb") << false << QStringLiteral("nb-NO");
    QTest::newRow("nn") << QStringLiteral("nn") << false << QStringLiteral("nn-NO");
    QTest::newRow("en") << QStringLiteral("en") << false << QStringLiteral("en-GB");
    QTest::newRow("nb, PDF/A") << QStringLiteral("nb") << true << QStringLiteral("nb-NO");
}

void TestReport::namesItsLanguageForScreenReaders()
{
    QFETCH(QString, language);
    QFETCH(bool, pdfA);
    QFETCH(QString, tag);
    ReportOptions options;
    options.language = language;
    options.pdfA = pdfA;
    const QString pdf = write(m_short, options, QStringLiteral("lang-tag-%1-%2.pdf").arg(language).arg(pdfA));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(PdfLanguage::of(file.readAll()), tag);
    // qpdf, an independent reader, finds the file sound and the language in the catalog the trailer names.
    QProcess check;
    check.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput() + check.readAllStandardError());
    const QString trailer = run(QStringLiteral("qpdf"), {QStringLiteral("--show-object=trailer"), pdf});
    const QString root = QRegularExpression(QStringLiteral("/Root (\\d+) 0 R")).match(trailer).captured(1);
    QVERIFY2(!root.isEmpty(), qPrintable(trailer));
    const QString catalog = run(QStringLiteral("qpdf"), {QStringLiteral("--show-object=") + root, pdf});
    QVERIFY2(catalog.contains(QStringLiteral("/Lang (%1)").arg(tag)), qPrintable(catalog));
    QCOMPARE(pdfPages(pdf), pdfPages(write(m_short, options, QStringLiteral("again.pdf"))));
}

void TestReport::languageMarkLeavesOtherBytesAlone()
{
    QByteArray notPdf("<html>not a PDF</html>");
    QVERIFY(!PdfLanguage::mark(notPdf, QStringLiteral("nb-NO")));
    QCOMPARE(notPdf, QByteArray("<html>not a PDF</html>"));
    QFile file(write(m_short, ReportOptions(), QStringLiteral("marked.pdf")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray marked = file.readAll();
    QByteArray again = marked;
    QVERIFY(PdfLanguage::mark(again, QStringLiteral("en-GB"))); // named already: kept as it was
    QCOMPARE(again, marked);
    QByteArray injected = marked;
    QVERIFY(!PdfLanguage::mark(injected, QStringLiteral("nb) /OpenAction (x"))); // a tag is never PDF syntax
    QCOMPARE(injected, marked);
}

void TestReport::embedsEveryFont()
{
    const QString fonts = run(QStringLiteral("pdffonts"), {write(m_short, ReportOptions(), QStringLiteral("f.pdf"))});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
    for (const QString& line : lines) {
        // name type [type] encoding emb sub uni object generation: "emb" is the fifth field from the end.
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(fields.size() >= 7 && fields.at(fields.size() - 5) == QLatin1String("yes"), qPrintable(line));
    }
}

void TestReport::isDeterministic()
{
    const QString first = pdfText(write(m_long, ReportOptions(), QStringLiteral("one.pdf")));
    const QString second = pdfText(write(m_long, ReportOptions(), QStringLiteral("two.pdf")));
    QVERIFY(!first.isEmpty());
    QCOMPARE(first, second);
}

void TestReport::optionsLeaveOutSectionsAndFinishedMeasures()
{
    ReportOptions options;
    options.sections = ReportOptions::Summary | ReportOptions::Measures;
    options.openMeasuresOnly = true;
    const QString text = pdfText(write(m_short, options, QStringLiteral("open.pdf")));
    QVERIFY(text.contains(QStringLiteral("Sammendrag")));
    QVERIFY(!text.contains(QStringLiteral("Indikatorer")));
    QVERIFY(!text.contains(QStringLiteral("Diagrammer")));
    QVERIFY(text.contains(QStringLiteral("Bare tiltak som verken er gjennomført eller avlyst")));
    // Measure 4 is done and 5 cancelled: left out of the table; 2 is in progress: listed.
    QVERIFY(!text.contains(QStringLiteral("Tiltak 4 om plastgjenvinning")));
    QVERIFY(!text.contains(QStringLiteral("Tiltak 5 om plastgjenvinning")));
    QVERIFY(text.contains(QStringLiteral("Tiltak 2 om plastgjenvinning")));
}

void TestReport::listsChangesSinceTheLastReport()
{
    ReportOptions options;
    options.reportDate = ReportDay;
    QString error;
    std::optional<ReportData> first = ReportData::collect(*m_stores, m_short, options, &error);
    QVERIFY(first);
    QVERIFY(!first->previousReport);
    QVERIFY(first->changes.isEmpty());
    QVERIFY2(ReportData::record(*m_stores, *first, options, &error), qPrintable(error));
    QThread::msleep(5); // the change log's clock has milliseconds

    QVector<Measure> measures = m_stores->measures.list(QStringLiteral("plan_id"), m_short, QStringLiteral("id"));
    Measure completed = measures[1];
    completed.status = QStringLiteral("done");
    QVERIFY(m_stores->measures.update(completed));
    Measure redated = measures[2];
    redated.deadlineText = QStringLiteral("Q2 2027");
    QVERIFY(m_stores->measures.update(redated));
    Measure cancelled = measures[3];
    cancelled.status = QStringLiteral("cancelled");
    QVERIFY(m_stores->measures.update(cancelled));
    Measure reowned = measures[4];
    const qint64 otherOwner = measures[5].ownerId;
    QVERIFY(otherOwner != reowned.ownerId);
    reowned.ownerId = otherOwner;
    QVERIFY(m_stores->measures.update(reowned));
    Measure added;
    added.planId = m_short;
    added.title = QStringLiteral("Nytt tiltak etter rapporten");
    QVERIFY(m_stores->measures.add(added));

    const std::optional<ReportData> second = ReportData::collect(*m_stores, m_short, options, &error);
    QVERIFY(second && second->previousReport);
    QCOMPARE(second->changes.size(), 5);
    QCOMPARE(second->changes[0].kind, ReportData::Change::Completed);
    QCOMPARE(second->changes[1].kind, ReportData::Change::Redated);
    QCOMPARE(second->changes[1].from, measures[2].deadlineText);
    QCOMPARE(second->changes[1].to, QStringLiteral("Q2 2027"));
    QCOMPARE(second->changes[2].kind, ReportData::Change::Cancelled);
    QCOMPARE(second->changes[3].kind, ReportData::Change::Reowned);
    QCOMPARE(second->changes[3].from, m_stores->owners.get(measures[4].ownerId)->name);
    QCOMPARE(second->changes[3].to, m_stores->owners.get(otherOwner)->name);
    QCOMPARE(second->changes[4].kind, ReportData::Change::Added);

    const QString pdf = m_dir.filePath(QStringLiteral("changes.pdf"));
    QVERIFY2(ReportFormat::write(ReportFormat::Format::Pdf, *second, options, pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Siden rapporten 23.11.2026:")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("fristen endret fra %1 til Q2 2027").arg(measures[2].deadlineText)));
    QVERIFY(text.contains(QStringLiteral("Nytt tiltak etter rapporten lagt til")));
    QVERIFY(text.contains(QStringLiteral("%1 avlyst").arg(measures[3].title)));
    QVERIFY(text.contains(
        QStringLiteral("ansvarlig endret fra %1 til %2")
            .arg(m_stores->owners.get(measures[4].ownerId)->name, m_stores->owners.get(otherOwner)->name)));
}

void TestReport::pdfAWhenAsked()
{
    ReportOptions options;
    options.pdfA = true;
    const QString pdf = write(m_short, options, QStringLiteral("archive.pdf"));
    const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    QVERIFY2(meta.contains(QStringLiteral("pdfaid:part")), qPrintable(meta.left(400)));
    const QString plain
        = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), write(m_short, {}, QStringLiteral("p.pdf"))});
    QVERIFY(!plain.contains(QStringLiteral("pdfaid:part")));
}

void TestReport::commandLineWritesAndRecords()
{
    m_db->close();
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    QCOMPARE(runActionPlans({QStringLiteral("--db"),
                             m_path,
                             QStringLiteral("report"),
                             QStringLiteral("--plan"),
                             QString::number(m_short),
                             QStringLiteral("-o"),
                             pdf,
                             QStringLiteral("--lang"),
                             QStringLiteral("en"),
                             QStringLiteral("--date"),
                             QStringLiteral("2026-11-23")}),
             0);
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Page 1 of")));

    // A draft is not recorded; the report before it was.
    QCOMPARE(runActionPlans({QStringLiteral("--db"),
                             m_path,
                             QStringLiteral("report"),
                             QStringLiteral("--plan"),
                             QString::number(m_short),
                             QStringLiteral("-o"),
                             pdf,
                             QStringLiteral("--sections"),
                             QStringLiteral("summary,measures"),
                             QStringLiteral("--draft")}),
             0);
    const QString draft = pdfText(pdf);
    QVERIFY(draft.contains(QStringLiteral("Sammendrag")));
    QVERIFY(!draft.contains(QStringLiteral("Diagrammer")));
    Database db;
    QVERIFY(db.open(m_path));
    Stores stores(db);
    const QVector<ReportRecord> reports = stores.reports.list(QStringLiteral("plan_id"), m_short);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().language, QStringLiteral("en"));
    QCOMPARE(reports.first().reportDate, ReportDay);
    QVERIFY(reports.first().options.contains(QStringLiteral("\"measures\"")));
}

void TestReport::commandLineRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such plan") << QStringList {QStringLiteral("--plan"), QStringLiteral("9999")}
                                  << QStringLiteral("no plan with id 9999");
    QTest::newRow("not a number") << QStringList {QStringLiteral("--plan"), QStringLiteral("x1")}
                                  << QStringLiteral("“x1” is not a plan id");
    QTest::newRow("bad language") << QStringList {QStringLiteral("--plan"),
                                                  QStringLiteral("1"),
                                                  QStringLiteral("--lang"),
                                                  QStringLiteral("de")}
                                  << QStringLiteral("“de” is not a report language");
    QTest::newRow("bad section") << QStringList {QStringLiteral("--plan"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--sections"),
                                                 QStringLiteral("summary,gossip")}
                                 << QStringLiteral("“gossip” is not a report section");
    QTest::newRow("bad date") << QStringList {QStringLiteral("--plan"),
                                              QStringLiteral("1"),
                                              QStringLiteral("--date"),
                                              QStringLiteral("31.02.2026")}
                              << QStringLiteral("not a date");
}

void TestReport::commandLineRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    m_db->close();
    const QByteArray before = testfiles::readAll(m_path);
    const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
    QString err;
    QCOMPARE(
        runActionPlans(QStringList {QStringLiteral("--db"), m_path, QStringLiteral("report"), QStringLiteral("-o"), pdf}
                           + arguments,
                       &err),
        1);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(testfiles::readAll(m_path), before);
}

void TestReport::nynorskMunicipalityGetsNynorsk()
{
    const qint64 planId = makePlan(QStringLiteral("1120"), 3, QStringLiteral("Klimaplan for Klepp")); // nynorsk
    QVERIFY(planId > 0);
    m_db->close();
    // Into a folder that cannot exist: refused, and no partial file anywhere.
    QString err;
    const QString unwritable = m_dir.filePath(QStringLiteral("no/such/folder/r.pdf"));
    QCOMPARE(runActionPlans({QStringLiteral("--db"),
                             m_path,
                             QStringLiteral("report"),
                             QStringLiteral("--plan"),
                             QString::number(planId),
                             QStringLiteral("-o"),
                             unwritable},
                            &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("Cannot write")), qPrintable(err));
    QVERIFY(!QFile::exists(unwritable));

    const QString pdf = m_dir.filePath(QStringLiteral("klepp.pdf"));
    QCOMPARE(runActionPlans({QStringLiteral("--db"),
                             m_path,
                             QStringLiteral("report"),
                             QStringLiteral("--plan"),
                             QString::number(planId),
                             QStringLiteral("-o"),
                             pdf,
                             QStringLiteral("--draft")}),
             0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Samandrag")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("Klepp kommune")));
}

// Every sample plan in every language: no heading left alone at the foot of a page, and no table header repeated on a
// page without rows under it (both happened: a heading before a table that did not fit, and a table's bottom margin
// spilling onto the next page).
void TestReport::samplePlansLayOutCleanly_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("headings");
    QTest::addColumn<QString>("tableHeader");
    QTest::newRow("nb") << QStringLiteral("nb")
                        << QStringList {QStringLiteral("Sammendrag"),
                                        QStringLiteral("Indikatorer"),
                                        QStringLiteral("Endringer siden forrige rapport"),
                                        QStringLiteral("Tiltak")}
                        << QStringLiteral("Nr. Tiltak Ansvarlig Frist");
    QTest::newRow("nn") << QStringLiteral("nn")
                        << QStringList {QStringLiteral("Samandrag"),
                                        QStringLiteral("Indikatorar"),
                                        QStringLiteral("Endringar sidan førre rapport"),
                                        QStringLiteral("Tiltak")}
                        << QStringLiteral("Nr. Tiltak Ansvarleg Frist");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList {QStringLiteral("Summary"),
                                        QStringLiteral("Indicators"),
                                        QStringLiteral("Changes since the last report"),
                                        QStringLiteral("Measures")}
                        << QStringLiteral("Code Measure Owner Deadline");
}

void TestReport::samplePlansLayOutCleanly()
{
    QFETCH(QString, language);
    QFETCH(QStringList, headings);
    QFETCH(QString, tableHeader);
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(DataFile::openOrCreate(db, dir.filePath(QStringLiteral("s.handlingsplan")), true, &error),
             qPrintable(error));
    Stores stores(db);
    // A deadline table's header is followed by a measure code (the measures table's goes on with "Status").
    const QRegularExpression rowAfterHeader(QRegularExpression::escape(tableHeader)
                                            + QStringLiteral(" (?!\\d+\\.\\d+ |Status )"));
    for (const PlanSummary& plan : stores.plans.summaries()) {
        ReportOptions options;
        options.language = language;
        options.reportDate = ReportDay;
        const std::optional<ReportData> data = ReportData::collect(stores, plan.planId, options, &error);
        QVERIFY(data);
        const QString pdf = dir.filePath(QStringLiteral("%1-%2.pdf").arg(plan.planId).arg(language));
        QVERIFY2(ReportFormat::write(ReportFormat::Format::Pdf, *data, options, pdf, &error), qPrintable(error));
        for (int page = 1; page <= pdfPages(pdf); ++page) {
            // The body comes first in the page's text, then the header and footer lines drawn over it.
            const QString text = pdfText(pdf, page);
            const QString header = QStringLiteral(" %1 ").arg(data->municipality.name);
            const int bodyEnd = text.lastIndexOf(header);
            QVERIFY(bodyEnd > 0);
            const QString body = text.left(bodyEnd);
            for (const QString& heading : headings) {
                QVERIFY2(
                    !body.endsWith(heading),
                    qPrintable(QStringLiteral("%1, page %2 ends with “%3”").arg(plan.title).arg(page).arg(heading)));
            }
            QVERIFY2(!rowAfterHeader.match(body + QLatin1Char(' ')).hasMatch(),
                     qPrintable(QStringLiteral("%1, page %2: a table header without rows").arg(plan.title).arg(page)));
        }
    }
}

void TestReport::optionsDialogOffersTheChoices()
{
    ReportOptions defaults;
    defaults.language = QStringLiteral("nn");
    QVector<ReportOptions> previewed;
    ReportOptionsDialog dialog(MarkupTitle,
                               defaults,
                               ReportOptionsDialog::Purpose::ExportPdf,
                               [&previewed](const ReportOptions& options) { previewed << options; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.options().language, QStringLiteral("nn"));
    // Every section but the plan check, which is for the council only when the adviser wants it.
    QCOMPARE(dialog.options().sections, int(ReportOptions::DefaultSections));
    QVERIFY(!dialog.options().has(ReportOptions::Check));
    // The plan title is shown as text, never as markup.
    bool titleShown = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        titleShown = titleShown || (label->text().contains(MarkupTitle) && label->textFormat() == Qt::PlainText);
    QVERIFY(titleShown);

    auto* accept = dialog.findChild<QPushButton*>(QStringLiteral("acceptReport"));
    QVERIFY(accept->isEnabled());
    const QList<QCheckBox*> boxes = dialog.findChildren<QCheckBox*>(QRegularExpression(QStringLiteral("^section")));
    QCOMPARE(boxes.size(), 7);
    for (QCheckBox* box : boxes)
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    QCOMPARE(dialog.options().sections, int(ReportOptions::Check));
    QCheckBox* check = dialog.findChild<QCheckBox*>(QStringLiteral("section%1").arg(int(ReportOptions::Check)));
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
    QCOMPARE(dialog.options().sections, 0);
    QVERIFY(!accept->isEnabled()); // no section, no report
    QCheckBox* measures = dialog.findChild<QCheckBox*>(QStringLiteral("section%1").arg(int(ReportOptions::Measures)));
    QTest::mouseClick(measures, Qt::LeftButton, {}, QPoint(4, measures->height() / 2));
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(
        dialog.findChild<QCheckBox*>(QStringLiteral("openMeasuresOnly")), Qt::LeftButton, {}, QPoint(4, 4));
    QTest::mouseClick(dialog.findChild<QCheckBox*>(QStringLiteral("pdfA")), Qt::LeftButton, {}, QPoint(4, 4));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("previewReport")), Qt::LeftButton);
    QCOMPARE(previewed.size(), 1);
    QCOMPARE(previewed.first().sections, int(ReportOptions::Measures));
    QVERIFY(previewed.first().openMeasuresOnly);
    QVERIFY(previewed.first().pdfA);

    // Without a plan check model the dialog shows no check.
    QVERIFY(!dialog.findChild<QTreeView*>(QStringLiteral("planCheckTree")));

    // Printing offers no PDF/A.
    ReportOptionsDialog print(MarkupTitle, defaults, ReportOptionsDialog::Purpose::Print, {});
    print.show();
    QVERIFY(!print.findChild<QCheckBox*>(QStringLiteral("pdfA"))->isVisible());
}

void TestReport::optionsDialogOffersThePlanCheck()
{
    // The short plan's measure 1 loses its owner: one finding about a measure.
    Measure first = m_stores->measures.list(QStringLiteral("plan_id"), m_short).constFirst();
    first.ownerId = 0;
    QVERIFY(m_stores->measures.update(first));
    PlanCheckModel check(*m_stores);
    check.setToday(ReportDay);
    check.setPlan(m_short);
    ReportOptionsDialog dialog(MarkupTitle, {}, ReportOptionsDialog::Purpose::ExportPdf, {}, &check);
    QSignalSpy measures(&dialog, &ReportOptionsDialog::measureRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tree = dialog.findChild<QTreeView*>(QStringLiteral("planCheckTree"));
    QVERIFY(tree && tree->isVisible());
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("planCheckScore"))->text().startsWith(QStringLiteral("Complete: ")));
    const QModelIndex owners = check.index(PlanCheck::MeasureOwners, 0);
    QCOMPARE(check.rowCount(owners), 1);
    const QModelIndex finding = check.index(0, 0, owners);
    tree->scrollTo(finding);
    // Choosing the finding closes the dialog without a report and asks for the measure.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(finding).center());
    QCOMPARE(measures.size(), 1);
    QCOMPARE(measures.first().first().toLongLong(), first.id);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestReport::includesThePlanCheckWhenAsked()
{
    Plan plan = *m_stores->plans.get(m_short);
    plan.adoptedOn = QDate(2019, 3, 14); // more than four years before the report
    QVERIFY(m_stores->plans.update(plan));
    Measure first = m_stores->measures.list(QStringLiteral("plan_id"), m_short).constFirst();
    first.ownerId = 0;
    QVERIFY(m_stores->measures.update(first));

    ReportOptions options;
    QVERIFY(!pdfText(write(m_short, options, QStringLiteral("no-check.pdf"))).contains(QStringLiteral("Plankontroll")));
    options.sections = ReportOptions::Summary | ReportOptions::Check;
    const QString text = pdfText(write(m_short, options, QStringLiteral("check.pdf")));
    QVERIFY(text.contains(QStringLiteral("Plankontroll")));
    // Owners 14 of 15, three measures past Q4 2025 and never updated (12 of 15), no revision:
    // (5 + 14/15 + 12/15) / 8 = 84.2 %.
    QVERIFY2(text.contains(QStringLiteral("Fullstendighet: 84 %")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Alle tiltak har en ansvarlig 14 av 15")));
    QVERIFY(text.contains(QStringLiteral("Funn (5)")));
    QVERIFY(
        text.contains(QStringLiteral("1.3 Tiltak 7 om plastgjenvinning Fristen Q4 2025 er passert; aldri oppdatert")));
    // The finding names the measure literally (its title is markup) and what is wrong.
    QVERIFY(text.contains(MarkupTitle + QStringLiteral(" Ingen ansvarlig")));
    QVERIFY(
        text.contains(QStringLiteral("Planen som helhet Vedtatt 14.03.2019, for mer enn 4 år siden: skal rulleres.")));
}

void TestReport::commandLineChecksThePlan()
{
    Measure first = m_stores->measures.list(QStringLiteral("plan_id"), m_short).constFirst();
    first.ownerId = 0;
    QVERIFY(m_stores->measures.update(first));
    QProcess process;
    process.start(QStringLiteral(ACTIONPLANS_BINARY),
                  {QStringLiteral("--db"),
                   m_path,
                   QStringLiteral("plancheck"),
                   QStringLiteral("--plan"),
                   QString::number(m_short),
                   QStringLiteral("--date"),
                   ReportDay.toString(Qt::ISODate)});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("Plan check of “%1”: 96 % complete.").arg(MarkupTitle)), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("[!!] Every measure has an owner: 14 of 15")));
    QVERIFY(out.contains(QStringLiteral("1.1 %1: No owner").arg(MarkupTitle)));
    QVERIFY(out.contains(QStringLiteral("[ok] Every measure has a deadline: 15 of 15")));

    // The report says so too, and how to see the findings.
    process.start(QStringLiteral(ACTIONPLANS_BINARY),
                  {QStringLiteral("--db"),
                   m_path,
                   QStringLiteral("report"),
                   QStringLiteral("--plan"),
                   QString::number(m_short),
                   QStringLiteral("-o"),
                   m_dir.filePath(QStringLiteral("cli-check.pdf")),
                   QStringLiteral("--lang"),
                   QStringLiteral("en"),
                   QStringLiteral("--draft")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(
        QString::fromUtf8(process.readAllStandardOutput())
            .contains(QStringLiteral("Plan check: 96 % complete, 4 findings; “actionplans plancheck --plan %1” lists "
                                     "them.")
                          .arg(m_short)));

    QString err;
    QCOMPARE(runActionPlans({QStringLiteral("--db"), m_path, QStringLiteral("plancheck")}, &err), 2);
    QVERIFY(err.contains(QStringLiteral("plancheck needs --plan ID")));
    QCOMPARE(runActionPlans({QStringLiteral("--db"),
                             m_path,
                             QStringLiteral("plancheck"),
                             QStringLiteral("--plan"),
                             QStringLiteral("999")},
                            &err),
             1);
    QVERIFY(err.contains(QStringLiteral("999")));
}

// The municipality's newest self-assessment made by the report date goes in, with the one before and its network's
// average; left out when the options say so or when it was made after the report date.
void TestReport::includesTheSelfAssessment()
{
    const qint64 kongsvinger = m_stores->municipalities.byNumber(QStringLiteral("3401"))->id;
    const qint64 asnes = m_stores->municipalities.byNumber(QStringLiteral("3418"))->id;
    const std::optional<qint64> network
        = m_stores->networks.add({0, QStringLiteral("Sirkulært kommunenettverk"), {}, false});
    QVERIFY(network);
    QVERIFY(m_stores->networks.addMember(*network, kongsvinger));
    QVERIFY(m_stores->networks.addMember(*network, asnes));
    const auto assess = [this](qint64 municipality, const QDate& day, int q09, int q10) {
        AssessmentRecord record;
        record.municipalityId = municipality;
        record.madeOn = day;
        record.answers = Assessment::answersJson({{QStringLiteral("q09"), q09}, {QStringLiteral("q10"), q10}});
        return m_stores->assessments.add(record).has_value();
    };
    QVERIFY(assess(kongsvinger, QDate(2024, 10, 15), 1, 0));
    QVERIFY(assess(kongsvinger, QDate(2026, 10, 15), 3, 2));
    QVERIFY(assess(asnes, QDate(2026, 5, 20), 4, 4));

    ReportOptions options;
    options.language = QStringLiteral("en");
    options.reportDate = QDate(2026, 11, 24);
    const QString text = pdfText(write(m_long, options, QStringLiteral("assessment.pdf")));
    QVERIFY2(text.contains(QStringLiteral("Circular self-assessment")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("The municipality's own assessment of 15.10.2026")));
    QVERIFY(text.contains(QStringLiteral("The assessment before was made on 15.10.2024.")));
    // Refurbish: now (3 + 2) / 2, before (1 + 0) / 2, Åsnes 4.
    QVERIFY2(text.contains(QStringLiteral("Refurbish and remanufacture 2.5 0.5 4.0")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Average of Sirkulært kommunenettverk")));

    options.sections &= ~ReportOptions::Assessment;
    QVERIFY(!pdfText(write(m_long, options, QStringLiteral("no-assessment.pdf")))
                 .contains(QStringLiteral("self-assessment")));
    // A report speaking for a day before any assessment has none (the test's writer fixes its own date).
    options.reportDate = QDate(2024, 1, 1);
    QString error;
    const std::optional<ReportData> early = ReportData::collect(*m_stores, m_long, options, &error);
    QVERIFY2(early, qPrintable(error));
    QVERIFY(!early->assessment);
    options.reportDate = QDate(2025, 1, 1);
    const std::optional<ReportData> between = ReportData::collect(*m_stores, m_long, options, &error);
    QCOMPARE(between->assessment->madeOn, QDate(2024, 10, 15));
    QVERIFY(!between->previousAssessment);
}

QTEST_MAIN(TestReport)
#include "test_report.moc"
