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

// A copy of the plan's first measure under a title (and lead text) of the test's choosing — markup, say — as a new
// measure of its own; its id, or 0.
inline qint64 addMeasureTitled(Stores& stores, qint64 planId, const QString& title)
{
    const QVector<Measure> measures = stores.measures.list(QStringLiteral("plan_id"), planId);
    if (measures.isEmpty())
        return 0;
    Measure measure = measures.first();
    measure.id = 0;
    measure.uuid.clear();
    measure.code.clear();
    measure.title = title;
    measure.description = title;
    return stores.measures.add(measure).value_or(0);
}

} // namespace testfiles
