#include "sitepublishing.h"

#include "lastfolder.h"
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
    const QString suggested
        = QDir(lastFolder(QStringLiteral("publish/folder"))).filePath(safeFileName(plan->title) + tr(" – website"));
    PublishDialog dialog(plan->title, suggested, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PublishOptions options;
    options.language = dialog.language();
    options.includeInternal = dialog.includeInternal();
    QString error;
    const std::optional<QMap<QString, QByteArray>> pages = PlanSite::build(stores, planId, options, &error);
    if (!pages || !SiteFolder::write(dialog.folder(), *pages, &error)) {
        m_onError(error);
        return;
    }
    QSettings().setValue(QStringLiteral("publish/folder"), QFileInfo(dialog.folder()).absolutePath());
    emit published(dialog.folder());

    QMessageBox done(QMessageBox::Information,
                     tr("Published"),
                     tr("The plan is published as %n page(s) in “%1”.", nullptr, SiteFolder::pageCount(*pages))
                         .arg(QDir::toNativeSeparators(dialog.folder())),
                     QMessageBox::Close,
                     m_parent);
    done.setTextFormat(Qt::PlainText); // the folder's name is the user's
    QPushButton* open = done.addButton(tr("&Open in the browser"), QMessageBox::ActionRole);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(dialog.folder()).filePath(QStringLiteral("index.html"))));
}
