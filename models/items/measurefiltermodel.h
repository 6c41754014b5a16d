#pragma once

#include <QCollator>
#include <QHash>
#include <QSortFilterProxyModel>

class MeasureTableModel;

// Filters and sorts a MeasureTableModel: text typed as you go (code, title, description, owner; case does not
// matter, but æ, ø and å are letters of their own), status, focus area, owner and "overdue only". Codes sort in
// natural order (2.10 after 2.9); deadlines by their last day whatever their granularity.
class MeasureFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MeasureFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setStatus(const QString& statusCode); // empty: every status
    void setFocusArea(qint64 focusAreaId); // 0: every focus area
    void setOwner(qint64 ownerId); // 0: every owner
    // Only the measures for which a MeasureTableModel role (OverdueRole, DueSoonRole, StaleRole) is true; 0 = all.
    void setAttentionRole(int role);
    void setOverdueOnly(bool overdueOnly);
    int attentionRole() const { return m_attentionRole; }
    void setSourceModel(QAbstractItemModel* sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    // Where each source row sorts by the column: the proxy compares rows some fifteen times each, at every sort and
    // (after invalidate()) every key typed, so the order is worked out once per column and source change — text
    // through collation keys, one per row — and lessThan compares two integers.
    const QVector<int>& ranks(int column) const;
    bool textMatches(int sourceRow) const;
    QVector<int> sourceOrder(int column) const;

    QString m_text;
    QString m_foldedText;
    QString m_status;
    qint64 m_focusAreaId = 0;
    qint64 m_ownerId = 0;
    int m_attentionRole = 0;
    QCollator m_collator;
    mutable QVector<QVector<int>> m_ranks; // by column (empty: not worked out); cleared when the source changes
    // Per source row, where the text was first found, or Unknown or Missing. Typing on only narrows the search: a row
    // the shorter text missed is not searched again, and one it was found in is searched from there (the longer text
    // starts with the shorter, so it cannot occur before). Any other change of text or rows starts afresh.
    enum TextMatch : int { Unknown = -2, Missing = -1 };
    mutable QVector<int> m_textMatches;
    QVector<QMetaObject::Connection> m_sourceConnections;
    const MeasureTableModel* m_measures = nullptr; // the source, when it is one: its rows read directly
};
