#pragma once

#include <QMainWindow>

#include <memory>

class Announcer;
class AttentionPane;
class ConflictResolver;
class DashboardPane;
class DialogEdits;
class EditActions;
class FileActions;
class FileStatus;
class HelpActions;
class MeasureDetailsPane;
class MeasuresPane;
class NavigatorPane;
class NetworkActions;
class NetworkPane;
class OfflineActions;
class OutsideReload;
class PlanActions;
class PlanCheckPane;
class QStackedWidget;
class QUndoStack;
class QUndoView;
class SettingsActions;
class Stores;
class ViewActions;
class WelcomeFlow;
class Workspace;

// The main window: assembles the panes, the docks and the menus (each menu's actions a class of their own), holds the
// open file as a Workspace and swaps it whole when another file is opened. The parts reach each other through it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens path (creating it, with sample data for the default file, if it is missing), or connects to the server
    // path names (see ServerAddress) with password, if given. On failure the current file stays open and the reason
    // is shown (unless quiet); for a server, in the Connect dialog, to try again.
    bool openFile(const QString& path, bool quiet = false, const QString& password = QString());
    // Reads the open file again (after a restore, or another process's change), keeping the plan and measure shown.
    void reload();
    QString filePath() const;
    QString lastError() const { return m_lastError; }
    // The open file (nullptr before one is open), and its stores; the window's parts share them.
    Workspace* workspace() const { return m_workspace.get(); }
    Stores* stores() const;
    // A file is open and may be changed.
    bool isWritable() const;
    // Whether this user may change the plan, the measure's plan, or the municipality's plans: a writable file, or on
    // a network's server what its rules allow (see Database::mayEditMunicipality).
    bool mayEditPlan(qint64 planId) const;
    bool mayEditMeasure(qint64 measureId) const;
    bool mayEditMunicipality(qint64 municipalityId) const;
    QUndoStack* undoStack() const { return m_undoStack; }

    MeasuresPane* measuresPane() const { return m_measuresPane; }
    NavigatorPane* navigator() const { return m_navigator; }
    NetworkPane* networkPane() const { return m_networkPane; }
    NetworkActions* networks() const { return m_networks; }
    FileActions* fileActions() const { return m_fileActions; }
    OfflineActions* offline() const { return m_offline; }
    EditActions* editActions() const { return m_editActions; }
    PlanActions* planActions() const { return m_planActions; }
    ViewActions* viewActions() const { return m_viewActions; }
    SettingsActions* settingsActions() const { return m_settingsActions; }
    WelcomeFlow* welcome() const { return m_welcome; }

    // The measures of planId, or every measure of the file for 0, or none for -1.
    void showPlan(qint64 planId);
    // The plan the table shows: its id, 0 for all measures, -1 for none.
    qint64 shownPlanId() const;
    // The plan reports and exports are about: the one shown, or in "All measures" the one chosen in the navigator.
    qint64 reportPlanId() const;
    // Asks for a progress update of the measure and records it (undoable).
    void recordProgress(qint64 measureId);
    // An edit that failed, or a warning: in the status bar, and kept for lastError().
    void showError(const QString& message);
    void showMessage(const QString& text, int milliseconds);
    void updateActions();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void connectPanes();
    void detachViews();
    void attachViews();
    // Shows what opened holds in place of the open file's plans; warning (a failed backup) goes to the status bar.
    void showWorkspace(std::unique_ptr<Workspace> opened, const QString& warning);
    void retranslate();
    void updateHeading();
    // Selects the measure in the table, clearing filters that hide it.
    void showMeasure(qint64 measureId);

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack* m_undoStack;
    NavigatorPane* m_navigator;
    MeasuresPane* m_measuresPane;
    QUndoView* m_undoView;
    MeasureDetailsPane* m_details;
    AttentionPane* m_attention;
    PlanCheckPane* m_planCheck;
    DashboardPane* m_dashboard;
    NetworkPane* m_networkPane;
    QStackedWidget* m_central;
    FileStatus* m_fileStatus;
    OutsideReload* m_outsideReload;
    ConflictResolver* m_conflicts;
    DialogEdits* m_edits;
    NetworkActions* m_networks;
    FileActions* m_fileActions = nullptr;
    EditActions* m_editActions = nullptr;
    PlanActions* m_planActions = nullptr;
    ViewActions* m_viewActions = nullptr;
    SettingsActions* m_settingsActions = nullptr;
    HelpActions* m_help = nullptr;
    OfflineActions* m_offline = nullptr;
    WelcomeFlow* m_welcome = nullptr;
    QString m_lastError;
    Announcer* m_announcer;
};
