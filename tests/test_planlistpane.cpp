// The plan list pane as a user drives it: typing in the filter narrows the table and updates the count.
#include "database.h"
#include "datafile.h"
#include "planlistmodel.h"
#include "planlistpane.h"
#include "stores.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestPlanListPane : public QObject
{
    Q_OBJECT

private slots:
    void filterAsYouType();
};

void TestPlanListPane::filterAsYouType()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(DataFile::openOrCreate(db, dir.filePath(QStringLiteral("gui.handlingsplan")), true, &error),
             qPrintable(error));
    Stores stores(db);
    PlanListModel model(stores);
    PlanListPane pane;
    pane.setModel(&model);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    auto* filter = pane.findChild<QLineEdit*>(QStringLiteral("planFilter"));
    auto* table = pane.findChild<QTableView*>(QStringLiteral("planTable"));
    auto* count = pane.findChild<QLabel*>(QStringLiteral("planCount"));
    QVERIFY(filter && table && count);
    QCOMPARE(table->model()->rowCount(), 3);
    QVERIFY2(count->text().startsWith(QStringLiteral("3 of 3 plan")), qPrintable(count->text()));

    QTest::keyClicks(filter, QStringLiteral("gjøvik"));
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY2(count->text().startsWith(QStringLiteral("1 of 3 plan")), qPrintable(count->text()));
    QVERIFY(table->model()->index(0, PlanListModel::TitleColumn).data().toString().contains(QStringLiteral("Klima")));

    QSignalSpy activated(&pane, &PlanListPane::planActivated);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QVERIFY(activated.first().first().toLongLong() > 0);

    filter->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

QTEST_MAIN(TestPlanListPane)
#include "test_planlistpane.moc"
