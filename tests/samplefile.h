#pragma once

// For model tests that work on the sample data: a new action-plan file with the sample networks and plans installed
// as of a given day, its database and stores; and closing and removing it again.

#include "database.h"
#include "datafile.h"
#include "sampledata.h"
#include "stores.h"

#include <QDate>
#include <QFile>

#include <memory>

namespace testfiles {

inline bool openSample(const QString& path,
                       const QDate& today,
                       std::unique_ptr<Database>& db,
                       std::unique_ptr<Stores>& stores,
                       QString* error)
{
    db = std::make_unique<Database>();
    if (!DataFile::openOrCreate(*db, path, false, error))
        return false;
    stores = std::make_unique<Stores>(*db);
    return SampleData::install(*stores, error, today);
}

inline void closeSample(const QString& path, std::unique_ptr<Database>& db, std::unique_ptr<Stores>& stores)
{
    stores.reset();
    db.reset();
    QFile::remove(path);
}

} // namespace testfiles
