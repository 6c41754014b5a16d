// MeasureTableModel, MeasureFilterModel and the measure commands: model/view state and the database after every
// edit, undo and redo.
#include "attentionmodel.h"
#include "database.h"
#include "datafile.h"
#include "entitycommands.h"
#include "grantmodel.h"
#include "language.h"
#include "measurecommands.h"
#include "measurefiltermodel.h"
#include "measurehistorymodels.h"
#include "measuretablemodel.h"
#include "searchtext.h"
#include "storebackend.h"
#include "stores.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestMeasureModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void passesModelTester();
    void naturalCodeOrderAndDeadlineOrder();
    void filters();
    void filterFollowsTyping_data();
    void filterFollowsTyping();
    void foldsForSearchAsQtDoes_data();
    void foldsForSearchAsQtDoes();
    void sortFollowsEdits();
    void editUndoRedo();
    void refusesBadDeadline();
    void addAndRemoveWithUndo();
    void recordProgress();
    void ownerByNameCreatesAndUndoRemoves();
    void allMeasuresMode();
    void notificationsWaitForCommit();
    void historyModels();
    void needsAttention();
    void focusAreaAndBulkEdit();
    void grants();

private:
    qint64 addMeasure(const QString& code,
                      const QString& title,
                      const QString& deadline,
                      const QString& status = QStringLiteral("in_progress"));
    QString stored(qint64 measureId, const char* column) const;

    StoreBackend m_backend; // a file, or a server (test_…_server)
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<MeasureTableModel> m_model;
    qint64 m_planId = 0;
};

void TestMeasureModel::initTestCase()
{
    QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
}

void TestMeasureModel::init()
{
    m_db = std::make_unique<Database>();
    const QString location = m_backend.fresh(QLatin1String(QTest::currentTestFunction()));
    QVERIFY2(m_backend.open(*m_db, location), qPrintable(m_backend.error()));
    m_stores = std::make_unique<Stores>(*m_db);
    Plan plan;
    plan.municipalityId = m_stores->municipalities.byNumber(QStringLiteral("3901"))->id;
    plan.title = QStringLiteral("Plastsmart Horten");
    m_planId = *m_stores->plans.add(plan);
    m_undo = std::make_unique<QUndoStack>();
    m_model = std::make_unique<MeasureTableModel>(*m_stores, m_undo.get());
    m_model->setToday(QDate(2026, 1, 15));
    m_model->setPlan(m_planId);
}

void TestMeasureModel::cleanup()
{
    m_model.reset();
    m_undo.reset();
    m_stores.reset();
    m_db.reset();
}

qint64
TestMeasureModel::addMeasure(const QString& code, const QString& title, const QString& deadline, const QString& status)
{
    Measure measure;
    measure.planId = m_planId;
    measure.code = code;
    measure.title = title;
    measure.deadlineText = deadline;
    measure.status = status;
    return m_stores->measures.add(measure).value_or(0);
}

QString TestMeasureModel::stored(qint64 measureId, const char* column) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM measures WHERE id = ?").arg(QLatin1String(column)));
    query.addBindValue(measureId);
    if (!query.exec() || !query.next())
        return QStringLiteral("<missing>");
    return query.value(0).toString();
}

void TestMeasureModel::passesModelTester()
{
    MeasureFilterModel filter;
    filter.setSourceModel(m_model.get());
    QAbstractItemModelTester tableTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addMeasure(QStringLiteral("1.1"), QStringLiteral("Kartlegge plastbruk"), QStringLiteral("Q4 2025"));
    addMeasure(QStringLiteral("1.2"), QStringLiteral("Strandrydding"), QStringLiteral("løpende"));
    filter.setText(QStringLiteral("strand"));
    filter.sort(MeasureTableModel::DeadlineColumn);
    m_model->setData(m_model->index(0, MeasureTableModel::ProgressColumn), 50);
    m_undo->undo();
    QCOMPARE(m_model->rowCount(), 2);
}

void TestMeasureModel::naturalCodeOrderAndDeadlineOrder()
{
    addMeasure(QStringLiteral("2.10"), QStringLiteral("Ti"), QStringLiteral("2025"));
    addMeasure(QStringLiteral("2.9"), QStringLiteral("Ni"), QStringLiteral("des. 2025"));
    addMeasure(QStringLiteral("2.1"), QStringLiteral("En"), QStringLiteral("Q3 2025"));
    addMeasure(QStringLiteral("10.1"), QStringLiteral("Hundre"), QStringLiteral("løpende"));
    addMeasure(QStringLiteral("3.1"), QStringLiteral("Tre"), QStringLiteral("15.11.2025"));
    MeasureFilterModel filter;
    filter.setSourceModel(m_model.get());
    auto column = [&](int c) {
        QStringList values;
        for (int row = 0; row < filter.rowCount(); ++row)
            values << filter.index(row, c).data().toString();
        return values;
    };
    filter.sort(MeasureTableModel::CodeColumn);
    QCOMPARE(column(MeasureTableModel::CodeColumn),
             (QStringList {QStringLiteral("2.1"),
                           QStringLiteral("2.9"),
                           QStringLiteral("2.10"),
                           QStringLiteral("3.1"),
                           QStringLiteral("10.1")}));
    // By the period's last day: Q3 (30.9) < 15.11 < des. (31.12) = 2025 (31.12); ongoing last.
    filter.sort(MeasureTableModel::DeadlineColumn);
    const QStringList deadlines = column(MeasureTableModel::DeadlineColumn);
    QCOMPARE(deadlines.first(), QStringLiteral("Q3 2025"));
    QCOMPARE(deadlines.at(1), QStringLiteral("15.11.2025"));
    QCOMPARE(deadlines.last(), QStringLiteral("løpende"));
}

void TestMeasureModel::filters()
{
    addMeasure(QStringLiteral("1.1"), QStringLiteral("Rydde strender"), QStringLiteral("2025"));
    addMeasure(QStringLiteral("1.2"), QStringLiteral("Søppelkasser ved badeplasser"), QStringLiteral("2027"));
    addMeasure(
        QStringLiteral("1.3"), QStringLiteral("Ombruk av møbler"), QStringLiteral("2024"), QStringLiteral("done"));
    MeasureFilterModel filter;
    filter.setSourceModel(m_model.get());
    filter.setText(QStringLiteral("RYDDE"));
    QCOMPARE(filter.rowCount(), 1); // case does not matter
    filter.setText(QStringLiteral("søppel"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QStringLiteral("soppel"));
    QCOMPARE(filter.rowCount(), 0); // o does not find ø
    filter.setText(QStringLiteral("1."));
    QCOMPARE(filter.rowCount(), 3); // codes are searched too
    filter.setText(QString());
    filter.setOverdueOnly(true);
    QCOMPARE(filter.rowCount(), 1); // 2025 has passed on 15.1.2026; 2024 is done, so not overdue
    QCOMPARE(filter.index(0, MeasureTableModel::CodeColumn).data().toString(), QStringLiteral("1.1"));
    filter.setOverdueOnly(false);
    filter.setStatus(QStringLiteral("done"));
    QCOMPARE(filter.rowCount(), 1);
}

// Typing on narrows the search and keeps where each row matched; every other change of text must search afresh.
void TestMeasureModel::filterFollowsTyping_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QList<int>>("counts");
    QTest::newRow("typing on") << QStringList {QStringLiteral("a"),
                                               QStringLiteral("av"),
                                               QStringLiteral("avf"),
                                               QStringLiteral("avfall")}
                               << QList<int> {4, 3, 2, 2};
    QTest::newRow("backspace widens") << QStringList {QStringLiteral("avfall"),
                                                      QStringLiteral("avfal"),
                                                      QStringLiteral("av"),
                                                      QStringLiteral("a")}
                                      << QList<int> {2, 2, 3, 4};
    // "a skole" starts before where "skole" was found: a search from there would miss it.
    QTest::newRow("typed in front") << QStringList {QStringLiteral("skole"), QStringLiteral("a skole")}
                                    << QList<int> {1, 1};
    // "o" is first found in "ombruk", "ol" only later, in "skole".
    QTest::newRow("found later in the text")
        << QStringList {QStringLiteral("o"), QStringLiteral("ol"), QStringLiteral("ole")} << QList<int> {2, 1, 1};
    QTest::newRow("replaced") << QStringList {QStringLiteral("avfall"), QStringLiteral("møbler"), QString()}
                              << QList<int> {2, 1, 4};
    QTest::newRow("case, æ, ø and å") << QStringList {QStringLiteral("Ø"),
                                                      QStringLiteral("ØYA"),
                                                      QStringLiteral("RÅDHUS"),
                                                      QStringLiteral("radhus")}
                                      << QList<int> {1, 1, 1, 0};
}

void TestMeasureModel::filterFollowsTyping()
{
    QFETCH(QStringList, texts);
    QFETCH(QList<int>, counts);
    addMeasure(QStringLiteral("1.1"), QStringLiteral("Avfallsplan for arrangementer"), QStringLiteral("2027"));
    addMeasure(QStringLiteral("1.2"), QStringLiteral("Ombruk av møbler i Øya skole"), QStringLiteral("2027"));
    addMeasure(QStringLiteral("1.3"), QStringLiteral("Strandrydding med avfallsselskapet"), QStringLiteral("2027"));
    addMeasure(QStringLiteral("1.4"), QStringLiteral("Ladepunkter ved rådhuset"), QStringLiteral("2027"));
    MeasureFilterModel filter;
    filter.setSourceModel(m_model.get());
    for (int i = 0; i < texts.size(); ++i) {
        filter.setText(texts.at(i));
        QVERIFY2(filter.rowCount() == counts.at(i),
                 qPrintable(QStringLiteral("“%1”: %2 rows").arg(texts.at(i)).arg(filter.rowCount())));
    }
    // A measure added while a filter is on is searched too.
    addMeasure(QStringLiteral("1.5"), QStringLiteral("Avfall fra landbruket"), QStringLiteral("2027"));
    filter.setText(QStringLiteral("avfall fra"));
    QCOMPARE(filter.rowCount(), 1);
}

void TestMeasureModel::foldsForSearchAsQtDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ASCII") << QStringLiteral("Rydde STRENDER 2025, Q4!");
    QTest::newRow("Norwegian letters") << QStringLiteral("ÆRLIG ØL PÅ Åsnes, Øystein Ødegård");
    QTest::newRow("Latin-1 and beyond") << QStringLiteral("ÀÉÎÕÜ Çà × ÷ Ÿ Ŝ");
    QTest::newRow("Sámi") << QStringLiteral("ČÁHCI ŊUOLLA ŠIELLA ŽÁ Đ Ŧ");
    QTest::newRow("Greek and Cyrillic") << QStringLiteral("ΣΟΦΊΑ Москва");
    QTest::newRow("emoji and an old script")
        << QStringLiteral("Plast ♻️ 😀 𐐀𐐁"); // surrogates: the general way
    QTest::newRow("empty") << QString();
}

void TestMeasureModel::foldsForSearchAsQtDoes()
{
    QFETCH(QString, text);
    QCOMPARE(foldedForSearch(text), text.toCaseFolded());
}

void TestMeasureModel::sortFollowsEdits()
{
    // Sort keys are kept per row: an edited title must sort by its new text, not by the key made before.
    addMeasure(QStringLiteral("1.1"), QStringLiteral("Bølge"), QStringLiteral("2027"));
    addMeasure(QStringLiteral("1.2"), QStringLiteral("Ås"), QStringLiteral("2027"));
    addMeasure(QStringLiteral("1.10"), QStringLiteral("Zebra"), QStringLiteral("2027"));
    MeasureFilterModel filter;
    filter.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto column = [&filter](int column) {
        QStringList values;
        for (int row = 0; row < filter.rowCount(); ++row)
            values << filter.index(row, column).data().toString();
        return values;
    };
    filter.sort(MeasureTableModel::FocusAreaColumn); // the default: codes in natural order
    QCOMPARE(column(MeasureTableModel::CodeColumn),
             (QStringList {QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.10")}));
    filter.sort(MeasureTableModel::TitleColumn);
    QCOMPARE(column(MeasureTableModel::TitleColumn),
             (QStringList {QStringLiteral("Bølge"), QStringLiteral("Zebra"), QStringLiteral("Ås")})); // Å after Z
    QVERIFY(m_model->setData(m_model->index(0, MeasureTableModel::TitleColumn), QStringLiteral("Øy")));
    QCOMPARE(column(MeasureTableModel::TitleColumn),
             (QStringList {QStringLiteral("Zebra"), QStringLiteral("Øy"), QStringLiteral("Ås")}));
    m_undo->undo();
    QCOMPARE(column(MeasureTableModel::TitleColumn),
             (QStringList {QStringLiteral("Bølge"), QStringLiteral("Zebra"), QStringLiteral("Ås")}));
    filter.sort(MeasureTableModel::CodeColumn, Qt::DescendingOrder);
    QCOMPARE(column(MeasureTableModel::CodeColumn),
             (QStringList {QStringLiteral("1.10"), QStringLiteral("1.2"), QStringLiteral("1.1")}));
}

void TestMeasureModel::editUndoRedo()
{
    const qint64 id = addMeasure(QStringLiteral("1.1"), QStringLiteral("Kartlegge plast"), QStringLiteral("2025"));
    const QModelIndex title = m_model->index(0, MeasureTableModel::TitleColumn);
    QVERIFY(m_model->setData(title, QStringLiteral("Kartlegge plastbruk i skolene")));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(title.data().toString(), QStringLiteral("Kartlegge plastbruk i skolene"));
    QCOMPARE(stored(id, "title"), QStringLiteral("Kartlegge plastbruk i skolene"));

    const QModelIndex deadline = m_model->index(0, MeasureTableModel::DeadlineColumn);
    QVERIFY(m_model->setData(deadline, QStringLiteral("2. halvår 2026")));
    QCOMPARE(stored(id, "deadline"), QStringLiteral("2026-H2"));
    QCOMPARE(stored(id, "deadline_end"), QStringLiteral("2026-12-31"));
    QVERIFY(!deadline.data(MeasureTableModel::OverdueRole).toBool());

    m_undo->undo();
    QCOMPARE(stored(id, "deadline_text"), QStringLiteral("2025"));
    QVERIFY(deadline.data(MeasureTableModel::OverdueRole).toBool());
    m_undo->undo();
    QCOMPARE(stored(id, "title"), QStringLiteral("Kartlegge plast"));
    QCOMPARE(title.data().toString(), QStringLiteral("Kartlegge plast"));
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(stored(id, "title"), QStringLiteral("Kartlegge plastbruk i skolene"));
    QCOMPARE(stored(id, "deadline_text"), QStringLiteral("2. halvår 2026"));
    QVERIFY(m_undo->undoText().contains(QStringLiteral("1.1")));

    QVERIFY(m_model->setData(title, QStringLiteral("Kartlegge plastbruk i skolene"))); // unchanged
    QCOMPARE(m_undo->count(), 2); // no empty undo step
}

void TestMeasureModel::refusesBadDeadline()
{
    const qint64 id = addMeasure(QStringLiteral("1.1"), QStringLiteral("Tiltak"), QStringLiteral("2025"));
    QSignalSpy failed(m_model.get(), &MeasureTableModel::editFailed);
    QVERIFY(!m_model->setData(m_model->index(0, MeasureTableModel::DeadlineColumn), QStringLiteral("31.02.2025")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(m_model->lastError().contains(QStringLiteral("“31.02.2025”")));
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(stored(id, "deadline_text"), QStringLiteral("2025"));
    QVERIFY(!m_model->setData(m_model->index(0, MeasureTableModel::ProgressColumn), 140));
    QVERIFY(!m_model->setData(m_model->index(0, MeasureTableModel::CostColumn), QStringLiteral("mye")));
    QCOMPARE(m_undo->count(), 0);
}

void TestMeasureModel::addAndRemoveWithUndo()
{
    Measure measure;
    measure.planId = m_planId;
    measure.code = QStringLiteral("4.1");
    measure.title = QStringLiteral("Mikroplast fra kunstgress");
    m_undo->push(Commands::addMeasure(*m_stores, measure, {}));
    QCOMPARE(m_model->rowCount(), 1);
    const qint64 id = m_model->index(0, 0).data(MeasureTableModel::MeasureIdRole).toLongLong();
    const QString uuid = stored(id, "uuid");
    QVERIFY(m_stores->progressUpdates.add({0, id, QDate(2025, 5, 1), QStringLiteral("in_progress"), 20, {}}));

    m_undo->push(new RemoveMeasuresCommand(*m_stores, {id}, {}));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(stored(id, "title"), QStringLiteral("<missing>"));
    m_undo->undo(); // the measure and its history come back under the same id and UUID
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(stored(id, "uuid"), uuid);
    QCOMPARE(m_stores->progressUpdates.list(QStringLiteral("measure_id"), id).size(), 1);
    m_undo->undo(); // and the add is undone
    QCOMPARE(m_model->rowCount(), 0);
    m_undo->redo();
    QCOMPARE(stored(id, "uuid"), uuid);
    QVERIFY(m_db->problems().isEmpty());
}

void TestMeasureModel::recordProgress()
{
    const qint64 id = addMeasure(
        QStringLiteral("1.1"), QStringLiteral("Tiltak"), QStringLiteral("2027"), QStringLiteral("not_started"));
    m_undo->push(new RecordProgressCommand(
        *m_stores, {0, id, QDate(2026, 1, 10), QStringLiteral("in_progress"), 35, QStringLiteral("I gang")}, {}));
    QCOMPARE(stored(id, "status"), QStringLiteral("in_progress"));
    QCOMPARE(stored(id, "progress"), QStringLiteral("35"));
    QCOMPARE(m_model->index(0, MeasureTableModel::ProgressColumn).data(Qt::EditRole).toInt(), 35);
    QCOMPARE(m_stores->progressUpdates.list(QStringLiteral("measure_id"), id).size(), 1);
    m_undo->undo();
    QCOMPARE(stored(id, "status"), QStringLiteral("not_started"));
    QCOMPARE(stored(id, "progress"), QStringLiteral("0"));
    QVERIFY(m_stores->progressUpdates.list(QStringLiteral("measure_id"), id).isEmpty());
}

void TestMeasureModel::ownerByNameCreatesAndUndoRemoves()
{
    const qint64 id = addMeasure(QStringLiteral("1.1"), QStringLiteral("Tiltak"), QString());
    const qint64 horten = m_stores->municipalities.byNumber(QStringLiteral("3901"))->id;
    QVERIFY(m_stores->owners.add({0, horten, QStringLiteral("Miljørådgiver"), {}, {}}));
    const QModelIndex owner = m_model->index(0, MeasureTableModel::OwnerColumn);
    QVERIFY(m_model->setData(owner, QStringLiteral("miljørådgiver"))); // an existing owner, whatever the case
    QCOMPARE(m_stores->owners.list().size(), 1);
    QCOMPARE(owner.data().toString(), QStringLiteral("Miljørådgiver"));
    QVERIFY(m_model->setData(owner, QStringLiteral("Innkjøpssjef"))); // typed new
    QCOMPARE(m_stores->owners.list().size(), 2);
    QCOMPARE(owner.data().toString(), QStringLiteral("Innkjøpssjef"));
    m_undo->undo();
    QCOMPARE(m_stores->owners.list().size(), 1);
    QCOMPARE(owner.data().toString(), QStringLiteral("Miljørådgiver"));
    m_undo->redo();
    QCOMPARE(owner.data().toString(), QStringLiteral("Innkjøpssjef"));
    QCOMPARE(stored(id, "owner_id").toLongLong(), m_stores->owners.list().last().id);
}

void TestMeasureModel::allMeasuresMode()
{
    addMeasure(QStringLiteral("1.1"), QStringLiteral("Horten-tiltak"), QString());
    Plan other;
    other.municipalityId = m_stores->municipalities.byNumber(QStringLiteral("4601"))->id;
    other.title = QStringLiteral("Bergen");
    const qint64 otherPlan = *m_stores->plans.add(other);
    Measure measure;
    measure.planId = otherPlan;
    measure.title = QStringLiteral("Bergen-tiltak");
    QVERIFY(m_stores->measures.add(measure));
    QCOMPARE(m_model->rowCount(), 1); // a measure of another plan stays out
    m_model->setPlan(0);
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, MeasureTableModel::MunicipalityColumn).data().toString(), QStringLiteral("Bergen"));
    QCOMPARE(m_model->index(1, MeasureTableModel::PlanColumn).data().toString(), QStringLiteral("Bergen"));
}

void TestMeasureModel::notificationsWaitForCommit()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    {
        WriteTransaction transaction(*m_db);
        addMeasure(QStringLiteral("1.1"), QStringLiteral("Først"), QString());
        QCOMPARE(inserted.size(), 0); // not on disk yet
        QVERIFY(transaction.commit());
    }
    QCOMPARE(inserted.size(), 1);
    {
        WriteTransaction transaction(*m_db);
        addMeasure(QStringLiteral("1.2"), QStringLiteral("Angret"), QString());
        // rolled back: the model must never hear of it
    }
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
}

void TestMeasureModel::historyModels()
{
    const qint64 id = addMeasure(
        QStringLiteral("1.1"), QStringLiteral("Tiltak"), QStringLiteral("2027"), QStringLiteral("not_started"));
    ProgressHistoryModel progress(*m_stores);
    ChangeHistoryModel changes(*m_stores);
    QAbstractItemModelTester progressTester(&progress, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester changesTester(&changes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    progress.setMeasure(id);
    changes.setMeasure(id);
    QCOMPARE(progress.rowCount(), 0);
    QCOMPARE(changes.rowCount(), 1);
    QCOMPARE(changes.index(0, ChangeHistoryModel::FieldColumn).data().toString(), QStringLiteral("Created"));

    m_undo->push(new RecordProgressCommand(
        *m_stores, {0, id, QDate(2026, 2, 1), QStringLiteral("in_progress"), 40, QStringLiteral("Godt i gang")}, {}));
    m_undo->push(new RecordProgressCommand(
        *m_stores, {0, id, QDate(2025, 12, 1), QStringLiteral("in_progress"), 20, QStringLiteral("Oppstart")}, {}));
    QCOMPARE(progress.rowCount(), 2);
    QCOMPARE(progress.index(0, ProgressHistoryModel::CommentColumn).data().toString(), QStringLiteral("Oppstart"));
    {
        // The English window writes dates as the council report does, the Norwegian way (en_GB would say 01/12/2025).
        const ScopedLanguage english(QStringLiteral("en"));
        QCOMPARE(progress.index(0, ProgressHistoryModel::DateColumn).data().toString(), QStringLiteral("01.12.2025"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$"))
                    .match(changes.index(0, ChangeHistoryModel::TimeColumn).data().toString())
                    .hasMatch());
    }
    // Newest change first, in words a reader knows: status names, not codes.
    QCOMPARE(changes.index(0, ChangeHistoryModel::FieldColumn).data().toString(), QStringLiteral("Progress"));
    QCOMPARE(changes.index(0, ChangeHistoryModel::ChangeColumn).data().toString(), QStringLiteral("40 → 20"));
    bool statusRow = false;
    for (int row = 0; row < changes.rowCount(); ++row) {
        if (changes.index(row, ChangeHistoryModel::ChangeColumn).data().toString()
            == QStringLiteral("Not started → In progress"))
            statusRow = true;
    }
    QVERIFY(statusRow);
    m_undo->undo();
    QCOMPARE(progress.rowCount(), 1);
}

// Today is 15.1.2026 in these tests.
void TestMeasureModel::needsAttention()
{
    AttentionModel attention(m_model.get());
    QAbstractItemModelTester tester(&attention, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 overdue = addMeasure(QStringLiteral("1"), QStringLiteral("Forfalt"), QStringLiteral("des. 2025"));
    const qint64 dueSoon = addMeasure(QStringLiteral("2"), QStringLiteral("Snart"), QStringLiteral("10.02.2026"));
    addMeasure(QStringLiteral("3"), QStringLiteral("Senere"), QStringLiteral("2027"), QStringLiteral("planned"));
    addMeasure(QStringLiteral("4"), QStringLiteral("Ferdig"), QStringLiteral("2024"), QStringLiteral("done"));
    const qint64 fresh = addMeasure(QStringLiteral("5"), QStringLiteral("Fersk"), QStringLiteral("2028"));
    QVERIFY(m_stores->progressUpdates.add({0, fresh, QDate(2025, 12, 1), QStringLiteral("in_progress"), 10, {}}));
    m_model->setPlan(m_planId); // re-read: the update's date is part of the listing
    auto ids = [&](int group) {
        QVector<qint64> found;
        const QModelIndex parent = attention.index(group, 0);
        for (int row = 0; row < attention.rowCount(parent); ++row)
            found << attention.index(row, 0, parent).data(AttentionModel::MeasureIdRole).toLongLong();
        return found;
    };
    QCOMPARE(ids(0), QVector<qint64> {overdue});
    QCOMPARE(ids(1), QVector<qint64> {dueSoon});
    // In progress without any update: the overdue one and the due-soon one; "Fersk" was updated 1.12.2025.
    QCOMPARE(ids(2), (QVector<qint64> {overdue, dueSoon}));
    QCOMPARE(attention.index(0, 0).data().toString(), QStringLiteral("Overdue (1)"));
    QCOMPARE(attention.index(0, 0).data(AttentionModel::FilterRole).toInt(), int(MeasureTableModel::OverdueRole));
    // The same lists are filters of the table.
    MeasureFilterModel filter;
    filter.setSourceModel(m_model.get());
    filter.setAttentionRole(MeasureTableModel::DueSoonRole);
    QCOMPARE(filter.rowCount(), 1);
    // Marking it done takes it off every list at once.
    QVERIFY(m_model->setData(m_model->index(m_model->rowOfMeasure(overdue), MeasureTableModel::StatusColumn),
                             QStringLiteral("done")));
    QVERIFY(ids(0).isEmpty());
    QCOMPARE(attention.total(), 2);
}

void TestMeasureModel::focusAreaAndBulkEdit()
{
    const qint64 a = addMeasure(QStringLiteral("1"), QStringLiteral("En"), QString());
    const qint64 b = addMeasure(QStringLiteral("2"), QStringLiteral("To"), QString());
    const qint64 area = *m_stores->focusAreas.add({0, m_planId, QStringLiteral("Forsøpling"), 0});
    const QModelIndex focus = m_model->index(m_model->rowOfMeasure(a), MeasureTableModel::FocusAreaColumn);
    const QVariantList choices = focus.data(MeasureTableModel::FocusAreaChoicesRole).toList();
    QCOMPARE(choices.size(), 1);
    QCOMPARE(choices.first().toList().value(1).toString(), QStringLiteral("Forsøpling"));
    QVERIFY(m_model->setData(focus, area));
    QCOMPARE(focus.data().toString(), QStringLiteral("Forsøpling"));
    QCOMPARE(stored(a, "focus_area_id").toLongLong(), area);
    // Another plan's focus area is refused.
    Plan other;
    other.municipalityId = m_stores->municipalities.byNumber(QStringLiteral("0301"))->id;
    other.title = QStringLiteral("Oslo");
    const qint64 foreignArea = *m_stores->focusAreas.add({0, *m_stores->plans.add(other), QStringLiteral("X"), 0});
    QVERIFY(!m_model->setData(focus, foreignArea));

    QVector<Measure> before {*m_stores->measures.get(a), *m_stores->measures.get(b)};
    QVector<Measure> after = before;
    for (Measure& measure : after)
        measure.status = QStringLiteral("blocked");
    m_undo->push(new EditMeasuresCommand(*m_stores, before, after, QStringLiteral("bulk"), {}));
    QCOMPARE(stored(a, "status"), QStringLiteral("blocked"));
    QCOMPARE(stored(b, "status"), QStringLiteral("blocked"));
    m_undo->undo(); // one step takes both back
    QCOMPARE(stored(a, "status"), QStringLiteral("in_progress"));
    QCOMPARE(stored(b, "status"), QStringLiteral("in_progress"));
}

// Today is 15.1.2026 in these tests.
void TestMeasureModel::grants()
{
    const qint64 id = addMeasure(QStringLiteral("1"), QStringLiteral("Ombrukskopper"), QStringLiteral("2027"));
    GrantModel grants(*m_stores);
    QAbstractItemModelTester tester(&grants, QAbstractItemModelTester::FailureReportingMode::QtTest);
    grants.setMeasure(id);
    AttentionModel attention(m_model.get());
    const QModelIndex row = m_model->index(m_model->rowOfMeasure(id), 0);

    Grant grant;
    grant.measureId = id;
    grant.programme = QStringLiteral("Klimasats");
    grant.status = QStringLiteral("granted");
    grant.amountNok = 200000;
    grant.reportDue = QDate(2026, 2, 1); // within 30 days
    m_undo->push(Commands::addGrant(*m_stores, grant, {}));
    QCOMPARE(grants.rowCount(), 1);
    QCOMPARE(grants.index(0, GrantModel::StatusColumn).data().toString(), QStringLiteral("Granted"));
    QVERIFY(row.data(MeasureTableModel::GrantReportDueRole).toBool());
    QCOMPARE(attention.rowCount(attention.index(3, 0)), 1);

    // The report is sent: it is no longer due.
    Grant sent = *m_stores->grants.get(grants.index(0, 0).data(GrantModel::GrantIdRole).toLongLong());
    const Grant before = sent;
    sent.reportSent = true;
    m_undo->push(Commands::editGrant(*m_stores, before, sent, {}));
    QVERIFY(!row.data(MeasureTableModel::GrantReportDueRole).toBool());
    m_undo->undo();
    QVERIFY(row.data(MeasureTableModel::GrantReportDueRole).toBool());

    // Deleting the measure takes its grant; undo brings both back.
    m_undo->push(new RemoveMeasuresCommand(*m_stores, {id}, {}));
    QVERIFY(m_stores->grants.list().isEmpty());
    m_undo->undo();
    QCOMPARE(m_stores->grants.list(QStringLiteral("measure_id"), id).size(), 1);

    Grant invalid = grant;
    invalid.programme.clear();
    QVERIFY(!m_stores->grants.add(invalid));
}

QTEST_GUILESS_MAIN(TestMeasureModel)
#include "test_measuremodel.moc"
