// The generated national-scale file (NationalData): the sizes asked for, sound data, the same file from the same
// seed, and never mixed into a file that holds plans.
#include "database.h"
#include "datafile.h"
#include "deadline.h"
#include "nationaldata.h"
#include "stores.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct OpenFile
{
    std::unique_ptr<Database> db = std::make_unique<Database>();
    std::unique_ptr<Stores> stores;
};

// The content a generated file is made of, row by row (ids and the change log's clock left out).
QStringList contentOf(Stores& stores)
{
    QStringList rows;
    for (const Plan& plan : stores.plans.list())
        rows << QStringList {plan.uuid, plan.title, plan.kind, plan.status, QString::number(plan.periodFrom)}.join(
            u'|');
    for (const Measure& measure : stores.measures.list()) {
        rows << QStringList {measure.uuid,
                             measure.code,
                             measure.title,
                             measure.description,
                             measure.deadlineText,
                             measure.status,
                             QString::number(measure.progress)}
                    .join(u'|');
    }
    for (const ProgressUpdate& update : stores.progressUpdates.list()) {
        rows << QStringList {update.date.toString(Qt::ISODate), update.status, QString::number(update.progress)}.join(
            u'|');
    }
    for (const Owner& owner : stores.owners.list())
        rows << owner.name + u'|' + owner.email;
    return rows;
}

} // namespace

class TestNationalData : public QObject
{
    Q_OBJECT

private slots:
    void fillsEveryMunicipalityAskedFor();
    void sameSeedSameFile();
    void refusesAFileWithPlans();
    void addsALargePlan();

private:
    OpenFile newFile(const QString& name);

    QTemporaryDir m_dir;
};

OpenFile TestNationalData::newFile(const QString& name)
{
    OpenFile file;
    QString error;
    const bool created = DataFile::openOrCreate(*file.db, m_dir.filePath(name), false, &error);
    if (!created)
        qWarning("%s", qPrintable(error));
    file.stores = std::make_unique<Stores>(*file.db);
    return file;
}

void TestNationalData::fillsEveryMunicipalityAskedFor()
{
    OpenFile file = newFile(QStringLiteral("small.handlingsplan"));
    NationalData::Options options;
    options.municipalities = 15;
    options.measures = 24;
    options.updates = 3;
    QString error;
    const std::optional<NationalData::Counts> counts = NationalData::generate(*file.stores, options, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->municipalities, 15);
    QCOMPARE(counts->measures, 15 * 24);

    Stores& stores = *file.stores;
    const QVector<PlanSummary> plans = stores.plans.summaries();
    QCOMPARE(int(plans.size()), counts->plans);
    QVERIFY(counts->plans >= 15 && counts->plans <= 45); // one to three plans each
    QSet<qint64> municipalities;
    int measures = 0;
    for (const PlanSummary& plan : plans) {
        municipalities << plan.municipalityId;
        measures += plan.measureCount;
        QVERIFY(plan.isSample); // generated plans are never shown as a municipality's own
        QVERIFY(!stores.focusAreas.list(QStringLiteral("plan_id"), plan.planId).isEmpty());
        const int indicators = int(stores.indicators.list(QStringLiteral("plan_id"), plan.planId).size());
        QVERIFY2(indicators >= 3 && indicators <= 6, qPrintable(plan.title));
    }
    QCOMPARE(municipalities.size(), 15);
    QCOMPARE(measures, 15 * 24);
    QCOMPARE(int(stores.measures.list().size()), 15 * 24);

    // Updates average about what was asked; the planned measures have none.
    const int updates = int(stores.progressUpdates.list().size());
    QCOMPARE(updates, counts->updates);
    QVERIFY2(updates > 15 * 24 * 2 && updates < 15 * 24 * 5, qPrintable(QString::number(updates)));
    QCOMPARE(int(stores.indicatorValues.list().size()), counts->indicatorValues);

    // Every deadline parses, and several granularities occur, as in real plans.
    QSet<int> kinds;
    QSet<QString> owners;
    for (const Measure& measure : stores.measures.list()) {
        const std::optional<Deadline> deadline = Deadline::parse(measure.deadlineText);
        QVERIFY2(deadline, qPrintable(measure.deadlineText));
        kinds << int(deadline->kind());
        QVERIFY2(measure.title.size() >= 20 && measure.title.size() <= 160, qPrintable(measure.title));
        if (measure.ownerId > 0)
            owners << QString::number(measure.ownerId);
    }
    QVERIFY2(kinds.size() >= 6, qPrintable(QString::number(kinds.size())));
    QVERIFY(owners.size() > 15 * 4);

    QCOMPARE(stores.networks.list().size(), 3);
    for (const Network& network : stores.networks.list()) // a fifth of the municipalities each, never none
        QVERIFY2(stores.networks.memberIds(network.id).size() == 3, qPrintable(network.name));
    QVERIFY2(file.db->problems().isEmpty(), qPrintable(file.db->problems().join(u'\n')));
}

void TestNationalData::sameSeedSameFile()
{
    NationalData::Options options;
    options.municipalities = 5;
    options.measures = 12;
    options.updates = 2;
    QStringList contents[3];
    const QString names[]
        = {QStringLiteral("a.handlingsplan"), QStringLiteral("b.handlingsplan"), QStringLiteral("c.handlingsplan")};
    for (int i = 0; i < 3; ++i) {
        OpenFile file = newFile(names[i]);
        options.seed = i < 2 ? 7 : 8;
        QString error;
        QVERIFY2(NationalData::generate(*file.stores, options, &error), qPrintable(error));
        contents[i] = contentOf(*file.stores);
    }
    QVERIFY(!contents[0].isEmpty());
    QCOMPARE(contents[1], contents[0]);
    QVERIFY(contents[2] != contents[0]);
}

void TestNationalData::refusesAFileWithPlans()
{
    OpenFile file = newFile(QStringLiteral("twice.handlingsplan"));
    NationalData::Options options;
    options.municipalities = 2;
    options.measures = 5;
    QString error;
    QVERIFY(NationalData::generate(*file.stores, options, &error));
    const int plans = int(file.stores->plans.list().size());
    QVERIFY(!NationalData::generate(*file.stores, options, &error));
    QVERIFY2(error.contains(QStringLiteral("holds plans already")), qPrintable(error));
    QCOMPARE(int(file.stores->plans.list().size()), plans);
}

void TestNationalData::addsALargePlan()
{
    OpenFile file = newFile(QStringLiteral("large.handlingsplan"));
    const qint64 oslo = file.stores->municipalities.byNumber(QStringLiteral("0301"))->id;
    QString error;
    NationalData::Counts counts;
    const std::optional<qint64> planId
        = NationalData::addPlan(*file.stores, oslo, 200, NationalData::Options(), &error, &counts);
    QVERIFY2(planId, qPrintable(error));
    QCOMPARE(file.stores->plans.summaries(*planId).value(0).measureCount, 200);
    QCOMPARE(counts.measures, 200);
    QVERIFY(!NationalData::addPlan(*file.stores, 999999, 10, NationalData::Options(), &error));
    QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestNationalData)
#include "test_nationaldata.moc"
