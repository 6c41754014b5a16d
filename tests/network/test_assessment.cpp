// The circular self-assessment: the questionnaire shipped in resources/assessment (every text in three languages,
// every strategy and role asked about), means per strategy and role, the history newest first, the network's
// average without the municipality itself, stored answers checked (scores 0–4 only), and saving as one undo step.
#include "assessment.h"
#include "database.h"
#include "datafile.h"
#include "entitycommands.h"
#include "sampledata.h"
#include "samplefile.h"
#include "storebackend.h"
#include "stores.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestAssessment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void questionnaireCoversTheLadderAndTheRoles();
    void meansPerStrategyAndRole();
    void historyAndNetworkAverage();
    void refusesBadAnswers_data();
    void refusesBadAnswers();
    void savingIsOneUndoableStep();
    void refusesBadQuestionnaires_data();
    void refusesBadQuestionnaires();

private:
    qint64 municipality(const QString& number) const { return m_stores->municipalities.byNumber(number)->id; }

    StoreBackend m_backend; // a file, or a server (test_…_server)
    QString m_location;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
};

void TestAssessment::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
}

void TestAssessment::init()
{
    m_location = m_backend.fresh(QStringLiteral("assessment"));
    QString error;
    QVERIFY2(testfiles::openSample(m_location, QDate(2026, 11, 23), m_db, m_stores, &error), qPrintable(error));
}

void TestAssessment::cleanup()
{
    testfiles::closeSample(m_location, m_db, m_stores);
}

void TestAssessment::questionnaireCoversTheLadderAndTheRoles()
{
    const Questionnaire& questionnaire = Questionnaire::circular();
    QStringList strategies;
    for (const Questionnaire::Group& strategy : questionnaire.strategies)
        strategies << strategy.id;
    QCOMPARE(strategies,
             (QStringList {QStringLiteral("rethink"),
                           QStringLiteral("reduce"),
                           QStringLiteral("reuse"),
                           QStringLiteral("repair"),
                           QStringLiteral("refurbish"),
                           QStringLiteral("recycle"),
                           QStringLiteral("recover")}));
    QStringList roles;
    for (const Questionnaire::Group& role : questionnaire.roles)
        roles << role.id;
    QCOMPARE(roles,
             (QStringList {QStringLiteral("owner"),
                           QStringLiteral("procurer"),
                           QStringLiteral("service"),
                           QStringLiteral("developer")}));
    QCOMPARE(questionnaire.scale.size(), 5);
    QCOMPARE(questionnaire.questions.size(), 14);
    const auto complete = [](const LocalText& text) {
        return !text.byLanguage.value(QStringLiteral("nb")).isEmpty()
            && !text.byLanguage.value(QStringLiteral("nn")).isEmpty()
            && !text.byLanguage.value(QStringLiteral("en")).isEmpty();
    };
    QVERIFY(complete(questionnaire.name));
    for (const LocalText& step : questionnaire.scale)
        QVERIFY(complete(step));
    for (const Questionnaire::Group& group : questionnaire.strategies + questionnaire.roles)
        QVERIFY2(complete(group.name), qPrintable(group.id));
    // Every strategy and every role is asked about.
    QHash<QString, int> all;
    for (const Questionnaire::Question& question : questionnaire.questions) {
        QVERIFY2(complete(question.text), qPrintable(question.id));
        all.insert(question.id, 2);
    }
    for (const std::optional<double>& mean : questionnaire.meansByStrategy(all) + questionnaire.meansByRole(all))
        QCOMPARE(mean, std::optional<double>(2.0));
}

void TestAssessment::meansPerStrategyAndRole()
{
    const Questionnaire& questionnaire = Questionnaire::circular();
    // rethink: q01 (developer) and q02 (procurer); reuse: q05 (procurer) unanswered q06.
    const QHash<QString, int> scores {
        {QStringLiteral("q01"), 4}, {QStringLiteral("q02"), 1}, {QStringLiteral("q05"), 3}};
    const QVector<std::optional<double>> byStrategy = questionnaire.meansByStrategy(scores);
    QCOMPARE(byStrategy.at(0), std::optional<double>(2.5));
    QCOMPARE(byStrategy.at(1), std::nullopt); // reduce: nothing answered
    QCOMPARE(byStrategy.at(2), std::optional<double>(3.0));
    const QVector<std::optional<double>> byRole = questionnaire.meansByRole(scores);
    QCOMPARE(byRole.at(1), std::optional<double>(2.0)); // procurer: q02 1, q05 3
    QCOMPARE(byRole.at(3), std::optional<double>(4.0)); // developer: q01
    QCOMPARE(byRole.at(0), std::nullopt);
    QCOMPARE(Assessment::scores({0, 0, {}, {}, Assessment::answersJson(scores), {}}), scores);
}

void TestAssessment::historyAndNetworkAverage()
{
    const QVector<AssessmentRecord> kongsvinger = Assessment::history(*m_stores, municipality(QStringLiteral("3401")));
    QCOMPARE(kongsvinger.size(), 2);
    QCOMPARE(kongsvinger.first().madeOn, QDate(2026, 10, 15)); // newest first
    QCOMPARE(kongsvinger.last().madeOn, QDate(2024, 10, 15));

    // The network's average without Kongsvinger: the newest of Sør-Odal (3415) and Åsnes (3418).
    const Questionnaire& questionnaire = Questionnaire::circular();
    const qint64 network = m_stores->networks.byName(QStringLiteral("Sirkulært kommunenettverk"))->id;
    const QVector<std::optional<double>> average
        = Assessment::networkMeans(*m_stores, questionnaire, network, municipality(QStringLiteral("3401")));
    const auto strategyMeans = [&](const QString& number) {
        return questionnaire.meansByStrategy(
            Assessment::scores(Assessment::history(*m_stores, municipality(number)).first()));
    };
    const QVector<std::optional<double>> a = strategyMeans(QStringLiteral("3415"));
    const QVector<std::optional<double>> b = strategyMeans(QStringLiteral("3418"));
    for (int i = 0; i < average.size(); ++i)
        QCOMPARE(average[i], std::optional<double>((*a[i] + *b[i]) / 2));
    // With Kongsvinger (its newest only), three members count.
    const QVector<std::optional<double>> all = Assessment::networkMeans(*m_stores, questionnaire, network, 0);
    const QVector<std::optional<double>> own = strategyMeans(QStringLiteral("3401"));
    QCOMPARE(all[0], std::optional<double>((*a[0] + *b[0] + *own[0]) / 3));
}

void TestAssessment::refusesBadAnswers_data()
{
    QTest::addColumn<QString>("answers");
    QTest::addColumn<QString>("message");
    QTest::newRow("score 5") << QStringLiteral(R"({"q01": 5})") << QStringLiteral("“q01” is not a score from 0 to 4");
    QTest::newRow("negative") << QStringLiteral(R"({"q02": -1})") << QStringLiteral("“q02” is not a score");
    QTest::newRow("half") << QStringLiteral(R"({"q03": 2.5})") << QStringLiteral("“q03” is not a score");
    QTest::newRow("text") << QStringLiteral(R"({"q04": "3"})") << QStringLiteral("“q04” is not a score");
    QTest::newRow("not an object") << QStringLiteral("[3, 4]") << QStringLiteral("not readable");
}

void TestAssessment::refusesBadAnswers()
{
    QFETCH(QString, answers);
    QFETCH(QString, message);
    const int before = int(m_stores->assessments.list().size());
    AssessmentRecord record;
    record.municipalityId = municipality(QStringLiteral("3401"));
    record.madeOn = QDate(2026, 11, 24);
    record.answers = answers;
    QVERIFY(!m_stores->assessments.add(record));
    QVERIFY2(m_stores->assessments.errorString().contains(message), qPrintable(m_stores->assessments.errorString()));
    QCOMPARE(int(m_stores->assessments.list().size()), before);
}

void TestAssessment::savingIsOneUndoableStep()
{
    const qint64 kongsvinger = municipality(QStringLiteral("3401"));
    AssessmentRecord record;
    record.municipalityId = kongsvinger;
    record.madeOn = QDate(2026, 11, 24);
    record.answers = Assessment::answersJson({{QStringLiteral("q01"), 4}});
    QUndoStack undo;
    undo.push(new AddCommand<AssessmentRecord>(
        *m_stores, m_stores->assessments, record, QStringLiteral("assess"), [](const QString& e) {
            QFAIL(qPrintable(e));
        }));
    QCOMPARE(Assessment::history(*m_stores, kongsvinger).size(), 3);
    QCOMPARE(Assessment::history(*m_stores, kongsvinger).first().madeOn, QDate(2026, 11, 24));
    undo.undo();
    QCOMPARE(Assessment::history(*m_stores, kongsvinger).size(), 2);
    undo.redo();
    QCOMPARE(Assessment::scores(Assessment::history(*m_stores, kongsvinger).first()).value(QStringLiteral("q01")), 4);
}

void TestAssessment::refusesBadQuestionnaires_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray head = R"("format": "actionplans-questionnaire", "scale": ["0", "1", "2", "3", "4"],
        "strategies": [{"id": "reuse", "name": "Reuse"}], "roles": [{"id": "owner", "name": "Owner"}], )";
    QTest::newRow("another format") << QByteArray(R"({"format": "actionplans-plan"})");
    QTest::newRow("unknown strategy") << "{" + head
            + R"("questions": [{"id": "q1", "strategy": "repair", "role": "owner", "text": "T"}]})";
    QTest::newRow("twice the same id") << "{" + head
            + R"("questions": [{"id": "q1", "strategy": "reuse", "role": "owner", "text": "T"},
                                  {"id": "q1", "strategy": "reuse", "role": "owner", "text": "U"}]})";
    QTest::newRow("no questions") << "{" + head + R"("questions": []})";
}

void TestAssessment::refusesBadQuestionnaires()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!Questionnaire::read(json, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestAssessment)
#include "test_assessment.moc"
