// Comparing a network's members: per member its plans' counts, share done, mean progress, overdue measures, last
// update, focus areas and indicators; the indicators the members share, per inhabitant where they are amounts; the
// summary file a member sends its coordinator, and the comparison using it for a member whose plans the file lacks.
#include "database.h"
#include "datafile.h"
#include "networkcomparemodel.h"
#include "norwegiansortproxy.h"
#include "reportdata.h"
#include "sampledata.h"
#include "samplefile.h"
#include "storebackend.h"
#include "stores.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QDate Today(2026, 11, 23);
const QString PlasticSmart = QStringLiteral("Plastsmarte byer og kommuner");
} // namespace

class TestNetworkComparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void summarizesEachMember();
    void sharesIndicatorsAndAreas();
    void isAmount_data();
    void isAmount();
    void modelShowsAndFollowsTheFile();
    void modelSortsByFigures();
    void summaryFileRoundTrip();
    void summaryFileRefusals_data();
    void summaryFileRefusals();
    void importedSummaryStandsInForAMember();
    void jsonErrorColumnCountsCharacters();
    void importsAndExportsSummaries();
    void bundlesEveryMembersPlans();
    void networksOfAMunicipality();
    void sortsInNorwegianOrder();

private:
    qint64 networkNamed(const QString& name) const { return m_stores->networks.byName(name).value_or(Network()).id; }
    qint64 municipality(const QString& number) const { return m_stores->municipalities.byNumber(number)->id; }
    const MemberSummary* member(const QVector<MemberSummary>& members, const QString& name) const;

    StoreBackend m_backend; // a file, or a server (test_…_server)
    QString m_location;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
};

void TestNetworkComparison::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
}

void TestNetworkComparison::init()
{
    m_location = m_backend.fresh(QStringLiteral("network"));
    QString error;
    QVERIFY2(testfiles::openSample(m_location, Today, m_db, m_stores, &error), qPrintable(error));
}

void TestNetworkComparison::cleanup()
{
    testfiles::closeSample(m_location, m_db, m_stores);
}

const MemberSummary* TestNetworkComparison::member(const QVector<MemberSummary>& members, const QString& name) const
{
    for (const MemberSummary& summary : members) {
        if (summary.municipality == name)
            return &summary;
    }
    return nullptr;
}

void TestNetworkComparison::summarizesEachMember()
{
    const qint64 network = networkNamed(PlasticSmart);
    QCOMPARE(NetworkComparison::commonPlanKind(*m_stores, network), QStringLiteral("plastic_smart"));
    const QVector<MemberSummary> members
        = NetworkComparison::members(*m_stores, network, QStringLiteral("plastic_smart"), Today);
    // Sixteen members, three with plastic-smart plans in the sample; the others have neither plans nor summaries.
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.at(0).municipality, QStringLiteral("Horten"));
    QCOMPARE(members.at(1).municipality, QStringLiteral("Sandefjord"));
    QCOMPARE(members.at(2).municipality, QStringLiteral("Tromsø"));

    // Horten's figures agree with its council report's.
    const MemberSummary& horten = members.at(0);
    const qint64 hortenPlan
        = m_stores->plans.list(QStringLiteral("municipality_id"), municipality(QStringLiteral("3901"))).value(0).id;
    ReportOptions options;
    options.reportDate = Today;
    const std::optional<ReportData> report = ReportData::collect(*m_stores, hortenPlan, options, nullptr);
    QVERIFY(report);
    QCOMPARE(horten.measures, report->measureCount);
    QCOMPARE(horten.measures, 21);
    QCOMPARE(horten.done, report->doneCount);
    QCOMPARE(horten.cancelled, 1);
    QCOMPARE(horten.overdue, int(report->overdue.size()));
    QVERIFY(horten.overdue > 0);
    QCOMPARE(horten.shareDone(), report->shareDone());
    QCOMPARE(horten.meanProgress, report->meanProgress);
    QCOMPARE(horten.statusCounts, report->statusCounts);
    QCOMPARE(horten.population, 27939);
    QCOMPARE(horten.plans, QStringList {QStringLiteral("Handlingsplan for en plastsmart kommune 2023–2026")});
    QVERIFY(horten.lastUpdate.isValid() && horten.lastUpdate <= Today);
    QCOMPARE(horten.areas.size(), 6);
    QCOMPARE(horten.areas.at(1).name, QStringLiteral("Forsøpling"));
    QCOMPARE(horten.areas.at(1).measures, 4);
    QCOMPARE(horten.areas.at(1).done, 1);
    // (75 + 40 + 100 + 0) / 4
    QCOMPARE(horten.areas.at(1).meanProgress, 53.75);
    QCOMPARE(horten.indicators.size(), 3);
    const MemberSummary::Indicator* recycled = horten.indicator(QStringLiteral("plastemballasje materialgjenvunnet"));
    QVERIFY(recycled);
    QCOMPARE(*recycled->year, 2025);
    QCOMPARE(*recycled->value, 34.0);
    QCOMPARE(*recycled->target, 50.0);

    // Every kind: Gjøvik's climate plan counts only where climate plans are compared.
    const qint64 climate = networkNamed(QStringLiteral("Kommunenettverk for klimaomstilling"));
    QCOMPARE(NetworkComparison::members(*m_stores, climate, QStringLiteral("climate"), Today).size(), 2);
    QCOMPARE(NetworkComparison::members(*m_stores, climate, QStringLiteral("plastic_smart"), Today).size(), 0);
    QCOMPARE(NetworkComparison::members(*m_stores, climate, QString(), Today).size(), 2);
}

void TestNetworkComparison::sharesIndicatorsAndAreas()
{
    const QVector<MemberSummary> members
        = NetworkComparison::members(*m_stores, networkNamed(PlasticSmart), QStringLiteral("plastic_smart"), Today);
    const QVector<SharedIndicator> shared = NetworkComparison::sharedIndicators(members);
    QCOMPARE(shared.size(), 4);
    QCOMPARE(shared.at(0).name, QStringLiteral("Plastemballasje materialgjenvunnet"));
    QVERIFY(!shared.at(0).perInhabitant);
    QCOMPARE(*shared.at(0).target, 50.0); // the national target, which all three share
    QCOMPARE(shared.at(1).name, QStringLiteral("Plastemballasje samlet inn"));
    QCOMPARE(*shared.at(1).target, 60.0); // Horten and Sandefjord 60, Tromsø 55: the most common
    QCOMPARE(shared.at(2).unit, QStringLiteral("stk. per 100 m strand"));
    QVERIFY(!shared.at(2).perInhabitant); // already a rate
    QCOMPARE(shared.at(3).name, QStringLiteral("Engangsplast kjøpt inn av kommunen"));
    QVERIFY(shared.at(3).perInhabitant); // tonnes: compared per 1,000 inhabitants
    QVERIFY(!shared.at(3).target);

    const MemberSummary* sandefjord = member(members, QStringLiteral("Sandefjord"));
    QVERIFY(sandefjord);
    QCOMPARE(*NetworkComparison::comparedValue(*sandefjord, shared.at(0)), 41.0);
    QVERIFY(qFuzzyCompare(*NetworkComparison::comparedValue(*sandefjord, shared.at(3)), 31.0 * 1000 / 66231));
    QVERIFY(qFuzzyCompare(*NetworkComparison::comparedTarget(*sandefjord, shared.at(3)), 23.0 * 1000 / 66231));
    const MemberSummary* horten = member(members, QStringLiteral("Horten"));
    QVERIFY(!NetworkComparison::comparedValue(*horten, shared.at(3))); // Horten does not measure it

    const QStringList areas = NetworkComparison::sharedAreas(members);
    QCOMPARE(areas.size(), 6);
    QCOMPARE(areas.first(), QStringLiteral("Kartlegging og finansiering"));
    double sum = 0;
    for (const MemberSummary& each : members)
        sum += each.area(QStringLiteral("Forsøpling"))->meanProgress;
    QCOMPARE(*NetworkComparison::networkMeanProgress(members, QStringLiteral("forsøpling")), sum / 3);
    QVERIFY(!NetworkComparison::networkMeanProgress(members, QStringLiteral("Nothing of the kind")));
}

void TestNetworkComparison::isAmount_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("amount");
    QTest::newRow("percent") << "%" << false;
    QTest::newRow("tonnes") << "tonn" << true;
    QTest::newRow("tonnes CO2") << "tonn CO₂-ekv." << true;
    QTest::newRow("pieces") << "stk." << true;
    QTest::newRow("rate with per") << "stk. per 100 m strand" << false;
    QTest::newRow("rate with pr.") << "kg pr. innbygger" << false;
    QTest::newRow("rate with slash") << "kg/innbygger" << false;
    QTest::newRow("none") << "" << false;
}

void TestNetworkComparison::isAmount()
{
    QFETCH(QString, unit);
    QFETCH(bool, amount);
    QCOMPARE(NetworkComparison::isAmount(unit), amount);
}

void TestNetworkComparison::modelShowsAndFollowsTheFile()
{
    NetworkCompareModel model(*m_stores);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setNetwork(networkNamed(PlasticSmart), QStringLiteral("plastic_smart"), Today);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), NetworkCompareModel::FirstIndicatorColumn + 4);
    QCOMPARE(model.headerData(NetworkCompareModel::ShareDoneColumn, Qt::Horizontal).toString(), QStringLiteral("Done"));
    QCOMPARE(model.headerData(NetworkCompareModel::FirstIndicatorColumn, Qt::Horizontal).toString(),
             QStringLiteral("Plastemballasje materialgjenvunnet (%)"));
    QCOMPARE(model.headerData(NetworkCompareModel::FirstIndicatorColumn + 3, Qt::Horizontal).toString(),
             QStringLiteral("Engangsplast kjøpt inn av kommunen (tonn per 1,000 inhabitants)"));
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, NetworkCompareModel::MunicipalityColumn), QStringLiteral("Horten"));
    QCOMPARE(cell(0, NetworkCompareModel::MeasuresColumn), QStringLiteral("21"));
    QCOMPARE(cell(0, NetworkCompareModel::FirstIndicatorColumn), QStringLiteral("34 (target 50)"));
    QCOMPARE(cell(0, NetworkCompareModel::FirstIndicatorColumn + 3), QStringLiteral("–"));
    QCOMPARE(cell(1, NetworkCompareModel::FirstIndicatorColumn + 3), QStringLiteral("0.468 (target 0.347)"));
    QVERIFY(model.index(0, NetworkCompareModel::PlansColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("plastsmart")));

    // A measure added to Tromsø's plan shows once the burst of changes is over.
    QSignalSpy compared(&model, &NetworkCompareModel::compared);
    Measure measure;
    measure.planId
        = m_stores->plans.list(QStringLiteral("municipality_id"), municipality(QStringLiteral("5501"))).value(0).id;
    measure.title = QStringLiteral("Nytt tiltak");
    measure.status = QStringLiteral("done");
    measure.progress = 100;
    QVERIFY(m_stores->measures.add(measure));
    QTRY_COMPARE(cell(2, NetworkCompareModel::MeasuresColumn), QStringLiteral("9"));
    QCOMPARE(compared.size(), 1);
    QCOMPARE(model.members().at(2).done, 4);
}

void TestNetworkComparison::modelSortsByFigures()
{
    NetworkCompareModel model(*m_stores);
    model.setNetwork(networkNamed(PlasticSmart), QStringLiteral("plastic_smart"), Today);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(NetworkCompareModel::SortRole);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Plastic collected: Horten 51 %, Sandefjord 55 %, Tromsø 42 %.
    sorted.sort(NetworkCompareModel::FirstIndicatorColumn + 1, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < sorted.rowCount(); ++row)
        order << sorted.index(row, 0).data().toString();
    QCOMPARE(order, (QStringList {QStringLiteral("Sandefjord"), QStringLiteral("Horten"), QStringLiteral("Tromsø")}));
    sorted.sort(NetworkCompareModel::MeasuresColumn, Qt::AscendingOrder);
    QCOMPARE(sorted.index(2, 0).data().toString(), QStringLiteral("Horten")); // 21 measures, the most
}

void TestNetworkComparison::summaryFileRoundTrip()
{
    const MemberSummary tromso = NetworkComparison::summarize(
        *m_stores, municipality(QStringLiteral("5501")), QStringLiteral("plastic_smart"), Today);
    const QByteArray json = NetworkComparison::toJson(tromso, Today);
    QString error;
    const std::optional<MemberSummary> read = NetworkComparison::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->summaryDate, Today);
    QCOMPARE(read->municipalityNumber, QStringLiteral("5501"));
    QCOMPARE(read->municipality, tromso.municipality);
    QCOMPARE(read->population, tromso.population);
    QCOMPARE(read->planKind, tromso.planKind);
    QCOMPARE(read->plans, tromso.plans);
    QCOMPARE(read->statusCounts, tromso.statusCounts);
    QCOMPARE(read->measures, tromso.measures);
    QCOMPARE(read->done, tromso.done);
    QCOMPARE(read->cancelled, tromso.cancelled);
    QCOMPARE(read->overdue, tromso.overdue);
    QCOMPARE(read->meanProgress, tromso.meanProgress);
    QCOMPARE(read->lastUpdate, tromso.lastUpdate);
    QCOMPARE(read->areas.size(), tromso.areas.size());
    QCOMPARE(read->areas.at(1).name, tromso.areas.at(1).name);
    QCOMPARE(read->areas.at(1).meanProgress, tromso.areas.at(1).meanProgress);
    QCOMPARE(read->indicators.size(), 4);
    QCOMPARE(*read->indicators.at(3).value, *tromso.indicators.at(3).value);
    QCOMPARE(*read->indicators.at(3).targetYear, 2026);
    QCOMPARE(read->indicators.at(3).direction, QStringLiteral("lower"));
}

void TestNetworkComparison::summaryFileRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"actionplans-member-summary\",\n  oops\n}")
                              << "The summary is not valid JSON (line 3, column ";
    QTest::newRow("another format") << QByteArray(R"({"format": "actionplans-plan", "version": 1})")
                                    << "This is not a member summary of Action Plans.";
    QTest::newRow("newer") << QByteArray(R"({"format": "actionplans-member-summary", "version": 2})")
                           << "format version 2";
    QTest::newRow("no date") << QByteArray(R"({"format": "actionplans-member-summary", "version": 1})") << "(“made”)";
    QTest::newRow("bad number") << QByteArray(R"({"format": "actionplans-member-summary", "version": 1,
                                   "made": "2026-11-01", "municipalityNumber": "55"})")
                                << "“55” is not a municipality number";
    QTest::newRow("bad kind") << QByteArray(R"({"format": "actionplans-member-summary", "version": 1,
                                 "made": "2026-11-01", "municipalityNumber": "5501", "planKind": "tiny"})")
                              << "“tiny” is not a kind of plan";
    QTest::newRow("bad status") << QByteArray(R"({"format": "actionplans-member-summary", "version": 1,
                                   "made": "2026-11-01", "municipalityNumber": "5501",
                                   "statusCounts": {"finished": 3}})")
                                << "“finished: 3” is not a count of measures by status";
    QTest::newRow("negative count") << QByteArray(R"({"format": "actionplans-member-summary", "version": 1,
                                       "made": "2026-11-01", "municipalityNumber": "5501",
                                       "statusCounts": {"done": -3}})")
                                    << "“done: -3” is not a count";
    QTest::newRow("nameless indicator") << QByteArray(R"({"format": "actionplans-member-summary", "version": 1,
                                           "made": "2026-11-01", "municipalityNumber": "5501",
                                           "indicators": [{"unit": "%"}]})")
                                        << "An indicator of the summary has no name.";
}

void TestNetworkComparison::summaryFileRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!NetworkComparison::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestNetworkComparison::importedSummaryStandsInForAMember()
{
    // Bergen is a member without a plan in the file; its adviser sent a summary.
    MemberSummary bergen;
    bergen.municipalityNumber = QStringLiteral("4601");
    bergen.municipality = QStringLiteral("Bergen");
    bergen.population = 291940;
    bergen.planKind = QStringLiteral("plastic_smart");
    bergen.plans = QStringList {QStringLiteral("Plastplan for Bergen")};
    bergen.statusCounts = {{QStringLiteral("done"), 6}, {QStringLiteral("in_progress"), 4}};
    bergen.meanProgress = 78;
    bergen.areas << MemberSummary::Area {QStringLiteral("Forsøpling"), 3, 2, 80.0};
    MemberSummary::Indicator recycled;
    recycled.name = QStringLiteral("Plastemballasje materialgjenvunnet");
    recycled.unit = QStringLiteral("%");
    recycled.year = 2025;
    recycled.value = 45;
    recycled.target = 50;
    bergen.indicators << recycled;
    MemberSummaryRecord record;
    record.municipalityId = municipality(QStringLiteral("4601"));
    record.planKind = QStringLiteral("plastic_smart");
    record.madeOn = QDate(2026, 10, 1);
    record.importedAt = QDateTime::currentDateTime();
    record.content = QString::fromUtf8(NetworkComparison::toJson(bergen, record.madeOn));
    QVERIFY2(m_stores->memberSummaries.add(record), qPrintable(m_stores->memberSummaries.errorString()));

    NetworkCompareModel model(*m_stores);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNetwork(networkNamed(PlasticSmart), QStringLiteral("plastic_smart"), Today);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Bergen (summary)"));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("01.10.2026")));
    QCOMPARE(model.index(0, NetworkCompareModel::MeasuresColumn).data().toString(), QStringLiteral("10"));
    QCOMPARE(model.index(0, NetworkCompareModel::ShareDoneColumn).data().toString(), QStringLiteral("60 %"));
    QCOMPARE(model.index(0, NetworkCompareModel::FirstIndicatorColumn).data().toString(),
             QStringLiteral("45 (target 50)"));
    // Comparing another kind of plan leaves the summary out; comparing every kind takes it in.
    model.setNetwork(networkNamed(PlasticSmart), QStringLiteral("climate"), Today);
    QCOMPARE(model.rowCount(), 0);
    model.setNetwork(networkNamed(PlasticSmart), QString(), Today);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Bergen (summary)"));
}

// A JSON error's column counts characters, as an editor shows them: "ø" is one, not two UTF-8 bytes.
void TestNetworkComparison::jsonErrorColumnCountsCharacters()
{
    QString ascii;
    QString norwegian;
    QVERIFY(!NetworkComparison::fromJson(QByteArray("{\"municipality\": \"Tromso\", oops}"), &ascii));
    QVERIFY(!NetworkComparison::fromJson(QStringLiteral("{\"municipality\": \"Tromsø\", oops}").toUtf8(), &norwegian));
    QVERIFY2(ascii.contains(QStringLiteral("line 1, column")), qPrintable(ascii));
    QCOMPARE(norwegian, ascii);
}

void TestNetworkComparison::importsAndExportsSummaries()
{
    const qint64 tromso = municipality(QStringLiteral("5501"));
    QString error;
    // A member with no plan of the kind has nothing to send.
    QVERIFY(!NetworkComparison::exportSummary(*m_stores, tromso, QStringLiteral("climate"), Today, &error));
    QVERIFY2(error.contains(QStringLiteral("Tromsø has no plan of this kind")), qPrintable(error));
    const std::optional<QByteArray> json
        = NetworkComparison::exportSummary(*m_stores, tromso, QStringLiteral("plastic_smart"), Today, &error);
    QVERIFY2(json, qPrintable(error));

    // Imported, it is kept whole with the day it was made and the time it came in.
    const QDateTime now(Today, QTime(10, 30));
    const std::optional<MemberSummary> imported = NetworkComparison::importSummary(*m_stores, *json, now, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->municipality, QStringLiteral("Tromsø"));
    const std::optional<MemberSummaryRecord> stored
        = m_stores->memberSummaries.latest(tromso, QStringLiteral("plastic_smart"));
    QVERIFY(stored);
    QCOMPARE(stored->content.toUtf8(), *json);
    QCOMPARE(stored->madeOn, Today);
    QCOMPARE(stored->importedAt, now);
    QVERIFY(m_stores->memberSummaries.latest(tromso, QString())); // any kind
    QVERIFY(!m_stores->memberSummaries.latest(tromso, QStringLiteral("climate")));

    // A summary naming a municipality the file lacks, or no summary at all, is refused and nothing is stored.
    QByteArray unknown = *json;
    unknown.replace("\"5501\"", "\"9999\"");
    QVERIFY(!NetworkComparison::importSummary(*m_stores, unknown, now, &error));
    QCOMPARE(error, QStringLiteral("The file has no municipality numbered 9999."));
    QVERIFY(!NetworkComparison::importSummary(*m_stores, QByteArray("[]"), now, &error));
    QCOMPARE(m_stores->memberSummaries.list().size(), 1);

    // The plan a member's row opens: its plan of the kind compared, else its first.
    const qint64 gjovik = municipality(QStringLiteral("3407"));
    const qint64 climatePlan = m_stores->plans.list(QStringLiteral("municipality_id"), gjovik).value(0).id;
    QCOMPARE(NetworkComparison::memberPlan(*m_stores, gjovik, QStringLiteral("climate")), climatePlan);
    QCOMPARE(NetworkComparison::memberPlan(*m_stores, gjovik, QStringLiteral("circular")), climatePlan);
    QCOMPARE(NetworkComparison::memberPlan(*m_stores, municipality(QStringLiteral("4601")), QString()), 0);
}

// The network bundle: every plan of every member, members in Norwegian order, and nothing of non-members.
void TestNetworkComparison::bundlesEveryMembersPlans()
{
    QStringList titles;
    for (qint64 planId : NetworkComparison::memberPlans(*m_stores, networkNamed(PlasticSmart))) {
        const Plan plan = *m_stores->plans.get(planId);
        titles << m_stores->municipalities.get(plan.municipalityId)->name;
    }
    QCOMPARE(titles, (QStringList {QStringLiteral("Horten"), QStringLiteral("Sandefjord"), QStringLiteral("Tromsø")}));
    QCOMPARE(
        NetworkComparison::memberPlans(*m_stores, networkNamed(QStringLiteral("Kommunenettverk for klimaomstilling")))
            .size(),
        2); // Gjøvik's and Ål's
}

void TestNetworkComparison::networksOfAMunicipality()
{
    QStringList names;
    for (const Network& network : m_stores->networks.networksOf(municipality(QStringLiteral("3203"))))
        names << network.name; // Asker is in two of the sample networks
    QCOMPARE(names,
             (QStringList {QStringLiteral("Kommunenettverk for klimaomstilling"),
                           QStringLiteral("Plastsmarte byer og kommuner")}));
    QVERIFY(m_stores->networks.networksOf(municipality(QStringLiteral("5001"))).size() == 1); // Trondheim
}

// The network tables sort names as Norwegian readers do, whatever the system's collation: Æ, Ø, Å after Z (in
// code-point order Å would come first), and codes as numbers.
void TestNetworkComparison::sortsInNorwegianOrder()
{
    QStandardItemModel source;
    for (const char* name : {"Åsnes", "Ørland", "Ærlig", "Zeta", "1.10", "1.2", "Bø"})
        source.appendRow(new QStandardItem(QString::fromUtf8(name)));
    NorwegianSortProxy proxy;
    proxy.setSourceModel(&source);
    proxy.sort(0);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, 0).data().toString();
    QCOMPARE(order,
             (QStringList {QStringLiteral("1.2"),
                           QStringLiteral("1.10"),
                           QStringLiteral("Bø"),
                           QStringLiteral("Zeta"),
                           QStringLiteral("Ærlig"),
                           QStringLiteral("Ørland"),
                           QStringLiteral("Åsnes")}));
}

QTEST_GUILESS_MAIN(TestNetworkComparison)
#include "test_networkcomparison.moc"
