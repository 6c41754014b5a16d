#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class QRandomGenerator;
class Stores;

// A generated file at national scale: the plans a county (statsforvalter) or a network coordinator would hold, for
// the benchmarks (tests/benchmarks) and for trying the app at that size. Every municipality (or the first n of the
// reference list) gets one to three plans of different kinds sharing its measures, owners and focus areas, indicators
// with yearly values, and a progress history per measure, with text lengths, owners and deadline granularities like
// real plans'. Everything is marked as sample data, never shown as a municipality's real plan. The same options
// give the same file: texts, UUIDs and dates come from the seed (dates count back from Options::today, not the clock).
class NationalData
{
    Q_DECLARE_TR_FUNCTIONS(NationalData)

public:
    struct Options
    {
        int municipalities = 357; // the first n of the reference list
        int measures = 60; // per municipality, over its plans (the main plan gets most)
        int updates = 5; // progress updates per measure, on average
        quint32 seed = 1;
        QDate today = QDate(2026, 6, 30);
    };

    struct Counts
    {
        int municipalities = 0;
        int plans = 0;
        int measures = 0;
        int updates = 0;
        int indicators = 0;
        int indicatorValues = 0;
    };

    // Fills the stores' file, in one transaction; refuses a file that holds plans already (generated plans must never
    // mix with real ones). On failure nothing is added.
    static std::optional<Counts> generate(Stores& stores, const Options& options, QString* error);

    // Adds one plan of measureCount measures to the municipality, in one transaction (the benchmarks' large plan).
    static std::optional<qint64> addPlan(Stores& stores,
                                         qint64 municipalityId,
                                         int measureCount,
                                         const Options& options,
                                         QString* error,
                                         Counts* counts = nullptr);
};
