#pragma once

// Undo commands that add or change one value of any entity through its EntityStore (see measurecommands.h for the
// rules every command here follows).

#include "database.h"
#include "entitystore.h"
#include "records.h"
#include "storecommand.h"
#include "stores.h"

#include <QCoreApplication>

// Adds value; undo removes it, and redo brings back exactly that row (same id, same UUID).
template <class T> class AddCommand : public StoreCommand
{
public:
    AddCommand(Stores& stores,
               EntityStore<T>& store,
               const T& value,
               const QString& text,
               ErrorHandler onError,
               QUndoCommand* parent = nullptr)
        : StoreCommand(stores, text, std::move(onError), parent)
        , m_store(store)
        , m_value(value)
    {
    }
    void redo() override
    {
        if (m_value.id > 0) {
            check(m_store.restore(m_value).has_value(), m_store);
            return;
        }
        // Its UUID given here, so that the value need not be read back (a round trip to a server, per row of an
        // import) for redo to put it back the same.
        Records::prepareNew(&m_value);
        const std::optional<qint64> id = m_store.add(m_value);
        if (!check(id.has_value(), m_store))
            return;
        m_value.id = *id;
    }
    void undo() override { check(m_store.remove(m_value.id), m_store); }
    qint64 valueId() const { return m_value.id; }
    const T& value() const { return m_value; }

private:
    EntityStore<T>& m_store;
    T m_value;
};

// Changes value from before to after; undo changes it back.
template <class T> class EditCommand : public StoreCommand
{
public:
    EditCommand(Stores& stores,
                EntityStore<T>& store,
                const T& before,
                const T& after,
                const QString& text,
                ErrorHandler onError,
                QUndoCommand* parent = nullptr)
        : StoreCommand(stores, text, std::move(onError), parent)
        , m_store(store)
        , m_before(before)
        , m_after(after)
    {
    }
    // Each way, only over the value it expects: what someone else changed meanwhile is not written over.
    void redo() override { check(m_store.update(m_after, &m_before), m_store); }
    void undo() override { check(m_store.update(m_before, &m_after), m_store); }

private:
    EntityStore<T>& m_store;
    T m_before;
    T m_after;
};

// Removes value; undo puts it back under its old id.
template <class T> class RemoveCommand : public StoreCommand
{
public:
    RemoveCommand(Stores& stores,
                  EntityStore<T>& store,
                  const T& value,
                  const QString& text,
                  ErrorHandler onError,
                  QUndoCommand* parent = nullptr)
        : StoreCommand(stores, text, std::move(onError), parent)
        , m_store(store)
        , m_value(value)
    {
    }
    void redo() override { check(m_store.remove(m_value.id), m_store); }
    void undo() override { check(m_store.restore(m_value).has_value(), m_store); }

private:
    EntityStore<T>& m_store;
    T m_value;
};

// Several commands as one undo step and one transaction: its children run in order on redo, in reverse on undo.
class TransactionCommand : public StoreCommand
{
public:
    TransactionCommand(Stores& stores, const QString& text, ErrorHandler onError)
        : StoreCommand(stores, text, std::move(onError))
    {
    }
    void redo() override
    {
        inTransaction([this] { QUndoCommand::redo(); });
    }
    void undo() override
    {
        inTransaction([this] { QUndoCommand::undo(); });
    }

private:
    void inTransaction(const std::function<void()>& step)
    {
        WriteTransaction transaction(m_stores.db);
        if (!checkTransaction(transaction.isActive()))
            return;
        step();
        checkTransaction(transaction.commit());
    }
};

// The texts users see in Edit → Undo for the plain add and edit commands.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    static AddCommand<Measure>* addMeasure(Stores& stores, const Measure& measure, ErrorHandler onError)
    {
        return new AddCommand<Measure>(
            stores, stores.measures, measure, tr("Add measure “%1”").arg(measure.title), std::move(onError));
    }
    static EditCommand<Measure>*
    editMeasure(Stores& stores, const Measure& before, const Measure& after, ErrorHandler onError)
    {
        return new EditCommand<Measure>(stores,
                                        stores.measures,
                                        before,
                                        after,
                                        tr("Edit measure %1").arg(after.code.isEmpty() ? after.title : after.code),
                                        std::move(onError));
    }
    static AddCommand<Plan>* addPlan(Stores& stores, const Plan& plan, ErrorHandler onError)
    {
        return new AddCommand<Plan>(
            stores, stores.plans, plan, tr("New plan “%1”").arg(plan.title), std::move(onError));
    }
    static AddCommand<Grant>* addGrant(Stores& stores, const Grant& grant, ErrorHandler onError)
    {
        return new AddCommand<Grant>(
            stores, stores.grants, grant, tr("Add grant from %1").arg(grant.programme), std::move(onError));
    }
    static EditCommand<Grant>* editGrant(Stores& stores, const Grant& before, const Grant& after, ErrorHandler onError)
    {
        return new EditCommand<Grant>(
            stores, stores.grants, before, after, tr("Change grant from %1").arg(after.programme), std::move(onError));
    }
    static RemoveCommand<Grant>* removeGrant(Stores& stores, const Grant& grant, ErrorHandler onError)
    {
        return new RemoveCommand<Grant>(
            stores, stores.grants, grant, tr("Delete grant from %1").arg(grant.programme), std::move(onError));
    }
    static AddCommand<JointProject>* addJointProject(Stores& stores, const JointProject& project, ErrorHandler onError)
    {
        return new AddCommand<JointProject>(
            stores, stores.jointProjects, project, tr("Add joint project “%1”").arg(project.name), std::move(onError));
    }
    static EditCommand<JointProject>*
    renameJointProject(Stores& stores, const JointProject& before, const JointProject& after, ErrorHandler onError)
    {
        return new EditCommand<JointProject>(stores,
                                             stores.jointProjects,
                                             before,
                                             after,
                                             tr("Rename joint project “%1” to “%2”").arg(before.name, after.name),
                                             std::move(onError));
    }
    // Removes the project and, first, the links of its measures, so that undo brings both back.
    static TransactionCommand* removeJointProject(Stores& stores, const JointProject& project, ErrorHandler onError)
    {
        auto* command = new TransactionCommand(stores, tr("Delete joint project “%1”").arg(project.name), onError);
        for (Measure measure : stores.measures.list(QStringLiteral("joint_project_id"), project.id)) {
            const Measure before = measure;
            measure.jointProjectId = 0;
            new EditCommand<Measure>(stores, stores.measures, before, measure, QString(), onError, command);
        }
        new RemoveCommand<JointProject>(stores, stores.jointProjects, project, QString(), onError, command);
        return command;
    }
    static AddCommand<Indicator>* addIndicator(Stores& stores, const Indicator& value, ErrorHandler onError)
    {
        return new AddCommand<Indicator>(
            stores, stores.indicators, value, tr("Add indicator “%1”").arg(value.name), std::move(onError));
    }
    static EditCommand<Indicator>*
    editIndicator(Stores& stores, const Indicator& before, const Indicator& after, ErrorHandler onError)
    {
        return new EditCommand<Indicator>(
            stores, stores.indicators, before, after, tr("Change indicator “%1”").arg(after.name), std::move(onError));
    }
    static AddCommand<IndicatorValue>*
    addIndicatorValue(Stores& stores, const IndicatorValue& value, ErrorHandler onError)
    {
        return new AddCommand<IndicatorValue>(
            stores, stores.indicatorValues, value, tr("Add the value for %1").arg(value.year), std::move(onError));
    }
    static EditCommand<IndicatorValue>*
    editIndicatorValue(Stores& stores, const IndicatorValue& before, const IndicatorValue& after, ErrorHandler onError)
    {
        return new EditCommand<IndicatorValue>(stores,
                                               stores.indicatorValues,
                                               before,
                                               after,
                                               tr("Change the value for %1").arg(after.year),
                                               std::move(onError));
    }
    static RemoveCommand<IndicatorValue>*
    removeIndicatorValue(Stores& stores, const IndicatorValue& value, ErrorHandler onError)
    {
        return new RemoveCommand<IndicatorValue>(
            stores, stores.indicatorValues, value, tr("Delete the value for %1").arg(value.year), std::move(onError));
    }
    static EditCommand<Plan>* editPlan(Stores& stores, const Plan& before, const Plan& after, ErrorHandler onError)
    {
        return new EditCommand<Plan>(
            stores, stores.plans, before, after, tr("Change plan “%1”").arg(after.title), std::move(onError));
    }
};
