#include "records.h"

#include "deadline.h"
#include "vocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QVariant optional(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optional(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant yearOrNull(int year)
{
    return year > 0 ? QVariant(year) : QVariant();
}

std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString text(const Row& record, const char* column)
{
    return record.value(QLatin1String(column)).toString();
}

qint64 id(const Row& record, const char* column)
{
    return record.value(QLatin1String(column)).toLongLong();
}

} // namespace

Fields Records::fields(const Network& value)
{
    return {{QStringLiteral("name"), value.name},
            {QStringLiteral("description"), value.description},
            {QStringLiteral("is_sample"), value.isSample}};
}

void Records::read(const Row& record, Network* value)
{
    value->id = id(record, "id");
    value->name = text(record, "name");
    value->description = text(record, "description");
    value->isSample = record.value(QLatin1String("is_sample")).toBool();
}

Fields Records::fields(const JointProject& value)
{
    return {{QStringLiteral("uuid"), value.uuid},
            {QStringLiteral("network_id"), value.networkId},
            {QStringLiteral("name"), value.name},
            {QStringLiteral("description"), value.description},
            {QStringLiteral("position"), value.position}};
}

void Records::read(const Row& record, JointProject* value)
{
    value->id = id(record, "id");
    value->uuid = text(record, "uuid");
    value->networkId = id(record, "network_id");
    value->name = text(record, "name");
    value->description = text(record, "description");
    value->position = record.value(QLatin1String("position")).toInt();
}

Fields Records::fields(const AssessmentRecord& value)
{
    return {{QStringLiteral("municipality_id"), value.municipalityId},
            {QStringLiteral("questionnaire"), value.questionnaire},
            {QStringLiteral("made_on"), value.madeOn},
            {QStringLiteral("answers"), value.answers},
            {QStringLiteral("note"), value.note}};
}

void Records::read(const Row& record, AssessmentRecord* value)
{
    value->id = id(record, "id");
    value->municipalityId = id(record, "municipality_id");
    value->questionnaire = text(record, "questionnaire");
    value->madeOn = QDate::fromString(text(record, "made_on"), Qt::ISODate);
    value->answers = text(record, "answers");
    value->note = text(record, "note");
}

Fields Records::fields(const Municipality& value)
{
    return {{QStringLiteral("number"), value.number},
            {QStringLiteral("name"), value.name},
            {QStringLiteral("county_number"), value.countyNumber},
            {QStringLiteral("county"), value.county},
            {QStringLiteral("written_standard"), value.writtenStandard},
            {QStringLiteral("population"), value.population}};
}

void Records::read(const Row& record, Municipality* value)
{
    value->id = id(record, "id");
    value->number = text(record, "number");
    value->name = text(record, "name");
    value->countyNumber = text(record, "county_number");
    value->county = text(record, "county");
    value->writtenStandard = text(record, "written_standard");
    value->population = record.value(QLatin1String("population")).toInt();
}

Fields Records::fields(const Plan& value)
{
    return {{QStringLiteral("uuid"), value.uuid},
            {QStringLiteral("municipality_id"), value.municipalityId},
            {QStringLiteral("title"), value.title},
            {QStringLiteral("kind"), value.kind},
            {QStringLiteral("period_from"), yearOrNull(value.periodFrom)},
            {QStringLiteral("period_to"), yearOrNull(value.periodTo)},
            {QStringLiteral("status"), value.status},
            {QStringLiteral("adopted_on"), value.adoptedOn},
            {QStringLiteral("council_case"), value.councilCase},
            {QStringLiteral("description"), value.description},
            {QStringLiteral("is_sample"), value.isSample}};
}

void Records::read(const Row& record, Plan* value)
{
    value->id = id(record, "id");
    value->uuid = text(record, "uuid");
    value->municipalityId = id(record, "municipality_id");
    value->title = text(record, "title");
    value->kind = text(record, "kind");
    value->periodFrom = record.value(QLatin1String("period_from")).toInt();
    value->periodTo = record.value(QLatin1String("period_to")).toInt();
    value->status = text(record, "status");
    value->adoptedOn = QDate::fromString(text(record, "adopted_on"), Qt::ISODate);
    value->councilCase = text(record, "council_case");
    value->description = text(record, "description");
    value->isSample = record.value(QLatin1String("is_sample")).toBool();
}

Fields Records::fields(const FocusArea& value)
{
    return {{QStringLiteral("plan_id"), value.planId},
            {QStringLiteral("name"), value.name},
            {QStringLiteral("position"), value.position}};
}

void Records::read(const Row& record, FocusArea* value)
{
    value->id = id(record, "id");
    value->planId = id(record, "plan_id");
    value->name = text(record, "name");
    value->position = record.value(QLatin1String("position")).toInt();
}

Fields Records::fields(const Owner& value)
{
    return {{QStringLiteral("municipality_id"), value.municipalityId},
            {QStringLiteral("name"), value.name},
            {QStringLiteral("unit"), value.unit},
            {QStringLiteral("email"), value.email}};
}

void Records::read(const Row& record, Owner* value)
{
    value->id = id(record, "id");
    value->municipalityId = id(record, "municipality_id");
    value->name = text(record, "name");
    value->unit = text(record, "unit");
    value->email = text(record, "email");
}

Fields Records::fields(const Measure& value)
{
    // The parsed period is stored beside the text so that SQL can sort and find overdue measures.
    const Deadline start = Deadline::parse(value.startText).value_or(Deadline());
    const Deadline deadline = Deadline::parse(value.deadlineText).value_or(Deadline());
    return {{QStringLiteral("uuid"), value.uuid},
            {QStringLiteral("plan_id"), value.planId},
            {QStringLiteral("focus_area_id"), idOrNull(value.focusAreaId)},
            {QStringLiteral("code"), value.code},
            {QStringLiteral("title"), value.title},
            {QStringLiteral("description"), value.description},
            {QStringLiteral("owner_id"), idOrNull(value.ownerId)},
            {QStringLiteral("start_text"), value.startText.trimmed()},
            {QStringLiteral("start_date"), start.firstDay()},
            {QStringLiteral("deadline_text"), value.deadlineText.trimmed()},
            {QStringLiteral("deadline"), deadline.code()},
            {QStringLiteral("deadline_end"), deadline.lastDay()},
            {QStringLiteral("status"), value.status},
            {QStringLiteral("progress"), value.progress},
            {QStringLiteral("priority"), value.priority},
            {QStringLiteral("cost_nok"), optional(value.costNok)},
            {QStringLiteral("funding_source"), value.fundingSource},
            {QStringLiteral("origin_uuid"), value.originUuid.isEmpty() ? QVariant() : QVariant(value.originUuid)},
            {QStringLiteral("origin_municipality"), value.originMunicipality},
            {QStringLiteral("origin_plan"), value.originPlan},
            {QStringLiteral("joint_project_id"), idOrNull(value.jointProjectId)},
            {QStringLiteral("indicator_id"), idOrNull(value.indicatorId)}};
}

void Records::read(const Row& record, Measure* value)
{
    value->id = id(record, "id");
    value->uuid = text(record, "uuid");
    value->planId = id(record, "plan_id");
    value->focusAreaId = id(record, "focus_area_id");
    value->code = text(record, "code");
    value->title = text(record, "title");
    value->description = text(record, "description");
    value->ownerId = id(record, "owner_id");
    value->startText = text(record, "start_text");
    value->deadlineText = text(record, "deadline_text");
    value->status = text(record, "status");
    value->progress = record.value(QLatin1String("progress")).toInt();
    value->priority = text(record, "priority");
    value->costNok = optionalDouble(record.value(QLatin1String("cost_nok")));
    value->fundingSource = text(record, "funding_source");
    value->originUuid = text(record, "origin_uuid");
    value->originMunicipality = text(record, "origin_municipality");
    value->originPlan = text(record, "origin_plan");
    value->jointProjectId = id(record, "joint_project_id");
    value->indicatorId = id(record, "indicator_id");
}

Fields Records::fields(const ProgressUpdate& value)
{
    return {{QStringLiteral("measure_id"), value.measureId},
            {QStringLiteral("date"), value.date},
            {QStringLiteral("status"), value.status},
            {QStringLiteral("progress"), value.progress},
            {QStringLiteral("comment"), value.comment},
            {QStringLiteral("comment_public"), value.commentPublic ? 1 : 0}};
}

void Records::read(const Row& record, ProgressUpdate* value)
{
    value->id = id(record, "id");
    value->measureId = id(record, "measure_id");
    value->date = QDate::fromString(text(record, "date"), Qt::ISODate);
    value->status = text(record, "status");
    value->progress = record.value(QLatin1String("progress")).toInt();
    value->comment = text(record, "comment");
    value->commentPublic = record.value(QLatin1String("comment_public")).toInt() != 0;
}

Fields Records::fields(const Indicator& value)
{
    return {{QStringLiteral("uuid"), value.uuid},
            {QStringLiteral("plan_id"), value.planId},
            {QStringLiteral("name"), value.name},
            {QStringLiteral("unit"), value.unit},
            {QStringLiteral("direction"), value.direction},
            {QStringLiteral("baseline_year"), optional(value.baselineYear)},
            {QStringLiteral("baseline_value"), optional(value.baselineValue)},
            {QStringLiteral("target_year"), optional(value.targetYear)},
            {QStringLiteral("target_value"), optional(value.targetValue)},
            {QStringLiteral("source"), value.source},
            {QStringLiteral("position"), value.position}};
}

void Records::read(const Row& record, Indicator* value)
{
    value->id = id(record, "id");
    value->uuid = text(record, "uuid");
    value->planId = id(record, "plan_id");
    value->name = text(record, "name");
    value->unit = text(record, "unit");
    value->direction = text(record, "direction");
    value->baselineYear = optionalInt(record.value(QLatin1String("baseline_year")));
    value->baselineValue = optionalDouble(record.value(QLatin1String("baseline_value")));
    value->targetYear = optionalInt(record.value(QLatin1String("target_year")));
    value->targetValue = optionalDouble(record.value(QLatin1String("target_value")));
    value->source = text(record, "source");
    value->position = record.value(QLatin1String("position")).toInt();
}

Fields Records::fields(const IndicatorValue& value)
{
    return {{QStringLiteral("indicator_id"), value.indicatorId},
            {QStringLiteral("year"), value.year},
            {QStringLiteral("value"), value.value}};
}

void Records::read(const Row& record, IndicatorValue* value)
{
    value->id = id(record, "id");
    value->indicatorId = id(record, "indicator_id");
    value->year = record.value(QLatin1String("year")).toInt();
    value->value = record.value(QLatin1String("value")).toDouble();
}

Fields Records::fields(const Grant& value)
{
    return {{QStringLiteral("measure_id"), value.measureId},
            {QStringLiteral("programme"), value.programme.trimmed()},
            {QStringLiteral("status"), value.status},
            {QStringLiteral("amount_nok"), optional(value.amountNok)},
            {QStringLiteral("report_due"), value.reportDue},
            {QStringLiteral("report_sent"), value.reportSent},
            {QStringLiteral("note"), value.note}};
}

void Records::read(const Row& record, Grant* value)
{
    value->id = id(record, "id");
    value->measureId = id(record, "measure_id");
    value->programme = text(record, "programme");
    value->status = text(record, "status");
    value->amountNok = optionalDouble(record.value(QLatin1String("amount_nok")));
    value->reportDue = QDate::fromString(text(record, "report_due"), Qt::ISODate);
    value->reportSent = record.value(QLatin1String("report_sent")).toBool();
    value->note = text(record, "note");
}

Fields Records::fields(const ReportRecord& value)
{
    return {{QStringLiteral("plan_id"), value.planId},
            {QStringLiteral("created_at"), value.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("report_date"), value.reportDate},
            {QStringLiteral("language"), value.language},
            {QStringLiteral("options"), value.options}};
}

void Records::read(const Row& record, ReportRecord* value)
{
    value->id = id(record, "id");
    value->planId = id(record, "plan_id");
    value->createdAt = QDateTime::fromString(text(record, "created_at"), Qt::ISODateWithMs);
    value->reportDate = QDate::fromString(text(record, "report_date"), Qt::ISODate);
    value->language = text(record, "language");
    value->options = text(record, "options");
}

Fields Records::fields(const MemberSummaryRecord& value)
{
    return {{QStringLiteral("municipality_id"), value.municipalityId},
            {QStringLiteral("plan_kind"), value.planKind},
            {QStringLiteral("made_on"), value.madeOn},
            {QStringLiteral("imported_at"), value.importedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("content"), value.content}};
}

void Records::read(const Row& record, MemberSummaryRecord* value)
{
    value->id = id(record, "id");
    value->municipalityId = id(record, "municipality_id");
    value->planKind = text(record, "plan_kind");
    value->madeOn = QDate::fromString(text(record, "made_on"), Qt::ISODate);
    value->importedAt = QDateTime::fromString(text(record, "imported_at"), Qt::ISODateWithMs);
    value->content = text(record, "content");
}
