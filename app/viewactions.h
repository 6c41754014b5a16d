#pragma once

#include <QObject>
#include <QVector>

class DialogEdits;
class ExampleBankActions;
class MainWindow;
class PaneFocus;
class QAction;
class QDockWidget;
class QMenu;
class QWidget;

// The panes around the measures table, each in a dock the user can move, close and bring back.
struct DockedPanes
{
    QWidget* navigator;
    QWidget* details;
    QWidget* dashboard;
    QWidget* attention;
    QWidget* planCheck;
    QWidget* undoHistory;
};

// The View menu and the docks it shows and hides: all measures or one plan, overdue only, the example bank, the
// circular self-assessment; F6 and Shift+F6 from pane to pane.
class ViewActions : public QObject
{
    Q_OBJECT

public:
    ViewActions(MainWindow& window, DialogEdits* edits, const DockedPanes& panes);

    ExampleBankActions* exampleBank() const { return m_exampleBank; }
    // Whether View → All measures is on: the table shows every plan's measures.
    bool showsAllMeasures() const;

    void retranslate();
    void updateActions();
    // On a screen too narrow for panes on both sides of the measures (large text, a small laptop), gathers the left
    // panes as tabs beside the measure details, so that the window fits the screen.
    void fitScreen(const QSize& available);

private:
    QDockWidget* dock(QWidget* pane, const QString& name, Qt::DockWidgetArea area);

    MainWindow& m_window;
    DialogEdits* m_edits;
    ExampleBankActions* m_exampleBank;
    QDockWidget* m_planDock;
    QDockWidget* m_detailsDock;
    QDockWidget* m_dashboardDock;
    QDockWidget* m_attentionDock;
    QDockWidget* m_planCheckDock;
    QDockWidget* m_undoDock;
    QMenu* m_menu;
    QAction* m_allMeasuresAction;
    QAction* m_overdueAction;
    QAction* m_exampleBankAction;
    QAction* m_assessmentAction;
    PaneFocus* m_paneFocus;
};
