#pragma once

#include <QObject>

class DialogEdits;
class MainWindow;
class QAction;
class QMenu;
class TemplateActions;

// The Plan menu: a new plan (empty or from a template), rename, properties, indicators, save as template, delete.
// Each change is one undo step.
class PlanActions : public QObject
{
    Q_OBJECT

public:
    PlanActions(MainWindow& window, DialogEdits* edits);

    TemplateActions* templates() const { return m_templates; }
    // Adds a plan to the municipality and starts editing its title; returns its id.
    qint64 addPlan(qint64 municipalityId);
    // Deletes the plan and all it holds (undoable); asks first unless confirmed is true.
    void deletePlan(qint64 planId, bool confirmed = false);
    // Shows the plan properties dialog and applies what it says (undoable).
    void editPlanProperties(qint64 planId);
    // Opens the indicator editor of the plan.
    void editIndicators(qint64 planId);
    // Renames the plan (undoable), as typed in the navigator.
    void renamePlan(qint64 planId, const QString& title);
    // Opens where a plan check finding about the plan itself is fixed (rule is a PlanCheck::Rule).
    void fixFinding(qint64 planId, int rule);

    void retranslate();
    void updateActions();

private:
    // The plan the menu's commands act on: the one shown, else the one chosen in the navigator.
    qint64 targetPlanId() const;

    MainWindow& m_window;
    DialogEdits* m_edits;
    TemplateActions* m_templates;
    QMenu* m_menu;
    QAction* m_newPlanAction;
    QAction* m_newPlanFromTemplateAction;
    QAction* m_renamePlanAction;
    QAction* m_planPropertiesAction;
    QAction* m_indicatorsAction;
    QAction* m_saveAsTemplateAction;
    QAction* m_deletePlanAction;
};
