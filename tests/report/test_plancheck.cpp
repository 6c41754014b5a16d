// The plan check: each rule on values (data-driven), the score, the check of a stored plan, its item model (with
// QAbstractItemModelTester) following edits, and the panel that takes the adviser to a finding.
#include "database.h"
#include "datafile.h"
#include "language.h"
#include "plancheck.h"
#include "plancheckmodel.h"
#include "plancheckpane.h"
#include "stores.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

const QDate Today(2026, 11, 24);

Plan soundPlan()
{
    Plan plan;
    plan.id = 1;
    plan.title = QStringLiteral("Klimaplan");
    plan.periodFrom = 2024;
    plan.periodTo = 2028;
    plan.status = QStringLiteral("adopted");
    plan.adoptedOn = QDate(2024, 6, 20);
    return plan;
}

MeasureListing measure(qint64 id, const QString& deadline, const QString& status = QStringLiteral("in_progress"))
{
    MeasureListing listing;
    listing.measure.id = id;
    listing.measure.code = QStringLiteral("1.%1").arg(id);
    listing.measure.title = QStringLiteral("Tiltak %1").arg(id);
    listing.measure.ownerId = 7;
    listing.measure.deadlineText = deadline;
    listing.measure.status = status;
    listing.lastUpdate = Today.addDays(-10);
    return listing;
}

Indicator indicator(bool baseline, bool target)
{
    Indicator value;
    value.name = QStringLiteral("Utslipp");
    if (baseline) {
        value.baselineYear = 2022;
        value.baselineValue = 100;
    }
    if (target) {
        value.targetYear = 2030;
        value.targetValue = 50;
    }
    return value;
}

QVector<PlanCheck::Rule> findingRules(const PlanCheck& check)
{
    QVector<PlanCheck::Rule> rules;
    for (const PlanCheck::Finding& finding : check.findings)
        rules << finding.rule;
    return rules;
}

} // namespace

class TestPlanCheck : public QObject
{
    Q_OBJECT

private slots:
    void soundPlanIsComplete();
    void emptyDraftPlan();
    void measureRules();
    void forgottenDeadlines_data();
    void forgottenDeadlines();
    void revision_data();
    void revision();
    void indicators_data();
    void indicators();
    void scoreWeighsEveryRuleTheSame();
    void findingsAreWordedInTheCurrentLanguage();
    void checksTheStoredPlanAndFollowsEdits();
    void paneShowsTheScoreAndLeadsToTheFinding();

private:
    void openFile();

    ScopedLanguage m_english {QStringLiteral("en")}; // the English file has the plural forms
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
};

void TestPlanCheck::soundPlanIsComplete()
{
    const PlanCheck check = PlanCheck::evaluate(soundPlan(),
                                                {measure(1, QStringLiteral("Q4 2027")),
                                                 measure(2, QStringLiteral("løpende")),
                                                 measure(3, QStringLiteral("2025"), QStringLiteral("done"))},
                                                {indicator(true, true)},
                                                Today);
    QCOMPARE(check.results.size(), int(PlanCheck::RuleCount));
    QVERIFY2(check.findings.isEmpty(), qPrintable(PlanCheck::describe(check.findings.value(0))));
    QVERIFY(check.isComplete());
    QCOMPARE(check.score(), 100);
    QCOMPARE(check.results[PlanCheck::MeasureOwners].checked, 3);
    QCOMPARE(check.results[PlanCheck::MeasureOwners].passed, 3);
}

void TestPlanCheck::emptyDraftPlan()
{
    Plan plan;
    plan.title = QStringLiteral("Utkast");
    plan.status = QStringLiteral("draft");
    const PlanCheck check = PlanCheck::evaluate(plan, {}, {}, Today);
    const QVector<PlanCheck::Rule> expected
        = {PlanCheck::HasMeasures, PlanCheck::PlanPeriod, PlanCheck::IndicatorTargets};
    QCOMPARE(findingRules(check), expected);
    // A draft cannot be late for revision: the rule does not apply and counts as met.
    QVERIFY(!check.results[PlanCheck::RecentRevision].applies);
    QVERIFY(check.results[PlanCheck::RecentRevision].fulfilled());
    // Three of eight rules unmet, the rules about measures vacuously met: 5/8.
    QCOMPARE(check.score(), 62);
    for (const PlanCheck::Finding& finding : check.findings)
        QCOMPARE(finding.measureId, 0);
}

void TestPlanCheck::measureRules()
{
    MeasureListing noOwner = measure(1, QStringLiteral("2027"));
    noOwner.measure.ownerId = 0;
    MeasureListing noDeadline = measure(2, QStringLiteral("  "));
    MeasureListing noStatus = measure(3, QStringLiteral("2027"));
    noStatus.measure.status.clear();
    const PlanCheck check
        = PlanCheck::evaluate(soundPlan(), {noOwner, noDeadline, noStatus}, {indicator(true, true)}, Today);
    const QVector<PlanCheck::Rule> expected
        = {PlanCheck::MeasureOwners, PlanCheck::MeasureDeadlines, PlanCheck::MeasureStatuses};
    QCOMPARE(findingRules(check), expected);
    QCOMPARE(check.findings[0].measureId, 1);
    QCOMPARE(check.findings[1].measureId, 2);
    QCOMPARE(check.findings[2].measureId, 3);
    QCOMPARE(check.findings[0].code, QStringLiteral("1.1"));
    QCOMPARE(check.results[PlanCheck::MeasureOwners].passed, 2);
    QCOMPARE(check.results[PlanCheck::MeasureOwners].checked, 3);
    QCOMPARE(PlanCheck::resultText(check.results[PlanCheck::MeasureOwners]), QStringLiteral("2 of 3"));
}

void TestPlanCheck::forgottenDeadlines_data()
{
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("lastUpdate");
    QTest::addColumn<bool>("forgotten");

    const QDate never;
    QTest::newRow("passed, never updated") << "Q2 2025"
                                           << "in_progress" << never << true;
    QTest::newRow("passed, updated 2 months ago") << "Q2 2025"
                                                  << "delayed" << Today.addMonths(-2) << false;
    QTest::newRow("passed, updated exactly 3 months ago") << "Q2 2025"
                                                          << "delayed" << Today.addMonths(-3) << false;
    QTest::newRow("passed, updated 3 months and a day ago") << "Q2 2025"
                                                            << "delayed" << Today.addMonths(-3).addDays(-1) << true;
    QTest::newRow("passed yesterday, never updated") << "23.11.2026"
                                                     << "planned" << never << true;
    QTest::newRow("due today") << "24.11.2026"
                               << "planned" << never << false;
    QTest::newRow("passed, but done") << "2024"
                                      << "done" << never << false;
    QTest::newRow("passed, but cancelled") << "2024"
                                           << "cancelled" << never << false;
    QTest::newRow("ongoing") << "løpende"
                             << "in_progress" << never << false;
    QTest::newRow("in the future") << "2027"
                                   << "planned" << never << false;
    QTest::newRow("no deadline (another rule)") << ""
                                                << "planned" << never << false;
}

void TestPlanCheck::forgottenDeadlines()
{
    QFETCH(QString, deadline);
    QFETCH(QString, status);
    QFETCH(QDate, lastUpdate);
    QFETCH(bool, forgotten);
    MeasureListing listing = measure(4, deadline, status);
    listing.lastUpdate = lastUpdate;
    const PlanCheck check = PlanCheck::evaluate(soundPlan(), {listing}, {indicator(true, true)}, Today);
    QCOMPARE(check.results[PlanCheck::NoForgottenDeadlines].fulfilled(), !forgotten);
    QCOMPARE(findingRules(check).contains(PlanCheck::NoForgottenDeadlines), forgotten);
    if (forgotten) {
        const PlanCheck::Finding& finding = check.findings.constLast();
        QCOMPARE(finding.measureId, 4);
        QCOMPARE(finding.deadline, deadline);
        const QString text = PlanCheck::describe(finding);
        QVERIFY2(text.contains(deadline), qPrintable(text));
        QVERIFY2(text.contains(lastUpdate.isValid() ? QStringLiteral("last update") : QStringLiteral("never")),
                 qPrintable(text));
    }
}

void TestPlanCheck::revision_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("adoptedOn");
    QTest::addColumn<bool>("applies");
    QTest::addColumn<bool>("met");

    QTest::newRow("adopted two years ago") << "adopted" << Today.addYears(-2) << true << true;
    QTest::newRow("adopted exactly four years ago") << "adopted" << Today.addYears(-4) << true << true;
    QTest::newRow("adopted four years and a day ago") << "adopted" << Today.addYears(-4).addDays(-1) << true << false;
    QTest::newRow("adopted, no date") << "adopted" << QDate() << true << false;
    QTest::newRow("draft") << "draft" << QDate() << false << true;
    QTest::newRow("on consultation") << "consultation" << QDate() << false << true;
    QTest::newRow("archived long ago") << "archived" << QDate(2010, 1, 1) << false << true;
}

void TestPlanCheck::revision()
{
    QFETCH(QString, status);
    QFETCH(QDate, adoptedOn);
    QFETCH(bool, applies);
    QFETCH(bool, met);
    Plan plan = soundPlan();
    plan.status = status;
    plan.adoptedOn = adoptedOn;
    const PlanCheck check
        = PlanCheck::evaluate(plan, {measure(1, QStringLiteral("2027"))}, {indicator(true, true)}, Today);
    const PlanCheck::RuleResult& result = check.results[PlanCheck::RecentRevision];
    QCOMPARE(result.applies, applies);
    QCOMPARE(result.fulfilled(), met);
    QCOMPARE(check.isComplete(), met);
    if (!met) {
        const QString text = PlanCheck::describe(check.findings.constFirst());
        QVERIFY2(adoptedOn.isValid() ? text.contains(QStringLiteral("due for revision"))
                                     : text.contains(QStringLiteral("not given")),
                 qPrintable(text));
    }
}

void TestPlanCheck::indicators_data()
{
    QTest::addColumn<QVector<Indicator>>("indicators");
    QTest::addColumn<bool>("met");
    QTest::addColumn<QString>("wording");

    QTest::newRow("none") << QVector<Indicator>() << false << "has no indicators";
    QTest::newRow("baseline only") << QVector<Indicator> {indicator(true, false)} << false << "1 indicator";
    QTest::newRow("target only, twice") << QVector<Indicator> {indicator(false, true), indicator(false, true)} << false
                                        << "2 indicators";
    QTest::newRow("one of two complete") << QVector<Indicator> {indicator(false, true), indicator(true, true)} << true
                                         << "";
}

void TestPlanCheck::indicators()
{
    QFETCH(QVector<Indicator>, indicators);
    QFETCH(bool, met);
    QFETCH(QString, wording);
    const PlanCheck check = PlanCheck::evaluate(soundPlan(), {measure(1, QStringLiteral("2027"))}, indicators, Today);
    QCOMPARE(check.results[PlanCheck::IndicatorTargets].fulfilled(), met);
    if (!met) {
        const QString text = PlanCheck::describe(check.findings.constFirst());
        QVERIFY2(text.contains(wording), qPrintable(text));
    }
}

void TestPlanCheck::scoreWeighsEveryRuleTheSame()
{
    // Four measures, one without an owner: the owner rule is 3/4 met, the other seven rules fully: (7 + 0.75) / 8.
    QVector<MeasureListing> measures;
    for (int i = 1; i <= 4; ++i)
        measures << measure(i, QStringLiteral("2027"));
    measures[2].measure.ownerId = 0;
    QCOMPARE(PlanCheck::evaluate(soundPlan(), measures, {indicator(true, true)}, Today).score(), 96);
    // However many measures the plan has, one flaw never reads as 100 %.
    for (int i = 5; i <= 400; ++i)
        measures << measure(i, QStringLiteral("2027"));
    QCOMPARE(PlanCheck::evaluate(soundPlan(), measures, {indicator(true, true)}, Today).score(), 99);
}

void TestPlanCheck::findingsAreWordedInTheCurrentLanguage()
{
    MeasureListing listing = measure(1, QStringLiteral("Q2 2025"));
    listing.lastUpdate = QDate(2025, 3, 1);
    const PlanCheck check = PlanCheck::evaluate(soundPlan(), {listing}, {indicator(true, true)}, Today);
    QCOMPARE(check.findings.size(), 1);
    const QString text = PlanCheck::describe(check.findings.constFirst());
    // The date as Norwegian readers write it, in English too, not the ISO form of the database.
    QVERIFY2(text.contains(QStringLiteral("01.03.2025")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("2025-03-01")));
    QVERIFY(PlanCheck::ruleName(PlanCheck::NoForgottenDeadlines).contains(QStringLiteral("3 months")));
    QVERIFY(PlanCheck::ruleName(PlanCheck::RecentRevision).contains(QStringLiteral("4 years")));
}

void TestPlanCheck::openFile()
{
    m_stores.reset();
    m_db = std::make_unique<Database>();
    const QString path
        = m_dir.filePath(QStringLiteral("%1.handlingsplan").arg(QLatin1String(QTest::currentTestFunction())));
    QString error;
    QVERIFY2(DataFile::openOrCreate(*m_db, path, false, &error), qPrintable(error));
    m_stores = std::make_unique<Stores>(*m_db);
}

void TestPlanCheck::checksTheStoredPlanAndFollowsEdits()
{
    openFile();
    const Municipality horten = *m_stores->municipalities.byNumber(QStringLiteral("3901"));
    Plan plan = soundPlan();
    plan.id = 0;
    plan.municipalityId = horten.id;
    const qint64 planId = *m_stores->plans.add(plan);
    const qint64 owner = *m_stores->owners.add({0, horten.id, QStringLiteral("Klimarådgiver"), {}, {}});
    const qint64 area = *m_stores->focusAreas.add({0, planId, QStringLiteral("Avfall"), 0});
    // Stored in another order than the plan's: findings come in the plan's order (1.2 before 1.10).
    const QStringList codes = {QStringLiteral("1.10"), QStringLiteral("1.2")};
    QVector<qint64> ids;
    for (const QString& code : codes) {
        Measure value;
        value.planId = planId;
        value.focusAreaId = area;
        value.code = code;
        value.title = QStringLiteral("Tiltak %1").arg(code);
        value.deadlineText = QStringLiteral("2027");
        ids << *m_stores->measures.add(value);
    }

    PlanCheckModel model(*m_stores);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(Today);
    QCOMPARE(model.rowCount(), 0); // no plan yet
    model.setPlan(planId);
    QCOMPARE(model.rowCount(), int(PlanCheck::RuleCount));
    // No owners, and no indicator at all.
    const QModelIndex owners = model.index(PlanCheck::MeasureOwners, PlanCheckModel::ItemColumn);
    QCOMPARE(owners.data().toString(), QStringLiteral("Every measure has an owner"));
    QCOMPARE(owners.data(PlanCheckModel::PassedRole).toBool(), false);
    QCOMPARE(model.index(PlanCheck::MeasureOwners, PlanCheckModel::ResultColumn).data().toString(),
             QStringLiteral("0 of 2"));
    QCOMPARE(model.rowCount(owners), 2);
    QCOMPARE(model.index(0, 0, owners).data().toString(), QStringLiteral("1.2 Tiltak 1.2"));
    QCOMPARE(model.index(0, 0, owners).data(PlanCheckModel::MeasureIdRole).toLongLong(), ids[1]);
    QCOMPARE(model.index(0, 0, owners).data(Qt::ToolTipRole).toString(), QStringLiteral("No owner"));
    const QModelIndex indicators = model.index(PlanCheck::IndicatorTargets, 0);
    QCOMPARE(model.rowCount(indicators), 1);
    QCOMPARE(model.index(0, 0, indicators).data().toString(), QStringLiteral("The plan has no indicators."));
    QCOMPARE(model.index(0, 0, indicators).data(PlanCheckModel::MeasureIdRole).toLongLong(), 0);
    QCOMPARE(model.index(0, 0, indicators).data(PlanCheckModel::RuleRole).toInt(), int(PlanCheck::IndicatorTargets));
    QCOMPARE(model.check().score(), (6 * 100 + 0 + 0) / 8);

    // Edits are followed, a burst of them checked once.
    QSignalSpy checked(&model, &PlanCheckModel::checked);
    for (qint64 id : ids) {
        Measure value = *m_stores->measures.get(id);
        value.ownerId = owner;
        QVERIFY(m_stores->measures.update(value));
    }
    Indicator goal = indicator(true, true);
    goal.planId = planId;
    QVERIFY(m_stores->indicators.add(goal));
    QTRY_COMPARE(checked.size(), 1);
    QVERIFY(model.check().isComplete());
    QCOMPARE(model.check().score(), 100);
    QCOMPARE(model.rowCount(model.index(PlanCheck::MeasureOwners, 0)), 0);

    // Through the stores, as the report and the command line see it.
    const std::optional<PlanCheck> stored = PlanCheck::run(*m_stores, planId, Today);
    QVERIFY(stored && stored->isComplete());
    QString error;
    QVERIFY(!PlanCheck::run(*m_stores, planId + 100, Today, &error));
    QVERIFY(error.contains(QString::number(planId + 100)));
}

void TestPlanCheck::paneShowsTheScoreAndLeadsToTheFinding()
{
    openFile();
    const Municipality horten = *m_stores->municipalities.byNumber(QStringLiteral("3901"));
    Plan plan = soundPlan();
    plan.id = 0;
    plan.municipalityId = horten.id;
    plan.periodTo = 0; // a plan finding
    const qint64 planId = *m_stores->plans.add(plan);
    Measure value;
    value.planId = planId;
    value.code = QStringLiteral("2.1");
    value.title = QStringLiteral("<b>Plast</b> & mikro");
    value.deadlineText = QStringLiteral("2027");
    const qint64 measureId = *m_stores->measures.add(value);
    Indicator goal = indicator(true, true);
    goal.planId = planId;
    QVERIFY(m_stores->indicators.add(goal));

    PlanCheckModel model(*m_stores);
    model.setToday(Today);
    PlanCheckPane pane;
    pane.resize(420, 500);
    pane.setModel(&model);
    QCOMPARE(pane.scoreText(), QStringLiteral("Plan check"));
    model.setPlan(planId);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // Owner 0 of 1 and no period: (6 + 0 + 0) / 8.
    QCOMPARE(pane.scoreText(), QStringLiteral("Complete: 75 %"));
    auto* summary = pane.findChild<QLabel*>(QStringLiteral("planCheckSummary"));
    QVERIFY(summary->text().startsWith(QStringLiteral("2 things to fix")));

    QTreeView* tree = pane.view();
    // Unmet rules are open, met ones closed.
    QVERIFY(tree->isExpanded(model.index(PlanCheck::MeasureOwners, 0)));
    QVERIFY(!tree->isExpanded(model.index(PlanCheck::MeasureDeadlines, 0)));
    const QModelIndex finding = model.index(0, 0, model.index(PlanCheck::MeasureOwners, 0));
    QCOMPARE(finding.data().toString(), QStringLiteral("2.1 <b>Plast</b> & mikro"));

    QSignalSpy measures(&pane, &PlanCheckPane::measureRequested);
    QSignalSpy planFindings(&pane, &PlanCheckPane::planFindingRequested);
    tree->scrollTo(finding);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(finding).center());
    QCOMPARE(measures.size(), 1);
    QCOMPARE(measures.first().first().toLongLong(), measureId);
    // Clicking a rule only shows it; a plan finding asks for the plan.
    QTest::mouseClick(
        tree->viewport(), Qt::LeftButton, {}, tree->visualRect(model.index(PlanCheck::PlanPeriod, 0)).center());
    QCOMPARE(measures.size() + planFindings.size(), 1);
    const QModelIndex period = model.index(0, 0, model.index(PlanCheck::PlanPeriod, 0));
    tree->scrollTo(period);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(period).center());
    QCOMPARE(planFindings.size(), 1);
    QCOMPARE(planFindings.first().first().toInt(), int(PlanCheck::PlanPeriod));
    // With the keyboard too.
    tree->setFocus();
    tree->setCurrentIndex(finding);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(measures.size(), 2);

    if (const QString dir = qEnvironmentVariable("ACTIONPLANS_SCREENSHOTS"); !dir.isEmpty())
        pane.grab().save(dir + QStringLiteral("/plancheck.png"));

    // Without a plan, it says what to do.
    model.setPlan(0);
    QCOMPARE(pane.scoreText(), QStringLiteral("Plan check"));
    QVERIFY(!tree->isVisible());
}

QTEST_MAIN(TestPlanCheck)
#include "test_plancheck.moc"
