#include "viewactions.h"

#include "dialogedits.h"
#include "examplebankactions.h"
#include "mainwindow.h"
#include "measurespane.h"
#include "navigatorpane.h"
#include "panefocus.h"
#include "scrolledpane.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>

ViewActions::ViewActions(MainWindow& window, DialogEdits* edits, const DockedPanes& panes)
    : QObject(&window)
    , m_window(window)
    , m_edits(edits)
    , m_exampleBank(new ExampleBankActions(
          window.undoStack(), [&window](const QString& e) { window.showError(e); }, &window))
    , m_planDock(dock(panes.navigator, QStringLiteral("planDock"), Qt::LeftDockWidgetArea))
    , m_detailsDock(dock(ScrolledPane::wrap(panes.details), QStringLiteral("detailsDock"), Qt::RightDockWidgetArea))
    , m_dashboardDock(dock(panes.dashboard, QStringLiteral("dashboardDock"), Qt::RightDockWidgetArea))
    , m_attentionDock(dock(panes.attention, QStringLiteral("attentionDock"), Qt::LeftDockWidgetArea))
    , m_planCheckDock(
          dock(ScrolledPane::wrap(panes.planCheck), QStringLiteral("planCheckDock"), Qt::LeftDockWidgetArea))
    , m_undoDock(dock(panes.undoHistory, QStringLiteral("undoDock"), Qt::RightDockWidgetArea))
    , m_menu(window.menuBar()->addMenu(QString()))
    , m_paneFocus(new PaneFocus({m_planDock,
                                 window.centralWidget(),
                                 m_detailsDock,
                                 m_dashboardDock,
                                 m_attentionDock,
                                 m_planCheckDock,
                                 m_undoDock},
                                this))
{
    window.tabifyDockWidget(m_detailsDock, m_dashboardDock);
    m_detailsDock->raise();
    window.tabifyDockWidget(m_attentionDock, m_planCheckDock);
    m_attentionDock->raise();
    m_undoDock->hide();
    window.resizeDocks({m_planDock, m_detailsDock}, {300, 340}, Qt::Horizontal);

    NavigatorPane* navigator = window.navigator();
    m_menu->setObjectName(QStringLiteral("viewMenu"));
    m_allMeasuresAction = m_menu->addAction(QString());
    m_allMeasuresAction->setCheckable(true);
    m_allMeasuresAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_allMeasuresAction, &QAction::toggled, this, [this, navigator](bool all) {
        m_window.showPlan(all ? 0 : navigator->currentPlanId());
    });
    m_overdueAction = m_menu->addAction(QString(), this, [this] { m_window.measuresPane()->setOverdueOnly(true); });
    m_overdueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_exampleBankAction = m_menu->addAction(
        QString(), this, [this, navigator] { m_exampleBank->open(*m_window.stores(), navigator->currentPlanId()); });
    m_exampleBankAction->setObjectName(QStringLiteral("exampleBankAction"));
    m_exampleBankAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_assessmentAction = m_menu->addAction(QString(), this, [this, navigator] {
        m_edits->assess(*m_window.stores(), navigator->currentMunicipalityId());
    });
    m_assessmentAction->setObjectName(QStringLiteral("assessmentAction"));
    connect(m_exampleBank, &ExampleBankActions::message, &window, [&window](const QString& text) {
        window.showMessage(text, 10000);
    });
    // Show the plan the copies went to, so that they can be given owners and deadlines.
    connect(m_exampleBank, &ExampleBankActions::copied, this, [navigator](qint64 planId) {
        if (navigator->currentPlanId() != planId)
            navigator->selectPlan(planId);
    });
    m_menu->addSeparator();
    m_menu->addAction(m_paneFocus->nextAction());
    m_menu->addAction(m_paneFocus->previousAction());
    m_menu->addSeparator();
    for (QDockWidget* each : {m_planDock, m_detailsDock, m_attentionDock, m_planCheckDock, m_dashboardDock, m_undoDock})
        m_menu->addAction(each->toggleViewAction());
}

QDockWidget* ViewActions::dock(QWidget* pane, const QString& name, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(&m_window);
    dock->setObjectName(name); // restoreState finds it by this name
    dock->setWidget(pane);
    m_window.addDockWidget(area, dock);
    return dock;
}

void ViewActions::fitScreen(const QSize& available)
{
    if (m_window.minimumSizeHint().width() <= available.width())
        return;
    for (QDockWidget* left : {m_planDock, m_attentionDock, m_planCheckDock}) {
        if (m_window.dockWidgetArea(left) != Qt::RightDockWidgetArea)
            m_window.tabifyDockWidget(m_detailsDock, left);
    }
    m_planDock->raise(); // where a session starts: choosing the plan
    m_window.resize(m_window.size().boundedTo(available));
}

bool ViewActions::showsAllMeasures() const
{
    return m_allMeasuresAction->isChecked();
}

void ViewActions::retranslate()
{
    m_menu->setTitle(tr("&View"));
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
    m_paneFocus->retranslate();
}

void ViewActions::updateActions()
{
    m_exampleBankAction->setEnabled(m_window.workspace() != nullptr);
    m_assessmentAction->setEnabled(m_window.mayEditMunicipality(m_window.navigator()->currentMunicipalityId()));
}
