// The council report as an editable document (issue 28): an ODT whose package, headings, header rows, page fields
// and chart alternative texts are as ODF says, that real LibreOffice opens, converts to PDF with the plan's title and
// every measure in its text on a sane number of pages, and converts on to DOCX for Word; and the command line's
// --format odt.
#include "clirun.h"
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

// One part of a zip package, read by Python's zipfile (the standard library: any python3 has it).
QByteArray zipPart(const QString& zip, const QString& part)
{
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
         zip,
         part});
    python.waitForFinished(30000);
    return python.readAllStandardOutput();
}

QStringList zipNames(const QString& zip)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): "
                                 "print(i.filename, i.compress_type, len(i.extra))"),
                  zip});
    python.waitForFinished(30000);
    return QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Real LibreOffice, headless, with a profile of its own in the test's folder.
bool convert(const QString& document, const QString& format, const QString& folder)
{
    QProcess office;
    office.start(QStringLiteral("soffice"),
                 {QStringLiteral("-env:UserInstallation=file://%1/profile").arg(folder),
                  QStringLiteral("--headless"),
                  QStringLiteral("--convert-to"),
                  format,
                  QStringLiteral("--outdir"),
                  folder,
                  document});
    return office.waitForFinished(180000) && office.exitCode() == 0;
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReportOdt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void packageIsOdf();
    void headingsHeaderRowsAndPageFields();
    void chartsAreImagesWithAlternativeText();
    void libreOfficeOpensItAndConvertsToPdfAndDocx();
    void commandLineWritesIt();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    qint64 m_planId = 0;
    QString m_odt;
    QStringList m_measureTitles;
};

void TestReportOdt::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("sample.handlingsplan"));
    QString error;
    QVERIFY2(testfiles::openSample(m_path, ReportDay, m_db, m_stores, &error), qPrintable(error));
    m_planId = m_stores->plans.list().first().id;
    QVERIFY(testfiles::addMeasureTitled(*m_stores, m_planId, MarkupTitle) > 0);
    for (const Measure& measure : m_stores->measures.list(QStringLiteral("plan_id"), m_planId))
        m_measureTitles << measure.title;
    ReportOptions options;
    options.reportDate = ReportDay;
    const std::optional<ReportData> data = ReportData::collect(*m_stores, m_planId, options, &error);
    QVERIFY2(data, qPrintable(error));
    m_odt = m_dir.filePath(QStringLiteral("rapport.odt"));
    QVERIFY2(ReportFormat::write(ReportFormat::Format::Odt, *data, options, m_odt, &error), qPrintable(error));
}

void TestReportOdt::cleanupTestCase()
{
    testfiles::closeSample(m_path, m_db, m_stores);
}

void TestReportOdt::packageIsOdf()
{
    const QStringList names = zipNames(m_odt);
    QVERIFY(!names.isEmpty());
    QCOMPARE(names.first(), QStringLiteral("mimetype 0 0")); // first, stored, no extra field
    QCOMPARE(zipPart(m_odt, QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
    const QString manifest = QString::fromUtf8(zipPart(m_odt, QStringLiteral("META-INF/manifest.xml")));
    for (const QString& line : names) {
        const QString name = line.section(QLatin1Char(' '), 0, 0);
        if (name != QLatin1String("mimetype") && !name.startsWith(QLatin1String("META-INF")))
            QVERIFY2(manifest.contains(QStringLiteral("full-path=\"%1\"").arg(name)), qPrintable(name));
    }
    for (const char* part : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"}) {
        QXmlStreamReader xml(zipPart(m_odt, QLatin1String(part)));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(QLatin1String(part) + QLatin1String(": ") + xml.errorString()));
    }
    QVERIFY(zipPart(m_odt, QStringLiteral("meta.xml")).contains("<dc:language>nb-NO</dc:language>"));
}

void TestReportOdt::headingsHeaderRowsAndPageFields()
{
    QXmlStreamReader xml(zipPart(m_odt, QStringLiteral("content.xml")));
    QStringList headings; // "1 Title"
    int headerRows = 0;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("h")) {
            // The level first: reading the text moves the reader past the element's attributes.
            const QString level = xml.attributes()
                                      .value(QLatin1String("urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
                                             QLatin1String("outline-level"))
                                      .toString();
            headings << level + QLatin1Char(' ') + xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("table-header-rows"))
            ++headerRows;
        else if (xml.isCharacters())
            text += xml.text();
    }
    QCOMPARE(headings.first(), QStringLiteral("1 ") + m_stores->plans.get(m_planId)->title);
    QVERIFY2(headings.contains(QStringLiteral("2 Sammendrag")), qPrintable(headings.join(QLatin1String(" | "))));
    QVERIFY(headings.contains(QStringLiteral("2 Tiltak")));
    QVERIFY(headerRows >= 4); // every data table repeats its header row on the next page
    QVERIFY(text.contains(MarkupTitle)); // user text as text
    const QByteArray styles = zipPart(m_odt, QStringLiteral("styles.xml"));
    QVERIFY(styles.contains("<text:page-number") && styles.contains("<text:page-count"));
    QVERIFY(styles.contains("style:default-outline-level=\"1\""));
}

void TestReportOdt::chartsAreImagesWithAlternativeText()
{
    QXmlStreamReader xml(zipPart(m_odt, QStringLiteral("content.xml")));
    int frames = 0;
    int described = 0;
    QString title, description;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("frame")) {
            ++frames;
            title.clear();
            description.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("title")) {
            title = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("desc")) {
            description = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("frame")) {
            described += !title.isEmpty() && description.size() > 20 ? 1 : 0;
        }
    }
    QVERIFY(frames >= 3);
    QCOMPARE(described, frames);
    QVERIFY(zipNames(m_odt).filter(QRegularExpression(QStringLiteral("^Pictures/chart\\d+\\.png 8 "))).size()
            == frames);
}

void TestReportOdt::libreOfficeOpensItAndConvertsToPdfAndDocx()
{
    const QString folder = m_dir.filePath(QStringLiteral("office"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY2(convert(m_odt, QStringLiteral("pdf"), folder), "soffice --convert-to pdf failed");
    const QString pdf = QDir(folder).filePath(QStringLiteral("rapport.pdf"));
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
                             .replace(QChar(0x00a0), QLatin1Char(' '))
                             .simplified();
    QVERIFY(text.contains(m_stores->plans.get(m_planId)->title));
    for (const QString& title : m_measureTitles)
        QVERIFY2(text.contains(title.simplified()), qPrintable(title));
    QVERIFY(text.contains(QStringLiteral("Side 1 av"))); // the footer's fields, filled in by LibreOffice
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                          .match(run(QStringLiteral("pdfinfo"), {pdf}))
                          .captured(1)
                          .toInt();
    QVERIFY2(pages >= 3 && pages <= 12, qPrintable(QString::number(pages)));

    QVERIFY2(convert(m_odt, QStringLiteral("docx"), folder), "soffice --convert-to docx failed");
    const QString docx = QDir(folder).filePath(QStringLiteral("rapport.docx"));
    const QByteArray word = zipPart(docx, QStringLiteral("word/document.xml"));
    QVERIFY(word.contains(m_stores->plans.get(m_planId)->title.toUtf8()));
    QVERIFY(word.contains("w:tblHeader")); // the header rows stay header rows in Word
}

void TestReportOdt::commandLineWritesIt()
{
    m_db->close();
    const QString output = m_dir.filePath(QStringLiteral("cli.odt"));
    const CliRun result = runActionplans({QStringLiteral("--db"),
                                          m_path,
                                          QStringLiteral("report"),
                                          QStringLiteral("--draft"),
                                          QStringLiteral("--plan"),
                                          QString::number(m_planId),
                                          QStringLiteral("--format"),
                                          QStringLiteral("odt"),
                                          QStringLiteral("-o"),
                                          output});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(zipPart(output, QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
}

QTEST_MAIN(TestReportOdt)
#include "test_reportodt.moc"
