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
    if (ServerAddress::isServerAddress(path)) // not a file name: never create a file called "postgresql:…"
        return connectToServer(db, path, QString(), error);
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

bool DataFile::connectToServer(Database& db, const QString& address, const QString& password, QString* error)
{
    std::optional<ServerAddress> parsed = ServerAddress::parse(address, error);
    if (!parsed)
        return false;
    if (!password.isEmpty())
        parsed->password = password;
    if (!db.connectToServer(*parsed)) {
        *error = db.errorString();
        return false;
    }
    return true;
}
