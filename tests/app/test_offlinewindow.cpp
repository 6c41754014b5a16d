// Working offline in the window: File › Work offline… on a server opens a copy that says so in the title and the
// status bar, counts the changes waiting, keeps the other municipality's plan read-only, and File › Sync now sends
// them, puts a conflict to the user in the conflict dialog (driven by keyboard) and shows the choice. A real
// throwaway cluster.
#include "cellediting.h"
#include "mainwindow.h"
#include "measuretablemodel.h"
#include "navigatorpane.h"
#include "offlineactions.h"
#include "offlinecopy.h"
#include "pgcluster.h"
#include "serveraccess.h"
#include "serveraddress.h"
#include "serverconnection.h"
#include "serversetup.h"
#include "stores.h"
#include "syncconflictdialog.h"
#include "uilanguage.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {
const QString Name = QStringLiteral("plans");
} // namespace

class TestOfflineWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void worksOfflineAndSyncs();
    void cleanupTestCase();

private:
    QTableView* table() const { return m_window->findChild<QTableView*>(QStringLiteral("measureTable")); }
    int rowOf(const QString& title) const
    {
        return cellediting::rowOfTitle(table(), title, MeasureTableModel::TitleColumn);
    }
    QString indicator() const { return m_window->findChild<QLabel*>(QStringLiteral("offlineIndicator"))->text(); }
    void editTitle(const QString& from, const QString& to)
    {
        QTableView* view = table();
        const QModelIndex title = view->model()->index(rowOf(from), MeasureTableModel::TitleColumn);
        view->setCurrentIndex(title);
        view->edit(title);
        QLineEdit* editor = cellediting::openEditor(view);
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, to);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(rowOf(to) >= 0);
    }

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestOfflineWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("actionplans-test-offline"));
    QSettings().clear();
    UiLanguage::apply(QStringLiteral("en")); // the English plurals, as the app has them
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY(m_cluster.exec(QStringLiteral("CREATE DATABASE %1").arg(Name)));
    ServerConnection owner(*ServerAddress::parse(m_cluster.address(Name), nullptr));
    QVERIFY2(owner.open(), qPrintable(owner.errorString()));
    QString error;
    QVERIFY2(ServerSetup::init(owner, &error), qPrintable(error));
    QVERIFY2(ServerAccess::addMunicipalityUser(
                 owner, QStringLiteral("horten"), QStringLiteral("pw"), QStringLiteral("3901"), &error),
             qPrintable(error));
    QVERIFY2(m_cluster.exec(QStringLiteral("INSERT INTO networks (name) VALUES ('Plastsmarte byer');"
                                           "INSERT INTO network_members SELECT n.id, m.id FROM networks n, "
                                           "municipalities m WHERE m.number IN ('3901', '3907');"
                                           "INSERT INTO plans (uuid, municipality_id, title, kind, status) SELECT "
                                           "'plan-' || number, id, 'Plastsmarte ' || name, 'plastic_smart', "
                                           "'adopted' FROM municipalities WHERE number IN ('3901', '3907');"
                                           "INSERT INTO measures (uuid, plan_id, code, title, status) SELECT "
                                           "'measure-' || uuid, id, '1.1', 'Kartlegge plastbruken', 'planned' FROM "
                                           "plans;"
                                           "INSERT INTO measures (uuid, plan_id, code, title, status) SELECT "
                                           "'second-' || uuid, id, '1.2', 'Rydde strender', 'planned' FROM plans;"),
                            Name),
             qPrintable(m_cluster.error()));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY2(m_window->openFile(m_cluster.address(Name, QStringLiteral("horten")), true),
             qPrintable(m_window->lastError()));
}

void TestOfflineWindow::cleanupTestCase()
{
    m_window.reset();
}

void TestOfflineWindow::worksOfflineAndSyncs()
{
    QAction* workOffline = m_window->findChild<QAction*>(QStringLiteral("workOfflineAction"));
    QAction* syncNow = m_window->findChild<QAction*>(QStringLiteral("syncNowAction"));
    QVERIFY(workOffline && syncNow);
    QVERIFY(workOffline->isEnabled());
    QVERIFY(!syncNow->isEnabled());

    const QString path = m_dir.filePath(QStringLiteral("horten offline.handlingsplan"));
    m_window->offline()->workOffline(path);
    QCOMPARE(m_window->filePath(), path);
    QVERIFY2(m_window->windowTitle().contains(QLatin1String("offline copy")), qPrintable(m_window->windowTitle()));
    QVERIFY(syncNow->isEnabled());
    QVERIFY(!workOffline->isEnabled());
    QVERIFY2(indicator().contains(QLatin1String("0 changes to send")), qPrintable(indicator()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->offline()->serverAnswers(), 10000);

    // Sandefjord's plan is there to read, not to change; Horten's is the user's.
    const qint64 sandefjord
        = m_window->workspace()->stores().plans.list(QStringLiteral("uuid"), QStringLiteral("plan-3907")).first().id;
    const qint64 horten
        = m_window->workspace()->stores().plans.list(QStringLiteral("uuid"), QStringLiteral("plan-3901")).first().id;
    QVERIFY(!m_window->mayEditPlan(sandefjord));
    QVERIFY(m_window->mayEditPlan(horten));

    // Two edits offline; a colleague changes one of the same titles on the server meanwhile.
    m_window->navigator()->selectPlan(horten);
    QTRY_VERIFY(rowOf(QStringLiteral("Kartlegge plastbruken")) >= 0);
    editTitle(QStringLiteral("Kartlegge plastbruken"), QStringLiteral("Kartlegge plast offline"));
    editTitle(QStringLiteral("Rydde strender"), QStringLiteral("Rydde strender i juni"));
    QVERIFY2(indicator().contains(QLatin1String("2 changes to send")), qPrintable(indicator()));
    QVERIFY(m_cluster.exec(QStringLiteral("UPDATE measures SET title = 'Kartlegge plast på kontoret' WHERE uuid LIKE "
                                          "'measure-plan-3901'"),
                           Name));

    // Sync now: the conflict comes up; the user takes the server's title by keyboard alone.
    QPointer<SyncConflictDialog> seen;
    QTimer::singleShot(0, this, [&seen] {
        auto* dialog = qobject_cast<SyncConflictDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = dialog;
        auto* choice = dialog->findChild<QComboBox*>();
        QVERIFY(choice);
        QCOMPARE(choice->accessibleName(), QStringLiteral("Keep for Measure “Kartlegge plast offline”, Title"));
        auto* sync = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!sync->isEnabled()); // nothing is chosen for the user
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down); // keep mine
        QTest::keyClick(choice, Qt::Key_Down); // take the server's
        QCOMPARE(dialog->choices(), QVector<SyncConflictDialog::Choice> {SyncConflictDialog::TakeTheirs});
        QVERIFY(sync->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        if (dialog->isVisible())
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(m_window->offline()->syncNow());
    QVERIFY(seen.isNull() || !seen->isVisible());
    QTRY_VERIFY(rowOf(QStringLiteral("Kartlegge plast på kontoret")) >= 0);
    QVERIFY(rowOf(QStringLiteral("Rydde strender i juni")) >= 0);
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT title FROM measures WHERE uuid = 'second-plan-3901'"), Name),
             QStringLiteral("Rydde strender i juni"));
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT title FROM measures WHERE uuid = 'measure-plan-3901'"), Name),
             QStringLiteral("Kartlegge plast på kontoret"));
    QVERIFY2(indicator().contains(QLatin1String("0 changes to send")), qPrintable(indicator()));
    // The title not chosen stays in the history, on the server too.
    QCOMPARE(m_cluster.psql(QStringLiteral("SELECT count(*) FROM change_log WHERE old_value = 'Kartlegge plast "
                                           "offline'"),
                            Name),
             QStringLiteral("1"));
}

QTEST_MAIN(TestOfflineWindow)
#include "test_offlinewindow.moc"
