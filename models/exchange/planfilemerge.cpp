#include "planfile.h"

#include "database.h"
#include "entitycommands.h"
#include "plancommands.h"
#include "records.h"
#include "stores.h"

#include <QHash>
#include <QSet>

#include <algorithm>

// Merging a plan file into a database by UUID: what the file holds again is updated, the rest added, nothing doubled;
// as undo commands when the import is to be undone as one step, and as a rehearsal for the preview.

namespace {

// Writes through undo commands, so that the import can be undone as one step; each command runs at once.
class Writer
{
public:
    Writer(Stores& stores, ImportPlanFileCommand* undo)
        : m_stores(stores)
        , m_undo(undo)
        , m_error(undo ? undo->errorSink() : std::make_shared<QString>())
    {
        m_error->clear();
    }

    QString error() const { return *m_error; }

    template <class T> std::optional<qint64> add(EntityStore<T>& store, const T& value)
    {
        auto* command = new AddCommand<T>(m_stores, store, value, QString(), handler(), m_undo);
        command->redo();
        const qint64 id = command->valueId();
        if (!m_undo)
            delete command;
        if (!m_error->isEmpty() || id <= 0)
            return std::nullopt;
        return id;
    }

    template <class T> bool edit(EntityStore<T>& store, const T& before, const T& after)
    {
        auto* command = new EditCommand<T>(m_stores, store, before, after, QString(), handler(), m_undo);
        command->redo();
        if (!m_undo)
            delete command;
        return m_error->isEmpty();
    }

    // Adds or updates; returns the id, and whether anything was written, in *wrote (added or changed).
    template <class T>
    std::optional<qint64>
    put(EntityStore<T>& store, const std::optional<T>& existing, T value, bool* added, bool* changed)
    {
        if (!existing) {
            *added = true;
            return add(store, value);
        }
        value.id = existing->id;
        if (Records::fields(value) == Records::fields(*existing))
            return existing->id;
        *changed = true;
        if (!edit(store, *existing, value))
            return std::nullopt;
        return existing->id;
    }

private:
    // Outlives the import: the child commands report through it when they are undone and redone later.
    ErrorHandler handler()
    {
        return [error = m_error](const QString& message) {
            if (error->isEmpty())
                *error = message;
        };
    }

    Stores& m_stores;
    ImportPlanFileCommand* m_undo;
    std::shared_ptr<QString> m_error;
};

// The rows of a table by UUID: every UUID read once, on the first lookup, then a hash lookup and (for a row that is
// there) a read by id — not a query per row of the plan file, which was most of importing a national file.
template <class T> class ByUuid
{
public:
    explicit ByUuid(EntityStore<T>& store)
        : m_store(store)
    {
    }
    std::optional<T> find(const QString& uuid)
    {
        if (!m_read) {
            m_ids = m_store.idsByUuid();
            m_read = true;
        }
        const qint64 id = uuid.isEmpty() ? 0 : m_ids.value(uuid);
        return id > 0 ? m_store.get(id) : std::nullopt;
    }
    // A row the import added: the file may name it again.
    void added(const QString& uuid, qint64 id)
    {
        if (m_read && !uuid.isEmpty())
            m_ids.insert(uuid, id);
    }

private:
    EntityStore<T>& m_store;
    QHash<QString, qint64> m_ids;
    bool m_read = false;
};

bool sameUpdate(const ProgressUpdate& a, const ProgressUpdate& b)
{
    return a.date == b.date && a.status == b.status && a.progress == b.progress && a.comment == b.comment;
}

} // namespace

QString PlanFile::Summary::text() const
{
    return tr("Plans: %1 added, %2 changed, %3 unchanged. Measures: %4 added, %5 changed, %6 unchanged. Indicators: "
              "%7 added, %8 changed, %9 unchanged.")
               .arg(plansAdded)
               .arg(plansChanged)
               .arg(plansUnchanged)
               .arg(measuresAdded)
               .arg(measuresChanged)
               .arg(measuresUnchanged)
               .arg(indicatorsAdded)
               .arg(indicatorsChanged)
               .arg(indicatorsUnchanged)
        + (grantsAdded > 0 ? QLatin1Char(' ') + tr("Grants: %1 added.").arg(grantsAdded) : QString());
}

std::optional<PlanFile::Summary> PlanFile::preview(Stores& stores, const QVector<PlanData>& plans, QString* error)
{
    WriteTransaction rehearsal(stores.db); // never committed: its destructor rolls every write back
    if (!rehearsal.isActive()) {
        if (error)
            *error = stores.db.errorString();
        return std::nullopt;
    }
    Summary summary;
    if (!apply(stores, plans, &summary, nullptr, error))
        return std::nullopt;
    return summary;
}

bool PlanFile::apply(
    Stores& stores, const QVector<PlanData>& plans, Summary* summary, ImportPlanFileCommand* undo, QString* error)
{
    Summary counts;
    Writer writer(stores, undo);
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message.isEmpty() ? writer.error() : message;
        return false;
    };
    WriteTransaction transaction(stores.db);
    if (!transaction.isActive())
        return fail(stores.db.errorString());
    ByUuid<Plan> plansByUuid(stores.plans);
    ByUuid<Measure> measuresByUuid(stores.measures);
    ByUuid<Indicator> indicatorsByUuid(stores.indicators);
    for (const PlanData& data : plans) {
        const std::optional<Municipality> municipality = stores.municipalities.byNumber(data.municipalityNumber);
        if (!municipality)
            return fail(tr("The plan “%1” belongs to municipality number %2, which this file does not have.")
                            .arg(data.plan.title, data.municipalityNumber));
        Plan plan = data.plan;
        plan.municipalityId = municipality->id;
        bool added = false;
        bool changed = false;
        const std::optional<qint64> planId
            = writer.put(stores.plans, plansByUuid.find(plan.uuid), plan, &added, &changed);
        if (!planId)
            return fail({});
        if (added)
            plansByUuid.added(plan.uuid, *planId);
        counts.plansAdded += added ? 1 : 0;
        counts.plansChanged += changed ? 1 : 0;
        counts.plansUnchanged += added || changed ? 0 : 1;
        const qsizetype outcome = counts.plans.size();
        const int editsBefore
            = counts.measuresAdded + counts.measuresChanged + counts.indicatorsAdded + counts.indicatorsChanged;
        counts.plans << Summary::PlanOutcome {plan.title,
                                              municipality->name,
                                              added         ? Summary::Outcome::Added
                                                  : changed ? Summary::Outcome::Changed
                                                            : Summary::Outcome::Unchanged};

        QHash<QString, FocusArea> areas;
        for (const FocusArea& area : stores.focusAreas.list(QStringLiteral("plan_id"), *planId))
            areas.insert(area.name.toCaseFolded(), area);
        const auto areaId = [&](const QString& name, int position) -> std::optional<qint64> {
            if (name.isEmpty())
                return 0;
            const auto found = areas.constFind(name.toCaseFolded());
            if (found != areas.cend()) {
                if (position < 0 || found->position == position)
                    return found->id;
                FocusArea moved = *found;
                moved.position = position;
                if (!writer.edit(stores.focusAreas, *found, moved))
                    return std::nullopt;
                areas.insert(name.toCaseFolded(), moved);
                return moved.id;
            }
            FocusArea area {0, *planId, name, position < 0 ? int(areas.size()) : position};
            const std::optional<qint64> id = writer.add(stores.focusAreas, area);
            if (id) {
                area.id = *id;
                areas.insert(name.toCaseFolded(), area);
            }
            return id;
        };
        for (const FocusArea& area : data.focusAreas) {
            if (!areaId(area.name, area.position))
                return fail({});
        }
        // Owners by name, and by name and unit for the ones a name alone does not tell apart (see ownerUnit).
        QHash<QString, qint64> owners;
        QHash<QPair<QString, QString>, qint64> ownersWithUnit;
        for (const Owner& owner : stores.owners.list(QStringLiteral("municipality_id"), municipality->id)) {
            if (!owners.contains(owner.name.toCaseFolded()))
                owners.insert(owner.name.toCaseFolded(), owner.id);
            ownersWithUnit.insert({owner.name.toCaseFolded(), owner.unit.toCaseFolded()}, owner.id);
        }
        const auto ownerId = [&](const QString& name, const QString& unit) -> std::optional<qint64> {
            if (name.isEmpty())
                return 0;
            const QPair<QString, QString> key {name.toCaseFolded(), unit.toCaseFolded()};
            if (const qint64 id = unit.isEmpty() ? owners.value(key.first) : ownersWithUnit.value(key); id > 0)
                return id;
            Owner owner {0, municipality->id, name, unit, {}};
            for (const Owner& listed : data.owners) {
                if (listed.name.compare(name, Qt::CaseInsensitive) == 0
                    && (unit.isEmpty() || listed.unit.compare(unit, Qt::CaseInsensitive) == 0))
                    owner = {0, municipality->id, listed.name, listed.unit, listed.email};
            }
            const std::optional<qint64> id = writer.add(stores.owners, owner);
            if (id) {
                if (!owners.contains(key.first))
                    owners.insert(key.first, *id);
                ownersWithUnit.insert({key.first, owner.unit.toCaseFolded()}, *id);
            }
            return id;
        };

        // Indicators first: measures name the indicator they move.
        QHash<QString, qint64> indicatorIds;
        for (const IndicatorData& entry : data.indicators) {
            Indicator indicator = entry.indicator;
            indicator.planId = *planId;
            bool indicatorAdded = false;
            bool indicatorChanged = false;
            const std::optional<qint64> indicatorId = writer.put(stores.indicators,
                                                                 indicatorsByUuid.find(indicator.uuid),
                                                                 indicator,
                                                                 &indicatorAdded,
                                                                 &indicatorChanged);
            if (!indicatorId)
                return fail({});
            if (indicatorAdded)
                indicatorsByUuid.added(indicator.uuid, *indicatorId);
            indicatorIds.insert(indicator.uuid, *indicatorId);
            QHash<int, IndicatorValue> years;
            if (!indicatorAdded) { // one just added has no values yet
                for (const IndicatorValue& value :
                     stores.indicatorValues.list(QStringLiteral("indicator_id"), *indicatorId))
                    years.insert(value.year, value);
            }
            for (IndicatorValue value : entry.values) {
                value.indicatorId = *indicatorId;
                const auto found = years.constFind(value.year);
                bool valueAdded = false;
                bool valueChanged = false;
                if (!writer.put(stores.indicatorValues,
                                found == years.cend() ? std::nullopt : std::optional<IndicatorValue>(*found),
                                value,
                                &valueAdded,
                                &valueChanged))
                    return fail({});
                indicatorChanged = indicatorChanged || (!indicatorAdded && (valueAdded || valueChanged));
            }
            counts.indicatorsAdded += indicatorAdded ? 1 : 0;
            counts.indicatorsChanged += indicatorChanged ? 1 : 0;
            counts.indicatorsUnchanged += indicatorAdded || indicatorChanged ? 0 : 1;
        }
        for (const MeasureData& entry : data.measures) {
            Measure measure = entry.measure;
            measure.planId = *planId;
            const std::optional<qint64> area = areaId(entry.focusArea, -1);
            const std::optional<qint64> owner = ownerId(entry.owner, entry.ownerUnit);
            if (!area || !owner)
                return fail({});
            measure.focusAreaId = *area;
            measure.ownerId = *owner;
            measure.indicatorId = indicatorIds.value(entry.indicator); // one of this plan's, or none
            bool measureAdded = false;
            bool measureChanged = false;
            const std::optional<Measure> existing = measuresByUuid.find(measure.uuid);
            // Plan files do not carry joint projects (they belong to a network in this file): keep the link.
            if (existing)
                measure.jointProjectId = existing->jointProjectId;
            const std::optional<qint64> measureId
                = writer.put(stores.measures, existing, measure, &measureAdded, &measureChanged);
            if (!measureId)
                return fail({});
            if (measureAdded)
                measuresByUuid.added(measure.uuid, *measureId);
            // A measure just added has no updates yet: nothing to read.
            const QVector<ProgressUpdate> known = measureAdded
                ? QVector<ProgressUpdate>()
                : stores.progressUpdates.list(QStringLiteral("measure_id"), *measureId);
            for (ProgressUpdate update : entry.updates) {
                update.measureId = *measureId;
                if (std::any_of(
                        known.begin(), known.end(), [&](const ProgressUpdate& k) { return sameUpdate(k, update); }))
                    continue;
                if (!writer.add(stores.progressUpdates, update))
                    return fail({});
                measureChanged = measureChanged || !measureAdded;
            }
            counts.measuresAdded += measureAdded ? 1 : 0;
            counts.measuresChanged += measureChanged ? 1 : 0;
            counts.measuresUnchanged += measureAdded || measureChanged ? 0 : 1;
        }

        // A plan whose measures or indicators change is changed, even where its own fields are not.
        Summary::PlanOutcome& planOutcome = counts.plans[outcome];
        if (planOutcome.outcome == Summary::Outcome::Unchanged
            && counts.measuresAdded + counts.measuresChanged + counts.indicatorsAdded + counts.indicatorsChanged
                > editsBefore)
            planOutcome.outcome = Summary::Outcome::Changed;
    }
    if (!transaction.commit())
        return fail(stores.db.errorString());
    if (summary)
        *summary = counts;
    return true;
}
