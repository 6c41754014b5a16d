// Typed CRUD through the stores: one transaction per edit, change-log rows in the same transaction, signals for the
// item models, and complete rollback when an edit fails. Run twice by CTest: on a file (test_stores) and on a
// throwaway PostgreSQL server (test_stores_server), so that the two backends cannot drift (tests/storebackend.h).
#include "database.h"
#include "logjson.h"
#include "storebackend.h"
#include "stores.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestStores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void planAndMeasureLifecycle();
    void everyEntityRoundTrips();
    void updateLogsOnlyChangedFields();
    void failedEditRollsBack_data();
    void failedEditRollsBack();
    void networkMembers();
    void deletingPlanCascades();
    void readOnlyFileRefusesEdits();
    void unchangedEditKeepsEnclosingTransaction();
    void usedFocusAreasAndOwners();
    void rowReadsByNameInAnyOrder();
    void changeLogNamesTheAuthor();
    void sharedFileKeepsAnothersChange();
    void createdLogTextIsQtsJson();

private:
    int changeLogRows() const;
    qint64 osloId() const { return m_stores->municipalities.byNumber(QStringLiteral("0301"))->id; }
    qint64 addPlan(const QString& title = QStringLiteral("Plastsmart Oslo"));

    StoreBackend m_backend;
    QString m_location; // the test's file or server database
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
};

void TestStores::initTestCase()
{
    qInfo() << "backend:" << m_backend.name();
    QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
}

void TestStores::init()
{
    m_db = std::make_unique<Database>();
    m_location = m_backend.fresh(QLatin1String(QTest::currentTestFunction()));
    QVERIFY2(m_backend.open(*m_db, m_location), qPrintable(m_backend.error()));
    m_stores = std::make_unique<Stores>(*m_db);
}

void TestStores::cleanup()
{
    m_stores.reset();
    m_db.reset();
}

int TestStores::changeLogRows() const
{
    QSqlQuery query(m_db->connection());
    query.exec(QStringLiteral("SELECT count(*) FROM change_log"));
    query.next();
    return query.value(0).toInt();
}

qint64 TestStores::addPlan(const QString& title)
{
    Plan plan;
    plan.municipalityId = osloId();
    plan.title = title;
    plan.kind = QStringLiteral("plastic_smart");
    plan.periodFrom = 2024;
    plan.periodTo = 2027;
    const std::optional<qint64> id = m_stores->plans.add(plan);
    if (!id)
        qWarning() << m_stores->plans.errorString();
    return id.value_or(0);
}

void TestStores::planAndMeasureLifecycle()
{
    QSignalSpy planAdded(&m_stores->plans, &Store::added);
    const qint64 planId = addPlan();
    QVERIFY(planId > 0);
    QCOMPARE(planAdded.size(), 1);
    QCOMPARE(planAdded.first().first().toLongLong(), planId);
    const Plan plan = *m_stores->plans.get(planId);
    QCOMPARE(plan.uuid.size(), 36); // plans travel between files with a UUID

    Measure measure;
    measure.planId = planId;
    measure.code = QStringLiteral("2.10");
    measure.title = QStringLiteral("Ombrukskopper på alle kommunale arrangementer");
    measure.deadlineText = QStringLiteral("Q4 2025");
    measure.status = QStringLiteral("in_progress");
    measure.progress = 40;
    measure.costNok = 15000.5;
    const std::optional<qint64> measureId = m_stores->measures.add(measure);
    QVERIFY2(measureId, qPrintable(m_stores->measures.errorString()));
    Measure stored = *m_stores->measures.get(*measureId);
    QCOMPARE(stored.title, measure.title);
    QCOMPARE(stored.deadlineText, QStringLiteral("Q4 2025")); // as the user wrote it
    QCOMPARE(*stored.costNok, 15000.5);
    QCOMPARE(stored.uuid.size(), 36);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT deadline, deadline_end FROM measures WHERE id = %1").arg(*measureId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2025-Q4"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("2025-12-31"));

    QSignalSpy changed(&m_stores->measures, &Store::changed);
    stored.progress = 60;
    stored.status = QStringLiteral("delayed");
    QVERIFY(m_stores->measures.update(stored));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(1).toStringList(),
             (QStringList {QStringLiteral("status"), QStringLiteral("progress")}));
    QCOMPARE(m_stores->measures.get(*measureId)->progress, 60);

    // A new record is one log row holding its values; so is a deleted one.
    QVERIFY(query.exec(QStringLiteral("SELECT field, new_value FROM change_log WHERE entity = 'measures' AND "
                                      "entity_id = %1 ORDER BY id")
                           .arg(*measureId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), Store::CreatedField);
    const QJsonObject created = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    QCOMPARE(created.value(QStringLiteral("title")).toString(), measure.title);
    QCOMPARE(created.value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-Q4"));

    QSignalSpy removed(&m_stores->measures, &Store::removed);
    QVERIFY(m_stores->measures.remove(*measureId));
    QVERIFY(query.exec(QStringLiteral("SELECT field, old_value FROM change_log WHERE entity = 'measures' AND "
                                      "entity_id = %1 ORDER BY id DESC LIMIT 1")
                           .arg(*measureId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), Store::DeletedField);
    QVERIFY(query.value(1).toString().contains(QStringLiteral("delayed")));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!m_stores->measures.get(*measureId));
    QVERIFY(!m_stores->measures.remove(*measureId));
    QVERIFY(m_stores->measures.errorString().contains(QStringLiteral("no longer exists")));
}

void TestStores::everyEntityRoundTrips()
{
    const qint64 planId = addPlan();
    const std::optional<qint64> areaId = m_stores->focusAreas.add({0, planId, QStringLiteral("Forsøpling"), 1});
    QVERIFY(areaId);
    QCOMPARE(m_stores->focusAreas.get(*areaId)->name, QStringLiteral("Forsøpling"));
    const std::optional<qint64> ownerId = m_stores->owners.add({0,
                                                                osloId(),
                                                                QStringLiteral("Kari Nordmann"),
                                                                QStringLiteral("Bymiljøetaten"),
                                                                QStringLiteral("kari@example.no")});
    QVERIFY(ownerId);
    QCOMPARE(m_stores->owners.get(*ownerId)->unit, QStringLiteral("Bymiljøetaten"));
    Measure measure;
    measure.planId = planId;
    measure.focusAreaId = *areaId;
    measure.ownerId = *ownerId;
    measure.title = QStringLiteral("Strandrydding");
    const qint64 measureId = *m_stores->measures.add(measure);
    QCOMPARE(m_stores->measures.get(measureId)->ownerId, *ownerId);
    const std::optional<qint64> updateId = m_stores->progressUpdates.add(
        {0, measureId, QDate(2025, 3, 1), QStringLiteral("in_progress"), 30, QStringLiteral("Godt i gang")});
    QVERIFY2(updateId, qPrintable(m_stores->progressUpdates.errorString()));
    QCOMPARE(m_stores->progressUpdates.get(*updateId)->date, QDate(2025, 3, 1));
    Indicator indicator;
    indicator.planId = planId;
    indicator.name = QStringLiteral("Plastemballasje materialgjenvunnet");
    indicator.unit = QStringLiteral("%");
    indicator.baselineYear = 2020;
    indicator.baselineValue = 21;
    indicator.targetYear = 2025;
    indicator.targetValue = 50;
    const qint64 indicatorId = *m_stores->indicators.add(indicator);
    const Indicator storedIndicator = *m_stores->indicators.get(indicatorId);
    QCOMPARE(*storedIndicator.targetValue, 50.0);
    QVERIFY(!storedIndicator.uuid.isEmpty());
    QVERIFY(m_stores->indicatorValues.add({0, indicatorId, 2023, 28.5}));
    QCOMPARE(m_stores->indicatorValues.list(QStringLiteral("indicator_id"), indicatorId).first().value, 28.5);
    // A second value for the same year is refused by the UNIQUE constraint and changes nothing.
    const int logBefore = changeLogRows();
    QVERIFY(!m_stores->indicatorValues.add({0, indicatorId, 2023, 30}));
    QCOMPARE(changeLogRows(), logBefore);
}

void TestStores::updateLogsOnlyChangedFields()
{
    const qint64 planId = addPlan();
    Plan plan = *m_stores->plans.get(planId);
    const int before = changeLogRows();
    QVERIFY(m_stores->plans.update(plan)); // nothing changed
    QCOMPARE(changeLogRows(), before);
    plan.status = QStringLiteral("adopted");
    plan.adoptedOn = QDate(2025, 6, 19);
    QVERIFY(m_stores->plans.update(plan));
    QCOMPARE(changeLogRows(), before + 2);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT entity, entity_id, field, old_value, new_value, changed_at FROM "
                                      "change_log ORDER BY id DESC LIMIT 2")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("plans"));
    QCOMPARE(query.value(1).toLongLong(), planId);
    QCOMPARE(query.value(2).toString(), QStringLiteral("adopted_on"));
    QVERIFY(query.value(3).isNull());
    QCOMPARE(query.value(4).toString(), QStringLiteral("2025-06-19"));
    QVERIFY(QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(query.next());
    QCOMPARE(query.value(2).toString(), QStringLiteral("status"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("draft"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("adopted"));
}

void TestStores::failedEditRollsBack_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("planOffset"); // added to a real plan id: a non-zero offset names no plan
    QTest::addColumn<int>("progress");
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty title") << QString() << qint64(0) << 0 << QString() << QStringLiteral("needs a title");
    QTest::newRow("progress 120") << QStringLiteral("x") << qint64(0) << 120 << QString()
                                  << QStringLiteral("between 0 and 100");
    QTest::newRow("bad deadline") << QStringLiteral("x") << qint64(0) << 0 << QStringLiteral("31.02.2025")
                                  << QStringLiteral("“31.02.2025”");
    QTest::newRow("missing plan") << QStringLiteral("x") << qint64(1000) << 0 << QString()
                                  << QStringLiteral("refers to a record that does not exist");
}

void TestStores::failedEditRollsBack()
{
    QFETCH(QString, title);
    QFETCH(qint64, planOffset);
    QFETCH(int, progress);
    QFETCH(QString, deadline);
    QFETCH(QString, reason);
    const qint64 planId = addPlan();
    const int logBefore = changeLogRows();
    QSignalSpy added(&m_stores->measures, &Store::added);
    Measure measure;
    measure.planId = planId + planOffset;
    measure.title = title;
    measure.progress = progress;
    measure.deadlineText = deadline;
    QVERIFY(!m_stores->measures.add(measure));
    QVERIFY2(m_stores->measures.errorString().contains(reason), qPrintable(m_stores->measures.errorString()));
    QCOMPARE(changeLogRows(), logBefore);
    QVERIFY(m_stores->measures.list().isEmpty());
    QCOMPARE(added.size(), 0);
    QVERIFY(!m_db->inWrite());
}

void TestStores::networkMembers()
{
    const qint64 networkId = *m_stores->networks.add({0, QStringLiteral("Testnettverk"), QString(), false});
    const qint64 bergen = m_stores->municipalities.byNumber(QStringLiteral("4601"))->id;
    QSignalSpy members(&m_stores->networks, &NetworkStore::membersChanged);
    QVERIFY(m_stores->networks.addMember(networkId, osloId()));
    QVERIFY(m_stores->networks.addMember(networkId, bergen));
    QVERIFY(m_stores->networks.addMember(networkId, bergen)); // twice is once
    QCOMPARE(members.size(), 2);
    QCOMPARE(m_stores->networks.memberIds(networkId), (QVector<qint64> {bergen, osloId()})); // by name
    QVERIFY(m_stores->networks.removeMember(networkId, bergen));
    QCOMPARE(m_stores->networks.memberIds(networkId), QVector<qint64> {osloId()});
    QVERIFY(!m_stores->networks.addMember(networkId, 999999)); // no such municipality
}

void TestStores::deletingPlanCascades()
{
    const qint64 planId = addPlan();
    const qint64 areaId = *m_stores->focusAreas.add({0, planId, QStringLiteral("Kartlegging"), 0});
    Measure measure;
    measure.planId = planId;
    measure.focusAreaId = areaId;
    measure.title = QStringLiteral("Kartlegge plastbruk");
    const qint64 measureId = *m_stores->measures.add(measure);
    QVERIFY(m_stores->progressUpdates.add({0, measureId, QDate(2025, 1, 1), QStringLiteral("done"), 100, QString()}));
    QVERIFY(m_stores->plans.remove(planId));
    QVERIFY(m_stores->measures.list().isEmpty());
    QVERIFY(m_stores->focusAreas.list().isEmpty());
    QVERIFY(m_stores->progressUpdates.list().isEmpty());
    QVERIFY(m_db->problems().isEmpty());
}

void TestStores::readOnlyFileRefusesEdits()
{
    if (m_backend.isServer())
        QSKIP("a server says no through row-level security: see test_serverstores");
    const QString path = m_db->filePath();
    cleanup();
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    if (QFileInfo(path).isWritable())
        QSKIP("running as a user who can write read-only files (root)");
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QVERIFY(db.isReadOnly());
    Stores stores(db);
    QVERIFY(!stores.networks.add({0, QStringLiteral("Nytt"), QString(), false}));
    QVERIFY(stores.networks.errorString().contains(QStringLiteral("read-only")));
}

// Regression: an update that changed nothing, or a member added twice, used to leave its transaction uncommitted,
// which rolled back the enclosing one (an import or the sample data).
void TestStores::unchangedEditKeepsEnclosingTransaction()
{
    const qint64 planId = addPlan();
    const Plan plan = *m_stores->plans.get(planId);
    const qint64 networkId = *m_stores->networks.add({0, QStringLiteral("Nettverk"), QString(), false});
    QVERIFY(m_stores->networks.addMember(networkId, osloId()));
    {
        WriteTransaction outer(*m_db);
        QVERIFY(m_stores->plans.update(plan));
        QVERIFY(m_stores->networks.addMember(networkId, osloId()));
        QVERIFY(m_stores->focusAreas.add({0, planId, QStringLiteral("Mikroplast"), 0}));
        QVERIFY(outer.commit());
    }
    QCOMPARE(m_stores->focusAreas.list().size(), 1);
}

void TestStores::usedFocusAreasAndOwners()
{
    const qint64 planId = addPlan();
    const qint64 used = *m_stores->focusAreas.add({0, planId, QStringLiteral("Brukt"), 0});
    const qint64 unused = *m_stores->focusAreas.add({0, planId, QStringLiteral("Ubrukt"), 1});
    const qint64 owner = *m_stores->owners.add({0, osloId(), QStringLiteral("Etaten"), {}, {}});
    QVERIFY(m_stores->owners.add({0, osloId(), QStringLiteral("Ingen tiltak"), {}, {}}));
    Measure measure;
    measure.planId = planId;
    measure.title = QStringLiteral("Tiltak");
    measure.focusAreaId = used;
    measure.ownerId = owner;
    QVERIFY(m_stores->measures.add(measure));
    QCOMPARE(m_stores->measures.usedFocusAreaIds(osloId()), QSet<qint64> {used});
    QCOMPARE(m_stores->measures.usedOwnerIds(osloId()), QSet<qint64> {owner});
    QVERIFY(!m_stores->measures.usedFocusAreaIds(osloId()).contains(unused));
    const qint64 bergen = m_stores->municipalities.byNumber(QStringLiteral("4601"))->id;
    QVERIFY(m_stores->measures.usedOwnerIds(bergen).isEmpty()); // another municipality's measures do not count
}

void TestStores::rowReadsByNameInAnyOrder()
{
    // Row looks from the column after the last one read: reads out of table order, twice, and a missing name must
    // still find the right value (or none).
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT 1 AS a, 'two' AS b, 3.5 AS c UNION ALL SELECT 4, 'five', 6.5")));
    const Row row(query, Row::columnsOf(query));
    QCOMPARE(Row::columnsOf(query), (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QVariantList seen;
    while (query.next()) {
        for (const char* column : {"c", "a", "b", "b", "a", "nothing", "c"})
            seen << row.value(QLatin1String(column));
    }
    const QVariantList expected = {3.5,
                                   1,
                                   QStringLiteral("two"),
                                   QStringLiteral("two"),
                                   1,
                                   QVariant(),
                                   3.5,
                                   6.5,
                                   4,
                                   QStringLiteral("five"),
                                   QStringLiteral("five"),
                                   4,
                                   QVariant(),
                                   6.5};
    QCOMPARE(seen.size(), expected.size());
    for (int i = 0; i < seen.size(); ++i)
        QVERIFY2(seen.at(i).toString() == expected.at(i).toString() && seen.at(i).isValid() == expected.at(i).isValid(),
                 qPrintable(QStringLiteral("read %1").arg(i)));

    // A single record reads the same way.
    const qint64 planId = addPlan();
    QSqlQuery plan(m_db->connection());
    QVERIFY(plan.exec(QStringLiteral("SELECT title, kind, id FROM plans")) && plan.next());
    const QSqlRecord record = plan.record();
    const Row single(record);
    QCOMPARE(single.value(QLatin1String("id")).toLongLong(), planId);
    QCOMPARE(single.value(QLatin1String("title")).toString(), QStringLiteral("Plastsmart Oslo"));
    QVERIFY(!single.value(QLatin1String("uuid")).isValid());
}

// The change log's "who" is the name the app gives the database (the user's, from Settings), else the login name.
// On a server it is the login role, set by the server: a name the client gives cannot forge it.
void TestStores::changeLogNamesTheAuthor()
{
    const auto lastWho = [this] {
        QSqlQuery query(m_db->connection());
        query.exec(QStringLiteral("SELECT os_user FROM change_log ORDER BY id DESC LIMIT 1"));
        return query.next() ? query.value(0).toString() : QStringLiteral("(none)");
    };
    qputenv("USER", "kari");
    addPlan(QStringLiteral("Before a name was given"));
    QCOMPARE(lastWho(), m_backend.isServer() ? QStringLiteral("postgres") : QStringLiteral("kari"));
    m_db->setAuthor(QStringLiteral("Kari Nordmann"));
    addPlan(QStringLiteral("After"));
    QCOMPARE(lastWho(), m_backend.isServer() ? QStringLiteral("postgres") : QStringLiteral("Kari Nordmann"));
}

// Two windows on one shared file (or two clients of a server): a title the other changed after this one read the
// measure is not written over (it was, silently, before); the other's name is given; a field the other did not touch is
// saved.
void TestStores::sharedFileKeepsAnothersChange()
{
    Plan plan;
    plan.municipalityId = osloId();
    plan.title = QStringLiteral("Klimaplan");
    Measure measure;
    measure.planId = *m_stores->plans.add(plan);
    measure.title = QStringLiteral("Sykkelparkering");
    const qint64 id = *m_stores->measures.add(measure);
    const Measure seen = *m_stores->measures.get(id);

    Database otherDb;
    QVERIFY2(m_backend.open(otherDb, m_location), qPrintable(m_backend.error()));
    otherDb.setAuthor(QStringLiteral("Ola Nordmann"));
    Stores other(otherDb);
    Measure theirs = seen;
    theirs.title = QStringLiteral("Sykkelparkering ved skolene");
    QVERIFY(other.measures.update(theirs, &seen));

    Measure mine = seen;
    mine.title = QStringLiteral("Sykkelhotell");
    mine.progress = 20;
    QVERIFY(!m_stores->measures.update(mine, &seen));
    QCOMPARE(m_stores->measures.lastConflict()->who,
             m_backend.isServer() ? QStringLiteral("postgres") : QStringLiteral("Ola Nordmann"));
    QCOMPARE(m_stores->measures.get(id)->title, QStringLiteral("Sykkelparkering ved skolene"));
    QCOMPARE(m_stores->measures.get(id)->progress, 0); // nothing of the refused edit was written
    Measure progress = seen;
    progress.progress = 20;
    QVERIFY(m_stores->measures.update(progress, &seen));
    QCOMPARE(other.measures.get(id)->title, QStringLiteral("Sykkelparkering ved skolene"));
    QCOMPARE(other.measures.get(id)->progress, 20);
}

// The change log's "created" text is written without QJsonDocument; it must stay what QJsonDocument wrote.
void TestStores::createdLogTextIsQtsJson()
{
    const QVector<QVariant> values = {
        QStringLiteral("Plastsmart \"Oslo\" \\ æøå ÆØÅ – €"),
        QStringLiteral("line\nbreak\ttab\rreturn\bback\fform"),
        QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f) + QChar(0x2028) + QChar(0xfeff),
        QStringLiteral("emoji 😀"),
        QString(QChar(0xd800)), // a lone surrogate
        QStringLiteral("</script>&<'"),
        QString(),
        QStringLiteral(""),
        QVariant(),
        QVariant(qint64(9007199254740993LL)),
        QVariant(-42),
        QVariant(0),
        QVariant(15000.0),
        QVariant(0.1),
        QVariant(1234.5),
        QVariant(-0.000001),
        QVariant(1e21),
        QVariant(123456789012345678.0),
        QVariant(true),
        QVariant(false),
        QVariant(QDate(2026, 1, 2)),
    };
    for (int i = 0; i < values.size(); ++i) {
        QVector<QPair<QString, QVariant>> fields = {{QStringLiteral("title"), values.at(i)},
                                                    {QStringLiteral("id"), qint64(7)},
                                                    {QStringLiteral("a_b"), values.at((i + 3) % values.size())},
                                                    {QStringLiteral("Zeta"), values.at((i + 5) % values.size())}};
        QJsonObject object;
        for (const auto& field : fields) {
            const QVariant& value = field.second;
            if (!value.isNull() && !(value.typeId() == QMetaType::QString && value.toString().isEmpty()))
                object.insert(field.first, QJsonValue::fromVariant(value));
        }
        QCOMPARE(LogJson::createdObject(fields),
                 QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
    const QVector<QPair<QString, QVariant>> twice = {{QStringLiteral("k"), 1}, {QStringLiteral("k"), 2}};
    QCOMPARE(LogJson::createdObject(twice), QStringLiteral("{\"k\":2}"));
}

QTEST_GUILESS_MAIN(TestStores)
#include "test_stores.moc"
