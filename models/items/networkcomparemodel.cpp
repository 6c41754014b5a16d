#include "networkcomparemodel.h"

#include "coalescedcall.h"
#include "language.h"
#include "stores.h"

#include <QLocale>

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QStringLiteral(" %");
}

} // namespace

NetworkCompareModel::NetworkCompareModel(Stores& stores, QObject* parent)
    : QAbstractTableModel(parent)
    , m_stores(stores)
    , m_reload(new CoalescedCall([this] { reload(); }, this))
{
    m_reload->watch({&stores.measures,
                     &stores.plans,
                     &stores.focusAreas,
                     &stores.progressUpdates,
                     &stores.indicators,
                     &stores.indicatorValues,
                     &stores.memberSummaries});
    connect(&stores.networks, &NetworkStore::membersChanged, m_reload, &CoalescedCall::schedule);
}

void NetworkCompareModel::setNetwork(qint64 networkId, const QString& planKind, const QDate& today)
{
    m_networkId = networkId;
    m_planKind = planKind;
    m_today = today;
    reload();
}

void NetworkCompareModel::reload()
{
    m_reload->cancel();
    beginResetModel();
    m_members = m_networkId > 0 ? NetworkComparison::members(m_stores, m_networkId, m_planKind, m_today)
                                : QVector<MemberSummary>();
    m_indicators = NetworkComparison::sharedIndicators(m_members);
    endResetModel();
    emit compared();
}

int NetworkCompareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int NetworkCompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstIndicatorColumn + int(m_indicators.size());
}

QVariant NetworkCompareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MemberSummary& member = m_members.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(member, column);
    case SortRole:
        return figure(member, column);
    case MunicipalityNumberRole:
        return member.municipalityNumber;
    case Qt::TextAlignmentRole:
        return column == MunicipalityColumn || column == PlansColumn ? QVariant()
                                                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == MunicipalityColumn && member.summaryDate.isValid())
            return tr("From the summary %1 sent, made on %2")
                .arg(member.municipality, Language::formatDate(member.summaryDate));
        if (column == PlansColumn)
            return member.plans.join(QLatin1Char('\n'));
        if (column >= FirstIndicatorColumn) {
            const SharedIndicator& shared = m_indicators.at(column - FirstIndicatorColumn);
            const MemberSummary::Indicator* own = member.indicator(shared.name);
            if (!own)
                return tr("%1 does not measure this.").arg(member.municipality);
            QStringList lines;
            if (own->value)
                lines << tr("Latest: %1 %2 (%3)")
                             .arg(NetworkComparison::formatValue(*own->value), own->unit)
                             .arg(own->year.value_or(0));
            if (own->target)
                lines << tr("Target: %1 %2 (%3)")
                             .arg(NetworkComparison::formatValue(*own->target), own->unit)
                             .arg(own->targetYear.value_or(0));
            if (shared.perInhabitant)
                lines << tr("Compared per %L1 inhabitants (population %L2).")
                             .arg(NetworkComparison::PerInhabitants)
                             .arg(member.population);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    }
    return {};
}

QVariant NetworkCompareModel::display(const MemberSummary& member, int column) const
{
    switch (column) {
    case MunicipalityColumn:
        return member.summaryDate.isValid() ? tr("%1 (summary)").arg(member.municipality) : member.municipality;
    case PlansColumn:
        return member.plans.size() == 1 ? member.plans.first() : tr("%n plan(s)", nullptr, int(member.plans.size()));
    case MeasuresColumn:
        return QLocale().toString(member.measures);
    case ShareDoneColumn:
        return percent(member.shareDone());
    case MeanProgressColumn:
        return QLocale().toString(member.meanProgress, 'f', 0) + QStringLiteral(" %");
    case OverdueColumn:
        return QLocale().toString(member.overdue);
    case LastUpdateColumn:
        return member.lastUpdate.isValid() ? Language::formatDate(member.lastUpdate) : QString();
    }
    const SharedIndicator& shared = m_indicators.at(column - FirstIndicatorColumn);
    const std::optional<double> value = NetworkComparison::comparedValue(member, shared);
    if (!value)
        return QStringLiteral("–");
    const std::optional<double> target = NetworkComparison::comparedTarget(member, shared);
    return target
        ? tr("%1 (target %2)").arg(NetworkComparison::formatValue(*value), NetworkComparison::formatValue(*target))
        : NetworkComparison::formatValue(*value);
}

QVariant NetworkCompareModel::figure(const MemberSummary& member, int column) const
{
    switch (column) {
    case MunicipalityColumn:
        return member.municipality;
    case PlansColumn:
        return member.plans.join(QLatin1Char('\n'));
    case MeasuresColumn:
        return member.measures;
    case ShareDoneColumn:
        return member.shareDone() * 100.0; // in per cent, as shown
    case MeanProgressColumn:
        return member.meanProgress;
    case OverdueColumn:
        return member.overdue;
    case LastUpdateColumn:
        return member.lastUpdate;
    }
    const std::optional<double> value
        = NetworkComparison::comparedValue(member, m_indicators.at(column - FirstIndicatorColumn));
    return value ? QVariant(*value) : QVariant();
}

QVariant NetworkCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MunicipalityColumn:
        return tr("Municipality");
    case PlansColumn:
        return tr("Plans");
    case MeasuresColumn:
        return tr("Measures");
    case ShareDoneColumn:
        return tr("Done");
    case MeanProgressColumn:
        return tr("Mean progress");
    case OverdueColumn:
        return tr("Overdue");
    case LastUpdateColumn:
        return tr("Last update");
    }
    if (section < FirstIndicatorColumn || section >= columnCount())
        return {};
    const SharedIndicator& shared = m_indicators.at(section - FirstIndicatorColumn);
    if (shared.perInhabitant)
        return tr("%1 (%2 per %L3 inhabitants)").arg(shared.name, shared.unit).arg(NetworkComparison::PerInhabitants);
    return shared.unit.isEmpty() ? shared.name : tr("%1 (%2)").arg(shared.name, shared.unit);
}
