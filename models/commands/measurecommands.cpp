#include "measurecommands.h"

#include "database.h"
#include "stores.h"

StoreCommand::StoreCommand(Stores& stores, const QString& text, ErrorHandler onError)
    : QUndoCommand(text)
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

bool StoreCommand::checkTransaction(bool ok)
{
    if (!ok) {
        setObsolete(true);
        if (m_onError)
            m_onError(m_stores.db.errorString());
    }
    return ok;
}

EditMeasureCommand::EditMeasureCommand(Stores& stores,
                                       const Measure& before,
                                       const Measure& after,
                                       ErrorHandler onError)
    : StoreCommand(
        stores, tr("Edit measure %1").arg(after.code.isEmpty() ? after.title : after.code), std::move(onError))
    , m_before(before)
    , m_after(after)
{
}

void EditMeasureCommand::redo()
{
    check(m_stores.measures.update(m_after), m_stores.measures);
}

void EditMeasureCommand::undo()
{
    check(m_stores.measures.update(m_before), m_stores.measures);
}

AddMeasureCommand::AddMeasureCommand(Stores& stores, const Measure& measure, ErrorHandler onError)
    : StoreCommand(stores, tr("Add measure “%1”").arg(measure.title), std::move(onError))
    , m_measure(measure)
{
}

void AddMeasureCommand::redo()
{
    // The first time the measure gets its id and UUID; a redo after undo brings back exactly that measure.
    if (m_measure.id > 0) {
        check(m_stores.measures.restore(m_measure).has_value(), m_stores.measures);
        return;
    }
    const std::optional<qint64> id = m_stores.measures.add(m_measure);
    if (check(id.has_value(), m_stores.measures))
        m_measure = *m_stores.measures.get(*id);
}

void AddMeasureCommand::undo()
{
    check(m_stores.measures.remove(m_measure.id), m_stores.measures);
}

RemoveMeasuresCommand::RemoveMeasuresCommand(Stores& stores, const QVector<qint64>& measureIds, ErrorHandler onError)
    : StoreCommand(stores, tr("Delete %n measure(s)", nullptr, int(measureIds.size())), std::move(onError))
{
    for (qint64 id : measureIds) {
        if (const std::optional<Measure> measure = stores.measures.get(id)) {
            m_measures << *measure;
            m_history << stores.progressUpdates.list(QStringLiteral("measure_id"), id);
        }
    }
}

void RemoveMeasuresCommand::redo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
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
    for (const Measure& measure : m_measures) {
        if (!check(m_stores.measures.restore(measure).has_value(), m_stores.measures))
            return;
    }
    for (const ProgressUpdate& update : m_history) {
        if (!check(m_stores.progressUpdates.restore(update).has_value(), m_stores.progressUpdates))
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
