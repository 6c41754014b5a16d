#include "plansite.h"

#include "charthtml.h"
#include "dashboardcharts.h"
#include "language.h"
#include "sitepage.h"
#include "stores.h"
#include "vocabulary.h"

#include <algorithm>

namespace {

// Whole per cent as the measures keep their progress.
QString percent(int value)
{
    return Language::formatPercent(value / 100.0);
}

// Builds the pages; one instance per site.
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(PlanSite)

public:
    Builder(Stores& stores, const ReportData& data, const PublishOptions& options)
        : m_stores(stores)
        , m_data(data)
        , m_options(options)
        , m_site {options.language,
                  data.plan.title,
                  tr("%1 municipality").arg(data.municipality.name),
                  Language::formatDate(data.reportDate),
                  {{QStringLiteral("index.html"), tr("Overview")},
                   {QStringLiteral("measures.html"), tr("All measures")},
                   {QStringLiteral("indicators.html"), tr("Indicators")},
                   {QStringLiteral("accessibility.html"), tr("Accessibility statement")}}}
    {
        for (const MeasureListing& listing : m_data.measures) {
            if (!m_areas.contains(listing.focusArea))
                m_areas << listing.focusArea;
        }
    }

    QMap<QString, QByteArray> pages()
    {
        QMap<QString, QByteArray> pages;
        pages.insert(QStringLiteral("style.css"), SitePage::styleSheet());
        pages.insert(QStringLiteral("index.html"), overview());
        pages.insert(QStringLiteral("measures.html"),
                     listPage(QStringLiteral("measures.html"), tr("All measures"), m_data.measures, {}));
        pages.insert(QStringLiteral("indicators.html"), indicators());
        pages.insert(QStringLiteral("accessibility.html"), SitePage::accessibilityStatement(m_site, m_data.plan.title));
        for (int i = 0; i < m_areas.size(); ++i) {
            QVector<MeasureListing> inArea;
            std::copy_if(m_data.measures.begin(),
                         m_data.measures.end(),
                         std::back_inserter(inArea),
                         [&](const MeasureListing& listing) { return listing.focusArea == m_areas[i]; });
            pages.insert(PlanSite::areaPage(i), listPage(PlanSite::areaPage(i), areaName(i), inArea, tr("Focus area")));
        }
        for (const QString& status : Vocabulary::measureStatuses()) {
            QVector<MeasureListing> withStatus;
            std::copy_if(m_data.measures.begin(),
                         m_data.measures.end(),
                         std::back_inserter(withStatus),
                         [&](const MeasureListing& listing) { return listing.measure.status == status; });
            pages.insert(
                PlanSite::statusPage(status),
                listPage(
                    PlanSite::statusPage(status), Vocabulary::measureStatusName(status), withStatus, tr("Status")));
        }
        for (const MeasureListing& listing : m_data.measures)
            pages.insert(PlanSite::measurePage(listing.measure.id), measure(listing));
        return pages;
    }

private:
    QString areaName(int index) const { return m_areas[index].isEmpty() ? tr("Without a focus area") : m_areas[index]; }

    QString areaLink(const QString& area) const
    {
        const int index = int(m_areas.indexOf(area));
        return index < 0 ? QString() : Html::link(PlanSite::areaPage(index), areaName(index));
    }

    QString measureName(const Measure& measure) const
    {
        return measure.code.isEmpty() ? measure.title : measure.code + QLatin1Char(' ') + measure.title;
    }

    QString responsible(const MeasureListing& listing) const
    {
        const std::optional<Owner> owner
            = listing.measure.ownerId > 0 ? m_stores.owners.get(listing.measure.ownerId) : std::nullopt;
        if (!owner)
            return tr("not given");
        if (m_options.includeInternal)
            return owner->unit.isEmpty() ? owner->name : tr("%1, %2").arg(owner->name, owner->unit);
        return owner->unit.isEmpty() ? tr("not given") : owner->unit;
    }

    QByteArray finish(SitePage& page) { return page.html().toUtf8(); }

    QByteArray overview()
    {
        SitePage page(m_site, QStringLiteral("index.html"), m_data.plan.title);
        page.add(Html::heading(1, m_data.plan.title));
        const Plan& plan = m_data.plan;
        const QString period = plan.periodFrom > 0 && plan.periodTo > 0
            ? QStringLiteral("%1–%2").arg(plan.periodFrom).arg(plan.periodTo)
            : tr("not given");
        page.add(Html::facts(
            {{tr("Municipality"), Html::text(m_data.municipality.name)},
             {tr("Plan period"), Html::text(period)},
             {tr("Status"), Html::text(Vocabulary::planStatusName(plan.status))},
             {tr("Adopted"),
              Html::text(plan.adoptedOn.isValid() ? Language::formatDate(plan.adoptedOn) : tr("not adopted"))},
             {tr("Figures as of"), Html::text(m_site.published)}}));
        if (plan.isSample)
            page.add(QLatin1String("<p class=\"notice\"><strong>")
                     + Html::text(tr("Sample data: this plan is an example that comes with the app. It is not the "
                                     "municipality's real plan."))
                     + QLatin1String("</strong></p>\n"));

        page.add(Html::heading(2, tr("Summary")));
        page.add(
            Html::paragraph(tr("The plan has %n measure(s).", nullptr, m_data.measureCount) + QLatin1Char(' ')
                            + tr("%1 of the measures that are not cancelled are done, and the mean progress is %2.")
                                  .arg(Language::formatPercent(m_data.shareDone()))
                                  .arg(percent(qRound(m_data.meanProgress)))));
        QVector<QStringList> statusRows;
        for (const QString& status : Vocabulary::measureStatuses())
            statusRows << QStringList {Html::link(PlanSite::statusPage(status), Vocabulary::measureStatusName(status)),
                                       Html::text(QLocale().toString(m_data.statusCounts.value(status)))};
        page.add(Html::table(tr("Measures by status"), {tr("Status"), tr("Measures")}, statusRows, {1}, true));

        page.add(Html::heading(2, tr("Focus areas")));
        QStringList areas;
        for (int i = 0; i < m_areas.size(); ++i) {
            const int count
                = int(std::count_if(m_data.measures.begin(), m_data.measures.end(), [&](const MeasureListing& l) {
                      return l.focusArea == m_areas[i];
                  }));
            areas << Html::link(PlanSite::areaPage(i), areaName(i))
                    + Html::text(tr(" (%n measure(s))", nullptr, count));
        }
        page.add(areas.isEmpty() ? Html::paragraph(tr("The plan has no measures yet.")) : Html::list(areas));

        page.add(Html::heading(2, tr("Indicators")));
        page.add(indicatorTable());
        page.add(QLatin1String("<p>") + Html::link(QStringLiteral("indicators.html"), tr("Every indicator's values"))
                 + QLatin1String("</p>\n"));

        page.add(Html::heading(2, tr("Needs attention")));
        page.add(measureTable(tr("Past their deadline (%1)").arg(m_data.overdue.size()), m_data.overdue));
        page.add(measureTable(
            tr("Deadlines in the next %1 days (%2)").arg(ReportData::DueSoonDays).arg(m_data.dueSoon.size()),
            m_data.dueSoon));

        page.add(Html::heading(2, tr("Charts")));
        auto status = std::make_unique<StatusByAreaChart>();
        status->setData(m_data.charts.areas);
        page.add(ChartHtml::figure(*status, ChartHtml::svg(*status, 720, qMin(560, 170 + 34 * int(m_areas.size())))));
        auto progress = std::make_unique<ProgressChart>();
        progress->setData(m_data.charts.progress, m_data.charts.expected, m_data.reportDate);
        page.add(ChartHtml::figure(*progress, ChartHtml::svg(*progress, 720, 300)));
        return finish(page);
    }

    using IndicatorSeries = ChartData::PlanCharts::IndicatorSeries;

    QString indicatorTable() const { return indicatorTable(m_data.charts.indicators); }

    QString indicatorTable(const QVector<IndicatorSeries>& series) const
    {
        if (series.isEmpty())
            return Html::paragraph(tr("The plan has no indicators."));
        QVector<QStringList> rows;
        for (const IndicatorSeries& row : series) {
            const Indicator& indicator = row.indicator;
            const auto yearValue = [&](std::optional<int> year, std::optional<double> value) {
                return Html::text(year && value
                                      ? tr("%1 (%2)").arg(Language::formatQuantity(*value, indicator.unit)).arg(*year)
                                      : tr("not given"));
            };
            rows << QStringList {
                Html::link(QStringLiteral("indicators.html#indicator-%1").arg(indicator.id), indicator.name),
                yearValue(indicator.baselineYear, indicator.baselineValue),
                row.track.latest ? yearValue(row.track.latest->year, row.track.latest->value)
                                 : Html::text(tr("not measured")),
                yearValue(indicator.targetYear, indicator.targetValue),
                Html::text(!row.track.onTrack       ? tr("cannot tell")
                               : *row.track.onTrack ? tr("yes")
                                                    : tr("no"))};
        }
        return Html::table(tr("Indicators against their targets"),
                           {tr("Indicator"), tr("Baseline"), tr("Latest"), tr("Target"), tr("On track")},
                           rows,
                           {},
                           true);
    }

    QString measureTable(const QString& caption, const QVector<MeasureListing>& measures) const
    {
        if (measures.isEmpty())
            return QLatin1String("<p><strong>") + Html::text(caption) + QLatin1String("</strong>: ")
                + Html::text(tr("none")) + QLatin1String("</p>\n");
        QVector<QStringList> rows;
        for (const MeasureListing& listing : measures)
            rows << QStringList {
                Html::link(PlanSite::measurePage(listing.measure.id), measureName(listing.measure)),
                Html::text(responsible(listing)),
                Html::text(listing.measure.deadlineText.isEmpty() ? tr("not given") : listing.measure.deadlineText),
                Html::text(Vocabulary::measureStatusName(listing.measure.status)),
                Html::text(percent(listing.measure.progress))};
        return Html::table(
            caption, {tr("Measure"), tr("Responsible"), tr("Deadline"), tr("Status"), tr("Progress")}, rows, {4}, true);
    }

    QByteArray listPage(const QString& fileName,
                        const QString& title,
                        const QVector<MeasureListing>& measures,
                        const QString& kind)
    {
        SitePage page(m_site, fileName, title);
        page.setBreadcrumbs({{QStringLiteral("index.html"), m_data.plan.title}});
        page.add(Html::heading(1, kind.isEmpty() ? title : tr("%1: %2").arg(kind, title)));
        page.add(Html::paragraph(tr("%n measure(s).", nullptr, int(measures.size()))));
        if (!measures.isEmpty())
            page.add(measureTable(title, measures));
        // The filters: every focus area and every status has a page of its own.
        QStringList areas;
        for (int i = 0; i < m_areas.size(); ++i)
            areas << Html::link(PlanSite::areaPage(i), areaName(i));
        QStringList statuses;
        for (const QString& status : Vocabulary::measureStatuses())
            statuses << Html::link(PlanSite::statusPage(status), Vocabulary::measureStatusName(status));
        page.add(Html::heading(2, tr("By focus area")) + Html::list(areas));
        page.add(Html::heading(2, tr("By status")) + Html::list(statuses));
        return finish(page);
    }

    QByteArray measure(const MeasureListing& listing)
    {
        const Measure& measure = listing.measure;
        SitePage page(m_site, PlanSite::measurePage(measure.id), measureName(measure));
        const int area = int(m_areas.indexOf(listing.focusArea));
        page.setBreadcrumbs(
            {{QStringLiteral("index.html"), m_data.plan.title}, {PlanSite::areaPage(area), areaName(area)}});
        page.add(Html::heading(1, measureName(measure)));
        if (!measure.description.isEmpty())
            page.add(Html::paragraph(measure.description));
        QVector<ProgressUpdate> updates = m_stores.progressUpdates.list(QStringLiteral("measure_id"), measure.id);
        std::sort(updates.begin(), updates.end(), [](const ProgressUpdate& a, const ProgressUpdate& b) {
            return a.date > b.date;
        });
        // A comment is shown to residents only where the adviser published it, or with the internal matter.
        const auto shownComment = [this](const ProgressUpdate& update) {
            return m_options.includeInternal || update.commentPublic ? update.comment : QString();
        };
        QVector<QPair<QString, QString>> facts {
            {tr("Identifier"), Html::text(measure.code.isEmpty() ? tr("not given") : measure.code)},
            {tr("Focus area"), areaLink(listing.focusArea)},
            {tr("Status"),
             Html::link(PlanSite::statusPage(measure.status), Vocabulary::measureStatusName(measure.status))},
            {tr("Progress"), Html::text(percent(measure.progress))},
            {tr("Start"), Html::text(measure.startText.isEmpty() ? tr("not given") : measure.startText)},
            {tr("Deadline"), Html::text(measure.deadlineText.isEmpty() ? tr("not given") : measure.deadlineText)},
            {tr("Responsible"), Html::text(responsible(listing))}};
        // Why the status is what it is: the newest published comment of an update that set it.
        const auto reason = std::find_if(updates.cbegin(), updates.cend(), [&](const ProgressUpdate& update) {
            return update.status == measure.status && update.commentPublic && !update.comment.isEmpty();
        });
        if (reason != updates.cend())
            facts.insert(3, {tr("Reason for the status"), Html::text(reason->comment)});
        if (m_options.includeInternal && measure.costNok)
            facts.append({tr("Cost"), Html::text(Language::formatKroner(*measure.costNok))});
        if (m_options.includeInternal && !measure.fundingSource.isEmpty())
            facts.append({tr("Funding"), Html::text(measure.fundingSource)});
        page.add(Html::facts(facts));
        // The indicator the measure is meant to move, against its target.
        for (const IndicatorSeries& row : m_data.charts.indicators) {
            if (row.indicator.id == measure.indicatorId)
                page.add(Html::heading(2, tr("Indicator it moves")) + indicatorTable({row}));
        }

        page.add(Html::heading(2, tr("Progress history")));
        if (updates.isEmpty()) {
            page.add(Html::paragraph(tr("No progress has been recorded yet.")));
        } else {
            const bool comments = std::any_of(updates.cbegin(), updates.cend(), [&](const ProgressUpdate& update) {
                return !shownComment(update).isEmpty();
            });
            QStringList headers {tr("Date"), tr("Status"), tr("Progress")};
            if (comments)
                headers << tr("Comment");
            QVector<QStringList> rows;
            for (const ProgressUpdate& update : updates) {
                QStringList row {Html::text(Language::formatDate(update.date)),
                                 Html::text(Vocabulary::measureStatusName(update.status)),
                                 Html::text(percent(update.progress))};
                if (comments)
                    row << Html::text(shownComment(update));
                rows << row;
            }
            page.add(Html::table(tr("Progress history, newest first"), headers, rows, {2}));
        }

        const QVector<Grant> grants = m_stores.grants.list(QStringLiteral("measure_id"), measure.id);
        if (!grants.isEmpty()) {
            page.add(Html::heading(2, tr("Grants")));
            QStringList headers {tr("Programme"), tr("Status")};
            if (m_options.includeInternal)
                headers << tr("Amount") << tr("Note");
            QVector<QStringList> rows;
            for (const Grant& grant : grants) {
                QStringList row {Html::text(grant.programme), Html::text(Vocabulary::grantStatusName(grant.status))};
                if (m_options.includeInternal)
                    row << Html::text(grant.amountNok ? Language::formatKroner(*grant.amountNok) : tr("not given"))
                        << Html::text(grant.note);
                rows << row;
            }
            page.add(Html::table(
                tr("Grants"), headers, rows, m_options.includeInternal ? QVector<int> {2} : QVector<int> {}));
        }
        return finish(page);
    }

    QByteArray indicators()
    {
        SitePage page(m_site, QStringLiteral("indicators.html"), tr("Indicators"));
        page.setBreadcrumbs({{QStringLiteral("index.html"), m_data.plan.title}});
        page.add(Html::heading(1, tr("Indicators")));
        page.add(indicatorTable());
        page.add(Html::paragraph(tr("On track: the latest value is at least as good as the straight line from "
                                    "baseline to target says it should be in its year.")));
        for (const ChartData::PlanCharts::IndicatorSeries& row : m_data.charts.indicators) {
            page.add(Html::heading(2, row.indicator.name, QStringLiteral("indicator-%1").arg(row.indicator.id)));
            if (!row.indicator.source.isEmpty())
                page.add(Html::paragraph(tr("Source: %1").arg(row.indicator.source)));
            QStringList moving; // the measures meant to move it
            for (const MeasureListing& listing : m_data.measures) {
                if (listing.measure.indicatorId == row.indicator.id)
                    moving << Html::link(PlanSite::measurePage(listing.measure.id), measureName(listing.measure));
            }
            if (!moving.isEmpty())
                page.add(Html::paragraph(tr("Measures meant to move it:")) + Html::list(moving));
            auto chart = std::make_unique<IndicatorChart>();
            chart->setData(row.indicator, row.values);
            page.add(ChartHtml::figure(*chart, ChartHtml::svg(*chart, 720, 280)));
        }
        return finish(page);
    }

    Stores& m_stores;
    const ReportData& m_data;
    const PublishOptions& m_options;
    SitePage::Site m_site;
    QStringList m_areas; // in the plan's order
};

} // namespace

std::optional<QMap<QString, QByteArray>>
PlanSite::build(Stores& stores, qint64 planId, const PublishOptions& given, QString* error)
{
    PublishOptions options = given;
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan) {
        if (error)
            *error = tr("There is no plan with id %1.").arg(planId);
        return std::nullopt;
    }
    if (options.language.isEmpty()) {
        const std::optional<Municipality> municipality = stores.municipalities.get(plan->municipalityId);
        options.language = Language::forWrittenStandard(municipality ? municipality->writtenStandard : QString());
    }
    const ScopedLanguage language(options.language);
    ReportOptions reportOptions;
    reportOptions.language = options.language;
    reportOptions.sections = ReportOptions::AllSections;
    reportOptions.reportDate = options.today.isValid() ? options.today : QDate::currentDate();
    const std::optional<ReportData> data = ReportData::collect(stores, planId, reportOptions, error);
    if (!data)
        return std::nullopt;
    return Builder(stores, *data, options).pages();
}

QString PlanSite::measurePage(qint64 measureId)
{
    return QStringLiteral("measure-%1.html").arg(measureId);
}

QString PlanSite::areaPage(int position)
{
    return QStringLiteral("area-%1.html").arg(position + 1);
}

QString PlanSite::statusPage(const QString& status)
{
    return QStringLiteral("status-%1.html").arg(QString(status).replace(QLatin1Char('_'), QLatin1Char('-')));
}
