#include "datafile.h"

#include "backups.h"
#include "database.h"
#include "sampledata.h"
#include "serveraddress.h"
#include "stores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

QString DataFile::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(folder).filePath(QStringLiteral("actionplans.handlingsplan"));
    // Version 0.1 had no organisation name and kept the file in …/share/actionplans/; a file found there is the
    // adviser's, so it stays the default until there is one in the new place.
    const QString legacy = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                               .filePath(QStringLiteral("actionplans/actionplans.handlingsplan"));
    return !QFileInfo::exists(path) && QFileInfo::exists(legacy) ? legacy : path;
}

bool DataFile::openOrCreate(Database& db, const QString& path, bool withSampleData, QString* error, QString* warning)
{
    if (ServerAddress::isServerAddress(path)) { // not a file name: never create a file called "postgresql:…"
        *error = tr("“%1” is a server. This version can set a server up (actionplans --db ADDRESS server init) but "
                    "not yet open one; open a file.")
                     .arg(path);
        return false;
    }
    if (QFileInfo::exists(path)) {
        if (!db.open(path)) {
            *error = db.errorString();
            return false;
        }
        // A failed backup must not keep anyone from their plans: the file is open, the caller says why.
        QString backupError;
        if (!Backups::saveDailyIfDue(db, QDate::currentDate(), &backupError) && warning)
            *warning = backupError;
        return true;
    }
    if (!db.create(path)) {
        *error = db.errorString();
        return false;
    }
    bool ok = true;
    {
        Stores stores(db);
        if (!stores.municipalities.addReferenceList()) {
            *error = stores.municipalities.errorString();
            ok = false;
        } else if (withSampleData
                   && !SampleData::install(stores, error, QDate::currentDate(), SampleData::languageFor(QLocale()))) {
            ok = false;
        }
    }
    if (!ok) {
        const QString created = db.filePath();
        db.close();
        QFile::remove(created);
    }
    return ok;
}
