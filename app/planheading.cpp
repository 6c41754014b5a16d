#include "planheading.h"

#include "database.h"
#include "stores.h"
#include "vocabulary.h"

PlanHeading PlanHeading::of(Stores* stores, qint64 planId)
{
    if (planId == 0)
        return {tr("All measures"), tr("Every measure of every plan in this file")};
    const std::optional<Plan> plan = stores && planId > 0 ? stores->plans.get(planId) : std::nullopt;
    if (!plan)
        return {tr("Choose a plan in the navigator"), QString()};
    const std::optional<Municipality> municipality = stores->municipalities.get(plan->municipalityId);
    QStringList details;
    details << (municipality ? tr("%1 municipality").arg(municipality->name) : QString());
    details << Vocabulary::planKindName(plan->kind);
    if (plan->periodFrom > 0)
        details << tr("%1–%2").arg(plan->periodFrom).arg(plan->periodTo);
    details << Vocabulary::planStatusName(plan->status);
    if (plan->isSample)
        details << tr("Sample data, not the municipality's real plan");
    // On a network's server: why nothing here can be changed.
    if (!stores->db.isReadOnly() && !stores->mayEditPlan(planId))
        details << tr("Read only: only %1's own advisers may change this plan")
                       .arg(municipality ? municipality->name : tr("the municipality"));
    details.removeAll(QString());
    return {plan->title, details.join(QStringLiteral(" · "))};
}
