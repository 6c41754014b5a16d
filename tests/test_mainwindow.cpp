// The main window as a user meets it: it opens a file and shows its plans, refuses a bad file without touching it,
// and its menus are there.
#include "datafile.h"
#include "mainwindow.h"
#include "testfiles.h"

#include <QDir>

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensNewFileWithMunicipalitiesOnly();
    void defaultFileHasSamplePlans();
    void refusesBadFileAndKeepsCurrent();
    void menus();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the default file goes to a test folder, not the user's
    QCoreApplication::setApplicationName(QStringLiteral("actionplans-test"));
    QFile::remove(DataFile::defaultPath());
}

void TestMainWindow::opensNewFileWithMunicipalitiesOnly()
{
    MainWindow window;
    window.show();
    const QString path = m_dir.filePath(QStringLiteral("ny.handlingsplan"));
    QVERIFY2(window.openFile(path, true), qPrintable(window.lastError()));
    QCOMPARE(window.windowTitle(), QStringLiteral("ny.handlingsplan – Action Plans"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("planTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("fileLabel"))->text(), QDir::toNativeSeparators(path));
}

void TestMainWindow::defaultFileHasSamplePlans()
{
    MainWindow window;
    window.show();
    QVERIFY2(window.openFile(DataFile::defaultPath(), true), qPrintable(window.lastError()));
    auto* table = window.findChild<QTableView*>(QStringLiteral("planTable"));
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("planFilter")), QStringLiteral("Horten"));
    QCOMPARE(table->model()->rowCount(), 1);
}

void TestMainWindow::refusesBadFileAndKeepsCurrent()
{
    MainWindow window;
    const QString good = m_dir.filePath(QStringLiteral("god.handlingsplan"));
    QVERIFY(window.openFile(good, true));
    const QString bad = m_dir.filePath(QStringLiteral("regneark.handlingsplan"));
    const QByteArray bytes("kode;tiltak;frist\n1.1;Strandrydding;Q4 2025\n");
    QVERIFY(testfiles::writeAll(bad, bytes));
    QVERIFY(!window.openFile(bad, true));
    QVERIFY2(window.lastError().contains(QStringLiteral("not an SQLite database")), qPrintable(window.lastError()));
    QCOMPARE(window.filePath(), good); // the open file stays open
    QCOMPARE(testfiles::readAll(bad), bytes);
}

void TestMainWindow::menus()
{
    MainWindow window;
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles, (QStringList {QStringLiteral("&File"), QStringLiteral("&Help")}));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
