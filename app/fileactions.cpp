#include "fileactions.h"
#include "sitepublishing.h"

#include "backups.h"
#include "connectdialog.h"
#include "database.h"
#include "exchangeactions.h"
#include "mainwindow.h"
#include "plaindialogs.h"
#include "reportexport.h"
#include "restorebackupdialog.h"
#include "serveraddress.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

namespace {
const QString RecentKey = QStringLiteral("files/recent");
constexpr int RecentCount = 8;

QString withSuffix(const QString& path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".handlingsplan") : path;
}
} // namespace

FileActions::FileActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_exchange(new ExchangeActions(
          window.undoStack(), [&window](const QString& e) { window.showError(e); }, &window))
    , m_reports(new ReportExport([&window](const QString& e) { window.showError(e); }, &window))
    , m_publishing(new SitePublishing([&window](const QString& e) { window.showError(e); }, &window))
    , m_menu(window.menuBar()->addMenu(QString()))
{
    m_menu->setObjectName(QStringLiteral("fileMenu"));
    m_newAction = m_menu->addAction(QString(), this, &FileActions::newFile);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_menu->addAction(QString(), this, &FileActions::openFile);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = m_menu->addAction(QString(), this, [this] { connectToServer(); });
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_recentMenu = m_menu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileActions::fillRecentMenu);
    m_saveCopyAction = m_menu->addAction(QString(), this, &FileActions::saveCopy);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_restoreBackupAction = m_menu->addAction(QString(), this, &FileActions::chooseBackup);
    m_restoreBackupAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_menu->addSeparator();
    m_importAction = m_menu->addAction(
        QString(), this, [this] { m_exchange->importDialog(*m_window.stores(), m_window.reportPlanId()); });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = m_menu->addAction(
        QString(), this, [this] { m_exchange->exportDialog(*m_window.stores(), m_window.reportPlanId()); });
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(m_exchange, &ExchangeActions::message, &window, [&window](const QString& text) {
        window.showMessage(text, 10000);
    });
    m_menu->addSeparator();
    m_exportReportAction = m_menu->addAction(
        QString(), this, [this] { m_reports->exportPdf(*m_window.stores(), m_window.reportPlanId()); });
    m_exportReportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_printAction
        = m_menu->addAction(QString(), this, [this] { m_reports->print(*m_window.stores(), m_window.reportPlanId()); });
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_publishAction = m_menu->addAction(
        QString(), this, [this] { m_publishing->publish(*m_window.stores(), m_window.reportPlanId()); });
    m_publishAction->setObjectName(QStringLiteral("publishAction"));
    connect(m_publishing, &SitePublishing::published, &window, [&window](const QString& folder) {
        window.showMessage(tr("Published the plan as a website in “%1”.").arg(QDir::toNativeSeparators(folder)), 8000);
    });
    connect(m_reports, &ReportExport::exported, &window, [&window](const QString& path) {
        window.showMessage(tr("Saved the council report as “%1”.").arg(QDir::toNativeSeparators(path)), 8000);
    });
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString(), &window, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
}

void FileActions::retranslate()
{
    m_menu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New file…"));
    m_newAction->setToolTip(tr("Create a new, empty action-plan file"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open another action-plan file"));
    m_connectAction->setText(tr("Connect to &server…"));
    m_connectAction->setToolTip(
        tr("Work on the plans on your network's server, together with the other municipalities"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_saveCopyAction->setText(tr("Save a &copy…"));
    m_saveCopyAction->setToolTip(tr("Save a consistent copy of the open file, for backup or to share"));
    m_restoreBackupAction->setText(tr("&Restore from backup…"));
    m_restoreBackupAction->setToolTip(tr("Put back the plans as they were in one of the daily backups of this file"));
    m_importAction->setText(tr("&Import measures…"));
    m_importAction->setToolTip(
        tr("Add measures from a spreadsheet saved as CSV (Norwegian or English column names) to the plan shown"));
    m_exportAction->setText(tr("E&xport measures…"));
    m_exportAction->setToolTip(
        tr("Save the plan's measures for Excel (CSV) or its deadlines for a calendar (iCalendar)"));
    m_exportReportAction->setText(tr("&Export council report…"));
    m_exportReportAction->setToolTip(tr("Save the plan's status report for the municipal council as PDF"));
    m_printAction->setText(tr("&Print council report…"));
    m_printAction->setToolTip(tr("Print the plan's status report for the municipal council"));
    m_publishAction->setText(tr("P&ublish as website…"));
    m_publishAction->setToolTip(
        tr("Write the plan as a website for residents: a folder of pages to open from disk or copy to a web server"));
    m_quitAction->setText(tr("&Quit"));
}

void FileActions::updateActions()
{
    const bool open = m_window.workspace() != nullptr;
    const bool hasPlan = open && m_window.reportPlanId() > 0;
    // A server is copied and restored by its owner (pg_dump); its plans leave it through Export.
    const bool onServer = open && m_window.workspace()->db().isServer();
    m_saveCopyAction->setEnabled(open && !onServer);
    m_restoreBackupAction->setEnabled(m_window.isWritable() && !onServer);
    m_importAction->setEnabled(m_window.isWritable()); // a plan file needs no plan; a spreadsheet asks for one
    m_exportAction->setEnabled(hasPlan);
    m_exportReportAction->setEnabled(hasPlan);
    m_printAction->setEnabled(hasPlan);
}

bool FileActions::canImport() const
{
    return m_importAction->isEnabled();
}

QStringList FileActions::recentFiles()
{
    return QSettings().value(RecentKey).toStringList();
}

void FileActions::rememberRecent(const QString& path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(RecentKey, QStringList(recent.mid(0, RecentCount)));
}

void FileActions::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& path : recentFiles()) {
        const bool server = ServerAddress::isServerAddress(path);
        if (!server && !QFileInfo::exists(path))
            continue;
        QAction* action = m_recentMenu->addAction(
            server ? path : QDir::toNativeSeparators(path), this, [this, path] { m_window.openFile(path); });
        action->setEnabled(path != m_window.filePath());
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void FileActions::openFile()
{
    const QString path
        = QFileDialog::getOpenFileName(&m_window,
                                       tr("Open an action-plan file"),
                                       QFileInfo(m_window.filePath()).absolutePath(),
                                       tr("Action-plan files (*.handlingsplan *.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        m_window.openFile(path);
}

bool FileActions::connectToServer(const QString& address, const QString& problem)
{
    // The server the caller names, or the one open now, or the last one in the recent files; never a password from
    // anywhere but the dialog.
    QString start = address;
    for (const QString& candidate : QStringList {m_window.filePath()} + recentFiles()) {
        if (start.isEmpty() && ServerAddress::isServerAddress(candidate))
            start = candidate;
    }
    ServerAddress shown = ServerAddress::parse(start, nullptr).value_or(ServerAddress());
    QString said = problem;
    for (;;) {
        ConnectDialog dialog(shown, said, &m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        shown = dialog.address();
        if (m_window.openFile(shown.display(), true, dialog.password()))
            return true;
        said = m_window.lastError();
    }
}

void FileActions::addServerActions(const QList<QAction*>& actions)
{
    const QList<QAction*> all = m_menu->actions();
    const qsizetype after = all.indexOf(m_connectAction) + 1;
    m_menu->insertActions(after < all.size() ? all.at(after) : nullptr, actions);
}

void FileActions::newFile()
{
    const QString chosen = QFileDialog::getSaveFileName(&m_window,
                                                        tr("New action-plan file"),
                                                        QFileInfo(m_window.filePath()).absolutePath(),
                                                        tr("Action-plan files (*.handlingsplan)"));
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    if (QFileInfo::exists(path)) {
        PlainDialogs::warning(&m_window,
                              tr("Cannot create the file"),
                              tr("“%1” already exists. Open it with File → Open, or choose another name.")
                                  .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_window.openFile(path);
}

void FileActions::saveCopy()
{
    Workspace* workspace = m_window.workspace();
    if (!workspace)
        return;
    const QString chosen = QFileDialog::getSaveFileName(&m_window,
                                                        tr("Save a copy"),
                                                        QFileInfo(m_window.filePath()).absolutePath(),
                                                        tr("Action-plan files (*.handlingsplan)"));
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    if (!workspace->db().saveCopy(path))
        PlainDialogs::warning(&m_window, tr("Cannot save a copy"), workspace->db().errorString());
    else
        m_window.showMessage(tr("Saved a copy as “%1”.").arg(QDir::toNativeSeparators(path)), 5000);
}

void FileActions::chooseBackup()
{
    if (!m_window.workspace())
        return;
    const QString file = m_window.filePath();
    const QVector<Backups::Backup> backups = Backups::list(file);
    if (backups.isEmpty()) {
        PlainDialogs::information(&m_window,
                                  tr("Restore from backup"),
                                  tr("“%1” has no backups yet. A backup is saved the first time the file is opened "
                                     "each day, and before every upgrade.")
                                      .arg(QFileInfo(file).fileName()));
        return;
    }
    RestoreBackupDialog dialog(file, backups, &m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        restoreBackup(dialog.chosenPath());
}

bool FileActions::restoreBackup(const QString& backupPath)
{
    QString error;
    Workspace* workspace = m_window.workspace();
    if (!workspace || !Backups::restore(workspace->db(), backupPath, &error)) {
        m_window.showError(error);
        PlainDialogs::warning(&m_window, tr("Cannot restore the backup"), error);
        return false;
    }
    m_window.reload();
    m_window.showMessage(tr("Restored the backup. The plans as they were just before are in a new backup: "
                            "restore that one to go back."),
                         15000);
    return true;
}
