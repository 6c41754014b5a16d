#pragma once

#include "plancheck.h"

#include "twoleveltreemodel.h"

class Stores;

// The plan check of one plan as a tree: the rules, each with its result, and under a rule that is not met the
// measures (or the plan) to fix. Checks again whenever a measure, a progress update, an indicator or the plan
// changes (once per burst of edits, when the event loop next runs), so the panel is always current.
class PlanCheckModel : public TwoLevelTreeModel
{
    Q_OBJECT

public:
    enum Column {
        ItemColumn,
        ResultColumn,
        ColumnCount,
    };
    enum Role {
        MeasureIdRole = Qt::UserRole + 1, // on a finding about a measure
        RuleRole, // PlanCheck::Rule, on rules and findings
        PassedRole, // on a rule: whether it is met (or does not apply)
    };

    explicit PlanCheckModel(Stores& stores, QObject* parent = nullptr);

    // The plan to check (0 or less: none); today is the day the check speaks for (tests set it, else the date).
    void setPlan(qint64 planId);
    qint64 planId() const { return m_planId; }
    void setToday(const QDate& today);
    const PlanCheck& check() const { return m_check; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After every new check (also when the plan is set): the score or the findings may have changed.
    void checked();

protected:
    int groupCount() const override;
    int itemCount(int group) const override;

private:
    void scheduleRecheck();
    void recheck();

    Stores& m_stores;
    qint64 m_planId = 0;
    QDate m_today;
    bool m_recheckPending = false;
    PlanCheck m_check;
    QVector<QVector<int>> m_findingsByRule; // indexes into m_check.findings
};
