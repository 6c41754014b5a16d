#include "plancommands.h"

#include "database.h"
#include "stores.h"

PlanPropertiesCommand::PlanPropertiesCommand(Stores& stores,
                                             const Plan& before,
                                             const Plan& after,
                                             ListChange<FocusArea> focusAreas,
                                             ListChange<Owner> owners,
                                             ErrorHandler onError)
    : StoreCommand(stores, tr("Change the properties of “%1”").arg(after.title), std::move(onError))
    , m_before(before)
    , m_after(after)
    , m_focusAreas(std::move(focusAreas))
    , m_owners(std::move(owners))
{
}

void PlanPropertiesCommand::redo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    const auto ok = [this](bool result, const Store& store) {
        return check(result, store);
    };
    if (!check(m_stores.plans.update(m_after), m_stores.plans) || !m_focusAreas.redo(m_stores.focusAreas, ok)
        || !m_owners.redo(m_stores.owners, ok))
        return;
    checkTransaction(transaction.commit());
}

void PlanPropertiesCommand::undo()
{
    WriteTransaction transaction(m_stores.db);
    if (!checkTransaction(transaction.isActive()))
        return;
    const auto ok = [this](bool result, const Store& store) {
        return check(result, store);
    };
    if (!m_owners.undo(m_stores.owners, ok) || !m_focusAreas.undo(m_stores.focusAreas, ok)
        || !check(m_stores.plans.update(m_before), m_stores.plans))
        return;
    checkTransaction(transaction.commit());
}

ImportPlanFileCommand::ImportPlanFileCommand(Stores& stores, const QString& fileName, ErrorHandler onError)
    : QUndoCommand(tr("Import plan file “%1”").arg(fileName))
    , m_stores(stores)
    , m_onError(std::move(onError))
{
}

void ImportPlanFileCommand::inTransaction(const std::function<void()>& step)
{
    m_error->clear();
    WriteTransaction transaction(m_stores.db);
    if (transaction.isActive())
        step();
    if (!transaction.isActive() || !m_error->isEmpty() || !transaction.commit()) {
        setObsolete(true);
        if (m_onError)
            m_onError(m_error->isEmpty() ? m_stores.db.errorString() : *m_error);
    }
}

void ImportPlanFileCommand::redo()
{
    if (m_done) { // applied by PlanFile::apply before the push
        m_done = false;
        return;
    }
    inTransaction([this] { QUndoCommand::redo(); });
}

void ImportPlanFileCommand::undo()
{
    inTransaction([this] { QUndoCommand::undo(); });
}
