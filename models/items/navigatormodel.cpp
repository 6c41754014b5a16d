#include "navigatormodel.h"

#include "database.h"
#include "language.h"
#include "stores.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

struct NavigatorModel::Node
{
    Kind kind = Kind::Plan;
    qint64 id = 0;
    QString name;
    QString tooltip;
    bool isSample = false;
    int measures = 0; // for a plan its own; for other nodes the sum below
    int done = 0;
    int cancelled = 0;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    // Sums the counts of the plans below, and says whether anything changed.
    bool recount()
    {
        if (kind == Kind::Plan)
            return false;
        int m = 0, d = 0, c = 0;
        for (const auto& child : children) {
            child->recount();
            m += child->measures;
            d += child->done;
            c += child->cancelled;
        }
        const bool changed = m != measures || d != done || c != cancelled;
        measures = m;
        done = d;
        cancelled = c;
        return changed;
    }
};

NavigatorModel::NavigatorModel(Stores& stores, QObject* parent)
    : QAbstractItemModel(parent)
    , m_stores(stores)
{
    connect(&stores.plans, &Store::added, this, &NavigatorModel::planAdded);
    connect(&stores.plans, &Store::changed, this, &NavigatorModel::planChanged);
    connect(&stores.plans, &Store::removed, this, &NavigatorModel::planRemoved);
    // Counts follow a measure's plan and status: only that plan's are read again (every plan's took 12 ms at national
    // scale, on each edit). A removed measure no longer names its plan, so removals read them all.
    const auto measureCounted = [this](qint64 measureId) {
        const std::optional<Measure> measure = m_stores.measures.get(measureId);
        refreshCounts(measure ? measure->planId : 0);
    };
    connect(&stores.measures, &Store::added, this, measureCounted);
    connect(&stores.measures, &Store::changed, this, [this, measureCounted](qint64 id, const QStringList& fields) {
        if (fields.contains(QLatin1String("plan_id")))
            refreshCounts();
        else if (fields.contains(QLatin1String("status")))
            measureCounted(id);
    });
    connect(&stores.measures, &Store::removed, this, [this] { refreshCounts(); });
    // Membership and networks change rarely and reshape whole branches: those reload.
    connect(&stores.networks, &NetworkStore::membersChanged, this, &NavigatorModel::reload);
    for (auto signal : {&Store::added, &Store::removed})
        connect(&stores.networks, signal, this, &NavigatorModel::reload);
    connect(&stores.networks, &Store::changed, this, &NavigatorModel::reload);
    reload();
}

NavigatorModel::~NavigatorModel() = default;

std::unique_ptr<NavigatorModel::Node> NavigatorModel::makePlan(const PlanSummary& plan, Node* parent) const
{
    auto node = std::make_unique<Node>();
    node->kind = Kind::Plan;
    node->id = plan.planId;
    node->name = plan.title;
    node->isSample = plan.isSample;
    node->measures = plan.measureCount;
    node->done = plan.doneCount;
    node->cancelled = plan.cancelledCount;
    node->parent = parent;
    return node;
}

std::unique_ptr<NavigatorModel::Node> NavigatorModel::makeMunicipality(const Municipality& municipality,
                                                                       Node* parent) const
{
    auto node = std::make_unique<Node>();
    node->kind = Kind::Municipality;
    node->id = municipality.id;
    node->name = municipality.name;
    node->tooltip = tr("%1 %2, %3").arg(municipality.number, municipality.name, municipality.county);
    node->parent = parent;
    return node;
}

void NavigatorModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->kind = Kind::Network; // not a plan: it sums what is below it
    m_planNodes.clear();
    m_municipalityNodes.clear();
    // Norwegian alphabetical order: æ, ø, å last, and "Aa" as "Å".
    QVector<Municipality> byName = m_stores.municipalities.list();
    const QCollator collator = Language::collator();
    std::sort(byName.begin(), byName.end(), [&collator](const Municipality& a, const Municipality& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    QHash<qint64, Municipality> municipalities;
    for (const Municipality& m : byName)
        municipalities.insert(m.id, m);
    QHash<qint64, QVector<PlanSummary>> plansByMunicipality;
    for (const PlanSummary& summary : m_stores.plans.summaries())
        plansByMunicipality[summary.municipalityId] << summary;
    auto addMunicipality = [&](Node* parent, qint64 municipalityId) {
        if (!municipalities.contains(municipalityId))
            return;
        auto node = makeMunicipality(municipalities.value(municipalityId), parent);
        m_municipalityNodes[municipalityId].push_back(node.get());
        for (const PlanSummary& plan : plansByMunicipality.value(municipalityId)) {
            node->children.push_back(makePlan(plan, node.get()));
            m_planNodes[plan.planId].push_back(node->children.back().get());
        }
        parent->children.push_back(std::move(node));
    };
    for (const Network& network : m_stores.networks.list({}, {}, QStringLiteral("name"))) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Network;
        node->id = network.id;
        node->name = network.name;
        node->tooltip = network.description;
        node->isSample = network.isSample;
        node->parent = m_root.get();
        const QVector<qint64> members = m_stores.networks.memberIds(network.id);
        for (const Municipality& m : byName) {
            if (members.contains(m.id))
                addMunicipality(node.get(), m.id);
        }
        m_root->children.push_back(std::move(node));
    }
    auto all = std::make_unique<Node>();
    all->kind = Kind::AllMunicipalities;
    all->parent = m_root.get();
    for (const Municipality& m : byName)
        addMunicipality(all.get(), m.id);
    m_root->children.push_back(std::move(all));
    m_root->recount();
    endResetModel();
}

NavigatorModel::Node* NavigatorModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigatorModel::indexOf(Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node* node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex NavigatorModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int NavigatorModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant NavigatorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    const int active = node->measures - node->cancelled;
    const double share = active > 0 ? double(node->done) / active : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (node->kind == Kind::AllMunicipalities)
                return tr("All municipalities");
            if (node->kind == Kind::Plan && node->isSample)
                return tr("%1 (sample data)").arg(node->name);
            return node->name;
        case MeasuresColumn:
            return node->measures > 0 ? QLocale().toString(node->measures) : QString();
        case DoneColumn:
            return node->measures > 0 ? tr("%1 %").arg(qRound(share * 100)) : QString();
        }
        return {};
    case Qt::EditRole:
        return node->name;
    case Qt::ToolTipRole:
        if (node->kind == Kind::Plan)
            return tr("%1: %n measure(s), %2 % done", nullptr, node->measures).arg(node->name).arg(qRound(share * 100));
        return node->tooltip.isEmpty() ? data(index, Qt::DisplayRole) : node->tooltip;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case PlanIdRole:
        return node->kind == Kind::Plan ? node->id : 0;
    case MunicipalityIdRole:
        if (node->kind == Kind::Municipality)
            return node->id;
        if (node->kind == Kind::Plan && node->parent)
            return node->parent->id;
        return 0;
    case SortRole:
        return index.column() == NameColumn ? QVariant(node->name) : QVariant(node->measures);
    default:
        return {};
    }
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Network, municipality, plan");
    case MeasuresColumn:
        return tr("Measures");
    case DoneColumn:
        return tr("Done", "share of measures done, a narrow column");
    default:
        return {};
    }
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    // A plan hangs under its municipality; on a network's server, another municipality's plan is not to be renamed.
    const Node* node = index.isValid() ? nodeOf(index) : nullptr;
    if (node && index.column() == NameColumn && node->kind == Kind::Plan && node->parent
        && m_stores.db.mayEditMunicipality(node->parent->id))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool NavigatorModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || nodeOf(index)->kind != Kind::Plan)
        return false;
    const QString title = value.toString().trimmed();
    if (title.isEmpty() || title == nodeOf(index)->name)
        return false;
    emit renameRequested(nodeOf(index)->id, title);
    return true;
}

std::vector<NavigatorModel::Node*> NavigatorModel::placesOf(Kind kind, qint64 id) const
{
    const auto& index = kind == Kind::Plan ? m_planNodes : m_municipalityNodes;
    return index.value(id);
}

QModelIndexList NavigatorModel::indexesOfPlan(qint64 planId) const
{
    QModelIndexList indexes;
    for (Node* node : placesOf(Kind::Plan, planId))
        indexes << indexOf(node);
    return indexes;
}

QModelIndex NavigatorModel::allMunicipalitiesIndex() const
{
    return m_root->children.empty() ? QModelIndex() : indexOf(m_root->children.back().get());
}

void NavigatorModel::emitCountsChanged(Node* node)
{
    for (Node* n = node; n && n != m_root.get(); n = n->parent)
        emit dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
}

void NavigatorModel::planAdded(qint64 planId)
{
    const QVector<PlanSummary> summaries = m_stores.plans.summaries(planId);
    if (summaries.isEmpty())
        return;
    const std::vector<Node*> places = placesOf(Kind::Municipality, summaries.first().municipalityId);
    for (Node* municipality : places) {
        const int row = int(municipality->children.size());
        beginInsertRows(indexOf(municipality), row, row);
        municipality->children.push_back(makePlan(summaries.first(), municipality));
        m_planNodes[planId].push_back(municipality->children.back().get());
        endInsertRows();
    }
    m_root->recount();
    for (Node* municipality : places)
        emitCountsChanged(municipality);
}

void NavigatorModel::planChanged(qint64 planId)
{
    const QVector<PlanSummary> summaries = m_stores.plans.summaries(planId);
    if (summaries.isEmpty())
        return;
    for (Node* node : placesOf(Kind::Plan, planId)) {
        node->name = summaries.first().title;
        node->isSample = summaries.first().isSample;
        emit dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    }
}

void NavigatorModel::planRemoved(qint64 planId)
{
    const std::vector<Node*> places = m_planNodes.take(planId);
    for (Node* node : places) {
        Node* municipality = node->parent;
        const int row = node->row();
        beginRemoveRows(indexOf(municipality), row, row);
        municipality->children.erase(municipality->children.begin() + row);
        endRemoveRows();
        m_root->recount();
        emitCountsChanged(municipality);
    }
}

void NavigatorModel::refreshCounts(qint64 planId)
{
    std::vector<Node*> changed;
    for (const PlanSummary& summary : m_stores.plans.summaries(planId)) {
        for (Node* node : placesOf(Kind::Plan, summary.planId)) {
            if (node->measures == summary.measureCount && node->done == summary.doneCount
                && node->cancelled == summary.cancelledCount)
                continue;
            node->measures = summary.measureCount;
            node->done = summary.doneCount;
            node->cancelled = summary.cancelledCount;
            changed.push_back(node);
        }
    }
    if (changed.empty())
        return;
    m_root->recount();
    for (Node* node : changed)
        emitCountsChanged(node);
}
