#pragma once

// The plan file (.json): one or more plans with their focus areas, owners, measures, progress histories and
// indicators, as networks pass them between municipalities. The format is documented, with a JSON Schema, in
// resources/planfile/. Plans, measures and indicators carry their UUIDs, so importing a file again updates what it
// imported before instead of duplicating it. Writing is deterministic: export → import into an empty file → export
// gives the same bytes.

#include "csvreader.h"
#include "entities.h"

#include <QCoreApplication>

class ImportPlanFileCommand;
class Stores;

class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    static constexpr int Version = 1;
    static QString formatName() { return QStringLiteral("actionplans-plan"); }

    // A plan file's content, checked and ready to write into a database.
    struct MeasureData
    {
        Measure measure;
        QString focusArea;
        QString owner;
        QString ownerUnit; // only where two of the municipality's owners share the name
        QString indicator; // the uuid of the plan's indicator the measure moves, if any
        QVector<ProgressUpdate> updates;
    };
    struct IndicatorData
    {
        Indicator indicator;
        QVector<IndicatorValue> values;
    };
    struct PlanData
    {
        Plan plan;
        QString municipalityNumber;
        QVector<FocusArea> focusAreas;
        QVector<Owner> owners;
        QVector<MeasureData> measures;
        QVector<IndicatorData> indicators;
    };

    // What an import did, for the summary the adviser sees.
    struct Summary
    {
        int plansAdded = 0;
        int plansChanged = 0;
        int plansUnchanged = 0;
        int measuresAdded = 0;
        int measuresChanged = 0;
        int measuresUnchanged = 0;
        int indicatorsAdded = 0;
        int indicatorsChanged = 0;
        int indicatorsUnchanged = 0;
        int grantsAdded = 0; // by PlanTransfer only: grants travel between databases, not in plan files
        // Each plan of the file, and what the import does to it.
        enum class Outcome { Added, Changed, Unchanged };
        struct PlanOutcome
        {
            QString title;
            QString municipality;
            Outcome outcome = Outcome::Unchanged;
        };
        QVector<PlanOutcome> plans;
        QString text() const; // translated, one sentence per kind
    };

    // The plans as a plan file: UTF-8 JSON, indented, in a stable order.
    static std::optional<QByteArray> write(Stores& stores, const QVector<qint64>& planIds, QString* error);

    // Reads and checks a plan file; nothing on failure, with every problem (syntax errors with line and column,
    // others with the place in the file as a path such as plans/1/measures/4/status).
    static std::optional<QVector<PlanData>> read(const QByteArray& json, QVector<ImportProblem>* problems);
    static std::optional<QVector<PlanData>>
    readFile(const QString& path, QVector<ImportProblem>* problems, qint64 maxBytes = 64 * 1024 * 1024);

    // Writes the plans into the database in one transaction: what has a UUID the file already holds is updated,
    // the rest added. With undo given, every write becomes a child command of it, so that the whole import can be
    // undone and redone as one step.
    static bool apply(
        Stores& stores, const QVector<PlanData>& plans, Summary* summary, ImportPlanFileCommand* undo, QString* error);
    // What apply() would do, found by applying in a transaction that is then rolled back: nothing is written and no
    // store signals a change.
    static std::optional<Summary> preview(Stores& stores, const QVector<PlanData>& plans, QString* error);

    static bool isPlanFile(const QString& path);
    // Line and column (in characters, not UTF-8 bytes) of a byte offset, for JSON syntax errors.
    static QPair<int, int> lineAndColumn(const QByteArray& bytes, int offset);
};
