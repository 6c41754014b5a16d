// The indicator editor driven through its widgets on a sample plan: every change is on disk at once and undoable,
// and the year boxes behave as an adviser expects.
#include "database.h"
#include "datafile.h"
#include "indicatoreditor.h"
#include "stores.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestIndicatorEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsThePlansIndicators();
    void editsTheDefinition();
    void steppingUpFromNotGivenLandsOnThisYear();
    void addsAndEditsYearlyValues();
    void addsAndRemovesIndicators();

private:
    IndicatorEditor* openEditor();
    QList<Indicator> indicators() const;

    QTemporaryDir m_dir;
    Database m_db;
    Stores* m_stores = nullptr;
    QUndoStack* m_undo = nullptr;
    IndicatorEditor* m_editor = nullptr;
    qint64 m_planId = 0;
    QStringList m_errors;
};

void TestIndicatorEditor::init()
{
    QString error;
    QVERIFY2(DataFile::openOrCreate(m_db, m_dir.filePath(QStringLiteral("i.handlingsplan")), true, &error),
             qPrintable(error));
    m_stores = new Stores(m_db);
    m_undo = new QUndoStack;
    for (const PlanSummary& plan : m_stores->plans.summaries()) {
        if (m_stores->indicators.list(QStringLiteral("plan_id"), plan.planId).size() >= 3)
            m_planId = plan.planId;
    }
    QVERIFY(m_planId != 0); // the plastic-smart sample plan has three indicators
    m_editor = openEditor();
}

void TestIndicatorEditor::cleanup()
{
    delete m_editor;
    delete m_undo;
    delete m_stores;
    m_db.close();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
}

IndicatorEditor* TestIndicatorEditor::openEditor()
{
    auto* editor = new IndicatorEditor(
        *m_stores,
        m_planId,
        [this](QUndoCommand* command) { m_undo->push(command); },
        [this](const QString& error) { m_errors << error; });
    editor->show();
    editor->activateWindow();
    if (!QTest::qWaitForWindowActive(editor))
        qWarning("editor not active");
    return editor;
}

QList<Indicator> TestIndicatorEditor::indicators() const
{
    return m_stores->indicators.list(QStringLiteral("plan_id"), m_planId, QStringLiteral("position, id"));
}

void TestIndicatorEditor::showsThePlansIndicators()
{
    auto* list = m_editor->findChild<QListWidget*>(QStringLiteral("indicatorList"));
    QCOMPARE(list->count(), int(indicators().size()));
    QCOMPARE(list->item(0)->text(), indicators().first().name);
    QCOMPARE(m_editor->findChild<QLineEdit*>(QStringLiteral("indicatorName"))->text(), indicators().first().name);
    const auto values = m_stores->indicatorValues.list(QStringLiteral("indicator_id"), indicators().first().id);
    QCOMPARE(m_editor->findChild<QTableWidget*>(QStringLiteral("indicatorValues"))->rowCount(), int(values.size()));
}

void TestIndicatorEditor::editsTheDefinition()
{
    const Indicator before = indicators().first();
    auto* name = m_editor->findChild<QLineEdit*>(QStringLiteral("indicatorName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Plastic recycled"));
    auto* baseline = m_editor->findChild<QDoubleSpinBox*>(QStringLiteral("baselineValue"));
    baseline->selectAll();
    QTest::keyClicks(baseline, QStringLiteral("22"));
    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("saveIndicator")), Qt::LeftButton);

    const Indicator after = indicators().first();
    QCOMPARE(after.name, QStringLiteral("Plastic recycled"));
    QCOMPARE(after.baselineValue.value_or(-1), 22.0);
    QCOMPARE(after.baselineYear, before.baselineYear);
    QCOMPARE(m_undo->count(), 1); // one undoable step for the whole definition
    m_undo->undo();
    QCOMPARE(indicators().first().name, before.name);
    QCOMPARE(indicators().first().baselineValue, before.baselineValue);
    QTRY_COMPARE(m_editor->findChild<QLineEdit*>(QStringLiteral("indicatorName"))->text(), before.name);
}

void TestIndicatorEditor::steppingUpFromNotGivenLandsOnThisYear()
{
    auto* target = m_editor->findChild<QSpinBox*>(QStringLiteral("targetYear"));
    target->setValue(target->minimum());
    QCOMPARE(target->text(), QStringLiteral("not given"));
    target->setFocus();
    QTest::keyClick(target, Qt::Key_Up);
    QCOMPARE(target->value(), QDate::currentDate().year());
    QTest::keyClick(target, Qt::Key_Up);
    QCOMPARE(target->value(), QDate::currentDate().year() + 1); // after that, ordinary steps

    // Saved as "not given", the target is gone, value and all.
    target->setValue(target->minimum());
    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("saveIndicator")), Qt::LeftButton);
    QVERIFY(!indicators().first().targetYear);
    QVERIFY(!indicators().first().targetValue);
}

void TestIndicatorEditor::addsAndEditsYearlyValues()
{
    const qint64 indicatorId = indicators().first().id;
    const auto valuesBefore = m_stores->indicatorValues.list(QStringLiteral("indicator_id"), indicatorId);
    auto* table = m_editor->findChild<QTableWidget*>(QStringLiteral("indicatorValues"));
    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("addIndicatorValue")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), int(valuesBefore.size()) + 1);
    QTest::qWait(50); // the store's queued refresh, as after any click
    const int row = table->rowCount() - 1;
    QVERIFY(table->item(row, 0)->text().toInt() > valuesBefore.last().year); // the year after the last measured

    // Type a value into the new row as a user would: select the cell, type, Enter.
    table->setFocus();
    table->setCurrentCell(row, 1);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("37.5"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_stores->indicatorValues.list(QStringLiteral("indicator_id"), indicatorId, QStringLiteral("year"))
                     .last()
                     .value,
                 37.5);

    // Text that is no number is refused and the stored value shown again.
    table->setCurrentCell(row, 1);
    QTest::keyClick(table, Qt::Key_F2);
    editor = QApplication::focusWidget();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("lots"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, 1)->text(), QLocale().toString(37.5));

    while (m_undo->canUndo())
        m_undo->undo();
    QCOMPARE(m_stores->indicatorValues.list(QStringLiteral("indicator_id"), indicatorId).size(), valuesBefore.size());
}

void TestIndicatorEditor::addsAndRemovesIndicators()
{
    const int before = int(indicators().size());
    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("addIndicator")), Qt::LeftButton);
    QCOMPARE(int(indicators().size()), before + 1);
    // The new indicator is selected with its name ready to be typed over.
    auto* name = m_editor->findChild<QLineEdit*>(QStringLiteral("indicatorName"));
    QCOMPARE(name->selectedText(), name->text());
    QTest::keyClicks(name, QStringLiteral("Beach litter"));
    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("saveIndicator")), Qt::LeftButton);
    QCOMPARE(indicators().last().name, QStringLiteral("Beach litter"));

    QTest::mouseClick(m_editor->findChild<QPushButton*>(QStringLiteral("removeIndicator")), Qt::LeftButton);
    QCOMPARE(int(indicators().size()), before);
    m_undo->undo(); // the deleted indicator comes back under its own id
    QCOMPARE(indicators().last().name, QStringLiteral("Beach litter"));
    auto* list = m_editor->findChild<QListWidget*>(QStringLiteral("indicatorList"));
    QTRY_COMPARE(list->count(), before + 1);
}

QTEST_MAIN(TestIndicatorEditor)
#include "test_indicatoreditor.moc"
