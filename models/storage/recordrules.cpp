#include "records.h"

#include "deadline.h"
#include "vocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

// The rules half of Records: what makes a value unfit to store (said in words the adviser can act on), and what a new
// value gets before it is stored. records.cpp has the other half, how values map to columns.

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QString Records::validate(const AssessmentRecord& value)
{
    if (!value.madeOn.isValid())
        return tr("An assessment needs the day it was made.");
    const QJsonDocument answers = QJsonDocument::fromJson(value.answers.toUtf8());
    if (!answers.isObject())
        return tr("The answers of an assessment are not readable.");
    const QJsonObject object = answers.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() != it.value().toInt() || it.value().toInt() < 0
            || it.value().toInt() > 4)
            return tr("The answer to “%1” is not a score from 0 to 4.").arg(it.key());
    }
    return {};
}

QString Records::validate(const ReportRecord& value)
{
    if (!value.createdAt.isValid() || !value.reportDate.isValid())
        return tr("A report record needs the time it was written and its report date.");
    if (!QStringList {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")}.contains(value.language))
        return tr("“%1” is not a report language.").arg(value.language);
    return {};
}

QString Records::validate(const MemberSummaryRecord& value)
{
    if (!value.madeOn.isValid() || !value.importedAt.isValid())
        return tr("A member summary needs the day it was made and the time it was imported.");
    if (!value.planKind.isEmpty() && !Vocabulary::planKinds().contains(value.planKind))
        return tr("“%1” is not a kind of plan.").arg(value.planKind);
    return {};
}

QString Records::validate(const Grant& value)
{
    if (value.programme.trimmed().isEmpty())
        return tr("A grant needs the name of its programme.");
    if (!Vocabulary::grantStatuses().contains(value.status))
        return tr("“%1” is not a grant status.").arg(value.status);
    if (value.amountNok && *value.amountNok < 0)
        return tr("A grant cannot be a negative amount.");
    return {};
}

QString Records::validate(const JointProject& value)
{
    return value.name.trimmed().isEmpty() ? tr("A joint project needs a name.") : QString();
}

QString Records::validate(const Network& value)
{
    return value.name.trimmed().isEmpty() ? tr("A network needs a name.") : QString();
}

QString Records::validate(const Plan& value)
{
    if (value.title.trimmed().isEmpty())
        return tr("A plan needs a title.");
    if (!Vocabulary::planKinds().contains(value.kind))
        return tr("“%1” is not a kind of plan.").arg(value.kind);
    if (!Vocabulary::planStatuses().contains(value.status))
        return tr("“%1” is not a plan status.").arg(value.status);
    if (value.periodFrom > 0 && value.periodTo > 0 && value.periodTo < value.periodFrom)
        return tr("The plan period ends (%1) before it starts (%2).").arg(value.periodTo).arg(value.periodFrom);
    return {};
}

QString Records::validate(const FocusArea& value)
{
    return value.name.trimmed().isEmpty() ? tr("A focus area needs a name.") : QString();
}

QString Records::validate(const Owner& value)
{
    return value.name.trimmed().isEmpty() ? tr("An owner needs a name.") : QString();
}

QString Records::validate(const Measure& value)
{
    if (value.title.trimmed().isEmpty())
        return tr("A measure needs a title.");
    if (!Vocabulary::measureStatuses().contains(value.status))
        return tr("“%1” is not a measure status.").arg(value.status);
    if (value.progress < 0 || value.progress > 100)
        return tr("Progress must be between 0 and 100 %, not %1.").arg(value.progress);
    if (!value.priority.isEmpty() && !Vocabulary::priorities().contains(value.priority))
        return tr("“%1” is not a priority.").arg(value.priority);
    QString error;
    if (!Deadline::parse(value.startText, &error))
        return tr("Start: %1").arg(error);
    if (!Deadline::parse(value.deadlineText, &error))
        return tr("Deadline: %1").arg(error);
    return {};
}

QString Records::validate(const ProgressUpdate& value)
{
    if (!value.date.isValid())
        return tr("A progress update needs a date.");
    if (!Vocabulary::measureStatuses().contains(value.status))
        return tr("“%1” is not a measure status.").arg(value.status);
    if (value.progress < 0 || value.progress > 100)
        return tr("Progress must be between 0 and 100 %, not %1.").arg(value.progress);
    return {};
}

QString Records::validate(const Indicator& value)
{
    if (value.name.trimmed().isEmpty())
        return tr("An indicator needs a name.");
    if (!Vocabulary::directions().contains(value.direction))
        return tr("“%1” is not a direction (higher or lower is better).").arg(value.direction);
    return {};
}

void Records::prepareNew(Plan* value)
{
    if (value->uuid.isEmpty())
        value->uuid = newUuid();
}

void Records::prepareNew(Measure* value)
{
    if (value->uuid.isEmpty())
        value->uuid = newUuid();
}

void Records::prepareNew(JointProject* value)
{
    if (value->uuid.isEmpty())
        value->uuid = newUuid();
}

void Records::prepareNew(Indicator* value)
{
    if (value->uuid.isEmpty())
        value->uuid = newUuid();
}
