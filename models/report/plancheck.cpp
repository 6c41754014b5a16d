#include "plancheck.h"

#include "deadline.h"
#include "language.h"
#include "stores.h"
#include "vocabulary.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

bool hasBaselineAndTarget(const Indicator& indicator)
{
    return indicator.baselineYear && indicator.baselineValue && indicator.targetYear && indicator.targetValue;
}

} // namespace

int PlanCheck::score() const
{
    if (results.isEmpty())
        return 0;
    double sum = 0;
    for (const RuleResult& result : results)
        sum += result.share();
    return int(std::floor(100.0 * sum / results.size() + 1e-9)); // never rounds a flaw up to 100 %
}

std::optional<PlanCheck> PlanCheck::run(Stores& stores, qint64 planId, const QDate& today, QString* error)
{
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan) {
        if (error)
            *error = tr("There is no plan with id %1.").arg(planId);
        return std::nullopt;
    }
    QVector<MeasureListing> measures = stores.measures.listings(planId);
    if (!stores.measures.errorString().isEmpty()) {
        if (error)
            *error = stores.measures.errorString();
        return std::nullopt;
    }
    MeasureStore::sortInPlanOrder(measures);
    const QVector<Indicator> indicators = stores.indicators.list(QStringLiteral("plan_id"), planId);
    return evaluate(*plan, measures, indicators, today);
}

PlanCheck PlanCheck::evaluate(const Plan& plan,
                              const QVector<MeasureListing>& measures,
                              const QVector<Indicator>& indicators,
                              const QDate& today)
{
    PlanCheck check;
    check.plan = plan;
    check.today = today;
    for (int rule = 0; rule < RuleCount; ++rule)
        check.results << RuleResult {Rule(rule)};

    const auto planRule = [&check](Rule rule, bool passed, Finding finding = {}) {
        RuleResult& result = check.results[rule];
        result.checked = 1;
        result.passed = passed ? 1 : 0;
        if (!passed) {
            finding.rule = rule;
            check.findings << finding;
        }
    };
    const auto measureRule = [&check](Rule rule, const MeasureListing& listing, bool passed) {
        RuleResult& result = check.results[rule];
        ++result.checked;
        if (passed) {
            ++result.passed;
            return;
        }
        Finding finding;
        finding.rule = rule;
        finding.measureId = listing.measure.id;
        finding.code = listing.measure.code;
        finding.title = listing.measure.title;
        finding.deadline = listing.measure.deadlineText;
        finding.lastUpdate = listing.lastUpdate;
        check.findings << finding;
    };

    planRule(HasMeasures, !measures.isEmpty());
    const QDate staleBefore = today.addMonths(-StaleMonths);
    // Rule by rule, so that the findings come grouped as the panel shows them.
    for (const MeasureListing& listing : measures)
        measureRule(MeasureOwners, listing, listing.measure.ownerId > 0);
    for (const MeasureListing& listing : measures)
        measureRule(MeasureDeadlines, listing, !listing.measure.deadlineText.trimmed().isEmpty());
    for (const MeasureListing& listing : measures)
        measureRule(MeasureStatuses, listing, Vocabulary::measureStatuses().contains(listing.measure.status));
    for (const MeasureListing& listing : measures) {
        const bool forgotten
            = isOverdue(listing.measure, today) && (!listing.lastUpdate.isValid() || listing.lastUpdate < staleBefore);
        measureRule(NoForgottenDeadlines, listing, !forgotten);
    }
    planRule(PlanPeriod, plan.periodFrom > 0 && plan.periodTo >= plan.periodFrom);
    Finding indicatorFinding;
    indicatorFinding.count = int(indicators.size());
    planRule(
        IndicatorTargets, std::any_of(indicators.begin(), indicators.end(), hasBaselineAndTarget), indicatorFinding);

    // Only an adopted plan can be overdue for revision; a draft is on its way to the council, an archived plan is
    // no longer in force.
    if (plan.status == QLatin1String("adopted")) {
        Finding revision;
        revision.adoptedOn = plan.adoptedOn;
        planRule(
            RecentRevision, plan.adoptedOn.isValid() && plan.adoptedOn >= today.addYears(-RevisionYears), revision);
    } else {
        RuleResult& result = check.results[RecentRevision];
        result.checked = result.passed = 1;
        result.applies = false;
    }
    return check;
}

QString PlanCheck::ruleName(Rule rule)
{
    switch (rule) {
    case HasMeasures:
        return tr("The plan has measures");
    case MeasureOwners:
        return tr("Every measure has an owner");
    case MeasureDeadlines:
        return tr("Every measure has a deadline");
    case MeasureStatuses:
        return tr("Every measure has a status");
    case NoForgottenDeadlines:
        return tr("No open measure past its deadline without an update in the last %n month(s)", nullptr, StaleMonths);
    case PlanPeriod:
        return tr("The plan period is given");
    case IndicatorTargets:
        return tr("At least one indicator has a baseline and a target");
    case RecentRevision:
        return tr("Adopted or revised within the last %n year(s)", nullptr, RevisionYears);
    case RuleCount:
        break;
    }
    return {};
}

QString PlanCheck::resultText(const RuleResult& result)
{
    if (!result.applies)
        return tr("not adopted yet");
    switch (result.rule) {
    case MeasureOwners:
    case MeasureDeadlines:
    case MeasureStatuses:
    case NoForgottenDeadlines:
        return tr("%1 of %2").arg(QLocale().toString(result.passed), QLocale().toString(result.checked));
    default:
        return result.fulfilled() ? tr("yes") : tr("no");
    }
}

QString PlanCheck::describe(const Finding& finding)
{
    switch (finding.rule) {
    case HasMeasures:
        return tr("The plan has no measures yet.");
    case MeasureOwners:
        return tr("No owner");
    case MeasureDeadlines:
        return tr("No deadline");
    case MeasureStatuses:
        return tr("No known status");
    case NoForgottenDeadlines:
        return finding.lastUpdate.isValid() ? tr("Deadline %1 has passed; last update %2")
                                                  .arg(finding.deadline, Language::formatDate(finding.lastUpdate))
                                            : tr("Deadline %1 has passed; never updated").arg(finding.deadline);
    case PlanPeriod:
        return tr("The plan period (from and to year) is not given.");
    case IndicatorTargets:
        return finding.count == 0
            ? tr("The plan has no indicators.")
            : tr("None of the plan's %n indicator(s) has both a baseline and a target.", nullptr, finding.count);
    case RecentRevision:
        return finding.adoptedOn.isValid()
            ? tr("Adopted on %1, more than %n year(s) ago: due for revision.", nullptr, RevisionYears)
                  .arg(Language::formatDate(finding.adoptedOn))
            : tr("The plan is adopted, but its adoption date is not given.");
    case RuleCount:
        break;
    }
    return {};
}
