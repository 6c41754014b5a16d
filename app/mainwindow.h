#pragma once

#include <QMainWindow>

#include <memory>

class AttentionModel;
class AttentionPane;
class DashboardPane;
class DialogEdits;
class ExampleBankActions;
class TemplateActions;
class ExchangeActions;
class Database;
class MeasureDetailsPane;
class MeasureTableModel;
class MeasuresPane;
class NavigatorModel;
class NavigatorPane;
class NetworkActions;
class NetworkPane;
class HelpActions;
class OutsideChanges;
class PlanCheckModel;
class PlanCheckPane;
class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QMenu;
class QUndoStack;
class QUndoView;
class ReportExport;
class Stores;

// The main window: menus, the navigator dock, the measures table, the undo history. Owns the open Database, its
// stores, item models and undo stack, and swaps them as a whole when another file is opened.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens path (creating it, with sample data for the default file, if it is missing). On failure the current
    // file stays open and the reason is shown (unless quiet).
    bool openFile(const QString& path, bool quiet = false);
    QString filePath() const;
    QString lastError() const { return m_lastError; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // The open file's stores (nullptr before a file is open); the window's panes and commands share them.
    Stores* stores() const { return m_stores.get(); }
    MeasuresPane* measuresPane() const { return m_measuresPane; }
    NavigatorPane* navigator() const { return m_navigator; }
    NetworkPane* networkPane() const { return m_networkPane; }
    NetworkActions* networks() const { return m_networks; }

    // The measures of planId, or every measure of the file for 0.
    void showPlan(qint64 planId);
    // Adds a measure to the shown plan and starts editing its title; returns its id (0 if none was added).
    qint64 addMeasure();
    void deleteSelectedMeasures();
    // Adds a plan to the municipality and starts editing its title; returns its id.
    qint64 addPlan(qint64 municipalityId);
    // Sets the status (or the owner, by id) of every selected measure, as one undoable step.
    void setStatusOfSelected(const QString& statusCode);
    void setOwnerOfSelected(qint64 ownerId);
    // Shows the plan properties dialog and applies what it says (undoable).
    void editPlanProperties(qint64 planId);
    // Adds (grantId 0, to measureId) or edits a grant through its dialog (undoable).
    void editGrant(qint64 grantId, qint64 measureId);
    // Opens the indicator editor of the plan.
    void editIndicators(qint64 planId);
    // Asks for a progress update of the measure and records it (undoable).
    void recordProgress(qint64 measureId);
    // Deletes the plan and all it holds (undoable); asks first unless confirmed is true.
    void deletePlan(qint64 planId, bool confirmed = false);
    // Puts the plans of the backup in place of the open file's (see Backups::restore) and shows them.
    bool restoreBackup(const QString& backupPath);

    // The first-start welcome (also Help → Welcome…); shown without blocking, its choice carried out when it closes.
    void showWelcome();
    // The welcome, unless it was shown before (on this computer, for this user).
    void showWelcomeOnFirstStart();
    // Imports a spreadsheet into a new plan of the municipality (one undoable step each; no empty plan is left when
    // the import fails).
    bool importSpreadsheetAsNewPlan(qint64 municipalityId, const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createDocks();
    void retranslate();
    void makeUndoActions();
    void updateTitle();
    void updateActions();
    qint64 reportPlanId() const;
    void updateHeading();
    // Selects the measure in the table, clearing filters that hide it.
    void showMeasure(qint64 measureId);
    // Opens where a plan check finding about the plan itself is fixed (rule is a PlanCheck::Rule).
    void showPlanFinding(qint64 planId, int rule);
    void openDialog();
    void newDialog();
    void saveCopyDialog();
    void restoreBackupDialog();
    // Reads the file again after another process changed it — at once, or when no dialog or editor is open.
    void takeOutsideChanges();
    void reload();
    void takeWelcomeChoice(int choice, qint64 municipalityId);
    void showError(const QString& message);
    void fillRecentMenu();
    void fillBulkMenus();
    void rememberRecent(const QString& path);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<NavigatorModel> m_navigatorModel;
    std::unique_ptr<MeasureTableModel> m_measureModel;
    std::unique_ptr<AttentionModel> m_attentionModel;
    std::unique_ptr<PlanCheckModel> m_planCheckModel;
    QUndoStack* m_undoStack;
    NavigatorPane* m_navigator;
    MeasuresPane* m_measuresPane;
    QUndoView* m_undoView;
    MeasureDetailsPane* m_details;
    AttentionPane* m_attention;
    PlanCheckPane* m_planCheck;
    DashboardPane* m_dashboard;
    DialogEdits* m_edits;
    ReportExport* m_reports;
    HelpActions* m_help;
    ExchangeActions* m_exchange;
    ExampleBankActions* m_exampleBank;
    TemplateActions* m_templates;
    NetworkPane* m_networkPane;
    NetworkActions* m_networks;
    QStackedWidget* m_central;
    QDockWidget* m_planDock = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    QDockWidget* m_attentionDock = nullptr;
    QDockWidget* m_planCheckDock = nullptr;
    QDockWidget* m_dashboardDock = nullptr;
    QDockWidget* m_undoDock = nullptr;
    QLabel* m_fileLabel;
    QLabel* m_readOnlyBanner;
    OutsideChanges* m_outsideChanges;
    bool m_reloadPending = false;
    QString m_lastError;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_planMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_welcomeAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_restoreBackupAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_addMeasureAction = nullptr;
    QAction* m_deleteMeasuresAction = nullptr;
    QAction* m_recordProgressAction = nullptr;
    QMenu* m_bulkStatusMenu = nullptr;
    QMenu* m_bulkOwnerMenu = nullptr;
    QAction* m_newPlanAction = nullptr;
    QAction* m_newPlanFromTemplateAction = nullptr;
    QAction* m_saveAsTemplateAction = nullptr;
    QAction* m_renamePlanAction = nullptr;
    QAction* m_deletePlanAction = nullptr;
    QAction* m_planPropertiesAction = nullptr;
    QAction* m_indicatorsAction = nullptr;
    QAction* m_allMeasuresAction = nullptr;
    QAction* m_exampleBankAction = nullptr;
    QAction* m_assessmentAction = nullptr;
    QAction* m_overdueAction = nullptr;
    QAction* m_aboutAction = nullptr;
};
