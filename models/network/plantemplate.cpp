#include "plantemplate.h"

#include "planexchange.h"
#include "stores.h"
#include "vocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Reads the parts of a template, remembering the first problem and where it is.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(PlanTemplate)

public:
    bool failed() const { return !m_problem.message.isEmpty(); }
    ImportProblem problem() const { return m_problem; }

    void fail(const QStringList& path, const QString& message)
    {
        if (!failed())
            m_problem.message = path.isEmpty() ? message : tr("%1: %2").arg(path.join(QLatin1Char('/')), message);
    }

    // A string, or an object of strings by language code.
    PlanTemplate::Text text(const QJsonValue& value, const QStringList& path, bool required)
    {
        PlanTemplate::Text text;
        if (value.isString()) {
            text = PlanTemplate::Text(value.toString());
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!it.value().isString()) {
                    fail(path + QStringList {it.key()}, tr("a text was expected."));
                    return {};
                }
                text.byLanguage.insert(it.key(), it.value().toString());
            }
        } else if (!value.isUndefined() && !value.isNull()) {
            fail(path, tr("a text, or texts by language (nb, nn, en), was expected."));
            return {};
        }
        if (required && text.isEmpty())
            fail(path, tr("a text is required here."));
        return text;
    }

    PlanTemplate::IndicatorTemplate indicator(const QJsonValue& value, const QStringList& path)
    {
        PlanTemplate::IndicatorTemplate indicator;
        if (!value.isObject()) {
            fail(path, tr("an indicator (an object) was expected."));
            return indicator;
        }
        const QJsonObject object = value.toObject();
        indicator.name = text(object.value(QStringLiteral("name")), path + QStringList {QStringLiteral("name")}, true);
        indicator.unit = text(object.value(QStringLiteral("unit")), path + QStringList {QStringLiteral("unit")}, false);
        indicator.source
            = text(object.value(QStringLiteral("source")), path + QStringList {QStringLiteral("source")}, false);
        indicator.direction = object.value(QStringLiteral("direction")).toString(QStringLiteral("higher"));
        if (!Vocabulary::directions().contains(indicator.direction))
            fail(path + QStringList {QStringLiteral("direction")},
                 tr("“%1” is not a direction (higher or lower).").arg(indicator.direction));
        const QJsonValue target = object.value(QStringLiteral("target"));
        if (!target.isUndefined()) {
            const QJsonArray pair = target.toArray();
            if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble()
                || pair.at(0).toDouble() != double(pair.at(0).toInt()) || pair.at(0).toInt() < 1900
                || pair.at(0).toInt() > 2200)
                fail(path + QStringList {QStringLiteral("target")},
                     tr("a target is written [year, value], e.g. [2025, 50]."));
            else {
                indicator.targetYear = pair.at(0).toInt();
                indicator.targetValue = pair.at(1).toDouble();
            }
        }
        return indicator;
    }

private:
    ImportProblem m_problem;
};

QJsonValue toJson(const PlanTemplate::Text& text)
{
    if (text.byLanguage.size() == 1 && text.byLanguage.contains(QString()))
        return text.byLanguage.value(QString());
    QJsonObject object;
    for (auto it = text.byLanguage.begin(); it != text.byLanguage.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// "Handlingsplan 2023–2026" → "Handlingsplan": the period belongs to the plan, not to its structure.
QString withoutPeriod(const QString& title)
{
    static const QRegularExpression period(QStringLiteral(R"(\s*[-–]?\s*\d{4}\s*[-–]\s*\d{4}\s*$)"));
    const QString bare = QString(title).remove(period).trimmed();
    return bare.isEmpty() ? title : bare;
}

} // namespace

std::optional<PlanTemplate> PlanTemplate::read(const QByteArray& json, ImportProblem* problem)
{
    const auto refuse = [problem](const ImportProblem& found) {
        if (problem)
            *problem = found;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = PlanFile::lineAndColumn(json, parseError.offset);
        return refuse({line, column, tr("The file is not valid JSON: %1.").arg(parseError.errorString())});
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName())
        return refuse({0, 0, tr("This is not a plan template (its “format” is not “%1”).").arg(formatName())});
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version > Version)
        return refuse({0,
                       0,
                       tr("The template is of version %1, written by a newer version of Action Plans; this version "
                          "reads version %2.")
                           .arg(version)
                           .arg(Version)});
    if (version < 1)
        return refuse({0, 0, tr("version: a version number (1) was expected.")});

    Reader reader;
    PlanTemplate result;
    result.kind = root.value(QStringLiteral("kind")).toString(QStringLiteral("other"));
    if (!Vocabulary::planKinds().contains(result.kind))
        reader.fail({QStringLiteral("kind")},
                    tr("“%1” is not a kind of plan (plastic_smart, circular, climate or other).").arg(result.kind));
    result.name = reader.text(root.value(QStringLiteral("name")), {QStringLiteral("name")}, true);
    result.network = reader.text(root.value(QStringLiteral("network")), {QStringLiteral("network")}, false);
    result.planTitle = reader.text(root.value(QStringLiteral("planTitle")), {QStringLiteral("planTitle")}, true);
    result.description = reader.text(root.value(QStringLiteral("description")), {QStringLiteral("description")}, false);
    const auto list = [&](const char* key, const auto& readOne) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isArray())
            reader.fail({QLatin1String(key)}, tr("a list was expected."));
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            readOne(array.at(i), QStringList {QLatin1String(key), QString::number(i + 1)});
    };
    list("focusAreas", [&](const QJsonValue& value, const QStringList& path) {
        result.focusAreas << reader.text(value, path, true);
    });
    list("indicators",
         [&](const QJsonValue& value, const QStringList& path) { result.indicators << reader.indicator(value, path); });
    if (reader.failed())
        return refuse(reader.problem());
    return result;
}

std::optional<PlanTemplate> PlanTemplate::readFile(const QString& path, ImportProblem* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = {0, 0, tr("The file cannot be read: %1").arg(file.errorString())};
        return std::nullopt;
    }
    if (file.size() > 4 * 1024 * 1024) { // a template is a few kilobytes; this is something else
        if (problem)
            *problem = {0, 0, tr("The file is too large to be a plan template.")};
        return std::nullopt;
    }
    std::optional<PlanTemplate> result = read(file.readAll(), problem);
    if (result)
        result->fileName = path;
    return result;
}

QByteArray PlanTemplate::toJson() const
{
    QJsonObject root {{QStringLiteral("format"), formatName()},
                      {QStringLiteral("version"), Version},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("name"), ::toJson(name)},
                      {QStringLiteral("planTitle"), ::toJson(planTitle)}};
    if (!network.isEmpty())
        root.insert(QStringLiteral("network"), ::toJson(network));
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), ::toJson(description));
    QJsonArray areas;
    for (const Text& area : focusAreas)
        areas.append(::toJson(area));
    root.insert(QStringLiteral("focusAreas"), areas);
    QJsonArray list;
    for (const IndicatorTemplate& indicator : indicators) {
        QJsonObject object {{QStringLiteral("name"), ::toJson(indicator.name)},
                            {QStringLiteral("direction"), indicator.direction}};
        if (!indicator.unit.isEmpty())
            object.insert(QStringLiteral("unit"), ::toJson(indicator.unit));
        if (!indicator.source.isEmpty())
            object.insert(QStringLiteral("source"), ::toJson(indicator.source));
        if (indicator.targetYear && indicator.targetValue)
            object.insert(QStringLiteral("target"), QJsonArray {*indicator.targetYear, *indicator.targetValue});
        list.append(object);
    }
    root.insert(QStringLiteral("indicators"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QVector<PlanTemplate> PlanTemplate::available(const QString& userFolder, QStringList* problems)
{
    QVector<PlanTemplate> result;
    for (const QString& folder : {builtInFolder(), userFolder}) {
        if (folder.isEmpty())
            continue;
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            ImportProblem problem;
            if (std::optional<PlanTemplate> found = readFile(dir.filePath(name), &problem))
                result << *found;
            else if (problems)
                *problems << problem.toString(QDir::toNativeSeparators(dir.filePath(name)));
        }
        if (folder == builtInFolder()) { // the networks' templates in the order the app lists kinds of plan
            const QStringList kinds = Vocabulary::planKinds();
            std::stable_sort(result.begin(), result.end(), [&kinds](const PlanTemplate& a, const PlanTemplate& b) {
                return kinds.indexOf(a.kind) < kinds.indexOf(b.kind);
            });
        }
    }
    return result;
}

std::optional<PlanTemplate> PlanTemplate::fromPlan(Stores& stores, qint64 planId, const QString& name)
{
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan)
        return std::nullopt;
    PlanTemplate result;
    result.kind = plan->kind;
    result.name = Text(name);
    result.planTitle = Text(withoutPeriod(plan->title));
    QVector<FocusArea> areas = stores.focusAreas.list(QStringLiteral("plan_id"), planId);
    std::stable_sort(
        areas.begin(), areas.end(), [](const FocusArea& a, const FocusArea& b) { return a.position < b.position; });
    for (const FocusArea& area : areas)
        result.focusAreas << Text(area.name);
    QVector<Indicator> indicators = stores.indicators.list(QStringLiteral("plan_id"), planId);
    std::stable_sort(indicators.begin(), indicators.end(), [](const Indicator& a, const Indicator& b) {
        return a.position < b.position;
    });
    for (const Indicator& indicator : indicators) {
        IndicatorTemplate entry;
        entry.name = Text(indicator.name);
        if (!indicator.unit.isEmpty())
            entry.unit = Text(indicator.unit);
        if (!indicator.source.isEmpty())
            entry.source = Text(indicator.source);
        entry.direction = indicator.direction;
        entry.targetYear = indicator.targetYear;
        entry.targetValue = indicator.targetValue;
        result.indicators << entry;
    }
    return result;
}

std::optional<QString> PlanTemplate::saveInto(const QString& folder, QString* error) const
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("The folder “%1” cannot be made.").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    // A file name from the name, so that the folder reads well; a number keeps it from replacing another template.
    QString base = name.in(QString()).toLower();
    base.replace(QRegularExpression(QStringLiteral(R"([^\w]+)"), QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("-"));
    base = base.left(60);
    if (base.remove(QRegularExpression(QStringLiteral("^-+|-+$"))).isEmpty())
        base = QStringLiteral("template");
    QString path = QDir(folder).filePath(base + QStringLiteral(".json"));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2.json").arg(base).arg(n));
    if (!PlanExchange::writeFile(toJson(), path, QString(), error))
        return std::nullopt;
    return path;
}

PlanFile::PlanData PlanTemplate::planData(
    const QString& municipalityNumber, const QString& language, const QString& title, int from, int to) const
{
    PlanFile::PlanData data;
    data.municipalityNumber = municipalityNumber;
    data.plan.uuid = newUuid();
    data.plan.title = title;
    data.plan.kind = kind;
    data.plan.periodFrom = from;
    data.plan.periodTo = to;
    data.plan.status = QStringLiteral("draft");
    for (int i = 0; i < focusAreas.size(); ++i)
        data.focusAreas << FocusArea {0, 0, focusAreas.at(i).in(language), i};
    for (int i = 0; i < indicators.size(); ++i) {
        const IndicatorTemplate& entry = indicators.at(i);
        Indicator indicator;
        indicator.uuid = newUuid();
        indicator.name = entry.name.in(language);
        indicator.unit = entry.unit.in(language);
        indicator.direction = entry.direction;
        indicator.targetYear = entry.targetYear;
        indicator.targetValue = entry.targetValue;
        indicator.source = entry.source.in(language);
        indicator.position = i;
        data.indicators << PlanFile::IndicatorData {indicator, {}};
    }
    return data;
}
