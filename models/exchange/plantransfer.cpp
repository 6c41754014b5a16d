#include "plantransfer.h"

#include "database.h"
#include "stores.h"

#include <algorithm>

namespace {

bool sameGrant(const Grant& a, const Grant& b)
{
    return a.programme == b.programme && a.status == b.status && a.amountNok == b.amountNok
        && a.reportDue == b.reportDue && a.reportSent == b.reportSent && a.note == b.note;
}

// Every grant of from's measures onto the measure of the same UUID in to, unless that measure has the same grant
// already (so that moving the same file twice adds nothing).
bool copyGrants(Stores& from, Stores& to, int* added, QString* error)
{
    for (const Grant& grant : from.grants.list()) {
        const std::optional<Measure> source = from.measures.get(grant.measureId);
        const QVector<Measure> targets
            = source ? to.measures.list(QStringLiteral("uuid"), source->uuid) : QVector<Measure>();
        if (targets.isEmpty())
            continue; // a measure of a plan that did not come along
        const Measure* target = &targets.first();
        const QVector<Grant> there = to.grants.list(QStringLiteral("measure_id"), target->id);
        if (std::any_of(there.cbegin(), there.cend(), [&grant](const Grant& g) { return sameGrant(g, grant); }))
            continue;
        Grant copy = grant;
        copy.id = 0;
        copy.measureId = target->id;
        if (!to.grants.add(copy)) {
            *error = to.grants.errorString();
            return false;
        }
        ++*added;
    }
    return true;
}

} // namespace

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
    WriteTransaction transaction(to.db);
    if (!transaction.isActive()) {
        *error = to.db.errorString();
        return std::nullopt;
    }
    PlanFile::Summary summary;
    if (!PlanFile::apply(to, *plans, &summary, nullptr, error) || !copyGrants(from, to, &summary.grantsAdded, error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = to.db.errorString();
        return std::nullopt;
    }
    return summary;
}
