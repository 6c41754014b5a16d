// Plan templates: the built-in ones from the seed networks in three languages, reading and refusing template files,
// a plan made from a template (focus areas and indicators, no measures, fresh UUIDs, one undo step), and a plan's
// structure saved as a template of one's own and read back.
#include "database.h"
#include "datafile.h"
#include "plancommands.h"
#include "plantemplate.h"
#include "sampledata.h"
#include "samplefile.h"
#include "storebackend.h"
#include "stores.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestPlanTemplate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void builtInTemplatesFollowTheSeedNetworks();
    void textsFallBackToTheNearestLanguage_data();
    void textsFallBackToTheNearestLanguage();
    void refusesBadTemplates_data();
    void refusesBadTemplates();
    void makesAPlanFromEachTemplate_data();
    void makesAPlanFromEachTemplate();
    void savesAPlanAsTemplate();
    void skipsUnreadableUserTemplates();

private:
    PlanTemplate builtIn(const QString& kind) const;

    StoreBackend m_backend; // a file, or a server (test_…_server)
    QString m_location;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
};

void TestPlanTemplate::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
}

void TestPlanTemplate::init()
{
    m_location = m_backend.fresh(QStringLiteral("templates"));
    QString error;
    QVERIFY2(testfiles::openSample(m_location, QDate(2026, 11, 23), m_db, m_stores, &error), qPrintable(error));
}

void TestPlanTemplate::cleanup()
{
    testfiles::closeSample(m_location, m_db, m_stores);
}

PlanTemplate TestPlanTemplate::builtIn(const QString& kind) const
{
    for (const PlanTemplate& found : PlanTemplate::available(QString())) {
        if (found.kind == kind && found.isBuiltIn())
            return found;
    }
    return {};
}

void TestPlanTemplate::builtInTemplatesFollowTheSeedNetworks()
{
    QStringList problems;
    const QVector<PlanTemplate> templates = PlanTemplate::available(QString(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(templates.size(), 3);
    // In the order the app lists kinds of plan.
    QCOMPARE(templates.at(0).kind, QStringLiteral("plastic_smart"));
    QCOMPARE(templates.at(1).kind, QStringLiteral("circular"));
    QCOMPARE(templates.at(2).kind, QStringLiteral("climate"));
    for (const PlanTemplate& found : templates) {
        QVERIFY(found.isBuiltIn());
        // Every text in all three languages, so that no plan starts half in another language.
        const auto complete = [&](const PlanTemplate::Text& text, const char* what) {
            for (const char* code : {"nb", "nn", "en"})
                QVERIFY2(!text.byLanguage.value(QLatin1String(code)).isEmpty(),
                         qPrintable(QStringLiteral("%1: %2 lacks %3")
                                        .arg(found.fileName, QLatin1String(what), QLatin1String(code))));
        };
        complete(found.name, "name");
        complete(found.planTitle, "planTitle");
        complete(found.description, "description");
        for (const PlanTemplate::Text& area : found.focusAreas)
            complete(area, "a focus area");
        for (const PlanTemplate::IndicatorTemplate& indicator : found.indicators) {
            complete(indicator.name, "an indicator");
            complete(indicator.source, "an indicator's source");
        }
    }

    // The plastic-smart plan: the network's four commitments and meeting themes, and its indicator set with the
    // national target of 50 % of plastic packaging recycled.
    const PlanTemplate plastic = builtIn(QStringLiteral("plastic_smart"));
    QStringList areas;
    for (const PlanTemplate::Text& area : plastic.focusAreas)
        areas << area.in(QStringLiteral("nb"));
    for (const char* expected : {"Kartlegging av plastbruk og plaststrømmer",
                                 "Forsøpling",
                                 "Plastreduksjon i kommunale virksomheter",
                                 "Innovasjon og offentlige innkjøp",
                                 "Mikroplast",
                                 "Kompetanseheving og deling",
                                 "Finansiering av tiltak"})
        QVERIFY2(areas.contains(QString::fromUtf8(expected)), expected);
    QCOMPARE(plastic.indicators.size(), 4);
    const auto recycled = std::find_if(plastic.indicators.begin(), plastic.indicators.end(), [](const auto& i) {
        return i.name.in(QStringLiteral("nb")) == QStringLiteral("Plastemballasje materialgjenvunnet");
    });
    QVERIFY(recycled != plastic.indicators.end());
    QCOMPARE(recycled->targetValue, std::optional<double>(50));
    QCOMPARE(recycled->targetYear, std::optional<int>(2025));
    QCOMPARE(recycled->unit.in(QStringLiteral("en")), QStringLiteral("%"));

    // The circular plan: KS's seven areas, the one the seed names first among them; the climate plan: the six
    // joint projects of Kommunenettverk for klimaomstilling.
    const PlanTemplate circular = builtIn(QStringLiteral("circular"));
    QCOMPARE(circular.focusAreas.size(), 7);
    QCOMPARE(circular.focusAreas.first().in(QStringLiteral("nb")), QStringLiteral("Styrings- og ledelsesprosesser"));
    const PlanTemplate climate = builtIn(QStringLiteral("climate"));
    QCOMPARE(climate.focusAreas.size(), 6);
    QCOMPARE(climate.focusAreas.first().in(QStringLiteral("nn")), QStringLiteral("Ombruk i eigen kommuneorganisasjon"));
    QCOMPARE(climate.focusAreas.last().in(QStringLiteral("en")), QStringLiteral("Strategic climate work"));
}

void TestPlanTemplate::textsFallBackToTheNearestLanguage_data()
{
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const QStringList& languages, const char* wanted, const char* expected) {
        QTest::newRow(name) << languages << QString::fromLatin1(wanted) << QString::fromLatin1(expected);
    };
    const QString nb = QStringLiteral("nb"), nn = QStringLiteral("nn"), en = QStringLiteral("en");
    row("nn has its own", {nb, nn, en}, "nn", "nn");
    row("nn without nn reads nb", {nb, en}, "nn", "nb");
    row("nb without nb reads nn", {nn, en}, "nb", "nn");
    row("en without en reads nb", {nb, nn}, "en", "nb");
    row("only English", {en}, "nn", "en");
    row("same in every language", {QString()}, "en", "");
}

void TestPlanTemplate::textsFallBackToTheNearestLanguage()
{
    QFETCH(QStringList, languages);
    QFETCH(QString, wanted);
    QFETCH(QString, expected);
    PlanTemplate::Text text;
    for (const QString& code : languages)
        text.byLanguage.insert(code, QStringLiteral("text ") + code);
    QCOMPARE(text.in(wanted), QStringLiteral("text ") + expected);
}

void TestPlanTemplate::refusesBadTemplates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QByteArray>("message");
    const QByteArray head = R"("format": "actionplans-plan-template", "version": 1, )";
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"actionplans-plan-template\",\n  \"name\": ø\n}") << 3
                              << 11 << QByteArray("not valid JSON");
    QTest::newRow("a plan file") << QByteArray(R"({"format": "actionplans-plan", "version": 1, "plans": []})") << 0 << 0
                                 << QByteArray("not a plan template");
    QTest::newRow("newer version") << QByteArray(R"({"format": "actionplans-plan-template", "version": 2})") << 0 << 0
                                   << QByteArray("newer version");
    QTest::newRow("no name") << "{" + head + R"("planTitle": "Plan"})" << 0 << 0
                             << QByteArray("name: a text is required");
    QTest::newRow("unknown kind") << "{" + head + R"("kind": "marine", "name": "T", "planTitle": "P"})" << 0 << 0
                                  << QByteArray("kind: “marine” is not a kind of plan");
    QTest::newRow("focus area not a text") << "{" + head + R"("name": "T", "planTitle": "P", "focusAreas": ["A", 3]})"
                                           << 0 << 0 << QByteArray("focusAreas/2: a text, or texts by language");
    QTest::newRow("empty focus area") << "{" + head + R"("name": "T", "planTitle": "P", "focusAreas": [""]})" << 0 << 0
                                      << QByteArray("focusAreas/1: a text is required");
    QTest::newRow("bad direction") << "{" + head
            + R"("name": "T", "planTitle": "P", "indicators": [{"name": "I", "direction": "up"}]})"
                                   << 0 << 0 << QByteArray("indicators/1/direction: “up” is not a direction");
    QTest::newRow("bad target") << "{" + head
            + R"("name": "T", "planTitle": "P", "indicators": [{"name": "I", "target": [50]}]})"
                                << 0 << 0 << QByteArray("indicators/1/target: a target is written [year, value]");
    QTest::newRow("texts by language not texts") << "{" + head + R"("name": {"nb": 1}, "planTitle": "P"})" << 0 << 0
                                                 << QByteArray("name/nb: a text was expected");
}

void TestPlanTemplate::refusesBadTemplates()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QByteArray, message);
    ImportProblem problem;
    QVERIFY(!PlanTemplate::read(json, &problem));
    QVERIFY2(problem.message.contains(QString::fromUtf8(message)), qPrintable(problem.message));
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);
}

void TestPlanTemplate::makesAPlanFromEachTemplate_data()
{
    QTest::addColumn<QByteArray>("kindCode");
    QTest::addColumn<QByteArray>("languageCode");
    QTest::addColumn<QByteArray>("firstAreaName");
    QTest::newRow("plastic-smart, bokmål")
        << QByteArray("plastic_smart") << QByteArray("nb") << QByteArray("Kartlegging av plastbruk og plaststrømmer");
    QTest::newRow("circular, nynorsk") << QByteArray("circular") << QByteArray("nn")
                                       << QByteArray("Styrings- og leiingsprosessar");
    QTest::newRow("climate, English") << QByteArray("climate") << QByteArray("en")
                                      << QByteArray("Reuse in the own organisation");
}

void TestPlanTemplate::makesAPlanFromEachTemplate()
{
    QFETCH(QByteArray, kindCode);
    QFETCH(QByteArray, languageCode);
    QFETCH(QByteArray, firstAreaName);
    const QString kind = QString::fromUtf8(kindCode);
    const QString language = QString::fromUtf8(languageCode);
    const QString firstArea = QString::fromUtf8(firstAreaName);
    const PlanTemplate chosen = builtIn(kind);
    QVERIFY(!chosen.name.isEmpty());
    const int plansBefore = int(m_stores->plans.list().size());
    const int measuresBefore = int(m_stores->measures.list().size());

    // Twice, as two municipalities would: every plan gets its own UUIDs.
    QVector<qint64> made;
    QUndoStack undo;
    for (const char* number : {"3905", "1804"}) {
        const PlanFile::PlanData data
            = chosen.planData(QLatin1String(number), language, QStringLiteral("Ny plan"), 2027, 2030);
        auto command = std::make_unique<ImportPlanFileCommand>(*m_stores, QStringLiteral("template"), nullptr);
        QString error;
        PlanFile::Summary summary;
        QVERIFY2(PlanFile::apply(*m_stores, {data}, &summary, command.get(), &error), qPrintable(error));
        QCOMPARE(summary.plansAdded, 1);
        QCOMPARE(summary.indicatorsAdded, int(chosen.indicators.size()));
        undo.push(command.release());
        const QVector<Plan> plans = m_stores->plans.list(QStringLiteral("uuid"), data.plan.uuid);
        QCOMPARE(plans.size(), 1);
        made << plans.first().id;
    }
    QCOMPARE(int(m_stores->plans.list().size()), plansBefore + 2);
    QCOMPARE(int(m_stores->measures.list().size()), measuresBefore); // a template has no measures

    const Plan plan = *m_stores->plans.get(made.first());
    QCOMPARE(plan.kind, kind);
    QCOMPARE(plan.title, QStringLiteral("Ny plan"));
    QCOMPARE(plan.periodFrom, 2027);
    QCOMPARE(plan.periodTo, 2030);
    QCOMPARE(plan.status, QStringLiteral("draft"));
    QCOMPARE(m_stores->municipalities.get(plan.municipalityId)->number, QStringLiteral("3905"));
    QVector<FocusArea> areas = m_stores->focusAreas.list(QStringLiteral("plan_id"), plan.id);
    std::sort(areas.begin(), areas.end(), [](const auto& a, const auto& b) { return a.position < b.position; });
    QCOMPARE(areas.size(), chosen.focusAreas.size());
    QCOMPARE(areas.first().name, firstArea);
    const QVector<Indicator> indicators = m_stores->indicators.list(QStringLiteral("plan_id"), plan.id);
    QCOMPARE(indicators.size(), chosen.indicators.size());
    for (const Indicator& indicator : indicators) {
        QVERIFY(!indicator.baselineValue); // the municipality's own starting point, not the template's
        QVERIFY(m_stores->indicatorValues.list(QStringLiteral("indicator_id"), indicator.id).isEmpty());
        QCOMPARE(m_stores->indicators.list(QStringLiteral("uuid"), indicator.uuid).size(), 1);
    }

    // Undone, each plan goes with its focus areas and indicators.
    undo.undo();
    undo.undo();
    QCOMPARE(int(m_stores->plans.list().size()), plansBefore);
    QVERIFY(m_stores->focusAreas.list(QStringLiteral("plan_id"), plan.id).isEmpty());
    QVERIFY(m_stores->indicators.list(QStringLiteral("plan_id"), plan.id).isEmpty());
}

void TestPlanTemplate::savesAPlanAsTemplate()
{
    const QVector<Plan> horten = m_stores->plans.list(
        QStringLiteral("title"), QStringLiteral("Handlingsplan for en plastsmart kommune 2023–2026"));
    QCOMPARE(horten.size(), 1);
    const std::optional<PlanTemplate> made
        = PlanTemplate::fromPlan(*m_stores, horten.first().id, QStringLiteral("Horten / plastsmart"));
    QVERIFY(made);
    QCOMPARE(made->kind, QStringLiteral("plastic_smart"));
    QCOMPARE(made->planTitle.in(QStringLiteral("nn")), QStringLiteral("Handlingsplan for en plastsmart kommune"));
    QCOMPARE(made->focusAreas.size(), m_stores->focusAreas.list(QStringLiteral("plan_id"), horten.first().id).size());
    QCOMPARE(made->indicators.size(), 3);

    // Saved twice under one name: two files, neither over the other, both read back as they were.
    const QString folder = m_dir.filePath(QStringLiteral("mine"));
    QString error;
    const std::optional<QString> first = made->saveInto(folder, &error);
    QVERIFY2(first, qPrintable(error));
    const std::optional<QString> second = made->saveInto(folder, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(*first != *second);
    QCOMPARE(QFileInfo(*first).fileName(), QStringLiteral("horten-plastsmart.json"));
    QStringList problems;
    const QVector<PlanTemplate> all = PlanTemplate::available(folder, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(all.size(), 5);
    const PlanTemplate& read = all.at(3);
    QVERIFY(!read.isBuiltIn());
    QCOMPARE(read.name.in(QStringLiteral("en")), QStringLiteral("Horten / plastsmart"));
    QCOMPARE(read.toJson(), made->toJson());
    QCOMPARE(read.focusAreas.first().in(QStringLiteral("en")), made->focusAreas.first().in(QStringLiteral("nb")));
    QCOMPARE(read.indicators.first().targetValue, std::optional<double>(50));

    // A plan made from it has the structure of Horten's plan and none of its measures.
    const PlanFile::PlanData data
        = read.planData(QStringLiteral("3907"), QStringLiteral("nb"), QStringLiteral("Kopi"), 2027, 2030);
    QCOMPARE(data.focusAreas.size(), read.focusAreas.size());
    QVERIFY(data.measures.isEmpty());
    QVERIFY(data.plan.uuid != horten.first().uuid);
}

void TestPlanTemplate::skipsUnreadableUserTemplates()
{
    const QString folder = m_dir.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(QStringLiteral("half.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"actionplans-plan-template\",");
    file.close();
    QStringList problems;
    const QVector<PlanTemplate> all = PlanTemplate::available(folder, &problems);
    QCOMPARE(all.size(), 3); // the built-in ones still offered
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("half.json:1:")), qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestPlanTemplate)
#include "test_plantemplate.moc"
