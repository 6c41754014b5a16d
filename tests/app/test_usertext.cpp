// User text is data (issue 11.7): titles and descriptions with markup, 100 kB of text, control characters,
// right-to-left script and emoji are stored and shown as those characters — in the table, the details pane, labels,
// tooltips and message boxes of the window, in the council PDF, and through every export and back. A filter takes
// "%" and "_" literally.
#include "mainwindow.h"
#include "measurespane.h"
#include "measuretablemodel.h"
#include "navigatorpane.h"
#include "plaintooltips.h"
#include "planactions.h"
#include "planfiles.h"
#include "stores.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

namespace {

const QString Markup = QStringLiteral("<b>x</b><img src=file:///etc/passwd>");

// 100 kB of text in lines, with Norwegian letters (so more bytes than characters).
QString longText()
{
    QString text;
    while (text.size() < 102400)
        text += QStringLiteral("Linje %1: Æ ø å – plastavfall i fjæra, <tag> & \"sitat\".\n").arg(text.size());
    return text;
}

struct Sample
{
    const char* tag;
    QString title;
    QString description;
};

QVector<Sample> samples()
{
    return {
        {"markup", Markup, Markup + QStringLiteral(" &amp; <script>alert(1)</script>")},
        {"long", QStringLiteral("Langt tiltak"), longText()},
        // Imports trim a cell's ends, so the CR stands inside.
        {"control characters", QStringLiteral("Tab\there, bell\a, \x01\x1f and CR\r here"), QStringLiteral("a\x02z")},
        {"looks escaped", QStringLiteral("literal _x0041_ and _x005F_"), QStringLiteral("_x000D_")},
        {"right to left", QStringLiteral("خطة العمل للبلاستيك — תוכנית פעולה"), QStringLiteral("עברית ועربية")},
        {"emoji", QStringLiteral("♻️ Plastsmart 🌊🐟 kommune"), QStringLiteral("👩‍👩‍👧 familie")},
        {"percent", QStringLiteral("50% ned"), QStringLiteral("prosent")},
        {"five", QStringLiteral("5 ned"), QStringLiteral("ikke prosent")},
        {"underscore", QStringLiteral("a_b"), QString()},
        {"not underscore", QStringLiteral("axb"), QString()},
    };
}

QString binaryRun(const QStringList& arguments, int* exitCode)
{
    QProcess cli;
    cli.start(QStringLiteral(ACTIONPLANS_BINARY), arguments);
    if (!cli.waitForFinished(120000))
        return QStringLiteral("did not end");
    *exitCode = cli.exitCode();
    return QString::fromUtf8(cli.readAllStandardError());
}

// Titles and descriptions of the measures of a file, by code.
QHash<QString, QPair<QString, QString>> measuresOf(const QString& path)
{
    Database db;
    if (!db.open(path))
        qFatal("%s", qPrintable(db.errorString()));
    QHash<QString, QPair<QString, QString>> found;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT code, title, description FROM measures"));
    while (query.next())
        found.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    return found;
}

} // namespace

class TestUserText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableAndDetailsShowTheCharacters();
    void tooltipsShowTheCharacters();
    void messageBoxesShowTheCharacters();
    void promptsShowTheCharacters();
    void filterTakesPercentAndUnderscoreLiterally_data();
    void filterTakesPercentAndUnderscoreLiterally();
    void pdfShowsTheCharacters();
    void exportsKeepEveryCharacter_data();
    void exportsKeepEveryCharacter();

private:
    int rowOf(const QString& title) const;

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_planId = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestUserText::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("text.handlingsplan"));
    m_planId = planfiles::makeFileWithOnePlan(m_path);
    {
        Database db;
        QVERIFY(db.open(m_path));
        Stores stores(db);
        Plan plan = *stores.plans.get(m_planId);
        plan.title = Markup;
        QVERIFY(stores.plans.update(plan));
        int i = 0;
        for (const Sample& sample : samples()) {
            Measure measure;
            measure.planId = m_planId;
            measure.code = QStringLiteral("1.%1").arg(++i);
            measure.title = sample.title;
            measure.description = sample.description;
            measure.fundingSource = sample.title;
            QVERIFY2(stores.measures.add(measure), qPrintable(stores.measures.errorString()));
        }
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(m_window->openFile(m_path, true));
    m_window->navigator()->selectPlan(m_planId);
    m_window->showPlan(m_planId);
    QTRY_COMPARE(m_window->measuresPane()->view()->model()->rowCount(), int(samples().size()));
}

int TestUserText::rowOf(const QString& title) const
{
    const QAbstractItemModel* model = m_window->measuresPane()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MeasureTableModel::TitleColumn).data().toString() == title)
            return row;
    }
    return -1;
}

void TestUserText::tableAndDetailsShowTheCharacters()
{
    QTableView* table = m_window->measuresPane()->view();
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const Sample& sample : samples()) {
        const int row = rowOf(sample.title);
        QVERIFY2(row >= 0, sample.tag); // the title read back is the one stored, every character
        table->setCurrentIndex(table->model()->index(row, MeasureTableModel::TitleColumn));
        auto* description = m_window->findChild<QPlainTextEdit*>(QStringLiteral("measureDescription"));
        QTRY_COMPARE(description->toPlainText(), sample.description);
        QCOMPARE(m_window->findChild<QLineEdit*>(QStringLiteral("measureFunding"))->text(), sample.title);
    }
    // Whatever shows the markup title — the plan heading, the details pane's title — shows it as text.
    table->setCurrentIndex(table->model()->index(rowOf(Markup), MeasureTableModel::TitleColumn));
    int labels = 0;
    for (QLabel* label : m_window->findChildren<QLabel*>()) {
        if (!label->text().contains(QStringLiteral("<img")))
            continue;
        ++labels;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QVERIFY(labels >= 2);
    QVERIFY2(m_window->findChild<QLabel*>(QStringLiteral("planHeading"))->text().contains(Markup),
             qPrintable(m_window->findChild<QLabel*>(QStringLiteral("planHeading"))->text()));
}

void TestUserText::tooltipsShowTheCharacters()
{
    QTableView* table = m_window->measuresPane()->view();
    for (const QString& title : {Markup, QStringLiteral("Langt tiltak")}) {
        const QModelIndex index = table->model()->index(rowOf(title), MeasureTableModel::TitleColumn);
        const QPoint position = table->visualRect(index).center();
        QHelpEvent event(QEvent::ToolTip, position, table->viewport()->mapToGlobal(position));
        QApplication::sendEvent(table->viewport(), &event);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), PlainToolTips::toRichText(index.data(Qt::ToolTipRole).toString()));
        QToolTip::hideText();
    }
    // The tip is the characters: escaped for the rich-text label, so that "<b>" is not bold and no image is loaded.
    QVERIFY(PlainToolTips::toRichText(Markup).contains(QStringLiteral("&lt;img src=file:///etc/passwd&gt;")));
    QVERIFY(!PlainToolTips::toRichText(Markup).contains(QStringLiteral("<img")));
    // 100 kB do not cover the screen.
    QVERIFY(PlainToolTips::toRichText(longText()).size() < 10000);
}

void TestUserText::messageBoxesShowTheCharacters()
{
    // Deleting the plan asks first, naming it; the question must show the title as typed.
    QString shown;
    Qt::TextFormat format = Qt::AutoText;
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->text();
        format = box->textFormat();
        box->reject();
    });
    m_window->planActions()->deletePlan(m_planId);
    QVERIFY2(shown.contains(Markup), qPrintable(shown));
    QCOMPARE(format, Qt::PlainText);
    QVERIFY(m_window->stores()->plans.get(m_planId)); // cancelled
}

void TestUserText::promptsShowTheCharacters()
{
    // Plan → Save as template asks for a name in a prompt that quotes the plan's title.
    QStringList labels;
    bool allPlain = true;
    QTimer::singleShot(0, this, [&] {
        auto* prompt = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!prompt)
            return;
        for (QLabel* label : prompt->findChildren<QLabel*>()) {
            labels << label->text();
            allPlain = allPlain && label->textFormat() == Qt::PlainText;
        }
        prompt->reject();
    });
    m_window->findChild<QAction*>(QStringLiteral("saveAsTemplateAction"))->trigger();
    QVERIFY2(labels.join(u'\n').contains(Markup), qPrintable(labels.join(u'\n')));
    QVERIFY(allPlain);
}

void TestUserText::filterTakesPercentAndUnderscoreLiterally_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("percent") << QStringLiteral("50%") << QStringList {QStringLiteral("50% ned")};
    QTest::newRow("underscore") << QStringLiteral("a_b") << QStringList {QStringLiteral("a_b")};
    QTest::newRow("markup") << QStringLiteral("<img") << QStringList {Markup};
}

void TestUserText::filterTakesPercentAndUnderscoreLiterally()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, shown);
    auto* filter = m_window->findChild<QLineEdit*>(QStringLiteral("measureFilter"));
    filter->clear();
    QTest::keyClicks(filter, typed);
    const QAbstractItemModel* model = m_window->measuresPane()->view()->model();
    QStringList titles;
    QTRY_VERIFY(model->rowCount() < int(samples().size()));
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, MeasureTableModel::TitleColumn).data().toString();
    QCOMPARE(titles, shown);
    filter->clear();
}

void TestUserText::pdfShowsTheCharacters()
{
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    int code = -1;
    const QString errors = binaryRun({QStringLiteral("--db"),
                                      m_path,
                                      QStringLiteral("report"),
                                      QStringLiteral("--plan"),
                                      QString::number(m_planId),
                                      QStringLiteral("-o"),
                                      pdf},
                                     &code);
    QVERIFY2(code == 0, qPrintable(errors));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    // pdftotext breaks lines where the report wraps them; compare without line breaks.
    // The font joins "fi" into one glyph, which pdftotext gives back as U+FB01; NFKC makes it two letters again.
    const QString content = QString::fromUtf8(text.readAllStandardOutput())
                                .remove(QLatin1Char('\n'))
                                .normalized(QString::NormalizationForm_KC);
    QVERIFY2(content.contains(Markup), qPrintable(content.left(2000)));
    QVERIFY(content.contains(QStringLiteral("50% ned")));
    QVERIFY(content.contains(QStringLiteral("Plastsmart")));
}

void TestUserText::exportsKeepEveryCharacter_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestUserText::exportsKeepEveryCharacter()
{
    QFETCH(QString, format);
    const QString exported = m_dir.filePath(QStringLiteral("export.") + format);
    int code = -1;
    QString errors = binaryRun({QStringLiteral("--db"),
                                m_path,
                                QStringLiteral("export"),
                                QStringLiteral("--plan"),
                                QString::number(m_planId),
                                QStringLiteral("-o"),
                                exported},
                               &code);
    QVERIFY2(code == 0, qPrintable(errors));
    // The one text a spreadsheet cell cannot hold is cut — and the export says so.
    QCOMPARE(errors.contains(QStringLiteral("1 text cut at 32,767 characters")), format == QLatin1String("xlsx"));

    // Read back into a new file: a plan file brings its own plan; a spreadsheet fills an empty one.
    const QString target = m_dir.filePath(QStringLiteral("back-%1.handlingsplan").arg(format));
    QStringList import = {QStringLiteral("--db"), target, QStringLiteral("import"), exported};
    if (format == QLatin1String("json")) {
        Database db;
        QString error;
        QVERIFY(DataFile::openOrCreate(db, target, false, &error));
    } else {
        import << QStringLiteral("--plan") << QString::number(planfiles::makeFileWithOnePlan(target));
    }
    errors = binaryRun(import, &code);
    QVERIFY2(code == 0, qPrintable(errors));

    const QHash<QString, QPair<QString, QString>> before = measuresOf(m_path);
    const QHash<QString, QPair<QString, QString>> after = measuresOf(target);
    QCOMPARE(after.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QString title = it.value().first;
        // CSV reads every line break inside a field as a newline.
        if (format == QLatin1String("csv"))
            title.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        QCOMPARE(after.value(it.key()).first, title);
        QString description = it.value().second;
        // A spreadsheet cell holds at most 32,767 characters: longer text ends there, with "…" (JSON keeps it whole).
        if (format == QLatin1String("xlsx") && description.size() > 32767)
            description = description.left(32766) + QChar(0x2026);
        QCOMPARE(after.value(it.key()).second, description);
    }
}

QTEST_MAIN(TestUserText)
#include "test_usertext.moc"
