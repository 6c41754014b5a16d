#include "measurefiltermodel.h"

#include "measuretablemodel.h"
#include "searchtext.h"

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
    m_sortKeys.clear();
    // Connected before the proxy's own handlers, so that it never sorts a changed row by an old key.
    if (sourceModel) {
        const auto forget = [this] {
            m_sortKeys.clear();
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

const QCollatorSortKey& MeasureFilterModel::sortKey(int row, int column, const QString& text) const
{
    const quint64 cell = (quint64(row) << 8) | quint64(column);
    auto found = m_sortKeys.constFind(cell);
    if (found == m_sortKeys.cend())
        found = m_sortKeys.insert(cell, m_collator.sortKey(text));
    return *found;
}

int MeasureFilterModel::compareText(int leftRow, const QString& a, int rightRow, const QString& b, int column) const
{
    return sortKey(leftRow, column, a).compare(sortKey(rightRow, column, b));
}

void MeasureFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs filterAcceptsRow for every row.
    invalidateFilter();
}

void MeasureFilterModel::setText(const QString& text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    m_foldedText = foldedForSearch(m_text);
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
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(MeasureTableModel::StatusCodeRole).toString() != m_status)
        return false;
    if (m_focusAreaId > 0 && index.data(MeasureTableModel::FocusAreaIdRole).toLongLong() != m_focusAreaId)
        return false;
    if (m_ownerId > 0 && index.data(MeasureTableModel::OwnerIdRole).toLongLong() != m_ownerId)
        return false;
    if (m_attentionRole != 0 && !index.data(m_attentionRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    // Case folding keeps ø, æ and å apart from o, e and a, as Norwegian readers expect. The row's text comes folded
    // already, so that each key typed costs one plain search per row.
    return index.data(MeasureTableModel::SearchTextRole).toString().contains(m_foldedText);
}

bool MeasureFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* measures = qobject_cast<const MeasureTableModel*>(sourceModel());
    if (measures && left.column() == MeasureTableModel::FocusAreaColumn) {
        // The default order, so the one every plan opens in: read straight from the rows, no values made per compare.
        // Within a focus area, measures follow their codes.
        const MeasureListing* l = measures->listing(left.row());
        const MeasureListing* r = measures->listing(right.row());
        const int a = MeasureTableModel::focusAreaRank(*l);
        const int b = MeasureTableModel::focusAreaRank(*r);
        if (a != b)
            return a < b;
        return compareText(left.row(), l->measure.code, right.row(), r->measure.code, MeasureTableModel::CodeColumn)
            < 0;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return compareText(left.row(), a.toString(), right.row(), b.toString(), left.column()) < 0;
    return QPartialOrdering::Less == QVariant::compare(a, b);
}
