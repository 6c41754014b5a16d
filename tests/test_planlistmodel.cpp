// PlanListModel: passes QAbstractItemModelTester and follows the stores' signals row by row.
#include "database.h"
#include "datafile.h"
#include "planlistmodel.h"
#include "sampledata.h"
#include "stores.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPlanListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsSamplePlans();
    void followsStores();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
};

void TestPlanListModel::init()
{
    m_db = std::make_unique<Database>();
    QString error;
    const QString path
        = m_dir.filePath(QStringLiteral("%1.handlingsplan").arg(QLatin1String(QTest::currentTestFunction())));
    QVERIFY2(DataFile::openOrCreate(*m_db, path, true, &error), qPrintable(error));
    m_stores = std::make_unique<Stores>(*m_db);
}

void TestPlanListModel::cleanup()
{
    m_stores.reset();
    m_db.reset();
}

void TestPlanListModel::showsSamplePlans()
{
    PlanListModel model(*m_stores);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(PlanListModel::ColumnCount));
    const QModelIndex title = model.index(0, PlanListModel::TitleColumn);
    QVERIFY(title.data().toString().endsWith(QStringLiteral("(sample data)")));
    QCOMPARE(model.index(0, PlanListModel::MunicipalityColumn).data().toString(), QStringLiteral("3401 Kongsvinger"));
    QCOMPARE(model.index(0, PlanListModel::MeasuresColumn).data(PlanListModel::SortRole).toInt(), 18);
    QVERIFY(model.index(0, 0).data(PlanListModel::PlanIdRole).toLongLong() > 0);
}

void TestPlanListModel::followsStores()
{
    PlanListModel model(*m_stores);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    Plan plan;
    plan.municipalityId = m_stores->municipalities.byNumber(QStringLiteral("4601"))->id;
    plan.title = QStringLiteral("Plastsmart Bergen <b>&</b>");
    const qint64 planId = *m_stores->plans.add(plan);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    const int row = model.rowOfPlan(planId);
    QCOMPARE(model.index(row, PlanListModel::TitleColumn).data().toString(), plan.title); // text stays text

    Measure measure;
    measure.planId = planId;
    measure.title = QStringLiteral("Kartlegge plastbruk");
    measure.status = QStringLiteral("done");
    QVERIFY(m_stores->measures.add(measure));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(row, PlanListModel::MeasuresColumn).data(PlanListModel::SortRole).toInt(), 1);
    QCOMPARE(model.index(row, PlanListModel::DoneColumn).data(PlanListModel::SortRole).toDouble(), 1.0);

    plan = *m_stores->plans.get(planId);
    plan.status = QStringLiteral("adopted");
    QVERIFY(m_stores->plans.update(plan));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(row, PlanListModel::StatusColumn).data().toString(), QStringLiteral("Adopted"));

    QVERIFY(m_stores->plans.remove(planId));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(reset.size(), 0); // fine-grained signals, never a reset for one edit
}

QTEST_GUILESS_MAIN(TestPlanListModel)
#include "test_planlistmodel.moc"
