#pragma once

// A plan's structure without its measures — kind, title, focus areas, indicators — to start a new plan from. The
// built-in templates (resources/templates/*.json) come from the seed networks and speak bokmål, nynorsk and English;
// an adviser saves any plan's structure as a template of their own, in the plan's own words.

#include "csvreader.h"
#include "entities.h"
#include "localtext.h"
#include "planfile.h"

#include <QCoreApplication>
#include <QHash>

class Stores;

class PlanTemplate
{
    Q_DECLARE_TR_FUNCTIONS(PlanTemplate)

public:
    static constexpr int Version = 1;
    static QString formatName() { return QStringLiteral("actionplans-plan-template"); }
    static QString builtInFolder() { return QStringLiteral(":/templates"); }

    using Text = LocalText;

    struct IndicatorTemplate
    {
        Text name;
        Text unit;
        QString direction = QStringLiteral("higher");
        std::optional<int> targetYear;
        std::optional<double> targetValue;
        Text source;
    };

    QString fileName; // where it was read from; ":/templates/…" for the built-in ones
    QString kind = QStringLiteral("other");
    Text name; // what the chooser lists
    Text network; // the network it comes from, if any
    Text planTitle; // the new plan's title, before its period
    Text description;
    QVector<Text> focusAreas;
    QVector<IndicatorTemplate> indicators;

    bool isBuiltIn() const { return fileName.startsWith(builtInFolder()); }

    // Reads and checks a template; nothing on failure, with the problem and where it is (line and column for JSON
    // syntax, otherwise the place as a path such as indicators/2/direction).
    static std::optional<PlanTemplate> read(const QByteArray& json, ImportProblem* problem);
    static std::optional<PlanTemplate> readFile(const QString& path, ImportProblem* problem);
    // UTF-8 JSON, indented, as read() reads it.
    QByteArray toJson() const;

    // The built-in templates, then those saved in `userFolder` by name; files there that cannot be read are left out
    // and named in `problems` ("file:line:column: message").
    static QVector<PlanTemplate> available(const QString& userFolder, QStringList* problems = nullptr);

    // The structure of a plan in the file (its kind, title without the period, focus areas, indicators with their
    // targets but no values), named `name`.
    static std::optional<PlanTemplate> fromPlan(Stores& stores, qint64 planId, const QString& name);

    // Writes the template into `folder` as a new file (never over another); the path it was written to.
    std::optional<QString> saveInto(const QString& folder, QString* error) const;

    // A new draft plan of the template for the municipality, in `language`: fresh UUIDs, the given title and period,
    // focus areas and indicators (targets kept, no values, no baseline), no measures. Apply it with PlanFile::apply.
    PlanFile::PlanData
    planData(const QString& municipalityNumber, const QString& language, const QString& title, int from, int to) const;
};
