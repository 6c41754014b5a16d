// Help and the first start (issue 12): the user guide in each language covers the six tasks and shows inside the app;
// About names the version, the licence and the libraries; the welcome offers its three ways in and does each.
#include "database.h"
#include "mainwindow.h"
#include "navigatorpane.h"
#include "planfiles.h"
#include "stores.h"
#include "testfiles.h"
#include "uilanguage.h"
#include "userguidedialog.h"
#include "username.h"
#include "welcomedialog.h"
#include "welcomeflow.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

namespace {

// Runs action while a modal dialog it opens is read by inspect and then closed.
template <typename Dialog>
void whileModal(const std::function<void()>& action, const std::function<void(Dialog*)>& inspect)
{
    QTimer::singleShot(0, [inspect] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        inspect(dialog);
        dialog->reject();
    });
    action();
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void guideCoversTheSixTasks_data();
    void guideCoversTheSixTasks();
    void guideOpensFromTheHelpMenu();
    void aboutNamesVersionLicenceAndLibraries();
    void welcomeShowsOnFirstStartOnly();
    void welcomeLeadsToTheSamplePlans();
    void welcomeNeedsAMunicipalityForANewPlan();
    void welcomeAsksTheUsersName();
    void settingsChangeTheUsersName();
    void spreadsheetBecomesANewPlan();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelp::init()
{
    QSettings().clear();
    UiLanguage::apply(QStringLiteral("en"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    m_path = m_dir.filePath(QStringLiteral("help-%1.handlingsplan").arg(QLatin1String(QTest::currentTestFunction())));
    if (!QFileInfo::exists(m_path))
        planfiles::makeFileWithOnePlan(m_path);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openFile(m_path, true));
}

void TestHelp::guideCoversTheSixTasks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Action Plans – user guide");
    QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("Handlingsplaner – brukerveiledning");
    QTest::newRow("nn") << QStringLiteral("nn") << QStringLiteral("Handlingsplanar – brukarrettleiing");
}

void TestHelp::guideCoversTheSixTasks()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    const QUrl url = UserGuideDialog::guideUrl(language);
    QCOMPARE(url, QUrl(QStringLiteral("qrc:/help/guide_%1.html").arg(language)));
    const QString html = QString::fromUtf8(testfiles::readAll(QLatin1Char(':') + url.path()));
    QVERIFY(html.contains(title));
    // Create a plan, add measures, record progress, the council PDF, import from Excel, share with the network —
    // each a section the contents link to.
    for (const char* section : {"plan", "measures", "progress", "pdf", "excel", "network"}) {
        QVERIFY2(html.contains(QStringLiteral("<h2 id=\"%1\">").arg(QLatin1String(section))), section);
        QVERIFY2(html.contains(QStringLiteral("href=\"#%1\"").arg(QLatin1String(section))), section);
    }
    QVERIFY(!html.contains(QStringLiteral("http"))); // nothing to fetch
}

void TestHelp::guideOpensFromTheHelpMenu()
{
    UiLanguage::apply(QStringLiteral("nb"));
    UiLanguage::setSetting(QStringLiteral("nb"));
    m_window->findChild<QAction*>(QStringLiteral("userGuideAction"))->trigger();
    auto* browser = m_window->findChild<QTextBrowser*>(QStringLiteral("userGuide"));
    QVERIFY(browser);
    QTRY_VERIFY(browser->isVisible());
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/guide_nb.html")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Registrer fremdrift")));
    UiLanguage::setSetting(QString());
}

void TestHelp::aboutNamesVersionLicenceAndLibraries()
{
    QString text;
    whileModal<QMessageBox>([this] { m_window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger(); },
                            [&text](QMessageBox* box) { text = box->text(); });
    QVERIFY2(text.contains(QStringLiteral("Action Plans 9.8.7")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License, version 3 or later")));
    QVERIFY(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("SQLite 3.")));
    QVERIFY(text.contains(QStringLiteral("QCustomPlot 2.")));
    QVERIFY(text.contains(QStringLiteral("libxlsxwriter 1.")));
}

void TestHelp::welcomeShowsOnFirstStartOnly()
{
    m_window->welcome()->showOnFirstStart();
    auto* welcome = m_window->findChild<WelcomeDialog*>();
    QVERIFY(welcome);
    QTRY_VERIFY(welcome->isVisible());
    welcome->reject();
    QTRY_VERIFY(!m_window->findChild<WelcomeDialog*>()); // deleted on close
    m_window->welcome()->showOnFirstStart();
    QVERIFY(!m_window->findChild<WelcomeDialog*>()); // not again
    m_window->findChild<QAction*>(QStringLiteral("welcomeAction"))->trigger(); // but from the Help menu
    QVERIFY(m_window->findChild<WelcomeDialog*>());
}

void TestHelp::welcomeLeadsToTheSamplePlans()
{
    m_window->welcome()->show();
    auto* welcome = m_window->findChild<WelcomeDialog*>();
    QVERIFY(welcome);
    QTest::mouseClick(welcome->findChild<QCommandLinkButton*>(QStringLiteral("welcomeSamples")), Qt::LeftButton);
    const qint64 firstPlan = m_window->stores()->plans.list().first().id;
    QTRY_COMPARE(m_window->navigator()->currentPlanId(), firstPlan);
}

void TestHelp::welcomeNeedsAMunicipalityForANewPlan()
{
    m_window->welcome()->show();
    auto* welcome = m_window->findChild<WelcomeDialog*>();
    QVERIFY(welcome);
    auto* templateButton = welcome->findChild<QCommandLinkButton*>(QStringLiteral("welcomeTemplate"));
    auto* importButton = welcome->findChild<QCommandLinkButton*>(QStringLiteral("welcomeImport"));
    QVERIFY(!templateButton->isEnabled());
    QVERIFY(!importButton->isEnabled());
    auto* municipality = welcome->findChild<QComboBox*>(QStringLiteral("welcomeMunicipality"));
    QCOMPARE(municipality->count(), 358); // 357 and the empty choice
    municipality->setCurrentIndex(municipality->findText(QStringLiteral("Fredrikstad")));
    QCOMPARE(welcome->municipalityId(), m_window->stores()->municipalities.byNumber(QStringLiteral("3107"))->id);
    QVERIFY(templateButton->isEnabled());
    QVERIFY(importButton->isEnabled());
    welcome->reject();
}

void TestHelp::spreadsheetBecomesANewPlan()
{
    const qint64 fredrikstad = m_window->stores()->municipalities.byNumber(QStringLiteral("3107"))->id;
    const int plansBefore = int(m_window->stores()->plans.list().size());
    const QString csv = m_dir.filePath(QStringLiteral("Plastplan 2027.csv"));
    QVERIFY(testfiles::writeAll(csv, "nr;tiltak;frist\n1.1;Rydde strender;2027\n1.2;Plastfrie kantiner;Q2 2027\n"));
    QVERIFY(m_window->welcome()->importSpreadsheetAsNewPlan(fredrikstad, csv));
    const QVector<Plan> plans = m_window->stores()->plans.list();
    QCOMPARE(plans.size(), plansBefore + 1);
    const qint64 planId = m_window->navigator()->currentPlanId();
    QCOMPARE(m_window->stores()->plans.get(planId)->title, QStringLiteral("Plastplan 2027"));
    QCOMPARE(m_window->stores()->measures.listings(planId).size(), 2);

    // A file that cannot be imported leaves no empty plan behind.
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(testfiles::writeAll(bad, "nr;tiltak;frist\n1.1;;not a deadline\n"));
    bool imported = true;
    whileModal<QDialog>([&] { imported = m_window->welcome()->importSpreadsheetAsNewPlan(fredrikstad, bad); },
                        [](QDialog*) {});
    QVERIFY(!imported);
    QCOMPARE(m_window->stores()->plans.list().size(), plansBefore + 1);
}

// Asked once, in the welcome: the name the change history gives one's edits, filled in with the account's.
void TestHelp::welcomeAsksTheUsersName()
{
    QSettings().remove(QStringLiteral("user/name"));
    m_window->welcome()->show();
    auto* welcome = m_window->findChild<WelcomeDialog*>();
    QVERIFY(welcome);
    auto* name = welcome->findChild<QLineEdit*>(QStringLiteral("welcomeUserName"));
    QVERIFY(name);
    QCOMPARE(name->text(), UserName::suggested());
    // First on screen below the introduction, and first for Tab.
    QCOMPARE(name->nextInFocusChain(), welcome->findChild<QCommandLinkButton*>(QStringLiteral("welcomeSamples")));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Kari Nordmann"));
    welcome->reject();
    QTRY_COMPARE(UserName::saved(), QStringLiteral("Kari Nordmann"));
    QCOMPARE(m_window->workspace()->db().author(), QStringLiteral("Kari Nordmann"));
}

void TestHelp::settingsChangeTheUsersName()
{
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->textValue(), UserName::effective());
        dialog->setTextValue(QStringLiteral("Ola Nordmann"));
        dialog->accept();
    });
    m_window->findChild<QAction*>(QStringLiteral("userNameAction"))->trigger();
    QCOMPARE(UserName::saved(), QStringLiteral("Ola Nordmann"));
    QCOMPARE(m_window->workspace()->db().author(), QStringLiteral("Ola Nordmann"));
    // The next file opened keeps it.
    QVERIFY(m_window->openFile(m_window->filePath()));
    QCOMPARE(m_window->workspace()->db().author(), QStringLiteral("Ola Nordmann"));
}

QTEST_MAIN(TestHelp)
#include "test_help.moc"
