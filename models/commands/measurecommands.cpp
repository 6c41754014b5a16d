#include "measurecommands.h"

#include "database.h"
#include "stores.h"

StoreCommand::StoreCommand(Stores& stores, const QString& text, ErrorHandler onError, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_stores(stores)
    , m_onError(std::move(onError))
{
}

bool StoreCommand::check(bool ok, const Store& store)
{
    if (!ok) {
        setObsolete(true);
        if (m_onError)
            m_onError(store.errorString());
    }
    return ok;
}

bool StoreCommand::fail(const QString& message)
{
    setObsolete(true);
    if (m_onError)
        m_onError(message);
    return false;
}

bool StoreCommand::checkTransaction(bool ok)
{
    if (!ok) {
        setObsolete(true);
        if (m_onError)
            m_onError(m_stores.db.errorString());
    }
    return ok;
}

namespace {

// Puts back removed values under their old ids; stops at the first failure.
template <class T>
bool restoreAll(EntityStore<T>& store, const QVector<T>& values, const std::function<bool(bool, const Store&)>& check)
{
    for (const T& value : values) {
        if (!check(store.restore(value).has_value(), store))
            return false;
    }
    return true;
}

} // namespace

RemoveMeasuresCommand::RemoveMeasuresCommand(Stores& stores, const QVector<qint64>& measureIds, ErrorHandler onError)
    : StoreCommand(stores, tr("Delete %n measure(s)", nullptr, int(measureIds.size())), std::move(onError))
    , m_ids(measureIds)
{
}

void RemoveMeasuresCommand::redo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    // What undo puts back is read in the delete's own transaction: nothing can come in between, and a connection
    // lost before it was read fails the delete rather than letting it delete nothing and report success.
    m_measures.clear();
    m_history.clear();
    m_grants.clear();
    for (qint64 id : m_ids) {
        if (const std::optional<Measure> measure = m_stores.measures.get(id)) {
            m_measures << *measure;
            m_history << m_stores.progressUpdates.list(QStringLiteral("measure_id"), id);
            m_grants << m_stores.grants.list(QStringLiteral("measure_id"), id);
        }
    }
    for (const Measure& measure : m_measures) {
        if (!check(m_stores.measures.remove(measure.id), m_stores.measures))
            return;
    }
    checkTransaction(transaction.commit());
}

void RemoveMeasuresCommand::undo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    const auto ok = [this](bool result, const Store& store) {
        return check(result, store);
    };
    if (!restoreAll(m_stores.measures, m_measures, ok) || !restoreAll(m_stores.progressUpdates, m_history, ok)
        || !restoreAll(m_stores.grants, m_grants, ok))
        return;
    checkTransaction(transaction.commit());
}

EditMeasuresCommand::EditMeasuresCommand(Stores& stores,
                                         const QVector<Measure>& before,
                                         const QVector<Measure>& after,
                                         const QString& text,
                                         ErrorHandler onError)
    : StoreCommand(stores, text, std::move(onError))
    , m_before(before)
    , m_after(after)
{
}

void EditMeasuresCommand::apply(const QVector<Measure>& values)
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    for (const Measure& measure : values) {
        if (!check(m_stores.measures.update(measure), m_stores.measures))
            return;
    }
    checkTransaction(transaction.commit());
}

void EditMeasuresCommand::redo()
{
    apply(m_after);
}

void EditMeasuresCommand::undo()
{
    apply(m_before);
}

RemovePlanCommand::RemovePlanCommand(Stores& stores, qint64 planId, ErrorHandler onError)
    : StoreCommand(stores, QString(), std::move(onError))
    , m_plan(stores.plans.get(planId).value_or(Plan()))
{
    setText(tr("Delete plan “%1”").arg(m_plan.title));
    const QString byPlan = QStringLiteral("plan_id");
    m_focusAreas = stores.focusAreas.list(byPlan, planId);
    m_measures = stores.measures.list(byPlan, planId);
    for (const Measure& measure : m_measures) {
        m_history << stores.progressUpdates.list(QStringLiteral("measure_id"), measure.id);
        m_grants << stores.grants.list(QStringLiteral("measure_id"), measure.id);
    }
    m_indicators = stores.indicators.list(byPlan, planId);
    for (const Indicator& indicator : m_indicators)
        m_values << stores.indicatorValues.list(QStringLiteral("indicator_id"), indicator.id);
}

void RemovePlanCommand::redo()
{
    // ON DELETE CASCADE removes what the plan holds.
    check(m_stores.plans.remove(m_plan.id), m_stores.plans);
}

void RemovePlanCommand::undo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    const auto ok = [this](bool result, const Store& store) {
        return check(result, store);
    };
    if (!check(m_stores.plans.restore(m_plan).has_value(), m_stores.plans)
        || !restoreAll(m_stores.focusAreas, m_focusAreas, ok) || !restoreAll(m_stores.indicators, m_indicators, ok)
        || !restoreAll(m_stores.indicatorValues, m_values, ok) // before the measures, which may refer to them
        || !restoreAll(m_stores.measures, m_measures, ok) || !restoreAll(m_stores.progressUpdates, m_history, ok)
        || !restoreAll(m_stores.grants, m_grants, ok))
        return;
    checkTransaction(transaction.commit());
}

RemoveIndicatorCommand::RemoveIndicatorCommand(Stores& stores, qint64 indicatorId, ErrorHandler onError)
    : StoreCommand(stores, QString(), std::move(onError))
    , m_indicator(stores.indicators.get(indicatorId).value_or(Indicator()))
    , m_values(stores.indicatorValues.list(QStringLiteral("indicator_id"), indicatorId))
{
    for (const Measure& measure : stores.measures.list(QStringLiteral("indicator_id"), indicatorId))
        m_movedBy << measure.id;
    setText(tr("Delete indicator “%1”").arg(m_indicator.name));
}

void RemoveIndicatorCommand::redo()
{
    check(m_stores.indicators.remove(m_indicator.id), m_stores.indicators); // its values go with it (CASCADE)
}

void RemoveIndicatorCommand::undo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    const auto ok = [this](bool result, const Store& store) {
        return check(result, store);
    };
    if (!check(m_stores.indicators.restore(m_indicator).has_value(), m_stores.indicators)
        || !restoreAll(m_stores.indicatorValues, m_values, ok))
        return;
    // The measures that moved it lost the link when it went (ON DELETE SET NULL): they get it back.
    for (qint64 measureId : m_movedBy) {
        std::optional<Measure> measure = m_stores.measures.get(measureId);
        if (!measure)
            continue;
        measure->indicatorId = m_indicator.id;
        if (!check(m_stores.measures.update(*measure), m_stores.measures))
            return;
    }
    checkTransaction(transaction.commit());
}

RecordProgressCommand::RecordProgressCommand(Stores& stores, const ProgressUpdate& update, ErrorHandler onError)
    : StoreCommand(stores, tr("Record progress"), std::move(onError))
    , m_update(update)
    , m_before(stores.measures.get(update.measureId).value_or(Measure()))
{
}

void RecordProgressCommand::redo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    const std::optional<qint64> id
        = m_update.id > 0 ? m_stores.progressUpdates.restore(m_update) : m_stores.progressUpdates.add(m_update);
    if (!check(id.has_value(), m_stores.progressUpdates))
        return;
    m_update.id = *id;
    Measure after = m_before;
    after.status = m_update.status;
    after.progress = m_update.progress;
    if (!check(m_stores.measures.update(after), m_stores.measures))
        return;
    checkTransaction(transaction.commit());
}

void RecordProgressCommand::undo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    if (!check(m_stores.progressUpdates.remove(m_update.id), m_stores.progressUpdates))
        return;
    if (!check(m_stores.measures.update(m_before), m_stores.measures))
        return;
    checkTransaction(transaction.commit());
}

AssignOwnerCommand::AssignOwnerCommand(
    Stores& stores, const Measure& before, qint64 municipalityId, const QString& ownerName, ErrorHandler onError)
    : StoreCommand(stores, tr("Set owner of %1 to “%2”").arg(before.code, ownerName.trimmed()), std::move(onError))
    , m_before(before)
    , m_municipalityId(municipalityId)
    , m_ownerName(ownerName.trimmed())
{
}

void AssignOwnerCommand::redo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    Measure after = m_before;
    after.ownerId = 0;
    if (!m_ownerName.isEmpty()) {
        for (const Owner& owner : m_stores.owners.list(QStringLiteral("municipality_id"), m_municipalityId)) {
            if (owner.name.compare(m_ownerName, Qt::CaseInsensitive) == 0 && owner.id != m_created.id) {
                after.ownerId = owner.id;
                break;
            }
        }
        if (after.ownerId == 0) {
            // A name nobody has yet: the municipality gets a new owner, under the same id on every redo.
            if (m_created.id == 0) {
                const std::optional<qint64> id = m_stores.owners.add({0, m_municipalityId, m_ownerName, {}, {}});
                if (!check(id.has_value(), m_stores.owners))
                    return;
                m_created = *m_stores.owners.get(*id);
            } else if (!check(m_stores.owners.restore(m_created).has_value(), m_stores.owners)) {
                return;
            }
            after.ownerId = m_created.id;
        }
    }
    if (!check(m_stores.measures.update(after), m_stores.measures))
        return;
    checkTransaction(transaction.commit());
}

void AssignOwnerCommand::undo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    if (!check(m_stores.measures.update(m_before), m_stores.measures))
        return;
    if (m_created.id > 0 && !check(m_stores.owners.remove(m_created.id), m_stores.owners))
        return;
    checkTransaction(transaction.commit());
}

AddMeasureRowsCommand::AddMeasureRowsCommand(
    Stores& stores, qint64 planId, const QVector<MeasureRow>& rows, const QString& text, ErrorHandler onError)
    : StoreCommand(stores, text, std::move(onError))
    , m_planId(planId)
    , m_rows(rows)
{
}

void AddMeasureRowsCommand::redo()
{
    if (!m_applied) {
        QString error;
        m_applied = MeasureRows::add(m_stores, m_planId, m_rows, &m_added, &error);
        if (!m_applied)
            fail(error);
        return;
    }
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    const auto ok = [this](bool result, const Store& store) {
        return check(result, store);
    };
    if (restoreAll(m_stores.focusAreas, m_added.focusAreas, ok) && restoreAll(m_stores.owners, m_added.owners, ok)
        && restoreAll(m_stores.measures, m_added.measures, ok))
        checkTransaction(transaction.commit());
}

void AddMeasureRowsCommand::undo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    for (const Measure& measure : m_added.measures) {
        if (!check(m_stores.measures.remove(measure.id), m_stores.measures))
            return;
    }
    for (const FocusArea& area : m_added.focusAreas) {
        if (!check(m_stores.focusAreas.remove(area.id), m_stores.focusAreas))
            return;
    }
    for (const Owner& owner : m_added.owners) {
        if (!check(m_stores.owners.remove(owner.id), m_stores.owners))
            return;
    }
    checkTransaction(transaction.commit());
}
