#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// Sorts texts as Norwegian readers do in every language of the window (æ, ø, å last; 1.2 before 1.10) and other
// values (numbers, dates) by value, reading the sort role. QSortFilterProxyModel's own locale-aware sort follows the
// system's collation, which is not the app's language.
class NorwegianSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NorwegianSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator;
};
