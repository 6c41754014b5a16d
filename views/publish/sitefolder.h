#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

// Writes a site's pages into a folder: each file whole or not at all (QSaveFile), pages of an earlier publication
// that are gone now (a deleted measure's) removed. Refuses a folder that holds other things, so that publishing
// never overwrites what is not a site of ours.
class SiteFolder
{
    Q_DECLARE_TR_FUNCTIONS(SiteFolder)

public:
    static bool write(const QString& folder, const QMap<QString, QByteArray>& pages, QString* error);
    // How many web pages a site has (its style sheets not counted).
    static int pageCount(const QMap<QString, QByteArray>& pages);
};
