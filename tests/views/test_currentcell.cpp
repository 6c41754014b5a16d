// CurrentCell::keep (issue 27): every table keeps a current cell for screen readers and the keyboard, selects nothing,
// leaves a cell the user chose alone, and stays quiet while its view is destroyed.
#include "currentcell.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

class TestCurrentCell : public QObject
{
    Q_OBJECT

private slots:
    void firstCellAfterRowsArrive();
    void firstCellAfterReset();
    void cellTheUserChoseStays();
    void selectsNothing();
    void viewOwningItsModelDiesQuietly();
};

namespace {
QList<QStandardItem*> row(const QString& text)
{
    return {new QStandardItem(text), new QStandardItem(text + QLatin1String(" 2"))};
}
} // namespace

void TestCurrentCell::firstCellAfterRowsArrive()
{
    QStandardItemModel model;
    QTableView view;
    view.setModel(&model);
    CurrentCell::keep(&view);
    QVERIFY(!view.currentIndex().isValid()); // nothing to point at yet
    model.appendRow(row(QStringLiteral("Ombruk")));
    QTRY_COMPARE(view.currentIndex(), model.index(0, 0));
}

void TestCurrentCell::firstCellAfterReset()
{
    QStandardItemModel model;
    model.appendRow(row(QStringLiteral("Ombruk")));
    QTableView view;
    view.setModel(&model);
    CurrentCell::keep(&view);
    QCOMPARE(view.currentIndex(), model.index(0, 0));
    model.clear(); // a reset that leaves no current cell
    model.appendRow(row(QStringLiteral("Plastinnsamling")));
    QTRY_COMPARE(view.currentIndex(), model.index(0, 0));
}

void TestCurrentCell::cellTheUserChoseStays()
{
    QStandardItemModel model;
    for (const char* title : {"a", "b", "c"})
        model.appendRow(row(QLatin1String(title)));
    QTableView view;
    view.setModel(&model);
    CurrentCell::keep(&view);
    view.setCurrentIndex(model.index(2, 1));
    model.appendRow(row(QStringLiteral("d")));
    QCoreApplication::processEvents();
    QCOMPARE(view.currentIndex(), model.index(2, 1));
}

void TestCurrentCell::selectsNothing()
{
    QStandardItemModel model;
    model.appendRow(row(QStringLiteral("Ombruk")));
    QTableView view;
    view.setModel(&model);
    CurrentCell::keep(&view);
    QVERIFY(view.currentIndex().isValid());
    QVERIFY(!view.selectionModel()->hasSelection());
}

void TestCurrentCell::viewOwningItsModelDiesQuietly()
{
    // QTableWidget's model is its child and resets while ~QWidget deletes the children: the keeper must not reach the
    // half-destroyed view then (the sanitized build reported a member call on a QWidget that was no longer a view).
    auto* table = new QTableWidget(3, 2);
    CurrentCell::keep(table);
    QCOMPARE(table->currentIndex(), table->model()->index(0, 0));
    delete table;
    QCoreApplication::processEvents(); // nothing queued for the dead view may run
}

QTEST_MAIN(TestCurrentCell)
#include "test_currentcell.moc"
