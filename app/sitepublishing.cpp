#include "sitepublishing.h"

#include "lastfolder.h"
#include "networksite.h"
#include "plansite.h"
#include "publishdialog.h"
#include "sitefolder.h"
#include "stores.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

SitePublishing::SitePublishing(ErrorHandler onError, QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
    , m_onError(std::move(onError))
{
}

void SitePublishing::publish(Stores& stores, qint64 planId)
{
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan) {
        m_onError(tr("Choose a plan first."));
        return;
    }
    publishSite(plan->title, [&stores, planId](const PublishOptions& options, QString* error) {
        return PlanSite::build(stores, planId, options, error);
    });
}

void SitePublishing::publishNetwork(Stores& stores, qint64 networkId)
{
    const std::optional<Network> network = stores.networks.get(networkId);
    if (!network) {
        m_onError(tr("Choose a network first."));
        return;
    }
    publishSite(network->name, [&stores, networkId](const PublishOptions& options, QString* error) {
        return NetworkSite::build(stores, networkId, options, error);
    });
}

void SitePublishing::publishSite(const QString& title, const Build& build)
{
    const QString suggested
        = QDir(lastFolder(QStringLiteral("publish/folder"))).filePath(safeFileName(title) + tr(" – website"));
    PublishDialog dialog(title, suggested, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PublishOptions options;
    options.language = dialog.language();
    options.includeInternal = dialog.includeInternal();
    QString error;
    const std::optional<QMap<QString, QByteArray>> pages = build(options, &error);
    if (!pages || !SiteFolder::write(dialog.folder(), *pages, &error)) {
        m_onError(error);
        return;
    }
    QSettings().setValue(QStringLiteral("publish/folder"), QFileInfo(dialog.folder()).absolutePath());
    emit published(dialog.folder());

    QMessageBox done(QMessageBox::Information,
                     tr("Published"),
                     tr("Published %n page(s) in “%1”.", nullptr, SiteFolder::pageCount(*pages))
                         .arg(QDir::toNativeSeparators(dialog.folder())),
                     QMessageBox::Close,
                     m_parent);
    done.setTextFormat(Qt::PlainText); // the folder's name is the user's
    QPushButton* open = done.addButton(tr("&Open in the browser"), QMessageBox::ActionRole);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(dialog.folder()).filePath(QStringLiteral("index.html"))));
}
