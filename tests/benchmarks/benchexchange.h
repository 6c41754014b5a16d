#pragma once

// bench_national's steps that go through files and the command line: the council PDF (7), the CSV imports beside
// sqlite3's .import (8) and the plan-file round trip (9). See tests/benchmarks/README.md.

#include "benchsupport.h"

#include <QString>
#include <QVector>

class Stores;

namespace bench {

// What the exchange steps need of the rest of the run.
struct ExchangeContext
{
    Scale scale;
    QString folder;
    QString file; // the generated national file
    Stores* stores = nullptr; // open on it
    qint64 typicalPlan = 0;
    qint64 typicalMunicipality = 0;
    qint64 largePlan = 0;
    QVector<qint64> allPlans;
};

class ExchangeSteps
{
public:
    ExchangeSteps(const ExchangeContext& context, Results* results)
        : m_context(context)
        , m_results(results)
    {
    }

    bool councilReports();
    bool csvImports();
    bool planFileRoundTrip();
    QString failure() const { return m_failure; }

private:
    enum class CsvKind { LongTexts, ShortCells };
    bool fail(const QString& message)
    {
        m_failure = message;
        return false;
    }
    bool csvImport(CsvKind kind);
    bool writeCsv(const QString& path, CsvKind kind, int rows);
    QString folderFile(const QString& name) const;

    ExchangeContext m_context;
    Results* m_results;
    QString m_failure;
};

} // namespace bench
