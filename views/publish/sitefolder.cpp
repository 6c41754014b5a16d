#include "sitefolder.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace {
// The names PlanSite gives its pages: only these are ever removed.
const QRegularExpression
    OwnPage(QStringLiteral("^(index|measures|indicators|accessibility|(measure|area|status)-[a-z0-9-]+)"
                           "\\.html$|^style\\.css$"));
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
        QSaveFile file(dir.filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
            if (error)
                *error = tr("Cannot write “%1”: %2")
                             .arg(QDir::toNativeSeparators(dir.filePath(it.key())), file.errorString());
            return false;
        }
    }
    for (const QString& name : dir.entryList(QDir::Files)) {
        if (!pages.contains(name) && OwnPage.match(name).hasMatch())
            dir.remove(name);
    }
    return true;
}
