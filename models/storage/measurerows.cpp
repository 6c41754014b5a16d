#include "measurerows.h"

#include "database.h"
#include "records.h"
#include "stores.h"

#include <QHash>

#include <algorithm>

bool MeasureRows::add(Stores& stores, qint64 planId, const QVector<MeasureRow>& rows, Added* added, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan)
        return fail(tr("There is no plan with id %1.").arg(planId));
    Added result;
    QHash<QString, qint64> areas;
    int nextPosition = 0;
    for (const FocusArea& area : stores.focusAreas.list(QStringLiteral("plan_id"), planId)) {
        areas.insert(area.name.toCaseFolded(), area.id);
        nextPosition = std::max(nextPosition, area.position + 1);
    }
    QHash<QString, qint64> owners;
    for (const Owner& owner : stores.owners.list(QStringLiteral("municipality_id"), plan->municipalityId))
        owners.insert(owner.name.toCaseFolded(), owner.id);

    WriteTransaction transaction(stores.db);
    if (!transaction.isActive())
        return fail(stores.db.errorString());
    for (const MeasureRow& row : rows) {
        Measure measure = row.measure;
        measure.planId = planId;
        if (!row.focusArea.isEmpty()) {
            qint64& id = areas[row.focusArea.toCaseFolded()];
            if (id == 0) {
                const std::optional<qint64> areaId = stores.focusAreas.add({0, planId, row.focusArea, nextPosition++});
                if (!areaId)
                    return fail(tr("Line %1: %2").arg(row.line).arg(stores.focusAreas.errorString()));
                id = *areaId;
                result.focusAreas << *stores.focusAreas.get(id);
            }
            measure.focusAreaId = id;
        }
        if (!row.owner.isEmpty()) {
            qint64& id = owners[row.owner.toCaseFolded()];
            if (id == 0) {
                const std::optional<qint64> ownerId = stores.owners.add({0, plan->municipalityId, row.owner, {}, {}});
                if (!ownerId)
                    return fail(tr("Line %1: %2").arg(row.line).arg(stores.owners.errorString()));
                id = *ownerId;
                result.owners << *stores.owners.get(id);
            }
            measure.ownerId = id;
        }
        Records::prepareNew(&measure); // its UUID now, so that the row need not be read back
        const std::optional<qint64> measureId = stores.measures.add(measure);
        if (!measureId)
            return fail(tr("Line %1: %2").arg(row.line).arg(stores.measures.errorString()));
        measure.id = *measureId;
        result.measures << measure;
    }
    if (!transaction.commit())
        return fail(stores.db.errorString());
    if (added)
        *added = result;
    return true;
}
