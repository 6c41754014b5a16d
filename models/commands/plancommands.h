#pragma once

#include "entitystore.h"
#include "storecommand.h"

#include <QCoreApplication>

// Keeps one list of values (a plan's focus areas, a municipality's owners) in step with an edited copy: values
// with id 0 are new, missing ones are removed, changed ones updated. undo() takes each step back; a redo after
// undo brings the new values back under the ids they got the first time.
template <class T> class ListChange
{
public:
    ListChange(QVector<T> before, QVector<T> after)
        : m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    template <class Check> bool redo(EntityStore<T>& store, Check check)
    {
        for (const T& old : m_before) {
            if (!find(m_after, old.id) && !check(store.remove(old.id), store))
                return false;
        }
        for (T& value : m_after) {
            if (value.id == 0) {
                const std::optional<qint64> id = store.add(value);
                if (!check(id.has_value(), store))
                    return false;
                value.id = *id;
                m_added << *id;
            } else if (m_added.contains(value.id)) {
                if (!check(store.restore(value).has_value(), store))
                    return false;
            } else if (!check(store.update(value), store)) {
                return false;
            }
        }
        return true;
    }

    template <class Check> bool undo(EntityStore<T>& store, Check check)
    {
        for (qint64 id : m_added) {
            if (!check(store.remove(id), store))
                return false;
        }
        for (const T& old : m_before) {
            const bool kept = find(m_after, old.id) != nullptr;
            if (!check(kept ? store.update(old) : store.restore(old).has_value(), store))
                return false;
        }
        return true;
    }

private:
    static const T* find(const QVector<T>& values, qint64 id)
    {
        for (const T& value : values) {
            if (value.id == id && id != 0)
                return &value;
        }
        return nullptr;
    }

    QVector<T> m_before;
    QVector<T> m_after;
    QVector<qint64> m_added;
};

// The plan properties dialog's result: the plan's own fields, its focus areas and its municipality's owners,
// applied together in one transaction and undone as one step.
class PlanPropertiesCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanPropertiesCommand)

public:
    PlanPropertiesCommand(Stores& stores,
                          const Plan& before,
                          const Plan& after,
                          ListChange<FocusArea> focusAreas,
                          ListChange<Owner> owners,
                          ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    Plan m_before;
    Plan m_after;
    ListChange<FocusArea> m_focusAreas;
    ListChange<Owner> m_owners;
};

// A plan file imported (see PlanFile::apply): every add and change it made is a child command, undone and redone as
// one step, each way in one transaction. The import itself ran before the command was pushed, so the first redo does
// nothing.
class ImportPlanFileCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanFileCommand)

public:
    ImportPlanFileCommand(Stores& stores, const QString& fileName, ErrorHandler onError);
    void redo() override;
    void undo() override;
    // Where the child commands write their first error.
    std::shared_ptr<QString> errorSink() const { return m_error; }

private:
    void inTransaction(const std::function<void()>& step);

    Stores& m_stores;
    ErrorHandler m_onError;
    std::shared_ptr<QString> m_error = std::make_shared<QString>();
    bool m_done = true;
};
