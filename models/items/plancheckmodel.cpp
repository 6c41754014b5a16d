#include "plancheckmodel.h"

#include "stores.h"

#include <QTimer>

PlanCheckModel::PlanCheckModel(Stores& stores, QObject* parent)
    : TwoLevelTreeModel(parent)
    , m_stores(stores)
{
    const QVector<Store*> watched
        = {&stores.plans, &stores.measures, &stores.progressUpdates, &stores.indicators, &stores.owners};
    for (Store* store : watched) {
        connect(store, &Store::added, this, &PlanCheckModel::scheduleRecheck);
        connect(store, &Store::changed, this, &PlanCheckModel::scheduleRecheck);
        connect(store, &Store::removed, this, &PlanCheckModel::scheduleRecheck);
    }
}

void PlanCheckModel::scheduleRecheck()
{
    // A bulk edit changes many measures in a row: check once, after the last of them.
    if (m_recheckPending)
        return;
    m_recheckPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_recheckPending)
            recheck();
    });
}

void PlanCheckModel::setPlan(qint64 planId)
{
    m_planId = planId;
    recheck();
}

void PlanCheckModel::setToday(const QDate& today)
{
    m_today = today;
    recheck();
}

void PlanCheckModel::recheck()
{
    m_recheckPending = false;
    beginResetModel();
    m_check = {};
    m_findingsByRule.clear();
    if (m_planId > 0) {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        m_check = PlanCheck::run(m_stores, m_planId, today).value_or(PlanCheck());
        m_findingsByRule.resize(m_check.results.size());
        for (int i = 0; i < m_check.findings.size(); ++i)
            m_findingsByRule[m_check.findings[i].rule] << i;
    }
    endResetModel();
    emit checked();
}

int PlanCheckModel::groupCount() const
{
    return int(m_check.results.size());
}

int PlanCheckModel::itemCount(int group) const
{
    return int(m_findingsByRule.at(group).size());
}

int PlanCheckModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PlanCheckModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index)) {
        const PlanCheck::RuleResult& result = m_check.results.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return index.column() == ItemColumn ? PlanCheck::ruleName(result.rule) : PlanCheck::resultText(result);
        case Qt::TextAlignmentRole:
            return index.column() == ResultColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case RuleRole:
            return int(result.rule);
        case PassedRole:
            return result.fulfilled();
        default:
            return {};
        }
    }
    const PlanCheck::Finding& finding = m_check.findings.at(m_findingsByRule.at(groupOf(index)).at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        if (finding.measureId == 0) // a finding about the plan says it all in one sentence
            return index.column() == ItemColumn ? PlanCheck::describe(finding) : QString();
        if (index.column() == ResultColumn) // the rule above says what is missing; a passed deadline shows itself
            return finding.rule == PlanCheck::NoForgottenDeadlines ? finding.deadline : QString();
        return finding.code.isEmpty() ? finding.title : tr("%1 %2").arg(finding.code, finding.title);
    case Qt::ToolTipRole:
        return PlanCheck::describe(finding);
    case Qt::TextAlignmentRole:
        return index.column() == ResultColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RuleRole:
        return int(finding.rule);
    case MeasureIdRole:
        return finding.measureId;
    default:
        return {};
    }
}

QVariant PlanCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ItemColumn ? tr("Rule, measure or finding") : tr("Result");
}
