#include "examplebank.h"

#include "coalescedcall.h"
#include "language.h"
#include "stores.h"
#include "vocabulary.h"

#include <QRegularExpression>

#include <algorithm>

ExampleBankModel::ExampleBankModel(Stores& stores, QObject* parent)
    : QAbstractTableModel(parent)
    , m_stores(stores)
    , m_reload(new CoalescedCall([this] { reload(); }, this))
{
    m_reload->watch({&stores.measures, &stores.plans, &stores.focusAreas, &stores.networks});
    connect(&stores.networks, &NetworkStore::membersChanged, m_reload, &CoalescedCall::schedule);
    reload();
}

void ExampleBankModel::reload()
{
    m_reload->cancel();
    QHash<qint64, QString> kinds;
    for (const Plan& plan : m_stores.plans.list())
        kinds.insert(plan.id, plan.kind);
    QHash<qint64, QList<qint64>> networksOf;
    for (const Network& network : m_stores.networks.list()) {
        for (qint64 member : m_stores.networks.memberIds(network.id))
            networksOf[member] << network.id;
    }
    beginResetModel();
    m_entries.clear();
    for (const MeasureListing& listing : m_stores.measures.listings(0)) {
        Entry entry {listing, kinds.value(listing.measure.planId), networksOf.value(listing.municipalityId), {}};
        entry.searchText = QStringList({listing.measure.title, listing.measure.description, listing.focusArea})
                               .join(QLatin1Char('\n'))
                               .toCaseFolded();
        m_entries << entry;
    }
    endResetModel();
}

int ExampleBankModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ExampleBankModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExampleBankModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    const Measure& measure = entry.listing.measure;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return measure.title;
        case FocusAreaColumn:
            return entry.listing.focusArea;
        case StatusColumn:
            return Vocabulary::measureStatusName(measure.status);
        case MunicipalityColumn:
            return entry.listing.municipality;
        case PlanColumn:
            return entry.listing.planTitle;
        case KindColumn:
            return Vocabulary::planKindName(entry.planKind);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TitleColumn && !measure.description.isEmpty() ? measure.description : QVariant();
    case MeasureIdRole:
        return measure.id;
    case MunicipalityIdRole:
        return entry.listing.municipalityId;
    case StatusCodeRole:
        return measure.status;
    case KindCodeRole:
        return entry.planKind;
    case NetworkIdsRole:
        return QVariant::fromValue(entry.networks);
    case SearchTextRole:
        return entry.searchText;
    case DescriptionRole:
        return measure.description;
    }
    return {};
}

QVariant ExampleBankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Measure");
    case FocusAreaColumn:
        return tr("Focus area");
    case StatusColumn:
        return tr("Status");
    case MunicipalityColumn:
        return tr("Municipality");
    case PlanColumn:
        return tr("Plan");
    case KindColumn:
        return tr("Kind of plan");
    }
    return {};
}

QStringList ExampleBankModel::focusAreas() const
{
    QSet<QString> seen;
    QStringList names;
    for (const Entry& entry : m_entries) {
        const QString& name = entry.listing.focusArea;
        if (!name.isEmpty() && !seen.contains(name.toCaseFolded())) {
            seen.insert(name.toCaseFolded());
            names << name;
        }
    }
    std::sort(names.begin(), names.end(), Language::collator());
    return names;
}

QVector<std::pair<qint64, QString>> ExampleBankModel::municipalities() const
{
    QHash<qint64, QString> names;
    for (const Entry& entry : m_entries)
        names.insert(entry.listing.municipalityId, entry.listing.municipality);
    QVector<std::pair<qint64, QString>> result;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        result.append({it.key(), it.value()});
    ExampleBank::sortByName(result);
    return result;
}

ExampleBankFilter::ExampleBankFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(Language::collator())
{
}

bool ExampleBankFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int order = m_collator.compare(left.data().toString(), right.data().toString());
    if (order != 0)
        return order < 0;
    // Ties in source order whichever way the column is sorted.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

void ExampleBankFilter::setText(const QString& text)
{
    m_words = text.toCaseFolded().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ExampleBankFilter::setNetwork(qint64 networkId)
{
    m_network = networkId;
    invalidateRowsFilter();
}

void ExampleBankFilter::setFocusArea(const QString& name)
{
    m_focusArea = name.toCaseFolded();
    invalidateRowsFilter();
}

void ExampleBankFilter::setKind(const QString& kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void ExampleBankFilter::setStatus(const QString& status)
{
    m_status = status;
    invalidateRowsFilter();
}

void ExampleBankFilter::setMunicipality(qint64 municipalityId)
{
    m_municipality = municipalityId;
    invalidateRowsFilter();
}

bool ExampleBankFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&index](int role) {
        return index.data(role);
    };
    if (m_municipality && value(ExampleBankModel::MunicipalityIdRole).toLongLong() != m_municipality)
        return false;
    if (!m_kind.isEmpty() && value(ExampleBankModel::KindCodeRole).toString() != m_kind)
        return false;
    if (!m_status.isEmpty() && value(ExampleBankModel::StatusCodeRole).toString() != m_status)
        return false;
    if (m_network && !value(ExampleBankModel::NetworkIdsRole).value<QList<qint64>>().contains(m_network))
        return false;
    if (!m_focusArea.isEmpty()
        && sourceModel()
                ->index(sourceRow, ExampleBankModel::FocusAreaColumn, sourceParent)
                .data()
                .toString()
                .toCaseFolded()
            != m_focusArea)
        return false;
    const QString text = value(ExampleBankModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QString& word) { return text.contains(word); });
}

QVector<MeasureRow> ExampleBank::copies(Stores& stores, const QVector<qint64>& measureIds, qint64 planId)
{
    // Per focus area of the plan (by folded name): the number its codes start with and the next free second number.
    struct Numbering
    {
        int area = 0;
        int next = 1;
    };
    QHash<QString, Numbering> numbering;
    QHash<qint64, QString> areaKeys;
    int nextArea = 1;
    for (const FocusArea& area : stores.focusAreas.list(QStringLiteral("plan_id"), planId)) {
        numbering.insert(area.name.toCaseFolded(), {area.position + 1, 1});
        areaKeys.insert(area.id, area.name.toCaseFolded());
        nextArea = std::max(nextArea, area.position + 2);
    }
    static const QRegularExpression twoPartCode(QStringLiteral("^(\\d+)\\.(\\d+)$"));
    for (const Measure& measure : stores.measures.list(QStringLiteral("plan_id"), planId)) {
        const QRegularExpressionMatch match = twoPartCode.match(measure.code.trimmed());
        const auto it = numbering.find(areaKeys.value(measure.focusAreaId));
        if (!match.hasMatch() || it == numbering.end())
            continue;
        it->area = match.captured(1).toInt(); // the plan's own numbering wins over the area's position
        it->next = std::max(it->next, match.captured(2).toInt() + 1);
    }

    QVector<MeasureRow> rows;
    for (qint64 id : measureIds) {
        const QVector<MeasureListing> found = stores.measures.listings(0, id);
        if (found.isEmpty())
            continue;
        const MeasureListing& source = found.constFirst();
        MeasureRow row;
        row.focusArea = source.focusArea;
        Measure& copy = row.measure;
        copy.title = source.measure.title;
        copy.description = source.measure.description;
        copy.costNok = source.measure.costNok;
        copy.fundingSource = source.measure.fundingSource;
        copy.status = QStringLiteral("planned");
        copy.progress = 0;
        copy.originUuid = source.measure.uuid;
        copy.originMunicipality = source.municipality;
        copy.originPlan = source.planTitle;
        if (!row.focusArea.isEmpty()) {
            const QString key = row.focusArea.toCaseFolded();
            if (!numbering.contains(key))
                numbering.insert(key, {nextArea++, 1});
            Numbering& n = numbering[key];
            copy.code = QStringLiteral("%1.%2").arg(n.area).arg(n.next++);
        }
        rows << row;
    }
    return rows;
}

QVector<std::pair<qint64, QString>> ExampleBank::networkChoices(Stores& stores)
{
    QVector<std::pair<qint64, QString>> choices;
    for (const Network& network : stores.networks.list())
        choices.append({network.id, network.name});
    sortByName(choices);
    return choices;
}

QVector<std::pair<qint64, QString>> ExampleBank::planChoices(Stores& stores)
{
    QHash<qint64, QString> municipalityNames;
    for (const Municipality& municipality : stores.municipalities.list())
        municipalityNames.insert(municipality.id, municipality.name);
    QVector<std::pair<qint64, QString>> choices;
    for (const Plan& plan : stores.plans.list())
        choices.append({plan.id, tr("%1 – %2").arg(municipalityNames.value(plan.municipalityId), plan.title)});
    sortByName(choices);
    return choices;
}

void ExampleBank::sortByName(QVector<std::pair<qint64, QString>>& choices)
{
    const QCollator collator = Language::collator();
    std::sort(choices.begin(), choices.end(), [&collator](const auto& a, const auto& b) {
        return collator.compare(a.second, b.second) < 0;
    });
}
