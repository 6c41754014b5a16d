#include "networksite.h"

#include "charthtml.h"
#include "language.h"
#include "networkcharts.h"
#include "networkcomparemodel.h"
#include "sitepage.h"
#include "stores.h"

std::optional<QMap<QString, QByteArray>>
NetworkSite::build(Stores& stores, qint64 networkId, const PublishOptions& given, QString* error)
{
    const std::optional<Network> network = stores.networks.get(networkId);
    if (!network) {
        if (error)
            *error = tr("There is no network with id %1.").arg(networkId);
        return std::nullopt;
    }
    PublishOptions options = given;
    if (!options.today.isValid())
        options.today = QDate::currentDate();
    // The overview speaks the chosen language, bokmål when none is chosen; each member's plan its own.
    const QString language = options.language.isEmpty() ? QStringLiteral("nb") : options.language;

    QMap<QString, QByteArray> pages;
    QMap<qint64, QVector<Plan>> plansOf; // municipality id → its plans in the file
    for (const qint64 municipalityId : stores.networks.memberIds(networkId)) {
        for (const Plan& plan : stores.plans.list(QStringLiteral("municipality_id"), municipalityId)) {
            const std::optional<QMap<QString, QByteArray>> site = PlanSite::build(stores, plan.id, options, error);
            if (!site)
                return std::nullopt;
            for (auto it = site->begin(); it != site->end(); ++it)
                pages.insert(planFolder(plan.id) + QLatin1Char('/') + it.key(), it.value());
            plansOf[municipalityId] << plan;
        }
    }

    const ScopedLanguage speaking(language);
    const SitePage::Site site {language,
                               network->name,
                               network->name,
                               Language::formatDate(options.today),
                               {{QStringLiteral("index.html"), tr("Overview")},
                                {QStringLiteral("accessibility.html"), tr("Accessibility statement")}}};
    SitePage page(site, QStringLiteral("index.html"), network->name);
    page.add(Html::heading(1, network->name));
    if (!network->description.isEmpty())
        page.add(Html::paragraph(network->description));

    NetworkCompareModel model(stores);
    model.setNetwork(networkId, QString(), options.today);
    page.add(Html::heading(2, tr("Members")));
    page.add(Html::paragraph(tr("Every member's plans compared as of %1; cancelled measures are left out of shares "
                                "and means.")
                                 .arg(site.published)));
    const QVector<int> columns = {NetworkCompareModel::MunicipalityColumn,
                                  NetworkCompareModel::MeasuresColumn,
                                  NetworkCompareModel::ShareDoneColumn,
                                  NetworkCompareModel::MeanProgressColumn,
                                  NetworkCompareModel::OverdueColumn,
                                  NetworkCompareModel::LastUpdateColumn};
    QStringList headers;
    for (int column : columns)
        headers << model.headerData(column, Qt::Horizontal).toString();
    headers.insert(1, tr("Published plans"));
    QVector<QStringList> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column : columns)
            cells << Html::text(model.index(row, column).data().toString());
        // The member's plans in the file, each linked to its own site.
        const QString municipality = model.index(row, NetworkCompareModel::MunicipalityColumn).data().toString();
        QStringList links;
        for (auto it = plansOf.begin(); it != plansOf.end(); ++it) {
            const std::optional<Municipality> member = stores.municipalities.get(it.key());
            if (!member || member->name != municipality)
                continue;
            for (const Plan& plan : it.value())
                links << Html::link(planFolder(plan.id) + QLatin1String("/index.html"), plan.title);
        }
        cells.insert(1, links.isEmpty() ? Html::text(tr("none in this file")) : links.join(QLatin1String("<br />")));
        rows << cells;
    }
    page.add(rows.isEmpty() ? Html::paragraph(tr("The network has no members with plans in this file."))
                            : Html::table(tr("Members compared"), headers, rows, {2, 3, 4, 5}, true));

    if (!model.members().isEmpty()) {
        page.add(Html::heading(2, tr("Charts")));
        MemberProgressChart progress;
        progress.setData(model.members());
        page.add(ChartHtml::figure(progress,
                                   ChartHtml::svg(progress, 720, qMin(620, 120 + 40 * int(model.members().size())))));
        for (const SharedIndicator& indicator : model.indicators()) {
            MemberIndicatorChart chart;
            chart.setData(model.members(), indicator);
            page.add(ChartHtml::figure(chart, ChartHtml::svg(chart, 720, 300)));
        }
    }
    pages.insert(QStringLiteral("index.html"), page.html().toUtf8());
    pages.insert(QStringLiteral("accessibility.html"), SitePage::accessibilityStatement(site, network->name));
    pages.insert(QStringLiteral("style.css"), SitePage::styleSheet());
    return pages;
}

QString NetworkSite::planFolder(qint64 planId)
{
    return QStringLiteral("plan-%1").arg(planId);
}
