// Measures in and out of spreadsheets and calendars: the CSV reader (data-driven over quoting, delimiters, encodings
// and limits), the Norwegian value parsers, real-world shaped files from tests/data/exchange, the all-or-nothing
// import with its undo, the Excel-friendly CSV export (formula injection neutralised) and its round trip, and the
// iCalendar export (RFC 5545 folding, escaping, stable UIDs).
#include "csvreader.h"
#include "database.h"
#include "datafile.h"
#include "language.h"
#include "measurecommands.h"
#include "measureexport.h"
#include "measureimport.h"
#include "plancommands.h"
#include "planexchange.h"
#include "planfile.h"
#include "sampledata.h"
#include "stores.h"
#include "xlsxreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

QString dataFile(const QString& name)
{
    return QStringLiteral(ACTIONPLANS_TEST_DATA "/exchange/") + name;
}

// Rows of text from UTF-8 literals (the sources are UTF-8).
QVector<QStringList> table(std::initializer_list<std::initializer_list<const char*>> rows)
{
    QVector<QStringList> result;
    for (const auto& row : rows) {
        QStringList cells;
        for (const char* cell : row)
            cells << QString::fromUtf8(cell);
        result << cells;
    }
    return result;
}

// What a spreadsheet can hold of a measure came back unchanged.
void sameMeasures(const QVector<MeasureImport::Row>& back, const QVector<MeasureListing>& before)
{
    QCOMPARE(back.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        const Measure& a = before[i].measure;
        const Measure& b = back[i].measure;
        QCOMPARE(b.code, a.code);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.description, a.description);
        QCOMPARE(back[i].focusArea, before[i].focusArea);
        QCOMPARE(back[i].owner, before[i].owner);
        QCOMPARE(b.deadlineText, a.deadlineText);
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.progress, a.progress);
        QCOMPARE(b.priority, a.priority);
        QCOMPARE(b.costNok, a.costNok);
        QCOMPARE(b.fundingSource, a.fundingSource);
    }
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void csvReader_data();
    void csvReader();
    void csvReaderRefuses_data();
    void csvReaderRefuses();
    void amounts_data();
    void amounts();
    void progress_data();
    void progress();
    void statusesInEveryLanguage_data();
    void statusesInEveryLanguage();
    void headers_data();
    void headers();
    void excelWindows1252File();
    void bomCrlfEnglishFile();
    void multiLineDescription();
    void badRowsChangeNothingAndSayWhere();
    void importCreatesAreasAndOwnersAndUndoes();
    void csvExportForNorwegianExcel();
    void csvRoundTrip();
    void calendar();
    void planFileRoundTripAndReimport();
    void planFileUpdatesByUuid();
    void planFileKeepsOwnersOfOneName();
    void planFileRefuses_data();
    void planFileRefuses();
    void planFileImportUndoesAsOneStep();
    void planFilePreviewWritesNothing();
    void xlsxRoundTrip();
    void xlsxFromLibreOffice();
    void xlsxRefusesBombsAndNonWorkbooks();
    void xlsxWithAnOverlongColumnReference();

private:
    qint64 makePlan();
    int measureCount() const;

    ScopedLanguage m_language {QStringLiteral("nb")}; // headers and status names as a Norwegian adviser sees them
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    qint64 m_planId = 0;
};

void TestExchange::init()
{
    m_db = std::make_unique<Database>();
    const QString path
        = m_dir.filePath(QStringLiteral("%1.handlingsplan").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QString error;
    QVERIFY2(DataFile::openOrCreate(*m_db, path, false, &error), qPrintable(error));
    m_stores = std::make_unique<Stores>(*m_db);
    m_planId = makePlan();
    QVERIFY(m_planId > 0);
}

void TestExchange::cleanup()
{
    m_stores.reset();
    m_db.reset();
}

qint64 TestExchange::makePlan()
{
    const std::optional<Municipality> horten = m_stores->municipalities.byNumber(QStringLiteral("3901"));
    Plan plan;
    plan.municipalityId = horten->id;
    plan.title = QStringLiteral("Plastsmart Horten");
    return m_stores->plans.add(plan).value_or(0);
}

int TestExchange::measureCount() const
{
    return int(m_stores->measures.list(QStringLiteral("plan_id"), m_planId).size());
}

void TestExchange::csvReader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QVector<QStringList>>("rows");
    QTest::addColumn<QVector<int>>("lines");

    QTest::newRow("semicolons") << QByteArray("a;b\n1;2\n") << ";"
                                << "UTF-8" << table({{"a", "b"}, {"1", "2"}}) << QVector<int> {1, 2};
    QTest::newRow("commas, no final line break") << QByteArray("a,b\n1,2") << ","
                                                 << "UTF-8" << table({{"a", "b"}, {"1", "2"}}) << QVector<int> {1, 2};
    QTest::newRow("tabs") << QByteArray("a\tb;c\n1\t2;3\n") << "\t"
                          << "UTF-8" << table({{"a", "b;c"}, {"1", "2;3"}}) << QVector<int> {1, 2};
    QTest::newRow("quoted delimiter and quotes")
        << QByteArray("a;b\n\"x;y\";\"sa \"\"hei\"\"\"\n") << ";"
        << "UTF-8" << table({{"a", "b"}, {"x;y", "sa \"hei\""}}) << QVector<int> {1, 2};
    QTest::newRow("line break in a quoted field counts its lines")
        << QByteArray("a;b\r\n\"one\r\ntwo\";3\r\nx;y\r\n") << ";"
        << "UTF-8" << table({{"a", "b"}, {"one\ntwo", "3"}, {"x", "y"}}) << QVector<int> {1, 2, 4};
    QTest::newRow("byte-order mark") << QByteArray("\xef\xbb\xbftiltak;frist\n") << ";"
                                     << "UTF-8" << table({{"tiltak", "frist"}}) << QVector<int> {1};
    QTest::newRow("Windows-1252") << QByteArray("innsatsomr\xe5"
                                                "de;\x96\n\xe6\xf8\xe5;\x80\n")
                                  << ";"
                                  << "Windows-1252" << table({{"innsatsområde", "–"}, {"æøå", "€"}})
                                  << QVector<int> {1, 2};
    QTest::newRow("empty lines are no rows") << QByteArray("a\n\n1\n\n") << ";"
                                             << "UTF-8" << table({{"a"}, {"1"}}) << QVector<int> {1, 3};
    QTest::newRow("empty fields kept") << QByteArray("a;b;c\n;;\n") << ";"
                                       << "UTF-8" << table({{"a", "b", "c"}, {"", "", ""}}) << QVector<int> {1, 2};
    QTest::newRow("old Mac line ends") << QByteArray("a;b\r1;2\r") << ";"
                                       << "UTF-8" << table({{"a", "b"}, {"1", "2"}}) << QVector<int> {1, 2};
}

void TestExchange::csvReader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, delimiter);
    QFETCH(QString, encoding);
    QFETCH(QVector<QStringList>, rows);
    QFETCH(QVector<int>, lines);
    QVector<ImportProblem> problems;
    const std::optional<CsvTable> table = CsvReader::parse(bytes, &problems);
    QVERIFY2(table, qPrintable(problems.value(0).message));
    QCOMPARE(QString(table->delimiter), delimiter);
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(table->rows, rows);
    QCOMPARE(table->lines, lines);
}

void TestExchange::csvReaderRefuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");

    QTest::newRow("unclosed quote") << QByteArray("a;b\n1;\"two\n3;4\n") << 2 << 2 << "avsluttes aldri";
    QTest::newRow("too many rows") << QByteArray("a\n1\n2\n3\n4\n") << 4 << 0 << "mer enn 2 rader";
    QTest::newRow("field too long") << QByteArray("a;b\n1;") + QByteArray(40, 'x') + "\n" << 2 << 2 << "lengre enn 30";
    QTest::newRow("too many columns") << QByteArray("a;b;c;d;e;f\n") << 1 << 5 << "mer enn 4 kolonner";
    QTest::newRow("too big") << QByteArray(2000, 'x') << 0 << 0 << "importeres ikke";
    QTest::newRow("empty") << QByteArray() << 1 << 0 << "tom";
}

void TestExchange::csvReaderRefuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);
    CsvLimits limits;
    limits.maxBytes = 1000;
    limits.maxRows = 2;
    limits.maxFieldLength = 30;
    limits.maxColumns = 4;
    QVector<ImportProblem> problems;
    QVERIFY(!CsvReader::parse(bytes, &problems, limits));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, line);
    QCOMPARE(problems.first().column, column);
    QVERIFY2(problems.first().message.contains(words), qPrintable(problems.first().message));
}

void TestExchange::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("ok");

    QTest::newRow("Norwegian grouping") << "1 234,50" << 1234.5 << true;
    QTest::newRow("no-break space grouping") << QStringLiteral("1\u00a0234\u202f567") << 1234567.0 << true;
    QTest::newRow("kr before") << "kr 15 000" << 15000.0 << true;
    QTest::newRow("kr. and ,-") << "kr. 15 000,-" << 15000.0 << true;
    QTest::newRow("NOK after") << "250000 NOK" << 250000.0 << true;
    QTest::newRow("dot thousands") << "15.000" << 15000.0 << true;
    QTest::newRow("dots and comma") << "1.234.567,89" << 1234567.89 << true;
    QTest::newRow("English decimal") << "1234.5" << 1234.5 << true;
    QTest::newRow("English grouping") << "1,234,567" << 1234567.0 << true;
    QTest::newRow("minus sign") << QStringLiteral("\u2212200") << -200.0 << true;
    QTest::newRow("words") << "ca. femti tusen" << 0.0 << false;
    QTest::newRow("empty") << "" << 0.0 << false;
}

void TestExchange::amounts()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(bool, ok);
    const std::optional<double> parsed = MeasureImport::parseAmount(text);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(*parsed, value);
}

void TestExchange::progress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value"); // -1: refused

    QTest::newRow("percent with space") << "40 %" << 40;
    QTest::newRow("percent") << "40%" << 40;
    QTest::newRow("fraction") << "0,4" << 40;
    QTest::newRow("fraction with dot") << "0.25" << 25;
    QTest::newRow("whole number") << "75" << 75;
    QTest::newRow("one as a fraction") << "1,0" << 100;
    QTest::newRow("decimal percent") << "12,6 %" << 13;
    QTest::newRow("over 100") << "150 %" << -1;
    QTest::newRow("negative") << "-5" << -1;
    QTest::newRow("words") << "halvveis" << -1;
}

void TestExchange::progress()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    const std::optional<int> parsed = MeasureImport::parseProgress(text);
    QCOMPARE(parsed.value_or(-1), value);
}

void TestExchange::statusesInEveryLanguage_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("code");

    QTest::newRow("nb planlagt") << "Planlagt"
                                 << "planned";
    QTest::newRow("nb pågår") << "pågår"
                              << "in_progress";
    QTest::newRow("nb ikke startet") << "Ikke startet"
                                     << "not_started";
    QTest::newRow("nb gjennomført") << "GJENNOMFØRT"
                                    << "done";
    QTest::newRow("nn forseinka") << "Forseinka"
                                  << "delayed";
    QTest::newRow("nn ikkje starta") << "ikkje starta"
                                     << "not_started";
    QTest::newRow("en in progress") << "In progress"
                                    << "in_progress";
    QTest::newRow("en cancelled") << "cancelled"
                                  << "cancelled";
    QTest::newRow("code") << "on_hold_not"
                          << "";
    QTest::newRow("synonym ferdig") << "ferdig"
                                    << "done";
    QTest::newRow("code itself") << "blocked"
                                 << "blocked";
}

void TestExchange::statusesInEveryLanguage()
{
    QFETCH(QString, word);
    QFETCH(QString, code);
    QCOMPARE(MeasureImport::parseStatus(word).value_or(QString()), code);
}

void TestExchange::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field"); // -1: unknown

    using F = MeasureImport::Field;
    QTest::newRow("nr") << "Nr." << int(F::Code);
    QTest::newRow("kode") << "kode" << int(F::Code);
    QTest::newRow("innsatsområde") << "Innsatsområde" << int(F::FocusArea);
    QTest::newRow("tema") << "Tema" << int(F::FocusArea);
    QTest::newRow("focus area") << " Focus  area " << int(F::FocusArea);
    QTest::newRow("tiltak") << "TILTAK" << int(F::Title);
    QTest::newRow("ansvarleg") << "Ansvarleg:" << int(F::Owner);
    QTest::newRow("frist") << "Frist" << int(F::Deadline);
    QTest::newRow("framdrift") << "Framdrift" << int(F::Progress);
    QTest::newRow("kostnad") << "Kostnad" << int(F::Cost);
    QTest::newRow("finansiering") << "Finansiering" << int(F::Funding);
    QTest::newRow("unknown") << "Merknad" << -1;
}

void TestExchange::headers()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    const std::optional<MeasureImport::Field> found = MeasureImport::fieldForHeader(header);
    QCOMPARE(found ? int(*found) : -1, field);
}

void TestExchange::excelWindows1252File()
{
    const MeasureImport::Result result = MeasureImport::readFile(dataFile(QStringLiteral("excel-nb-cp1252.csv")));
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).message));
    QCOMPARE(result.rows.size(), 3);
    const MeasureImport::Row& first = result.rows[0];
    QCOMPARE(first.line, 2);
    QCOMPARE(first.measure.code, QStringLiteral("1.1"));
    QCOMPARE(first.focusArea, QStringLiteral("Avfall og gjenvinning"));
    QCOMPARE(first.owner, QStringLiteral("Miljørådgiver"));
    QCOMPARE(first.measure.deadlineText, QStringLiteral("Q4 2025"));
    QCOMPARE(first.measure.status, QStringLiteral("in_progress"));
    QCOMPARE(first.measure.progress, 40);
    QCOMPARE(first.measure.costNok.value_or(0), 15000.0);
    QCOMPARE(result.rows[1].measure.costNok.value_or(0), 1234.5);
    QCOMPARE(result.rows[2].measure.title, QStringLiteral("Krav om ombruk i rammeavtaler – «sirkulært»"));
    QCOMPARE(result.rows[2].measure.status, QStringLiteral("not_started"));
    QVERIFY(!result.rows[2].measure.costNok);
}

void TestExchange::bomCrlfEnglishFile()
{
    const MeasureImport::Result result = MeasureImport::readFile(dataFile(QStringLiteral("bom-crlf.csv")));
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).message));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows[0].measure.code, QStringLiteral("A1")); // no byte-order mark glued to the first header
    QCOMPARE(result.rows[0].measure.progress, 40);
    QCOMPARE(result.rows[0].measure.priority, QStringLiteral("high"));
    QCOMPARE(result.rows[1].measure.title, QStringLiteral("Charging points, phase 2"));
    QCOMPARE(result.rows[1].measure.deadlineText, QStringLiteral("Q2 2027"));
}

void TestExchange::multiLineDescription()
{
    const MeasureImport::Result result = MeasureImport::readFile(dataFile(QStringLiteral("multiline.csv")));
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).message));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows[0].measure.description,
             QStringLiteral("Første linje.\nAndre linje med \"sitat\" og ; semikolon."));
    QCOMPARE(result.rows[1].line, 4); // after the two lines of the quoted description
    QCOMPARE(result.rows[1].measure.deadlineText, QStringLiteral("løpende"));
}

void TestExchange::badRowsChangeNothingAndSayWhere()
{
    const MeasureImport::Result result = MeasureImport::readFile(dataFile(QStringLiteral("two-bad-rows.csv")));
    QVERIFY(!result.ok());
    QCOMPARE(result.problemCount, 3);
    QStringList places;
    for (const ImportProblem& problem : result.problems)
        places << problem.toString(QStringLiteral("two-bad-rows.csv"));
    QVERIFY2(places[0].startsWith(QStringLiteral("two-bad-rows.csv:3:2: ")), qPrintable(places[0]));
    QVERIFY(places[0].contains(QStringLiteral("Q5 2026")));
    QVERIFY2(places[1].startsWith(QStringLiteral("two-bad-rows.csv:5:3: ")), qPrintable(places[1]));
    QVERIFY(places[1].contains(QStringLiteral("Halvveis")));
    QVERIFY2(places[2].startsWith(QStringLiteral("two-bad-rows.csv:5:4: ")), qPrintable(places[2]));
    QVERIFY(places[2].contains(QStringLiteral("150 %")));
    // The good rows are read, but an import with problems is never applied (the callers refuse it): nothing written.
    QCOMPARE(measureCount(), 0);

    // Unknown columns are reported and skipped, not an error.
    const MeasureImport::Result extra = MeasureImport::read(
        {{QStringLiteral("Tiltak"), QStringLiteral("Merknad")}, {QStringLiteral("A"), {}}}, {1, 2});
    QVERIFY(extra.ok());
    QCOMPARE(extra.ignoredColumns, QStringList {QStringLiteral("Merknad")});
    // No title column at all is one problem on the header line.
    const MeasureImport::Result noTitle
        = MeasureImport::read({{QStringLiteral("Frist")}, {QStringLiteral("2026")}}, {1, 2});
    QCOMPARE(noTitle.problemCount, 1);
    QCOMPARE(noTitle.problems.first().line, 1);
}

void TestExchange::importCreatesAreasAndOwnersAndUndoes()
{
    // An existing focus area is matched by name whatever its case; the other one and the owners are created.
    QVERIFY(m_stores->focusAreas.add({0, m_planId, QStringLiteral("avfall og gjenvinning"), 0}));
    const MeasureImport::Result result = MeasureImport::readFile(dataFile(QStringLiteral("excel-nb-cp1252.csv")));
    QVERIFY(result.ok());
    QUndoStack undo;
    QStringList errors;
    undo.push(new AddMeasureRowsCommand(
        *m_stores, m_planId, result.rows, QStringLiteral("Import"), [&errors](const QString& e) { errors << e; }));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(measureCount(), 3);
    QCOMPARE(m_stores->focusAreas.list(QStringLiteral("plan_id"), m_planId).size(), 2);
    const QVector<MeasureListing> listings = m_stores->measures.listings(m_planId);
    QCOMPARE(listings[0].focusArea, QStringLiteral("avfall og gjenvinning"));
    QCOMPARE(listings[0].owner, QStringLiteral("Miljørådgiver"));
    QCOMPARE(listings[2].focusArea, QStringLiteral("Innkjøp"));
    const QVector<qint64> ids = {listings[0].measure.id, listings[1].measure.id, listings[2].measure.id};
    QCOMPARE(undo.count(), 1); // the whole import is one undo step

    undo.undo();
    QCOMPARE(measureCount(), 0);
    QCOMPARE(m_stores->focusAreas.list(QStringLiteral("plan_id"), m_planId).size(), 1);
    QVERIFY(m_stores->owners.list().isEmpty());
    undo.redo();
    QCOMPARE(measureCount(), 3);
    QCOMPARE(m_stores->measures.listings(m_planId)[2].measure.id, ids[2]); // the very same rows back
    QVERIFY(m_db->problems().isEmpty());
}

void TestExchange::csvExportForNorwegianExcel()
{
    Measure measure;
    measure.planId = m_planId;
    measure.code = QStringLiteral("1.1");
    measure.title = QStringLiteral("=HYPERLINK(\"http://x\";\"klikk\")");
    measure.description = QStringLiteral("-200 kroner; \"sitat\"\nny linje");
    measure.fundingSource = QStringLiteral("@Klimasats");
    measure.deadlineText = QStringLiteral("31.12.2026");
    measure.status = QStringLiteral("in_progress");
    measure.progress = 45;
    measure.costNok = 150000.5;
    QVERIFY(m_stores->measures.add(measure));
    const QByteArray csv = MeasureExport::toCsv(m_stores->measures.listings(m_planId));
    QVERIFY(csv.startsWith("\xef\xbb\xbf"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines[0],
             QStringLiteral("Nr.;Innsatsområde;Tiltak;Beskrivelse;Ansvarlig;Start;Frist;Status;Fremdrift;Prioritet;"
                            "Kostnad;Finansiering"));
    // Code and deadline as ="…" (kept as text), the title's own "=" neutralised, the amount a number.
    QCOMPARE(lines[1],
             QStringLiteral("\"=\"\"1.1\"\"\";;\"'=HYPERLINK(\"\"http://x\"\";\"\"klikk\"\")\";\"'-200 kroner; "
                            "\"\"sitat\"\"\nny linje\";;;\"=\"\"31.12.2026\"\"\";Pågår;45 %;;150000,50;'@Klimasats"));
    QCOMPARE(MeasureExport::neutralised(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    QCOMPARE(MeasureExport::neutralised(QStringLiteral("Plast")), QStringLiteral("Plast"));
}

void TestExchange::csvRoundTrip()
{
    const MeasureImport::Result original = MeasureImport::readFile(dataFile(QStringLiteral("excel-nb-cp1252.csv")));
    QString error;
    QVERIFY2(MeasureRows::add(*m_stores, m_planId, original.rows, nullptr, &error), qPrintable(error));
    Measure tricky = m_stores->measures.list(QStringLiteral("plan_id"), m_planId).constFirst();
    tricky.title = QStringLiteral("+47 kroner; \"pant\"");
    tricky.description = QStringLiteral("To\nlinjer");
    tricky.priority = QStringLiteral("low");
    QVERIFY(m_stores->measures.update(tricky));
    const QVector<MeasureListing> before = m_stores->measures.listings(m_planId);

    const QString path = m_dir.filePath(QStringLiteral("roundtrip.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(MeasureExport::toCsv(before));
    file.close();
    const MeasureImport::Result back = MeasureImport::readFile(path);
    QVERIFY2(back.ok(), qPrintable(back.problems.value(0).message));
    sameMeasures(back.rows, before);
}

void TestExchange::calendar()
{
    const MeasureImport::Result rows = MeasureImport::readFile(dataFile(QStringLiteral("excel-nb-cp1252.csv")));
    QString error;
    QVERIFY(MeasureRows::add(*m_stores, m_planId, rows.rows, nullptr, &error));
    Measure ongoing;
    ongoing.planId = m_planId;
    ongoing.title = QStringLiteral("Løpende tiltak");
    ongoing.deadlineText = QStringLiteral("løpende");
    QVERIFY(m_stores->measures.add(ongoing));
    Measure longTitle;
    longTitle.planId = m_planId;
    longTitle.title = QStringLiteral("Ærlig, «lang» tittel; med komma og semikolon – ") + QString(40, QChar(0x00e6));
    longTitle.deadlineText = QStringLiteral("mars 2027");
    QVERIFY(m_stores->measures.add(longTitle));

    const QVector<MeasureListing> listings = m_stores->measures.listings(m_planId);
    const Plan plan = *m_stores->plans.get(m_planId);
    const Municipality horten = *m_stores->municipalities.byNumber(QStringLiteral("3901"));
    const QByteArray ics
        = MeasureExport::toICalendar(plan, horten, listings, QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 4); // every measure but the ongoing one
    for (const QByteArray& line : ics.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the \r
        QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData());
    }
    // Unfolded, the text is escaped and every UTF-8 sequence whole.
    const QString text = QString::fromUtf8(QByteArray(ics).replace("\r\n ", ""));
    QVERIFY(!text.contains(QChar::ReplacementCharacter));
    QVERIFY2(text.contains(QStringLiteral("SUMMARY:Frist: Ærlig\\, «lang» tittel\\; med komma og semikolon – ")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("UID:%1@handlingsplaner").arg(listings[0].measure.uuid)));
    QVERIFY(text.contains(QStringLiteral("DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101")));
    QVERIFY(text.contains(QStringLiteral("DTSTART;VALUE=DATE:20270331")));
    QVERIFY(text.contains(QStringLiteral("DTSTAMP:20261124T093000Z")));
    QVERIFY(text.contains(QStringLiteral("\\nAnsvarlig: Miljørådgiver\\n")));
}

// Every sample plan exported, imported into an empty file and exported again gives the same bytes; importing the same
// file again changes nothing.
void TestExchange::planFileRoundTripAndReimport()
{
    QString error;
    QVERIFY2(SampleData::install(*m_stores, &error), qPrintable(error));
    QVector<qint64> planIds;
    for (const PlanSummary& plan : m_stores->plans.summaries()) {
        if (plan.isSample)
            planIds << plan.planId;
    }
    QCOMPARE(planIds.size(), 6);
    const std::optional<QByteArray> first = PlanFile::write(*m_stores, planIds, &error);
    QVERIFY2(first, qPrintable(error));

    Database other;
    QVERIFY(DataFile::openOrCreate(other, m_dir.filePath(QStringLiteral("empty.handlingsplan")), false, &error));
    Stores empty(other);
    QVector<ImportProblem> problems;
    const std::optional<QVector<PlanFile::PlanData>> plans = PlanFile::read(*first, &problems);
    QVERIFY2(plans, qPrintable(problems.value(0).message));
    PlanFile::Summary summary;
    QVERIFY2(PlanFile::apply(empty, *plans, &summary, nullptr, &error), qPrintable(error));
    QCOMPARE(summary.plansAdded, 6);
    QCOMPARE(summary.measuresAdded, 89);
    QVector<qint64> importedIds;
    for (const PlanFile::PlanData& plan : *plans)
        importedIds << empty.plans.list(QStringLiteral("uuid"), plan.plan.uuid).constFirst().id;
    const std::optional<QByteArray> second = PlanFile::write(empty, importedIds, &error);
    QVERIFY(second);
    QCOMPARE(*second, *first);
    // The indicator each measure moves, and the comments published as reasons, come through: the link points at the
    // indicator of the same plan in the new file.
    int linked = 0;
    for (const Measure& measure : empty.measures.list()) {
        if (measure.indicatorId == 0)
            continue;
        ++linked;
        QCOMPARE(empty.indicators.get(measure.indicatorId)->planId, measure.planId);
    }
    QCOMPARE(linked, 12);
    const QVector<ProgressUpdate> updates = empty.progressUpdates.list();
    QVERIFY(std::count_if(updates.begin(), updates.end(), [](const ProgressUpdate& u) { return u.commentPublic; })
            >= 10);

    QVERIFY(PlanFile::apply(empty, *plans, &summary, nullptr, &error));
    QCOMPARE(summary.plansAdded + summary.plansChanged, 0);
    QCOMPARE(summary.plansUnchanged, 6);
    QCOMPARE(summary.measuresUnchanged, 89);
    QCOMPARE(summary.indicatorsAdded + summary.indicatorsChanged, 0);
    QCOMPARE(empty.measures.list().size(), 89);
    QVERIFY(other.problems().isEmpty());
}

// Two owners of one name in two units (two advisers both called "Rådgiver", or two Kari Hansens): each measure
// comes back with its own, where the name alone once sent both to the first.
void TestExchange::planFileKeepsOwnersOfOneName()
{
    QString error;
    const qint64 municipalityId = m_stores->municipalities.list().constFirst().id;
    Plan plan;
    plan.municipalityId = municipalityId;
    plan.title = QStringLiteral("Klimaplan");
    const qint64 planId = *m_stores->plans.add(plan);
    QVector<qint64> ownerIds;
    for (const QString& unit : {QStringLiteral("Areal og miljø"), QStringLiteral("Eiendom")}) {
        Owner owner {0, municipalityId, QStringLiteral("Rådgiver"), unit, {}};
        ownerIds << *m_stores->owners.add(owner);
    }
    for (int i = 0; i < 2; ++i) {
        Measure measure;
        measure.planId = planId;
        measure.title = QStringLiteral("Tiltak %1").arg(i + 1);
        measure.ownerId = ownerIds.at(i);
        QVERIFY(m_stores->measures.add(measure));
    }
    const QByteArray json = *PlanFile::write(*m_stores, {planId}, &error);
    QVERIFY2(json.contains("\"ownerUnit\": \"Eiendom\""), json.constData());

    Database other;
    QVERIFY(DataFile::openOrCreate(other, m_dir.filePath(QStringLiteral("owners.handlingsplan")), false, &error));
    Stores copy(other);
    QVector<ImportProblem> problems;
    const std::optional<QVector<PlanFile::PlanData>> plans = PlanFile::read(json, &problems);
    QVERIFY2(plans, qPrintable(problems.value(0).message));
    PlanFile::Summary summary;
    QVERIFY2(PlanFile::apply(copy, *plans, &summary, nullptr, &error), qPrintable(error));
    QStringList units;
    for (const Measure& measure : copy.measures.list(QStringLiteral("title"), QStringLiteral("Tiltak 1"))
             + copy.measures.list(QStringLiteral("title"), QStringLiteral("Tiltak 2")))
        units << copy.owners.get(measure.ownerId)->unit;
    QCOMPARE(units, (QStringList {QStringLiteral("Areal og miljø"), QStringLiteral("Eiendom")}));
    QCOMPARE(*PlanFile::write(copy, {copy.plans.list().constFirst().id}, &error), json);
}

// A file from another municipality's copy: changed titles, a new progress update, a new measure and a changed
// indicator value are taken over; the rest is left alone, and nothing is duplicated.
void TestExchange::planFileUpdatesByUuid()
{
    QString error;
    QVERIFY(SampleData::install(*m_stores, &error));
    const qint64 planId = m_stores->plans.summaries().constFirst().planId;
    QJsonObject root = QJsonDocument::fromJson(*PlanFile::write(*m_stores, {planId}, &error)).object();
    QJsonArray plans = root.value(QStringLiteral("plans")).toArray();
    QJsonObject plan = plans[0].toObject();
    plan.insert(QStringLiteral("title"), QStringLiteral("Revidert plan"));
    QJsonArray measures = plan.value(QStringLiteral("measures")).toArray();
    QJsonObject first = measures[0].toObject();
    first.insert(QStringLiteral("title"), QStringLiteral("Ny tittel"));
    QJsonArray updates = first.value(QStringLiteral("progressUpdates")).toArray();
    updates << QJsonObject {{QStringLiteral("date"), QStringLiteral("2026-11-20")},
                            {QStringLiteral("status"), QStringLiteral("in_progress")},
                            {QStringLiteral("progress"), 70},
                            {QStringLiteral("comment"), QStringLiteral("Fra nettverket")}};
    first.insert(QStringLiteral("progressUpdates"), updates);
    measures[0] = first;
    measures << QJsonObject {{QStringLiteral("uuid"), QStringLiteral("6f1c1d3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f")},
                             {QStringLiteral("title"), QStringLiteral("Nytt tiltak fra Gjøvik")},
                             {QStringLiteral("status"), QStringLiteral("planned")},
                             {QStringLiteral("focusArea"), QStringLiteral("Nytt innsatsområde")},
                             {QStringLiteral("owner"), QStringLiteral("Ny ansvarlig")}};
    plan.insert(QStringLiteral("measures"), measures);
    QJsonArray indicators = plan.value(QStringLiteral("indicators")).toArray();
    QJsonObject indicator = indicators[0].toObject();
    QJsonArray values = indicator.value(QStringLiteral("values")).toArray();
    QJsonObject lastValue = values.last().toObject();
    lastValue.insert(QStringLiteral("value"), 99.5);
    values[values.size() - 1] = lastValue;
    indicator.insert(QStringLiteral("values"), values);
    indicators[0] = indicator;
    plan.insert(QStringLiteral("indicators"), indicators);
    plans[0] = plan;
    root.insert(QStringLiteral("plans"), plans);

    const int measuresBefore = int(m_stores->measures.list().size());
    QVector<ImportProblem> problems;
    const std::optional<QVector<PlanFile::PlanData>> data = PlanFile::read(QJsonDocument(root).toJson(), &problems);
    QVERIFY2(data, qPrintable(problems.value(0).message));
    PlanFile::Summary summary;
    QVERIFY2(PlanFile::apply(*m_stores, *data, &summary, nullptr, &error), qPrintable(error));
    QCOMPARE(summary.plansChanged, 1);
    QCOMPARE(summary.measuresAdded, 1);
    QCOMPARE(summary.measuresChanged, 1);
    QCOMPARE(summary.measuresUnchanged, measures.size() - 2);
    QCOMPARE(summary.indicatorsChanged, 1);
    QCOMPARE(int(m_stores->measures.list().size()), measuresBefore + 1);
    QCOMPARE(m_stores->plans.get(planId)->title, QStringLiteral("Revidert plan"));
    const QVector<MeasureListing> listings = m_stores->measures.listings(planId);
    const auto added = std::find_if(listings.begin(), listings.end(), [](const MeasureListing& listing) {
        return listing.measure.title == QStringLiteral("Nytt tiltak fra Gjøvik");
    });
    QVERIFY(added != listings.end());
    QCOMPARE(added->focusArea, QStringLiteral("Nytt innsatsområde"));
    QCOMPARE(added->owner, QStringLiteral("Ny ansvarlig"));
    QVERIFY(summary.text().contains(QStringLiteral("1 added"))
            || summary.text().contains(QStringLiteral("1 lagt til")));
}

void TestExchange::planFileRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("line");

    QTest::newRow("syntax error with its place")
        << QByteArray("{\n  \"format\": \"actionplans-plan\",\n  \"version\": 1,,\n}") << "JSON" << 3;
    QTest::newRow("not ours") << QByteArray(R"({"format": "something-else", "version": 1})") << "format" << 0;
    QTest::newRow("newer version") << QByteArray(R"({"format": "actionplans-plan", "version": 7, "plans": []})")
                                   << "versjon 7" << 0;
    QTest::newRow("bad status with its path") << QByteArray(
        R"({"format": "actionplans-plan", "version": 1, "plans": [{"uuid": "6f1c1d3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f",
           "title": "P", "kind": "climate", "status": "adopted", "municipality": {"number": "3901"},
           "measures": [{"uuid": "7f1c1d3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f", "title": "T", "status": "halvveis"}]}]})")
                                              << "plans/0/measures/0" << 0;
    QTest::newRow("bad deadline") << QByteArray(
        R"({"format": "actionplans-plan", "version": 1, "plans": [{"uuid": "6f1c1d3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f",
           "title": "P", "kind": "climate", "status": "adopted", "municipality": {"number": "3901"},
           "measures": [{"uuid": "7f1c1d3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f", "title": "T", "status": "planned", "deadline": "Q9 2026"}]}]})")
                                  << "Q9 2026" << 0;
    QTest::newRow("not a uuid") << QByteArray(R"({"format": "actionplans-plan", "version": 1, "plans": [{"uuid": "abc",
           "title": "P", "kind": "climate", "status": "adopted", "municipality": {"number": "3901"}}]})")
                                << "plans/0/uuid" << 0;
}

void TestExchange::planFileRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, words);
    QFETCH(int, line);
    QVector<ImportProblem> problems;
    QVERIFY(!PlanFile::read(json, &problems));
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().message.contains(words), qPrintable(problems.first().message));
    QCOMPARE(problems.first().line, line);
}

void TestExchange::planFileImportUndoesAsOneStep()
{
    QString error;
    QVERIFY(SampleData::install(*m_stores, &error));
    const QVector<PlanSummary> summaries = m_stores->plans.summaries();
    QVector<qint64> ids;
    for (const PlanSummary& plan : summaries)
        ids << plan.planId;
    const QByteArray json = *PlanFile::write(*m_stores, ids, &error);

    Database other;
    QVERIFY(DataFile::openOrCreate(other, m_dir.filePath(QStringLiteral("undo.handlingsplan")), false, &error));
    Stores target(other);
    QVector<ImportProblem> problems;
    const QVector<PlanFile::PlanData> plans = *PlanFile::read(json, &problems);
    // A municipality the file does not have: the whole import is refused and nothing is written.
    QVector<PlanFile::PlanData> broken = plans;
    broken.last().municipalityNumber = QStringLiteral("9999");
    QVERIFY(!PlanFile::apply(target, broken, nullptr, nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("9999")));
    QVERIFY(target.plans.list().isEmpty());
    QVERIFY(target.measures.list().isEmpty());

    QUndoStack undo;
    auto* command = new ImportPlanFileCommand(
        target, QStringLiteral("nettverk.json"), [](const QString& e) { QFAIL(qPrintable(e)); });
    QVERIFY2(PlanFile::apply(target, plans, nullptr, command, &error), qPrintable(error));
    undo.push(command);
    QCOMPARE(target.plans.list().size(), ids.size());
    QCOMPARE(undo.count(), 1);
    undo.undo();
    QVERIFY(target.plans.list().isEmpty());
    QVERIFY(target.measures.list().isEmpty());
    QVERIFY(target.progressUpdates.list().isEmpty());
    QVERIFY(target.owners.list().isEmpty());
    undo.redo();
    QCOMPARE(target.plans.list().size(), ids.size());
    QVector<qint64> again;
    for (const PlanFile::PlanData& plan : plans)
        again << target.plans.list(QStringLiteral("uuid"), plan.plan.uuid).constFirst().id;
    QCOMPARE(*PlanFile::write(target, again, &error), json);
    QVERIFY(other.problems().isEmpty());
}

// A plan written as a workbook and read back: every text, number, percentage and date survives.
void TestExchange::xlsxRoundTrip()
{
    const MeasureImport::Result original = MeasureImport::readFile(dataFile(QStringLiteral("excel-nb-cp1252.csv")));
    QString error;
    QVERIFY(MeasureRows::add(*m_stores, m_planId, original.rows, nullptr, &error));
    Measure tricky = m_stores->measures.list(QStringLiteral("plan_id"), m_planId).constFirst();
    tricky.title = QStringLiteral("=SUM(A1:A9) er tekst, ikke formel");
    tricky.description = QStringLiteral("To\nlinjer & <tegn>");
    tricky.priority = QStringLiteral("high");
    QVERIFY(m_stores->measures.update(tricky));
    const QVector<MeasureListing> before = m_stores->measures.listings(m_planId);

    const QString path = m_dir.filePath(QStringLiteral("plan.xlsx"));
    QVERIFY2(PlanExchange::exportPlan(*m_stores, m_planId, PlanExchange::Format::Xlsx, path, &error),
             qPrintable(error));
    QVector<ImportProblem> problems;
    const std::optional<CsvTable> sheet = XlsxReader::read(path, &problems);
    QVERIFY2(sheet, qPrintable(problems.value(0).message));
    QCOMPARE(sheet->rows.first().value(7), QStringLiteral("Frist, siste dag"));
    QCOMPARE(sheet->rows.value(1).value(7), QStringLiteral("31.12.2025")); // a real date cell, read back as a date
    QCOMPARE(sheet->rows.value(1).value(9), QStringLiteral("40 %")); // a percentage cell
    QCOMPARE(sheet->lines.value(1), 2);

    const MeasureImport::Result back = MeasureImport::readFile(path);
    QVERIFY2(back.ok(), qPrintable(back.problems.value(0).message));
    QCOMPARE(back.ignoredColumns, QStringList {QStringLiteral("Frist, siste dag")});
    sameMeasures(back.rows, before);
}

// A workbook saved by LibreOffice Calc (tests/data/exchange/libreoffice.xlsx, made with soffice --convert-to xlsx
// from a Norwegian sheet with a real date column, a percentage column and an amount in kroner).
// fuzz_xlsx's find: a cell reference of many letters overflowed the column sum (undefined behaviour, caught by the
// sanitized run). Such a cell is no column of ours; the workbook reads or is refused, never crashes.
void TestExchange::xlsxWithAnOverlongColumnReference()
{
    const MeasureImport::Result result
        = MeasureImport::readFile(dataFile(QStringLiteral("long-column-reference.xlsx")));
    QVERIFY(result.ok() || !result.problems.isEmpty());
}

void TestExchange::xlsxFromLibreOffice()
{
    const MeasureImport::Result result = MeasureImport::readFile(dataFile(QStringLiteral("libreoffice.xlsx")));
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString(QStringLiteral("libreoffice.xlsx"))));
    QCOMPARE(result.rows.size(), 3);
    // Calc took the codes 1.1, 1.2 and 2.1 for dates, as Norwegian spreadsheets do: they come back as codes.
    QCOMPARE(result.rows[0].measure.code, QStringLiteral("1.1"));
    QCOMPARE(result.rows[1].measure.code, QStringLiteral("1.2"));
    QCOMPARE(result.rows[2].measure.code, QStringLiteral("2.1"));
    QCOMPARE(result.rows[1].measure.costNok.value_or(0), 1234.5);
    QCOMPARE(result.rows[1].measure.deadlineText, QStringLiteral("30.06.2026"));
    QCOMPARE(result.rows[0].measure.title, QStringLiteral("Kartlegge plastbruken i barnehagene"));
    QCOMPARE(result.rows[0].measure.deadlineText, QStringLiteral("31.12.2025"));
    QCOMPARE(result.rows[0].measure.progress, 40);
    QCOMPARE(result.rows[0].measure.costNok.value_or(0), 15000.0);
    QCOMPARE(result.rows[0].owner, QStringLiteral("Miljørådgiver"));
    QCOMPARE(result.rows[2].measure.title, QStringLiteral("Krav om ombruk i rammeavtaler – «sirkulært»"));
    QCOMPARE(result.rows[2].line, 4);
}

void TestExchange::xlsxRefusesBombsAndNonWorkbooks()
{
    QVector<ImportProblem> problems;
    QVERIFY(!XlsxReader::read(dataFile(QStringLiteral("two-bad-rows.csv")), &problems));
    QVERIFY(problems.first().message.contains(QStringLiteral("Excel")));

    // A real workbook, held to limits so small that its sheet looks like a bomb.
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
    QVERIFY(PlanExchange::exportPlan(*m_stores, m_planId, PlanExchange::Format::Xlsx, path, &error));
    XlsxReader::Limits limits;
    limits.maxEntryBytes = 500;
    problems.clear();
    QVERIFY(!XlsxReader::read(path, &problems, limits));
    QVERIFY2(problems.first().message.contains(QStringLiteral("zip-bombe")), qPrintable(problems.first().message));
}

// The preview before an import: the same counts and plan-by-plan outcomes the import then reports, and not a row,
// change-log entry or store signal written.
void TestExchange::planFilePreviewWritesNothing()
{
    QString error;
    QVERIFY(SampleData::install(*m_stores, &error));
    QVector<qint64> ids;
    for (const PlanSummary& plan : m_stores->plans.summaries())
        ids << plan.planId;
    const QByteArray json = *PlanFile::write(*m_stores, ids, &error);
    QVector<ImportProblem> problems;
    QVector<PlanFile::PlanData> plans = *PlanFile::read(json, &problems);

    Database other;
    QVERIFY(DataFile::openOrCreate(other, m_dir.filePath(QStringLiteral("preview.handlingsplan")), false, &error));
    Stores target(other);
    const auto changeLogRows = [&other] {
        QSqlQuery query(other.connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM change_log")) && query.next() ? query.value(0).toInt()
                                                                                             : -1;
    };
    const int logBefore = changeLogRows();
    QSignalSpy added(&target.plans, &Store::added);
    const std::optional<PlanFile::Summary> preview = PlanFile::preview(target, plans, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->plansAdded, int(ids.size()));
    QCOMPARE(preview->plans.size(), ids.size());
    for (const PlanFile::Summary::PlanOutcome& plan : preview->plans)
        QCOMPARE(plan.outcome, PlanFile::Summary::Outcome::Added);
    QVERIFY(target.plans.list().isEmpty());
    QVERIFY(target.measures.list().isEmpty());
    QCOMPARE(changeLogRows(), logBefore);
    QCOMPARE(added.count(), 0);

    // Imported for real, the summary is the preview's.
    PlanFile::Summary summary;
    QVERIFY2(PlanFile::apply(target, plans, &summary, nullptr, &error), qPrintable(error));
    QCOMPARE(summary.text(), preview->text());
    QCOMPARE(summary.plans.size(), preview->plans.size());

    // The same file again: every plan left alone; one with a changed measure is "changed" though its own fields are
    // not.
    plans.first().measures.first().measure.progress = 99;
    const std::optional<PlanFile::Summary> again = PlanFile::preview(target, plans, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->plansAdded, 0);
    QCOMPARE(again->measuresChanged, 1);
    QCOMPARE(again->plans.first().outcome, PlanFile::Summary::Outcome::Changed);
    QCOMPARE(again->plans.last().outcome, PlanFile::Summary::Outcome::Unchanged);
    QVERIFY(
        target.measures
            .get(target.measures.list(QStringLiteral("uuid"), plans.first().measures.first().measure.uuid).first().id)
            ->progress
        != 99);
    QVERIFY(other.problems().isEmpty());
}

QTEST_MAIN(TestExchange)
#include "test_exchange.moc"
