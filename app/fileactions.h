#pragma once

#include <QObject>

class ExchangeActions;
class MainWindow;
class QAction;
class QMenu;
class ReportExport;
class SitePublishing;

// The File menu: new, open, connect to a server, recent, save a copy, restore from backup; measures in and out; the
// council report as PDF and on paper; quit. Owns the import/export and report actions it offers.
class FileActions : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(MainWindow& window);

    ExchangeActions* exchange() const { return m_exchange; }
    ReportExport* reports() const { return m_reports; }
    // Puts the plans of the backup in place of the open file's (see Backups::restore) and shows them.
    bool restoreBackup(const QString& backupPath);
    // The paths of files opened before, newest first (at most eight).
    static QStringList recentFiles();
    static void rememberRecent(const QString& path);
    // File › Connect to server…: asks where and as whom (starting from address, or the last server), and connects,
    // asking again with the reason for as long as it fails and the user does not cancel.
    bool connectToServer(const QString& address = QString(), const QString& problem = QString());

    // Puts actions that work with a server (File › Work offline…, Sync now) after Connect to server.
    void addServerActions(const QList<QAction*>& actions);

    bool canImport() const;
    void retranslate();
    void updateActions();

private:
    void newFile();
    void openFile();
    void saveCopy();
    void chooseBackup();
    void fillRecentMenu();

    MainWindow& m_window;
    ExchangeActions* m_exchange;
    ReportExport* m_reports;
    SitePublishing* m_publishing;
    QMenu* m_menu;
    QMenu* m_recentMenu;
    QAction* m_newAction;
    QAction* m_openAction;
    QAction* m_connectAction;
    QAction* m_saveCopyAction;
    QAction* m_restoreBackupAction;
    QAction* m_importAction;
    QAction* m_exportAction;
    QAction* m_exportReportAction;
    QAction* m_printAction;
    QAction* m_publishAction;
    QAction* m_quitAction;
};
