// The main window as a user meets it: it opens a file and shows its plans, refuses a bad file without touching it,
// and its menus are there.
#include "assessment.h"
#include "cellediting.h"
#include "database.h"
#include "datafile.h"
#include "editactions.h"
#include "examplebank.h"
#include "jointprojectmodel.h"
#include "mainwindow.h"
#include "measurefiltermodel.h"
#include "measurespane.h"
#include "measuretablemodel.h"
#include "navigatormodel.h"
#include "navigatorpane.h"
#include "networkactions.h"
#include "networkcharts.h"
#include "networkcomparemodel.h"
#include "networkpane.h"
#include "planactions.h"
#include "plancheckmodel.h"
#include "plancheckpane.h"
#include "planfile.h"
#include "plantemplate.h"
#include "radarchart.h"
#include "reportdata.h"
#include "stores.h"
#include "templateactions.h"
#include "testfiles.h"
#include "xlsxreader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// Hands the modal dialog that is open when the timer fires (after `delayMs`) to `check`, and closes it should a failed
// check return early, so that a failing test reports instead of waiting on the dialog.
template <class Dialog, class Check> void whenModal(QObject* context, Check check, int delayMs = 0)
{
    QTimer::singleShot(delayMs, context, [check] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "the expected dialog is not open");
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        check(dialog);
    });
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensNewFileWithMunicipalitiesOnly();
    void defaultFileHasSamplePlans();
    void refusesBadFileAndKeepsCurrent();
    void menus();
    void addEditUndoFilterThroughTheWindow();
    void recordProgressAndDetails();
    void planPropertiesThroughTheDialog();
    void createPlanThroughTheNavigator();
    void indicatorsThroughTheEditor();
    void exportsTheCouncilReport();
    void planCheckLeadsToTheFinding();
    void importByDropAndExportThroughTheMenu();
    void planFileDropAddsThePlans();
    void switchesLanguageWithoutRestart();
    void exampleBankCopiesIntoAnotherPlan();
    void networkViewComparesMembers();
    void newPlanFromTemplateAndSaveAsTemplate();
    void followsAJointProject();
    void recordsAndChartsASelfAssessment();

private:
    // A file with the municipalities and the sample data, as a first start makes it; empty on failure.
    QString makeSampleFile(const QString& name);
    // Clicks the first row of the navigator with the text, as a user would; false when there is none.
    static bool clickNavigatorRow(MainWindow& window, const QString& text);

    QTemporaryDir m_dir;
};

QString TestMainWindow::makeSampleFile(const QString& name)
{
    const QString path = m_dir.filePath(name);
    Database db;
    QString error;
    if (!DataFile::openOrCreate(db, path, true, &error)) {
        qWarning() << error;
        return {};
    }
    return path;
}

bool TestMainWindow::clickNavigatorRow(MainWindow& window, const QString& text)
{
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("navigatorTree"));
    const QModelIndexList found = tree->model()->match(
        tree->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    tree->scrollTo(found.first());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(found.first()).center());
    return true;
}

void TestMainWindow::initTestCase()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // Qt's own file dialog, which a test can drive
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
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("navigatorTree"));
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 1); // no networks yet: only "All municipalities"
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 357);
    QCOMPARE(window.findChild<QTableView*>(QStringLiteral("measureTable"))->model()->rowCount(), 0);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("fileLabel"))->text(), QDir::toNativeSeparators(path));
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisible()); // only for read-only files
}

void TestMainWindow::defaultFileHasSamplePlans()
{
    MainWindow window;
    window.show();
    QVERIFY2(window.openFile(DataFile::defaultPath(), true), qPrintable(window.lastError()));
    auto* table = window.findChild<QTableView*>(QStringLiteral("measureTable"));
    QCOMPARE(table->model()->rowCount(), 16); // the first plan by municipality number, Ål's, is shown
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("navigatorTree"));
    QCOMPARE(tree->model()->rowCount(), 5); // four sample networks and "All municipalities"
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("navigatorFilter")), QStringLiteral("plastsmart"));
    // The plastic-smart network (by name) and Horten's plan (by title) stay; the rest is filtered away.
    QCOMPARE(tree->model()->rowCount(), 2);
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
    QCOMPARE(titles,
             (QStringList {QStringLiteral("&File"),
                           QStringLiteral("&Edit"),
                           QStringLiteral("&Plan"),
                           QStringLiteral("&View"),
                           QStringLiteral("&Settings"),
                           QStringLiteral("&Help")}));
}

namespace {

QString storedMeasure(const QString& path, qint64 id, const char* column)
{
    Database db;
    if (!db.open(path))
        return db.errorString();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM measures WHERE id = ?").arg(QLatin1String(column)));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<missing>");
}

// Opens the editor of index in view, types text and presses Enter; returns the editor (still open if it refused).
QWidget* typeIntoCell(QTableView* view, const QModelIndex& index, const QString& text)
{
    view->setCurrentIndex(index);
    view->edit(index);
    QLineEdit* editor = cellediting::openEditor(view);
    if (!editor)
        return nullptr;
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits and closes on a queued call
    return editor;
}

} // namespace

// The adviser's loop: pick the plan, add measures, type into the table, make a mistake in a deadline, undo and
// redo, filter, delete; after each step both the screen and the file say the same.
void TestMainWindow::addEditUndoFilterThroughTheWindow()
{
    const QString path = makeSampleFile(QStringLiteral("arbeid.handlingsplan"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path, true));
    QTableView* table = window.findChild<QTableView*>(QStringLiteral("measureTable"));
    QLabel* count = window.findChild<QLabel*>(QStringLiteral("measureCount"));
    QVERIFY(table && count);
    // Find the plastic-smart plan as a user would: type in the navigator, pick the plan under Horten.
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("navigatorTree"));
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("navigatorFilter")),
                     QStringLiteral("plastsmart kommune"));
    QModelIndex plan;
    for (QModelIndex i = tree->model()->index(0, 0); i.isValid(); i = tree->indexBelow(i)) {
        if (i.data(NavigatorModel::PlanIdRole).toLongLong() > 0) {
            plan = i;
            break;
        }
    }
    QVERIFY(plan.isValid());
    tree->setCurrentIndex(plan);
    QCOMPARE(table->model()->rowCount(), 21);

    // Three new measures, each titled by typing into its cell.
    QVector<qint64> ids;
    for (const QString& title : {QStringLiteral("Ombrukskopper i kantina"),
                                 QStringLiteral("Plastfri barnehage"),
                                 QStringLiteral("Mikroplast i overvann")}) {
        const qint64 id = window.editActions()->addMeasure();
        QVERIFY(id > 0);
        ids << id;
        QLineEdit* editor = cellediting::openEditor(table);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, title);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(storedMeasure(path, id, "title"), title); // the delegate commits on a queued call
    }
    QCOMPARE(table->model()->rowCount(), 24);
    QVERIFY2(count->text().startsWith(QStringLiteral("24 of 24")), qPrintable(count->text()));

    auto cell = [&](qint64 id, int column) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, column);
            if (index.data(MeasureTableModel::MeasureIdRole).toLongLong() == id)
                return index;
        }
        return QModelIndex();
    };
    // A deadline the parser refuses keeps the editor open and changes nothing; a good one is stored.
    QPointer<QWidget> editor
        = typeIntoCell(table, cell(ids[0], MeasureTableModel::DeadlineColumn), QStringLiteral("31.02.2025"));
    QVERIFY(editor);
    QCoreApplication::processEvents(); // a closed editor would be deleted here
    QVERIFY(editor && editor->isVisible()); // still open
    QVERIFY2(editor->toolTip().contains(QStringLiteral("no such date")), qPrintable(editor->toolTip()));
    QCOMPARE(storedMeasure(path, ids[0], "deadline_text"), QString());
    QTest::keyClick(editor, Qt::Key_Escape);
    typeIntoCell(table, cell(ids[0], MeasureTableModel::DeadlineColumn), QStringLiteral("Q1 2025"));
    QCOMPARE(storedMeasure(path, ids[0], "deadline_text"), QStringLiteral("Q1 2025"));
    QVERIFY(cell(ids[0], MeasureTableModel::DeadlineColumn).data(MeasureTableModel::OverdueRole).toBool());
    // A title the model refuses (none) opens its editor again with what was typed, to correct it there.
    editor = typeIntoCell(table, cell(ids[1], MeasureTableModel::TitleColumn), QStringLiteral("   "));
    QTRY_VERIFY(cellediting::openEditor(table) && cellediting::openEditor(table) != editor);
    QCOMPARE(cellediting::openEditor(table)->text(), QStringLiteral("   "));
    QCOMPARE(table->currentIndex(), cell(ids[1], MeasureTableModel::TitleColumn));
    QVERIFY2(window.lastError().contains(QLatin1String("title")), qPrintable(window.lastError()));
    QCOMPARE(storedMeasure(path, ids[1], "title"), QStringLiteral("Plastfri barnehage"));
    QTest::keyClick(cellediting::openEditor(table), Qt::Key_Escape);
    QTRY_VERIFY(!cellediting::openEditor(table));
    // The same when the user moves to another row instead of pressing Enter: the editor comes back on its own cell.
    table->setCurrentIndex(cell(ids[1], MeasureTableModel::TitleColumn));
    table->edit(cell(ids[1], MeasureTableModel::TitleColumn));
    QTRY_VERIFY(cellediting::openEditor(table));
    editor = cellediting::openEditor(table);
    cellediting::openEditor(table)->selectAll();
    QTest::keyClicks(cellediting::openEditor(table), QStringLiteral("  "));
    table->setCurrentIndex(cell(ids[2], MeasureTableModel::TitleColumn)); // commits the editor, refused
    QTRY_VERIFY(cellediting::openEditor(table) && cellediting::openEditor(table) != editor);
    QCOMPARE(table->currentIndex(), cell(ids[1], MeasureTableModel::TitleColumn));
    QCOMPARE(cellediting::openEditor(table)->text(), QStringLiteral("  "));
    QTest::keyClick(cellediting::openEditor(table), Qt::Key_Escape);
    QTRY_VERIFY(!cellediting::openEditor(table));
    typeIntoCell(table, cell(ids[1], MeasureTableModel::TitleColumn), QStringLiteral("Plastfrie barnehager"));
    QCOMPARE(storedMeasure(path, ids[1], "title"), QStringLiteral("Plastfrie barnehager"));

    // Undo both edits, then redo them.
    window.undoStack()->undo();
    QCOMPARE(storedMeasure(path, ids[1], "title"), QStringLiteral("Plastfri barnehage"));
    QCOMPARE(cell(ids[1], MeasureTableModel::TitleColumn).data().toString(), QStringLiteral("Plastfri barnehage"));
    window.undoStack()->undo();
    QCOMPARE(storedMeasure(path, ids[0], "deadline_text"), QString());
    window.undoStack()->redo();
    window.undoStack()->redo();
    QCOMPARE(storedMeasure(path, ids[0], "deadline_text"), QStringLiteral("Q1 2025"));
    QCOMPARE(storedMeasure(path, ids[1], "title"), QStringLiteral("Plastfrie barnehager"));

    // Filter by text, then overdue only.
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("measureFilter"));
    QTest::keyClicks(filter, QStringLiteral("plastfrie barn"));
    QCOMPARE(table->model()->rowCount(), 1);
    filter->clear();
    auto* attention = window.findChild<QComboBox*>(QStringLiteral("attentionFilter"));
    attention->setFocus();
    attention->setCurrentIndex(attention->findData(int(MeasureTableModel::OverdueRole)));
    QVERIFY(table->model()->rowCount() > 0);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(table->model()->index(row, 0).data(MeasureTableModel::OverdueRole).toBool());

    // Delete the three new measures; undo brings them back.
    attention->setCurrentIndex(0);
    table->clearSelection();
    for (qint64 id : ids)
        table->selectionModel()->select(cell(id, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    window.editActions()->deleteSelectedMeasures();
    QCOMPARE(table->model()->rowCount(), 21);
    // The count follows (it said "21 of 24": the filter removes its rows before the table's model does).
    QVERIFY2(count->text().startsWith(QStringLiteral("21 of 21")), qPrintable(count->text()));
    QCOMPARE(storedMeasure(path, ids[2], "title"), QStringLiteral("<missing>"));
    window.undoStack()->undo();
    QCOMPARE(table->model()->rowCount(), 24);
    QVERIFY2(count->text().startsWith(QStringLiteral("24 of 24")), qPrintable(count->text()));
    QCOMPARE(storedMeasure(path, ids[2], "title"), QStringLiteral("Mikroplast i overvann"));
}

// Record progress through the dialog (Ctrl+Shift+P), and edit the description in the details pane: the table,
// the details and the file agree, and Ctrl+Z takes each back.
void TestMainWindow::recordProgressAndDetails()
{
    const QString path = makeSampleFile(QStringLiteral("fremdrift.handlingsplan"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    window.activateWindow(); // focus events (the description commits on focus out) need an active window
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(path, true));
    auto* table = window.findChild<QTableView*>(QStringLiteral("measureTable"));
    const QModelIndex first = table->model()->index(0, MeasureTableModel::TitleColumn);
    table->setCurrentIndex(first);
    const qint64 id = first.data(MeasureTableModel::MeasureIdRole).toLongLong();
    const int historyBefore = window.findChild<QTableView*>(QStringLiteral("progressHistory"))->model()->rowCount();

    // The dialog is modal: answer it when it shows.
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* status = dialog->findChild<QComboBox*>(QStringLiteral("progressStatus"));
        status->setCurrentIndex(status->findData(QStringLiteral("delayed")));
        auto* value = dialog->findChild<QSpinBox*>(QStringLiteral("progressValue"));
        value->selectAll();
        QTest::keyClicks(value, QStringLiteral("65"));
        auto* comment = dialog->findChild<QPlainTextEdit*>(QStringLiteral("progressComment"));
        QTest::keyClicks(comment, QStringLiteral("Venter på leverandør"));
        // Tab leaves the comment for "publish it as the reason", which Space ticks.
        auto* publish = dialog->findChild<QCheckBox*>(QStringLiteral("progressCommentPublic"));
        QWidget* after = comment->nextInFocusChain();
        while (after && !(after->focusPolicy() & Qt::TabFocus))
            after = after->nextInFocusChain();
        const bool next = after == publish && comment->tabChangesFocus();
        const bool internal = !publish->isChecked(); // comments are internal unless the adviser says so
        QTest::keyClick(publish, Qt::Key_Space);
        if (!next || !internal)
            publish->setChecked(false); // fails below, without leaving the dialog open
        dialog->accept();
    });
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QCOMPARE(storedMeasure(path, id, "status"), QStringLiteral("delayed"));
    QCOMPARE(storedMeasure(path, id, "progress"), QStringLiteral("65"));
    QCOMPARE(window.findChild<QTableView*>(QStringLiteral("progressHistory"))->model()->rowCount(), historyBefore + 1);
    {
        QVector<ProgressUpdate> updates = window.stores()->progressUpdates.list(QStringLiteral("measure_id"), id);
        const auto newest = std::max_element(
            updates.begin(), updates.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        QCOMPARE(newest->comment, QStringLiteral("Venter på leverandør"));
        QVERIFY(newest->commentPublic);
    }
    QCOMPARE(table->currentIndex().siblingAtColumn(MeasureTableModel::ProgressColumn).data(Qt::EditRole).toInt(), 65);

    // The description, typed in the details pane, is saved when focus leaves it.
    window.activateWindow(); // the dialog took activation with it
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* description = window.findChild<QPlainTextEdit*>(QStringLiteral("measureDescription"));
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("<b>Ny</b> beskrivelse & mer"));
    window.findChild<QLineEdit*>(QStringLiteral("measureFunding"))->setFocus();
    QCOMPARE(storedMeasure(path, id, "description"), QStringLiteral("<b>Ny</b> beskrivelse & mer"));
    QVERIFY(window.findChild<QTableView*>(QStringLiteral("changeHistory"))->model()->rowCount() > 0);

    window.undoStack()->undo(); // the description
    QCOMPARE(description->toPlainText(), storedMeasure(path, id, "description"));
    QVERIFY(!storedMeasure(path, id, "description").contains(QStringLiteral("Ny")));
    window.undoStack()->undo(); // the progress update
    QVERIFY(storedMeasure(path, id, "status") != QStringLiteral("delayed"));
    QCOMPARE(window.findChild<QTableView*>(QStringLiteral("progressHistory"))->model()->rowCount(), historyBefore);
}

// The plan properties dialog, driven as a user would: a new title, a new focus area; one undo takes both back.
void TestMainWindow::planPropertiesThroughTheDialog()
{
    const QString path = makeSampleFile(QStringLiteral("egenskaper.handlingsplan"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path, true));
    Database db;
    QVERIFY(db.open(path));
    Stores stores(db);
    const qint64 planId = stores.plans.summaries().first().planId;
    const int areasBefore = int(stores.focusAreas.list(QStringLiteral("plan_id"), planId).size());

    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const QString shots = qEnvironmentVariable("ACTIONPLANS_SCREENSHOTS");
        if (!shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/plan-properties.png"));
        // The plan's own change log is there, read-only: at least its creation.
        QVERIFY(dialog->findChild<QTableView*>(QStringLiteral("planHistory"))->model()->rowCount() >= 1);
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("planTitle"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Sirkulaer plan <2024-2027> & mer"));
        dialog->findChild<QTabWidget*>()->setCurrentIndex(1); // the focus-area tab
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addFocusArea")), Qt::LeftButton);
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("focusAreaList"));
        list->currentItem()->setText(QStringLiteral("Tekstiler"));
        dialog->accept();
    });
    window.planActions()->editPlanProperties(planId);
    QCOMPARE(stores.plans.get(planId)->title, QStringLiteral("Sirkulaer plan <2024-2027> & mer"));
    QCOMPARE(stores.focusAreas.list(QStringLiteral("plan_id"), planId).size(), areasBefore + 1);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("planHeading"))->text(),
             QStringLiteral("Sirkulaer plan <2024-2027> & mer")); // plain text, shown as typed
    window.undoStack()->undo();
    QVERIFY(stores.plans.get(planId)->title != QStringLiteral("Sirkulaer plan <2024-2027> & mer"));
    QCOMPARE(stores.focusAreas.list(QStringLiteral("plan_id"), planId).size(), areasBefore);
}

// A new plan for Horten: it appears in the navigator with its title typed there, and undo removes it again.
void TestMainWindow::createPlanThroughTheNavigator()
{
    const QString path = m_dir.filePath(QStringLiteral("nyplan.handlingsplan"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path, true)); // a new file: municipalities, no plans
    Database db;
    QVERIFY(db.open(path));
    Stores stores(db);
    const qint64 horten = stores.municipalities.byNumber(QStringLiteral("3901"))->id;
    const qint64 planId = window.planActions()->addPlan(horten);
    QVERIFY(planId > 0);
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("navigatorTree"));
    QLineEdit* editor = nullptr;
    for (QLineEdit* e : tree->viewport()->findChildren<QLineEdit*>())
        editor = e->isVisible() ? e : editor;
    QVERIFY(editor); // the title is open for typing
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Plastsmart Horten 2027-2030"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(stores.plans.get(planId)->title, QStringLiteral("Plastsmart Horten 2027-2030"));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("planHeading"))->text(),
             QStringLiteral("Plastsmart Horten 2027-2030"));
    window.editActions()->addMeasure();
    QCOMPARE(stores.measures.list(QStringLiteral("plan_id"), planId).size(), 1);
    window.undoStack()->undo(); // the measure
    window.undoStack()->undo(); // the title
    window.undoStack()->undo(); // the plan
    QVERIFY(!stores.plans.get(planId));
}

// The indicator editor: a new indicator, named and given a target, and a measured value; each step is on disk at
// once and undoable; the dashboard draws the new indicator.
void TestMainWindow::indicatorsThroughTheEditor()
{
    const QString path = makeSampleFile(QStringLiteral("indikatorer.handlingsplan"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path, true));
    Database db;
    QVERIFY(db.open(path));
    Stores stores(db);
    const qint64 planId = stores.plans.summaries().first().planId;
    const int before = int(stores.indicators.list(QStringLiteral("plan_id"), planId).size());
    const int undoBefore = window.undoStack()->index();

    QTimer::singleShot(0, this, [] {
        auto* editor = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(editor);
        const auto close = qScopeGuard([editor] { editor->reject(); }); // even when a check fails
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addIndicator")), Qt::LeftButton);
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("indicatorName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Gjenbrukte moebler"));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveIndicator")), Qt::LeftButton);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addIndicatorValue")), Qt::LeftButton);
        auto* values = editor->findChild<QTableWidget*>(QStringLiteral("indicatorValues"));
        QCOMPARE(values->rowCount(), 1);
        values->item(0, 1)->setText(QStringLiteral("12,5"));
        const QString shots = qEnvironmentVariable("ACTIONPLANS_SCREENSHOTS");
        if (!shots.isEmpty())
            editor->grab().save(shots + QStringLiteral("/indicator-editor.png"));
    });
    window.planActions()->editIndicators(planId);
    const QVector<Indicator> indicators = stores.indicators.list(QStringLiteral("plan_id"), planId);
    QCOMPARE(indicators.size(), before + 1);
    QCOMPARE(indicators.last().name, QStringLiteral("Gjenbrukte moebler"));
    const QVector<IndicatorValue> values
        = stores.indicatorValues.list(QStringLiteral("indicator_id"), indicators.last().id);
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.first().value, 12.5);
    QCOMPARE(window.undoStack()->count(), undoBefore + 4); // add, rename, add value, set value
    while (window.undoStack()->index() > undoBefore)
        window.undoStack()->undo();
    QCOMPARE(stores.indicators.list(QStringLiteral("plan_id"), planId).size(), before);
}

// File → Export council report…: the options dialog, then the file dialog, then a PDF in the chosen language with
// the chosen sections, recorded in the file.
void TestMainWindow::exportsTheCouncilReport()
{
    const QString path = makeSampleFile(QStringLiteral("report.handlingsplan"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path, true));
    auto* exportAction = window.findChild<QAction*>(QStringLiteral("exportReportAction"));
    QVERIFY(exportAction && exportAction->isEnabled());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("printAction"))->isEnabled());

    const QString pdf = m_dir.filePath(QStringLiteral("kongsvinger.pdf"));
    bool sawOptions = false;
    bool sawFileDialog = false;
    QString suggested;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog && dialog->objectName() == QLatin1String("reportOptionsDialog"));
        sawOptions = true;
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("reportLanguage"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("nn")); // Ål writes nynorsk
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        // Leave out the charts, by clicking their box as a user would.
        auto* charts = dialog->findChild<QCheckBox*>(QStringLiteral("section%1").arg(int(ReportOptions::Charts)));
        QTest::mouseClick(charts, Qt::LeftButton, {}, QPoint(4, charts->height() / 2));
        QVERIFY(!charts->isChecked());
        const QString shots = qEnvironmentVariable("ACTIONPLANS_SCREENSHOTS");
        if (!shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/report-options.png"));
        // The file dialog comes once the report's data is gathered (well within half a second).
        QTimer::singleShot(500, this, [&] {
            auto* files = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(files);
            sawFileDialog = true;
            suggested = files->selectedFiles().value(0); // the plan's title and the date
            // Type the path into the name box, as a user would, and save.
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->selectAll();
            QTest::keyClicks(name, pdf);
            QMetaObject::invokeMethod(files, "accept"); // as the Save button does
        });
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("acceptReport")), Qt::LeftButton);
    });
    exportAction->trigger();
    QVERIFY(sawOptions);
    QVERIFY(sawFileDialog);
    QVERIFY2(suggested.contains(QStringLiteral("status report")), qPrintable(suggested));
    QVERIFY2(QFile::exists(pdf), qPrintable(window.lastError()));

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(words.contains(QStringLiteral("Page 1 of")));
    QVERIFY(words.contains(QStringLiteral("Summary")));
    QVERIFY(!words.contains(QStringLiteral("Status by focus area"))); // the charts were left out
    Database db;
    QVERIFY(db.open(path));
    QCOMPARE(Stores(db).reports.list().size(), 1);
}

// Choosing the plastic-smart network in the navigator shows its members side by side: sortable by a click on a
// column, charts per member, a member's summary exported and another's imported, and a double-click on a member
// showing its plan.
void TestMainWindow::networkViewComparesMembers()
{
    const QString path = makeSampleFile(QStringLiteral("nettverk.handlingsplan"));
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openFile(path, true));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(clickNavigatorRow(window, QStringLiteral("Plastsmarte byer og kommuner")));
    NetworkPane* pane = window.networkPane();
    QTRY_VERIFY(pane->isVisible());
    QVERIFY(!window.measuresPane()->isVisible());
    QCOMPARE(pane->findChild<QLabel*>(QStringLiteral("networkHeading"))->text(),
             QStringLiteral("Plastsmarte byer og kommuner"));
    QCOMPARE(pane->findChild<QComboBox*>(QStringLiteral("networkPlanKind"))->currentData().toString(),
             QStringLiteral("plastic_smart"));
    QTableView* table = pane->view();
    QCOMPARE(table->model()->rowCount(), 3);
    const auto column = [table](int column) {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << table->model()->index(row, column).data().toString();
        return values;
    };
    QCOMPARE(column(0),
             (QStringList {QStringLiteral("Horten"), QStringLiteral("Sandefjord"), QStringLiteral("Tromsø")}));

    // A click on "Done" sorts by the share done: Tromsø 38 %, Horten 40 %, Sandefjord 50 %.
    QHeaderView* header = table->horizontalHeader();
    const int doneX = header->sectionViewportPosition(NetworkCompareModel::ShareDoneColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(doneX, header->height() / 2));
    QCOMPARE(column(0),
             (QStringList {QStringLiteral("Tromsø"), QStringLiteral("Horten"), QStringLiteral("Sandefjord")}));
    QCOMPARE(column(NetworkCompareModel::ShareDoneColumn),
             (QStringList {QStringLiteral("38 %"), QStringLiteral("40 %"), QStringLiteral("50 %")}));

    // Choosing another kind of plan by keyboard: no member has an "other" plan, and the pane says what to do.
    auto* kind = pane->findChild<QComboBox*>(QStringLiteral("networkPlanKind"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_End);
    QCOMPARE(kind->currentData().toString(), QStringLiteral("other"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(pane->findChild<QLabel*>(QStringLiteral("networkEmpty"))->isVisible());
    QTest::keyClick(kind, Qt::Key_Home); // every kind: the same three plastic-smart plans
    QCOMPARE(kind->currentData().toString(), QString());
    QCOMPARE(table->model()->rowCount(), 3);
    QVERIFY(!pane->findChild<QLabel*>(QStringLiteral("networkEmpty"))->isVisible());
    QTest::keyClick(kind, Qt::Key_Down); // back to plastic-smart plans
    QCOMPARE(kind->currentData().toString(), QStringLiteral("plastic_smart"));
    QCOMPARE(table->model()->rowCount(), 3);

    // Choosing Sandefjord's row makes it the member the radar shows.
    auto* tabs = pane->findChild<QTabWidget*>(QStringLiteral("networkCharts"));
    tabs->setCurrentIndex(2);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(2, 0)).center());
    QCOMPARE(pane->currentMunicipalityNumber(), QStringLiteral("3907"));
    QCOMPARE(pane->findChild<QComboBox*>(QStringLiteral("networkMember"))->currentText(), QStringLiteral("Sandefjord"));
    auto* radar = pane->findChild<FocusAreaRadarChart*>(QStringLiteral("focusAreaRadarChart"));
    QVERIFY(radar);
    QCOMPARE(radar->areas().size(), 6);
    QCOMPARE(radar->memberValues().size(), 6);
    QCOMPARE(radar->areas().at(1), QStringLiteral("Forsøpling"));

    // The table as CSV, and Sandefjord's summary as its adviser would send it.
    const QString csv = m_dir.filePath(QStringLiteral("nettverk.csv"));
    QVERIFY(window.networks()->exportTable(QStringLiteral("csv"), csv));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).contains(QStringLiteral("Municipality;Plans;Measures;Done;Mean progress;Overdue;Last update")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Horten;Handlingsplan for en plastsmart kommune 2023–2026;21;40;")),
             qPrintable(lines.at(1)));
    const QString xlsx = m_dir.filePath(QStringLiteral("nettverk.xlsx"));
    QVERIFY(window.networks()->exportTable(QStringLiteral("xlsx"), xlsx));
    // As PDF for the network's meeting: the members' rows and a chart per shared indicator (read back with pdftotext).
    const QString pdf = m_dir.filePath(QStringLiteral("sammenligning.pdf"));
    QVERIFY(window.networks()->exportTable(QStringLiteral("pdf"), pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(pdfText.contains(QStringLiteral("Network comparison · Plastsmarte byer og kommuner")),
             qPrintable(pdfText));
    for (const QString& member : {QStringLiteral("Horten"), QStringLiteral("Sandefjord"), QStringLiteral("Tromsø")})
        QVERIFY(pdfText.contains(member));
    QVERIFY(pdfText.contains(QStringLiteral("Plastemballasje materialgjenvunnet")));
    QVERIFY(!window.networks()->exportTable(QStringLiteral("pdf"), path)); // never over the open file
    // The same comparison as a web page for screen readers: the members' table with header cells, and each shared
    // indicator's chart as a figure with its summary and table of figures.
    const QString page = m_dir.filePath(QStringLiteral("sammenligning.html"));
    QVERIFY(window.networks()->exportTable(QStringLiteral("html"), page));
    QFile pageFile(page);
    QVERIFY(pageFile.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(pageFile.readAll());
    QVERIFY(html.contains(QStringLiteral("<h1>Plastsmarte byer og kommuner</h1>")));
    QVERIFY(html.contains(QStringLiteral("<th scope=\"col\"")));
    for (const QString& member : {QStringLiteral("Horten"), QStringLiteral("Sandefjord"), QStringLiteral("Tromsø")})
        QVERIFY(html.contains(member));
    QVERIFY(html.contains(QStringLiteral("<figure")));
    QVERIFY(html.contains(QStringLiteral("Plastemballasje materialgjenvunnet")));
    QVERIFY(!window.networks()->exportTable(QStringLiteral("html"), path)); // never over the open file
    QVERIFY(QFileInfo(path).size() > 0);
    // The network bundle: the three members' plans in one plan file.
    const QString bundle = m_dir.filePath(QStringLiteral("plastsmart-nettverk.json"));
    QVERIFY(window.networks()->exportBundle(bundle));
    QVector<ImportProblem> bundleProblems;
    const std::optional<QVector<PlanFile::PlanData>> bundled = PlanFile::readFile(bundle, &bundleProblems);
    QVERIFY(bundled);
    QCOMPARE(bundled->size(), 3);
    QCOMPARE(bundled->first().municipalityNumber, QStringLiteral("3901"));
    QVector<ImportProblem> problems;
    const std::optional<CsvTable> sheet = XlsxReader::read(xlsx, &problems); // read back as the importer reads it
    QVERIFY(sheet);
    QCOMPARE(sheet->rows.size(), 4);
    QCOMPARE(sheet->rows.at(0).value(NetworkCompareModel::ShareDoneColumn), QStringLiteral("Done"));
    QCOMPARE(sheet->rows.at(1).value(0), QStringLiteral("Horten"));
    QCOMPARE(sheet->rows.at(1).value(NetworkCompareModel::MeasuresColumn), QStringLiteral("21"));
    const QString summary = m_dir.filePath(QStringLiteral("sandefjord.json"));
    QVERIFY(window.networks()->exportSummary(pane->currentMunicipalityNumber(), summary));

    // In another file that holds no plans, the coordinator imports the summary and compares.
    const QString coordinator = m_dir.filePath(QStringLiteral("koordinator.handlingsplan"));
    {
        Database db;
        QString error;
        QVERIFY2(DataFile::openOrCreate(db, coordinator, false, &error), qPrintable(error));
        Stores stores(db);
        Network network;
        network.name = QStringLiteral("Plastsmarte byer og kommuner");
        const std::optional<qint64> id = stores.networks.add(network);
        QVERIFY(id);
        QVERIFY(stores.networks.addMember(*id, stores.municipalities.byNumber(QStringLiteral("3907"))->id));
    }
    QVERIFY(window.openFile(coordinator, true));
    QVERIFY(clickNavigatorRow(window, QStringLiteral("Plastsmarte byer og kommuner")));
    QTRY_VERIFY(pane->isVisible());
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(pane->findChild<QLabel*>(QStringLiteral("networkEmpty"))->isVisible());
    QVERIFY(window.networks()->importSummary(summary));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Sandefjord (summary)"));
    QCOMPARE(table->model()->index(0, NetworkCompareModel::MeasuresColumn).data().toString(), QStringLiteral("8"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusMessage"))
                ->text()
                .contains(QStringLiteral("Imported the summary of Sandefjord")));
    // A file that is not a summary is refused, naming the problem, and nothing is added.
    QVERIFY(!window.networks()->importSummary(csv));
    QVERIFY2(window.lastError().contains(QStringLiteral("not valid JSON")), qPrintable(window.lastError()));
    QCOMPARE(table->model()->rowCount(), 1);

    // Back in the sample file, a double-click on Horten shows Horten's plan.
    QVERIFY(window.openFile(path, true));
    QVERIFY(clickNavigatorRow(window, QStringLiteral("Plastsmarte byer og kommuner")));
    QTRY_VERIFY(pane->isVisible());
    const int hortenRow = int(column(0).indexOf(QStringLiteral("Horten")));
    QVERIFY(hortenRow >= 0);
    const QPoint horten = table->visualRect(table->model()->index(hortenRow, 0)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, horten); // a double-click begins with a press
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, horten);
    QTRY_VERIFY(window.measuresPane()->isVisible());
    QCOMPARE(window.measuresPane()->view()->model()->rowCount(), 21);
}

QTEST_MAIN(TestMainWindow)
// The plan check dock: a measure without an owner is a finding; clicking it shows the measure even when the table's
// filter hid it; giving the measure an owner clears the finding, and undo brings it back.
void TestMainWindow::planCheckLeadsToTheFinding()
{
    const QString path = makeSampleFile(QStringLiteral("plankontroll.handlingsplan"));
    QVERIFY(!path.isEmpty());
    qint64 measureId = 0;
    qint64 ownerId = 0;
    {
        Database db;
        QVERIFY(DataFile::openOrCreate(db, path, false, nullptr));
        Stores stores(db);
        const qint64 firstPlan = stores.plans.summaries().constFirst().planId;
        Measure measure = stores.measures.list(QStringLiteral("plan_id"), firstPlan).constLast();
        measureId = measure.id;
        ownerId = measure.ownerId;
        measure.ownerId = 0;
        QVERIFY(stores.measures.update(measure));
    }
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openFile(path, true));
    auto* pane = window.findChild<PlanCheckPane*>();
    QVERIFY(pane);
    QTreeView* tree = pane->view();
    auto* model = qobject_cast<PlanCheckModel*>(tree->model());
    QVERIFY(model);
    const QModelIndex owners = model->index(PlanCheck::MeasureOwners, 0);
    QCOMPARE(model->rowCount(owners), 1);
    const int scoreWithout = model->check().score();
    QVERIFY(pane->scoreText() == QStringLiteral("Complete: %1 %").arg(scoreWithout));

    // Hide the measure behind a filter, then choose its finding in the dock.
    window.measuresPane()->filterModel()->setText(QStringLiteral("finnes ikke"));
    QCOMPARE(window.measuresPane()->currentMeasureId(), 0);
    window.findChild<QDockWidget*>(QStringLiteral("planCheckDock"))->raise();
    QTRY_VERIFY(tree->isVisible());
    const QModelIndex finding = model->index(0, 0, owners);
    tree->scrollTo(finding);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(finding).center());
    QCOMPARE(window.measuresPane()->currentMeasureId(), measureId);

    // Fixing it in the table clears the finding at once; undo brings it back.
    window.editActions()->setOwnerOfSelected(ownerId);
    QTRY_COMPARE(model->rowCount(model->index(PlanCheck::MeasureOwners, 0)), 0);
    QTRY_VERIFY(model->check().score() > scoreWithout);
    QCOMPARE(pane->scoreText(), QStringLiteral("Complete: %1 %").arg(model->check().score()));
    window.undoStack()->undo();
    QTRY_COMPARE(model->rowCount(model->index(PlanCheck::MeasureOwners, 0)), 1);
}

// A spreadsheet dropped on the window: a bad one shows every problem and changes nothing; a good one adds its measures
// as one undo step. File → Export measures… writes the plan for Excel through the file dialog.
void TestMainWindow::importByDropAndExportThroughTheMenu()
{
    const QString path = makeSampleFile(QStringLiteral("utveksling.handlingsplan"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openFile(path, true));
    auto* table = window.findChild<QTableView*>(QStringLiteral("measureTable"));
    const int before = table->model()->rowCount();
    const auto drop = [&window](const QString& file) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropped);
        return true;
    };

    QStringList shown;
    QTimer::singleShot(200, this, [&shown] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("importProblemsDialog"));
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("importProblems"));
        for (int i = 0; i < list->count(); ++i)
            shown << list->item(i)->text();
        if (const QString shots = qEnvironmentVariable("ACTIONPLANS_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/import-problems.png"));
        dialog->reject();
    });
    QVERIFY(drop(QStringLiteral(ACTIONPLANS_TEST_DATA "/exchange/two-bad-rows.csv")));
    QTRY_COMPARE(shown.size(), 3);
    QVERIFY2(shown.first().startsWith(QStringLiteral("two-bad-rows.csv:3:2: ")), qPrintable(shown.first()));
    QCOMPARE(table->model()->rowCount(), before);
    QCOMPARE(window.undoStack()->count(), 0);

    QVERIFY(drop(QStringLiteral(ACTIONPLANS_TEST_DATA "/exchange/excel-nb-cp1252.csv")));
    QTRY_COMPARE(table->model()->rowCount(), before + 3);
    QCOMPARE(window.undoStack()->count(), 1);
    // The status bar says so, with room to be read: the file's name keeps to the right.
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusMessage"))
                ->text()
                .contains(QStringLiteral("excel-nb-cp1252.csv")));
    auto* fileLabel = window.findChild<QLabel*>(QStringLiteral("fileLabel"));
    QTRY_VERIFY(fileLabel->geometry().left() > window.statusBar()->width() / 2);
    window.undoStack()->undo();
    QCOMPARE(table->model()->rowCount(), before);
    window.undoStack()->redo();
    QCOMPARE(table->model()->rowCount(), before + 3);
    QVERIFY(!drop(m_dir.filePath(QStringLiteral("bilde.png")))); // not a spreadsheet: not accepted

    const QString csv = m_dir.filePath(QStringLiteral("tiltak.csv"));
    QTimer::singleShot(300, this, [&] {
        auto* files = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(files);
        auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, csv);
        QMetaObject::invokeMethod(files, "accept");
    });
    window.findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
    const QByteArray bytes = testfiles::readAll(csv);
    QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
    QCOMPARE(bytes.count("\r\n") >= before + 3 + 1, true);
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Krav om ombruk i rammeavtaler – «sirkulært»")));
}

// A network's plan file dropped on a new, empty file brings its plans into the navigator, undoable as one step.
void TestMainWindow::planFileDropAddsThePlans()
{
    const QString source = makeSampleFile(QStringLiteral("kilde.handlingsplan"));
    const QString json = m_dir.filePath(QStringLiteral("nettverk.json"));
    {
        Database db;
        QVERIFY(DataFile::openOrCreate(db, source, false, nullptr));
        Stores stores(db);
        QVector<qint64> ids;
        for (const PlanSummary& plan : stores.plans.summaries())
            ids << plan.planId;
        QString error;
        const std::optional<QByteArray> bytes = PlanFile::write(stores, ids, &error);
        QVERIFY2(bytes, qPrintable(error));
        QVERIFY(testfiles::writeAll(json, *bytes));
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("tom.handlingsplan")), true));
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("navigatorTree"));
    QCOMPARE(tree->model()->rowCount(), 1); // only "All municipalities": no networks, no plans
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(json)});
    QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    // First the preview (after the drop has returned): six plans, all new; nothing written until Import.
    QDropEvent dropped(QPointF(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropped);
    bool previewed = false;
    whenModal<QDialog>(this, [&previewed, &window](QDialog* preview) {
        QCOMPARE(preview->objectName(), QStringLiteral("importPreview"));
        QCOMPARE(window.undoStack()->count(), 0);
        auto* plans = preview->findChild<QTreeWidget*>(QStringLiteral("importPreviewPlans"));
        QCOMPARE(plans->topLevelItemCount(), 6);
        for (int i = 0; i < plans->topLevelItemCount(); ++i)
            QCOMPARE(plans->topLevelItem(i)->text(2), QStringLiteral("New: added"));
        QCOMPARE(preview->findChild<QTableWidget*>(QStringLiteral("importPreviewCounts"))->item(0, 0)->text(),
                 QStringLiteral("6"));
        QTest::mouseClick(preview->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        previewed = true;
    });
    QTRY_VERIFY(previewed);
    QTRY_COMPARE(window.undoStack()->count(), 1);
    QCOMPARE(window.undoStack()->text(0), QStringLiteral("Import plan file “nettverk.json”"));
    // The same file again: every plan left alone; cancelled, nothing happens.
    QDragEnterEvent enterAgain(QPoint(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enterAgain);
    QDropEvent again(QPointF(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &again);
    whenModal<QDialog>(
        this,
        [&previewed](QDialog* preview) {
            auto* plans = preview->findChild<QTreeWidget*>(QStringLiteral("importPreviewPlans"));
            QCOMPARE(plans->topLevelItem(0)->text(2), QStringLiteral("In the file already: left alone"));
            previewed = false;
        },
        200);
    QTRY_VERIFY2(!previewed, qPrintable(window.lastError()));
    QCOMPARE(window.undoStack()->count(), 1);
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("planfilecheck"));
    {
        check.setDatabaseName(window.filePath());
        QVERIFY(check.open());
        QSqlQuery count(QStringLiteral("SELECT count(*) FROM plans"), check);
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 6);
        count.finish(); // a statement left open holds a read lock the window's write would wait for
        window.undoStack()->undo();
        QSqlQuery after(QStringLiteral("SELECT count(*) FROM plans"), check);
        QVERIFY(after.next());
        QCOMPARE(after.value(0).toInt(), 0);
        check.close();
    }
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("planfilecheck"));
}

// Settings → Language retranslates the open window at once — menus, table headers, Qt's own buttons — and is
// remembered.
void TestMainWindow::switchesLanguageWithoutRestart()
{
    const QString path = makeSampleFile(QStringLiteral("spraak.handlingsplan"));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path, true));
    auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("measureTable"));
    const auto header = [table](int column) {
        return table->model()->headerData(column, Qt::Horizontal).toString();
    };
    const auto choose = [&window](const char* name) {
        QAction* action = window.findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
        QCoreApplication::processEvents(); // the LanguageChange events
    };
    const auto buttonText = [](QDialogButtonBox::StandardButton which) {
        QDialogButtonBox box(which);
        return box.button(which)->text();
    };
    const auto cancelText = [&buttonText] {
        return buttonText(QDialogButtonBox::Cancel);
    };
    // A text field's context menu.
    const auto undoText = [] {
        return QCoreApplication::translate("QLineEdit", "&Undo");
    };

    choose("language_nb");
    QCOMPARE(fileMenu->title(), QStringLiteral("&Fil"));
    QCOMPARE(header(MeasureTableModel::TitleColumn), QStringLiteral("Tiltak"));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("importAction"))->text(), QStringLiteral("&Importer tiltak …"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("nb"));
    QCOMPARE(cancelText(), QStringLiteral("Avbryt")); // Qt's own, from Debian's translations
    // Debian has no bokmål file for Qt, only nynorsk: the app's supplement keeps these bokmål.
    QCOMPARE(buttonText(QDialogButtonBox::Save), QStringLiteral("Lagre"));
    QCOMPARE(buttonText(QDialogButtonBox::Open), QStringLiteral("Åpne"));
    QCOMPARE(undoText(), QStringLiteral("&Angre"));
    // Edit → Undo comes from QUndoStack, which Qt's nynorsk would name "Angra".
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("undoAction"))->text(), QStringLiteral("Angre"));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("redoAction"))->text(), QStringLiteral("Gjør om"));

    choose("language_nn");
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("importAction"))->text(), QStringLiteral("&Importer tiltak …"));
    QCOMPARE(header(MeasureTableModel::OwnerColumn), QStringLiteral("Ansvarleg"));
    QCOMPARE(header(MeasureTableModel::ProgressColumn), QStringLiteral("Framdrift"));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1\u00a0234,5"));
    QCOMPARE(buttonText(QDialogButtonBox::Save), QStringLiteral("Lagra")); // Debian's nynorsk
    QCOMPARE(undoText(), QStringLiteral("&Angra"));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("undoAction"))->text(), QStringLiteral("Angra"));

    choose("language_en");
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(header(MeasureTableModel::OwnerColumn), QStringLiteral("Owner"));
    QCOMPARE(cancelText(), QStringLiteral("Cancel"));
    QCOMPARE(undoText(), QStringLiteral("&Undo"));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("undoAction"))->text(), QStringLiteral("Undo"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));

    choose("language_system"); // the test runs in the C locale: English
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
}

// View → Example bank: find the plastic-smart network's littering measures, choose two, copy them into Gjøvik's
// climate plan; the window then shows that plan with the copies, whose details say where they came from.
void TestMainWindow::exampleBankCopiesIntoAnotherPlan()
{
    const QString path = makeSampleFile(QStringLiteral("eksempelbank.handlingsplan"));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path, true));
    window.findChild<QAction*>(QStringLiteral("exampleBankAction"))->trigger();
    auto* bank = window.findChild<QDialog*>(QStringLiteral("exampleBank"));
    QVERIFY(bank);
    QVERIFY(QTest::qWaitForWindowExposed(bank));
    auto* network = bank->findChild<QComboBox*>(QStringLiteral("exampleNetwork"));
    network->setCurrentIndex(network->findText(QStringLiteral("Plastsmarte byer og kommuner")));
    QTest::keyClicks(bank->findChild<QLineEdit*>(QStringLiteral("exampleSearch")), QStringLiteral("forsøpling"));
    auto* results = bank->findChild<QTableView*>(QStringLiteral("exampleResults"));
    QCOMPARE(results->model()->rowCount(), 9);
    auto* copyButton = bank->findChild<QPushButton*>(QStringLiteral("exampleCopy"));
    QVERIFY(!copyButton->isEnabled()); // nothing chosen yet
    const auto rowCenter = [results](int row) {
        return results->visualRect(results->model()->index(row, ExampleBankModel::TitleColumn)).center();
    };
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rowCenter(0));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCenter(1));
    QCOMPARE(results->selectionModel()->selectedRows().size(), 2);
    const QString firstTitle = results->model()->index(0, ExampleBankModel::TitleColumn).data().toString();
    auto* target = bank->findChild<QComboBox*>(QStringLiteral("exampleTargetPlan"));
    target->setCurrentIndex(target->findText(QStringLiteral("Gjøvik – Klimahandlingsplan 2024–2028")));
    QVERIFY(target->currentIndex() >= 0);
    QVERIFY(copyButton->isEnabled());
    QTest::mouseClick(copyButton, Qt::LeftButton);

    QTRY_COMPARE(window.findChild<QLabel*>(QStringLiteral("planHeading"))->text(),
                 QStringLiteral("Klimahandlingsplan 2024–2028"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("measureTable"));
    QTRY_COMPARE(table->model()->rowCount(), 20); // 18 + 2
    int row = 0;
    while (row < table->model()->rowCount()
           && table->model()->index(row, MeasureTableModel::TitleColumn).data().toString() != firstTitle)
        ++row;
    QVERIFY2(row < table->model()->rowCount(), qPrintable(firstTitle));
    table->setCurrentIndex(table->model()->index(row, MeasureTableModel::TitleColumn));
    auto* origin = window.findChild<QLabel*>(QStringLiteral("measureOrigin"));
    QTRY_VERIFY(origin->isVisible());
    QCOMPARE(origin->text(), QStringLiteral("Copied from Horten: Handlingsplan for en plastsmart kommune 2023–2026"));

    // One undo step takes both back; the bank shows the file as it is.
    window.findChild<QUndoStack*>()->undo();
    QTRY_COMPARE(table->model()->rowCount(), 18);
}

// Plan → New plan from template…: Gjøvik gets a climate plan from the klimaomstilling network's template, in nynorsk,
// with its own title; the plan is shown, has the six joint projects as focus areas and no measures, and goes away
// with one undo. Plan → Save as template… saves Horten's plan, which the next "New plan from template…" offers.
void TestMainWindow::newPlanFromTemplateAndSaveAsTemplate()
{
    QDir(TemplateActions::userFolder()).removeRecursively();
    const QString path = makeSampleFile(QStringLiteral("maler.handlingsplan"));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path, true));
    Database db;
    QVERIFY(db.open(path));
    Stores stores(db);
    const qint64 gjovik = stores.municipalities.byNumber(QStringLiteral("3407"))->id;
    const int plansBefore = int(stores.plans.list().size());

    // Choose Gjøvik in the navigator, as an adviser would: filter, then click its row.
    auto* navigator = window.findChild<QTreeView*>(QStringLiteral("navigatorTree"));
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("navigatorFilter")), QStringLiteral("Gjøvik"));
    QVERIFY(clickNavigatorRow(window, QStringLiteral("Gjøvik")));
    auto* fromTemplate = window.findChild<QAction*>(QStringLiteral("newPlanFromTemplateAction"));
    QTRY_VERIFY(fromTemplate->isEnabled());

    bool shown = false;
    whenModal<QDialog>(this, [&shown](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("templateDialog"));
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("templateList"));
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text().section(QLatin1Char('\n'), 0, 0), QStringLiteral("Plastsmart kommune"));
        // Gjøvik writes bokmål; the adviser wants this plan in nynorsk.
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("templateLanguage"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("nb"));
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentData().toString(), QStringLiteral("nn"));
        QListWidgetItem* climate = list->item(2);
        QVERIFY(climate->text().startsWith(QStringLiteral("Klimaomstilling")));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(climate).center());
        auto* areas = dialog->findChild<QListWidget*>(QStringLiteral("templateFocusAreas"));
        QCOMPARE(areas->count(), 6);
        QCOMPARE(areas->item(4)->text(), QStringLiteral("Grøn mobilitet"));
        QCOMPARE(dialog->findChild<QTreeWidget*>(QStringLiteral("templateIndicators"))->topLevelItemCount(), 3);
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("templatePlanTitle"));
        QVERIFY(title->text().startsWith(QStringLiteral("Klimahandlingsplan ")));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Klimaplan for Gjøvik 2027-2030"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        shown = true;
    });
    fromTemplate->trigger();
    QVERIFY(shown);

    QCOMPARE(int(stores.plans.list().size()), plansBefore + 1);
    const QVector<Plan> made
        = stores.plans.list(QStringLiteral("title"), QStringLiteral("Klimaplan for Gjøvik 2027-2030"));
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.first().municipalityId, gjovik);
    QCOMPARE(made.first().kind, QStringLiteral("climate"));
    QCOMPARE(stores.focusAreas.list(QStringLiteral("plan_id"), made.first().id).size(), 6);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("planHeading"))->text(),
             QStringLiteral("Klimaplan for Gjøvik 2027-2030"));
    QCOMPARE(window.findChild<QTableView*>(QStringLiteral("measureTable"))->model()->rowCount(), 0);
    // No measure's details are left over from the plan shown before.
    QCOMPARE(window.findChild<QPlainTextEdit*>(QStringLiteral("measureDescription"))->toPlainText(), QString());
    window.undoStack()->undo();
    QVERIFY(stores.plans.list(QStringLiteral("title"), QStringLiteral("Klimaplan for Gjøvik 2027-2030")).isEmpty());
    QVERIFY(stores.focusAreas.list(QStringLiteral("plan_id"), made.first().id).isEmpty());

    // Horten's plan saved as a template of one's own.
    const qint64 horten
        = stores.plans
              .list(QStringLiteral("title"), QStringLiteral("Handlingsplan for en plastsmart kommune 2023–2026"))
              .first()
              .id;
    navigator->selectionModel()->clear();
    window.findChild<QLineEdit*>(QStringLiteral("navigatorFilter"))->clear();
    auto* navigatorPane = window.findChild<NavigatorPane*>();
    navigatorPane->selectPlan(horten);
    whenModal<QInputDialog>(this, [](QInputDialog* input) {
        QCOMPARE(input->textValue(), QStringLiteral("Handlingsplan for en plastsmart kommune 2023–2026"));
        input->setTextValue(QStringLiteral("Plastsmart etter Horten"));
        input->accept();
    });
    window.findChild<QAction*>(QStringLiteral("saveAsTemplateAction"))->trigger();
    const QStringList saved = QDir(TemplateActions::userFolder()).entryList({QStringLiteral("*.json")});
    QCOMPARE(saved, QStringList {QStringLiteral("plastsmart-etter-horten.json")});
    const QVector<PlanTemplate> offered = PlanTemplate::available(TemplateActions::userFolder());
    QCOMPARE(offered.size(), 4);
    QCOMPARE(offered.last().name.in(QStringLiteral("nb")), QStringLiteral("Plastsmart etter Horten"));
    QCOMPARE(offered.last().focusAreas.size(), stores.focusAreas.list(QStringLiteral("plan_id"), horten).size());
    QDir(TemplateActions::userFolder()).removeRecursively();
}

// A coordinator follows a joint project: the klimaomstilling network in the navigator, the "Joint projects" tab,
// "Grønn mobilitet" chosen by keyboard — Gjøvik's and Ål's measures with a bar each in the chart; a double-click opens
// Ål's measure in its plan; there Gjøvik's 6.1 is moved into the project through the details pane, and the project's
// table follows.
void TestMainWindow::followsAJointProject()
{
    const QString path = makeSampleFile(QStringLiteral("fellesprosjekt.handlingsplan"));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path, true));
    const QString network = QStringLiteral("Kommunenettverk for klimaomstilling");
    QVERIFY(clickNavigatorRow(window, network));
    NetworkPane* pane = window.networkPane();
    QTRY_VERIFY(pane->isVisible());
    auto* tabs = pane->findChild<QTabWidget*>(QStringLiteral("networkCharts"));
    QVERIFY(tabs->isTabVisible(3));
    QCOMPARE(tabs->tabText(3), QStringLiteral("Joint projects"));
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(3).center());
    auto* project = pane->findChild<QComboBox*>(QStringLiteral("networkJointProject"));
    QTRY_VERIFY(project->isVisible());
    QCOMPARE(project->count(), 6);
    project->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(project, Qt::Key_Down);
    QCOMPARE(project->currentText(), QStringLiteral("Grønn mobilitet"));
    auto* table = pane->findChild<QTableView*>(QStringLiteral("jointProjectTable"));
    QCOMPARE(table->model()->rowCount(), 8);
    QCOMPARE(table->model()->index(0, JointProjectModel::MunicipalityColumn).data().toString(),
             QStringLiteral("Gjøvik"));
    QCOMPARE(table->model()->index(7, JointProjectModel::MunicipalityColumn).data().toString(), QStringLiteral("Ål"));
    auto* chart = pane->findChild<JointProjectChart*>(QStringLiteral("jointProjectChart"));
    QVERIFY(chart->isVisible());
    QCOMPARE(chart->plottableCount(), 1);
    QCOMPARE(static_cast<QCPBars*>(chart->plottable(0))->data()->size(), 2);

    // Double-click Ål's 2.1: the window shows Ål's plan with that measure chosen.
    const QRect row = table->visualRect(table->model()->index(4, JointProjectModel::TitleColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, row.center());
    QTRY_VERIFY(window.measuresPane()->isVisible());
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("planHeading"))->text(),
             QStringLiteral("Klimaplan for Ål kommune 2025–2028"));
    auto* joint = window.findChild<QComboBox*>(QStringLiteral("measureJointProject"));
    QTRY_COMPARE(joint->currentText(), QStringLiteral("Grønn mobilitet"));

    // Gjøvik's 6.1 (strategic climate work) joins green mobility through the details pane.
    Database db;
    QVERIFY(db.open(path));
    Stores stores(db);
    qint64 measureId = 0;
    qint64 planId = 0;
    for (const Plan& plan : stores.plans.list(QStringLiteral("municipality_id"),
                                              stores.municipalities.byNumber(QStringLiteral("3407"))->id)) {
        for (const Measure& measure : stores.measures.list(QStringLiteral("plan_id"), plan.id)) {
            if (measure.code == QStringLiteral("6.1")) {
                measureId = measure.id;
                planId = plan.id;
            }
        }
    }
    QVERIFY(measureId > 0);
    window.findChild<NavigatorPane*>()->selectPlan(planId);
    window.measuresPane()->selectMeasure(measureId);
    QTRY_COMPARE(joint->currentText(), QStringLiteral("Strategisk klimaarbeid"));
    joint->setFocus();
    QTest::keyClick(joint, Qt::Key_Up); // the one above: green mobility
    QTRY_COMPARE(stores.measures.get(measureId)->jointProjectId,
                 stores.jointProjects.list(QStringLiteral("name"), QStringLiteral("Grønn mobilitet")).first().id);
    // The indicator the measure moves, chosen the same way: the climate budget moves the emissions; Down moves it to
    // the next of the plan's indicators, which the change history then names.
    auto* indicator = window.findChild<QComboBox*>(QStringLiteral("measureIndicator"));
    QTRY_COMPARE(indicator->currentText(), QStringLiteral("Klimagassutslipp i kommunen"));
    QCOMPARE(indicator->count(), 4); // none and the plan's three
    indicator->setFocus();
    QTest::keyClick(indicator, Qt::Key_Down);
    const qint64 chosen = stores.indicators.list(QStringLiteral("plan_id"), planId).at(1).id;
    QTRY_COMPARE(stores.measures.get(measureId)->indicatorId, chosen);
    auto* changes = window.findChild<QTableView*>(QStringLiteral("changeHistory"));
    QTRY_VERIFY(!changes->model()
                     ->match(changes->model()->index(0, 2), Qt::DisplayRole, QStringLiteral("Indicator it moves"))
                     .isEmpty());
    window.undoStack()->undo();
    QTRY_COMPARE(stores.measures.get(measureId)->indicatorId,
                 stores.indicators.list(QStringLiteral("plan_id"), planId).at(0).id);
    QVERIFY(clickNavigatorRow(window, network));
    QTRY_COMPARE(table->model()->rowCount(), 9);
    window.undoStack()->undo();
    QTRY_COMPARE(table->model()->rowCount(), 8);

    // The coordinator keeps the projects: adds one (named in a dialog), renames it, removes "Grønn mobilitet" after
    // confirming; each is one undo step and the chooser follows.
    whenModal<QInputDialog>(this, [](QInputDialog* input) {
        input->setTextValue(QStringLiteral("Sirkulære innkjøp"));
        input->accept();
    });
    QTest::mouseClick(pane->findChild<QPushButton*>(QStringLiteral("addJointProject")), Qt::LeftButton);
    QTRY_COMPARE(project->currentText(), QStringLiteral("Sirkulære innkjøp"));
    QCOMPARE(project->count(), 7);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY(pane->findChild<QLabel*>(QStringLiteral("networkJointProjectEmpty"))->isVisible());
    QVERIFY(!table->isVisible()); // no empty table and chart, only the notice
    QVERIFY(window.networks()->renameJointProject(project->currentData().toLongLong(),
                                                  QStringLiteral("Sirkulære anskaffelser")));
    QTRY_COMPARE(project->currentText(), QStringLiteral("Sirkulære anskaffelser"));
    project->setCurrentIndex(project->findText(QStringLiteral("Grønn mobilitet")));
    whenModal<QMessageBox>(this, [](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(pane->findChild<QPushButton*>(QStringLiteral("removeJointProject")), Qt::LeftButton);
    QTRY_COMPARE(project->findText(QStringLiteral("Grønn mobilitet")), -1);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Delete joint project “Grønn mobilitet”"));
    window.undoStack()->undo();
    QTRY_VERIFY(project->findText(QStringLiteral("Grønn mobilitet")) >= 0);
    project->setCurrentIndex(project->findText(QStringLiteral("Grønn mobilitet")));
    QTRY_COMPARE(table->model()->rowCount(), 8);
}

// View → Circular self-assessment… for Kongsvinger: the dialog starts from its newest assessment, a changed score
// moves the radar, the comparison offers the network's average and both earlier assessments; saved, the file holds a
// third assessment, gone again with one undo.
void TestMainWindow::recordsAndChartsASelfAssessment()
{
    const QString path = makeSampleFile(QStringLiteral("egenvurdering.handlingsplan"));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path, true));
    QVERIFY(clickNavigatorRow(window, QStringLiteral("Kongsvinger")));
    auto* action = window.findChild<QAction*>(QStringLiteral("assessmentAction"));
    QTRY_VERIFY(action->isEnabled());
    Database db;
    QVERIFY(db.open(path));
    Stores stores(db);
    const qint64 kongsvinger = stores.municipalities.byNumber(QStringLiteral("3401"))->id;
    QCOMPARE(Assessment::history(stores, kongsvinger).size(), 2);

    bool shown = false;
    whenModal<QDialog>(this, [&shown](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("assessmentDialog"));
        auto* q10 = dialog->findChild<QComboBox*>(QStringLiteral("answer_q10"));
        QCOMPARE(q10->currentData().toInt(), 1); // from the newest assessment
        auto* chart = dialog->findChild<RadarChart*>(QStringLiteral("assessmentChart"));
        QCOMPARE(chart->spokes().size(), 7);
        QCOMPARE(chart->spokes().at(4), QStringLiteral("Refurbish and remanufacture"));
        QCOMPARE(chart->ownValues().at(4), 1.5); // q09 2, q10 1
        q10->setFocus();
        QTest::keyClick(q10, Qt::Key_Down);
        QTest::keyClick(q10, Qt::Key_Down);
        QCOMPARE(q10->currentData().toInt(), 3);
        QCOMPARE(chart->ownValues().at(4), 2.5);
        auto* compare = dialog->findChild<QComboBox*>(QStringLiteral("assessmentCompare"));
        QCOMPARE(compare->count(), 3);
        QCOMPARE(compare->itemText(0), QStringLiteral("Average of Sirkulært kommunenettverk"));
        QCOMPARE(compare->itemText(2), QStringLiteral("Assessment of 15.10.2024"));
        compare->setCurrentIndex(2);
        QCOMPARE(chart->referenceValues().at(4), 0.5); // 2024: q09 1, q10 0
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        shown = true;
    });
    action->trigger();
    QVERIFY(shown);
    const QVector<AssessmentRecord> history = Assessment::history(stores, kongsvinger);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.first().madeOn, QDate::currentDate());
    QCOMPARE(Assessment::scores(history.first()).value(QStringLiteral("q10")), 3);
    window.undoStack()->undo();
    QCOMPARE(Assessment::history(stores, kongsvinger).size(), 2);
}

#include "test_mainwindow.moc"
