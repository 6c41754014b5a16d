// The window on a network's server, as an adviser uses it: File › Connect to server…, a refused password asked for
// again with the reason, the plans of the network shown, an edit saved on the server, a colleague's change shown
// within a second without losing undo, and the server remembered among the recent files without its password.
// A real throwaway cluster.
#include "cellediting.h"
#include "connectdialog.h"
#include "database.h"
#include "editactions.h"
#include "editlog.h"
#include "entitycommands.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "measuredetailspane.h"
#include "measurespane.h"
#include "measuretablemodel.h"
#include "navigatorpane.h"
#include "pgcluster.h"
#include "serveraccess.h"
#include "serveraddress.h"
#include "serverconnection.h"
#include "serversetup.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace {
const QString Name = QStringLiteral("plans");
// The role pgcluster.h makes give a password (SCRAM); everyone else is trusted on the socket.
const QString User = QStringLiteral("passworded");
const QString Password = QStringLiteral("right horse battery");
} // namespace

class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsThroughTheDialog();
    void editsAndSeesAColleaguesChange();
    void showsOthersPlansReadOnly();
    void putsAConflictToTheUser();
    void keepsWhatWasTypedWhileTheServerIsAway();
    void twoAdvisersEditOnePlanAtOnce();
    void showsTheServerInTheTitleAndRecentFiles();
    void cleanupTestCase();

private:
    QTableView* table() const { return m_window->findChild<QTableView*>(QStringLiteral("measureTable")); }
    int rowOf(const QString& title) const
    {
        return cellediting::rowOfTitle(table(), title, MeasureTableModel::TitleColumn);
    }

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_measure = 0;
    qint64 m_bergenPlan = 0;
    qint64 m_osloPlan = 0;
};

void TestServerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("actionplans-test-server"));
    QSettings().clear();
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY(m_cluster.exec(QStringLiteral("CREATE DATABASE %1").arg(Name)));
    ServerConnection owner(*ServerAddress::parse(m_cluster.address(Name), nullptr));
    QVERIFY2(owner.open(), qPrintable(owner.errorString()));
    QString error;
    QVERIFY2(ServerSetup::init(owner, &error), qPrintable(error));
    QVERIFY2(ServerAccess::addMunicipalityUser(owner, User, Password, QStringLiteral("4601"), &error),
             qPrintable(error));
    QVERIFY2(ServerAccess::addMunicipalityUser(
                 owner, QStringLiteral("bergen_ola"), QStringLiteral("pw"), QStringLiteral("4601"), &error),
             qPrintable(error));
    QVERIFY2(m_cluster.exec(QStringLiteral("INSERT INTO plans (uuid, municipality_id, title, kind, status) SELECT "
                                           "'plan-bergen', id, 'Plastsmarte Bergen', 'plastic_smart', 'adopted' FROM "
                                           "municipalities WHERE number = '4601';"
                                           "INSERT INTO measures (uuid, plan_id, code, title, status) SELECT "
                                           "'measure-1', id, '1.1', 'Kartlegge plastbruken', 'planned' FROM plans;"
                                           // Oslo is in Bergen's network: its plan is Bergen's to read, not to change.
                                           "INSERT INTO networks (name) VALUES ('Plastsmarte byer');"
                                           "INSERT INTO network_members SELECT n.id, m.id FROM networks n, "
                                           "municipalities m WHERE m.number IN ('4601', '0301');"
                                           "INSERT INTO plans (uuid, municipality_id, title, kind, status) SELECT "
                                           "'plan-oslo', id, 'Plastsmarte Oslo', 'plastic_smart', 'adopted' FROM "
                                           "municipalities WHERE number = '0301';"
                                           "INSERT INTO measures (uuid, plan_id, code, title, status) SELECT "
                                           "'measure-oslo', id, '1.1', 'Ombruk i bydelene', 'planned' FROM plans "
                                           "WHERE uuid = 'plan-oslo';"),
                            Name),
             qPrintable(m_cluster.error()));
    m_measure = m_cluster.psql(QStringLiteral("SELECT id FROM measures WHERE uuid = 'measure-1'"), Name).toLongLong();
    m_bergenPlan = m_cluster.psql(QStringLiteral("SELECT id FROM plans WHERE uuid = 'plan-bergen'"), Name).toLongLong();
    m_osloPlan = m_cluster.psql(QStringLiteral("SELECT id FROM plans WHERE uuid = 'plan-oslo'"), Name).toLongLong();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY2(m_window->openFile(m_dir.filePath(QStringLiteral("local.handlingsplan")), true),
             qPrintable(m_window->lastError()));
}

void TestServerWindow::cleanupTestCase()
{
    m_window.reset(); // its connections go before the server
}

void TestServerWindow::connectsThroughTheDialog()
{
    int asked = 0;
    QString secondProblem;
    // First the wrong password; the dialog comes back naming the problem, and the right one gets in.
    QPointer<QDialog> answered; // a new dialog may come at the old one's address
    std::function<void()> answer = [&] {
        auto* dialog = qobject_cast<ConnectDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || dialog == answered) { // the next one is not open yet
            QTimer::singleShot(20, m_window.get(), answer);
            return;
        }
        answered = dialog;
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        if (++asked > 2) {
            QFAIL(qPrintable(dialog->findChild<QLabel*>(QStringLiteral("connectProblem"))->text()));
            return;
        }
        auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("serverHost"));
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("serverPassword"));
        QVERIFY(host && password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        if (asked == 1) {
            QTest::keyClicks(host, m_cluster.socketDir());
            dialog->findChild<QSpinBox*>(QStringLiteral("serverPort"))->setValue(m_cluster.port());
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("serverDatabase")), Name);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("serverUser")), User);
            QTest::keyClicks(password, QStringLiteral("wrong"));
        } else {
            // What was typed stays; only the password is asked again, and it has the focus.
            QCOMPARE(host->text(), m_cluster.socketDir());
            QVERIFY(password->text().isEmpty());
            secondProblem = dialog->findChild<QLabel*>(QStringLiteral("connectProblem"))->text();
            QTest::keyClicks(password, Password);
        }
        if (asked == 1) // the wrong password: the dialog comes again
            QTimer::singleShot(20, m_window.get(), answer);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    };
    QTimer::singleShot(0, m_window.get(), answer);
    const bool connected = m_window->fileActions()->connectToServer();
    QVERIFY2(connected, qPrintable(m_window->lastError()));
    QCOMPARE(asked, 2);
    QVERIFY2(secondProblem.contains(QLatin1String("did not accept the user name and password")),
             qPrintable(secondProblem));
    QVERIFY(m_window->workspace()->db().isServer());
}

void TestServerWindow::editsAndSeesAColleaguesChange()
{
    m_window->navigator()->selectPlan(m_bergenPlan);
    QTRY_VERIFY(rowOf(QStringLiteral("Kartlegge plastbruken")) >= 0);
    QTableView* view = table();
    const QModelIndex title
        = view->model()->index(rowOf(QStringLiteral("Kartlegge plastbruken")), MeasureTableModel::TitleColumn);
    view->setCurrentIndex(title);
    view->edit(title);
    QLineEdit* editor = cellediting::openEditor(view);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Kartlegge plastbruken i skolene"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_cluster.psql(QStringLiteral("SELECT title FROM measures WHERE id = %1").arg(m_measure), Name),
                 QStringLiteral("Kartlegge plastbruken i skolene"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(
        m_cluster.psql(
            QStringLiteral("SELECT os_user FROM change_log WHERE entity_id = %1 AND field = 'title'").arg(m_measure),
            Name),
        User); // the server's session_user, not what the app said

    // A colleague (another connection) changes the status: the table shows it within a second, undo is kept.
    QVERIFY(m_cluster.exec(
        QStringLiteral("UPDATE measures SET status = 'in_progress', progress = 40 WHERE id = %1").arg(m_measure),
        Name));
    const auto statusCode = [this] {
        const MeasureTableModel& model = m_window->workspace()->measureModel();
        return model.index(model.rowOfMeasure(m_measure), MeasureTableModel::StatusColumn)
            .data(MeasureTableModel::StatusCodeRole)
            .toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusCode(), QStringLiteral("in_progress"), 1500);
    // The details pane shows the colleague's change to the measure it shows, too.
    QCOMPARE(m_window->measuresPane()->currentMeasureId(), m_measure);
    QVERIFY(m_cluster.exec(
        QStringLiteral("UPDATE measures SET description = 'Fra kollega' WHERE id = %1").arg(m_measure), Name));
    auto* description = m_window->findChild<QPlainTextEdit*>(QStringLiteral("measureDescription"));
    QTRY_COMPARE_WITH_TIMEOUT(description->toPlainText(), QStringLiteral("Fra kollega"), 1500);
    QCOMPARE(m_window->undoStack()->count(), 1);
    // Undo still works, on the server.
    m_window->undoStack()->undo();
    QTRY_COMPARE(m_cluster.psql(QStringLiteral("SELECT title FROM measures WHERE id = %1").arg(m_measure), Name),
                 QStringLiteral("Kartlegge plastbruken"));
    // Undo put back the title only: the colleague's status and progress stay.
    QCOMPARE(m_cluster.psql(
                 QStringLiteral("SELECT status || ' ' || progress FROM measures WHERE id = %1").arg(m_measure), Name),
             QStringLiteral("in_progress 40"));
}

// Oslo's plan, in Bergen's network: shown, and everything that would change it is off, with the reason in the
// heading; Bergen's own stays editable.
void TestServerWindow::showsOthersPlansReadOnly()
{
    const auto editable = [this](const QString& title) {
        const int row = rowOf(title);
        return row >= 0
            && table()->model()->index(row, MeasureTableModel::TitleColumn).flags().testFlag(Qt::ItemIsEditable);
    };
    auto* addMeasure = m_window->findChild<QAction*>(QStringLiteral("addMeasureAction"));
    auto* description = m_window->findChild<QPlainTextEdit*>(QStringLiteral("measureDescription"));
    auto* record = m_window->findChild<QPushButton*>(QStringLiteral("recordProgressButton"));
    auto* details = m_window->findChild<QLabel*>(QStringLiteral("planHeadingDetails"));
    QVERIFY(addMeasure && description && record && details);

    m_window->navigator()->selectPlan(m_osloPlan);
    QTRY_VERIFY(rowOf(QStringLiteral("Ombruk i bydelene")) >= 0);
    table()->setCurrentIndex(table()->model()->index(0, MeasureTableModel::TitleColumn));
    QVERIFY(!editable(QStringLiteral("Ombruk i bydelene")));
    QVERIFY(!addMeasure->isEnabled());
    QVERIFY(description->isReadOnly());
    QVERIFY(!record->isEnabled());
    QVERIFY2(details->text().contains(QLatin1String("Read only: only Oslo's own advisers may change this plan")),
             qPrintable(details->text()));

    m_window->navigator()->selectPlan(m_bergenPlan);
    QTRY_VERIFY(rowOf(QStringLiteral("Kartlegge plastbruken")) >= 0);
    table()->setCurrentIndex(table()->model()->index(0, MeasureTableModel::TitleColumn));
    QVERIFY(editable(QStringLiteral("Kartlegge plastbruken")));
    QVERIFY(addMeasure->isEnabled());
    QVERIFY(!description->isReadOnly());
    QVERIFY(record->isEnabled());
    QVERIFY(!details->text().contains(QLatin1String("Read only")));
}

// A colleague changes the title after the window read it; the adviser's edit of the same title is not written over
// theirs: a dialog shows both, and "Use mine" puts the adviser's in its place as a step that undo takes back.
void TestServerWindow::putsAConflictToTheUser()
{
    m_window->navigator()->selectPlan(m_bergenPlan);
    QTRY_VERIFY(rowOf(QStringLiteral("Kartlegge plastbruken")) >= 0);
    const QModelIndex title
        = table()->model()->index(rowOf(QStringLiteral("Kartlegge plastbruken")), MeasureTableModel::TitleColumn);
    const auto stored = [this] {
        return m_cluster.psql(QStringLiteral("SELECT title FROM measures WHERE id = %1").arg(m_measure), Name);
    };
    // The colleague's change is committed; the window has not heard of it yet (no events in between).
    QVERIFY(m_cluster.exec(
        QStringLiteral("UPDATE measures SET title = 'Kartlegge plast i barnehagene' WHERE id = %1").arg(m_measure),
        Name));
    QString asked;
    QTimer::singleShot(0, m_window.get(), [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        const auto close = qScopeGuard([box] {
            if (box->isVisible())
                box->reject();
        });
        QCOMPARE(box->objectName(), QStringLiteral("conflictDialog"));
        asked = box->text();
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("keepTheirs"));
        box->findChild<QPushButton*>(QStringLiteral("useMine"))->click();
    });
    const int steps = m_window->undoStack()->index();
    table()->model()->setData(title, QStringLiteral("Kartlegge plast i skolene"));
    QVERIFY2(asked.startsWith(QStringLiteral("Someone else changed the title of this measure to “Kartlegge plast i "
                                             "barnehagene”")),
             qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("Yours: “Kartlegge plast i skolene”")), qPrintable(asked));
    QCOMPARE(stored(), QStringLiteral("Kartlegge plast i skolene"));
    QCOMPARE(m_window->undoStack()->index(), steps + 1); // only the step that put mine in place
    m_window->undoStack()->undo();
    QCOMPARE(stored(), QStringLiteral("Kartlegge plast i barnehagene")); // theirs again, not the old title

    // Keeping theirs writes nothing.
    QVERIFY(m_cluster.exec(
        QStringLiteral("UPDATE measures SET title = 'Kartlegge plastbruken' WHERE id = %1").arg(m_measure), Name));
    QTRY_VERIFY(rowOf(QStringLiteral("Kartlegge plastbruken")) >= 0); // heard and read again
    QVERIFY(m_cluster.exec(QStringLiteral("UPDATE measures SET title = 'Theirs' WHERE id = %1").arg(m_measure), Name));
    QTimer::singleShot(0, m_window.get(), [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->findChild<QPushButton*>(QStringLiteral("keepTheirs"))->click();
    });
    table()->model()->setData(
        table()->model()->index(rowOf(QStringLiteral("Kartlegge plastbruken")), MeasureTableModel::TitleColumn),
        QStringLiteral("Mine"));
    QCOMPARE(stored(), QStringLiteral("Theirs"));
}

// The server goes away (killed) while the adviser types: a title typed in the table stays in its cell's editor, a
// description stays in the details pane with a "Not saved" bar; nothing is shown as saved. When the server is back,
// Enter saves the title and "Save again" the description.
void TestServerWindow::keepsWhatWasTypedWhileTheServerIsAway()
{
    // The measure as the window shows it: the test before left "Theirs", which the window may not have read yet; a
    // new code tells when the window has read this change, the last.
    QVERIFY(
        m_cluster.exec(QStringLiteral("UPDATE measures SET title = 'Kartlegge plastbruken', code = '1.2' WHERE id = %1")
                           .arg(m_measure),
                       Name));
    m_window->navigator()->selectPlan(m_bergenPlan);
    QTRY_VERIFY(rowOf(QStringLiteral("Kartlegge plastbruken")) >= 0);
    QTRY_COMPARE(
        table()->model()->index(rowOf(QStringLiteral("Kartlegge plastbruken")), MeasureTableModel::CodeColumn).data(),
        QVariant(QStringLiteral("1.2")));
    const auto stored = [this](const char* column) {
        return m_cluster.psql(
            QStringLiteral("SELECT %1 FROM measures WHERE id = %2").arg(QLatin1String(column)).arg(m_measure), Name);
    };
    const QString description = stored("description");
    const QModelIndex title
        = table()->model()->index(rowOf(QStringLiteral("Kartlegge plastbruken")), MeasureTableModel::TitleColumn);
    table()->setCurrentIndex(title);
    QCOMPARE(m_window->measuresPane()->currentMeasureId(), m_measure);
    const int steps = m_window->undoStack()->count();
    QVERIFY2(m_cluster.crash(), qPrintable(m_cluster.error()));
    const auto resume = qScopeGuard([this] {
        if (!m_cluster.isRunning())
            m_cluster.resume();
    });

    table()->edit(title);
    QLineEdit* editor = cellediting::openEditor(table());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Kartlegge plast i idretten"));
    QTest::keyClick(editor, Qt::Key_Return);
    // Not saved, said so, and the typed title is back in an editor on the same cell.
    QTRY_VERIFY2(m_window->lastError().startsWith(QLatin1String("Not saved: the server")),
                 qPrintable(m_window->lastError()));
    QTRY_VERIFY(cellediting::openEditor(table()) && cellediting::openEditor(table()) != editor);
    editor = cellediting::openEditor(table());
    QCOMPARE(editor->text(), QStringLiteral("Kartlegge plast i idretten"));
    QCOMPARE(table()->currentIndex().row(), rowOf(QStringLiteral("Kartlegge plastbruken")));
    QCOMPARE(m_window->undoStack()->count(), steps);

    QTest::qWait(3500); // the window notices the server is gone and tries to reconnect: the editor stays
    QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.error()));
    editor = cellediting::openEditor(table());
    QVERIFY2(editor, "the title's editor was closed while the server was away");
    QCOMPARE(editor->text(), QStringLiteral("Kartlegge plast i idretten"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(stored("title"), QStringLiteral("Kartlegge plast i idretten"));
    QTRY_VERIFY(!cellediting::openEditor(table()));

    // The description: typed while the server is away, and the focus leaves the field.
    auto* details = m_window->findChild<MeasureDetailsPane*>();
    QVERIFY(details);
    table()->setCurrentIndex(
        table()->model()->index(rowOf(QStringLiteral("Kartlegge plast i idretten")), MeasureTableModel::TitleColumn));
    QTRY_COMPARE(details->measureId(), m_measure);
    m_window->activateWindow(); // focus moves only in the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY2(m_cluster.crash(), qPrintable(m_cluster.error()));
    auto* text = m_window->findChild<QPlainTextEdit*>(QStringLiteral("measureDescription"));
    auto* bar = m_window->findChild<QWidget*>(QStringLiteral("unsavedEditBar"));
    QVERIFY(text && bar);
    QVERIFY(bar->isHidden());
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Med idrettslagene"));
    m_window->findChild<QLineEdit*>(QStringLiteral("measureFunding"))->setFocus();
    QTRY_VERIFY(!bar->isHidden());
    const QString said = bar->findChild<QLabel*>(QStringLiteral("unsavedEditText"))->text();
    QVERIFY2(said.startsWith(QLatin1String("Not saved:")), qPrintable(said));
    QCOMPARE(text->toPlainText(), QStringLiteral("Med idrettslagene"));
    QTest::qWait(3500);
    QCOMPARE(text->toPlainText(), QStringLiteral("Med idrettslagene"));
    QVERIFY(!bar->isHidden());
    QCOMPARE(stored("description"), QString()); // the server is down: psql reads nothing
    QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.error()));
    QCOMPARE(stored("description"), description);
    QTest::mouseClick(bar->findChild<QPushButton*>(QStringLiteral("saveAgainButton")), Qt::LeftButton);
    QTRY_COMPARE(stored("description"), QStringLiteral("Med idrettslagene"));
    QVERIFY(bar->isHidden());
    QCOMPARE(m_window->undoStack()->count(), steps + 2);

    // A colleague changed the description after the pane showed it (the window has not heard yet): the adviser's
    // text is not written over theirs, and stays, with the colleague named; "Save again" then puts it in their place.
    QVERIFY(m_cluster.exec(
        QStringLiteral("UPDATE measures SET description = 'Fra kollegaen' WHERE id = %1").arg(m_measure), Name));
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Med skolene"));
    m_window->findChild<QLineEdit*>(QStringLiteral("measureFunding"))->setFocus();
    QTRY_VERIFY(!bar->isHidden());
    const QString conflict = bar->findChild<QLabel*>(QStringLiteral("unsavedEditText"))->text();
    QVERIFY2(conflict.startsWith(QLatin1String("Someone else")), qPrintable(conflict));
    QCOMPARE(stored("description"), QStringLiteral("Fra kollegaen"));
    QCOMPARE(text->toPlainText(), QStringLiteral("Med skolene"));
    QTest::mouseClick(bar->findChild<QPushButton*>(QStringLiteral("saveAgainButton")), Qt::LeftButton);
    QTRY_COMPARE(stored("description"), QStringLiteral("Med skolene"));
    QVERIFY(bar->isHidden());
    m_window->undoStack()->undo(); // the colleague's text back, not the one before it
    QTRY_COMPARE(stored("description"), QStringLiteral("Fra kollegaen"));

    // Back as it was, for the tests after this one.
    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QTRY_COMPARE(stored("title"), QStringLiteral("Kartlegge plastbruken"));
    QVERIFY(
        m_cluster.exec(QStringLiteral("UPDATE measures SET description = %1 WHERE id = %2")
                           .arg(description.isEmpty() ? QStringLiteral("''") : QStringLiteral("'%1'").arg(description))
                           .arg(m_measure),
                       Name));
}

// The window and another adviser's process (tests/storage/edit_loop, as bergen_ola) both edit Bergen's plan as fast
// as they can, 300 edits each: every acknowledged edit of both is on the server, none was refused, and the window
// shows the other's through NOTIFY.
void TestServerWindow::twoAdvisersEditOnePlanAtOnce()
{
    m_window->navigator()->selectPlan(m_bergenPlan);
    QTRY_VERIFY(rowOf(QStringLiteral("Kartlegge plastbruken")) >= 0);
    constexpr int Edits = 300;
    QProcess other;
    other.start(QStringLiteral(ACTIONPLANS_EDIT_LOOP),
                {m_cluster.address(Name, QStringLiteral("bergen_ola")), QStringLiteral("11"), QString::number(Edits)});
    QVERIFY(other.waitForStarted());
    QStringList refused;
    int windowEdits = 0;
    while (windowEdits < Edits || other.state() != QProcess::NotRunning) {
        if (windowEdits < Edits) {
            Measure measure;
            measure.planId = m_bergenPlan;
            measure.code = QStringLiteral("W-%1").arg(++windowEdits);
            measure.title = QStringLiteral("Added in the window");
            m_window->undoStack()->push(Commands::addMeasure(
                *m_window->stores(), measure, [&refused](const QString& error) { refused << error; }));
        }
        QCoreApplication::processEvents(); // notifications: the window reads the other's edits meanwhile
        other.waitForFinished(windowEdits < Edits ? 0 : 100);
    }
    const QByteArray otherErrors = other.readAllStandardError();
    QVERIFY2(other.exitStatus() == QProcess::NormalExit && other.exitCode() == 0, otherErrors.constData());
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u'\n')));
    editlog::Acknowledged acknowledged;
    acknowledged.read(other.readAllStandardOutput());
    QCOMPARE(acknowledged.edits, Edits);
    QSet<QString> expected = acknowledged.present;
    for (int i = 1; i <= Edits; ++i)
        expected.insert(QStringLiteral("W-%1").arg(i));
    const QString listed = m_cluster.psql(
        QStringLiteral("SELECT string_agg(code, ',') FROM measures WHERE plan_id = %1 AND (code LIKE 'W-%' OR code "
                       "LIKE 'A%')")
            .arg(m_bergenPlan),
        Name);
    const QStringList codes = listed.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()), expected);
    const int all
        = m_cluster.psql(QStringLiteral("SELECT count(*) FROM measures WHERE plan_id = %1").arg(m_bergenPlan), Name)
              .toInt();
    QTRY_COMPARE(table()->model()->rowCount(), all); // the window shows the other's edits too
}

void TestServerWindow::showsTheServerInTheTitleAndRecentFiles()
{
    const QString shown = m_window->filePath();
    QVERIFY2(shown.startsWith(QLatin1String("postgresql://passworded@")), qPrintable(shown));
    QVERIFY(!shown.contains(Password));
    QCOMPARE(FileActions::recentFiles().value(0), shown);
    for (const QString& key : QSettings().allKeys())
        QVERIFY2(!QSettings().value(key).toString().contains(QLatin1String("battery")), qPrintable(key));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("plans on this computer – Action Plans"));
    // Connecting again starts from the server open now, with an empty password.
    QTimer::singleShot(0, m_window.get(), [this] {
        auto* dialog = qobject_cast<ConnectDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("serverHost"))->text(), m_cluster.socketDir());
        QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("serverPort"))->value(), m_cluster.port());
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("serverUser"))->text(), User);
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("serverPassword"))->text().isEmpty());
        QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit*>(QStringLiteral("serverPassword")));
    });
    QVERIFY(!m_window->fileActions()->connectToServer());
    QVERIFY(m_window->workspace()->db().isServer()); // cancelled: still on the server
    QVERIFY(
        m_window->findChild<QLabel*>(QStringLiteral("fileLabel"))->text().endsWith(QLatin1String(", as passworded")));
}

QTEST_MAIN(TestServerWindow)
#include "test_serverwindow.moc"
