#pragma once

#include <QMainWindow>

#include <memory>

class Database;
class PlanListModel;
class PlanListPane;
class QAction;
class QLabel;
class QMenu;
class Stores;

// The main window: menus and the panes over the open file. Owns the open Database, its stores and item models, and
// swaps them as a whole when another file is opened.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens path (creating it, with sample data for the default file, if it is missing). On failure the current
    // file stays open and the reason is shown.
    bool openFile(const QString& path, bool quiet = false);
    QString filePath() const;
    QString lastError() const { return m_lastError; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void retranslate();
    void updateTitle();
    void openDialog();
    void newDialog();
    void saveCopyDialog();
    void about();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<PlanListModel> m_planModel;
    PlanListPane* m_planPane;
    QLabel* m_fileLabel;
    QString m_lastError;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};
