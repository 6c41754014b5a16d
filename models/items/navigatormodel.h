#pragma once

#include "entities.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

class Stores;

// The navigator: networks → member municipalities → plans, and "All municipalities" → every municipality → its
// plans. Each row shows how many measures lie below it and how many of those are done. A municipality can stand
// under several networks; every place it stands follows the same changes.
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        MeasuresColumn,
        DoneColumn,
        ColumnCount,
    };
    enum class Kind {
        Network,
        AllMunicipalities,
        Municipality,
        Plan,
    };
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole, // the network's, municipality's or plan's id
        PlanIdRole,
        MunicipalityIdRole,
        SortRole,
    };

    explicit NavigatorModel(Stores& stores, QObject* parent = nullptr);
    ~NavigatorModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Reads the networks, municipalities and plans again (after others changed them on a network's server).
    void reload();
    // Every place the plan stands (under its networks and under "All municipalities").
    QModelIndexList indexesOfPlan(qint64 planId) const;
    QModelIndex allMunicipalitiesIndex() const;

signals:
    // A plan's title was edited in the tree; the window turns it into an undoable command.
    void renameRequested(qint64 planId, const QString& title);

private:
    struct Node;
    void planAdded(qint64 planId);
    void planChanged(qint64 planId);
    void planRemoved(qint64 planId);
    // Reads the measure counts of one plan (0: of every plan) and updates the rows that show them.
    void refreshCounts(qint64 planId = 0);
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(Node* node, int column = 0) const;
    std::vector<Node*> placesOf(Kind kind, qint64 id) const;
    std::unique_ptr<Node> makeMunicipality(const Municipality& municipality, Node* parent) const;
    std::unique_ptr<Node> makePlan(const PlanSummary& plan, Node* parent) const;
    void emitCountsChanged(Node* node);

    Stores& m_stores;
    std::unique_ptr<Node> m_root;
    // Where each plan and municipality stands in the tree (a municipality may stand in several networks).
    QHash<qint64, std::vector<Node*>> m_planNodes;
    QHash<qint64, std::vector<Node*>> m_municipalityNodes;
};
