// The conflict dialog of File › Sync now, by keyboard: nothing chosen for the user, a choice per field (mine, the
// server's, both for a text), all one way with a button, and every choice named for a screen reader.

#include "syncconflictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

class TestSyncConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void choosesPerField();
    void choosesAllOneWay();
    void showsUserTextAsPlainText();

private:
    static QVector<SyncConflictDialog::Row> rows()
    {
        SyncConflictDialog::Row title;
        title.what = QStringLiteral("Measure “Sortering”");
        title.field = QStringLiteral("Title");
        title.mine = QStringLiteral("Sortering i skolene");
        title.theirs = QStringLiteral("Sortering i barnehagene");
        title.who = QStringLiteral("kari");
        title.when = QStringLiteral("2026-12-07T10:15:00.000");
        title.text = true;
        SyncConflictDialog::Row status = title;
        status.field = QStringLiteral("Status");
        status.mine = QStringLiteral("done");
        status.theirs = QStringLiteral("delayed");
        status.text = false;
        SyncConflictDialog::Row deleted;
        deleted.what = QStringLiteral("Measure “Kartlegging”");
        deleted.mine = QStringLiteral("Deleted");
        deleted.theirs = QStringLiteral("Changed");
        return {title, status, deleted};
    }
};

void TestSyncConflictDialog::choosesPerField()
{
    SyncConflictDialog dialog(rows());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QComboBox*> boxes = dialog.findChildren<QComboBox*>();
    QCOMPARE(boxes.size(), 3);
    QPushButton* sync = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!sync->isEnabled());
    for (QComboBox* box : boxes) {
        QVERIFY(!box->accessibleName().isEmpty());
        QCOMPARE(box->currentIndex(), -1);
    }
    QCOMPARE(boxes.at(0)->accessibleName(), QStringLiteral("Keep for Measure “Sortering”, Title"));
    QCOMPARE(boxes.at(0)->count(), 3); // a text can keep both
    QCOMPARE(boxes.at(1)->count(), 2);
    // Title: both; status: the server's; the deleted measure: mine (stays deleted).
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(boxes.at(0), Qt::Key_Down);
    QTest::keyClick(boxes.at(1), Qt::Key_Down);
    QTest::keyClick(boxes.at(1), Qt::Key_Down);
    QVERIFY(!sync->isEnabled());
    QTest::keyClick(boxes.at(2), Qt::Key_Down);
    QVERIFY(sync->isEnabled());
    QCOMPARE(dialog.choices(),
             (QVector<SyncConflictDialog::Choice> {
                 SyncConflictDialog::KeepBoth, SyncConflictDialog::TakeTheirs, SyncConflictDialog::KeepMine}));
    QTest::keyClick(sync, Qt::Key_Space);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSyncConflictDialog::choosesAllOneWay()
{
    SyncConflictDialog dialog(rows());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("takeAllTheirs")), Qt::LeftButton);
    QCOMPARE(dialog.choices(), QVector<SyncConflictDialog::Choice>(3, SyncConflictDialog::TakeTheirs));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepAllMine")), Qt::LeftButton);
    QCOMPARE(dialog.choices(), QVector<SyncConflictDialog::Choice>(3, SyncConflictDialog::KeepMine));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestSyncConflictDialog::showsUserTextAsPlainText()
{
    QVector<SyncConflictDialog::Row> markup = rows();
    markup[0].mine = QStringLiteral("<b>fet</b>");
    SyncConflictDialog dialog(markup);
    const auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("syncConflicts"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("<b>fet</b>"));
    QVERIFY(table->item(0, 3)->text().contains(QLatin1String("kari, 2026-12-07 10:15")));
}

QTEST_MAIN(TestSyncConflictDialog)
#include "test_syncconflictdialog.moc"
