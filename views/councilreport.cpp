#include "councilreport.h"

#include "assessment.h"
#include "dashboardcharts.h"
#include "deadline.h"
#include "language.h"
#include "radarchart.h"
#include "vocabulary.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <vector>

namespace {

constexpr int ChartObjectType = QTextFormat::UserObject + 1;
constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;
constexpr int ChartWidthProperty = QTextFormat::UserProperty + 2;
constexpr int ChartHeightProperty = QTextFormat::UserProperty + 3;

// Page geometry in millimetres: A4 with margins a printer can print and a binder can punch.
constexpr double PageWidthMm = 210.0;
constexpr double PageHeightMm = 297.0;
constexpr double LeftMarginMm = 22.0;
constexpr double RightMarginMm = 18.0;
constexpr double TopMarginMm = 24.0;
constexpr double BottomMarginMm = 22.0;
// Greys that print well on black-and-white printers.
const QColor RuleColor(0x70, 0x70, 0x70);
const QColor HeaderFill(0xe4, 0xe4, 0xe4);
const QColor GroupFill(0xf2, 0xf2, 0xf2);
const QColor NoticeFill(0xff, 0xf4, 0xd6);
const QColor QuietText(0x40, 0x40, 0x40);

// Draws the dashboard's charts inside the document as vector graphics: each chart is recorded into a QPicture and
// replayed on the page's painter, so that the PDF gets lines and text, not pixels. A picture's text keeps its point
// size on replay, so the page must have the picture's resolution (see CouncilReport::resolution()).
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject() = default;

    int add(std::unique_ptr<ChartWidget> chart)
    {
        m_charts.push_back(std::move(chart));
        return int(m_charts.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return {format.doubleProperty(ChartWidthProperty), format.doubleProperty(ChartHeightProperty)};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const int index = format.intProperty(ChartIndexProperty);
        if (index < 0 || index >= int(m_charts.size()))
            return;
        // A chart lies wholly on one page. The page's clip cannot stop it elsewhere (the picture sets clips of its
        // own), so it is drawn only when the page being drawn holds it.
        if (painter->hasClipping() && !painter->clipBoundingRect().contains(rect.center()))
            return;
        const int width = qMax(1, qRound(rect.width()));
        const int height = qMax(1, qRound(rect.height()));
        QPicture picture;
        {
            QCPPainter recorder(&picture);
            recorder.setMode(QCPPainter::pmVectorized);
            recorder.setMode(QCPPainter::pmNoCaching);
            recorder.setMode(QCPPainter::pmNonCosmetic); // hairlines would vanish at print resolution
            m_charts[size_t(index)]->toPainter(&recorder, width, height);
        }
        painter->drawPicture(rect.topLeft(), picture);
    }

private:
    std::vector<std::unique_ptr<ChartWidget>> m_charts;
};

// Builds the document's content with a cursor; every user text goes in through insertText, as plain text.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(CouncilReport)

public:
    ReportWriter(
        QTextDocument& document, ChartObject& charts, const ReportData& data, const ReportOptions& options, double dpi)
        : m_document(document)
        , m_charts(charts)
        , m_data(data)
        , m_options(options)
        , m_dpi(dpi)
        , m_cursor(&document)
    {
    }

    void write()
    {
        // One edit block: the document is laid out once at its end, not after every cell (which is quadratic).
        m_cursor.beginEditBlock();
        titleBlock();
        if (m_options.has(ReportOptions::Summary))
            summary();
        if (m_options.has(ReportOptions::Indicators))
            indicators();
        if (m_options.has(ReportOptions::Assessment) && m_data.assessment)
            assessment();
        if (m_options.has(ReportOptions::Changes))
            changes();
        if (m_options.has(ReportOptions::Charts))
            charts();
        if (m_options.has(ReportOptions::Measures))
            measures();
        if (m_options.has(ReportOptions::Check))
            planCheck();
        m_cursor.endEditBlock();
    }

private:
    // Lengths in text formats (margins, padding, borders) are in 96 dpi pixels; the layout scales them to the device.
    static double mm(double millimetres) { return millimetres * 96.0 / 25.4; }
    // Inline objects are sized in the device's own pixels.
    double deviceMm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double contentWidth() const { return deviceMm(PageWidthMm - LeftMarginMm - RightMarginMm); }
    double contentHeight() const { return deviceMm(PageHeightMm - TopMarginMm - BottomMarginMm); }

    QTextCharFormat textFormat(double points = 0, bool bold = false, const QColor& color = Qt::black) const
    {
        QTextCharFormat format;
        if (points > 0)
            format.setFontPointSize(points);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        format.setForeground(color);
        return format;
    }

    void block(double spaceBefore = 0, double spaceAfter = 1.5, bool pageBreak = false)
    {
        QTextBlockFormat format;
        format.setTopMargin(mm(spaceBefore));
        format.setBottomMargin(mm(spaceAfter));
        if (pageBreak)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (m_first) {
            m_cursor.setBlockFormat(format); // the document's first block is already there
            m_first = false;
        } else {
            m_cursor.insertBlock(format);
        }
    }

    void heading(const QString& text, bool pageBreak = false)
    {
        block(7, 2.5, pageBreak);
        m_cursor.insertText(text, textFormat(14, true));
    }

    void subheading(const QString& text)
    {
        block(4, 1.5);
        m_cursor.insertText(text, textFormat(11, true));
    }

    void paragraph(const QString& text, const QTextCharFormat& format = {})
    {
        block(0, 2);
        m_cursor.insertText(text, format);
    }

    // A table with a shaded header row that repeats on every page the table runs onto. A caption goes into the
    // table as a first header row: the document has no "keep with next", and so a heading can never be left alone
    // at the foot of a page while its table starts on the next.
    QTextTable*
    table(const QStringList& headers, const QVector<double>& widthsPercent, int rows, const QString& caption = {})
    {
        block(0, 0);
        const int captionRows = caption.isEmpty() ? 0 : 1;
        QTextTableFormat format;
        format.setHeaderRowCount(headers.isEmpty() ? 0 : 1 + captionRows);
        format.setBorder(mm(0.2));
        format.setBorderBrush(RuleColor);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(mm(1.0));
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        // No bottom margin: a table ending at the foot of a page would otherwise spill its margin onto the next
        // page and repeat its header there over the following text. The next block keeps the distance instead.
        format.setBottomMargin(0);
        QVector<QTextLength> widths;
        for (double width : widthsPercent)
            widths << QTextLength(QTextLength::PercentageLength, width);
        format.setColumnWidthConstraints(widths);
        QTextTable* result
            = m_cursor.insertTable(rows + (headers.isEmpty() ? 0 : 1) + captionRows, int(widthsPercent.size()), format);
        if (captionRows > 0) {
            result->mergeCells(0, 0, 1, int(widthsPercent.size()));
            QTextTableCell cell = result->cellAt(0, 0);
            QTextTableCellFormat plain = cell.format().toTableCellFormat();
            plain.setLeftBorder(0);
            plain.setRightBorder(0);
            plain.setTopBorder(0);
            plain.setLeftPadding(0);
            plain.setTopPadding(mm(3));
            cell.setFormat(plain);
            cell.firstCursorPosition().insertText(caption, textFormat(11, true));
        }
        for (int column = 0; column < headers.size(); ++column) {
            QTextTableCell cell = result->cellAt(captionRows, column);
            QTextCharFormat shade = cell.format();
            shade.setBackground(HeaderFill);
            cell.setFormat(shade);
            cell.firstCursorPosition().insertText(headers.at(column), textFormat(0, true));
        }
        return result;
    }

    void setCell(QTextTable* table,
                 int row,
                 int column,
                 const QString& text,
                 const QTextCharFormat& format = {},
                 Qt::Alignment alignment = Qt::AlignLeft)
    {
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        QTextBlockFormat blockFormat = cursor.blockFormat();
        blockFormat.setAlignment(alignment);
        blockFormat.setNonBreakableLines(false);
        cursor.setBlockFormat(blockFormat);
        cursor.insertText(text, format);
    }

    // Header cells over figures align with the figures.
    static void alignHeaderRight(QTextTable* table, int column)
    {
        const int headerRow = table->format().headerRowCount() - 1;
        QTextCursor cursor = table->cellAt(headerRow, column).firstCursorPosition();
        QTextBlockFormat format = cursor.blockFormat();
        format.setAlignment(Qt::AlignRight);
        cursor.setBlockFormat(format);
    }

    void leaveTable()
    {
        m_cursor.movePosition(QTextCursor::End);
        QTextBlockFormat gap; // the empty block after the table keeps the next text at a distance
        gap.setTopMargin(mm(1));
        m_cursor.setBlockFormat(gap);
    }

    QString date(const QDate& value) const { return Language::formatDate(value); }

    static QString percent(double share)
    {
        // A no-break space, as Norwegian typesetting puts between number and per cent sign.
        return QLocale().toString(qRound(share * 100.0)) + QChar(0x00a0) + QLatin1Char('%');
    }

    static QString number(double value)
    {
        const bool whole = qAbs(value - qRound64(value)) < 1e-9;
        return QLocale().toString(value, 'f', whole ? 0 : 1);
    }

    static QString quantity(double value, const QString& unit)
    {
        if (unit.isEmpty())
            return number(value);
        return number(value) + QChar(0x00a0) + unit;
    }

    QString planPeriod() const
    {
        const Plan& plan = m_data.plan;
        if (plan.periodFrom > 0 && plan.periodTo > 0)
            return QStringLiteral("%1–%2").arg(plan.periodFrom).arg(plan.periodTo);
        return plan.periodFrom > 0 ? QString::number(plan.periodFrom) : tr("not given");
    }

    void titleBlock()
    {
        block(0, 1);
        m_cursor.insertText(tr("Status report to the municipal council").toUpper(), textFormat(9, true, QuietText));
        block(2, 2);
        m_cursor.insertText(m_data.plan.title, textFormat(20, true));
        block(0, 5);
        m_cursor.insertText(tr("%1 municipality").arg(m_data.municipality.name), textFormat(13, false, QuietText));

        const Municipality& municipality = m_data.municipality;
        const QString where = municipality.county.isEmpty()
            ? tr("%1 (municipality number %2)").arg(municipality.name, municipality.number)
            : tr("%1 (municipality number %2), %3").arg(municipality.name, municipality.number, municipality.county);
        const QVector<QPair<QString, QString>> facts = {
            {tr("Plan"), m_data.plan.title},
            {tr("Municipality"), where},
            {tr("Kind of plan"), Vocabulary::planKindName(m_data.plan.kind)},
            {tr("Plan period"), planPeriod()},
            {tr("Status"), Vocabulary::planStatusName(m_data.plan.status)},
            {tr("Adopted"), m_data.plan.adoptedOn.isValid() ? date(m_data.plan.adoptedOn) : tr("not adopted")},
            {tr("Council case"), m_data.plan.councilCase.isEmpty() ? tr("not given") : m_data.plan.councilCase},
            {tr("Report date"), date(m_data.reportDate)},
        };
        QTextTable* table = this->table({}, {28, 72}, int(facts.size()));
        for (int row = 0; row < facts.size(); ++row) {
            setCell(table, row, 0, facts[row].first, textFormat(0, true));
            setCell(table, row, 1, facts[row].second);
        }
        leaveTable();
        if (m_data.plan.isSample) {
            QTextTable* notice = this->table({}, {100}, 1);
            QTextTableCell cell = notice->cellAt(0, 0);
            QTextCharFormat fill = cell.format();
            fill.setBackground(NoticeFill);
            cell.setFormat(fill);
            setCell(notice,
                    0,
                    0,
                    tr("Sample data: this plan is an example that comes with the app. It is not the municipality's "
                       "real plan."),
                    textFormat(0, true));
            leaveTable();
        }
    }

    void summary()
    {
        heading(tr("Summary"));
        if (m_data.measureCount == 0) {
            paragraph(tr("The plan has no measures yet."));
            return;
        }
        paragraph(tr("The plan has %n measure(s). %1 of the measures that are not cancelled are done, and their mean "
                     "progress is %2.",
                     nullptr,
                     m_data.measureCount)
                      .arg(percent(m_data.shareDone()), percent(m_data.meanProgress / 100.0)));

        QStringList statuses;
        for (const QString& status : Vocabulary::measureStatuses()) {
            if (m_data.statusCounts.value(status) > 0)
                statuses << status;
        }
        QTextTable* table
            = this->table({tr("Status"), tr("Measures"), tr("Share")}, {50, 25, 25}, int(statuses.size()) + 1);
        alignHeaderRight(table, 1);
        alignHeaderRight(table, 2);
        for (int i = 0; i < statuses.size(); ++i) {
            const int count = m_data.statusCounts.value(statuses[i]);
            setCell(table, i + 1, 0, Vocabulary::measureStatusName(statuses[i]));
            setCell(table, i + 1, 1, QLocale().toString(count), {}, Qt::AlignRight);
            setCell(table, i + 1, 2, percent(double(count) / m_data.measureCount), {}, Qt::AlignRight);
        }
        const int total = int(statuses.size()) + 1;
        setCell(table, total, 0, tr("All measures"), textFormat(0, true));
        setCell(table, total, 1, QLocale().toString(m_data.measureCount), textFormat(0, true), Qt::AlignRight);
        setCell(table, total, 2, percent(1.0), textFormat(0, true), Qt::AlignRight);
        leaveTable();

        const QString overdue = tr("Overdue measures (%1)").arg(m_data.overdue.size());
        if (m_data.overdue.isEmpty()) {
            subheading(overdue);
            paragraph(tr("No measure is past its deadline."));
        } else {
            deadlineTable(overdue, m_data.overdue);
        }
        const QString dueSoon
            = tr("Deadlines in the next %n day(s) (%1)", nullptr, ReportData::DueSoonDays).arg(m_data.dueSoon.size());
        if (m_data.dueSoon.isEmpty()) {
            subheading(dueSoon);
            paragraph(tr("No open measure has its deadline in the next %n day(s).", nullptr, ReportData::DueSoonDays));
        } else {
            deadlineTable(dueSoon, m_data.dueSoon);
        }
    }

    void deadlineTable(const QString& caption, const QVector<MeasureListing>& measures)
    {
        QTextTable* table = this->table(
            {tr("Code"), tr("Measure"), tr("Owner"), tr("Deadline")}, {9, 53, 22, 16}, int(measures.size()), caption);
        for (int i = 0; i < measures.size(); ++i) {
            const MeasureListing& listing = measures[i];
            setCell(table, i + 2, 0, listing.measure.code);
            setCell(table, i + 2, 1, listing.measure.title);
            setCell(table, i + 2, 2, listing.owner.isEmpty() ? tr("none") : listing.owner);
            setCell(table, i + 2, 3, listing.measure.deadlineText);
        }
        leaveTable();
    }

    void indicators()
    {
        if (m_data.charts.indicators.isEmpty()) {
            heading(tr("Indicators"));
            paragraph(tr("The plan has no indicators."));
            return;
        }
        // The heading is the table's caption, so that it never stays behind at the foot of a page.
        QTextTable* table = this->table({tr("Indicator"), tr("Baseline"), tr("Latest"), tr("Target"), tr("On track")},
                                        {34, 17, 17, 17, 15},
                                        int(m_data.charts.indicators.size()),
                                        tr("Indicators"));
        const auto yearValue = [](std::optional<int> year, std::optional<double> value, const QString& unit) {
            return year && value ? tr("%1 (%2)").arg(quantity(*value, unit)).arg(*year) : tr("not given");
        };
        for (int i = 0; i < m_data.charts.indicators.size(); ++i) {
            const ChartData::PlanCharts::IndicatorSeries& row = m_data.charts.indicators[i];
            const Indicator& indicator = row.indicator;
            setCell(table, i + 2, 0, indicator.name);
            setCell(table, i + 2, 1, yearValue(indicator.baselineYear, indicator.baselineValue, indicator.unit));
            setCell(table,
                    i + 2,
                    2,
                    row.track.latest ? yearValue(row.track.latest->year, row.track.latest->value, indicator.unit)
                                     : tr("not measured"));
            setCell(table, i + 2, 3, yearValue(indicator.targetYear, indicator.targetValue, indicator.unit));
            const QString verdict = !row.track.onTrack ? tr("cannot tell") : *row.track.onTrack ? tr("yes") : tr("no");
            setCell(table, i + 2, 4, verdict, textFormat(0, row.track.onTrack.has_value()));
        }
        leaveTable();
        paragraph(tr("On track: the latest value is at least as good as the straight line from baseline to target "
                     "says it should be in its year."),
                  textFormat(8, false, QuietText));
    }

    void changes()
    {
        heading(tr("Changes since the last report"));
        if (!m_data.previousReport) {
            paragraph(tr("No earlier report of this plan has been recorded. From the next report on, this section "
                         "lists the measures added, completed, cancelled, re-dated or re-owned since this one."));
            return;
        }
        const QString since = date(m_data.previousReport->reportDate);
        if (m_data.changes.isEmpty()) {
            paragraph(tr("No measure has been added, completed, cancelled, re-dated or re-owned since the report of "
                         "%1.")
                          .arg(since));
            return;
        }
        paragraph(tr("Since the report of %1:").arg(since));
        QTextTable* table = this->table(
            {tr("Date"), tr("Code"), tr("Measure"), tr("Change")}, {14, 9, 42, 35}, int(m_data.changes.size()));
        for (int i = 0; i < m_data.changes.size(); ++i) {
            const ReportData::Change& change = m_data.changes[i];
            setCell(table, i + 1, 0, date(change.when.date()));
            setCell(table, i + 1, 1, change.code);
            setCell(table, i + 1, 2, change.title);
            setCell(table, i + 1, 3, changeText(change));
        }
        leaveTable();
    }

    // The municipality's circular self-assessment: a radar of its scores per strategy over the network's average
    // (or its assessment before), and the figures in tables by strategy and by role.
    void assessment()
    {
        const Questionnaire& questionnaire = Questionnaire::circular();
        const QString& language = m_options.language;
        const QVector<std::optional<double>> own
            = questionnaire.meansByStrategy(Assessment::scores(*m_data.assessment));
        const QVector<std::optional<double>> before = m_data.previousAssessment
            ? questionnaire.meansByStrategy(Assessment::scores(*m_data.previousAssessment))
            : QVector<std::optional<double>>(questionnaire.strategies.size());
        const QVector<std::optional<double>> network = m_data.assessmentNetworkMeans.isEmpty()
            ? QVector<std::optional<double>>(questionnaire.strategies.size())
            : m_data.assessmentNetworkMeans;
        heading(tr("Circular self-assessment"));
        QString text = tr("The municipality's own assessment of %1: each statement scored from 0 (not started) to 4 "
                          "(leading), grouped by the circular strategies and by the municipality's roles.")
                           .arg(date(m_data.assessment->madeOn));
        if (m_data.previousAssessment)
            text += QLatin1Char(' ')
                + tr("The assessment before was made on %1.").arg(date(m_data.previousAssessment->madeOn));
        paragraph(text);

        QStringList spokes;
        for (const Questionnaire::Group& strategy : questionnaire.strategies)
            spokes << strategy.name.in(language);
        const auto values = [](const QVector<std::optional<double>>& means) {
            QVector<double> result;
            for (const std::optional<double>& mean : means)
                result << mean.value_or(0.0);
            return result;
        };
        const bool againstNetwork = !m_data.assessmentNetwork.isEmpty();
        auto radar = std::make_unique<RadarChart>();
        radar->setScale(4, 1);
        radar->setTitle(tr("Score per strategy (0–4)"));
        radar->setSeries(spokes,
                         tr("Assessment of %1").arg(date(m_data.assessment->madeOn)),
                         values(own),
                         againstNetwork ? tr("Average of %1").arg(m_data.assessmentNetwork)
                             : m_data.previousAssessment
                             ? tr("Assessment of %1").arg(date(m_data.previousAssessment->madeOn))
                             : QString(),
                         values(againstNetwork ? network : before));
        block(0, 3);
        chart(std::move(radar), contentWidth(), deviceMm(105));

        const auto score = [](const std::optional<double>& mean) {
            return mean ? QLocale().toString(*mean, 'f', 1) : QStringLiteral("–");
        };
        QTextTable* table = this->table(
            {tr("Strategy"), tr("Score"), tr("Before"), tr("Network average")}, {46, 18, 18, 18}, int(spokes.size()));
        for (int column = 1; column < 4; ++column)
            alignHeaderRight(table, column);
        for (int i = 0; i < spokes.size(); ++i) {
            setCell(table, i + 1, 0, spokes[i]);
            setCell(table, i + 1, 1, score(own.value(i)), {}, Qt::AlignRight);
            setCell(table, i + 1, 2, score(before.value(i)), {}, Qt::AlignRight);
            setCell(table, i + 1, 3, score(network.value(i)), {}, Qt::AlignRight);
        }
        leaveTable();
        const QVector<std::optional<double>> byRole = questionnaire.meansByRole(Assessment::scores(*m_data.assessment));
        block(0, 3);
        QTextTable* roles = this->table({tr("Role"), tr("Score")}, {82, 18}, int(questionnaire.roles.size()));
        alignHeaderRight(roles, 1);
        for (int i = 0; i < questionnaire.roles.size(); ++i) {
            setCell(roles, i + 1, 0, questionnaire.roles[i].name.in(language));
            setCell(roles, i + 1, 1, score(byRole.value(i)), {}, Qt::AlignRight);
        }
        leaveTable();
    }

    void planCheck()
    {
        const PlanCheck& check = m_data.check;
        heading(tr("Plan check"), m_options.has(ReportOptions::Measures));
        paragraph(tr("Completeness: %1. The check looks for what Miljødirektoratet's guidance for municipal climate "
                     "plans asks of a plan: goals, measures, a division of responsibility, deadlines, and revision at "
                     "least every four years. Each rule weighs the same.")
                      .arg(percent(check.score() / 100.0)));
        QTextTable* table = this->table({tr("Rule"), tr("Result")}, {75, 25}, int(check.results.size()));
        alignHeaderRight(table, 1);
        for (int i = 0; i < check.results.size(); ++i) {
            const PlanCheck::RuleResult& result = check.results[i];
            setCell(table, i + 1, 0, PlanCheck::ruleName(result.rule));
            setCell(table, i + 1, 1, PlanCheck::resultText(result), textFormat(0, !result.fulfilled()), Qt::AlignRight);
        }
        leaveTable();
        if (check.findings.isEmpty()) {
            paragraph(tr("The plan meets every rule."));
            return;
        }
        QTextTable* findings = this->table({tr("Code"), tr("Measure"), tr("Finding")},
                                           {9, 46, 45},
                                           int(check.findings.size()),
                                           tr("Findings (%1)").arg(check.findings.size()));
        for (int i = 0; i < check.findings.size(); ++i) {
            const PlanCheck::Finding& finding = check.findings[i];
            setCell(findings, i + 2, 0, finding.code);
            setCell(findings, i + 2, 1, finding.measureId > 0 ? finding.title : tr("The plan as a whole"));
            setCell(findings, i + 2, 2, PlanCheck::describe(finding));
        }
        leaveTable();
    }

    static QString changeText(const ReportData::Change& change)
    {
        const auto orNone = [](const QString& text) {
            return text.isEmpty() ? tr("none") : text;
        };
        switch (change.kind) {
        case ReportData::Change::Added:
            return tr("added");
        case ReportData::Change::Completed:
            return tr("completed");
        case ReportData::Change::Cancelled:
            return tr("cancelled");
        case ReportData::Change::Redated:
            return tr("deadline changed from %1 to %2").arg(orNone(change.from), orNone(change.to));
        case ReportData::Change::Reowned:
            return tr("owner changed from %1 to %2").arg(orNone(change.from), orNone(change.to));
        }
        return {};
    }

    void chart(std::unique_ptr<ChartWidget> chart, double width, double height)
    {
        QTextCharFormat format;
        format.setObjectType(ChartObjectType);
        format.setProperty(ChartIndexProperty, m_charts.add(std::move(chart)));
        format.setProperty(ChartWidthProperty, width);
        format.setProperty(ChartHeightProperty, height);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }

    void charts()
    {
        heading(tr("Charts"), true);
        block(0, 3);
        auto status = std::make_unique<StatusByAreaChart>();
        status->setData(m_data.charts.areas);
        chart(std::move(status), contentWidth(), deviceMm(qMin(150.0, 45.0 + 9.0 * m_data.charts.areas.size())));
        block(0, 3);
        auto progress = std::make_unique<ProgressChart>();
        progress->setData(m_data.charts.progress, m_data.charts.expected, m_data.reportDate);
        chart(std::move(progress), contentWidth(), deviceMm(80));

        for (const ChartData::PlanCharts::IndicatorSeries& row : m_data.charts.indicators) {
            block(0, 3);
            auto indicator = std::make_unique<IndicatorChart>();
            indicator->setData(row.indicator, row.values);
            chart(std::move(indicator), contentWidth(), deviceMm(62));
        }

        // The timeline in parts that fit a page each, so that every measure keeps a readable row.
        constexpr int BarsPerChart = 45;
        const int parts = (int(m_data.charts.timeline.size()) + BarsPerChart - 1) / BarsPerChart;
        for (int part = 0; part < parts; ++part) {
            const QVector<ChartData::TimelineBar> bars = m_data.charts.timeline.mid(part * BarsPerChart, BarsPerChart);
            block(0, 3);
            auto timeline = std::make_unique<TimelineChart>();
            timeline->setData(bars, m_data.reportDate);
            if (parts > 1)
                timeline->setTitle(tr("Deadlines (part %1 of %2)").arg(part + 1).arg(parts));
            chart(std::move(timeline),
                  contentWidth(),
                  qMin(contentHeight() - deviceMm(20), deviceMm(30.0 + 4.6 * bars.size())));
        }
    }

    void measures()
    {
        heading(tr("Measures"), true);
        if (m_options.openMeasuresOnly)
            paragraph(tr("Only measures that are neither done nor cancelled are listed."),
                      textFormat(0, false, QuietText));
        if (m_data.measures.isEmpty()) {
            paragraph(tr("There are no measures to list."));
            return;
        }
        // One row per focus area heading plus one per measure.
        QStringList areas;
        QString current;
        for (const MeasureListing& listing : m_data.measures) {
            if (areas.isEmpty() || listing.focusArea != current) {
                current = listing.focusArea;
                areas << current;
            }
        }
        QTextTable* table
            = this->table({tr("Code"), tr("Measure"), tr("Owner"), tr("Deadline"), tr("Status"), tr("Progress")},
                          {7, 32, 20, 15, 14, 12},
                          int(m_data.measures.size() + areas.size()));
        int row = 1;
        current.clear();
        bool first = true;
        for (const MeasureListing& listing : m_data.measures) {
            if (first || listing.focusArea != current) {
                first = false;
                current = listing.focusArea;
                table->mergeCells(row, 0, 1, 6);
                QTextTableCell cell = table->cellAt(row, 0);
                QTextCharFormat fill = cell.format();
                fill.setBackground(GroupFill);
                cell.setFormat(fill);
                setCell(table, row, 0, current.isEmpty() ? tr("Without a focus area") : current, textFormat(0, true));
                ++row;
            }
            const Measure& measure = listing.measure;
            const bool overdue = isOverdue(measure, m_data.reportDate);
            setCell(table, row, 0, measure.code);
            setCell(table, row, 1, measure.title);
            setCell(table, row, 2, listing.owner);
            setCell(table,
                    row,
                    3,
                    overdue ? tr("%1 (overdue)").arg(measure.deadlineText) : measure.deadlineText,
                    textFormat(0, overdue));
            setCell(table, row, 4, Vocabulary::measureStatusName(measure.status));
            setCell(table, row, 5, percent(measure.progress / 100.0), {}, Qt::AlignRight);
            ++row;
        }
        leaveTable();
    }

    QTextDocument& m_document;
    ChartObject& m_charts;
    const ReportData& m_data;
    const ReportOptions& m_options;
    double m_dpi;
    QTextCursor m_cursor;
    bool m_first = true;
};

// Copies one table's rows [from, to) into another's rows starting at `at`: contents with their character and block
// formats, cell shading and merged cells.
void copyRows(QTextTable* source, int from, int to, QTextTable* target, int at)
{
    for (int row = from; row < to; ++row) {
        for (int column = 0; column < source->columns(); ++column) {
            const QTextTableCell cell = source->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue; // covered by a merged cell
            const int targetRow = at + row - from;
            if (cell.columnSpan() > 1)
                target->mergeCells(targetRow, column, 1, cell.columnSpan());
            QTextTableCell copy = target->cellAt(targetRow, column);
            copy.setFormat(cell.format());
            QTextCursor selection = cell.firstCursorPosition();
            selection.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            QTextCursor into = copy.firstCursorPosition();
            into.setBlockFormat(cell.firstCursorPosition().blockFormat());
            into.insertFragment(selection.selection());
        }
    }
}

// Qt moves a table row to the next page only when none of its cells' first lines fits there, so a row with a wrapped
// title would be split across two pages. Where a row straddles a page break, the table is cut there and goes on as a
// new table, with the same header rows, from the top of the next page. Repeated until no row is split.
void keepRowsTogether(QTextDocument& document)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const double pageHeight = document.pageSize().height();
    const auto page = [pageHeight](double y) {
        return int(y / pageHeight);
    };
    const auto straddles = [&](const QTextTable* table, int row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                const QRectF box = layout->blockBoundingRect(it.currentBlock());
                if (box.height() > 0 && page(box.top()) != page(box.bottom() - 1))
                    return true;
            }
        }
        return false;
    };
    for (int pass = 0; pass < 1000; ++pass) {
        QTextTable* cut = nullptr;
        int cutRow = 0;
        for (QTextFrame* frame : document.rootFrame()->childFrames()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            for (int row = table ? table->format().headerRowCount() : 0; table && row < table->rows() && !cut; ++row) {
                // The first body row is left alone: a table never starts with a row that fits nowhere.
                if (row > table->format().headerRowCount() && straddles(table, row)) {
                    cut = table;
                    cutRow = row;
                }
            }
            if (cut)
                break;
        }
        if (!cut)
            return;
        const int headerRows = cut->format().headerRowCount();
        QTextTableFormat format = cut->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor after(&document);
        after.beginEditBlock();
        after.setPosition(cut->lastPosition() + 1);
        after.insertBlock();
        QTextTable* rest = after.insertTable(headerRows + cut->rows() - cutRow, cut->columns(), format);
        copyRows(cut, 0, headerRows, rest, 0);
        copyRows(cut, cutRow, cut->rows(), rest, headerRows);
        cut->removeRows(cutRow, cut->rows() - cutRow);
        after.endEditBlock();
    }
}

} // namespace

CouncilReport::CouncilReport(ReportData data, ReportOptions options)
    : m_data(std::move(data))
    , m_options(std::move(options))
{
}

CouncilReport::~CouncilReport() = default;

bool CouncilReport::print(QPagedPaintDevice* device, QString* error)
{
    const ScopedLanguage language(m_options.language);
    if (device->logicalDpiY() != resolution()) {
        if (error)
            *error = tr("The report needs a page device of %1 dpi.").arg(resolution());
        return false;
    }
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const double dpi = device->logicalDpiY();
    const auto mm = [dpi](double millimetres) {
        return millimetres * dpi / 25.4;
    };
    const QSizeF content(mm(PageWidthMm - LeftMarginMm - RightMarginMm),
                         mm(PageHeightMm - TopMarginMm - BottomMarginMm));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(device); // lay out with the device's own font metrics
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    font.setHintingPreference(QFont::PreferNoHinting);
    document.setDefaultFont(font);
    document.setPageSize(content);
    document.setDocumentMargin(0);
    document.setUseDesignMetrics(true); // glyph advances as the font designs them, not hinted for a screen
    ChartObject charts;
    document.documentLayout()->registerHandler(ChartObjectType, &charts);
    ReportWriter(document, charts, m_data, m_options, dpi).write();
    keepRowsTogether(document);

    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The report could not be drawn.");
        return false;
    }
    m_pageCount = document.pageCount();
    QFont small = font;
    small.setPointSizeF(8);
    const QString headerText = tr("%1 municipality · %2").arg(m_data.municipality.name, m_data.plan.title);
    const QString dateText = tr("Report date %1").arg(Language::formatDate(m_data.reportDate));
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(mm(LeftMarginMm), mm(TopMarginMm) - page * content.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * content.height(), content.width(), content.height());
        painter.setClipRect(context.clip); // a chart that starts on the next page must not show at this one's foot
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // Header and footer, drawn by hand: QTextDocument::print() would give only a bare page number.
        painter.setFont(small);
        painter.setPen(QPen(RuleColor, mm(0.2)));
        const double left = mm(LeftMarginMm);
        const double right = mm(PageWidthMm - RightMarginMm);
        const double headerLine = mm(TopMarginMm - 7);
        const double footerLine = mm(PageHeightMm - BottomMarginMm + 7);
        painter.drawLine(QPointF(left, headerLine), QPointF(right, headerLine));
        painter.drawLine(QPointF(left, footerLine), QPointF(right, footerLine));
        painter.setPen(QuietText);
        const QFontMetricsF metrics(small, device);
        const QRectF headerBox(left, headerLine - mm(1) - metrics.height(), right - left, metrics.height());
        painter.drawText(headerBox,
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(headerText, Qt::ElideRight, headerBox.width()));
        const QRectF footerBox(left, footerLine + mm(1), right - left, metrics.height());
        painter.drawText(footerBox, Qt::AlignLeft | Qt::AlignVCenter, dateText);
        painter.drawText(
            footerBox, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
    }
    if (!painter.end()) {
        if (error)
            *error = tr("The report could not be drawn.");
        return false;
    }
    return true;
}

int CouncilReport::resolution()
{
    return QPicture().logicalDpiY();
}

bool CouncilReport::writePdf(const ReportData& data, const ReportOptions& options, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution());
        writer.setTitle(data.plan.title);
        writer.setCreator(
            QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
        writer.setPdfVersion(options.pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_6);
        CouncilReport report(data, options);
        if (!report.print(&writer, error)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

#include "councilreport.moc"
