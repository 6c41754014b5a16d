#include "filestatus.h"

#include "elidedlabel.h"
#include "offlinecopy.h"
#include "serveraddress.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

FileStatus::FileStatus(QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_banner(new QLabel(window))
    , m_fileLabel(new ElidedLabel(window))
{
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #3b2f00; border: 1px solid #e0c200; padding: 6px;"));
    m_banner->hide();
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    window->statusBar()->addPermanentWidget(m_fileLabel); // on the right, leaving room for messages
}

QWidget* FileStatus::banner() const
{
    return m_banner;
}

void FileStatus::show(const Workspace* workspace)
{
    m_banner->setVisible(workspace && workspace->isReadOnly());
    if (!workspace) {
        m_window->setWindowTitle(tr("Action Plans"));
        m_fileLabel->setFullText(tr("No file is open."));
        return;
    }
    const QString path = QDir::toNativeSeparators(workspace->filePath());
    if (ServerAddress::isServerAddress(workspace->filePath())) {
        // A server: which database on which machine, and as whom the server knows the user.
        const ServerAddress server = ServerAddress::parse(workspace->filePath(), nullptr).value_or(ServerAddress());
        const QString host
            = server.host.isEmpty() || server.host.startsWith(QLatin1Char('/')) ? tr("this computer") : server.host;
        m_window->setWindowTitle(tr("%1 on %2 – Action Plans").arg(server.database, host));
        m_fileLabel->setFullText(tr("Server: %1, as %2").arg(workspace->filePath(), server.user));
        return;
    }
    const QString name = QFileInfo(workspace->filePath()).fileName();
    m_banner->setText(tr("“%1” is open read-only: you can read, filter, export and print its plans, but not change "
                         "them. To edit, ask for write access to the file and its folder, or save a copy (File → Save "
                         "a copy…) and open that.")
                          .arg(path));
    const bool copy = OfflineCopy::originOf(workspace->db()).has_value();
    m_window->setWindowTitle(workspace->isReadOnly() ? tr("%1 (read-only) – Action Plans").arg(name)
                                 : copy              ? tr("%1 (offline copy) – Action Plans").arg(name)
                                                     : tr("%1 – Action Plans").arg(name));
    m_fileLabel->setFullText(workspace->isReadOnly() ? tr("%1 (read-only: changes cannot be saved)").arg(path) : path);
}
