#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QVector>

#include <optional>

class Stores;

// What a network coordinator compares of one member municipality: its plans of the chosen kind summed up. Computed
// from the member's plans in the file, or read from a summary file the member sent (then summaryDate is set), so that
// a coordinator can compare members without holding their whole plans.
struct MemberSummary
{
    struct Area
    {
        QString name;
        int measures = 0;
        int done = 0;
        double meanProgress = 0; // over the area's measures that are not cancelled
    };
    struct Indicator
    {
        QString name;
        QString unit;
        QString direction = QStringLiteral("higher");
        std::optional<int> year; // of the latest measured value
        std::optional<double> value;
        std::optional<int> targetYear;
        std::optional<double> target;
    };

    QString municipalityNumber;
    QString municipality;
    int population = 0;
    QString planKind; // empty: plans of every kind
    QStringList plans;
    QMap<QString, int> statusCounts; // measure status code → count
    int measures = 0;
    int done = 0;
    int cancelled = 0;
    int overdue = 0;
    double meanProgress = 0; // over the measures that are not cancelled
    QDate lastUpdate; // the newest progress update; invalid when there is none
    QVector<Area> areas; // in the plans' order
    QVector<Indicator> indicators; // in the plans' order
    QDate summaryDate; // the day a member's summary file was made; invalid when computed from this file

    double shareDone() const;
    // The area or indicator of that name (case-insensitive), or nullptr.
    const Area* area(const QString& name) const;
    const Indicator* indicator(const QString& name) const;
};

// An indicator that at least two members measure (same name, case-insensitive), as the comparison shows it.
struct SharedIndicator
{
    QString name;
    QString unit;
    QString direction;
    // Where the members' indicators are amounts (tonnes, kilos, pieces), they compare only per inhabitant; shares
    // (%) and rates ("per 100 m beach") compare as they are.
    bool perInhabitant = false;
    // The network's target: the one the members agree on, or the most common of theirs; none when they have none.
    std::optional<double> target;
};

class NetworkComparison
{
    Q_DECLARE_TR_FUNCTIONS(NetworkComparison)

public:
    // Summaries per 1,000 inhabitants read better than per inhabitant (0.12 t rather than 0.00012 t).
    static constexpr int PerInhabitants = 1000;

    // The municipality's plans of the kind (every kind for an empty one; archived plans never) summed up on today.
    static MemberSummary summarize(Stores& stores, qint64 municipalityId, const QString& planKind, const QDate& today);
    // One summary per member of the network, by name in Norwegian order: computed where the member has plans of the
    // kind in the file, otherwise the newest summary file imported from it (members with neither are left out).
    static QVector<MemberSummary>
    members(Stores& stores, qint64 networkId, const QString& planKind, const QDate& today);
    // The plan kind most of the network's members have plans of (empty when they have none).
    static QString commonPlanKind(Stores& stores, qint64 networkId);

    static QVector<SharedIndicator> sharedIndicators(const QVector<MemberSummary>& members);
    static bool isAmount(const QString& unit);
    // The member's value of the indicator as compared: per 1,000 inhabitants where the indicator asks for it.
    static std::optional<double> comparedValue(const MemberSummary& member, const SharedIndicator& indicator);
    static std::optional<double> comparedTarget(const MemberSummary& member, const SharedIndicator& indicator);
    // The focus areas that at least two members have, in the order they first appear; the radar chart's axes.
    static QStringList sharedAreas(const QVector<MemberSummary>& members);
    // The members' mean of an area's mean progress, over the members that have the area.
    static std::optional<double> networkMeanProgress(const QVector<MemberSummary>& members, const QString& area);

    // An indicator's value as the comparison writes it: whole numbers without decimals, small ones with as many as they
    // need (34 %, 12,5 %, 0,468 t per 1 000 inhabitants), in the current locale.
    static QString formatValue(double value);

    // The summary file a member sends its coordinator (JSON, "actionplans-member-summary" version 1).
    static QByteArray toJson(const MemberSummary& summary, const QDate& made);
    // Reads a summary file; on any problem returns nothing and *error names it (and where, for a JSON error).
    static std::optional<MemberSummary> fromJson(const QByteArray& json, QString* error);
    // The municipality's summary file as of today; refused when it has no plan of the kind to summarise.
    static std::optional<QByteArray>
    exportSummary(Stores& stores, qint64 municipalityId, const QString& planKind, const QDate& today, QString* error);
    // Keeps a summary file a member sent, whole, in the file. One that cannot be read, or that names a municipality
    // the file lacks, is refused with the reason and nothing is stored.
    static std::optional<MemberSummary>
    importSummary(Stores& stores, const QByteArray& json, const QDateTime& importedAt, QString* error);
    // The plan to show for a member: its plan of the kind compared, else its first (0 when it has none).
    static qint64 memberPlan(Stores& stores, qint64 municipalityId, const QString& planKind);
    // Every plan of every member, by member in Norwegian order: the network bundle that a coordinator shares.
    static QVector<qint64> memberPlans(Stores& stores, qint64 networkId);
};
