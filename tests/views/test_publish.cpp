// The plan as a static website (issue 28): every page there, every internal link resolving, well-formed pages with
// their language, one h1 and headings in order, landmarks and a skip link; charts with a text alternative; user text
// escaped; internal matter only when asked; republishing removes gone pages and never writes into a folder of other
// files; and the command line's publish.
#include "clirun.h"
#include "language.h"
#include "networksite.h"
#include "plansite.h"
#include "samplefile.h"
#include "sitefolder.h"
#include "vocabulary.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

namespace {

const QString MarkupTitle = QStringLiteral("<b>Plast & \"mikro\" <script>alert(1)</script>");
const QDate PublishDay(2026, 11, 30);

// One page as a reader's tools see it.
struct Page
{
    QString lang;
    QStringList headings; // "h2"
    QStringList links; // href values
    QStringList ids;
    QStringList landmarks; // header, nav, main, footer
    int figures = 0;
    int figuresWithAlternative = 0; // figcaption, a summary paragraph and a table
    int svgs = 0;
    int hiddenSvgs = 0; // inside an aria-hidden container: the figure's text speaks for it
    QString text;
    QString error;
};

Page read(const QString& path)
{
    Page page;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        page.error = QStringLiteral("cannot read");
        return page;
    }
    QXmlStreamReader xml(&file);
    QStringList open;
    QVector<bool> hidden {false};
    bool caption = false, summary = false, table = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QXmlStreamAttributes attributes = xml.attributes();
            open << name;
            hidden << (hidden.last() || attributes.value(QLatin1String("aria-hidden")) == QLatin1String("true"));
            if (name == QLatin1String("html"))
                page.lang = attributes.value(QLatin1String("lang")).toString();
            if (attributes.hasAttribute(QLatin1String("href")))
                page.links << attributes.value(QLatin1String("href")).toString();
            if (attributes.hasAttribute(QLatin1String("src")))
                page.links << attributes.value(QLatin1String("src")).toString();
            if (attributes.hasAttribute(QLatin1String("id")))
                page.ids << attributes.value(QLatin1String("id")).toString();
            if (QStringList {
                    QStringLiteral("header"), QStringLiteral("nav"), QStringLiteral("main"), QStringLiteral("footer")}
                    .contains(name))
                page.landmarks << name;
            if (QRegularExpression(QStringLiteral("^h[1-6]$")).match(name).hasMatch())
                page.headings << name;
            if (name == QLatin1String("figure"))
                caption = summary = table = false;
            caption |= name == QLatin1String("figcaption");
            summary |= name == QLatin1String("p") && open.contains(QLatin1String("figure"));
            table |= name == QLatin1String("table") && open.contains(QLatin1String("figure"));
            if (name == QLatin1String("svg")) {
                ++page.svgs;
                page.hiddenSvgs += hidden.last() ? 1 : 0;
            }
        } else if (xml.isEndElement()) {
            if (open.takeLast() == QLatin1String("figure")) {
                ++page.figures;
                page.figuresWithAlternative += caption && summary && table ? 1 : 0;
            }
            hidden.removeLast();
        } else if (xml.isCharacters() && !open.contains(QLatin1String("svg"))) {
            page.text += xml.text();
        }
    }
    if (xml.hasError())
        page.error = QStringLiteral("%1:%2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
    return page;
}

} // namespace

class TestPublish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writesEveryPage();
    void everyInternalLinkResolves();
    void pagesHaveLanguageLandmarksAndHeadingsInOrder();
    void chartsHaveATextAlternative();
    void userTextIsEscaped();
    void internalMatterOnlyWhenAsked();
    void measuresShowTheirIndicatorAndTheReasonForTheirStatus();
    void speaksThePlansLanguage_data();
    void speaksThePlansLanguage();
    void republishingRemovesGonePages();
    void refusesAFolderOfOtherFiles();
    void networkSiteLinksEveryMembersPlan();
    void commandLinePublishes(); // last: it closes the file for the command line

private:
    QString publish(const QString& name, const PublishOptions& options = {}, qint64 planId = 0);
    QStringList htmlFiles(const QString& folder) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    qint64 m_planId = 0;
    qint64 m_markupMeasure = 0;
    QString m_site;
};

void TestPublish::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("sample.handlingsplan"));
    QString error;
    QVERIFY2(testfiles::openSample(m_path, PublishDay, m_db, m_stores, &error), qPrintable(error));
    m_planId = m_stores->plans.list().first().id;
    m_markupMeasure = testfiles::addMeasureTitled(*m_stores, m_planId, MarkupTitle);
    QVERIFY(m_markupMeasure > 0);
    m_site = publish(QStringLiteral("site"));
    QVERIFY(!m_site.isEmpty());
}

void TestPublish::cleanupTestCase()
{
    testfiles::closeSample(m_path, m_db, m_stores);
}

QString TestPublish::publish(const QString& name, const PublishOptions& given, qint64 planId)
{
    PublishOptions options = given;
    options.today = PublishDay;
    QString error;
    const std::optional<QMap<QString, QByteArray>> pages
        = PlanSite::build(*m_stores, planId > 0 ? planId : m_planId, options, &error);
    const QString folder = m_dir.filePath(name);
    if (!pages || !SiteFolder::write(folder, *pages, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return folder;
}

QStringList TestPublish::htmlFiles(const QString& folder) const
{
    return QDir(folder).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
}

void TestPublish::writesEveryPage()
{
    QDir site(m_site);
    for (const char* name : {"index.html", "measures.html", "indicators.html", "accessibility.html", "style.css"})
        QVERIFY2(site.exists(QLatin1String(name)), name);
    for (const Measure& measure : m_stores->measures.list(QStringLiteral("plan_id"), m_planId))
        QVERIFY2(site.exists(PlanSite::measurePage(measure.id)), qPrintable(measure.title));
    for (const QString& status : Vocabulary::measureStatuses())
        QVERIFY2(site.exists(PlanSite::statusPage(status)), qPrintable(status));
    const int areas = int(m_stores->focusAreas.list(QStringLiteral("plan_id"), m_planId).size());
    for (int i = 0; i < areas; ++i)
        QVERIFY(site.exists(PlanSite::areaPage(i)));
    QVERIFY(!site.exists(PlanSite::areaPage(areas + 1)));
}

// Every link of every page under folder (subfolders too) is relative and reaches a file, and its #fragment an id
// there; the number of links checked.
int checkLinks(const QString& folder)
{
    int checked = 0;
    QDirIterator pages(folder, {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
    while (pages.hasNext()) {
        const QString path = pages.next();
        const QDir here = QFileInfo(path).dir();
        const Page page = read(path);
        if (!page.error.isEmpty()) {
            qWarning("%s: %s", qPrintable(path), qPrintable(page.error));
            return -1;
        }
        for (const QString& link : page.links) {
            const QUrl url(link);
            // Relative links only: the folder works from disk, on any web server, under any path.
            const QString target = url.path().isEmpty() ? path : here.filePath(url.path());
            const bool reaches = url.isRelative() && !link.startsWith(QLatin1Char('/')) && QFile::exists(target)
                && (!url.hasFragment() || read(target).ids.contains(url.fragment()));
            if (!reaches) {
                qWarning("%s → %s does not resolve", qPrintable(path), qPrintable(link));
                return -1;
            }
            ++checked;
        }
    }
    return checked;
}

void TestPublish::everyInternalLinkResolves()
{
    const int checked = checkLinks(m_site);
    QVERIFY(checked > 500);
    qInfo("%d links checked", checked);
}

void TestPublish::pagesHaveLanguageLandmarksAndHeadingsInOrder()
{
    for (const QString& name : htmlFiles(m_site)) {
        const Page page = read(QDir(m_site).filePath(name));
        QCOMPARE(page.lang, QStringLiteral("nb")); // Horten writes bokmål
        QCOMPARE(page.headings.count(QStringLiteral("h1")), 1);
        QCOMPARE(page.headings.first(), QStringLiteral("h1"));
        int previous = 0;
        for (const QString& heading : page.headings) {
            const int rank = heading.mid(1).toInt();
            QVERIFY2(rank <= previous + 1,
                     qPrintable(name + QLatin1String(": ") + page.headings.join(QLatin1Char(' '))));
            previous = rank;
        }
        for (const char* landmark : {"header", "nav", "main", "footer"})
            QVERIFY2(page.landmarks.contains(QLatin1String(landmark)),
                     qPrintable(name + QLatin1Char(' ') + QLatin1String(landmark)));
        QCOMPARE(page.landmarks.count(QStringLiteral("main")), 1);
        QVERIFY(page.links.contains(QStringLiteral("#main")) && page.ids.contains(QStringLiteral("main")));
    }
}

void TestPublish::chartsHaveATextAlternative()
{
    const Page overview = read(QDir(m_site).filePath(QStringLiteral("index.html")));
    const Page indicators = read(QDir(m_site).filePath(QStringLiteral("indicators.html")));
    QCOMPARE(overview.figures, 2);
    QVERIFY(indicators.figures >= 3);
    for (const Page& page : {overview, indicators}) {
        QCOMPARE(page.figuresWithAlternative, page.figures);
        QCOMPARE(page.svgs, page.figures); // each drawn, inline
        QCOMPARE(page.hiddenSvgs, page.svgs);
    }
}

void TestPublish::userTextIsEscaped()
{
    QFile file(QDir(m_site).filePath(PlanSite::measurePage(m_markupMeasure)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(!html.contains(QLatin1String("<b>Plast")));
    const Page page = read(file.fileName());
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QVERIFY(page.text.count(MarkupTitle) >= 3); // title, heading, lead text: as the user wrote them
}

void TestPublish::internalMatterOnlyWhenAsked()
{
    Measure measure = *m_stores->measures.get(m_markupMeasure);
    const qint64 owner = m_stores->owners
                             .add({0,
                                   m_stores->plans.get(m_planId)->municipalityId,
                                   QStringLiteral("Kari Nordmann"),
                                   QStringLiteral("Miljøetaten"),
                                   QStringLiteral("kari@example.no")})
                             .value_or(0);
    measure.ownerId = owner;
    measure.costNok = 987654;
    QVERIFY(m_stores->measures.update(measure));
    QVERIFY(m_stores->progressUpdates.add({0,
                                           m_markupMeasure,
                                           PublishDay.addDays(-3),
                                           QStringLiteral("in_progress"),
                                           20,
                                           QStringLiteral("Intern merknad om budsjettet")}));
    const QStringList internal {
        QStringLiteral("Kari Nordmann"), QStringLiteral("Intern merknad om budsjettet"), QStringLiteral("987")};
    const auto allText = [this](const QString& folder) {
        QString text;
        for (const QString& name : htmlFiles(folder))
            text += read(QDir(folder).filePath(name)).text;
        return text;
    };
    const QString open = allText(publish(QStringLiteral("public")));
    for (const QString& word : internal)
        QVERIFY2(!open.contains(word), qPrintable(word));
    QVERIFY(open.contains(QStringLiteral("Miljøetaten"))); // the responsible unit is public
    PublishOptions options;
    options.includeInternal = true;
    const QString everything = allText(publish(QStringLiteral("internal"), options));
    for (const QString& word : internal)
        QVERIFY2(everything.contains(word), qPrintable(word));
}

// A measure's page names the indicator it moves, with its latest value against the target, linked to the indicator's
// chart, and that chart lists the measures meant to move it. The reason for the status is public only where the adviser
// published the comment: the newest such comment of an update that set the status the measure has now.
void TestPublish::measuresShowTheirIndicatorAndTheReasonForTheirStatus()
{
    const Indicator indicator = m_stores->indicators.list(QStringLiteral("plan_id"), m_planId).first();
    Measure measure = *m_stores->measures.get(m_markupMeasure);
    measure.indicatorId = indicator.id;
    measure.status = QStringLiteral("delayed");
    QVERIFY(m_stores->measures.update(measure));
    ProgressUpdate hidden {0,
                           m_markupMeasure,
                           PublishDay.addDays(-9),
                           QStringLiteral("delayed"),
                           30,
                           QStringLiteral("Leverandøren har gått konkurs")};
    ProgressUpdate published = hidden;
    published.date = PublishDay.addDays(-2);
    published.comment = QStringLiteral("Venter på nytt anbud etter at leverandøren gikk ut");
    published.commentPublic = true;
    ProgressUpdate older = published; // published too, but for another status than the measure has now
    older.date = PublishDay.addDays(-30);
    older.status = QStringLiteral("in_progress");
    older.comment = QStringLiteral("God framdrift i vår");
    for (const ProgressUpdate& update : {hidden, published, older})
        QVERIFY(m_stores->progressUpdates.add(update));
    const QString folder = publish(QStringLiteral("linked"));
    const Page measurePage = read(QDir(folder).filePath(PlanSite::measurePage(m_markupMeasure)));
    const QString page = measurePage.text;
    // (The page speaks the plan's language, bokmål: the figures and links are what is checked.)
    QVERIFY2(page.contains(indicator.name), qPrintable(page));
    QVERIFY(measurePage.links.contains(QStringLiteral("indicators.html#indicator-%1").arg(indicator.id)));
    QCOMPARE(page.count(published.comment), 2); // beside the status, and in the history
    QVERIFY(page.contains(older.comment)); // in the history, where it was published
    QVERIFY(!page.contains(hidden.comment));
    QVERIFY(read(QDir(folder).filePath(QStringLiteral("indicators.html")))
                .links.contains(PlanSite::measurePage(m_markupMeasure)));
    // Without a published comment there is no reason to give.
    for (ProgressUpdate update : m_stores->progressUpdates.list(QStringLiteral("measure_id"), m_markupMeasure)) {
        update.commentPublic = false;
        QVERIFY(m_stores->progressUpdates.update(update));
    }
    const QString quiet
        = read(QDir(publish(QStringLiteral("quiet"))).filePath(PlanSite::measurePage(m_markupMeasure))).text;
    QVERIFY(!quiet.contains(published.comment));
}

void TestPublish::speaksThePlansLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the municipality's") << QString() << QStringLiteral("nb");
    QTest::newRow("nynorsk") << QStringLiteral("nn") << QStringLiteral("nn");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en");
}

void TestPublish::speaksThePlansLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    PublishOptions options;
    options.language = language;
    const QString folder = publish(QStringLiteral("lang-%1").arg(expected), options);
    const Page page = read(QDir(folder).filePath(QStringLiteral("index.html")));
    QCOMPARE(page.lang, expected);
    const ScopedLanguage speaking(expected);
    QVERIFY(page.text.contains(Vocabulary::measureStatusName(QStringLiteral("in_progress"))));
    QVERIFY(page.text.contains(QCoreApplication::translate("PlanSite", "Needs attention")));
}

void TestPublish::republishingRemovesGonePages()
{
    const QString folder = publish(QStringLiteral("again"));
    const QString gone = PlanSite::measurePage(m_markupMeasure);
    QVERIFY(QFile::exists(QDir(folder).filePath(gone)));
    Measure measure = *m_stores->measures.get(m_markupMeasure);
    QVERIFY(m_stores->measures.remove(m_markupMeasure));
    QCOMPARE(publish(QStringLiteral("again")), folder);
    QVERIFY(!QFile::exists(QDir(folder).filePath(gone)));
    measure.id = 0;
    m_markupMeasure = m_stores->measures.add(measure).value_or(0);
}

void TestPublish::refusesAFolderOfOtherFiles()
{
    const QString folder = m_dir.filePath(QStringLiteral("documents"));
    QVERIFY(QDir().mkpath(folder));
    QFile letter(QDir(folder).filePath(QStringLiteral("brev.odt")));
    QVERIFY(letter.open(QIODevice::WriteOnly) && letter.write("mine") == 4);
    letter.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("holds other files")));
    QVERIFY(publish(QStringLiteral("documents")).isEmpty());
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {QStringLiteral("brev.odt")});
}

void TestPublish::commandLinePublishes()
{
    m_db->close();
    const QString folder = m_dir.filePath(QStringLiteral("cli"));
    const CliRun run = runActionplans({QStringLiteral("--db"),
                                       m_path,
                                       QStringLiteral("publish"),
                                       QStringLiteral("--plan"),
                                       QString::number(m_planId),
                                       QStringLiteral("-o"),
                                       folder});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("index.html")));
    QCOMPARE(htmlFiles(folder).size(), htmlFiles(m_site).size());
    const CliRun noOutput = runActionplans({QStringLiteral("--db"),
                                            m_path,
                                            QStringLiteral("publish"),
                                            QStringLiteral("--plan"),
                                            QString::number(m_planId)});
    QCOMPARE(noOutput.exitCode, 2);
    QVERIFY(noOutput.err.contains(QStringLiteral("-o FILE")));
}

void TestPublish::networkSiteLinksEveryMembersPlan()
{
    const std::optional<Network> network = m_stores->networks.byName(QStringLiteral("Plastsmarte byer og kommuner"));
    QVERIFY(network);
    PublishOptions options;
    options.today = PublishDay;
    QString error;
    const std::optional<QMap<QString, QByteArray>> pages = NetworkSite::build(*m_stores, network->id, options, &error);
    QVERIFY2(pages, qPrintable(error));
    const QString folder = m_dir.filePath(QStringLiteral("network"));
    QVERIFY2(SiteFolder::write(folder, *pages, &error), qPrintable(error));
    const Page overview = read(QDir(folder).filePath(QStringLiteral("index.html")));
    QVERIFY2(overview.error.isEmpty(), qPrintable(overview.error));
    QCOMPARE(overview.headings.count(QStringLiteral("h1")), 1);
    int memberPlans = 0;
    qint64 aMemberPlan = 0;
    for (const qint64 member : m_stores->networks.memberIds(network->id)) {
        for (const Plan& plan : m_stores->plans.list(QStringLiteral("municipality_id"), member)) {
            QVERIFY(overview.links.contains(NetworkSite::planFolder(plan.id) + QLatin1String("/index.html")));
            QVERIFY(
                QFile::exists(QDir(folder).filePath(NetworkSite::planFolder(plan.id) + QLatin1String("/style.css"))));
            ++memberPlans;
            aMemberPlan = plan.id;
        }
    }
    QVERIFY(memberPlans >= 2);
    // The site line names the network once (it is both the owner and the title of its pages).
    QFile index(QDir(folder).filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(index.readAll()).contains(network->name + QStringLiteral(" · ") + network->name));
    QVERIFY(overview.figures >= 1);
    QCOMPARE(overview.figuresWithAlternative, overview.figures);
    QVERIFY(checkLinks(folder) > memberPlans * 100);
    // Published again without a member's plan: its folder goes.
    QMap<QString, QByteArray> fewer = *pages;
    const QString gone = NetworkSite::planFolder(aMemberPlan);
    for (const QString& name : fewer.keys())
        if (name.startsWith(gone + QLatin1Char('/')))
            fewer.remove(name);
    QVERIFY2(SiteFolder::write(folder, fewer, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(gone)));
}

QTEST_MAIN(TestPublish)
#include "test_publish.moc"
