#pragma once

// The plan check: what a sound plan has before it goes to the council. Miljødirektoratet's guidance for municipal
// climate plans asks for goals, measures, a division of responsibility, deadlines and revision at least every four
// years; each rule below is one of those, checked on the stored plan. Holds codes and values, not sentences: the
// panel and the report word the findings in their own language.

#include "entities.h"

#include <QCoreApplication>

class Stores;

class PlanCheck
{
    Q_DECLARE_TR_FUNCTIONS(PlanCheck)

public:
    enum Rule {
        HasMeasures,
        MeasureOwners,
        MeasureDeadlines,
        MeasureStatuses,
        NoForgottenDeadlines, // past the deadline, still open, and no update in the last three months
        PlanPeriod,
        IndicatorTargets,
        RecentRevision,
        RuleCount,
    };

    struct RuleResult
    {
        Rule rule = HasMeasures;
        int checked = 0; // measures (or 1 for a rule about the plan)
        int passed = 0;
        bool applies = true; // false where the rule does not apply yet (a draft has no revision to be late)
        bool fulfilled() const { return passed == checked; }
        double share() const { return checked > 0 ? double(passed) / checked : 1.0; }
    };

    // One thing to fix: on a measure (measureId > 0) or on the plan.
    struct Finding
    {
        Rule rule = HasMeasures;
        qint64 measureId = 0;
        QString code;
        QString title;
        QString deadline; // as written, for a forgotten deadline
        QDate lastUpdate; // invalid when the measure was never updated
        QDate adoptedOn; // for a late revision
        int count = 0; // indicators in the plan, for the indicator rule
    };

    Plan plan;
    QDate today;
    QVector<RuleResult> results; // one per rule, in the order of Rule
    QVector<Finding> findings; // by rule, then in the plan's order of measures

    // 0–100: the mean over the rules of the share that passes, so that each rule weighs the same however many
    // measures the plan has.
    int score() const;
    bool isComplete() const { return findings.isEmpty(); }

    // Checks the stored plan; nothing when it cannot be read, with the reason in *error.
    static std::optional<PlanCheck> run(Stores& stores, qint64 planId, const QDate& today, QString* error = nullptr);
    // Checks the values given (measures in the order findings should list them).
    static PlanCheck evaluate(const Plan& plan,
                              const QVector<MeasureListing>& measures,
                              const QVector<Indicator>& indicators,
                              const QDate& today);

    // Translated, in the current language.
    static QString ruleName(Rule rule);
    static QString resultText(const RuleResult& result);
    static QString describe(const Finding& finding);

    static constexpr int StaleMonths = 3;
    static constexpr int RevisionYears = 4;
};
