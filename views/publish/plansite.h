#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

class Stores;

// What the adviser chose to publish.
struct PublishOptions
{
    QString language; // nb, nn or en; empty: the municipality's written standard
    // Notes (progress comments, grant notes), costs and amounts, and the owners' names and e-mail addresses: internal
    // working matter, published only when the adviser ticks it.
    bool includeInternal = false;
    QDate today; // the day the site speaks for; today when invalid
};

// A plan as a static website for residents: an overview (summary, focus areas, indicators against targets, what
// needs attention), a page per measure, per focus area and per status (the filter that needs no JavaScript), the
// indicators with their charts, every measure in one table, and the accessibility statement. Pages in memory, by
// file name; SiteFolder writes them.
class PlanSite
{
    Q_DECLARE_TR_FUNCTIONS(PlanSite)

public:
    // Gathers the plan and builds every page; nothing on failure, with a translated reason in *error.
    static std::optional<QMap<QString, QByteArray>>
    build(Stores& stores, qint64 planId, const PublishOptions& options, QString* error);

    static QString measurePage(qint64 measureId);
    static QString areaPage(int position);
    static QString statusPage(const QString& status);
};
