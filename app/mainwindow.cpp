#include "mainwindow.h"

#include "attentionmodel.h"
#include "attentionpane.h"
#include "backups.h"
#include "commands/entitycommands.h"
#include "commands/measurecommands.h"
#include "dashboardpane.h"
#include "database.h"
#include "datafile.h"
#include "dialogedits.h"
#include "examplebankactions.h"
#include "exchangeactions.h"
#include "helpactions.h"
#include "languagemenu.h"
#include "measuredetailspane.h"
#include "measurefiltermodel.h"
#include "measurespane.h"
#include "measuretablemodel.h"
#include "navigatormodel.h"
#include "navigatorpane.h"
#include "networkactions.h"
#include "networkcomparemodel.h"
#include "networkpane.h"
#include "outsidechanges.h"
#include "plaindialogs.h"
#include "plaintooltips.h"
#include "plancheckmodel.h"
#include "plancheckpane.h"
#include "records.h"
#include "reportexport.h"
#include "restorebackupdialog.h"
#include "stores.h"
#include "templateactions.h"
#include "vocabulary.h"
#include "welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace {
const QString LastFileKey = QStringLiteral("files/last");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LastPlanKey = QStringLiteral("files/lastPlan");
const QString WelcomeShownKey = QStringLiteral("welcome/shown");
const QString ColumnsKey = QStringLiteral("window/measureColumns");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_navigator(new NavigatorPane(this))
    , m_measuresPane(new MeasuresPane(this))
    , m_undoView(new QUndoView(m_undoStack, this))
    , m_details(new MeasureDetailsPane(this))
    , m_attention(new AttentionPane(this))
    , m_planCheck(new PlanCheckPane(this))
    , m_dashboard(new DashboardPane(this))
    , m_edits(new DialogEdits(
          m_undoStack, [this](const QString& e) { showError(e); }, this))
    , m_reports(new ReportExport([this](const QString& e) { showError(e); }, this))
    , m_help(new HelpActions(this))
    , m_exchange(new ExchangeActions(
          m_undoStack, [this](const QString& e) { showError(e); }, this))
    , m_exampleBank(new ExampleBankActions(
          m_undoStack, [this](const QString& e) { showError(e); }, this))
    , m_templates(new TemplateActions(
          m_undoStack, [this](const QString& e) { showError(e); }, this))
    , m_networkPane(new NetworkPane(this))
    , m_networks(new NetworkActions(
          m_networkPane, m_undoStack, [this](const QString& e) { showError(e); }, this))
    , m_central(new QStackedWidget(this))
    , m_fileLabel(new QLabel(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_outsideChanges(new OutsideChanges(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    qApp->installEventFilter(new PlainToolTips(this)); // titles and descriptions in tooltips are text, not markup
    // The measures of the plan chosen in the navigator, or the comparison of the network chosen there.
    m_central->addWidget(m_measuresPane);
    m_central->addWidget(m_networkPane);
    // Above the plans, a band that says so when the file can only be read.
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #3b2f00; border: 1px solid #e0c200; padding: 6px;"));
    m_readOnlyBanner->hide();
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_readOnlyBanner);
    centreLayout->addWidget(m_central, 1);
    setCentralWidget(centre);
    setAcceptDrops(true); // a spreadsheet dropped on the window is imported into the plan shown
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_fileLabel); // on the right, leaving room for messages
    createDocks();
    createActions();
    retranslate();
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(screen()->availableGeometry().size() * (screen()->availableGeometry().width() < 1600 ? 1.0 : 0.85));
    restoreState(settings.value(StateKey).toByteArray());

    connect(m_navigator, &NavigatorPane::currentPlanChanged, this, [this](qint64 planId) {
        // Choosing a network or a municipality keeps the plan shown; choosing a plan shows it.
        if (planId > 0 && !m_allMeasuresAction->isChecked())
            showPlan(planId);
        updateActions();
    });
    connect(m_navigator, &NavigatorPane::currentNetworkChanged, this, [this](qint64 networkId) {
        if (networkId > 0)
            m_networks->showNetwork(networkId);
        m_central->setCurrentWidget(networkId > 0 ? static_cast<QWidget*>(m_networkPane) : m_measuresPane);
        updateActions();
    });
    connect(m_networks, &NetworkActions::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 10000);
    });
    // A member double-clicked in the comparison: its plan of the kind compared (or its first plan) is shown.
    connect(m_networkPane, &NetworkPane::memberActivated, this, [this](const QString& number) {
        const std::optional<Municipality> municipality = m_stores->municipalities.byNumber(number);
        if (!municipality)
            return;
        const qint64 planId
            = NetworkComparison::memberPlan(*m_stores, municipality->id, m_networkPane->model()->planKind());
        if (planId > 0)
            m_navigator->selectPlan(planId);
    });
    // A measure of a joint project double-clicked: its plan is shown with the measure chosen.
    connect(m_networkPane, &NetworkPane::measureActivated, this, [this](qint64 planId, qint64 measureId) {
        m_navigator->selectPlan(planId);
        m_measuresPane->selectMeasure(measureId);
    });
    connect(m_navigator, &NavigatorPane::newPlanRequested, this, [this](qint64 id) { addPlan(id); });
    connect(m_navigator, &NavigatorPane::deletePlanRequested, this, [this](qint64 id) { deletePlan(id); });
    connect(m_navigator, &NavigatorPane::propertiesRequested, this, &MainWindow::editPlanProperties);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_measuresPane, &MeasuresPane::currentMeasureChanged, this, [this](qint64 measureId) {
        m_details->setMeasure(measureId);
        updateActions();
    });
    connect(m_details, &MeasureDetailsPane::editRequested, this, [this](const Measure& before, const Measure& after) {
        m_undoStack->push(Commands::editMeasure(*m_stores, before, after, [this](const QString& e) { showError(e); }));
    });
    connect(m_details, &MeasureDetailsPane::recordProgressRequested, this, &MainWindow::recordProgress);
    connect(
        m_details, &MeasureDetailsPane::addGrantRequested, this, [this](qint64 measureId) { editGrant(0, measureId); });
    connect(
        m_details, &MeasureDetailsPane::editGrantRequested, this, [this](qint64 grantId) { editGrant(grantId, 0); });
    connect(m_details, &MeasureDetailsPane::removeGrantRequested, this, [this](qint64 grantId) {
        if (const std::optional<Grant> grant = m_stores->grants.get(grantId))
            m_undoStack->push(Commands::removeGrant(*m_stores, *grant, [this](const QString& e) { showError(e); }));
    });
    connect(m_attention, &AttentionPane::filterRequested, m_measuresPane, &MeasuresPane::setAttentionFilter);
    connect(m_attention, &AttentionPane::measureRequested, this, &MainWindow::showMeasure);
    connect(m_planCheck, &PlanCheckPane::measureRequested, this, &MainWindow::showMeasure);
    connect(m_reports, &ReportExport::measureRequested, this, &MainWindow::showMeasure);
    connect(m_planCheck, &PlanCheckPane::planFindingRequested, this, [this](int rule) {
        if (m_planCheckModel)
            showPlanFinding(m_planCheckModel->planId(), rule);
    });
    connect(m_reports, &ReportExport::planFindingRequested, this, &MainWindow::showPlanFinding);
    connect(m_outsideChanges, &OutsideChanges::changed, this, &MainWindow::takeOutsideChanges);
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views hold proxies over the models: detach before the models and their stores go.
    m_navigator->setModel(nullptr);
    m_measuresPane->setModel(nullptr, nullptr);
    m_networks->setStores(nullptr);
    m_details->setStores(nullptr);
    m_dashboard->setStores(nullptr);
    m_attention->setModel(nullptr);
    m_planCheck->setModel(nullptr);
    m_undoStack->clear();
}

void MainWindow::showMeasure(qint64 measureId)
{
    m_measuresPane->selectMeasure(measureId);
    if (m_measuresPane->currentMeasureId() != measureId) { // filtered away: show everything, then select
        m_measuresPane->setAttentionFilter(0);
        m_measuresPane->filterModel()->setText(QString());
        m_measuresPane->selectMeasure(measureId);
    }
    m_measuresPane->view()->setFocus();
}

void MainWindow::showPlanFinding(qint64 planId, int rule)
{
    switch (rule) {
    case PlanCheck::HasMeasures:
        addMeasure();
        break;
    case PlanCheck::IndicatorTargets:
        editIndicators(planId);
        break;
    default: // the period and the adoption date are plan properties
        editPlanProperties(planId);
        break;
    }
}

void MainWindow::createDocks()
{
    m_planDock = new QDockWidget(this);
    m_planDock->setObjectName(QStringLiteral("planDock"));
    m_planDock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, m_planDock);
    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    m_dashboardDock = new QDockWidget(this);
    m_dashboardDock->setObjectName(QStringLiteral("dashboardDock"));
    m_dashboardDock->setWidget(m_dashboard);
    addDockWidget(Qt::RightDockWidgetArea, m_dashboardDock);
    tabifyDockWidget(m_detailsDock, m_dashboardDock);
    m_detailsDock->raise();
    m_attentionDock = new QDockWidget(this);
    m_attentionDock->setObjectName(QStringLiteral("attentionDock"));
    m_attentionDock->setWidget(m_attention);
    addDockWidget(Qt::LeftDockWidgetArea, m_attentionDock);
    m_planCheckDock = new QDockWidget(this);
    m_planCheckDock->setObjectName(QStringLiteral("planCheckDock"));
    m_planCheckDock->setWidget(m_planCheck);
    addDockWidget(Qt::LeftDockWidgetArea, m_planCheckDock);
    tabifyDockWidget(m_attentionDock, m_planCheckDock);
    m_attentionDock->raise();
    m_undoDock = new QDockWidget(this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    resizeDocks({m_planDock, m_detailsDock}, {300, 340}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDialog);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_saveCopyAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveCopyDialog);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_restoreBackupAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreBackupDialog);
    m_restoreBackupAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_fileMenu->addSeparator();
    m_importAction
        = m_fileMenu->addAction(QString(), this, [this] { m_exchange->importDialog(*m_stores, reportPlanId()); });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction
        = m_fileMenu->addAction(QString(), this, [this] { m_exchange->exportDialog(*m_stores, reportPlanId()); });
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(m_exchange, &ExchangeActions::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 10000);
    });
    m_fileMenu->addSeparator();
    m_exportReportAction
        = m_fileMenu->addAction(QString(), this, [this] { m_reports->exportPdf(*m_stores, reportPlanId()); });
    m_exportReportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_printAction = m_fileMenu->addAction(QString(), this, [this] { m_reports->print(*m_stores, reportPlanId()); });
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_reports, &ReportExport::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Saved the council report as “%1”.").arg(QDir::toNativeSeparators(path)), 8000);
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    // QUndoStack's actions carry the command's text ("Undo Edit measure 1.2").
    makeUndoActions();
    m_editMenu->addSeparator();
    m_addMeasureAction = m_editMenu->addAction(QString(), this, [this] { addMeasure(); });
    m_addMeasureAction->setObjectName(QStringLiteral("addMeasureAction"));
    m_addMeasureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_deleteMeasuresAction = m_editMenu->addAction(QString(), this, &MainWindow::deleteSelectedMeasures);
    m_deleteMeasuresAction->setObjectName(QStringLiteral("deleteMeasuresAction"));
    m_deleteMeasuresAction->setShortcut(QKeySequence::Delete);
    m_deleteMeasuresAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_measuresPane->view()->addAction(m_deleteMeasuresAction);
    m_recordProgressAction
        = m_editMenu->addAction(QString(), this, [this] { recordProgress(m_measuresPane->currentMeasureId()); });
    m_recordProgressAction->setObjectName(QStringLiteral("recordProgressAction"));
    m_recordProgressAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_bulkStatusMenu = m_editMenu->addMenu(QString());
    m_bulkStatusMenu->setObjectName(QStringLiteral("bulkStatusMenu"));
    m_bulkOwnerMenu = m_editMenu->addMenu(QString());
    m_bulkOwnerMenu->setObjectName(QStringLiteral("bulkOwnerMenu"));
    connect(m_editMenu, &QMenu::aboutToShow, this, &MainWindow::fillBulkMenus);

    m_planMenu = menuBar()->addMenu(QString());
    m_planMenu->setObjectName(QStringLiteral("planMenu"));
    m_newPlanAction = m_planMenu->addAction(QString(), this, [this] { addPlan(m_navigator->currentMunicipalityId()); });
    m_newPlanAction->setObjectName(QStringLiteral("newPlanAction"));
    m_newPlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_newPlanFromTemplateAction = m_planMenu->addAction(QString(), this, [this] {
        if (const qint64 id = m_templates->newPlan(*m_stores, m_navigator->currentMunicipalityId()); id > 0)
            m_navigator->selectPlan(id);
    });
    m_newPlanFromTemplateAction->setObjectName(QStringLiteral("newPlanFromTemplateAction"));
    m_newPlanFromTemplateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    connect(m_templates, &TemplateActions::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 10000);
    });
    m_renamePlanAction
        = m_planMenu->addAction(QString(), this, [this] { m_navigator->editPlanTitle(m_navigator->currentPlanId()); });
    m_renamePlanAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renamePlanAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_navigator->addAction(m_renamePlanAction);
    m_planPropertiesAction = m_planMenu->addAction(QString(), this, [this] {
        editPlanProperties(m_measureModel && m_measureModel->planId() > 0 ? m_measureModel->planId()
                                                                          : m_navigator->currentPlanId());
    });
    m_planPropertiesAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_indicatorsAction = m_planMenu->addAction(QString(), this, [this] {
        editIndicators(m_measureModel && m_measureModel->planId() > 0 ? m_measureModel->planId()
                                                                      : m_navigator->currentPlanId());
    });
    m_indicatorsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    m_saveAsTemplateAction
        = m_planMenu->addAction(QString(), this, [this] { m_templates->saveAsTemplate(*m_stores, reportPlanId()); });
    m_saveAsTemplateAction->setObjectName(QStringLiteral("saveAsTemplateAction"));
    m_planMenu->addSeparator();
    m_deletePlanAction = m_planMenu->addAction(QString(), this, [this] { deletePlan(m_navigator->currentPlanId()); });
    m_deletePlanAction->setObjectName(QStringLiteral("deletePlanAction"));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_allMeasuresAction = m_viewMenu->addAction(QString());
    m_allMeasuresAction->setCheckable(true);
    m_allMeasuresAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_allMeasuresAction, &QAction::toggled, this, [this](bool all) {
        showPlan(all ? 0 : m_navigator->currentPlanId());
    });
    m_overdueAction = m_viewMenu->addAction(QString(), this, [this] { m_measuresPane->setOverdueOnly(true); });
    m_overdueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_exampleBankAction = m_viewMenu->addAction(
        QString(), this, [this] { m_exampleBank->open(*m_stores, m_navigator->currentPlanId()); });
    m_exampleBankAction->setObjectName(QStringLiteral("exampleBankAction"));
    m_exampleBankAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_assessmentAction = m_viewMenu->addAction(
        QString(), this, [this] { m_edits->assess(*m_stores, m_navigator->currentMunicipalityId()); });
    m_assessmentAction->setObjectName(QStringLiteral("assessmentAction"));
    connect(m_exampleBank, &ExampleBankActions::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 10000);
    });
    // Show the plan the copies went to, so that they can be given owners and deadlines.
    connect(m_exampleBank, &ExampleBankActions::copied, this, [this](qint64 planId) {
        if (m_navigator->currentPlanId() != planId)
            m_navigator->selectPlan(planId);
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_planDock->toggleViewAction());
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());
    m_viewMenu->addAction(m_attentionDock->toggleViewAction());
    m_viewMenu->addAction(m_planCheckDock->toggleViewAction());
    m_viewMenu->addAction(m_dashboardDock->toggleViewAction());
    m_viewMenu->addAction(m_undoDock->toggleViewAction());

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_settingsMenu->addMenu(new LanguageMenu(m_settingsMenu));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_guideAction = m_helpMenu->addAction(QString(), m_help, &HelpActions::showUserGuide);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_welcomeAction = m_helpMenu->addAction(QString(), this, &MainWindow::showWelcome);
    m_welcomeAction->setObjectName(QStringLiteral("welcomeAction"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), m_help, &HelpActions::about);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

// QUndoStack's actions carry the command's text ("Undo Edit measure 1.2") in the words of the language they were made
// in, so a language change makes them again, in the same place.
void MainWindow::makeUndoActions()
{
    QAction* undo = m_undoStack->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    if (m_undoAction) {
        m_editMenu->insertActions(m_undoAction, {undo, redo});
        delete m_undoAction;
        delete m_redoAction;
    } else {
        m_editMenu->addActions({undo, redo});
    }
    m_undoAction = undo;
    m_redoAction = redo;
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
}

void MainWindow::retranslate()
{
    makeUndoActions();
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New file…"));
    m_newAction->setToolTip(tr("Create a new, empty action-plan file"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open another action-plan file"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_saveCopyAction->setText(tr("Save a &copy…"));
    m_saveCopyAction->setToolTip(tr("Save a consistent copy of the open file, for backup or to share"));
    m_restoreBackupAction->setText(tr("&Restore from backup…"));
    m_restoreBackupAction->setToolTip(tr("Put back the plans as they were in one of the daily backups of this file"));
    m_importAction->setText(tr("&Import measures…"));
    m_importAction->setToolTip(
        tr("Add measures from a spreadsheet saved as CSV (Norwegian or English column names) to the plan shown"));
    m_exportAction->setText(tr("E&xport measures…"));
    m_exportAction->setToolTip(
        tr("Save the plan's measures for Excel (CSV) or its deadlines for a calendar (iCalendar)"));
    m_exportReportAction->setText(tr("&Export council report…"));
    m_exportReportAction->setToolTip(tr("Save the plan's status report for the municipal council as PDF"));
    m_printAction->setText(tr("&Print council report…"));
    m_printAction->setToolTip(tr("Print the plan's status report for the municipal council"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setToolTip(tr("Undo the last change"));
    m_redoAction->setToolTip(tr("Redo the change you undid"));
    m_addMeasureAction->setText(tr("&Add measure"));
    m_addMeasureAction->setToolTip(tr("Add a measure to the plan shown"));
    m_deleteMeasuresAction->setText(tr("&Delete measures"));
    m_deleteMeasuresAction->setToolTip(tr("Delete the selected measures (can be undone)"));
    m_planMenu->setTitle(tr("&Plan"));
    m_newPlanAction->setText(tr("&New plan"));
    m_newPlanAction->setToolTip(tr("Start a new plan for the municipality chosen in the navigator"));
    m_newPlanFromTemplateAction->setText(tr("New plan from &template…"));
    m_newPlanFromTemplateAction->setToolTip(
        tr("Start a new plan for the municipality chosen in the navigator from a network's template or one of yours"));
    m_saveAsTemplateAction->setText(tr("Save as te&mplate…"));
    m_saveAsTemplateAction->setToolTip(
        tr("Save the focus areas and indicators of the plan, without its measures, as a template for new plans"));
    m_renamePlanAction->setText(tr("&Rename plan"));
    m_renamePlanAction->setToolTip(tr("Change the title of the plan chosen in the navigator"));
    m_planPropertiesAction->setText(tr("&Properties…"));
    m_planPropertiesAction->setToolTip(tr("Title, kind, period, status, adoption, focus areas and owners of the plan"));
    m_indicatorsAction->setText(tr("&Indicators…"));
    m_indicatorsAction->setToolTip(tr("The plan's indicators, their targets and measured values"));
    m_deletePlanAction->setText(tr("&Delete plan…"));
    m_deletePlanAction->setToolTip(tr("Delete the plan chosen in the navigator with all its measures (can be undone)"));
    m_recordProgressAction->setText(tr("&Record progress…"));
    m_recordProgressAction->setToolTip(tr("Add a progress update to the current measure"));
    m_bulkStatusMenu->setTitle(tr("Set &status of selected"));
    m_bulkOwnerMenu->setTitle(tr("Set o&wner of selected"));
    m_viewMenu->setTitle(tr("&View"));
    m_allMeasuresAction->setText(tr("A&ll measures"));
    m_allMeasuresAction->setToolTip(tr("Show every measure of every plan in the file"));
    m_overdueAction->setText(tr("Show &overdue measures"));
    m_overdueAction->setToolTip(tr("Show only overdue measures"));
    m_exampleBankAction->setText(tr("&Example bank …"));
    m_exampleBankAction->setToolTip(tr("Search every measure in the file and copy good ones into a plan"));
    m_assessmentAction->setText(tr("&Circular self-assessment…"));
    m_assessmentAction->setToolTip(
        tr("Score the municipality chosen in the navigator on the circular strategies and compare with its network"));
    m_planDock->setWindowTitle(tr("Plans"));
    m_detailsDock->setWindowTitle(tr("Measure details"));
    m_attentionDock->setWindowTitle(tr("Needs attention"));
    m_planCheckDock->setWindowTitle(tr("Plan check"));
    m_dashboardDock->setWindowTitle(tr("Charts"));
    m_undoDock->setWindowTitle(tr("Undo history"));
    m_undoView->setEmptyLabel(tr("<opened file>"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_welcomeAction->setText(tr("&Welcome…"));
    m_aboutAction->setText(tr("&About Action Plans"));
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateHeading();
        // Item views ask their models for text when they paint; their headers keep what they were told.
        for (QHeaderView* header : findChildren<QHeaderView*>()) {
            if (header->count() > 0)
                header->headerDataChanged(header->orientation(), 0, header->count() - 1);
        }
        for (QAbstractItemView* view : findChildren<QAbstractItemView*>())
            view->viewport()->update();
    }
    // Coming back to the window: another window or the command line may have changed the file meanwhile.
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        if (m_reloadPending)
            takeOutsideChanges();
        else
            m_outsideChanges->check();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && ExchangeActions::canImport(urls.first().toLocalFile())
        && m_importAction->isEnabled())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !m_stores)
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // After the drop has returned: the import may show a dialog, which must not run inside the drag's event.
    QTimer::singleShot(0, this, [this, path] {
        if (m_stores)
            m_exchange->importFile(*m_stores, reportPlanId(), path);
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(ColumnsKey, m_measuresPane->columnState());
    settings.setValue(LastPlanKey, m_measureModel ? m_measureModel->planId() : 0);
    event->accept();
}

QString MainWindow::filePath() const
{
    return m_db ? m_db->filePath() : QString();
}

bool MainWindow::openFile(const QString& path, bool quiet)
{
    auto db = std::make_unique<Database>();
    QString error;
    QString warning;
    if (!DataFile::openOrCreate(*db, path, path == DataFile::defaultPath(), &error, &warning)) {
        m_lastError = error;
        if (!quiet)
            PlainDialogs::warning(this, tr("Cannot open the file"), error);
        return false;
    }
    const bool sameFile = m_db && m_db->filePath() == db->filePath();
    m_outsideChanges->watch(nullptr);
    m_reloadPending = false;
    m_navigator->setModel(nullptr);
    m_measuresPane->setModel(nullptr, nullptr);
    m_details->setStores(nullptr);
    m_dashboard->setStores(nullptr);
    m_attention->setModel(nullptr);
    m_planCheck->setModel(nullptr);
    m_exampleBank->close(); // it reads the old file's stores
    m_networks->setStores(nullptr);
    m_central->setCurrentWidget(m_measuresPane);
    m_undoStack->clear(); // commands refer to the old file's stores
    m_attentionModel.reset();
    m_planCheckModel.reset();
    m_measureModel.reset();
    m_navigatorModel.reset();
    m_stores.reset();
    m_db = std::move(db);
    // Before the models read the file: a commit by another process between their reads and this would go unseen.
    m_outsideChanges->watch(m_db.get());
    m_stores = std::make_unique<Stores>(*m_db);
    m_details->setReadOnly(m_db->isReadOnly());
    m_details->setStores(m_stores.get());
    m_dashboard->setStores(m_stores.get());
    connect(&m_stores->plans, &Store::changed, this, &MainWindow::updateHeading);
    m_navigatorModel = std::make_unique<NavigatorModel>(*m_stores);
    connect(
        m_navigatorModel.get(), &NavigatorModel::renameRequested, this, [this](qint64 planId, const QString& title) {
            const std::optional<Plan> before = m_stores->plans.get(planId);
            if (!before)
                return;
            Plan after = *before;
            after.title = title;
            m_undoStack->push(
                Commands::editPlan(*m_stores, *before, after, [this](const QString& e) { showError(e); }));
        });
    m_measureModel = std::make_unique<MeasureTableModel>(*m_stores, m_undoStack);
    connect(m_measureModel.get(), &MeasureTableModel::editFailed, this, &MainWindow::showError);
    m_navigator->setModel(m_navigatorModel.get());
    m_measuresPane->setModel(m_measureModel.get(), m_stores.get());
    m_attentionModel = std::make_unique<AttentionModel>(m_measureModel.get());
    m_attention->setModel(m_attentionModel.get());
    m_planCheckModel = std::make_unique<PlanCheckModel>(*m_stores);
    m_planCheck->setModel(m_planCheckModel.get());
    m_networks->setStores(m_stores.get());
    QSettings settings;
    m_measuresPane->restoreColumnState(settings.value(ColumnsKey).toByteArray());
    const qint64 lastPlan = sameFile || settings.value(LastFileKey).toString() == m_db->filePath()
        ? settings.value(LastPlanKey).toLongLong()
        : 0;
    settings.setValue(LastFileKey, m_db->filePath());
    rememberRecent(m_db->filePath());
    qint64 planToShow = lastPlan > 0 && m_stores->plans.get(lastPlan) ? lastPlan : 0;
    if (planToShow == 0) {
        const QVector<PlanSummary> plans = m_stores->plans.summaries();
        planToShow = plans.isEmpty() ? 0 : plans.first().planId;
    }
    showPlan(-1);
    if (planToShow > 0)
        m_navigator->selectPlan(planToShow);
    if (m_allMeasuresAction->isChecked())
        showPlan(0);
    updateTitle();
    if (!warning.isEmpty())
        showError(warning); // the daily backup failed: the file is open, but the adviser should know
    return true;
}

void MainWindow::showPlan(qint64 planId)
{
    if (!m_measureModel)
        return;
    if (planId == 0 && !m_allMeasuresAction->isChecked())
        planId = -1; // no plan chosen: an empty table, not every measure
    m_measureModel->setPlan(planId);
    m_dashboard->setPlan(std::max<qint64>(planId, 0));
    m_planCheckModel->setPlan(planId);
    // Start on the first measure, so that its details show at once.
    QTableView* table = m_measuresPane->view();
    if (table->model()->rowCount() > 0)
        table->setCurrentIndex(table->model()->index(0, MeasureTableModel::TitleColumn));
    else // a reset model leaves no current row and says nothing: clear what the plan before left in the details
        m_details->setMeasure(0);
    updateHeading();
    updateActions();
}

void MainWindow::updateHeading()
{
    const qint64 planId = m_measureModel ? m_measureModel->planId() : -1;
    if (planId == 0) {
        m_measuresPane->setHeading(tr("All measures"), tr("Every measure of every plan in this file"));
        return;
    }
    const std::optional<Plan> plan = planId > 0 ? m_stores->plans.get(planId) : std::nullopt;
    if (!plan) {
        m_measuresPane->setHeading(tr("Choose a plan in the navigator"), QString());
        return;
    }
    const std::optional<Municipality> municipality = m_stores->municipalities.get(plan->municipalityId);
    QStringList details;
    details << (municipality ? tr("%1 municipality").arg(municipality->name) : QString());
    details << Vocabulary::planKindName(plan->kind);
    if (plan->periodFrom > 0)
        details << tr("%1–%2").arg(plan->periodFrom).arg(plan->periodTo);
    details << Vocabulary::planStatusName(plan->status);
    if (plan->isSample)
        details << tr("Sample data, not the municipality's real plan");
    details.removeAll(QString());
    m_measuresPane->setHeading(plan->title, details.join(QStringLiteral(" · ")));
}

qint64 MainWindow::addMeasure()
{
    if (!m_measureModel || m_measureModel->planId() <= 0)
        return 0;
    Measure measure;
    measure.planId = m_measureModel->planId();
    measure.title = tr("New measure");
    measure.status = QStringLiteral("planned");
    auto* command = Commands::addMeasure(*m_stores, measure, [this](const QString& e) { showError(e); });
    m_undoStack->push(command);
    const qint64 id = m_measureModel->rowOfMeasure(command->valueId()) >= 0 ? command->valueId() : 0;
    if (id > 0) {
        m_measuresPane->selectMeasure(id);
        m_measuresPane->view()->edit(m_measuresPane->view()->currentIndex());
    }
    return id;
}

void MainWindow::deleteSelectedMeasures()
{
    const QVector<qint64> ids = m_measuresPane->selectedMeasureIds();
    if (ids.isEmpty() || !m_stores)
        return;
    m_undoStack->push(new RemoveMeasuresCommand(*m_stores, ids, [this](const QString& e) { showError(e); }));
    statusBar()->showMessage(tr("Deleted %n measure(s). Undo with Ctrl+Z.", nullptr, int(ids.size())), 5000);
}

qint64 MainWindow::addPlan(qint64 municipalityId)
{
    if (!m_stores || municipalityId <= 0)
        return 0;
    Plan plan;
    plan.municipalityId = municipalityId;
    plan.title = tr("New action plan");
    plan.periodFrom = QDate::currentDate().year();
    plan.periodTo = plan.periodFrom + 3;
    auto* command = Commands::addPlan(*m_stores, plan, [this](const QString& e) { showError(e); });
    m_undoStack->push(command);
    const qint64 id = m_stores->plans.get(command->valueId()) ? command->valueId() : 0;
    if (id > 0)
        m_navigator->editPlanTitle(id);
    return id;
}

void MainWindow::deletePlan(qint64 planId, bool confirmed)
{
    const std::optional<Plan> plan = m_stores ? m_stores->plans.get(planId) : std::nullopt;
    if (!plan)
        return;
    const int measures = int(m_stores->measures.list(QStringLiteral("plan_id"), planId).size());
    if (!confirmed
        && PlainDialogs::question(this,
                                  tr("Delete plan"),
                                  tr("Delete “%1” with its %n measure(s), their progress history and the plan's "
                                     "indicators? You can undo this with Edit → Undo.",
                                     nullptr,
                                     measures)
                                      .arg(plan->title),
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    if (m_measureModel && m_measureModel->planId() == planId)
        showPlan(-1);
    m_undoStack->push(new RemovePlanCommand(*m_stores, planId, [this](const QString& e) { showError(e); }));
}

void MainWindow::editPlanProperties(qint64 planId)
{
    if (m_stores && m_edits->editPlanProperties(*m_stores, planId))
        m_measuresPane->refreshChoices(); // focus areas and owners may have changed
}

void MainWindow::editGrant(qint64 grantId, qint64 measureId)
{
    if (m_stores)
        m_edits->editGrant(*m_stores, grantId, measureId);
}

void MainWindow::editIndicators(qint64 planId)
{
    if (m_stores)
        m_edits->editIndicators(*m_stores, planId);
}

void MainWindow::recordProgress(qint64 measureId)
{
    if (m_stores)
        m_edits->recordProgress(*m_stores, measureId);
}

void MainWindow::fillBulkMenus()
{
    const bool any = m_db && !m_db->isReadOnly() && !m_measuresPane->selectedMeasureIds().isEmpty();
    m_bulkStatusMenu->clear();
    m_bulkOwnerMenu->clear();
    m_bulkStatusMenu->setEnabled(any);
    m_bulkOwnerMenu->setEnabled(any);
    if (!any)
        return;
    for (const QString& code : Vocabulary::measureStatuses())
        m_bulkStatusMenu->addAction(
            Vocabulary::measureStatusName(code), this, [this, code] { setStatusOfSelected(code); });
    const std::optional<Measure> first = m_stores->measures.get(m_measuresPane->selectedMeasureIds().first());
    const std::optional<Plan> plan = first ? m_stores->plans.get(first->planId) : std::nullopt;
    if (!plan)
        return;
    for (const Owner& owner :
         m_stores->owners.list(QStringLiteral("municipality_id"), plan->municipalityId, QStringLiteral("name")))
        m_bulkOwnerMenu->addAction(owner.name, this, [this, id = owner.id] { setOwnerOfSelected(id); });
}

void MainWindow::setStatusOfSelected(const QString& statusCode)
{
    if (m_stores)
        m_edits->setStatus(*m_stores, m_measuresPane->selectedMeasureIds(), statusCode);
}

void MainWindow::setOwnerOfSelected(qint64 ownerId)
{
    if (m_stores)
        m_edits->setOwner(*m_stores, m_measuresPane->selectedMeasureIds(), ownerId);
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("files/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("files/recent"), QStringList(recent.mid(0, 8)));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    for (const QString& path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        QAction* action
            = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFile(path); });
        action->setEnabled(path != filePath());
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::showError(const QString& message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 8000);
}

void MainWindow::updateActions()
{
    const bool writable = m_db && !m_db->isReadOnly();
    const bool onePlan = m_measureModel && m_measureModel->planId() > 0;
    m_addMeasureAction->setEnabled(writable && onePlan);
    m_newPlanAction->setEnabled(writable && m_navigator->currentMunicipalityId() > 0);
    m_newPlanFromTemplateAction->setEnabled(writable && m_navigator->currentMunicipalityId() > 0);
    m_saveAsTemplateAction->setEnabled(m_db && reportPlanId() > 0);
    m_renamePlanAction->setEnabled(writable && m_navigator->currentPlanId() > 0);
    m_planPropertiesAction->setEnabled(writable && (onePlan || m_navigator->currentPlanId() > 0));
    m_indicatorsAction->setEnabled(writable && (onePlan || m_navigator->currentPlanId() > 0));
    m_deletePlanAction->setEnabled(writable && m_navigator->currentPlanId() > 0);
    m_deleteMeasuresAction->setEnabled(writable && m_measuresPane->currentMeasureId() > 0);
    m_recordProgressAction->setEnabled(writable && m_measuresPane->currentMeasureId() > 0);
    m_saveCopyAction->setEnabled(m_db != nullptr);
    m_restoreBackupAction->setEnabled(writable);
    m_exampleBankAction->setEnabled(m_db != nullptr);
    m_assessmentAction->setEnabled(writable && m_navigator->currentMunicipalityId() > 0);
    m_exportReportAction->setEnabled(m_db && reportPlanId() > 0);
    m_importAction->setEnabled(writable); // a plan file needs no plan; a spreadsheet asks for one
    m_exportAction->setEnabled(m_db && reportPlanId() > 0);
    m_printAction->setEnabled(m_db && reportPlanId() > 0);
}

qint64 MainWindow::reportPlanId() const
{
    // The plan shown, or in the "All measures" view the plan chosen in the navigator.
    if (m_measureModel && m_measureModel->planId() > 0)
        return m_measureModel->planId();
    return m_navigator->currentPlanId();
}

void MainWindow::updateTitle()
{
    m_readOnlyBanner->setVisible(m_db && m_db->isReadOnly());
    if (!m_db) {
        setWindowTitle(tr("Action Plans"));
        m_fileLabel->setText(tr("No file is open."));
        return;
    }
    m_readOnlyBanner->setText(tr("“%1” is open read-only: you can read, filter, export and print its plans, but not "
                                 "change them. To edit, ask for write access to the file and its folder, or save a "
                                 "copy (File → Save a copy…) and open that.")
                                  .arg(QDir::toNativeSeparators(m_db->filePath())));
    const QString name = QFileInfo(m_db->filePath()).fileName();
    setWindowTitle(m_db->isReadOnly() ? tr("%1 (read-only) – Action Plans").arg(name)
                                      : tr("%1 – Action Plans").arg(name));
    const QString shown = QDir::toNativeSeparators(m_db->filePath());
    m_fileLabel->setText(m_db->isReadOnly() ? tr("%1 (read-only: changes cannot be saved)").arg(shown) : shown);
}

void MainWindow::openDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this,
                                       tr("Open an action-plan file"),
                                       QFileInfo(filePath()).absolutePath(),
                                       tr("Action-plan files (*.handlingsplan *.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newDialog()
{
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("New action-plan file"),
                                                QFileInfo(filePath()).absolutePath(),
                                                tr("Action-plan files (*.handlingsplan)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".handlingsplan");
    if (QFileInfo::exists(path)) {
        PlainDialogs::warning(this,
                              tr("Cannot create the file"),
                              tr("“%1” already exists. Open it with File → Open, or choose another name.")
                                  .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openFile(path);
}

void MainWindow::saveCopyDialog()
{
    if (!m_db)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy"), QFileInfo(filePath()).absolutePath(), tr("Action-plan files (*.handlingsplan)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".handlingsplan");
    if (!m_db->saveCopy(path))
        PlainDialogs::warning(this, tr("Cannot save a copy"), m_db->errorString());
    else
        statusBar()->showMessage(tr("Saved a copy as “%1”.").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::restoreBackupDialog()
{
    if (!m_db)
        return;
    const QVector<Backups::Backup> backups = Backups::list(m_db->filePath());
    if (backups.isEmpty()) {
        PlainDialogs::information(this,
                                  tr("Restore from backup"),
                                  tr("“%1” has no backups yet. A backup is saved the first time the file is opened "
                                     "each day, and before every upgrade.")
                                      .arg(QFileInfo(m_db->filePath()).fileName()));
        return;
    }
    RestoreBackupDialog dialog(m_db->filePath(), backups, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        restoreBackup(dialog.chosenPath());
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    QString error;
    if (!m_db || !Backups::restore(*m_db, backupPath, &error)) {
        showError(error);
        PlainDialogs::warning(this, tr("Cannot restore the backup"), error);
        return false;
    }
    reload();
    statusBar()->showMessage(tr("Restored the backup. The plans as they were just before are in a new backup: "
                                "restore that one to go back."),
                             15000);
    return true;
}

void MainWindow::takeOutsideChanges()
{
    // Dialogs and cell editors hold rows of the file as it was: read it again once they are closed.
    const QWidget* focus = QApplication::focusWidget();
    const bool busy = QApplication::activeModalWidget() || QApplication::activePopupWidget()
        || (focus && m_measuresPane->view()->viewport()->isAncestorOf(focus)); // a cell editor
    if (busy) {
        m_reloadPending = true;
        return;
    }
    reload();
    statusBar()->showMessage(tr("The file was changed in another window or program; the plans shown are read "
                                "again. Undo starts afresh."),
                             10000);
}

void MainWindow::reload()
{
    if (!m_db)
        return;
    const qint64 measureId = m_measuresPane->currentMeasureId();
    QSettings().setValue(LastPlanKey, m_measureModel ? m_measureModel->planId() : 0);
    openFile(m_db->filePath(), true);
    if (measureId > 0)
        m_measuresPane->selectMeasure(measureId);
}

void MainWindow::showWelcome()
{
    if (!m_stores)
        return;
    QVector<QPair<qint64, QString>> municipalities;
    for (const Municipality& municipality : m_stores->municipalities.list())
        municipalities.append({municipality.id, municipality.name});
    auto* welcome = new WelcomeDialog(municipalities, this);
    welcome->setCanCreatePlans(!m_db->isReadOnly());
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &QDialog::finished, this, [this, welcome] {
        QSettings().setValue(WelcomeShownKey, true);
        takeWelcomeChoice(int(welcome->choice()), welcome->municipalityId());
    });
    welcome->open();
}

void MainWindow::showWelcomeOnFirstStart()
{
    if (!QSettings().value(WelcomeShownKey).toBool())
        showWelcome();
}

void MainWindow::takeWelcomeChoice(int choice, qint64 municipalityId)
{
    switch (WelcomeDialog::Choice(choice)) {
    case WelcomeDialog::Choice::None:
        break;
    case WelcomeDialog::Choice::SamplePlans: {
        const QVector<Plan> plans = m_stores->plans.list();
        if (!plans.isEmpty())
            m_navigator->selectPlan(plans.first().id);
        break;
    }
    case WelcomeDialog::Choice::NewPlanFromTemplate:
        if (const qint64 id = m_templates->newPlan(*m_stores, municipalityId); id > 0)
            m_navigator->selectPlan(id);
        break;
    case WelcomeDialog::Choice::ImportSpreadsheet: {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a spreadsheet"), QDir::homePath(), tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importSpreadsheetAsNewPlan(municipalityId, path);
        break;
    }
    }
}

bool MainWindow::importSpreadsheetAsNewPlan(qint64 municipalityId, const QString& path)
{
    Plan plan;
    plan.municipalityId = municipalityId;
    plan.title = QFileInfo(path).completeBaseName();
    plan.periodFrom = QDate::currentDate().year();
    plan.periodTo = plan.periodFrom + 3;
    auto* command = Commands::addPlan(*m_stores, plan, [this](const QString& e) { showError(e); });
    m_undoStack->push(command);
    const qint64 id = command->valueId();
    if (!m_stores->plans.get(id))
        return false;
    m_navigator->selectPlan(id);
    if (!m_exchange->importFile(*m_stores, id, path)) {
        m_undoStack->undo(); // no empty plan left behind
        return false;
    }
    return true;
}
