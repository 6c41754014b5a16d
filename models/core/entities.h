#pragma once

// Plain values of the domain (see DESIGN.md, "Domain"). They carry no behaviour and know nothing of SQL; stores read
// and write them, item models show them. Vocabularies (statuses, kinds, …) are stored as the English codes below and
// translated only when shown (see Vocabulary).

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

struct Network
{
    qint64 id = 0;
    QString name;
    QString description;
    bool isSample = false;
};

// A municipality's self-assessment on a day: its answers to a questionnaire (resources/assessment), kept whole as
// JSON ({"q01": 3, …}, scores 0–4) so that a later version of the questions still reads an old assessment.
struct AssessmentRecord
{
    qint64 id = 0;
    qint64 municipalityId = 0;
    QString questionnaire = QStringLiteral("circular");
    QDate madeOn;
    QString answers; // JSON object: question id → score 0–4
    QString note;
};

// A project that members of a network run together (a fellesprosjekt), e.g. "Grønn mobilitet" in Kommunenettverk
// for klimaomstilling; members' measures take part in it.
struct JointProject
{
    qint64 id = 0;
    QString uuid;
    qint64 networkId = 0;
    QString name;
    QString description;
    int position = 0;
};

struct Municipality
{
    qint64 id = 0;
    QString number; // official four-digit kommunenummer, e.g. "0301"
    QString name;
    QString countyNumber;
    QString county;
    QString writtenStandard; // "nb", "nn" or "neutral"
    int population = 0;
};

struct Plan
{
    qint64 id = 0;
    QString uuid;
    qint64 municipalityId = 0;
    QString title;
    QString kind = QStringLiteral("other"); // plastic_smart, circular, climate, other
    int periodFrom = 0;
    int periodTo = 0;
    QString status = QStringLiteral("draft"); // draft, consultation, adopted, archived
    QDate adoptedOn;
    QString councilCase;
    QString description;
    bool isSample = false;
};

struct FocusArea
{
    qint64 id = 0;
    qint64 planId = 0;
    QString name;
    int position = 0;
};

struct Owner
{
    qint64 id = 0;
    qint64 municipalityId = 0;
    QString name;
    QString unit;
    QString email;
};

struct Measure
{
    qint64 id = 0;
    QString uuid;
    qint64 planId = 0;
    qint64 focusAreaId = 0; // 0: none
    QString code;
    QString title;
    QString description;
    qint64 ownerId = 0; // 0: none
    QString startText; // as written; parsed like a deadline, its first day counts
    QString deadlineText; // as written, e.g. "Q4 2025"
    QString status = QStringLiteral("planned");
    int progress = 0; // 0–100 %
    QString priority; // high, medium, low or empty
    std::optional<double> costNok;
    QString fundingSource;
    QString originUuid; // the measure this one was copied from, if any
    QString originMunicipality; // …and the names of its municipality and plan when it was copied
    QString originPlan;
    qint64 jointProjectId = 0; // 0: none; a joint project of a network the plan's municipality belongs to
    qint64 indicatorId = 0; // 0: none; the indicator of the same plan the measure is meant to move
};

// A grant that funds (part of) a measure, and the report it requires.
struct Grant
{
    qint64 id = 0;
    qint64 measureId = 0;
    QString programme; // e.g. Klimasats
    QString status = QStringLiteral("applied"); // applied, granted, rejected
    std::optional<double> amountNok;
    QDate reportDue;
    bool reportSent = false;
    QString note;
};

struct ProgressUpdate
{
    qint64 id = 0;
    qint64 measureId = 0;
    QDate date;
    QString status;
    int progress = 0;
    QString comment;
    bool commentPublic = false; // the comment is the public reason for the status, shown on the website
};

struct Indicator
{
    qint64 id = 0;
    QString uuid;
    qint64 planId = 0;
    QString name;
    QString unit;
    QString direction = QStringLiteral("higher"); // higher or lower is better
    std::optional<int> baselineYear;
    std::optional<double> baselineValue;
    std::optional<int> targetYear;
    std::optional<double> targetValue;
    QString source;
    int position = 0;
};

struct IndicatorValue
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    int year = 0;
    double value = 0;
};

// A council report that was exported: when, for which plan and with which options, so that the next report can
// list what changed since.
struct ReportRecord
{
    qint64 id = 0;
    qint64 planId = 0;
    QDateTime createdAt; // when it was written, local time as the change log keeps it
    QDate reportDate; // the date the report speaks for
    QString language; // nb, nn or en
    QString options; // the options as JSON
};

// A member's summary file as the coordinator imported it: kept whole (JSON), so that the comparison can show the
// member without holding its plans.
struct MemberSummaryRecord
{
    qint64 id = 0;
    qint64 municipalityId = 0;
    QString planKind; // empty: plans of every kind
    QDate madeOn; // the day the member made it
    QDateTime importedAt;
    QString content; // the summary file's JSON
};

// One row of the plan overview: what `actionplans list` prints and the plan list shows.
struct PlanSummary
{
    qint64 planId = 0;
    qint64 municipalityId = 0;
    QString municipalityNumber;
    QString municipalityName;
    QString title;
    QString kind;
    QString status;
    int periodFrom = 0;
    int periodTo = 0;
    bool isSample = false;
    int measureCount = 0;
    int doneCount = 0;
    int cancelledCount = 0;
};

// One measure as the measures table shows it: the measure with the names of what it refers to, and its parsed
// start and deadline.
struct MeasureListing
{
    Measure measure;
    QString focusArea;
    int focusAreaPosition = 0;
    QString owner;
    qint64 municipalityId = 0;
    QString municipality;
    QString planTitle;
    QDate lastUpdate; // of the newest progress update; invalid when there is none
    QDate nextGrantReport; // the earliest report a granted grant still requires; invalid when none
    QDate startDay; // the first day of the start's period, as the file keeps it; invalid when none
    QDate deadlineDay; // the last day of the deadline's period, as the file keeps it; invalid for none or ongoing
    QString searchText; // code, title, description and owner, case-folded, for filtering as you type
};

// One row of the change log: who changed what, and when.
struct ChangeLogEntry
{
    QDateTime changedAt;
    QString osUser;
    QString entity;
    qint64 entityId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};
