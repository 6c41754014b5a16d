#include "measurefiltermodel.h"

#include "measuretablemodel.h"
#include "searchtext.h"

#include <algorithm>
#include <numeric>

MeasureFilterModel::MeasureFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway))
{
    m_collator.setNumericMode(true); // "2.10" after "2.9"
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(MeasureTableModel::SortRole);
}

void MeasureFilterModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_ranks.clear();
    m_textMatches.clear();
    m_measures = qobject_cast<const MeasureTableModel*>(sourceModel);
    // Connected before the proxy's own handlers, so that it never sorts a changed row by its old place.
    if (sourceModel) {
        const auto forget = [this] {
            m_ranks.clear();
            m_textMatches.clear();
        };
        m_sourceConnections = {connect(sourceModel, &QAbstractItemModel::dataChanged, this, forget),
                               connect(sourceModel, &QAbstractItemModel::rowsInserted, this, forget),
                               connect(sourceModel, &QAbstractItemModel::rowsRemoved, this, forget),
                               connect(sourceModel, &QAbstractItemModel::rowsMoved, this, forget),
                               connect(sourceModel, &QAbstractItemModel::modelReset, this, forget),
                               connect(sourceModel, &QAbstractItemModel::layoutChanged, this, forget)};
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

const QVector<int>& MeasureFilterModel::ranks(int column) const
{
    if (m_ranks.size() <= column)
        m_ranks.resize(column + 1);
    QVector<int>& rank = m_ranks[column];
    if (rank.isEmpty()) {
        const QVector<int> order = sourceOrder(column);
        rank.resize(order.size());
        for (int i = 0; i < order.size(); ++i)
            rank[order.at(i)] = i;
    }
    return rank;
}

QVector<int> MeasureFilterModel::sourceOrder(int column) const
{
    const int rows = sourceModel()->rowCount();
    QVector<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    if (m_measures && column == MeasureTableModel::FocusAreaColumn) {
        // The default order, the one every plan opens in: by the area's place in the plan, then by code.
        QVector<int> areas;
        QVector<QCollatorSortKey> codes;
        areas.reserve(rows);
        codes.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const MeasureListing* listing = m_measures->listing(row);
            areas << MeasureTableModel::focusAreaRank(*listing);
            codes << m_collator.sortKey(listing->measure.code);
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return areas.at(a) != areas.at(b) ? areas.at(a) < areas.at(b) : codes.at(a).compare(codes.at(b)) < 0;
        });
        return order;
    }
    QVector<QVariant> values;
    QVector<QCollatorSortKey> keys; // of text values (an empty key for others, never compared)
    values.reserve(rows);
    keys.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        values << sourceModel()->index(row, column).data(sortRole());
        keys << m_collator.sortKey(values.last().typeId() == QMetaType::QString ? values.last().toString() : QString());
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QVariant& x = values.at(a);
        const QVariant& y = values.at(b);
        if (x.typeId() == QMetaType::QString && y.typeId() == QMetaType::QString)
            return keys.at(a).compare(keys.at(b)) < 0;
        return QPartialOrdering::Less == QVariant::compare(x, y);
    });
    return order;
}

void MeasureFilterModel::refilter()
{
    // invalidate(), not invalidateFilter(): the latter tells the views of every run of rows that went or came back,
    // and the table's row header walks all its sections for each, so that a key typed over a national file sent
    // thousands of removals and took a quarter of a second. One layout change re-sorts the rows that remain instead
    // (through the kept ranks) and keeps the selection.
    invalidate();
}

void MeasureFilterModel::setText(const QString& text)
{
    if (text.trimmed() == m_text)
        return;
    const QString before = m_foldedText;
    m_text = text.trimmed();
    m_foldedText = foldedForSearch(m_text);
    if (before.isEmpty() || !m_foldedText.contains(before)) {
        m_textMatches.clear();
    } else if (!m_foldedText.startsWith(before)) { // typed inside: found rows are searched again from the start
        std::replace_if(
            m_textMatches.begin(), m_textMatches.end(), [](int at) { return at >= 0; }, 0);
    }
    refilter();
}

void MeasureFilterModel::setStatus(const QString& statusCode)
{
    m_status = statusCode;
    refilter();
}

void MeasureFilterModel::setFocusArea(qint64 focusAreaId)
{
    m_focusAreaId = focusAreaId;
    refilter();
}

void MeasureFilterModel::setOwner(qint64 ownerId)
{
    m_ownerId = ownerId;
    refilter();
}

void MeasureFilterModel::setOverdueOnly(bool overdueOnly)
{
    setAttentionRole(overdueOnly ? MeasureTableModel::OverdueRole : 0);
}

void MeasureFilterModel::setAttentionRole(int role)
{
    m_attentionRole = role;
    refilter();
}

bool MeasureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_measures && !textMatches(sourceRow)) // the cheapest test, and the one that decides most
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(MeasureTableModel::StatusCodeRole).toString() != m_status)
        return false;
    if (m_focusAreaId > 0 && index.data(MeasureTableModel::FocusAreaIdRole).toLongLong() != m_focusAreaId)
        return false;
    if (m_ownerId > 0 && index.data(MeasureTableModel::OwnerIdRole).toLongLong() != m_ownerId)
        return false;
    if (m_attentionRole != 0 && !index.data(m_attentionRole).toBool())
        return false;
    // Case folding keeps ø, æ and å apart from o, e and a, as Norwegian readers expect. The row's text comes folded
    // already, so that each key typed costs one plain search per row.
    return m_measures || m_foldedText.isEmpty()
        || index.data(MeasureTableModel::SearchTextRole).toString().contains(m_foldedText);
}

bool MeasureFilterModel::textMatches(int sourceRow) const
{
    if (m_foldedText.isEmpty())
        return true;
    if (m_textMatches.size() != m_measures->rowCount())
        m_textMatches = QVector<int>(m_measures->rowCount(), Unknown);
    int& at = m_textMatches[sourceRow];
    if (at != Missing)
        at = int(m_measures->listing(sourceRow)->searchText.indexOf(m_foldedText, at == Unknown ? 0 : at));
    return at >= 0;
}

bool MeasureFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVector<int>& rank = ranks(left.column());
    return rank.at(left.row()) < rank.at(right.row());
}
