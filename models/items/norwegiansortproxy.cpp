#include "norwegiansortproxy.h"

#include "language.h"

NorwegianSortProxy::NorwegianSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(Language::collator())
{
    m_collator.setNumericMode(true);
}

bool NorwegianSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() != QMetaType::QString || b.typeId() != QMetaType::QString)
        return QSortFilterProxyModel::lessThan(left, right);
    const int order = m_collator.compare(a.toString(), b.toString());
    if (order != 0)
        return order < 0;
    // Ties keep the model's order whichever way the column is sorted.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}
