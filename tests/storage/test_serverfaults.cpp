// The server killed under a stream of edits: an adviser's process (tests/storage/edit_loop) edits Bergen's plan while
// the cluster is stopped with -m immediate and started again, 20 times. Every edit it acknowledged is on the server
// afterwards, no acknowledged delete came back, every bulk is whole or absent, and it reconnected by itself (it went
// on editing after each restart). A real throwaway cluster.
#include "editlog.h"
#include "pgcluster.h"

#include <QProcess>
#include <QSet>
#include <QTest>

namespace {
const QString Name = QStringLiteral("plans");
constexpr int Kills = 20;
} // namespace

class TestServerFaults : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedEditsSurviveKills();

private:
    QSet<QString> column(const QString& sql)
    {
        const QStringList values = m_cluster.psql(sql, Name).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return QSet<QString>(values.cbegin(), values.cend());
    }

    PgCluster m_cluster;
};

void TestServerFaults::acknowledgedEditsSurviveKills()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    QVERIFY(m_cluster.exec(QStringLiteral("CREATE DATABASE %1").arg(Name)));
    QProcess init;
    init.start(QStringLiteral(ACTIONPLANS_BINARY),
               {QStringLiteral("--db"), m_cluster.address(Name), QStringLiteral("server"), QStringLiteral("init")});
    QVERIFY(init.waitForFinished(120000) && init.exitCode() == 0);
    QProcess addUser;
    addUser.start(QStringLiteral(ACTIONPLANS_BINARY),
                  {QStringLiteral("--db"),
                   m_cluster.address(Name),
                   QStringLiteral("server"),
                   QStringLiteral("add-user"),
                   QStringLiteral("bergen"),
                   QStringLiteral("--municipality"),
                   QStringLiteral("4601")});
    addUser.write("pw\n");
    addUser.closeWriteChannel();
    QVERIFY(addUser.waitForFinished(60000) && addUser.exitCode() == 0);
    QVERIFY2(m_cluster.exec(QStringLiteral("INSERT INTO plans (uuid, municipality_id, title, kind, status) SELECT "
                                           "'plan-bergen', id, 'Plan for Bergen', 'plastic_smart', 'adopted' FROM "
                                           "municipalities WHERE number = '4601';"),
                            Name),
             qPrintable(m_cluster.error()));

    QProcess child;
    child.start(QStringLiteral(ACTIONPLANS_EDIT_LOOP),
                {m_cluster.address(Name, QStringLiteral("bergen")), QStringLiteral("5"), QStringLiteral("100000")});
    QVERIFY(child.waitForReadyRead(20000));
    QByteArray output;
    int acknowledgedBefore = 0;
    for (int kill = 0; kill < Kills; ++kill) {
        // Let it edit a while, then kill the server under it and bring it back.
        QTest::qWait(300);
        output += child.readAllStandardOutput();
        QVERIFY2(m_cluster.restart(), qPrintable(m_cluster.error()));
        // It reconnects by itself: more edits are acknowledged after each restart.
        editlog::Acknowledged so_far;
        QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput(),
                                  so_far = {},
                                  so_far.read(output),
                                  so_far.edits > acknowledgedBefore),
                                 10000);
        acknowledgedBefore = so_far.edits;
        QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
    }
    child.kill();
    child.waitForFinished();
    output += child.readAllStandardOutput();

    editlog::Acknowledged acknowledged;
    acknowledged.read(output);
    const QSet<QString> codes = column(QStringLiteral("SELECT code FROM measures WHERE code LIKE 'A%' ORDER BY code"));
    const QSet<QString> comments = column(QStringLiteral("SELECT comment FROM progress_updates"));
    acknowledged.settlePending(codes, comments);
    // Every acknowledged add is there, no acknowledged delete is; whatever else is there was an edit the child
    // began and was not told the outcome of (the connection died at its commit).
    QSet<QString> maybe;
    for (const QStringList& edit : acknowledged.refused + QVector<QStringList> {acknowledged.pending()}) {
        if (edit.size() > 1 && edit.first() == QLatin1String("add"))
            maybe.insert(edit.at(1));
    }
    QVERIFY2((acknowledged.present - codes).isEmpty(),
             qPrintable(QStringList((acknowledged.present - codes).values()).join(u',')));
    // (A delete once read its measure before its transaction; on a lost connection it read nothing, deleted nothing
    // and said it had.)
    QVERIFY2((acknowledged.deleted & codes).isEmpty(),
             qPrintable(QStringList((acknowledged.deleted & codes).values()).join(u',')));
    QVERIFY2((codes - acknowledged.present - maybe).isEmpty(),
             qPrintable(QStringList((codes - acknowledged.present - maybe).values()).join(u',')));
    for (auto it = acknowledged.progress.cbegin(); it != acknowledged.progress.cend(); ++it)
        QVERIFY2(comments.contains(it.key()), qPrintable(it.key()));
    // A bulk is one transaction: whole or absent, acknowledged ones whole.
    const QStringList bulkCounts = m_cluster
                                       .psql(QStringLiteral("SELECT split_part(code, '-', 1) || '-' || "
                                                            "split_part(code, '-', 2), count(*) FROM measures WHERE "
                                                            "code LIKE 'B%' GROUP BY 1"),
                                             Name)
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QHash<QString, int> found;
    for (const QString& line : bulkCounts)
        found.insert(line.section(QLatin1Char('|'), 0, 0), line.section(QLatin1Char('|'), 1).toInt());
    for (auto it = acknowledged.bulks.cbegin(); it != acknowledged.bulks.cend(); ++it)
        QCOMPARE(found.value(it.key()), it.value());
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        QVERIFY2(it.value() == 25, qPrintable(it.key()));
    qInfo("%d kills: %d edits acknowledged, %d refused while the server was away; all acknowledged edits there.",
          Kills,
          acknowledged.edits,
          int(acknowledged.refused.size()));
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "test_serverfaults.moc"
