// Joint projects of a network: the sample's six projects of Kommunenettverk for klimaomstilling, the measures of
// Gjøvik and Ål that take part, the project's table and per-member figures, joining a measure (undoable), a plan file
// imported again keeping the links, a deleted project leaving no dangling link, and the nynorsk sample's names.
#include "database.h"
#include "datafile.h"
#include "entitycommands.h"
#include "jointprojectmodel.h"
#include "planfile.h"
#include "sampledata.h"
#include "samplefile.h"
#include "storebackend.h"
#include "stores.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestJointProjects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sampleNetworkHasSixProjects();
    void projectListsMembersMeasures();
    void joiningIsOneUndoableEdit();
    void planFileImportKeepsTheLinks();
    void deletedProjectLeavesNoLink();
    void removingAProjectIsOneUndoableStep();
    void draftsAndRenamesKeepNamesUnique_data();
    void draftsAndRenamesKeepNamesUnique();
    void nynorskSampleNamesTheProjectsInNynorsk();

private:
    qint64 networkNamed(const QString& name) const;
    qint64 projectNamed(const QString& name) const;
    Measure measureOf(const QString& municipalityNumber, const QString& code) const;

    StoreBackend m_backend; // a file, or a server (test_…_server)
    QString m_location;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
};

void TestJointProjects::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
}

void TestJointProjects::init()
{
    m_location = m_backend.fresh(QStringLiteral("projects"));
    QString error;
    QVERIFY2(testfiles::openSample(m_location, QDate(2026, 11, 23), m_db, m_stores, &error), qPrintable(error));
}

void TestJointProjects::cleanup()
{
    testfiles::closeSample(m_location, m_db, m_stores);
}

qint64 TestJointProjects::networkNamed(const QString& name) const
{
    const std::optional<Network> network = m_stores->networks.byName(name);
    return network ? network->id : 0;
}

qint64 TestJointProjects::projectNamed(const QString& name) const
{
    const QVector<JointProject> found = m_stores->jointProjects.list(QStringLiteral("name"), name);
    return found.size() == 1 ? found.first().id : 0;
}

Measure TestJointProjects::measureOf(const QString& municipalityNumber, const QString& code) const
{
    const qint64 municipality = m_stores->municipalities.byNumber(municipalityNumber)->id;
    for (const Plan& plan : m_stores->plans.list(QStringLiteral("municipality_id"), municipality)) {
        for (const Measure& measure : m_stores->measures.list(QStringLiteral("plan_id"), plan.id)) {
            if (measure.code == code)
                return measure;
        }
    }
    return {};
}

void TestJointProjects::sampleNetworkHasSixProjects()
{
    const qint64 network = networkNamed(QStringLiteral("Kommunenettverk for klimaomstilling"));
    QVERIFY(network > 0);
    QStringList names;
    for (const JointProject& project : m_stores->jointProjects.ofNetwork(network))
        names << project.name;
    QCOMPARE(names,
             (QStringList {QStringLiteral("Ombruk i egen kommuneorganisasjon"),
                           QStringLiteral("Klima- og miljøvennlige anskaffelser"),
                           QStringLiteral("Klimavennlige måltidstjenester i offentlig sektor"),
                           QStringLiteral("Sirkulære løsninger i befolkningen"),
                           QStringLiteral("Grønn mobilitet"),
                           QStringLiteral("Strategisk klimaarbeid")}));
    QVERIFY(m_stores->jointProjects.ofNetwork(networkNamed(QStringLiteral("Plastsmarte byer og kommuner"))).isEmpty());
    // What a member's measures can join: Gjøvik is in the network, Horten is not in any network with projects.
    QCOMPARE(m_stores->jointProjects.openTo(m_stores->municipalities.byNumber(QStringLiteral("3407"))->id).size(), 6);
    QVERIFY(m_stores->jointProjects.openTo(m_stores->municipalities.byNumber(QStringLiteral("3901"))->id).isEmpty());
}

void TestJointProjects::projectListsMembersMeasures()
{
    JointProjectModel model(*m_stores);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(projectNamed(QStringLiteral("Grønn mobilitet")));
    // Gjøvik 5.1–5.4 and Ål 2.1–2.4, by municipality in Norwegian order, then code.
    QCOMPARE(model.rowCount(), 8);
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, JointProjectModel::MunicipalityColumn).data().toString() + QLatin1Char(' ')
                + model.index(row, JointProjectModel::CodeColumn).data().toString();
    QCOMPARE(rows,
             (QStringList {QStringLiteral("Gjøvik 5.1"),
                           QStringLiteral("Gjøvik 5.2"),
                           QStringLiteral("Gjøvik 5.3"),
                           QStringLiteral("Gjøvik 5.4"),
                           QStringLiteral("Ål 2.1"),
                           QStringLiteral("Ål 2.2"),
                           QStringLiteral("Ål 2.3"),
                           QStringLiteral("Ål 2.4")}));
    QCOMPARE(model.index(0, JointProjectModel::ProgressColumn).data(JointProjectModel::SortRole).toInt(),
             measureOf(QStringLiteral("3407"), QStringLiteral("5.1")).progress);
    QCOMPARE(model.index(0, JointProjectModel::TitleColumn).data(JointProjectModel::MeasureIdRole).toLongLong(),
             measureOf(QStringLiteral("3407"), QStringLiteral("5.1")).id);

    // Per member, as the chart shows it: cancelled measures left out.
    QCOMPARE(model.members().size(), 2);
    for (const JointProjectMember& member : model.members()) {
        int measures = 0;
        int done = 0;
        int progress = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Measure measure
                = *m_stores->measures.get(model.index(row, 0).data(JointProjectModel::MeasureIdRole).toLongLong());
            if (model.index(row, 0).data().toString() != member.municipality
                || measure.status == QLatin1String("cancelled"))
                continue;
            ++measures;
            done += measure.status == QLatin1String("done") ? 1 : 0;
            progress += measure.progress;
        }
        QCOMPARE(member.measures, measures);
        QCOMPARE(member.done, done);
        QCOMPARE(member.meanProgress, double(progress) / measures);
    }
    QCOMPARE(model.members().first().municipality, QStringLiteral("Gjøvik"));
    QCOMPARE(model.members().first().measures, 3); // 5.4 is cancelled

    model.setProject(0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.members().isEmpty());
}

void TestJointProjects::joiningIsOneUndoableEdit()
{
    JointProjectModel model(*m_stores);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 mobility = projectNamed(QStringLiteral("Grønn mobilitet"));
    model.setProject(mobility);
    const Measure before = measureOf(QStringLiteral("3407"), QStringLiteral("6.1"));
    QCOMPARE(before.jointProjectId, projectNamed(QStringLiteral("Strategisk klimaarbeid")));
    Measure after = before;
    after.jointProjectId = mobility;
    QUndoStack undo;
    QSignalSpy reloaded(&model, &JointProjectModel::reloaded);
    undo.push(Commands::editMeasure(*m_stores, before, after, nullptr));
    QCOMPARE(m_stores->measures.get(before.id)->jointProjectId, mobility);
    QVERIFY(reloaded.wait()); // once, after the burst of store signals
    QCOMPARE(model.rowCount(), 9);
    undo.undo();
    QVERIFY(reloaded.wait());
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(m_stores->measures.get(before.id)->jointProjectId, before.jointProjectId);
}

void TestJointProjects::planFileImportKeepsTheLinks()
{
    // Plan files carry no joint projects; importing one over the plan must not unlink its measures.
    const Measure linked = measureOf(QStringLiteral("3407"), QStringLiteral("5.1"));
    QVERIFY(linked.jointProjectId > 0);
    QString error;
    const std::optional<QByteArray> bytes = PlanFile::write(*m_stores, {linked.planId}, &error);
    QVERIFY2(bytes, qPrintable(error));
    QVector<ImportProblem> problems;
    const std::optional<QVector<PlanFile::PlanData>> plans = PlanFile::read(*bytes, &problems);
    QVERIFY(plans);
    PlanFile::Summary summary;
    QVERIFY2(PlanFile::apply(*m_stores, *plans, &summary, nullptr, &error), qPrintable(error));
    QCOMPARE(summary.measuresChanged, 0);
    QCOMPARE(m_stores->measures.get(linked.id)->jointProjectId, linked.jointProjectId);
}

void TestJointProjects::deletedProjectLeavesNoLink()
{
    const qint64 mobility = projectNamed(QStringLiteral("Grønn mobilitet"));
    const qint64 linked = measureOf(QStringLiteral("3328"), QStringLiteral("2.1")).id;
    QCOMPARE(m_stores->measures.get(linked)->jointProjectId, mobility);
    QVERIFY(m_stores->jointProjects.remove(mobility));
    QCOMPARE(m_stores->measures.get(linked)->jointProjectId, 0);
    QVERIFY(m_stores->measures.jointProjectListings(mobility).isEmpty());
    QVERIFY(m_db->problems().isEmpty());
}

void TestJointProjects::nynorskSampleNamesTheProjectsInNynorsk()
{
    QVERIFY(SampleData::translationProblems(QStringLiteral("nn")).isEmpty());
    Database db;
    QString error;
    QVERIFY(DataFile::openOrCreate(db, m_dir.filePath(QStringLiteral("nn.handlingsplan")), false, &error));
    Stores stores(db);
    QVERIFY2(SampleData::install(stores, &error, QDate(2026, 11, 23), QStringLiteral("nn")), qPrintable(error));
    QCOMPARE(stores.jointProjects.list(QStringLiteral("name"), QStringLiteral("Grøn mobilitet")).size(), 1);
    QCOMPARE(stores.measures
                 .jointProjectListings(
                     stores.jointProjects.list(QStringLiteral("name"), QStringLiteral("Grøn mobilitet")).first().id)
                 .size(),
             8);
}

// Removing a project through its command unlinks its measures first, in one transaction; undo brings the project
// back under its id with every link.
void TestJointProjects::removingAProjectIsOneUndoableStep()
{
    const qint64 mobility = projectNamed(QStringLiteral("Grønn mobilitet"));
    const JointProject project = *m_stores->jointProjects.get(mobility);
    QCOMPARE(m_stores->measures.jointProjectListings(mobility).size(), 8);
    QUndoStack undo;
    undo.push(Commands::removeJointProject(*m_stores, project, [](const QString& e) { QFAIL(qPrintable(e)); }));
    QCOMPARE(undo.count(), 1);
    QVERIFY(!m_stores->jointProjects.get(mobility));
    QVERIFY(m_stores->measures.list(QStringLiteral("joint_project_id"), mobility).isEmpty());
    undo.undo();
    QCOMPARE(m_stores->jointProjects.get(mobility)->name, QStringLiteral("Grønn mobilitet"));
    QCOMPARE(m_stores->measures.jointProjectListings(mobility).size(), 8);
    undo.redo();
    QVERIFY(!m_stores->jointProjects.get(mobility));
    QVERIFY(m_db->problems().isEmpty());
}

// A new project goes last under a name no other project of the network has (in any case, spaces tidied); a rename
// may change the case of its own name but not take another's.
void TestJointProjects::draftsAndRenamesKeepNamesUnique_data()
{
    QTest::addColumn<bool>("rename");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // the name stored, or empty when refused
    QTest::addColumn<QString>("reason");
    QTest::newRow("new") << false << QStringLiteral("  Sirkulære   innkjøp ") << QStringLiteral("Sirkulære innkjøp")
                         << QString();
    QTest::newRow("taken, other case") << false << QStringLiteral("grønn MOBILITET") << QString()
                                       << QStringLiteral("“Grønn mobilitet” already");
    QTest::newRow("empty") << false << QStringLiteral("   ") << QString() << QStringLiteral("needs a name");
    QTest::newRow("rename to another's") << true << QStringLiteral("Strategisk klimaarbeid") << QString()
                                         << QStringLiteral("“Strategisk klimaarbeid” already");
    QTest::newRow("rename, own name in other case")
        << true << QStringLiteral("Grønn Mobilitet") << QStringLiteral("Grønn Mobilitet") << QString();
}

void TestJointProjects::draftsAndRenamesKeepNamesUnique()
{
    QFETCH(bool, rename);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QFETCH(QString, reason);
    const qint64 network = networkNamed(QStringLiteral("Kommunenettverk for klimaomstilling"));
    QString error;
    const std::optional<JointProject> result = rename
        ? m_stores->jointProjects.renamed(
            *m_stores->jointProjects.get(projectNamed(QStringLiteral("Grønn mobilitet"))), name, &error)
        : m_stores->jointProjects.draft(network, name, &error);
    if (expected.isEmpty()) {
        QVERIFY(!result);
        QVERIFY2(error.contains(reason), qPrintable(error));
        return;
    }
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->name, expected);
    QCOMPARE(result->networkId, network);
    if (!rename) {
        QCOMPARE(result->position, 6); // after the six
        QVERIFY(m_stores->jointProjects.add(*result));
    } else {
        QVERIFY(m_stores->jointProjects.update(*result));
    }
}

QTEST_GUILESS_MAIN(TestJointProjects)
#include "test_jointprojects.moc"
