#pragma once

#include "networkcomparison.h"

#include <QAbstractTableModel>

class CoalescedCall;
class Stores;

// The network view's table: one row per member municipality with its plans, measures, share done, mean progress,
// overdue measures, last update and, per indicator the members share, its latest value against its target. Follows
// the file: reads it again after every burst of changes.
class NetworkCompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MunicipalityColumn,
        PlansColumn,
        MeasuresColumn,
        ShareDoneColumn,
        MeanProgressColumn,
        OverdueColumn,
        LastUpdateColumn,
        FirstIndicatorColumn, // then one per shared indicator
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the figure itself (a number, a date), for sorting and for exports
        MunicipalityNumberRole,
    };

    explicit NetworkCompareModel(Stores& stores, QObject* parent = nullptr);

    // Compares the network's members' plans of the kind (every kind for an empty one) as they stand on today.
    void setNetwork(qint64 networkId, const QString& planKind, const QDate& today);
    qint64 networkId() const { return m_networkId; }
    QString planKind() const { return m_planKind; }
    QDate today() const { return m_today; }

    const QVector<MemberSummary>& members() const { return m_members; }
    const QVector<SharedIndicator>& indicators() const { return m_indicators; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

signals:
    // After every reload: charts redraw from members() and indicators().
    void compared();

private:
    QVariant display(const MemberSummary& member, int column) const;
    QVariant figure(const MemberSummary& member, int column) const;

    Stores& m_stores;
    CoalescedCall* m_reload;
    qint64 m_networkId = 0;
    QString m_planKind;
    QDate m_today;
    QVector<MemberSummary> m_members;
    QVector<SharedIndicator> m_indicators;
};
