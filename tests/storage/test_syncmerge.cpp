// The merge rules of offline sync (SyncMerge), case by case and in both directions, without a database: what the
// copy, the server and the next base hold afterwards, and which conflicts stay open for the user.

#include "syncmerge.h"

#include <QtTest>

namespace {

const QString Plan = QStringLiteral("p1");
const QString Measure = QStringLiteral("m1");
const QString Other = QStringLiteral("m2");

SyncValues measure(const QString& title, const QString& status = QStringLiteral("planned"))
{
    return {{QStringLiteral("uuid"), Measure},
            {QStringLiteral("plan_id"), Plan},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), status},
            {QStringLiteral("description"), QString()}};
}

SyncRows start()
{
    SyncRows rows;
    rows[QStringLiteral("plans")].insert(Plan,
                                         {{QStringLiteral("uuid"), Plan},
                                          {QStringLiteral("municipality_id"), QStringLiteral("3901")},
                                          {QStringLiteral("title"), QStringLiteral("Plastsmart")}});
    rows[QStringLiteral("measures")].insert(Measure, measure(QStringLiteral("Sortering")));
    SyncValues other = measure(QStringLiteral("Kartlegging"));
    other[QStringLiteral("uuid")] = Other;
    rows[QStringLiteral("measures")].insert(Other, other);
    return rows;
}

// An edit as the test table writes it: "title=X", "status=done", "delete", "update" (a new progress update), with
// "m2." in front for the other measure.
void apply(SyncRows* rows, const QString& edit, const QString& updateKey)
{
    if (edit.isEmpty())
        return;
    QString key = Measure;
    QString what = edit;
    if (what.startsWith(QLatin1String("m2."))) {
        key = Other;
        what = what.mid(3);
    }
    auto& measures = (*rows)[QStringLiteral("measures")];
    if (what == QLatin1String("delete")) {
        measures.remove(key);
        return;
    }
    if (what == QLatin1String("update")) {
        (*rows)[QStringLiteral("progress_updates")].insert(updateKey,
                                                           {{QStringLiteral("uuid"), updateKey},
                                                            {QStringLiteral("measure_id"), key},
                                                            {QStringLiteral("progress"), QStringLiteral("50")}});
        return;
    }
    const QStringList parts = what.split(QLatin1Char('='));
    measures[key][parts.at(0)] = parts.at(1);
}

// What a side holds of the two measures, as the table's expectations write it: "title/status" or "-" when gone.
QString state(const SyncRows& rows, const QString& key)
{
    if (!rows.value(QStringLiteral("measures")).contains(key))
        return QStringLiteral("-");
    const SyncValues row = rows.value(QStringLiteral("measures")).value(key);
    return row.value(QStringLiteral("title")).toString() + QLatin1Char('/')
        + row.value(QStringLiteral("status")).toString();
}

} // namespace

class TestSyncMerge : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void bothOrdersAgree();
    void anotherMunicipalitysChangeIsRefusedAndKept();
    void updatesUnderADeletedMeasureGoWithIt();
    void updatesUnderAnOpenDeletionStayOnBothSides();
    void bothKeepsBothTexts();
    void aNewFieldIsNoConflictWhenBothAgree();
};

void TestSyncMerge::rules_data()
{
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("choice"); // "", mine, theirs
    QTest::addColumn<QString>("copy");
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("open");

    const QString start = QStringLiteral("Sortering/planned");
    // Different fields, or different measures: both kept, no question.
    QTest::newRow("different fields") << "title=A"
                                      << "status=done"
                                      << ""
                                      << "A/done"
                                      << "A/done" << 0;
    QTest::newRow("different fields, other way") << "status=done"
                                                 << "title=A"
                                                 << ""
                                                 << "A/done"
                                                 << "A/done" << 0;
    QTest::newRow("only mine") << "title=A"
                               << ""
                               << ""
                               << "A/planned"
                               << "A/planned" << 0;
    QTest::newRow("only theirs") << ""
                                 << "title=A"
                                 << ""
                                 << "A/planned"
                                 << "A/planned" << 0;
    QTest::newRow("other measure") << "m2.title=B"
                                   << "title=A"
                                   << ""
                                   << "A/planned"
                                   << "A/planned" << 0;
    // The same change on both sides is no conflict.
    QTest::newRow("identical edits") << "title=A"
                                     << "title=A"
                                     << ""
                                     << "A/planned"
                                     << "A/planned" << 0;
    // The same field to different values: each keeps its own until chosen.
    QTest::newRow("same field, open") << "title=A"
                                      << "title=B"
                                      << ""
                                      << "A/planned"
                                      << "B/planned" << 1;
    QTest::newRow("same field, mine") << "title=A"
                                      << "title=B"
                                      << "mine"
                                      << "A/planned"
                                      << "A/planned" << 0;
    QTest::newRow("same field, theirs") << "title=A"
                                        << "title=B"
                                        << "theirs"
                                        << "B/planned"
                                        << "B/planned" << 0;
    // Deleted on one side, edited on the other: asked, never decided silently.
    QTest::newRow("deleted here, edited there") << "delete"
                                                << "title=B"
                                                << ""
                                                << "-"
                                                << "B/planned" << 1;
    QTest::newRow("deleted here, edited there, mine") << "delete"
                                                      << "title=B"
                                                      << "mine"
                                                      << "-"
                                                      << "-" << 0;
    QTest::newRow("deleted here, edited there, theirs") << "delete"
                                                        << "title=B"
                                                        << "theirs"
                                                        << "B/planned"
                                                        << "B/planned" << 0;
    QTest::newRow("edited here, deleted there") << "title=A"
                                                << "delete"
                                                << ""
                                                << "A/planned"
                                                << "-" << 1;
    QTest::newRow("edited here, deleted there, mine") << "title=A"
                                                      << "delete"
                                                      << "mine"
                                                      << "A/planned"
                                                      << "A/planned" << 0;
    QTest::newRow("edited here, deleted there, theirs") << "title=A"
                                                        << "delete"
                                                        << "theirs"
                                                        << "-"
                                                        << "-" << 0;
    QTest::newRow("update here, deleted there") << "update"
                                                << "delete"
                                                << "" << start << "-" << 1;
    QTest::newRow("deleted here, update there") << "delete"
                                                << "update"
                                                << ""
                                                << "-" << start << 1;
    // Deleted on one side and untouched on the other, or on both: gone.
    QTest::newRow("deleted here") << "delete"
                                  << ""
                                  << ""
                                  << "-"
                                  << "-" << 0;
    QTest::newRow("deleted there") << ""
                                   << "delete"
                                   << ""
                                   << "-"
                                   << "-" << 0;
    QTest::newRow("deleted on both") << "delete"
                                     << "delete"
                                     << ""
                                     << "-"
                                     << "-" << 0;
    // Progress updates from both sides are all kept.
    QTest::newRow("updates on both sides") << "update"
                                           << "update"
                                           << "" << start << start << 0;
}

void TestSyncMerge::rules()
{
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, choice);
    QFETCH(QString, copy);
    QFETCH(QString, server);
    QFETCH(int, open);

    const SyncRows base = start();
    SyncRows local = base;
    SyncRows remote = base;
    apply(&local, mine, QStringLiteral("u-local"));
    apply(&remote, theirs, QStringLiteral("u-server"));
    QHash<SyncChoiceKey, SyncChoice> choices;
    if (!choice.isEmpty())
        choices.insert({}, choice == QLatin1String("mine") ? SyncChoice::Mine : SyncChoice::Theirs);
    const SyncMergeResult result = SyncMerge::merge(
        base, local, remote, [](const QString&, const QString&) { return true; }, choices);
    QCOMPARE(state(result.local, Measure), copy);
    QCOMPARE(state(result.server, Measure), server);
    QCOMPARE(int(result.open.size()), open);
    // Every row with a choice is a conflict, answered once.
    QCOMPARE(int(result.resolved.size()), choice.isEmpty() ? 0 : 1);
    // The other measure is untouched unless an edit named it; progress updates from both sides are all there.
    if (!mine.startsWith(QLatin1String("m2.")))
        QCOMPARE(state(result.server, Other), QStringLiteral("Kartlegging/planned"));
    if (mine == QLatin1String("update") && theirs == QLatin1String("update")) {
        QCOMPARE(result.server.value(QStringLiteral("progress_updates")).size(), 2);
        QCOMPARE(result.local.value(QStringLiteral("progress_updates")).size(), 2);
    }
    if (open == 0) { // nothing open: both sides and the base agree
        QCOMPARE(result.local, result.server);
        QCOMPARE(result.base, result.server);
    } else { // the base keeps the row as it was, so that the conflict is still there next time
        QCOMPARE(state(result.base, Measure), QStringLiteral("Sortering/planned"));
    }
}

void TestSyncMerge::bothOrdersAgree()
{
    // Two copies synced one after the other, in either order, end with the server in the same state.
    const SyncRows base = start();
    SyncRows a = base;
    SyncRows b = base;
    apply(&a, QStringLiteral("title=A"), QStringLiteral("ua"));
    apply(&b, QStringLiteral("status=done"), QStringLiteral("ub"));
    const auto all = [](const QString&, const QString&) {
        return true;
    };
    const SyncRows afterA = SyncMerge::merge(base, a, base, all, {}).server;
    const SyncRows aThenB = SyncMerge::merge(base, b, afterA, all, {}).server;
    const SyncRows afterB = SyncMerge::merge(base, b, base, all, {}).server;
    const SyncRows bThenA = SyncMerge::merge(base, a, afterB, all, {}).server;
    QCOMPARE(aThenB, bThenA);
    QCOMPARE(state(aThenB, Measure), QStringLiteral("A/done"));
}

void TestSyncMerge::anotherMunicipalitysChangeIsRefusedAndKept()
{
    const SyncRows base = start();
    SyncRows local = base;
    SyncRows remote = base;
    apply(&local, QStringLiteral("title=A"), {});
    apply(&remote, QStringLiteral("status=done"), {});
    const SyncMergeResult result
        = SyncMerge::merge(base, local, remote, [](const QString&, const QString&) { return false; }, {});
    QCOMPARE(result.refused.size(), 1);
    QCOMPARE(result.refused.first().second, Measure);
    QCOMPARE(state(result.local, Measure), QStringLiteral("A/planned")); // kept in the copy
    QCOMPARE(state(result.server, Measure), QStringLiteral("Sortering/done")); // the server untouched
    QCOMPARE(state(result.base, Measure), QStringLiteral("Sortering/planned")); // still pending next time
}

void TestSyncMerge::updatesUnderADeletedMeasureGoWithIt()
{
    SyncRows base = start();
    apply(&base, QStringLiteral("update"), QStringLiteral("u0"));
    SyncRows local = base;
    SyncRows remote = base;
    apply(&remote, QStringLiteral("delete"), {});
    remote[QStringLiteral("progress_updates")].remove(QStringLiteral("u0")); // the server's cascade
    const SyncMergeResult result
        = SyncMerge::merge(base, local, remote, [](const QString&, const QString&) { return true; }, {});
    QVERIFY(result.open.isEmpty());
    QVERIFY(result.local.value(QStringLiteral("progress_updates")).isEmpty());
    QCOMPARE(state(result.local, Measure), QStringLiteral("-"));
}

void TestSyncMerge::updatesUnderAnOpenDeletionStayOnBothSides()
{
    // Deleted in the copy, edited on the server, not chosen yet: the server keeps the measure's updates (and the
    // base too), so that "keep theirs" later finds them, and "delete" later still deletes them.
    SyncRows base = start();
    apply(&base, QStringLiteral("update"), QStringLiteral("u0"));
    SyncRows local = base;
    SyncRows remote = base;
    apply(&local, QStringLiteral("delete"), {});
    local[QStringLiteral("progress_updates")].remove(QStringLiteral("u0"));
    apply(&remote, QStringLiteral("title=B"), {});
    for (const bool copyDeleted : {true, false}) {
        const SyncMergeResult result = SyncMerge::merge(base,
                                                        copyDeleted ? local : remote,
                                                        copyDeleted ? remote : local,
                                                        [](const QString&, const QString&) { return true; },
                                                        {});
        QCOMPARE(result.open.size(), 1);
        const SyncRows& keeper = copyDeleted ? result.server : result.local;
        QVERIFY(keeper.value(QStringLiteral("progress_updates")).contains(QStringLiteral("u0")));
        QVERIFY(result.base.value(QStringLiteral("progress_updates")).contains(QStringLiteral("u0")));
    }
}

void TestSyncMerge::bothKeepsBothTexts()
{
    SyncConflict conflict;
    conflict.mine = QStringLiteral("Mine");
    conflict.theirs = QStringLiteral("Theirs");
    QCOMPARE(SyncMerge::chosenValue(conflict, SyncChoice::Both).toString(), QStringLiteral("Mine\n\nTheirs"));
    conflict.mine = QVariant();
    QCOMPARE(SyncMerge::chosenValue(conflict, SyncChoice::Both).toString(), QStringLiteral("Theirs"));
}

void TestSyncMerge::aNewFieldIsNoConflictWhenBothAgree()
{
    // A base written by an older version lacks a column a migration added since: only a real difference asks.
    SyncRows base = start();
    base[QStringLiteral("measures")][Measure].remove(QStringLiteral("description"));
    SyncRows local = start();
    SyncRows remote = start();
    SyncMergeResult result
        = SyncMerge::merge(base, local, remote, [](const QString&, const QString&) { return true; }, {});
    QVERIFY(result.open.isEmpty());
    remote[QStringLiteral("measures")][Measure][QStringLiteral("description")] = QStringLiteral("Ny");
    result = SyncMerge::merge(base, local, remote, [](const QString&, const QString&) { return true; }, {});
    QCOMPARE(result.open.size(), 1);
}

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "test_syncmerge.moc"
