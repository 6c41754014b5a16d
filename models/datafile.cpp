#include "datafile.h"

#include "database.h"
#include "sampledata.h"
#include "stores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

QString DataFile::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("actionplans.handlingsplan"));
}

bool DataFile::openOrCreate(Database& db, const QString& path, bool withSampleData, QString* error)
{
    if (QFileInfo::exists(path)) {
        if (db.open(path))
            return true;
        *error = db.errorString();
        return false;
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
