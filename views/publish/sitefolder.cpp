#include "sitefolder.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace {
// The names PlanSite gives its pages: only these are ever removed.
const QRegularExpression
    OwnPage(QStringLiteral("^(index|measures|indicators|accessibility|(measure|area|status)-[a-z0-9-]+)"
                           "\\.html$|^style\\.css$|^plan-\\d+$")); // plan-ID: a member's plan in a network's site
// Pages of ours that the new publication no longer has (a deleted measure's, a member plan gone), folder by folder.
void removeGone(const QDir& root, const QString& prefix, const QMap<QString, QByteArray>& pages)
{
    const QDir dir(root.filePath(prefix));
    for (const QFileInfo& entry : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        const QString name = prefix.isEmpty() ? entry.fileName() : prefix + QLatin1Char('/') + entry.fileName();
        if (!OwnPage.match(entry.fileName()).hasMatch())
            continue;
        if (entry.isDir()) {
            removeGone(root, name, pages);
            QDir(root).rmdir(name); // only when it was left empty
        } else if (!pages.contains(name)) {
            QFile::remove(entry.filePath());
        }
    }
}

} // namespace

bool SiteFolder::write(const QString& folder, const QMap<QString, QByteArray>& pages, QString* error)
{
    QDir dir(folder);
    if (dir.exists()) {
        const QStringList present = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        const bool ours = present.isEmpty() || present.contains(QStringLiteral("index.html"));
        const bool onlyOurs = std::all_of(
            present.begin(), present.end(), [](const QString& name) { return OwnPage.match(name).hasMatch(); });
        if (!ours || !onlyOurs) {
            if (error)
                *error = tr("The folder “%1” holds other files. Choose an empty folder, or the folder of an earlier "
                            "publication of a plan.")
                             .arg(QDir::toNativeSeparators(folder));
            return false;
        }
    } else if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot make the folder “%1”.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    for (auto it = pages.begin(); it != pages.end(); ++it) {
        if (!QDir().mkpath(QFileInfo(dir.filePath(it.key())).path())) {
            if (error)
                *error = tr("Cannot make the folder “%1”.")
                             .arg(QDir::toNativeSeparators(QFileInfo(dir.filePath(it.key())).path()));
            return false;
        }
        QSaveFile file(dir.filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
            if (error)
                *error = tr("Cannot write “%1”: %2")
                             .arg(QDir::toNativeSeparators(dir.filePath(it.key())), file.errorString());
            return false;
        }
    }
    removeGone(dir, QString(), pages);
    return true;
}

int SiteFolder::pageCount(const QMap<QString, QByteArray>& pages)
{
    const QStringList names = pages.keys();
    return int(std::count_if(
        names.begin(), names.end(), [](const QString& name) { return name.endsWith(QLatin1String(".html")); }));
}
