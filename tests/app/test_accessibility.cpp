// Universal design (issue 27): every window and dialog walked through QAccessible as a screen reader sees it, every
// table's cells through its table interface, the panes entered and left by keyboard, and the main tasks done with
// key events only.
#include "accessibilitywalk.h"
#include "database.h"
#include "datafile.h"
#include "editactions.h"
#include "mainwindow.h"
#include "measurespane.h"
#include "measuretablemodel.h"
#include "navigatorpane.h"
#include "networkcharts.h"
#include "networkpane.h"
#include "stores.h"
#include "uilanguage.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlOfTheWindowIsNamed();
    void everyDialogOfTheMenusIsNamedAndFitsLargeText();
    void everyTableKeepsACurrentCellAndReadsWithoutOne();
    void f6CyclesThePanesAndTabLeavesEachOne();
    void multiLineFieldsLetTabLeave();
    void chartsHaveANameASummaryAndATable();
    void networkChartsAreNamedBeforeTheyHaveFigures();
    void editsAMeasureByKeyboardOnly();
    void statusMessagesAreAnnounced();
    void theWindowFitsASmallScreenAtLargeText_data();
    void theWindowFitsASmallScreenAtLargeText();
    void cleanupTestCase();

private:
    // A window on a copy of the sample data, shown at the size of a small laptop screen.
    void openWindow(MainWindow& window);
    // Every action in the menu bar's menus and their submenus.
    static QList<QAction*> menuActions(QMenu* menu);

    QTemporaryDir m_dir;
    QString m_path;
    int m_controlsChecked = 0;
    int m_dialogsWalked = 0;
    int m_cellsRead = 0;
};

void TestAccessibility::initTestCase()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("actionplans-a11y-test"));
    QSettings().clear();
    UiLanguage::apply(QStringLiteral("en"));
    m_path = m_dir.filePath(QStringLiteral("tilgjengelig.handlingsplan"));
    Database db;
    QString error;
    QVERIFY2(DataFile::openOrCreate(db, m_path, true, &error), qPrintable(error));
}

void TestAccessibility::openWindow(MainWindow& window)
{
    // Each test on a copy of its own: the menu walk adds plans and measures.
    const QString copy
        = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                         + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".handlingsplan"));
    QVERIFY(QFile::copy(m_path, copy));
    window.resize(1366, 768);
    window.show();
    QVERIFY2(window.openFile(copy, true), qPrintable(window.lastError()));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

void TestAccessibility::everyControlOfTheWindowIsNamed()
{
    MainWindow window;
    openWindow(window);
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        dock->show();
    // The measures and the network comparison take turns in the centre: walk both.
    QStringList unnamed = AccessibilityWalk::unnamedControls(&window, &m_controlsChecked);
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("navigatorTree"));
    const QModelIndexList network = tree->model()->match(tree->model()->index(0, 0),
                                                         Qt::DisplayRole,
                                                         QStringLiteral("Plastsmarte byer og kommuner"),
                                                         1,
                                                         Qt::MatchExactly);
    QVERIFY(!network.isEmpty());
    tree->setCurrentIndex(network.first());
    QTRY_VERIFY(window.networkPane()->isVisible());
    unnamed += AccessibilityWalk::unnamedControls(&window, &m_controlsChecked);
    QVERIFY2(unnamed.isEmpty(), qPrintable(AccessibilityWalk::report(unnamed)));
}

QList<QAction*> TestAccessibility::menuActions(QMenu* menu)
{
    QList<QAction*> actions;
    for (QAction* action : menu->actions()) {
        if (action->menu())
            actions += menuActions(action->menu());
        else if (!action->isSeparator())
            actions += action;
    }
    return actions;
}

void TestAccessibility::everyDialogOfTheMenusIsNamedAndFitsLargeText()
{
    MainWindow window;
    openWindow(window);
    QStringList problems;
    QSet<QString> walked;
    // Whatever window an action opens is walked, checked against a small screen with text at twice its size, and
    // closed; a dialog that opens another (a question on closing) gets the same.
    QTimer watcher;
    watcher.setInterval(30);
    connect(&watcher, &QTimer::timeout, this, [&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QDialog*>(top);
            if (!dialog || !dialog->isVisible())
                continue;
            const QString kind = QString::fromLatin1(dialog->metaObject()->className());
            // Qt's own file and print dialogs are Qt's to name; ours are checked.
            if (!qobject_cast<QFileDialog*>(dialog) && !walked.contains(kind)) {
                walked.insert(kind);
                ++m_dialogsWalked;
                problems += AccessibilityWalk::unnamedControls(dialog, &m_controlsChecked);
                problems += AccessibilityWalk::tooLargeForLargeText(dialog);
                problems += AccessibilityWalk::walkTables(dialog, &m_cellsRead);
            }
            dialog->reject();
        }
    });
    watcher.start();
    const QStringList skipped {QStringLiteral("quitAction"), QStringLiteral("newFileAction")};
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly)) {
        for (QAction* action : menuActions(menu)) {
            if (!action->isEnabled() || skipped.contains(action->objectName()) || action->isCheckable())
                continue;
            action->trigger();
            QTest::qWait(60);
            if (!window.workspace()) // an action that closes the file would end the walk
                break;
        }
    }
    watcher.stop();
    qInfo("%d dialogs walked, %d controls checked in all", m_dialogsWalked, m_controlsChecked);
    QVERIFY2(m_dialogsWalked >= 10, qPrintable(QStringList(walked.values()).join(QLatin1Char(' '))));
    QVERIFY2(problems.isEmpty(), qPrintable(AccessibilityWalk::report(problems)));
}

void TestAccessibility::everyTableKeepsACurrentCellAndReadsWithoutOne()
{
    MainWindow window;
    openWindow(window);
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        dock->show();
    const int before = m_cellsRead;
    const QStringList problems = AccessibilityWalk::walkTables(&window, &m_cellsRead);
    qInfo("%d table cells of the window read through QAccessibleTableInterface", m_cellsRead - before);
    QVERIFY(m_cellsRead - before > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(AccessibilityWalk::report(problems)));
}

void TestAccessibility::f6CyclesThePanesAndTabLeavesEachOne()
{
    MainWindow window;
    openWindow(window);
    window.activateWindow();
    window.measuresPane()->view()->setFocus();
    QStringList visited;
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        const QString pane = AccessibilityWalk::paneOf(QApplication::focusWidget());
        QVERIFY2(!pane.isEmpty(), "F6 left the focus outside every pane");
        if (!visited.contains(pane))
            visited << pane;
    }
    for (const char* pane : {"planDock", "measuresPane", "detailsDock", "attentionDock"})
        QVERIFY2(visited.contains(QLatin1String(pane)), qPrintable(visited.join(QLatin1Char(' '))));
    // Shift+F6 goes back to where F6 came from.
    const QString before = AccessibilityWalk::paneOf(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(AccessibilityWalk::paneOf(QApplication::focusWidget()), before);

    // Tab walks out of every pane it enters: no pane keeps the focus.
    const QStringList tabbed = AccessibilityWalk::panesByTab(&window, 200);
    qInfo("Tab passes through %s", qPrintable(tabbed.join(QStringLiteral(", "))));
    for (const char* pane : {"planDock", "measuresPane", "detailsDock"})
        QVERIFY2(tabbed.contains(QLatin1String(pane)), qPrintable(tabbed.join(QLatin1Char(' '))));
}

void TestAccessibility::multiLineFieldsLetTabLeave()
{
    MainWindow window;
    openWindow(window);
    int fields = 0;
    for (QPlainTextEdit* edit : window.findChildren<QPlainTextEdit*>()) {
        ++fields;
        QVERIFY2(edit->tabChangesFocus() || edit->isReadOnly(), qPrintable(edit->objectName()));
    }
    for (QTextEdit* edit : window.findChildren<QTextEdit*>()) {
        ++fields;
        QVERIFY2(edit->tabChangesFocus() || edit->isReadOnly(), qPrintable(edit->objectName()));
    }
    QVERIFY(fields > 0);
}

void TestAccessibility::chartsHaveANameASummaryAndATable()
{
    MainWindow window;
    openWindow(window);
    window.findChild<QDockWidget*>(QStringLiteral("dashboardDock"))->show();
    window.findChild<QDockWidget*>(QStringLiteral("dashboardDock"))->raise();
    const QStringList problems = AccessibilityWalk::checkCharts(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(AccessibilityWalk::report(problems)));
}

// A network chart is named from the moment it exists (the tabs make them before the network's figures are read), and
// the joint-project chart's title ends properly when no project is chosen.
void TestAccessibility::networkChartsAreNamedBeforeTheyHaveFigures()
{
    MemberProgressChart progress;
    MemberIndicatorChart indicator;
    FocusAreaRadarChart radar;
    JointProjectChart project;
    for (QWidget* chart : std::initializer_list<QWidget*> {&progress, &indicator, &radar, &project}) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(chart);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(), chart->metaObject()->className());
    }
    project.setData({}, QString());
    QVERIFY(!project.accessibleName().endsWith(QLatin1Char(':'))
            && !project.accessibleName().endsWith(QStringLiteral(": ")));
    project.setData({}, QStringLiteral("Grønn mobilitet"));
    QVERIFY(project.accessibleName().endsWith(QStringLiteral("Grønn mobilitet")));
}

void TestAccessibility::editsAMeasureByKeyboardOnly()
{
    MainWindow window;
    openWindow(window);
    window.activateWindow();
    // Find Horten's plastic-smart plan: type in the navigator's filter, Tab into the tree, arrow down to the plan.
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("navigatorFilter"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("plastsmart kommune"));
    QTest::keyClick(filter, Qt::Key_Tab);
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("navigatorTree"));
    QCOMPARE(QApplication::focusWidget(), tree);
    for (int i = 0; i < 6 && window.navigator()->currentPlanId() <= 0; ++i)
        QTest::keyClick(tree, Qt::Key_Down);
    QVERIFY(window.navigator()->currentPlanId() > 0);
    QCOMPARE(window.shownPlanId(), window.navigator()->currentPlanId());
    // F6 to the measures, Ctrl+Insert adds a measure and opens its title for typing.
    QTableView* table = window.measuresPane()->view();
    QTest::keyClick(tree, Qt::Key_F6);
    QVERIFY(window.centralWidget()->isAncestorOf(QApplication::focusWidget()));
    table->setFocus(); // the centre's first stop is the filter; Tab would get there too
    const int rows = table->model()->rowCount();
    QTest::keyClick(table, Qt::Key_Insert, Qt::ControlModifier);
    QCOMPARE(table->model()->rowCount(), rows + 1);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit*>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Ombruksbod på gjenvinningsstasjonen"));
    QTest::keyClick(editor, Qt::Key_Return);
    const qint64 measureId = window.measuresPane()->currentMeasureId();
    QTRY_COMPARE(window.stores()->measures.get(measureId)->title,
                 QStringLiteral("Ombruksbod på gjenvinningsstasjonen"));
    // Ctrl+Shift+P records progress in a dialog answered by keys.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        QWidget* dialog = QApplication::activeModalWidget();
        QWidget* field = dialog ? dialog->focusWidget() : nullptr; // the progress, where the dialog opens
        if (!dialog || !field || !dialog->isAncestorOf(field)) {
            if (dialog)
                dialog->close();
            return;
        }
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, QStringLiteral("40"));
        QTest::keyClick(field, Qt::Key_Return);
        answered = !dialog->isVisible();
    });
    QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(answered);
    QCOMPARE(window.stores()->measures.get(measureId)->progress, 40);
}

// A message in the status bar is said as well as shown: it comes into view anew, each time, as a notification whose
// name is the message (AT-SPI passes that to Orca as a notification that began showing; test_atspi hears it there).
void TestAccessibility::statusMessagesAreAnnounced()
{
    MainWindow window;
    openWindow(window);
    auto* shown = window.findChild<QLabel*>(QStringLiteral("statusMessage"));
    QVERIFY(shown);
    int showings = 0;
    struct ShowCounter : QObject
    {
        int* count;
        bool eventFilter(QObject*, QEvent* event) override
        {
            *count += event->type() == QEvent::Show;
            return false;
        }
    } filter;
    filter.count = &showings;
    shown->installEventFilter(&filter);
    const QString report = QStringLiteral("Saved the council report as “<b>plan</b>.pdf”.");
    window.showMessage(report, 5000);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(shown);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Notification);
    QCOMPARE(iface->text(QAccessible::Name), report);
    QCOMPARE(shown->textFormat(), Qt::PlainText);
    window.showError(QStringLiteral("The file could not be read."));
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("The file could not be read."));
    QCOMPARE(showings, 2); // the second message, while the first still shows, is said too
    QVERIFY(shown->isVisible());
    // A menu's status tip comes and goes without hiding the message, so it is not said again.
    window.statusBar()->showMessage(QStringLiteral("Delete the selected measures"));
    window.statusBar()->clearMessage();
    QCOMPARE(showings, 2);
    QVERIFY(shown->isVisible());
}

void TestAccessibility::theWindowFitsASmallScreenAtLargeText_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "nb", "nn"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// Text at twice its size on a 1366×768 laptop: either the fonts doubled, or the whole window scaled (the CTest run
// test_accessibility_scaled sets QT_SCALE_FACTOR=2, the way a desktop at 200 % does), and the window still fits.
void TestAccessibility::theWindowFitsASmallScreenAtLargeText()
{
    QFETCH(QString, language);
    UiLanguage::apply(language);
    MainWindow window;
    openWindow(window);
    if (QTest::currentTestFailed())
        return;
    const qreal scale = window.devicePixelRatioF();
    if (scale < 1.5) {
        QFont large = window.font();
        large.setPointSizeF(large.pointSizeF() * 2);
        window.setFont(large);
    }
    const QSize needed = window.minimumSizeHint() * scale;
    UiLanguage::apply(QStringLiteral("en"));
    qInfo("at scale %.1f the window needs at least %d×%d pixels", scale, needed.width(), needed.height());
    QVERIFY2(needed.width() <= 1366 && needed.height() <= 730,
             qPrintable(QStringLiteral("the window needs %1×%2").arg(needed.width()).arg(needed.height())));
}

void TestAccessibility::cleanupTestCase()
{
    qInfo("in all: %d controls checked, %d dialogs walked, %d table cells read",
          m_controlsChecked,
          m_dialogsWalked,
          m_cellsRead);
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
