#include "planfile.h"

#include "deadline.h"
#include "records.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QUuid>

// Reading and checking a plan file: every problem found with its place, nothing returned when there is one.

namespace {

// Where in the file a problem is: "plans/0/measures/3/status".
QString place(const QStringList& path)
{
    return path.join(QLatin1Char('/'));
}

// Checks one plan file object by object; collects every problem with its place.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    explicit Reader(QVector<ImportProblem>* problems)
        : m_problems(problems)
    {
    }

    bool failed() const { return m_failed; }

    void problem(const QStringList& path, const QString& message)
    {
        m_failed = true;
        if (m_problems && m_problems->size() < 50)
            m_problems->append({0, 0, tr("%1: %2").arg(place(path), message)});
    }

    QString text(const QJsonObject& object, const char* key, const QStringList& path, bool required = false)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                problem(path + QStringList {QLatin1String(key)}, tr("is missing."));
            return {};
        }
        if (!value.isString()) {
            problem(path + QStringList {QLatin1String(key)}, tr("must be text."));
            return {};
        }
        return value.toString();
    }

    std::optional<double> number(const QJsonObject& object, const char* key, const QStringList& path)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble()) {
            problem(path + QStringList {QLatin1String(key)}, tr("must be a number."));
            return std::nullopt;
        }
        return value.toDouble();
    }

    std::optional<int> whole(const QJsonObject& object, const char* key, const QStringList& path)
    {
        const std::optional<double> value = number(object, key, path);
        if (value && (*value != std::floor(*value) || qAbs(*value) > 1e9)) {
            problem(path + QStringList {QLatin1String(key)}, tr("must be a whole number."));
            return std::nullopt;
        }
        return value ? std::optional<int>(int(*value)) : std::nullopt;
    }

    QDate date(const QJsonObject& object, const char* key, const QStringList& path, bool required = false)
    {
        const QString value = text(object, key, path, required);
        if (value.isEmpty())
            return {};
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        if (!parsed.isValid())
            problem(path + QStringList {QLatin1String(key)},
                    tr("“%1” is not a date of the form YYYY-MM-DD.").arg(value));
        return parsed;
    }

    QString uuid(const QJsonObject& object, const QStringList& path, QSet<QString>* seen)
    {
        const QString value = text(object, "uuid", path, true);
        if (value.isEmpty())
            return {};
        if (QUuid::fromString(value).isNull()) {
            problem(path + QStringList {QStringLiteral("uuid")}, tr("“%1” is not a UUID.").arg(value));
            return {};
        }
        if (seen->contains(value))
            problem(path + QStringList {QStringLiteral("uuid")}, tr("“%1” appears twice in the file.").arg(value));
        seen->insert(value);
        return value;
    }

    QJsonArray array(const QJsonObject& object, const char* key, const QStringList& path)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            problem(path + QStringList {QLatin1String(key)}, tr("must be a list."));
            return {};
        }
        return value.toArray();
    }

    // Each element of a list must be an object.
    template <class Read> void objects(const QJsonArray& list, const QStringList& path, Read read)
    {
        for (int i = 0; i < list.size(); ++i) {
            const QStringList here = path + QStringList {QString::number(i)};
            if (!list[i].isObject()) {
                problem(here, tr("must be an object."));
                continue;
            }
            read(list[i].toObject(), here);
        }
    }

    template <class T> void validate(const T& value, const QStringList& path)
    {
        const QString invalid = Records::validate(value);
        if (!invalid.isEmpty())
            problem(path, invalid);
    }

    PlanFile::PlanData plan(const QJsonObject& object, const QStringList& path);

    QSet<QString> planUuids;
    QSet<QString> measureUuids;
    QSet<QString> indicatorUuids;

private:
    QVector<ImportProblem>* m_problems;
    bool m_failed = false;
};

PlanFile::PlanData Reader::plan(const QJsonObject& object, const QStringList& path)
{
    PlanFile::PlanData data;
    Plan& plan = data.plan;
    plan.uuid = uuid(object, path, &planUuids);
    plan.title = text(object, "title", path, true);
    plan.kind = text(object, "kind", path, true);
    plan.status = text(object, "status", path, true);
    plan.periodFrom = whole(object, "periodFrom", path).value_or(0);
    plan.periodTo = whole(object, "periodTo", path).value_or(0);
    plan.adoptedOn = date(object, "adoptedOn", path);
    plan.councilCase = text(object, "councilCase", path);
    plan.description = text(object, "description", path);
    plan.isSample = object.value(QStringLiteral("isSample")).toBool(false);
    validate(plan, path);
    const QJsonObject municipality = object.value(QStringLiteral("municipality")).toObject();
    data.municipalityNumber = text(municipality, "number", path + QStringList {QStringLiteral("municipality")}, true);

    objects(array(object, "focusAreas", path),
            path + QStringList {QStringLiteral("focusAreas")},
            [&](const QJsonObject& item, const QStringList& here) {
                FocusArea area;
                area.name = text(item, "name", here, true);
                area.position = whole(item, "position", here).value_or(int(data.focusAreas.size()));
                validate(area, here);
                data.focusAreas << area;
            });
    objects(array(object, "owners", path),
            path + QStringList {QStringLiteral("owners")},
            [&](const QJsonObject& item, const QStringList& here) {
                Owner owner;
                owner.name = text(item, "name", here, true);
                owner.unit = text(item, "unit", here);
                owner.email = text(item, "email", here);
                validate(owner, here);
                data.owners << owner;
            });
    objects(array(object, "measures", path),
            path + QStringList {QStringLiteral("measures")},
            [&](const QJsonObject& item, const QStringList& here) {
                PlanFile::MeasureData entry;
                Measure& measure = entry.measure;
                measure.uuid = uuid(item, here, &measureUuids);
                measure.code = text(item, "code", here);
                measure.title = text(item, "title", here, true);
                measure.description = text(item, "description", here);
                measure.startText = text(item, "start", here);
                measure.deadlineText = text(item, "deadline", here);
                measure.status = text(item, "status", here, true);
                measure.progress = whole(item, "progress", here).value_or(0);
                measure.priority = text(item, "priority", here);
                measure.costNok = number(item, "costNok", here);
                measure.fundingSource = text(item, "fundingSource", here);
                measure.originUuid = text(item, "originUuid", here);
                measure.originMunicipality = text(item, "originMunicipality", here);
                measure.originPlan = text(item, "originPlan", here);
                entry.focusArea = text(item, "focusArea", here);
                entry.owner = text(item, "owner", here);
                entry.ownerUnit = text(item, "ownerUnit", here);
                entry.indicator = text(item, "indicator", here);
                validate(measure, here);
                objects(array(item, "progressUpdates", here),
                        here + QStringList {QStringLiteral("progressUpdates")},
                        [&](const QJsonObject& update, const QStringList& at) {
                            ProgressUpdate value;
                            value.date = date(update, "date", at, true);
                            value.status = text(update, "status", at, true);
                            value.progress = whole(update, "progress", at).value_or(0);
                            value.comment = text(update, "comment", at);
                            value.commentPublic = update.value(QStringLiteral("commentPublic")).toBool(false);
                            if (value.date.isValid())
                                validate(value, at);
                            entry.updates << value;
                        });
                data.measures << entry;
            });
    objects(array(object, "indicators", path),
            path + QStringList {QStringLiteral("indicators")},
            [&](const QJsonObject& item, const QStringList& here) {
                PlanFile::IndicatorData entry;
                Indicator& indicator = entry.indicator;
                indicator.uuid = uuid(item, here, &indicatorUuids);
                indicator.name = text(item, "name", here, true);
                indicator.unit = text(item, "unit", here);
                indicator.direction = text(item, "direction", here, true);
                indicator.baselineYear = whole(item, "baselineYear", here);
                indicator.baselineValue = number(item, "baselineValue", here);
                indicator.targetYear = whole(item, "targetYear", here);
                indicator.targetValue = number(item, "targetValue", here);
                indicator.source = text(item, "source", here);
                indicator.position = whole(item, "position", here).value_or(int(data.indicators.size()));
                validate(indicator, here);
                objects(array(item, "values", here),
                        here + QStringList {QStringLiteral("values")},
                        [&](const QJsonObject& value, const QStringList& at) {
                            IndicatorValue year;
                            year.year = whole(value, "year", at).value_or(0);
                            const std::optional<double> measured = number(value, "value", at);
                            if (year.year <= 0 || !measured)
                                problem(at, tr("needs a year and a value."));
                            year.value = measured.value_or(0);
                            entry.values << year;
                        });
                data.indicators << entry;
            });
    return data;
}

} // namespace

QPair<int, int> PlanFile::lineAndColumn(const QByteArray& bytes, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes[i]) & 0xc0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return {line, column};
}

std::optional<QVector<PlanFile::PlanData>> PlanFile::read(const QByteArray& json, QVector<ImportProblem>* problems)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        if (problems)
            problems->append({line, column, tr("The file is not valid JSON: %1.").arg(parseError.errorString())});
        return std::nullopt;
    }
    Reader reader(problems);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName()) {
        reader.problem({}, tr("This is not an action-plan file (its “format” is not “%1”).").arg(formatName()));
        return std::nullopt;
    }
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > Version) {
        reader.problem({QStringLiteral("version")},
                       version > Version ? tr("The file is of version %1, written by a newer version of Action Plans; "
                                              "this version reads version %2. Update the app to import it.")
                                               .arg(version)
                                               .arg(Version)
                                         : tr("“%1” is not a version of the format.")
                                               .arg(root.value(QStringLiteral("version")).toVariant().toString()));
        return std::nullopt;
    }
    QVector<PlanData> plans;
    reader.objects(reader.array(root, "plans", {}),
                   {QStringLiteral("plans")},
                   [&](const QJsonObject& object, const QStringList& path) { plans << reader.plan(object, path); });
    if (reader.failed())
        return std::nullopt;
    return plans;
}

std::optional<QVector<PlanFile::PlanData>>
PlanFile::readFile(const QString& path, QVector<ImportProblem>* problems, qint64 maxBytes)
{
    QFile file(path);
    const auto refuse = [problems](const QString& message) {
        if (problems)
            problems->append({0, 0, message});
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("The file cannot be read: %1").arg(file.errorString()));
    if (file.size() > maxBytes)
        return refuse(tr("The file is %1; files of more than %2 are not imported.")
                          .arg(QLocale().formattedDataSize(file.size()), QLocale().formattedDataSize(maxBytes)));
    return read(file.readAll(), problems);
}
