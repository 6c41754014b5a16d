#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Stores;

// The sample networks and plans shipped with the app (resources/sample). They are marked as sample data, never
// presented as a municipality's real plan. Installing twice adds nothing the second time.
class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)

public:
    // Adds the sample data in one transaction; progress histories end at `today`. On failure nothing is added.
    static bool install(Stores& stores, QString* error, const QDate& today = QDate::currentDate());
};
