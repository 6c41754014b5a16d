#pragma once

#include "entities.h"

#include <QAbstractTableModel>

class CoalescedCall;
class Stores;

// One member municipality's part in a joint project: how many of its measures take part, how many are done, and
// their mean progress (cancelled measures left out, as in every other figure of the app).
struct JointProjectMember
{
    qint64 municipalityId = 0;
    QString municipality;
    int measures = 0;
    int done = 0;
    double meanProgress = 0;
};

// A joint project of a network (fellesprosjekt): the measures of every member that take part, one row each with
// its municipality, plan, code, title, status, progress and deadline; and per member, the totals its chart shows.
// Follows the file: reads it again after every burst of changes.
class JointProjectModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MunicipalityColumn,
        PlanColumn,
        CodeColumn,
        TitleColumn,
        StatusColumn,
        ProgressColumn,
        DeadlineColumn
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers, codes in natural order, deadlines by their last day
        MeasureIdRole,
        PlanIdRole,
    };

    explicit JointProjectModel(Stores& stores, QObject* parent = nullptr);

    void setProject(qint64 jointProjectId);
    qint64 projectId() const { return m_projectId; }
    // The participating municipalities in Norwegian order.
    const QVector<JointProjectMember>& members() const { return m_members; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

signals:
    // After every reload: the chart redraws from members().
    void reloaded();

private:
    Stores& m_stores;
    CoalescedCall* m_reload;
    qint64 m_projectId = 0;
    QVector<MeasureListing> m_measures;
    QVector<JointProjectMember> m_members;
};
