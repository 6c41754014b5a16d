#pragma once

#include <QCollator>
#include <QHash>
#include <QSortFilterProxyModel>

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
    // Text compares through collation keys made once per cell: sorting every measure of a national file compares each
    // row some fifteen times, and a key compares far faster than the collator does.
    int compareText(int leftRow, const QString& a, int rightRow, const QString& b, int column) const;
    const QCollatorSortKey& sortKey(int row, int column, const QString& text) const;

    QString m_text;
    QString m_foldedText;
    QString m_status;
    qint64 m_focusAreaId = 0;
    qint64 m_ownerId = 0;
    int m_attentionRole = 0;
    QCollator m_collator;
    mutable QHash<quint64, QCollatorSortKey> m_sortKeys; // by source row and column; cleared when the source changes
    QVector<QMetaObject::Connection> m_sourceConnections;
};
