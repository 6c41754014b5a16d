#include "measurefiltermodel.h"

#include "measuretablemodel.h"

MeasureFilterModel::MeasureFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway))
{
    m_collator.setNumericMode(true); // "2.10" after "2.9"
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(MeasureTableModel::SortRole);
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
    // Case folding keeps ø, æ and å apart from o, e and a, as Norwegian readers expect.
    return index.data(MeasureTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool MeasureFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (left.column() == MeasureTableModel::FocusAreaColumn && a == b) {
        // Within a focus area, measures follow their codes.
        const QModelIndex leftCode = left.siblingAtColumn(MeasureTableModel::CodeColumn);
        const QModelIndex rightCode = right.siblingAtColumn(MeasureTableModel::CodeColumn);
        return m_collator.compare(leftCode.data().toString(), rightCode.data().toString()) < 0;
    }
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QPartialOrdering::Less == QVariant::compare(a, b);
}
