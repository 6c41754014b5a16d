// The example bank: every measure of the file searchable by words, network, focus area, plan kind, status and
// municipality; chosen measures copied into another municipality's plan as new, planned measures that remember
// where they came from, as one undo step.
#include "database.h"
#include "datafile.h"
#include "examplebank.h"
#include "measurecommands.h"
#include "planfile.h"
#include "sampledata.h"
#include "samplefile.h"
#include "storebackend.h"
#include "stores.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestExampleBank : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void searches_data();
    void searches();
    void copiesIntoAnotherPlan();
    void reloadsWhenTheFileChanges();
    void offersPlansAndNetworksInNorwegianOrder();
    void originTravelsInPlanFiles();

private:
    qint64 planOf(const QString& municipalityNumber) const;
    qint64 networkNamed(const QString& name) const;
    QVector<qint64> matching(ExampleBankFilter& filter) const;

    StoreBackend m_backend; // a file, or a server (test_…_server)
    QString m_location;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<ExampleBankModel> m_model;
};

void TestExampleBank::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
}

void TestExampleBank::init()
{
    m_location = m_backend.fresh(QStringLiteral("bank"));
    QString error;
    QVERIFY2(testfiles::openSample(m_location, QDate(2026, 11, 23), m_db, m_stores, &error), qPrintable(error));
    m_model = std::make_unique<ExampleBankModel>(*m_stores);
}

void TestExampleBank::cleanup()
{
    m_model.reset();
    testfiles::closeSample(m_location, m_db, m_stores);
}

qint64 TestExampleBank::planOf(const QString& municipalityNumber) const
{
    const qint64 municipality = m_stores->municipalities.byNumber(municipalityNumber)->id;
    return m_stores->plans.list(QStringLiteral("municipality_id"), municipality).value(0).id;
}

qint64 TestExampleBank::networkNamed(const QString& name) const
{
    return m_stores->networks.byName(name).value_or(Network()).id;
}

QVector<qint64> TestExampleBank::matching(ExampleBankFilter& filter) const
{
    QVector<qint64> ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids << filter.index(row, 0).data(ExampleBankModel::MeasureIdRole).toLongLong();
    return ids;
}

void TestExampleBank::searches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstTitle");

    // Littering in the plastic-smart network: Horten's four measures that name it, by title, description or area.
    QTest::newRow("littering in the network")
        << "forsøpling"
        << "Plastsmarte byer og kommuner"
        << ""
        << "" << 9 << "Avfallsbeholdere med sortering ved populære turmål"; // Horten, Sandefjord, Tromsø
    QTest::newRow("every word must occur, any case") << "OMBRUK møbler"
                                                     << ""
                                                     << ""
                                                     << "" << 5 << "";
    QTest::newRow("by kind of plan") << ""
                                     << ""
                                     << "circular"
                                     << "" << 18 << "";
    QTest::newRow("by status") << "ombruk"
                               << ""
                               << ""
                               << "done" << 10 << "";
    QTest::newRow("a network without plans") << ""
                                             << "KS nettverk for sirkulærøkonomi"
                                             << ""
                                             << "" << 0 << "";
}

void TestExampleBank::searches()
{
    QFETCH(QString, text);
    QFETCH(QString, network);
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(int, count);
    QFETCH(QString, firstTitle);
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), m_stores->measures.list().size());
    ExampleBankFilter filter;
    filter.setSourceModel(m_model.get());
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setText(text);
    if (!network.isEmpty()) {
        QVERIFY(networkNamed(network) > 0);
        filter.setNetwork(networkNamed(network));
    }
    filter.setKind(kind);
    filter.setStatus(status);
    QCOMPARE(filter.rowCount(), count);
    if (!firstTitle.isEmpty()) {
        filter.sort(ExampleBankModel::TitleColumn);
        QCOMPARE(filter.index(0, ExampleBankModel::TitleColumn).data().toString(), firstTitle);
    }
    // Each row says where the measure comes from.
    for (int row = 0; row < filter.rowCount(); ++row) {
        QVERIFY(!filter.index(row, ExampleBankModel::MunicipalityColumn).data().toString().isEmpty());
        QVERIFY(!filter.index(row, ExampleBankModel::PlanColumn).data().toString().isEmpty());
    }
}

void TestExampleBank::copiesIntoAnotherPlan()
{
    ExampleBankFilter filter;
    filter.setSourceModel(m_model.get());
    filter.setText(QStringLiteral("forsøpling"));
    filter.setNetwork(networkNamed(QStringLiteral("Plastsmarte byer og kommuner")));
    filter.setMunicipality(m_stores->municipalities.byNumber(QStringLiteral("3901"))->id); // Horten
    filter.sort(ExampleBankModel::TitleColumn);
    const QVector<qint64> found = matching(filter);
    QCOMPARE(found.size(), 4);
    const QVector<qint64> chosen = {found.at(0), found.at(1)};
    const Measure first = *m_stores->measures.get(chosen.at(0));

    const qint64 target = planOf(QStringLiteral("3407")); // Gjøvik's climate plan, which has no littering area
    const int before = m_stores->measures.list(QStringLiteral("plan_id"), target).size();
    const int areasBefore = m_stores->focusAreas.list(QStringLiteral("plan_id"), target).size();
    QUndoStack undo;
    QStringList errors;
    undo.push(new AddMeasureRowsCommand(*m_stores,
                                        target,
                                        ExampleBank::copies(*m_stores, chosen, target),
                                        QStringLiteral("Copy"),
                                        [&errors](const QString& e) { errors << e; }));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    QVector<MeasureListing> copies;
    for (const MeasureListing& listing : m_stores->measures.listings(target)) {
        if (!listing.measure.originUuid.isEmpty())
            copies << listing;
    }
    QCOMPARE(copies.size(), 2);
    const MeasureListing& copy = copies.constFirst();
    QCOMPARE(copy.measure.title, first.title);
    QCOMPARE(copy.measure.description, first.description);
    QCOMPARE(copy.measure.costNok, first.costNok);
    QCOMPARE(copy.measure.fundingSource, first.fundingSource);
    QCOMPARE(copy.focusArea, QStringLiteral("Forsøpling")); // created in the plan
    QVERIFY(copy.measure.uuid != first.uuid);
    QCOMPARE(copy.measure.status, QStringLiteral("planned"));
    QCOMPARE(copy.measure.progress, 0);
    QCOMPARE(copy.measure.ownerId, 0);
    QVERIFY(copy.measure.deadlineText.isEmpty());
    QVERIFY(m_stores->progressUpdates.list(QStringLiteral("measure_id"), copy.measure.id).isEmpty());
    QCOMPARE(copy.measure.originUuid, first.uuid);
    QCOMPARE(copy.measure.originMunicipality, QStringLiteral("Horten"));
    QCOMPARE(copy.measure.originPlan, QStringLiteral("Handlingsplan for en plastsmart kommune 2023–2026"));
    // Numbered after the plan's six focus areas, one after the other.
    QCOMPARE(copies.at(0).measure.code, QStringLiteral("7.1"));
    QCOMPARE(copies.at(1).measure.code, QStringLiteral("7.2"));
    QCOMPARE(m_stores->focusAreas.list(QStringLiteral("plan_id"), target).size(), areasBefore + 1);

    // One undo step takes back the copies and the focus area; redo brings back the same rows.
    undo.undo();
    QCOMPARE(m_stores->measures.list(QStringLiteral("plan_id"), target).size(), before);
    QCOMPARE(m_stores->focusAreas.list(QStringLiteral("plan_id"), target).size(), areasBefore);
    undo.redo();
    QCOMPARE(m_stores->measures.get(copy.measure.id)->originUuid, first.uuid);
    QVERIFY(m_db->problems().isEmpty());

    // Copying into a plan that has the focus area numbers on after its own measures there.
    const QVector<MeasureRow> again = ExampleBank::copies(*m_stores, {chosen.at(0)}, target);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.constFirst().measure.code, QStringLiteral("7.3"));
}

void TestExampleBank::reloadsWhenTheFileChanges()
{
    const int rows = m_model->rowCount();
    Measure measure;
    measure.planId = planOf(QStringLiteral("3901"));
    measure.title = QStringLiteral("Nytt tiltak mot forsøpling");
    QVERIFY(m_stores->measures.add(measure));
    QTRY_COMPARE(m_model->rowCount(), rows + 1); // once, after the change has been committed
    QVERIFY(m_model->focusAreas().contains(QStringLiteral("Forsøpling")));
}

void TestExampleBank::offersPlansAndNetworksInNorwegianOrder()
{
    const ExampleBank::Choices plans = ExampleBank::planChoices(*m_stores);
    QCOMPARE(plans.size(), 6);
    QCOMPARE(plans.constFirst().second, QStringLiteral("Gjøvik – Klimahandlingsplan 2024–2028"));
    QCOMPARE(plans.constLast().second, QStringLiteral("Ål – Klimaplan for Ål kommune 2025–2028")); // Å last
    QCOMPARE(plans.constLast().first, planOf(QStringLiteral("3328")));
    const ExampleBank::Choices networks = ExampleBank::networkChoices(*m_stores);
    QCOMPARE(networks.size(), 4);
    QCOMPARE(networks.constFirst().second, QStringLiteral("Kommunenettverk for klimaomstilling"));
}

// A copy shared as a plan file still says where it came from.
void TestExampleBank::originTravelsInPlanFiles()
{
    const qint64 source
        = m_stores->measures.list(QStringLiteral("plan_id"), planOf(QStringLiteral("3901"))).constFirst().id;
    const qint64 target = planOf(QStringLiteral("3407"));
    QString error;
    QVERIFY2(MeasureRows::add(*m_stores, target, ExampleBank::copies(*m_stores, {source}, target), nullptr, &error),
             qPrintable(error));
    const std::optional<QByteArray> json = PlanFile::write(*m_stores, {target}, &error);
    QVERIFY2(json, qPrintable(error));

    Database other;
    QVERIFY(DataFile::openOrCreate(other, m_dir.filePath(QStringLiteral("shared.handlingsplan")), false, &error));
    Stores shared(other);
    QVector<ImportProblem> problems;
    const std::optional<QVector<PlanFile::PlanData>> plans = PlanFile::read(*json, &problems);
    QVERIFY2(plans, qPrintable(problems.value(0).message));
    QVERIFY2(PlanFile::apply(shared, *plans, nullptr, nullptr, &error), qPrintable(error));
    int copies = 0;
    for (const Measure& measure : shared.measures.list()) {
        if (measure.originUuid.isEmpty())
            continue;
        ++copies;
        QCOMPARE(measure.originUuid, m_stores->measures.get(source)->uuid);
        QCOMPARE(measure.originMunicipality, QStringLiteral("Horten"));
        QCOMPARE(measure.originPlan, QStringLiteral("Handlingsplan for en plastsmart kommune 2023–2026"));
    }
    QCOMPARE(copies, 1);
}

QTEST_GUILESS_MAIN(TestExampleBank)
#include "test_examplebank.moc"
