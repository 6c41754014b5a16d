// One file, two processes: the window and the command line, or the window and another process editing through the
// real stores (tests/storage/edit_loop). Edits from both survive, neither is told the file is locked, and the window
// shows what the other process did — on the file-change signal, or, while a cell editor is open, once it is closed
// and the window is active again. Also: File → Restore from backup… through the window.
#include "backups.h"
#include "cellediting.h"
#include "database.h"
#include "datafile.h"
#include "editactions.h"
#include "editlog.h"
#include "entitycommands.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "measurespane.h"
#include "measuretablemodel.h"
#include "planfiles.h"
#include "restorebackupdialog.h"
#include "stores.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

QSet<QString> codes(const QString& path)
{
    Database db;
    if (!db.open(path))
        qFatal("%s", qPrintable(db.errorString()));
    QSet<QString> found;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT code FROM measures"));
    while (query.next())
        found.insert(query.value(0).toString());
    return found;
}

int rows(MainWindow& window)
{
    return window.measuresPane()->view()->model()->rowCount();
}

} // namespace

class TestSharedFile : public QObject
{
    Q_OBJECT

private slots:
    void commandLineChangesReachTheWindow();
    void editsFromTwoProcessesSurvive();
    void restoresABackupFromTheWindow();

private:
    QTemporaryDir m_dir;
};

void TestSharedFile::commandLineChangesReachTheWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.handlingsplan"));
    const qint64 planId = planfiles::makeFileWithOnePlan(path);
    MainWindow window;
    QVERIFY(window.openFile(path, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPlan(planId);
    QCOMPARE(rows(window), 0);

    // The command line imports three measures while the window is open: the file-change signal brings them in.
    const auto import = [&] {
        QProcess cli;
        cli.start(QStringLiteral(ACTIONPLANS_BINARY),
                  {QStringLiteral("--db"),
                   path,
                   QStringLiteral("import"),
                   QStringLiteral(ACTIONPLANS_TEST_DATA "/exchange/excel-nb-cp1252.csv"),
                   QStringLiteral("--plan"),
                   QString::number(planId)});
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    };
    import();
    QTRY_COMPARE_WITH_TIMEOUT(rows(window), 3, 5000);
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));

    // While the adviser types in a cell, the file is not read again under the editor…
    QTableView* table = window.measuresPane()->view();
    const QModelIndex title = table->model()->index(0, MeasureTableModel::TitleColumn);
    table->setCurrentIndex(title);
    table->edit(title);
    QLineEdit* editor = cellediting::openEditor(table);
    QVERIFY(editor);
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    import();
    QTest::qWait(800); // the file-change signal has come and gone
    QCOMPARE(rows(window), 3);
    // …but once the editor is closed and the window is active again, it is.
    QTest::keyClick(editor, Qt::Key_Escape);
    QEvent activation(QEvent::ActivationChange);
    QCoreApplication::sendEvent(&window, &activation);
    QTRY_COMPARE(rows(window), 6);
    QCOMPARE(window.undoStack()->count(), 0); // undo starts afresh on the file as it now is
}

// The window and another process both add measures as fast as they can, 300 edits each side; every edit of both is
// in the file afterwards and no edit was refused (the busy timeout waits for the other's transaction).
void TestSharedFile::editsFromTwoProcessesSurvive()
{
    const QString path = m_dir.filePath(QStringLiteral("two.handlingsplan"));
    const qint64 planId = planfiles::makeFileWithOnePlan(path);
    MainWindow window;
    QVERIFY(window.openFile(path, true));
    window.show();
    window.showPlan(planId);

    constexpr int Edits = 300;
    QProcess other;
    other.start(QStringLiteral(ACTIONPLANS_EDIT_LOOP), {path, QStringLiteral("7"), QString::number(Edits)});
    QVERIFY(other.waitForStarted());
    QStringList refused;
    int windowEdits = 0;
    while (windowEdits < Edits || other.state() != QProcess::NotRunning) {
        if (windowEdits < Edits) {
            Measure measure;
            measure.planId = planId;
            measure.code = QStringLiteral("W-%1").arg(++windowEdits);
            measure.title = QStringLiteral("Added in the window");
            window.undoStack()->push(Commands::addMeasure(
                *window.stores(), measure, [&refused](const QString& error) { refused << error; }));
        }
        QCoreApplication::processEvents(); // file-change signals: the window reads the file again meanwhile
        other.waitForFinished(windowEdits < Edits ? 0 : 100);
    }
    const QByteArray otherErrors = other.readAllStandardError();
    QVERIFY2(other.exitStatus() == QProcess::NormalExit && other.exitCode() == 0, otherErrors.constData());
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u'\n')));

    // What the other process acknowledged: its adds minus its deletes.
    editlog::Acknowledged acknowledged;
    acknowledged.read(other.readAllStandardOutput());
    QSet<QString> expected = acknowledged.present;
    const int otherEdits = acknowledged.edits;
    QCOMPARE(otherEdits, Edits);
    for (int i = 1; i <= Edits; ++i)
        expected.insert(QStringLiteral("W-%1").arg(i));
    QSet<QString> found = codes(path);
    found.removeIf([](const QString& code) { return code.startsWith(QLatin1Char('B')); }); // bulk rows
    QCOMPARE(found, expected);
    QTRY_COMPARE(rows(window), int(codes(path).size())); // and the window shows them all
    qInfo("%d edits from the window and %d from another process on one file: all in the file, none refused.",
          windowEdits,
          otherEdits);
}

void TestSharedFile::restoresABackupFromTheWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("restore.handlingsplan"));
    const qint64 planId = planfiles::makeFileWithOnePlan(path);
    MainWindow window;
    QVERIFY(window.openFile(path, true)); // the first open of the day saves the daily backup
    window.showPlan(planId);
    QCOMPARE(Backups::list(path).size(), 1);
    window.show();
    QVERIFY(window.editActions()->addMeasure() > 0);
    QLineEdit* editor = cellediting::openEditor(window.measuresPane()->view());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(rows(window), 1);

    QVERIFY(window.fileActions()->restoreBackup(Backups::list(path).first().path));
    QCOMPARE(rows(window), 0); // the plan as it was at the backup, still shown
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(Backups::list(path).size(), 2);
    QCOMPARE(Backups::list(path).first().reason, Backups::Reason::BeforeRestore);
    // Going back: File → Restore from backup…, the newest (made just before the restore) chosen in the list.
    bool chosen = false;
    QTimer::singleShot(0, this, [&chosen] {
        auto* dialog = qobject_cast<RestoreBackupDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTreeWidget* list = dialog->list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->topLevelItem(0)->text(1).contains(QStringLiteral("Before restoring")));
        auto* restore = dialog->findChild<QPushButton*>(QStringLiteral("restoreButton"));
        QVERIFY(!restore->isEnabled());
        const QRect first = list->visualItemRect(list->topLevelItem(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
        QVERIFY(restore->isEnabled());
        chosen = true;
        QTest::mouseClick(restore, Qt::LeftButton);
    });
    window.findChild<QAction*>(QStringLiteral("restoreBackupAction"))->trigger();
    QVERIFY(chosen);
    QCOMPARE(rows(window), 1);
    QCOMPARE(Backups::list(path).size(), 3);
}

QTEST_MAIN(TestSharedFile)
#include "test_sharedfile.moc"
