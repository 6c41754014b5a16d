// File › Publish as website… (issue 28) by keyboard: the dialog takes a folder, a language and leaves internal
// matter out unless ticked; the site is written, the status bar says where, and the adviser can open it.
#include "database.h"
#include "datafile.h"
#include "mainwindow.h"
#include "networkpane.h"
#include "planfiles.h"
#include "publishdialog.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

class TestPublishWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void publishesThroughTheMenuByKeyboard();
    void cancelWritesNothing();
    void publishesANetworkFromItsPane();

private:
    // Triggers File › Publish as website…, lets fill work on the dialog, then presses Enter (or Escape) in it; reads
    // the message that follows, if any, and closes it.
    QString publishThroughTheDialog(const std::function<void(PublishDialog*)>& fill,
                                    bool accept,
                                    const QString& actionName = QStringLiteral("publishAction"));

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_planId = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestPublishWindow::init()
{
    QSettings().clear();
    UiLanguage::apply(QStringLiteral("en"));
    m_path
        = m_dir.filePath(QStringLiteral("publish-%1.handlingsplan").arg(QLatin1String(QTest::currentTestFunction())));
    m_planId = planfiles::makeFileWithOnePlan(m_path);
    planfiles::addMeasures(m_path, m_planId, 5);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openFile(m_path, true));
    m_window->showPlan(m_planId);
}

void TestPublishWindow::cleanup()
{
    m_window.reset();
}

QString TestPublishWindow::publishThroughTheDialog(const std::function<void(PublishDialog*)>& fill,
                                                   bool accept,
                                                   const QString& actionName)
{
    QString message;
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<PublishDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        fill(dialog);
        // The message box that follows opens in a loop of its own: read and close it from there.
        QTimer::singleShot(0, this, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                message = box->text();
                QTest::keyClick(box, Qt::Key_Escape);
            }
        });
        QWidget* focused = QApplication::focusWidget();
        QTest::keyClick(focused ? focused : dialog, accept ? Qt::Key_Return : Qt::Key_Escape);
    });
    QAction* action = m_window->findChild<QAction*>(actionName);
    if (!action)
        return QStringLiteral("no publish action");
    action->trigger();
    return sawDialog ? message : QStringLiteral("no dialog");
}

void TestPublishWindow::publishesThroughTheMenuByKeyboard()
{
    const QString folder = m_dir.filePath(QStringLiteral("nettsted"));
    const QString message = publishThroughTheDialog(
        [&](PublishDialog* dialog) {
            auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("publishFolder"));
            QVERIFY(path);
            QTRY_VERIFY(path->hasFocus()); // the dialog opens with the folder to type
            QVERIFY(!path->text().isEmpty()); // a folder is suggested
            QTest::keyClick(path, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(path, folder);
            QTest::keyClick(path, Qt::Key_Tab); // Browse…
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the language
            auto* language = dialog->findChild<QComboBox*>(QStringLiteral("publishLanguage"));
            QCOMPARE(QApplication::focusWidget(), language);
            QTest::keyClick(language, Qt::Key_End); // English
            QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("publishInternal"))->isChecked());
            QCOMPARE(dialog->language(), QStringLiteral("en"));
            path->setFocus();
        },
        true);
    QVERIFY2(message.contains(QStringLiteral("Published")), qPrintable(message));
    QFile index(QDir(folder).filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(index.readAll());
    QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
    QVERIFY(html.contains(QStringLiteral("Plastsmart Fredrikstad")));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("statusMessage"))
                ->text()
                .contains(QDir::toNativeSeparators(folder)));
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("accessibility.html"))));
}

void TestPublishWindow::cancelWritesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("avbrutt"));
    const QString message = publishThroughTheDialog(
        [&](PublishDialog* dialog) {
            auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("publishFolder"));
            path->selectAll();
            QTest::keyClicks(path, folder);
        },
        false);
    QVERIFY2(message.isEmpty(), qPrintable(message));
    QVERIFY(!QFileInfo::exists(folder));
}

// A network's coordinator publishes the network from its pane (Export table › As a website…): the members compared,
// with each member's plan as a site of its own in the same folder.
void TestPublishWindow::publishesANetworkFromItsPane()
{
    const QString samples = m_dir.filePath(QStringLiteral("nettverk.handlingsplan"));
    {
        Database db;
        QString error;
        QVERIFY2(DataFile::openOrCreate(db, samples, true, &error), qPrintable(error));
    }
    QVERIFY(m_window->openFile(samples, true));
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("navigatorTree"));
    const QModelIndexList network = tree->model()->match(tree->model()->index(0, 0),
                                                         Qt::DisplayRole,
                                                         QStringLiteral("Plastsmarte byer og kommuner"),
                                                         1,
                                                         Qt::MatchExactly);
    QVERIFY(!network.isEmpty());
    tree->setCurrentIndex(network.first());
    QTRY_VERIFY(m_window->networkPane()->isVisible());
    const QString folder = m_dir.filePath(QStringLiteral("nettverkside"));
    const QString message = publishThroughTheDialog(
        [&](PublishDialog* dialog) {
            auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("publishFolder"));
            QVERIFY(path->text().contains(QStringLiteral("Plastsmarte byer og kommuner"))); // named after the network
            path->setText(folder);
        },
        true,
        QStringLiteral("networkPublish"));
    QVERIFY2(message.contains(QDir::toNativeSeparators(folder)), qPrintable(message));
    QFile index(QDir(folder).filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(index.readAll());
    QVERIFY(html.contains(QStringLiteral("Plastsmarte byer og kommuner")));
    const QStringList members = QDir(folder).entryList({QStringLiteral("plan-*")}, QDir::Dirs);
    QCOMPARE(members.size(), 3); // Horten, Sandefjord and Tromsø
    for (const QString& member : members)
        QVERIFY(QFile::exists(QDir(folder).filePath(member + QStringLiteral("/index.html"))));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("statusMessage"))->text().contains(QStringLiteral("network")));
}

QTEST_MAIN(TestPublishWindow)
#include "test_publishwindow.moc"
