#include "mainwindow.h"

#include "announcer.h"
#include "attentionpane.h"
#include "conflictresolver.h"
#include "currentcell.h"
#include "dashboardpane.h"
#include "database.h"
#include "dialogedits.h"
#include "editactions.h"
#include "examplebankactions.h"
#include "exchangeactions.h"
#include "fileactions.h"
#include "filestatus.h"
#include "helpactions.h"
#include "measuredetailspane.h"
#include "measurefiltermodel.h"
#include "measurespane.h"
#include "measuretablemodel.h"
#include "navigatormodel.h"
#include "navigatorpane.h"
#include "networkactions.h"
#include "networkpane.h"
#include "offlineactions.h"
#include "outsidereload.h"
#include "plaindialogs.h"
#include "plaintooltips.h"
#include "planactions.h"
#include "plancheckmodel.h"
#include "plancheckpane.h"
#include "planheading.h"
#include "reportexport.h"
#include "serveraddress.h"
#include "settingsactions.h"
#include "stores.h"
#include "viewactions.h"
#include "welcomeflow.h"
#include "workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
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
    , m_networkPane(new NetworkPane(this))
    , m_central(new QStackedWidget(this))
    , m_fileStatus(new FileStatus(this))
    , m_outsideReload(new OutsideReload(*this))
    , m_conflicts(new ConflictResolver(*this))
    , m_edits(new DialogEdits(
          m_undoStack, [this](const QString& e) { showError(e); }, this))
    , m_networks(new NetworkActions(
          m_networkPane, m_undoStack, [this](const QString& e) { showError(e); }, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // A day's work of undo steps, not every edit since the window opened: each step keeps the values it changed (an
    // import keeps every row it added), so an unbounded stack grows with use.
    m_undoStack->setUndoLimit(200);
    qApp->installEventFilter(new PlainToolTips(this)); // titles and descriptions in tooltips are text, not markup
    // The measures of the plan chosen in the navigator, or the comparison of the network chosen there.
    m_central->addWidget(m_measuresPane);
    m_central->addWidget(m_networkPane);
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_fileStatus->banner()); // says so when the file can only be read
    centreLayout->addWidget(m_central, 1);
    setCentralWidget(centre);
    m_announcer = new Announcer(this);
    // Permanent, so that a menu's status tip does not hide it and show it again, which would say the message twice.
    statusBar()->insertPermanentWidget(0, m_announcer, 1);
    setAcceptDrops(true); // a spreadsheet dropped on the window is imported into the plan shown

    // The menus, in the order they stand in the menu bar.
    m_fileActions = new FileActions(*this);
    m_offline = new OfflineActions(*this);
    m_fileActions->addServerActions(m_offline->actions());
    m_editActions = new EditActions(*this, m_edits);
    m_planActions = new PlanActions(*this, m_edits);
    m_viewActions
        = new ViewActions(*this, m_edits, {m_navigator, m_details, m_dashboard, m_attention, m_planCheck, m_undoView});
    m_settingsActions = new SettingsActions(*this);
    m_welcome = new WelcomeFlow(*this, m_planActions->templates(), m_fileActions->exchange());
    m_help = new HelpActions(this, [this] { m_welcome->show(); });
    retranslate();

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(screen()->availableGeometry().size() * (screen()->availableGeometry().width() < 1600 ? 1.0 : 0.85));
    restoreState(settings.value(StateKey).toByteArray());
    m_viewActions->fitScreen(screen()->availableGeometry().size());
    connectPanes();
    updateActions();
}

MainWindow::~MainWindow()
{
    detachViews(); // views hold proxies over the models: detach before the models and their stores go
    m_undoStack->clear();
}

// What one pane asks of another goes through here: the navigator chooses what the centre shows, the details pane and
// the lists ask for edits, the network pane for a member's plan.
void MainWindow::connectPanes()
{
    connect(m_navigator, &NavigatorPane::currentPlanChanged, this, [this](qint64 planId) {
        // Choosing a network or a municipality keeps the plan shown; choosing a plan shows it.
        if (planId > 0 && !m_viewActions->showsAllMeasures())
            showPlan(planId);
        updateActions();
    });
    connect(m_navigator, &NavigatorPane::currentNetworkChanged, this, [this](qint64 networkId) {
        if (networkId > 0)
            m_networks->showNetwork(networkId);
        m_central->setCurrentWidget(networkId > 0 ? static_cast<QWidget*>(m_networkPane) : m_measuresPane);
        updateActions();
    });
    connect(m_networks, &NetworkActions::message, this, [this](const QString& text) { showMessage(text, 10000); });
    connect(m_networks, &NetworkActions::planRequested, this, [this](qint64 planId, qint64 measureId) {
        m_navigator->selectPlan(planId);
        if (measureId > 0)
            m_measuresPane->selectMeasure(measureId);
    });
    connect(m_navigator, &NavigatorPane::newPlanRequested, m_planActions, &PlanActions::addPlan);
    connect(
        m_navigator, &NavigatorPane::deletePlanRequested, this, [this](qint64 id) { m_planActions->deletePlan(id); });
    connect(m_navigator, &NavigatorPane::propertiesRequested, m_planActions, &PlanActions::editPlanProperties);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_measuresPane, &MeasuresPane::currentMeasureChanged, this, [this](qint64 measureId) {
        m_details->setMeasure(measureId);
        updateActions();
    });
    m_editActions->takeRequestsFrom(m_details);
    connect(m_attention, &AttentionPane::filterRequested, m_measuresPane, &MeasuresPane::setAttentionFilter);
    connect(m_attention, &AttentionPane::measureRequested, this, &MainWindow::showMeasure);
    connect(m_planCheck, &PlanCheckPane::measureRequested, this, &MainWindow::showMeasure);
    ReportExport* reports = m_fileActions->reports();
    connect(reports, &ReportExport::measureRequested, this, &MainWindow::showMeasure);
    connect(m_planCheck, &PlanCheckPane::planFindingRequested, this, [this](int rule) {
        if (m_workspace)
            m_planActions->fixFinding(m_workspace->planCheckModel().planId(), rule);
    });
    connect(reports, &ReportExport::planFindingRequested, m_planActions, &PlanActions::fixFinding);
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

void MainWindow::retranslate()
{
    m_fileActions->retranslate();
    m_offline->retranslate();
    m_editActions->retranslate();
    m_planActions->retranslate();
    m_viewActions->retranslate();
    m_settingsActions->retranslate();
    m_help->retranslate();
    m_undoView->setEmptyLabel(tr("<opened file>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_fileStatus->show(m_workspace.get());
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
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_outsideReload->windowActivated();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && ExchangeActions::canImport(urls.first().toLocalFile())
        && m_fileActions->canImport())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !m_workspace)
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // After the drop has returned: the import may show a dialog, which must not run inside the drag's event.
    QTimer::singleShot(0, this, [this, path] {
        if (m_workspace)
            m_fileActions->exchange()->importFile(m_workspace->stores(), reportPlanId(), path);
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(ColumnsKey, m_measuresPane->columnState());
    settings.setValue(LastPlanKey, std::max<qint64>(shownPlanId(), 0));
    event->accept();
}

QString MainWindow::filePath() const
{
    return m_workspace ? m_workspace->filePath() : QString();
}

Stores* MainWindow::stores() const
{
    return m_workspace ? &m_workspace->stores() : nullptr;
}

bool MainWindow::isWritable() const
{
    return m_workspace && !m_workspace->isReadOnly();
}

bool MainWindow::mayEditPlan(qint64 planId) const
{
    return m_workspace && m_workspace->stores().mayEditPlan(planId);
}

bool MainWindow::mayEditMeasure(qint64 measureId) const
{
    const std::optional<Measure> measure
        = m_workspace && measureId > 0 ? m_workspace->stores().measures.get(measureId) : std::nullopt;
    return measure && mayEditPlan(measure->planId);
}

bool MainWindow::mayEditMunicipality(qint64 municipalityId) const
{
    return m_workspace && municipalityId > 0 && m_workspace->db().mayEditMunicipality(municipalityId);
}

void MainWindow::detachViews()
{
    m_navigator->setModel(nullptr);
    m_measuresPane->setModel(nullptr, nullptr);
    m_details->setStores(nullptr);
    m_dashboard->setStores(nullptr);
    m_attention->setModel(nullptr);
    m_planCheck->setModel(nullptr);
    m_viewActions->exampleBank()->close(); // it reads the old file's stores
    m_networks->setStores(nullptr);
}

void MainWindow::attachViews()
{
    Stores& stores = m_workspace->stores();
    m_details->setReadOnly(m_workspace->isReadOnly());
    m_details->setStores(&stores);
    m_dashboard->setStores(&stores);
    connect(&stores.plans, &Store::changed, this, &MainWindow::updateHeading);
    connect(&m_workspace->navigatorModel(), &NavigatorModel::renameRequested, m_planActions, &PlanActions::renamePlan);
    connect(&m_workspace->measureModel(), &MeasureTableModel::editFailed, m_conflicts, &ConflictResolver::editFailed);
    m_navigator->setModel(&m_workspace->navigatorModel());
    m_measuresPane->setModel(&m_workspace->measureModel(), &stores);
    m_attention->setModel(&m_workspace->attentionModel());
    m_planCheck->setModel(&m_workspace->planCheckModel());
    m_networks->setStores(&stores);
    // Every list and table keeps a current cell, for screen readers and the first arrow key; the arrows move from
    // cell to cell and Tab leaves, so that no table holds a keyboard user in it.
    // Left alone where the current row is a choice: the undo history (moving it undoes), the navigator (it chooses what
    // the centre shows) and a combo box's list.
    for (QAbstractItemView* view : findChildren<QAbstractItemView*>()) {
        // A combo box's list is its own: its current row is the combo's choice.
        if (qobject_cast<QHeaderView*>(view) || view == m_undoView || m_navigator->isAncestorOf(view)
            || qobject_cast<QComboBox*>(view->parentWidget()->parentWidget()))
            continue;
        CurrentCell::keep(view);
        view->setTabKeyNavigation(false);
    }
}

bool MainWindow::openFile(const QString& path, bool quiet, const QString& password)
{
    QString error;
    QString warning;
    std::unique_ptr<Workspace> opened = Workspace::open(path, password, &error, &warning);
    if (!opened) {
        m_lastError = error;
        if (quiet)
            return false;
        if (ServerAddress::isServerAddress(path)) // a password, a host or a name to put right: ask again
            return m_fileActions->connectToServer(path, error);
        PlainDialogs::warning(this, tr("Cannot open the file"), error);
        return false;
    }
    showWorkspace(std::move(opened), warning);
    return true;
}

void MainWindow::showWorkspace(std::unique_ptr<Workspace> opened, const QString& warning)
{
    const bool sameFile = m_workspace && m_workspace->filePath() == opened->filePath();
    m_outsideReload->watch(nullptr);
    detachViews();
    m_central->setCurrentWidget(m_measuresPane);
    m_undoStack->clear(); // commands refer to the old file's stores
    m_workspace = std::move(opened);
    // Before the models read the file: a commit by another process between their reads and this would go unseen.
    m_outsideReload->watch(&m_workspace->db());
    m_workspace->readModels(m_undoStack);
    attachViews();
    QSettings settings;
    m_measuresPane->restoreColumnState(settings.value(ColumnsKey).toByteArray());
    const QString file = m_workspace->filePath();
    const qint64 lastPlan
        = sameFile || settings.value(LastFileKey).toString() == file ? settings.value(LastPlanKey).toLongLong() : 0;
    settings.setValue(LastFileKey, file);
    FileActions::rememberRecent(file);
    qint64 planToShow = lastPlan > 0 && stores()->plans.get(lastPlan) ? lastPlan : 0;
    if (planToShow == 0) {
        const QVector<PlanSummary> plans = stores()->plans.summaries();
        planToShow = plans.isEmpty() ? 0 : plans.first().planId;
    }
    showPlan(-1);
    if (planToShow > 0)
        m_navigator->selectPlan(planToShow);
    if (m_viewActions->showsAllMeasures())
        showPlan(0);
    m_fileStatus->show(m_workspace.get());
    if (!warning.isEmpty())
        showError(warning); // the daily backup failed: the file is open, but the adviser should know
}

void MainWindow::showPlan(qint64 planId)
{
    if (!m_workspace)
        return;
    if (planId == 0 && !m_viewActions->showsAllMeasures())
        planId = -1; // no plan chosen: an empty table, not every measure
    m_workspace->measureModel().setPlan(planId);
    m_dashboard->setPlan(std::max<qint64>(planId, 0));
    m_workspace->planCheckModel().setPlan(planId);
    // Start on the first measure, so that its details show at once.
    QTableView* table = m_measuresPane->view();
    if (table->model()->rowCount() > 0)
        table->setCurrentIndex(table->model()->index(0, MeasureTableModel::TitleColumn));
    else // a reset model leaves no current row and says nothing: clear what the plan before left in the details
        m_details->setMeasure(0);
    updateHeading();
    updateActions();
}

qint64 MainWindow::shownPlanId() const
{
    return m_workspace ? m_workspace->measureModel().planId() : -1;
}

qint64 MainWindow::reportPlanId() const
{
    return shownPlanId() > 0 ? shownPlanId() : m_navigator->currentPlanId();
}

void MainWindow::updateHeading()
{
    const PlanHeading heading = PlanHeading::of(stores(), shownPlanId());
    m_measuresPane->setHeading(heading.title, heading.details);
}

void MainWindow::recordProgress(qint64 measureId)
{
    if (Stores* open = stores())
        m_edits->recordProgress(*open, measureId);
}

void MainWindow::showError(const QString& message)
{
    m_lastError = message;
    showMessage(message, 8000);
}

void MainWindow::showMessage(const QString& text, int milliseconds)
{
    m_announcer->announce(text, milliseconds);
}

void MainWindow::updateActions()
{
    m_fileActions->updateActions();
    m_offline->updateActions();
    m_editActions->updateActions();
    m_planActions->updateActions();
    m_viewActions->updateActions();
}

void MainWindow::reload()
{
    if (!m_workspace)
        return;
    const qint64 measureId = m_measuresPane->currentMeasureId();
    QSettings().setValue(LastPlanKey, std::max<qint64>(shownPlanId(), 0));
    if (m_workspace->db().isServer()) { // the same connection and models, read again: no password, undo kept
        const qint64 shown = shownPlanId();
        m_workspace->refresh();
        if (shown > 0) {
            const QSignalBlocker once(m_navigator); // the plan is read once, just below, not also on selection
            m_navigator->selectPlan(shown);
        }
        m_details->setMeasure(0); // so that the measure chosen again below is read again, not kept as it was
        showPlan(shown);
        m_networks->setStores(&m_workspace->stores());
    } else {
        openFile(m_workspace->filePath(), true);
    }
    if (measureId > 0)
        m_measuresPane->selectMeasure(measureId);
}
