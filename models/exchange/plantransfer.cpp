#include "plantransfer.h"

#include "stores.h"

std::optional<QByteArray> PlanTransfer::writeAll(Stores& stores, QString* error)
{
    QVector<qint64> ids;
    for (const PlanSummary& plan : stores.plans.summaries())
        ids << plan.planId;
    if (!stores.plans.errorString().isEmpty()) {
        *error = stores.plans.errorString();
        return std::nullopt;
    }
    return PlanFile::write(stores, ids, error);
}

std::optional<PlanFile::Summary> PlanTransfer::copyAll(Stores& from, Stores& to, QString* error)
{
    const std::optional<QByteArray> bytes = writeAll(from, error);
    if (!bytes)
        return std::nullopt;
    QVector<ImportProblem> problems;
    const std::optional<QVector<PlanFile::PlanData>> plans = PlanFile::read(*bytes, &problems);
    if (!plans) { // our own writing, read back: only a bug would get here, but say what it was
        *error = problems.isEmpty() ? tr("the plans could not be read back") : problems.first().message;
        return std::nullopt;
    }
    PlanFile::Summary summary;
    if (!PlanFile::apply(to, *plans, &summary, nullptr, error))
        return std::nullopt;
    return summary;
}
