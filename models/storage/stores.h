#pragma once

#include "entitystore.h"

class QSqlQuery;

#include <QSet>

class Database;

// Networks and their member municipalities.
class NetworkStore : public EntityStore<Network>
{
    Q_OBJECT

public:
    explicit NetworkStore(Database& db, QObject* parent = nullptr);

    bool addMember(qint64 networkId, qint64 municipalityId);
    bool removeMember(qint64 networkId, qint64 municipalityId);
    QVector<qint64> memberIds(qint64 networkId) const;
    // The networks the municipality is a member of, by name.
    QVector<Network> networksOf(qint64 municipalityId) const;
    std::optional<Network> byName(const QString& name) const;

signals:
    void membersChanged(qint64 networkId);

private:
    bool changeMembership(qint64 networkId, qint64 municipalityId, const QString& statement, bool joining);
};

// The municipalities of Norway, shipped with the app and written into every new file.
class MunicipalityStore : public EntityStore<Municipality>
{
    Q_OBJECT

public:
    explicit MunicipalityStore(Database& db, QObject* parent = nullptr);

    std::optional<Municipality> byNumber(const QString& number) const;
    // Adds every municipality of the shipped list that the file lacks, in one transaction.
    bool addReferenceList();
    // The shipped list (resources/data/municipalities.tsv).
    static QVector<Municipality> referenceList(QString* error = nullptr);
    // The columns the reference list fills, and one municipality's values bound to an insert of them in that order
    // (the same rows go into a file and onto a server, each through its own dialect's insert).
    static QStringList referenceColumns();
    static void bindReference(QSqlQuery& insert, const Municipality& municipality);
};

// Plans, and the overview of all plans with their measure counts.
class PlanStore : public EntityStore<Plan>
{
    Q_OBJECT

public:
    explicit PlanStore(Database& db, QObject* parent = nullptr);

    // Every plan with its municipality and measure counts, ordered by municipality number and title.
    QVector<PlanSummary> summaries(qint64 planId = 0) const;
};

// Measures, and the joined listing the measures table shows.
class MeasureStore : public EntityStore<Measure>
{
    Q_OBJECT

public:
    explicit MeasureStore(Database& db, QObject* parent = nullptr);

    // The measures of one plan (or of every plan, for planId 0), or just the one measure given.
    QVector<MeasureListing> listings(qint64 planId, qint64 measureId = 0) const;
    // The focus areas and owners that measures of the municipality's plans refer to (these cannot be removed
    // without emptying measures, so the plan properties dialog only lets them be renamed).
    QSet<qint64> usedFocusAreaIds(qint64 municipalityId) const;
    QSet<qint64> usedOwnerIds(qint64 municipalityId) const;
    // Focus areas in the plan's order, measures without one last; within an area by code as people count
    // (1.2 < 1.10). The order of the report and the plan check.
    static void sortInPlanOrder(QVector<MeasureListing>& measures);

    // The measures, of any plan, that take part in the joint project.
    QVector<MeasureListing> jointProjectListings(qint64 jointProjectId) const;

private:
    QSet<qint64> usedIds(const QString& column, qint64 municipalityId) const;
    QVector<MeasureListing> listingsWhere(const QString& where, const QVariantList& values) const;
};

// The change log, read back for "who changed what".
class ChangeLogReader
{
public:
    explicit ChangeLogReader(Database& db)
        : m_db(db)
    {
    }
    // The changes of one entity row, newest first.
    QVector<ChangeLogEntry> entries(const QString& entity, qint64 id, int limit = 500) const;
    // The changes to the measures now in the plan made after the given time, oldest first.
    QVector<ChangeLogEntry> measureChangesSince(qint64 planId, const QDateTime& since) const;

private:
    Database& m_db;
};

// The joint projects of networks.
class JointProjectStore : public EntityStore<JointProject>
{
    Q_OBJECT

public:
    explicit JointProjectStore(Database& db, QObject* parent = nullptr);
    // The network's projects in their order.
    QVector<JointProject> ofNetwork(qint64 networkId) const;
    // The projects of every network the municipality belongs to, by network and order: what its measures can join.
    QVector<JointProject> openTo(qint64 municipalityId) const;
    // A new project of the network named `name`, placed last; nothing, with the reason, when the name is empty or
    // another project of the network has it (in any case).
    std::optional<JointProject> draft(qint64 networkId, const QString& name, QString* error) const;
    // `project` renamed, or nothing with the reason (as for draft).
    std::optional<JointProject> renamed(const JointProject& project, const QString& name, QString* error) const;

private:
    bool nameIsFree(qint64 networkId, const QString& name, qint64 exceptId, QString* error) const;
};

using AssessmentStore = EntityStore<AssessmentRecord>;
using FocusAreaStore = EntityStore<FocusArea>;
using OwnerStore = EntityStore<Owner>;
using ProgressUpdateStore = EntityStore<ProgressUpdate>;
using IndicatorStore = EntityStore<Indicator>;
using IndicatorValueStore = EntityStore<IndicatorValue>;
using GrantStore = EntityStore<Grant>;

// The council reports exported from the file.
class ReportStore : public EntityStore<ReportRecord>
{
    Q_OBJECT

public:
    explicit ReportStore(Database& db, QObject* parent = nullptr);
    // The newest report of the plan, if one was ever recorded.
    std::optional<ReportRecord> latest(qint64 planId) const;
};

// The summaries members sent their network coordinator.
class MemberSummaryStore : public EntityStore<MemberSummaryRecord>
{
    Q_OBJECT

public:
    explicit MemberSummaryStore(Database& db, QObject* parent = nullptr);
    // The one made last by the municipality about its plans of the kind (of any kind, for an empty one).
    std::optional<MemberSummaryRecord> latest(qint64 municipalityId, const QString& planKind) const;
};

// All stores of one open file, so that every pane and command shares the same instances (and so the same signals).
class Stores
{
public:
    explicit Stores(Database& db);

    // Whether this user may change the plan (see Database::mayEditMunicipality); false for a plan that is not there.
    bool mayEditPlan(qint64 planId) const;

    Database& db;
    NetworkStore networks;
    MunicipalityStore municipalities;
    PlanStore plans;
    FocusAreaStore focusAreas;
    OwnerStore owners;
    MeasureStore measures;
    ProgressUpdateStore progressUpdates;
    IndicatorStore indicators;
    IndicatorValueStore indicatorValues;
    GrantStore grants;
    ReportStore reports;
    MemberSummaryStore memberSummaries;
    JointProjectStore jointProjects;
    AssessmentStore assessments;
    ChangeLogReader changeLog;

private:
    // Each plan's municipality, which never changes: views ask whether a plan may be edited for every cell they draw,
    // and on a server each read of the plan is a round trip. Emptied when plans are removed or the data read anew.
    mutable QHash<qint64, qint64> m_planMunicipality;
};
