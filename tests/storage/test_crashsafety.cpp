// Nothing acknowledged is ever lost: a child process (tests/storage/edit_loop, the real stores and undo commands)
// edits a file and says so after each commit; it is killed with SIGKILL at random moments, again and again. After
// every kill the file must open, pass integrity_check and foreign_key_check, and hold every edit the child
// acknowledged — and a bulk edit must be there whole or not at all.
//
// ACTIONPLANS_KILLS sets the number of kills (default 200), ACTIONPLANS_KILL_SEED the seed (default 20261124).
#include "database.h"
#include "datafile.h"
#include "editlog.h"
#include "planfiles.h"
#include "stores.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

int environmentNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

QSet<QString> column(Database& db, const QString& sql)
{
    QSet<QString> values;
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    while (query.next())
        values.insert(query.value(0).toString());
    return values;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void survivesKillsDuringEdits();
};

void TestCrashSafety::survivesKillsDuringEdits()
{
    const int kills = environmentNumber("ACTIONPLANS_KILLS", 200);
    const quint32 seed = quint32(environmentNumber("ACTIONPLANS_KILL_SEED", 20261124));
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.handlingsplan"));
    planfiles::makeFileWithOnePlan(path);

    editlog::Acknowledged acknowledged;
    int hotJournals = 0;
    int duringStart = 0;
    for (int run = 1; run <= kills; ++run) {
        QProcess child;
        child.start(QStringLiteral(ACTIONPLANS_EDIT_LOOP), {path, QString::number(seed + quint32(run))});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // Most kills land among the edits; one in eight while the child starts, opens the file and rolls back what
        // the kill before left.
        if (random.bounded(8) == 0) {
            QThread::msleep(random.bounded(40));
            ++duringStart;
        } else {
            QVERIFY2(child.waitForReadyRead(20000), child.readAllStandardError().constData());
            QThread::msleep(random.bounded(5, 150));
        }
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(20000));
        const QByteArray errors = child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 errors.constData()); // it never stops by itself, nor fails an edit
        acknowledged.read(child.readAllStandardOutput());
        if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
            ++hotJournals;

        Database db;
        QVERIFY2(db.open(path), qPrintable(QStringLiteral("after kill %1: %2").arg(run).arg(db.errorString())));
        const QStringList problems = db.problems();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("after kill %1: %2").arg(run).arg(problems.join(u'\n'))));
        const QSet<QString> codes = column(db, QStringLiteral("SELECT code FROM measures"));
        const QSet<QString> comments = column(db, QStringLiteral("SELECT comment FROM progress_updates"));
        acknowledged.settlePending(codes, comments);
        for (const QString& code : acknowledged.present)
            QVERIFY2(codes.contains(code), qPrintable(QStringLiteral("kill %1 lost measure %2").arg(run).arg(code)));
        for (const QString& code : acknowledged.deleted)
            QVERIFY2(!codes.contains(code), qPrintable(QStringLiteral("kill %1 brought back %2").arg(run).arg(code)));
        for (auto it = acknowledged.progress.cbegin(); it != acknowledged.progress.cend(); ++it)
            QVERIFY2(comments.contains(it.key()),
                     qPrintable(QStringLiteral("kill %1 lost progress %2").arg(run).arg(it.key())));
        // Every bulk edit is whole or absent, acknowledged ones whole.
        QHash<QString, int> bulkRows;
        for (const QString& code : codes) {
            if (code.startsWith(QLatin1Char('B')))
                ++bulkRows[code.section(QLatin1Char('-'), 0, 1)];
        }
        for (auto it = bulkRows.cbegin(); it != bulkRows.cend(); ++it) {
            // The child never deletes rows of a bulk, so each bulk in the file must be whole.
            QVERIFY2(
                it.value() == 25,
                qPrintable(QStringLiteral("kill %1 left %2 rows of bulk %3").arg(run).arg(it.value()).arg(it.key())));
        }
        for (auto it = acknowledged.bulks.cbegin(); it != acknowledged.bulks.cend(); ++it)
            QVERIFY2(bulkRows.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("kill %1 lost bulk %2").arg(run).arg(it.key())));
    }
    qInfo("Survived %d SIGKILLs (seed %u; %d while starting, %d left a journal of a cut-off transaction for the next "
          "open to roll back): "
          "%d acknowledged edits checked after each (%lld measures kept, %lld deleted, %lld progress updates, %lld "
          "bulk imports of 25 rows), integrity and foreign keys clean every time.",
          kills,
          seed,
          duringStart,
          hotJournals,
          acknowledged.edits,
          qint64(acknowledged.present.size()),
          qint64(acknowledged.deleted.size()),
          qint64(acknowledged.progress.size()),
          qint64(acknowledged.bulks.size()));
    QVERIFY(acknowledged.edits > kills); // the kills did land among edits
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
