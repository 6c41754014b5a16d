#include "welcomeflow.h"

#include "database.h"
#include "entitycommands.h"
#include "exchangeactions.h"
#include "mainwindow.h"
#include "navigatorpane.h"
#include "settingsactions.h"
#include "stores.h"
#include "templateactions.h"
#include "username.h"
#include "welcomedialog.h"
#include "workspace.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

namespace {
const QString WelcomeShownKey = QStringLiteral("welcome/shown");
}

WelcomeFlow::WelcomeFlow(MainWindow& window, TemplateActions* templates, ExchangeActions* exchange)
    : QObject(&window)
    , m_window(window)
    , m_templates(templates)
    , m_exchange(exchange)
{
}

void WelcomeFlow::show()
{
    Workspace* workspace = m_window.workspace();
    if (!workspace)
        return;
    QVector<QPair<qint64, QString>> municipalities;
    for (const Municipality& municipality : workspace->stores().municipalities.list())
        municipalities.append({municipality.id, municipality.name});
    auto* welcome = new WelcomeDialog(municipalities, &m_window);
    welcome->setCanCreatePlans(!workspace->isReadOnly());
    welcome->setUserName(UserName::effective());
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &QDialog::finished, this, [this, welcome] {
        QSettings().setValue(WelcomeShownKey, true);
        if (!welcome->userName().isEmpty()) // asked once, here: Settings → Your name… changes it later
            m_window.settingsActions()->setUserName(welcome->userName());
        take(int(welcome->choice()), welcome->municipalityId());
    });
    welcome->open();
}

void WelcomeFlow::showOnFirstStart()
{
    // The welcome is about a file of one's own; a first start on a network's server waits for a file.
    const Workspace* workspace = m_window.workspace();
    if (workspace && workspace->db().isServer())
        return;
    if (!QSettings().value(WelcomeShownKey).toBool())
        show();
}

void WelcomeFlow::take(int choice, qint64 municipalityId)
{
    Stores* stores = m_window.stores();
    if (!stores)
        return;
    switch (WelcomeDialog::Choice(choice)) {
    case WelcomeDialog::Choice::None:
        break;
    case WelcomeDialog::Choice::SamplePlans: {
        const QVector<Plan> plans = stores->plans.list();
        if (!plans.isEmpty())
            m_window.navigator()->selectPlan(plans.first().id);
        break;
    }
    case WelcomeDialog::Choice::NewPlanFromTemplate:
        if (const qint64 id = m_templates->newPlan(*stores, municipalityId); id > 0)
            m_window.navigator()->selectPlan(id);
        break;
    case WelcomeDialog::Choice::ImportSpreadsheet: {
        const QString path = QFileDialog::getOpenFileName(&m_window,
                                                          tr("Import a spreadsheet"),
                                                          QDir::homePath(),
                                                          tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importSpreadsheetAsNewPlan(municipalityId, path);
        break;
    }
    }
}

bool WelcomeFlow::importSpreadsheetAsNewPlan(qint64 municipalityId, const QString& path)
{
    Stores* stores = m_window.stores();
    if (!stores)
        return false;
    Plan plan;
    plan.municipalityId = municipalityId;
    plan.title = QFileInfo(path).completeBaseName();
    plan.periodFrom = QDate::currentDate().year();
    plan.periodTo = plan.periodFrom + 3;
    auto* command = Commands::addPlan(*stores, plan, [this](const QString& e) { m_window.showError(e); });
    m_window.undoStack()->push(command);
    const qint64 id = command->valueId();
    if (!stores->plans.get(id))
        return false;
    m_window.navigator()->selectPlan(id);
    if (!m_exchange->importFile(*stores, id, path)) {
        m_window.undoStack()->undo(); // no empty plan left behind
        return false;
    }
    return true;
}
