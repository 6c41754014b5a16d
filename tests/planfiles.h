#pragma once

// Action-plan files for tests that need one on disk: the municipalities and one empty plan of Fredrikstad, made
// through the real DataFile and stores.

#include "database.h"
#include "datafile.h"
#include "stores.h"

#include <QString>

namespace planfiles {

// Creates PATH; returns the plan's id. A file that cannot be made ends the test run: nothing after it would mean
// anything.
inline qint64 makeFileWithOnePlan(const QString& path)
{
    Database db;
    QString error;
    if (!DataFile::openOrCreate(db, path, false, &error))
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error));
    Stores stores(db);
    Plan plan;
    plan.municipalityId = stores.municipalities.byNumber(QStringLiteral("3107"))->id;
    plan.title = QStringLiteral("Plastsmart Fredrikstad");
    const std::optional<qint64> id = stores.plans.add(plan);
    if (!id)
        qFatal("cannot add a plan to %s: %s", qPrintable(path), qPrintable(stores.plans.errorString()));
    return *id;
}

// Adds count measures (codes 1.1, 1.2, …, each with a 400-character description and a deadline) to the plan, so that
// the file spans many pages and an export of it is some kilobytes.
inline void addMeasures(const QString& path, qint64 planId, int count)
{
    Database db;
    if (!db.open(path))
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.errorString()));
    Stores stores(db);
    for (int i = 1; i <= count; ++i) {
        Measure measure;
        measure.planId = planId;
        measure.code = QStringLiteral("1.%1").arg(i);
        measure.title = QStringLiteral("Tiltak %1 mot plastavfall i strandsonen").arg(i);
        measure.description = QString(400, QLatin1Char('x'));
        measure.deadlineText = QStringLiteral("2027-06-30");
        if (!stores.measures.add(measure))
            qFatal("cannot add a measure to %s: %s", qPrintable(path), qPrintable(stores.measures.errorString()));
    }
}

} // namespace planfiles
