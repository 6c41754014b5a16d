#pragma once

#include <QObject>

class MainWindow;
class TemplateActions;
class ExchangeActions;

// The first-start welcome (also Help → Welcome…): look around the sample plans, start a plan from a template, or
// bring in a spreadsheet as a new plan. Shown without blocking; the choice is carried out when it closes.
class WelcomeFlow : public QObject
{
    Q_OBJECT

public:
    WelcomeFlow(MainWindow& window, TemplateActions* templates, ExchangeActions* exchange);

    void show();
    // The welcome, unless it was shown before (on this computer, for this user).
    void showOnFirstStart();
    // Imports a spreadsheet into a new plan of the municipality (one undoable step each; no empty plan is left when
    // the import fails).
    bool importSpreadsheetAsNewPlan(qint64 municipalityId, const QString& path);

private:
    void take(int choice, qint64 municipalityId);

    MainWindow& m_window;
    TemplateActions* m_templates;
    ExchangeActions* m_exchange;
};
