#include "sampledata.h"

#include "database.h"
#include "deadline.h"
#include "stores.h"
#include "vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace {

struct Context
{
    Stores& stores;
    QString* error;
    QDate today;
    QJsonObject comments;
    bool networksAreSamples = true;
    int networksAdded = 0;
};

bool failWith(Context& context, const QString& message)
{
    if (context.error)
        *context.error = message;
    return false;
}

// A plausible history for a measure: an update every three months over at most the last two years, from its start
// to today (or, for a finished measure, to its deadline), with progress rising to its present value.
bool addHistory(Context& context, const Measure& measure, qint64 measureId)
{
    if (measure.status == QLatin1String("planned") || measure.status == QLatin1String("not_started"))
        return true;
    const Deadline start = Deadline::parse(measure.startText).value_or(Deadline());
    const Deadline deadline = Deadline::parse(measure.deadlineText).value_or(Deadline());
    QDate end = context.today.addDays(-7);
    if (Vocabulary::isFinished(measure.status) && deadline.lastDay().isValid() && deadline.lastDay() < end)
        end = deadline.lastDay();
    QDate first = start.firstDay().isValid() ? start.firstDay().addDays(14) : end;
    first = qMax(first, context.today.addYears(-2));
    QVector<QDate> dates;
    for (QDate d = first; d < end; d = d.addMonths(3))
        dates << d;
    dates << end;
    for (int i = 0; i < dates.size(); ++i) {
        const bool last = i == dates.size() - 1;
        ProgressUpdate update;
        update.measureId = measureId;
        update.date = dates[i];
        update.progress = last ? measure.progress : (measure.progress * (i + 1) / dates.size()) / 5 * 5;
        update.status = last ? measure.status
                             : (update.progress > 0 ? QStringLiteral("in_progress") : QStringLiteral("not_started"));
        update.comment = context.comments.value(update.status).toString();
        // Why a measure is delayed, blocked or cancelled is told to residents too.
        update.commentPublic = last
            && (update.status == QLatin1String("delayed") || update.status == QLatin1String("blocked")
                || update.status == QLatin1String("cancelled"));
        if (!context.stores.progressUpdates.add(update))
            return failWith(context, context.stores.progressUpdates.errorString());
    }
    return true;
}

bool addNetwork(Context& context, const QJsonObject& json)
{
    const QString name = json.value(QLatin1String("name")).toString();
    if (context.stores.networks.byName(name))
        return true;
    Network network;
    network.name = name;
    network.description = json.value(QLatin1String("description")).toString();
    network.isSample = context.networksAreSamples;
    const std::optional<qint64> id = context.stores.networks.add(network);
    if (!id)
        return failWith(context, context.stores.networks.errorString());
    ++context.networksAdded;
    for (const QJsonValue& number : json.value(QLatin1String("members")).toArray()) {
        const std::optional<Municipality> member = context.stores.municipalities.byNumber(number.toString());
        if (!member)
            return failWith(context,
                            SampleData::tr("The sample data names an unknown municipality %1.").arg(number.toString()));
        if (!context.stores.networks.addMember(*id, member->id))
            return failWith(context, context.stores.networks.errorString());
    }
    int position = 0;
    for (const QJsonValue& name : json.value(QLatin1String("joint_projects")).toArray()) {
        if (!context.stores.jointProjects.add({0, {}, *id, name.toString(), {}, position++}))
            return failWith(context, context.stores.jointProjects.errorString());
    }
    return true;
}

// A circular self-assessment (resources/assessment), once per municipality and day.
bool addAssessment(Context& context, const QJsonObject& json)
{
    const QString number = json.value(QLatin1String("municipality")).toString();
    const std::optional<Municipality> municipality = context.stores.municipalities.byNumber(number);
    if (!municipality)
        return failWith(context, SampleData::tr("The sample data names an unknown municipality %1.").arg(number));
    AssessmentRecord record;
    record.municipalityId = municipality->id;
    record.madeOn = QDate::fromString(json.value(QLatin1String("made_on")).toString(), Qt::ISODate);
    for (const AssessmentRecord& existing :
         context.stores.assessments.list(QStringLiteral("municipality_id"), municipality->id)) {
        if (existing.madeOn == record.madeOn)
            return true;
    }
    record.answers = QString::fromUtf8(
        QJsonDocument(json.value(QLatin1String("answers")).toObject()).toJson(QJsonDocument::Compact));
    if (!context.stores.assessments.add(record))
        return failWith(context, context.stores.assessments.errorString());
    return true;
}

bool addIndicators(Context& context, qint64 planId, const QJsonArray& indicators, QVector<qint64>* ids)
{
    int position = 0;
    for (const QJsonValue& value : indicators) {
        const QJsonObject json = value.toObject();
        Indicator indicator;
        indicator.planId = planId;
        indicator.name = json.value(QLatin1String("name")).toString();
        indicator.unit = json.value(QLatin1String("unit")).toString();
        indicator.direction = json.value(QLatin1String("direction")).toString();
        const QJsonArray baseline = json.value(QLatin1String("baseline")).toArray();
        const QJsonArray target = json.value(QLatin1String("target")).toArray();
        indicator.baselineYear = baseline.at(0).toInt();
        indicator.baselineValue = baseline.at(1).toDouble();
        indicator.targetYear = target.at(0).toInt();
        indicator.targetValue = target.at(1).toDouble();
        indicator.source = json.value(QLatin1String("source")).toString();
        indicator.position = position++;
        const std::optional<qint64> id = context.stores.indicators.add(indicator);
        if (!id)
            return failWith(context, context.stores.indicators.errorString());
        *ids << *id;
        for (const QJsonValue& pair : json.value(QLatin1String("values")).toArray()) {
            IndicatorValue measured;
            measured.indicatorId = *id;
            measured.year = pair.toArray().at(0).toInt();
            measured.value = pair.toArray().at(1).toDouble();
            if (!context.stores.indicatorValues.add(measured))
                return failWith(context, context.stores.indicatorValues.errorString());
        }
    }
    return true;
}

bool addPlan(Context& shared, const QJsonObject& json)
{
    // A plan may speak its own language (the nynorsk municipality's plan is in nynorsk), progress comments included.
    Context context = shared;
    if (json.contains(QLatin1String("progress_comments")))
        context.comments = json.value(QLatin1String("progress_comments")).toObject();
    const QString number = json.value(QLatin1String("municipality")).toString();
    const std::optional<Municipality> municipality = context.stores.municipalities.byNumber(number);
    if (!municipality)
        return failWith(context, SampleData::tr("The sample data names an unknown municipality %1.").arg(number));
    Plan plan;
    plan.municipalityId = municipality->id;
    plan.title = json.value(QLatin1String("title")).toString();
    for (const Plan& existing : context.stores.plans.list(QStringLiteral("municipality_id"), municipality->id)) {
        if (existing.isSample && existing.title == plan.title)
            return true;
    }
    plan.kind = json.value(QLatin1String("kind")).toString();
    plan.periodFrom = json.value(QLatin1String("period")).toArray().at(0).toInt();
    plan.periodTo = json.value(QLatin1String("period")).toArray().at(1).toInt();
    plan.status = json.value(QLatin1String("status")).toString();
    plan.adoptedOn = QDate::fromString(json.value(QLatin1String("adopted_on")).toString(), Qt::ISODate);
    plan.councilCase = json.value(QLatin1String("council_case")).toString();
    plan.description = json.value(QLatin1String("description")).toString();
    plan.isSample = true;
    const std::optional<qint64> planId = context.stores.plans.add(plan);
    if (!planId)
        return failWith(context, context.stores.plans.errorString());

    QVector<qint64> areaIds;
    int position = 0;
    for (const QJsonValue& name : json.value(QLatin1String("focus_areas")).toArray()) {
        const std::optional<qint64> id = context.stores.focusAreas.add({0, *planId, name.toString(), position++});
        if (!id)
            return failWith(context, context.stores.focusAreas.errorString());
        areaIds << *id;
    }
    // A measure's "joint_project" counts among the projects of the networks the municipality belongs to.
    QVector<qint64> projectIds;
    for (const JointProject& project : context.stores.jointProjects.openTo(municipality->id))
        projectIds << project.id;
    // Indicators before the measures, which name the one they move ("indicator": its index).
    QVector<qint64> indicatorIds;
    if (!addIndicators(context, *planId, json.value(QLatin1String("indicators")).toArray(), &indicatorIds))
        return false;
    QVector<qint64> ownerIds;
    for (const QJsonValue& value : json.value(QLatin1String("owners")).toArray()) {
        const QJsonObject owner = value.toObject();
        const std::optional<qint64> id = context.stores.owners.add({0,
                                                                    municipality->id,
                                                                    owner.value(QLatin1String("name")).toString(),
                                                                    owner.value(QLatin1String("unit")).toString(),
                                                                    owner.value(QLatin1String("email")).toString()});
        if (!id)
            return failWith(context, context.stores.owners.errorString());
        ownerIds << *id;
    }
    for (const QJsonValue& value : json.value(QLatin1String("measures")).toArray()) {
        const QJsonObject m = value.toObject();
        Measure measure;
        measure.planId = *planId;
        measure.focusAreaId = areaIds.value(m.value(QLatin1String("area")).toInt());
        measure.ownerId = ownerIds.value(m.value(QLatin1String("owner")).toInt());
        measure.code = m.value(QLatin1String("code")).toString();
        measure.title = m.value(QLatin1String("title")).toString();
        measure.description = m.value(QLatin1String("description")).toString();
        measure.startText = m.value(QLatin1String("start")).toString();
        measure.deadlineText = m.value(QLatin1String("deadline")).toString();
        measure.status = m.value(QLatin1String("status")).toString();
        measure.progress = m.value(QLatin1String("progress")).toInt();
        measure.priority = m.value(QLatin1String("priority")).toString();
        const double cost = m.value(QLatin1String("cost")).toDouble();
        if (cost > 0)
            measure.costNok = cost;
        measure.fundingSource = m.value(QLatin1String("funding")).toString();
        if (m.contains(QLatin1String("indicator")))
            measure.indicatorId = indicatorIds.value(m.value(QLatin1String("indicator")).toInt());
        if (m.contains(QLatin1String("joint_project")))
            measure.jointProjectId = projectIds.value(m.value(QLatin1String("joint_project")).toInt());
        const std::optional<qint64> id = context.stores.measures.add(measure);
        if (!id)
            return failWith(
                context,
                SampleData::tr("Sample measure %1: %2").arg(measure.code, context.stores.measures.errorString()));
        if (!addHistory(context, measure, *id))
            return false;
        for (const QJsonValue& value : m.value(QLatin1String("grants")).toArray()) {
            const QJsonObject g = value.toObject();
            Grant grant;
            grant.measureId = *id;
            grant.programme = g.value(QLatin1String("programme")).toString();
            grant.status = g.value(QLatin1String("status")).toString();
            if (g.contains(QLatin1String("amount")))
                grant.amountNok = g.value(QLatin1String("amount")).toDouble();
            grant.reportDue = QDate::fromString(g.value(QLatin1String("report_due")).toString(), Qt::ISODate);
            if (!context.stores.grants.add(grant))
                return failWith(context, context.stores.grants.errorString());
        }
    }
    return true;
}

QString sampleTextsPath(const QString& language)
{
    return QStringLiteral(":/sample/sample_%1.json").arg(language);
}

std::optional<QJsonObject> readResource(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = SampleData::tr("The sample data is missing from the app: %1").arg(file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        if (error)
            *error = SampleData::tr("The sample data is damaged: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

// Puts the sample data's texts into another written standard by a table from each text to its translation, and
// notes the texts the table lacks and the entries no text used. Codes, numbers, statuses and deadlines (stored
// language-neutral) are left alone, as is a plan that names its own language.
class SampleTranslation
{
public:
    explicit SampleTranslation(const QJsonObject& table)
        : m_table(table)
    {
    }

    QJsonObject translated(QJsonObject root)
    {
        QJsonArray networks = root.value(QLatin1String("networks")).toArray();
        for (QJsonValueRef network : networks) {
            QJsonObject translatedNetwork = translateFields(network.toObject(), {"description"});
            QJsonArray projects = translatedNetwork.value(QLatin1String("joint_projects")).toArray();
            for (QJsonValueRef project : projects)
                project = text(project.toString());
            translatedNetwork.insert(QLatin1String("joint_projects"), projects);
            network = translatedNetwork;
        }
        root.insert(QLatin1String("networks"), networks);
        QJsonObject comments = root.value(QLatin1String("progress_comments")).toObject();
        for (auto it = comments.begin(); it != comments.end(); ++it)
            it.value() = text(it.value().toString());
        root.insert(QLatin1String("progress_comments"), comments);
        QJsonArray plans = root.value(QLatin1String("plans")).toArray();
        for (QJsonValueRef plan : plans) {
            if (!plan.toObject().contains(QLatin1String("language")))
                plan = translatedPlan(plan.toObject());
        }
        root.insert(QLatin1String("plans"), plans);
        return root;
    }

    QStringList missing() const { return m_missing; }

    QStringList unused() const
    {
        QStringList unused;
        for (const QString& key : m_table.keys()) {
            if (!m_used.contains(key))
                unused << key;
        }
        return unused;
    }

private:
    QJsonObject translatedPlan(QJsonObject plan)
    {
        plan = translateFields(plan, {"title", "description"});
        QJsonArray areas = plan.value(QLatin1String("focus_areas")).toArray();
        for (QJsonValueRef area : areas)
            area = text(area.toString());
        plan.insert(QLatin1String("focus_areas"), areas);
        translateList(plan, "owners", {"name", "unit"});
        QJsonArray measures = plan.value(QLatin1String("measures")).toArray();
        for (QJsonValueRef value : measures) {
            QJsonObject measure = translateFields(value.toObject(), {"title", "description", "funding"});
            // Most deadlines read the same in both (Q4 2025, des. 2025); the table lists those that do not.
            for (const char* field : {"start", "deadline"}) {
                const QString key = QLatin1String(field);
                if (m_table.contains(measure.value(key).toString()))
                    measure.insert(key, text(measure.value(key).toString()));
            }
            translateList(measure, "grants", {"programme"});
            value = measure;
        }
        plan.insert(QLatin1String("measures"), measures);
        translateList(plan, "indicators", {"name", "unit", "source"});
        return plan;
    }

    void translateList(QJsonObject& parent, const char* key, std::initializer_list<const char*> fields)
    {
        QJsonArray list = parent.value(QLatin1String(key)).toArray();
        for (QJsonValueRef item : list)
            item = translateFields(item.toObject(), fields);
        parent.insert(QLatin1String(key), list);
    }

    QJsonObject translateFields(QJsonObject object, std::initializer_list<const char*> fields)
    {
        for (const char* field : fields) {
            const QString key = QLatin1String(field);
            if (object.contains(key))
                object.insert(key, text(object.value(key).toString()));
        }
        return object;
    }

    QString text(const QString& original)
    {
        if (original.isEmpty())
            return original;
        const QJsonValue translation = m_table.value(original);
        if (!translation.isString()) {
            if (!m_missing.contains(original))
                m_missing << original;
            return original;
        }
        m_used.insert(original);
        return translation.toString();
    }

    QJsonObject m_table;
    QSet<QString> m_used;
    QStringList m_missing;
};

} // namespace

bool SampleData::install(Stores& stores, QString* error, const QDate& today, const QString& language)
{
    std::optional<QJsonObject> root = readResource(QStringLiteral(":/sample/sample.json"), error);
    if (!root)
        return false;
    if (language != QLatin1String("nb")) {
        const std::optional<QJsonObject> texts = readResource(sampleTextsPath(language), error);
        if (!texts)
            return false;
        SampleTranslation translation(texts->value(QLatin1String("texts")).toObject());
        root = translation.translated(*root);
    }
    Context context {stores, error, today, root->value(QLatin1String("progress_comments")).toObject()};

    WriteTransaction transaction(stores.db);
    if (!transaction.isActive())
        return failWith(context, stores.db.errorString());
    for (const QJsonValue& network : root->value(QLatin1String("networks")).toArray()) {
        if (!addNetwork(context, network.toObject()))
            return false;
    }
    for (const QJsonValue& plan : root->value(QLatin1String("plans")).toArray()) {
        if (!addPlan(context, plan.toObject()))
            return false;
    }
    for (const QJsonValue& assessment : root->value(QLatin1String("assessments")).toArray()) {
        if (!addAssessment(context, assessment.toObject()))
            return false;
    }
    if (!transaction.commit())
        return failWith(context, stores.db.errorString());
    return true;
}

std::optional<int> SampleData::installNetworks(Stores& stores, QString* error)
{
    const std::optional<QJsonObject> root = readResource(QStringLiteral(":/sample/sample.json"), error);
    if (!root)
        return std::nullopt;
    Context context {stores, error, QDate::currentDate(), {}};
    context.networksAreSamples = false;
    WriteTransaction transaction(stores.db);
    if (!transaction.isActive()) {
        failWith(context, stores.db.errorString());
        return std::nullopt;
    }
    for (const QJsonValue& network : root->value(QLatin1String("networks")).toArray()) {
        if (!addNetwork(context, network.toObject()))
            return std::nullopt;
    }
    if (!transaction.commit()) {
        failWith(context, stores.db.errorString());
        return std::nullopt;
    }
    return context.networksAdded;
}

QString SampleData::languageFor(const QLocale& locale)
{
    return locale.language() == QLocale::NorwegianNynorsk ? QStringLiteral("nn") : QStringLiteral("nb");
}

QStringList SampleData::translationProblems(const QString& language)
{
    QString error;
    const std::optional<QJsonObject> root = readResource(QStringLiteral(":/sample/sample.json"), &error);
    const std::optional<QJsonObject> texts = root ? readResource(sampleTextsPath(language), &error) : std::nullopt;
    if (!texts)
        return {error};
    SampleTranslation translation(texts->value(QLatin1String("texts")).toObject());
    translation.translated(*root);
    QStringList problems;
    for (const QString& text : translation.missing())
        problems << tr("No translation: %1").arg(text);
    for (const QString& text : translation.unused())
        problems << tr("Translation of no text: %1").arg(text);
    return problems;
}
