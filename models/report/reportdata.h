#pragma once

// Everything the council report says about a plan, gathered from the stores without widgets so that it can be tested
// and drawn the same way in the PDF, the print preview and on paper. Holds codes, not translated words: the report
// translates them in its own language.

#include "chartdata.h"
#include "entities.h"
#include "plancheck.h"

#include <QCoreApplication>
#include <QJsonObject>

class Stores;

// What the adviser chose for one report.
struct ReportOptions
{
    enum Section {
        Summary = 0x01,
        Charts = 0x02,
        Indicators = 0x04,
        Changes = 0x08,
        Measures = 0x10,
        Check = 0x20, // the plan check's score and findings: for the council only when the adviser wants it
        Assessment = 0x40, // the municipality's circular self-assessment, where it has made one
        DefaultSections = 0x5f,
        AllSections = 0x7f,
    };

    QString language = QStringLiteral("nb"); // nb, nn or en
    int sections = DefaultSections;
    bool openMeasuresOnly = false; // leave done and cancelled measures out of the lists and the measures table
    bool pdfA = false; // PDF/A-1b, as archives (Noark 5) require
    QDate reportDate; // the day the report speaks for; today when invalid

    bool has(Section section) const { return (sections & section) != 0; }
    static QStringList sectionKeys(); // summary, charts, … in the report's order
    static int sectionFromKey(const QString& key); // 0 for an unknown key
    QJsonObject toJson() const;
};

struct ReportData
{
    Q_DECLARE_TR_FUNCTIONS(ReportData)

public:
    // A measure's change since the last report, as the change log recorded it.
    struct Change
    {
        enum Kind {
            Added,
            Completed,
            Cancelled,
            Redated,
            Reowned,
        };
        Kind kind = Added;
        QDateTime when;
        QString code;
        QString title;
        QString from; // the deadline or owner before, where that applies
        QString to;
    };

    Plan plan;
    Municipality municipality;
    QDate reportDate;
    QVector<MeasureListing> measures; // by focus area, then code; open ones only when the options say so
    QMap<QString, int> statusCounts; // of every measure of the plan
    int measureCount = 0;
    int doneCount = 0;
    int cancelledCount = 0;
    double meanProgress = 0; // over the measures that are not cancelled
    QVector<MeasureListing> overdue;
    QVector<MeasureListing> dueSoon; // deadline within the next 90 days
    ChartData::PlanCharts charts; // the timeline in the report's order of measures
    std::optional<ReportRecord> previousReport;
    QVector<Change> changes; // since the previous report, oldest first
    PlanCheck check; // of the whole plan on the report date, whatever the options leave out
    // The municipality's circular self-assessment made by the report date, the one before it, and the average of a
    // network it belongs to (per strategy; the first network where other members have assessed themselves).
    std::optional<AssessmentRecord> assessment;
    std::optional<AssessmentRecord> previousAssessment;
    QString assessmentNetwork;
    QVector<std::optional<double>> assessmentNetworkMeans;

    // Done among the measures that are not cancelled, 0–1.
    double shareDone() const;

    // Gathers the report of a plan; nothing on failure, with a translated reason in *error.
    static std::optional<ReportData>
    collect(Stores& stores, qint64 planId, const ReportOptions& options, QString* error);
    // Records that the report was written, so that the next one lists the changes since.
    static bool record(Stores& stores, const ReportData& data, const ReportOptions& options, QString* error);

    static constexpr int DueSoonDays = 90;
};
