#include "planactions.h"

#include "dialogedits.h"
#include "editactions.h"
#include "entitycommands.h"
#include "mainwindow.h"
#include "measurecommands.h"
#include "measurespane.h"
#include "navigatorpane.h"
#include "plaindialogs.h"
#include "plancheck.h"
#include "stores.h"
#include "templateactions.h"

#include <QAction>
#include <QDate>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

PlanActions::PlanActions(MainWindow& window, DialogEdits* edits)
    : QObject(&window)
    , m_window(window)
    , m_edits(edits)
    , m_templates(new TemplateActions(
          window.undoStack(), [&window](const QString& e) { window.showError(e); }, &window))
    , m_menu(window.menuBar()->addMenu(QString()))
{
    NavigatorPane* navigator = window.navigator();
    m_menu->setObjectName(QStringLiteral("planMenu"));
    m_newPlanAction
        = m_menu->addAction(QString(), this, [this, navigator] { addPlan(navigator->currentMunicipalityId()); });
    m_newPlanAction->setObjectName(QStringLiteral("newPlanAction"));
    m_newPlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_newPlanFromTemplateAction = m_menu->addAction(QString(), this, [this, navigator] {
        if (const qint64 id = m_templates->newPlan(*m_window.stores(), navigator->currentMunicipalityId()); id > 0)
            navigator->selectPlan(id);
    });
    m_newPlanFromTemplateAction->setObjectName(QStringLiteral("newPlanFromTemplateAction"));
    m_newPlanFromTemplateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    connect(m_templates, &TemplateActions::message, &window, [&window](const QString& text) {
        window.showMessage(text, 10000);
    });
    m_renamePlanAction
        = m_menu->addAction(QString(), this, [navigator] { navigator->editPlanTitle(navigator->currentPlanId()); });
    m_renamePlanAction->setShortcut(QKeySequence(Qt::Key_F2));
    // F2 renames in the navigator only: in the measures table it edits the cell.
    m_renamePlanAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    navigator->addAction(m_renamePlanAction);
    m_planPropertiesAction = m_menu->addAction(QString(), this, [this] { editPlanProperties(targetPlanId()); });
    m_planPropertiesAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_indicatorsAction = m_menu->addAction(QString(), this, [this] { editIndicators(targetPlanId()); });
    m_indicatorsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    m_saveAsTemplateAction = m_menu->addAction(
        QString(), this, [this] { m_templates->saveAsTemplate(*m_window.stores(), m_window.reportPlanId()); });
    m_saveAsTemplateAction->setObjectName(QStringLiteral("saveAsTemplateAction"));
    m_menu->addSeparator();
    m_deletePlanAction
        = m_menu->addAction(QString(), this, [this, navigator] { deletePlan(navigator->currentPlanId()); });
    m_deletePlanAction->setObjectName(QStringLiteral("deletePlanAction"));
}

void PlanActions::retranslate()
{
    m_menu->setTitle(tr("&Plan"));
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
}

void PlanActions::updateActions()
{
    const bool municipality = m_window.mayEditMunicipality(m_window.navigator()->currentMunicipalityId());
    const bool chosenPlan = m_window.mayEditPlan(m_window.navigator()->currentPlanId());
    m_newPlanAction->setEnabled(municipality);
    m_newPlanFromTemplateAction->setEnabled(municipality);
    m_saveAsTemplateAction->setEnabled(m_window.workspace() && m_window.reportPlanId() > 0);
    m_renamePlanAction->setEnabled(chosenPlan);
    m_planPropertiesAction->setEnabled(m_window.mayEditPlan(targetPlanId()));
    m_indicatorsAction->setEnabled(m_window.mayEditPlan(targetPlanId()));
    m_deletePlanAction->setEnabled(chosenPlan);
}

qint64 PlanActions::targetPlanId() const
{
    return m_window.shownPlanId() > 0 ? m_window.shownPlanId() : m_window.navigator()->currentPlanId();
}

qint64 PlanActions::addPlan(qint64 municipalityId)
{
    Stores* stores = m_window.stores();
    if (!stores || municipalityId <= 0)
        return 0;
    Plan plan;
    plan.municipalityId = municipalityId;
    plan.title = tr("New action plan");
    plan.periodFrom = QDate::currentDate().year();
    plan.periodTo = plan.periodFrom + 3;
    auto* command = Commands::addPlan(*stores, plan, [this](const QString& e) { m_window.showError(e); });
    m_window.undoStack()->push(command);
    const qint64 id = stores->plans.get(command->valueId()) ? command->valueId() : 0;
    if (id > 0)
        m_window.navigator()->editPlanTitle(id);
    return id;
}

void PlanActions::deletePlan(qint64 planId, bool confirmed)
{
    Stores* stores = m_window.stores();
    const std::optional<Plan> plan = stores ? stores->plans.get(planId) : std::nullopt;
    if (!plan)
        return;
    const int measures = int(stores->measures.list(QStringLiteral("plan_id"), planId).size());
    if (!confirmed
        && PlainDialogs::question(&m_window,
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
    if (m_window.shownPlanId() == planId)
        m_window.showPlan(-1);
    m_window.undoStack()->push(
        new RemovePlanCommand(*stores, planId, [this](const QString& e) { m_window.showError(e); }));
}

void PlanActions::editPlanProperties(qint64 planId)
{
    if (Stores* stores = m_window.stores(); stores && m_edits->editPlanProperties(*stores, planId))
        m_window.measuresPane()->refreshChoices(); // focus areas and owners may have changed
}

void PlanActions::editIndicators(qint64 planId)
{
    if (Stores* stores = m_window.stores())
        m_edits->editIndicators(*stores, planId);
}

void PlanActions::renamePlan(qint64 planId, const QString& title)
{
    Stores* stores = m_window.stores();
    const std::optional<Plan> before = stores ? stores->plans.get(planId) : std::nullopt;
    if (!before)
        return;
    Plan after = *before;
    after.title = title;
    m_window.undoStack()->push(
        Commands::editPlan(*stores, *before, after, [this](const QString& e) { m_window.showError(e); }));
}

void PlanActions::fixFinding(qint64 planId, int rule)
{
    switch (rule) {
    case PlanCheck::HasMeasures:
        m_window.editActions()->addMeasure();
        break;
    case PlanCheck::IndicatorTargets:
        editIndicators(planId);
        break;
    default: // the period and the adoption date are plan properties
        editPlanProperties(planId);
        break;
    }
}
