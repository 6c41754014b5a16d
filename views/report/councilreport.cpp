#include "councilreport.h"

#include "assessment.h"
#include "dashboardcharts.h"
#include "deadline.h"
#include "language.h"
#include "pageddocument.h"
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

using namespace PageStyle;

namespace {

// Builds the document's content with a cursor; every user text goes in through insertText, as plain text.
class ReportWriter : public DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(CouncilReport)

public:
    ReportWriter(
        QTextDocument& document, ChartObject& charts, const ReportData& data, const ReportOptions& options, double dpi)
        : DocumentWriter(document, charts, dpi)
        , m_data(data)
        , m_options(options)
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
        block(2, 2, false, 1);
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

        const QStringList spokes = questionnaire.strategyNames(language);
        const bool againstNetwork = !m_data.assessmentNetwork.isEmpty();
        auto radar = std::make_unique<RadarChart>();
        radar->setScale(4, 1);
        radar->setTitle(tr("Score per strategy (0–4)"));
        radar->setSeries(spokes,
                         tr("Assessment of %1").arg(date(m_data.assessment->madeOn)),
                         Questionnaire::orZero(own),
                         againstNetwork ? tr("Average of %1").arg(m_data.assessmentNetwork)
                             : m_data.previousAssessment
                             ? tr("Assessment of %1").arg(date(m_data.previousAssessment->madeOn))
                             : QString(),
                         Questionnaire::orZero(againstNetwork ? network : before));
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

    const ReportData& m_data;
    const ReportOptions& m_options;
};

} // namespace

CouncilReport::CouncilReport(ReportData data, ReportOptions options)
    : m_data(std::move(data))
    , m_options(std::move(options))
{
}

CouncilReport::~CouncilReport() = default;

PagedDocument::Build CouncilReport::build() const
{
    return [this](QTextDocument& document, ChartObject& charts, double dpi) {
        ReportWriter(document, charts, m_data, m_options, dpi).write();
    };
}

QString CouncilReport::header() const
{
    return tr("%1 municipality · %2").arg(m_data.municipality.name, m_data.plan.title);
}

QString CouncilReport::footer() const
{
    return tr("Report date %1").arg(Language::formatDate(m_data.reportDate));
}

bool CouncilReport::print(QPagedPaintDevice* device, QString* error)
{
    const ScopedLanguage language(m_options.language);
    return PagedDocument::print(device, build(), header(), footer(), &m_pageCount, error);
}

int CouncilReport::resolution()
{
    return PagedDocument::resolution();
}
