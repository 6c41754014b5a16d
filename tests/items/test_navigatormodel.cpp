// NavigatorModel: passes QAbstractItemModelTester and follows plan and measure changes in every place a
// municipality stands.
#include "database.h"
#include "datafile.h"
#include "entitycommands.h"
#include "measurecommands.h"
#include "navigatormodel.h"
#include "plancommands.h"
#include "storebackend.h"
#include "stores.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestNavigatorModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void structure();
    void followsPlansAndMeasures();
    void deletePlanAndUndo();
    void deleteIndicatorAndUndoKeepsTheMeasuresLinks();
    void renameGoesThroughSignal();
    void planPropertiesUndoRedo();

private:
    QModelIndex child(const QModelIndex& parent, const QString& name) const;

    StoreBackend m_backend; // a file, or a server (test_…_server)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<NavigatorModel> m_model;
};

void TestNavigatorModel::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
}

void TestNavigatorModel::init()
{
    m_db = std::make_unique<Database>();
    const QString location = m_backend.fresh(QLatin1String(QTest::currentTestFunction()));
    QVERIFY2(m_backend.open(*m_db, location, true), qPrintable(m_backend.error()));
    m_stores = std::make_unique<Stores>(*m_db);
    m_model = std::make_unique<NavigatorModel>(*m_stores);
}

void TestNavigatorModel::cleanup()
{
    m_model.reset();
    m_stores.reset();
    m_db.reset();
}

QModelIndex TestNavigatorModel::child(const QModelIndex& parent, const QString& name) const
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (index.data(Qt::EditRole).toString() == name)
            return index;
    }
    return {};
}

void TestNavigatorModel::structure()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), 5);
    const QModelIndex plastic = child({}, QStringLiteral("Plastsmarte byer og kommuner"));
    QVERIFY(plastic.isValid());
    QCOMPARE(m_model->rowCount(plastic), 16);
    const QModelIndex horten = child(plastic, QStringLiteral("Horten"));
    QCOMPARE(m_model->rowCount(horten), 1);
    const QModelIndex plan = m_model->index(0, 0, horten);
    QVERIFY(plan.data().toString().endsWith(QStringLiteral("(sample data)")));
    QCOMPARE(plan.siblingAtColumn(NavigatorModel::MeasuresColumn).data().toString(), QStringLiteral("21"));
    // The network sums its members' plans: Horten 21, Sandefjord 8, Tromsø 8.
    QCOMPARE(plastic.siblingAtColumn(NavigatorModel::MeasuresColumn).data().toString(), QStringLiteral("37"));
    const QModelIndex all = m_model->allMunicipalitiesIndex();
    QCOMPARE(all.data().toString(), QStringLiteral("All municipalities"));
    QCOMPARE(m_model->rowCount(all), 357);
    // Norwegian order: "Aarborte - Hattfjelldal" sorts as Å, after Ø; Å-names come last.
    QCOMPARE(m_model->index(0, 0, all).data().toString(), QStringLiteral("Alstahaug"));
    QVERIFY(m_model->index(356, 0, all).data().toString().startsWith(QChar(0x00C5)));
    const qint64 planId = plan.data(NavigatorModel::PlanIdRole).toLongLong();
    QCOMPARE(m_model->indexesOfPlan(planId).size(), 2); // under its network and under "All municipalities"
    QCOMPARE(plan.data(NavigatorModel::MunicipalityIdRole).toLongLong(),
             m_stores->municipalities.byNumber(QStringLiteral("3901"))->id);
}

void TestNavigatorModel::followsPlansAndMeasures()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Plan plan;
    plan.municipalityId = m_stores->municipalities.byNumber(QStringLiteral("3901"))->id; // Horten: network + all
    plan.title = QStringLiteral("Klimaplan");
    const qint64 planId = *m_stores->plans.add(plan);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m_model->indexesOfPlan(planId).size(), 2);
    Measure measure;
    measure.planId = planId;
    measure.title = QStringLiteral("Tiltak");
    measure.status = QStringLiteral("done");
    QVERIFY(m_stores->measures.add(measure));
    for (const QModelIndex& index : m_model->indexesOfPlan(planId)) {
        QCOMPARE(index.siblingAtColumn(NavigatorModel::MeasuresColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(index.siblingAtColumn(NavigatorModel::DoneColumn).data().toString(), QStringLiteral("100 %"));
    }
    const QModelIndex plastic = child({}, QStringLiteral("Plastsmarte byer og kommuner"));
    QCOMPARE(plastic.siblingAtColumn(NavigatorModel::MeasuresColumn).data().toString(), QStringLiteral("38"));

    // A second measure, then its status, then its removal: the plan's share done follows each at once.
    measure.status = QStringLiteral("in_progress");
    const std::optional<qint64> second = m_stores->measures.add(measure);
    QVERIFY(second);
    const QModelIndex done = m_model->indexesOfPlan(planId).first().siblingAtColumn(NavigatorModel::DoneColumn);
    QCOMPARE(done.data().toString(), QStringLiteral("50 %"));
    Measure finished = *m_stores->measures.get(*second);
    finished.title = QStringLiteral("Tiltak 2"); // a title alone changes no count
    QVERIFY(m_stores->measures.update(finished));
    QCOMPARE(done.data().toString(), QStringLiteral("50 %"));
    finished.status = QStringLiteral("done");
    QVERIFY(m_stores->measures.update(finished));
    QCOMPARE(done.data().toString(), QStringLiteral("100 %"));
    QVERIFY(m_stores->measures.remove(*second));
    QCOMPARE(done.siblingAtColumn(NavigatorModel::MeasuresColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(plastic.siblingAtColumn(NavigatorModel::MeasuresColumn).data().toString(), QStringLiteral("38"));
    QCOMPARE(reset.size(), 0);
}

void TestNavigatorModel::deletePlanAndUndo()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 planId = m_stores->plans.summaries().first().planId;
    const int measures = int(m_stores->measures.list(QStringLiteral("plan_id"), planId).size());
    const int indicators = int(m_stores->indicators.list(QStringLiteral("plan_id"), planId).size());
    QVERIFY(measures > 0 && indicators > 0);
    QUndoStack undo;
    undo.push(new RemovePlanCommand(*m_stores, planId, {}));
    QVERIFY(m_model->indexesOfPlan(planId).isEmpty());
    QVERIFY(m_stores->measures.list(QStringLiteral("plan_id"), planId).isEmpty());
    undo.undo();
    QCOMPARE(m_model->indexesOfPlan(planId).size(), 2);
    QCOMPARE(m_stores->measures.list(QStringLiteral("plan_id"), planId).size(), measures);
    QCOMPARE(m_stores->indicators.list(QStringLiteral("plan_id"), planId).size(), indicators);
    QVERIFY(m_db->problems().isEmpty());
    const QModelIndex place = m_model->indexesOfPlan(planId).first();
    QCOMPARE(place.siblingAtColumn(NavigatorModel::MeasuresColumn).data().toString(), QString::number(measures));
}

// A deleted indicator takes its links with it (the measures keep going, linked to none); undo brings both back.
void TestNavigatorModel::deleteIndicatorAndUndoKeepsTheMeasuresLinks()
{
    const qint64 planId = m_stores->plans.summaries().first().planId;
    const Indicator indicator = m_stores->indicators.list(QStringLiteral("plan_id"), planId).first();
    QVector<qint64> linked;
    for (Measure measure : m_stores->measures.list(QStringLiteral("plan_id"), planId).mid(0, 2)) {
        measure.indicatorId = indicator.id;
        QVERIFY(m_stores->measures.update(measure));
        linked << measure.id;
    }
    QUndoStack undo;
    undo.push(new RemoveIndicatorCommand(*m_stores, indicator.id, {}));
    QVERIFY(!m_stores->indicators.get(indicator.id));
    for (qint64 id : linked)
        QCOMPARE(m_stores->measures.get(id)->indicatorId, 0);
    undo.undo();
    QVERIFY(m_stores->indicators.get(indicator.id));
    for (qint64 id : linked)
        QCOMPARE(m_stores->measures.get(id)->indicatorId, indicator.id);
    undo.redo();
    QCOMPARE(m_stores->measures.get(linked.first())->indicatorId, 0);
    undo.undo();
    QVERIFY(m_db->problems().isEmpty());
}

void TestNavigatorModel::renameGoesThroughSignal()
{
    const qint64 planId = m_stores->plans.summaries().first().planId;
    const QModelIndex place = m_model->indexesOfPlan(planId).first();
    QSignalSpy rename(m_model.get(), &NavigatorModel::renameRequested);
    QVERIFY(m_model->setData(place, QStringLiteral("Ny tittel")));
    QCOMPARE(rename.size(), 1);
    QCOMPARE(rename.first().at(1).toString(), QStringLiteral("Ny tittel"));
    QUndoStack undo;
    Plan after = *m_stores->plans.get(planId);
    const Plan before = after;
    after.title = QStringLiteral("Ny tittel");
    undo.push(Commands::editPlan(*m_stores, before, after, {}));
    for (const QModelIndex& index : m_model->indexesOfPlan(planId))
        QCOMPARE(index.data(Qt::EditRole).toString(), QStringLiteral("Ny tittel"));
    undo.undo();
    QCOMPARE(m_model->indexesOfPlan(planId).first().data(Qt::EditRole).toString(), before.title);
}

// The properties dialog's result as one command: plan fields, focus areas added, renamed, moved and removed, and a
// new owner; undo takes all of it back in one step, redo brings it back under the same ids.
void TestNavigatorModel::planPropertiesUndoRedo()
{
    Plan plan;
    plan.municipalityId = m_stores->municipalities.byNumber(QStringLiteral("4601"))->id;
    plan.title = QStringLiteral("Plastplan Bergen");
    const qint64 planId = *m_stores->plans.add(plan);
    plan = *m_stores->plans.get(planId);
    const qint64 kartlegging = *m_stores->focusAreas.add({0, planId, QStringLiteral("Kartlegging"), 0});
    const qint64 unused = *m_stores->focusAreas.add({0, planId, QStringLiteral("Ubrukt"), 1});
    const QVector<FocusArea> areasBefore = m_stores->focusAreas.list(QStringLiteral("plan_id"), planId);
    const QVector<Owner> ownersBefore = m_stores->owners.list(QStringLiteral("municipality_id"), plan.municipalityId);

    Plan after = plan;
    after.status = QStringLiteral("adopted");
    after.adoptedOn = QDate(2025, 6, 19);
    after.councilCase = QStringLiteral("25/118");
    QVector<FocusArea> areasAfter = {{0, planId, QStringLiteral("Mikroplast"), 0},
                                     {kartlegging, planId, QStringLiteral("Kartlegging av plastbruk"), 1}};
    QVector<Owner> ownersAfter = ownersBefore;
    ownersAfter << Owner {0, plan.municipalityId, QStringLiteral("Miljøvernsjef"), QStringLiteral("Klimaetaten"), {}};

    QUndoStack undo;
    undo.push(new PlanPropertiesCommand(*m_stores,
                                        plan,
                                        after,
                                        ListChange<FocusArea>(areasBefore, areasAfter),
                                        ListChange<Owner>(ownersBefore, ownersAfter),
                                        {}));
    auto names = [&] {
        QStringList list;
        for (const FocusArea& area :
             m_stores->focusAreas.list(QStringLiteral("plan_id"), planId, QStringLiteral("position")))
            list << area.name;
        return list;
    };
    QCOMPARE(names(), (QStringList {QStringLiteral("Mikroplast"), QStringLiteral("Kartlegging av plastbruk")}));
    QVERIFY(!m_stores->focusAreas.get(unused));
    QCOMPARE(m_stores->plans.get(planId)->councilCase, QStringLiteral("25/118"));
    QCOMPARE(m_stores->owners.list(QStringLiteral("municipality_id"), plan.municipalityId).size(),
             ownersBefore.size() + 1);
    const qint64 mikroplast
        = m_stores->focusAreas.list(QStringLiteral("plan_id"), planId, QStringLiteral("position")).first().id;

    undo.undo();
    QCOMPARE(names(), (QStringList {QStringLiteral("Kartlegging"), QStringLiteral("Ubrukt")}));
    QCOMPARE(m_stores->plans.get(planId)->status, QStringLiteral("draft"));
    QCOMPARE(m_stores->owners.list(QStringLiteral("municipality_id"), plan.municipalityId).size(), ownersBefore.size());
    undo.redo();
    QCOMPARE(m_stores->focusAreas.list(QStringLiteral("plan_id"), planId, QStringLiteral("position")).first().id,
             mikroplast);
    QVERIFY(m_db->problems().isEmpty());
}

QTEST_GUILESS_MAIN(TestNavigatorModel)
#include "test_navigatormodel.moc"
