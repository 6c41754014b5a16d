// The shipped reference list and sample data: all 357 municipalities, the seed networks with their members, and
// realistic sample plans marked as sample.
#include "database.h"
#include "datafile.h"
#include "deadline.h"
#include "sampledata.h"
#include "stores.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestSampleData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void municipalities();
    void networks_data();
    void networks();
    void plans();
    void indicators();
    void installingTwiceAddsNothing();
    void nynorskMunicipalityWritesNynorsk();
    void installsInNynorsk();
    void nynorskTranslationIsComplete();
    void languageFollowsTheLocale_data();
    void languageFollowsTheLocale();
    void defaultFileHasSampleData();

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Stores> m_stores;
};

void TestSampleData::initTestCase()
{
    QString error;
    QVERIFY2(DataFile::openOrCreate(m_db, m_dir.filePath(QStringLiteral("s.handlingsplan")), false, &error),
             qPrintable(error));
    m_stores = std::make_unique<Stores>(m_db);
    QVERIFY(m_stores->plans.list().isEmpty()); // a named new file has municipalities only
    QVERIFY2(SampleData::install(*m_stores, &error, QDate(2026, 11, 23)), qPrintable(error));
}

void TestSampleData::municipalities()
{
    const QVector<Municipality> all = m_stores->municipalities.list();
    QCOMPARE(all.size(), 357);
    QSet<QString> numbers;
    qint64 population = 0;
    QSet<QString> counties;
    for (const Municipality& m : all) {
        numbers << m.number;
        population += m.population;
        counties << m.county;
        QVERIFY2(QStringList({QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("neutral")})
                     .contains(m.writtenStandard),
                 qPrintable(m.number));
    }
    QCOMPARE(numbers.size(), 357);
    QCOMPARE(counties.size(), 15);
    QCOMPARE(population, qint64(5550203)); // SSB, 1 January 2024
    const Municipality trondheim = *m_stores->municipalities.byNumber(QStringLiteral("5001"));
    QCOMPARE(trondheim.name, QStringLiteral("Trondheim - Tråante"));
    QCOMPARE(trondheim.county, QStringLiteral("Trøndelag - Trööndelage"));
    QCOMPARE(m_stores->municipalities.byNumber(QStringLiteral("3328"))->writtenStandard, QStringLiteral("nn")); // Ål
}

void TestSampleData::networks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("members");
    QTest::addColumn<QString>("someMember");
    QTest::newRow("plastic-smart") << QStringLiteral("Plastsmarte byer og kommuner") << 16 << QStringLiteral("5534");
    QTest::newRow("climate") << QStringLiteral("Kommunenettverk for klimaomstilling") << 24 << QStringLiteral("3328");
    QTest::newRow("circular") << QStringLiteral("Sirkulært kommunenettverk") << 6 << QStringLiteral("3418");
    QTest::newRow("KS") << QStringLiteral("KS nettverk for sirkulærøkonomi") << 0 << QString();
}

void TestSampleData::networks()
{
    QFETCH(QString, name);
    QFETCH(int, members);
    QFETCH(QString, someMember);
    const std::optional<Network> network = m_stores->networks.byName(name);
    QVERIFY(network);
    QVERIFY(network->isSample);
    const QVector<qint64> ids = m_stores->networks.memberIds(network->id);
    QCOMPARE(ids.size(), members);
    if (!someMember.isEmpty())
        QVERIFY(ids.contains(m_stores->municipalities.byNumber(someMember)->id));
}

void TestSampleData::plans()
{
    const QVector<Plan> plans = m_stores->plans.list();
    QVERIFY(plans.size() >= 3);
    QSet<QString> kinds;
    for (const Plan& plan : plans) {
        QVERIFY(plan.isSample);
        QVERIFY2(plan.description.contains(QStringLiteral("Eksempeldata")), qPrintable(plan.title));
        kinds << plan.kind;
        const QVector<Measure> measures = m_stores->measures.list(QStringLiteral("plan_id"), plan.id);
        // The three main plans are full-size; the other plastic-smart members' plans are shorter, as real ones vary.
        QVERIFY2(measures.size() >= 8 && measures.size() <= 40, qPrintable(plan.title));
        QSet<QString> statuses;
        QSet<int> granularities;
        int withHistory = 0;
        for (const Measure& measure : measures) {
            statuses << measure.status;
            QVERIFY(measure.ownerId > 0);
            QVERIFY(measure.focusAreaId > 0);
            granularities << int(Deadline::parse(measure.deadlineText)->kind());
            const QVector<ProgressUpdate> history
                = m_stores->progressUpdates.list(QStringLiteral("measure_id"), measure.id);
            if (history.size() > 1) {
                ++withHistory;
                QVERIFY(history.first().date >= QDate(2024, 11, 23)); // within two years of "today"
                QCOMPARE(history.last().progress, measure.progress);
            }
        }
        QVERIFY2(statuses.size() >= 5, qPrintable(plan.title));
        QVERIFY2(granularities.size() >= 4, qPrintable(plan.title));
        QVERIFY2(withHistory >= measures.size() / 2, qPrintable(plan.title));
        QVERIFY(m_stores->focusAreas.list(QStringLiteral("plan_id"), plan.id).size() >= 4);
    }
    QVERIFY(kinds.contains(QStringLiteral("plastic_smart")));
    QVERIFY(kinds.contains(QStringLiteral("circular")));
    QVERIFY(kinds.contains(QStringLiteral("climate")));
}

void TestSampleData::indicators()
{
    bool recycled = false;
    bool collected = false;
    bool lowerIsBetter = false;
    for (const Indicator& indicator : m_stores->indicators.list()) {
        if (indicator.name.contains(QStringLiteral("materialgjenvunnet"))) {
            recycled = recycled
                || (*indicator.baselineValue == 21 && *indicator.targetValue == 50 && *indicator.targetYear == 2025);
        }
        if (indicator.name.contains(QStringLiteral("samlet inn")))
            collected = collected || *indicator.baselineValue == 35;
        lowerIsBetter = lowerIsBetter || indicator.direction == QLatin1String("lower");
        QVERIFY(!m_stores->indicatorValues.list(QStringLiteral("indicator_id"), indicator.id).isEmpty());
    }
    QVERIFY(!m_stores->grants.list().isEmpty()); // some sample measures are funded by grants
    QVERIFY(recycled);
    QVERIFY(collected);
    QVERIFY(lowerIsBetter);
}

void TestSampleData::installingTwiceAddsNothing()
{
    const int plans = m_stores->plans.list().size();
    const int measures = m_stores->measures.list().size();
    QString error;
    QVERIFY2(SampleData::install(*m_stores, &error), qPrintable(error));
    QCOMPARE(m_stores->plans.list().size(), plans);
    QCOMPARE(m_stores->measures.list().size(), measures);
    QVERIFY(m_db.problems().isEmpty());
}

void TestSampleData::defaultFileHasSampleData()
{
    Database db;
    QString error;
    QVERIFY(DataFile::openOrCreate(db, m_dir.filePath(QStringLiteral("default.handlingsplan")), true, &error));
    QVERIFY(Stores(db).plans.list().size() >= 3);
}

namespace {

struct WordCounts
{
    int nynorsk = 0;
    int bokmal = 0;
};

// Counts words only one of the two written standards uses in a plan's texts: its title, description, measures,
// owners, focus areas, progress comments and indicators.
WordCounts countWrittenStandardWords(Stores& stores, const Plan& plan)
{
    QString text = plan.title + QLatin1Char(' ') + plan.description;
    for (const MeasureListing& listing : stores.measures.listings(plan.id)) {
        text += QLatin1Char(' ') + listing.measure.title + QLatin1Char(' ') + listing.measure.description
            + QLatin1Char(' ') + listing.owner + QLatin1Char(' ') + listing.focusArea;
        for (const ProgressUpdate& update :
             stores.progressUpdates.list(QStringLiteral("measure_id"), listing.measure.id))
            text += QLatin1Char(' ') + update.comment;
    }
    for (const Indicator& indicator : stores.indicators.list(QStringLiteral("plan_id"), plan.id))
        text += QLatin1Char(' ') + indicator.name + QLatin1Char(' ') + indicator.source;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s,.;:()]+")), Qt::SkipEmptyParts);
    const auto count = [&words](std::initializer_list<const char*> list) {
        int n = 0;
        for (const char* word : list)
            n += int(words.count(QString::fromUtf8(word)));
        return n;
    };
    return {count({"ikkje",
                   "kvart",
                   "saman",
                   "dei",
                   "eigen",
                   "skular",
                   "rådgjevar",
                   "Klimarådgjevar",
                   "blir",
                   "avslutta",
                   "Forseinka",
                   "laga"}),
            count({"ikke",
                   "hvert",
                   "sammen",
                   "de",
                   "egen",
                   "skoler",
                   "rådgiver",
                   "Klimarådgiver",
                   "blant",
                   "avsluttet",
                   "Forsinket",
                   "laget"})};
}

QString describe(const Plan& plan, const WordCounts& counts)
{
    return QStringLiteral("%1: %2 nynorsk, %3 bokmål words").arg(plan.title).arg(counts.nynorsk).arg(counts.bokmal);
}

} // namespace

// A quarter of Norway's municipalities write nynorsk: the sample data has one, Ål, whose plan — titles, focus areas,
// owners, descriptions and the progress comments — is in nynorsk, while the bokmål municipalities' plans are in
// bokmål.
void TestSampleData::nynorskMunicipalityWritesNynorsk()
{
    int nynorskPlans = 0;
    for (const Plan& plan : m_stores->plans.list()) {
        const Municipality municipality = *m_stores->municipalities.get(plan.municipalityId);
        const WordCounts counts = countWrittenStandardWords(*m_stores, plan);
        if (municipality.writtenStandard == QLatin1String("nn")) {
            ++nynorskPlans;
            QVERIFY2(counts.nynorsk >= 10 && counts.bokmal <= 1, qPrintable(describe(plan, counts)));
        } else {
            QVERIFY2(counts.bokmal > counts.nynorsk, qPrintable(describe(plan, counts)));
        }
    }
    QCOMPARE(nynorskPlans, 1);
}

// Someone working in nynorsk gets every sample plan in nynorsk: the bokmål plans' texts, the networks' descriptions
// and the progress comments come from sample_nn.json.
void TestSampleData::installsInNynorsk()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(DataFile::openOrCreate(db, dir.filePath(QStringLiteral("nn.handlingsplan")), false, &error),
             qPrintable(error));
    Stores stores(db);
    QVERIFY2(SampleData::install(stores, &error, QDate(2026, 11, 23), QStringLiteral("nn")), qPrintable(error));
    const QVector<Plan> plans = stores.plans.list();
    QCOMPARE(plans.size(), m_stores->plans.list().size());
    QCOMPARE(stores.measures.list().size(), m_stores->measures.list().size());
    for (const Plan& plan : plans) {
        const WordCounts counts = countWrittenStandardWords(stores, plan);
        QVERIFY2(counts.nynorsk >= 5 && counts.bokmal <= 1, qPrintable(describe(plan, counts)));
    }
    const std::optional<Network> network = stores.networks.byName(QStringLiteral("Plastsmarte byer og kommuner"));
    QVERIFY(network);
    QVERIFY2(network->description.contains(QStringLiteral("Plikter: kartlegging")), qPrintable(network->description));
    // Deadlines read the same in both standards except the ongoing ones: løpende is løpande in nynorsk.
    int ongoing = 0;
    for (const Measure& measure : stores.measures.list()) {
        QVERIFY2(measure.deadlineText != QStringLiteral("løpende"), qPrintable(measure.title));
        ongoing += measure.deadlineText == QStringLiteral("løpande");
    }
    QVERIFY(ongoing >= 3);
}

void TestSampleData::nynorskTranslationIsComplete()
{
    QCOMPARE(SampleData::translationProblems(QStringLiteral("nn")), QStringList());
}

void TestSampleData::languageFollowsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("nynorsk") << "nn_NO"
                             << "nn";
    QTest::newRow("bokmål") << "nb_NO"
                            << "nb";
    QTest::newRow("English: the municipalities write bokmål") << "en_GB"
                                                              << "nb";
    QTest::newRow("C") << "C"
                       << "nb";
}

void TestSampleData::languageFollowsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(SampleData::languageFor(QLocale(locale)), language);
}

QTEST_GUILESS_MAIN(TestSampleData)
#include "test_sampledata.moc"
