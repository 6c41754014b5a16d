#include "planfile.h"

#include "database.h"
#include "deadline.h"
#include "entitycommands.h"
#include "plancommands.h"
#include "records.h"
#include "stores.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace {

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalInt(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// Leaves out what has no value, so that the file says only what is known.
void putIfSet(QJsonObject& object, const QString& key, const QJsonValue& value)
{
    if (!value.isNull() && !value.isUndefined())
        object.insert(key, value);
}

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
                validate(measure, here);
                objects(array(item, "progressUpdates", here),
                        here + QStringList {QStringLiteral("progressUpdates")},
                        [&](const QJsonObject& update, const QStringList& at) {
                            ProgressUpdate value;
                            value.date = date(update, "date", at, true);
                            value.status = text(update, "status", at, true);
                            value.progress = whole(update, "progress", at).value_or(0);
                            value.comment = text(update, "comment", at);
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

// Writes through undo commands, so that the import can be undone as one step; each command runs at once.
class Writer
{
public:
    Writer(Stores& stores, ImportPlanFileCommand* undo)
        : m_stores(stores)
        , m_undo(undo)
        , m_error(undo ? undo->errorSink() : std::make_shared<QString>())
    {
        m_error->clear();
    }

    QString error() const { return *m_error; }

    template <class T> std::optional<qint64> add(EntityStore<T>& store, const T& value)
    {
        auto* command = new AddCommand<T>(m_stores, store, value, QString(), handler(), m_undo);
        command->redo();
        const qint64 id = command->valueId();
        if (!m_undo)
            delete command;
        if (!m_error->isEmpty() || id <= 0)
            return std::nullopt;
        return id;
    }

    template <class T> bool edit(EntityStore<T>& store, const T& before, const T& after)
    {
        auto* command = new EditCommand<T>(m_stores, store, before, after, QString(), handler(), m_undo);
        command->redo();
        if (!m_undo)
            delete command;
        return m_error->isEmpty();
    }

    // Adds or updates; returns the id, and whether anything was written, in *wrote (added or changed).
    template <class T>
    std::optional<qint64>
    put(EntityStore<T>& store, const std::optional<T>& existing, T value, bool* added, bool* changed)
    {
        if (!existing) {
            *added = true;
            return add(store, value);
        }
        value.id = existing->id;
        if (Records::fields(value) == Records::fields(*existing))
            return existing->id;
        *changed = true;
        if (!edit(store, *existing, value))
            return std::nullopt;
        return existing->id;
    }

private:
    // Outlives the import: the child commands report through it when they are undone and redone later.
    ErrorHandler handler()
    {
        return [error = m_error](const QString& message) {
            if (error->isEmpty())
                *error = message;
        };
    }

    Stores& m_stores;
    ImportPlanFileCommand* m_undo;
    std::shared_ptr<QString> m_error;
};

template <class T> std::optional<T> byUuid(EntityStore<T>& store, const QString& uuid)
{
    const QVector<T> found = store.list(QStringLiteral("uuid"), uuid);
    return found.isEmpty() ? std::nullopt : std::optional<T>(found.first());
}

bool sameUpdate(const ProgressUpdate& a, const ProgressUpdate& b)
{
    return a.date == b.date && a.status == b.status && a.progress == b.progress && a.comment == b.comment;
}

} // namespace

QString PlanFile::Summary::text() const
{
    return tr("Plans: %1 added, %2 changed, %3 unchanged. Measures: %4 added, %5 changed, %6 unchanged. Indicators: "
              "%7 added, %8 changed, %9 unchanged.")
        .arg(plansAdded)
        .arg(plansChanged)
        .arg(plansUnchanged)
        .arg(measuresAdded)
        .arg(measuresChanged)
        .arg(measuresUnchanged)
        .arg(indicatorsAdded)
        .arg(indicatorsChanged)
        .arg(indicatorsUnchanged);
}

std::optional<PlanFile::Summary> PlanFile::preview(Stores& stores, const QVector<PlanData>& plans, QString* error)
{
    WriteTransaction rehearsal(stores.db); // never committed: its destructor rolls every write back
    if (!rehearsal.isActive()) {
        if (error)
            *error = stores.db.errorString();
        return std::nullopt;
    }
    Summary summary;
    if (!apply(stores, plans, &summary, nullptr, error))
        return std::nullopt;
    return summary;
}

bool PlanFile::isPlanFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

std::optional<QByteArray> PlanFile::write(Stores& stores, const QVector<qint64>& planIds, QString* error)
{
    QJsonArray plans;
    for (qint64 planId : planIds) {
        const std::optional<Plan> plan = stores.plans.get(planId);
        if (!plan) {
            if (error)
                *error = tr("There is no plan with id %1.").arg(planId);
            return std::nullopt;
        }
        const Municipality municipality = stores.municipalities.get(plan->municipalityId).value_or(Municipality());
        QJsonObject object {{QStringLiteral("uuid"), plan->uuid},
                            {QStringLiteral("title"), plan->title},
                            {QStringLiteral("kind"), plan->kind},
                            {QStringLiteral("status"), plan->status},
                            {QStringLiteral("councilCase"), plan->councilCase},
                            {QStringLiteral("description"), plan->description},
                            {QStringLiteral("isSample"), plan->isSample},
                            {QStringLiteral("municipality"),
                             QJsonObject {{QStringLiteral("number"), municipality.number},
                                          {QStringLiteral("name"), municipality.name}}}};
        putIfSet(
            object, QStringLiteral("periodFrom"), plan->periodFrom > 0 ? QJsonValue(plan->periodFrom) : QJsonValue());
        putIfSet(object, QStringLiteral("periodTo"), plan->periodTo > 0 ? QJsonValue(plan->periodTo) : QJsonValue());
        putIfSet(object,
                 QStringLiteral("adoptedOn"),
                 plan->adoptedOn.isValid() ? QJsonValue(plan->adoptedOn.toString(Qt::ISODate)) : QJsonValue());

        QVector<FocusArea> areas
            = stores.focusAreas.list(QStringLiteral("plan_id"), planId, QStringLiteral("position, id"));
        QJsonArray areaList;
        for (const FocusArea& area : areas)
            areaList << QJsonObject {{QStringLiteral("name"), area.name}, {QStringLiteral("position"), area.position}};
        object.insert(QStringLiteral("focusAreas"), areaList);

        QVector<MeasureListing> measures = stores.measures.listings(planId);
        MeasureStore::sortInPlanOrder(measures);
        QSet<qint64> ownerIds;
        QJsonArray measureList;
        for (const MeasureListing& listing : measures) {
            const Measure& measure = listing.measure;
            if (measure.ownerId > 0)
                ownerIds.insert(measure.ownerId);
            QJsonObject item {{QStringLiteral("uuid"), measure.uuid},
                              {QStringLiteral("code"), measure.code},
                              {QStringLiteral("title"), measure.title},
                              {QStringLiteral("description"), measure.description},
                              {QStringLiteral("start"), measure.startText},
                              {QStringLiteral("deadline"), measure.deadlineText},
                              {QStringLiteral("status"), measure.status},
                              {QStringLiteral("progress"), measure.progress},
                              {QStringLiteral("priority"), measure.priority},
                              {QStringLiteral("fundingSource"), measure.fundingSource}};
            putIfSet(item,
                     QStringLiteral("focusArea"),
                     listing.focusArea.isEmpty() ? QJsonValue() : QJsonValue(listing.focusArea));
            putIfSet(item, QStringLiteral("owner"), listing.owner.isEmpty() ? QJsonValue() : QJsonValue(listing.owner));
            putIfSet(item, QStringLiteral("costNok"), optionalNumber(measure.costNok));
            putIfSet(item,
                     QStringLiteral("originUuid"),
                     measure.originUuid.isEmpty() ? QJsonValue() : QJsonValue(measure.originUuid));
            putIfSet(item,
                     QStringLiteral("originMunicipality"),
                     measure.originMunicipality.isEmpty() ? QJsonValue() : QJsonValue(measure.originMunicipality));
            putIfSet(item,
                     QStringLiteral("originPlan"),
                     measure.originPlan.isEmpty() ? QJsonValue() : QJsonValue(measure.originPlan));
            QJsonArray updates;
            for (const ProgressUpdate& update :
                 stores.progressUpdates.list(QStringLiteral("measure_id"), measure.id, QStringLiteral("date, id")))
                updates << QJsonObject {{QStringLiteral("date"), update.date.toString(Qt::ISODate)},
                                        {QStringLiteral("status"), update.status},
                                        {QStringLiteral("progress"), update.progress},
                                        {QStringLiteral("comment"), update.comment}};
            item.insert(QStringLiteral("progressUpdates"), updates);
            measureList << item;
        }
        object.insert(QStringLiteral("measures"), measureList);

        QVector<Owner> owners;
        for (qint64 id : ownerIds) {
            if (const std::optional<Owner> owner = stores.owners.get(id))
                owners << *owner;
        }
        std::sort(owners.begin(), owners.end(), [](const Owner& a, const Owner& b) { return a.name < b.name; });
        QJsonArray ownerList;
        for (const Owner& owner : owners)
            ownerList << QJsonObject {{QStringLiteral("name"), owner.name},
                                      {QStringLiteral("unit"), owner.unit},
                                      {QStringLiteral("email"), owner.email}};
        object.insert(QStringLiteral("owners"), ownerList);

        QJsonArray indicatorList;
        for (const Indicator& indicator :
             stores.indicators.list(QStringLiteral("plan_id"), planId, QStringLiteral("position, id"))) {
            QJsonObject item {{QStringLiteral("uuid"), indicator.uuid},
                              {QStringLiteral("name"), indicator.name},
                              {QStringLiteral("unit"), indicator.unit},
                              {QStringLiteral("direction"), indicator.direction},
                              {QStringLiteral("source"), indicator.source},
                              {QStringLiteral("position"), indicator.position}};
            putIfSet(item, QStringLiteral("baselineYear"), optionalInt(indicator.baselineYear));
            putIfSet(item, QStringLiteral("baselineValue"), optionalNumber(indicator.baselineValue));
            putIfSet(item, QStringLiteral("targetYear"), optionalInt(indicator.targetYear));
            putIfSet(item, QStringLiteral("targetValue"), optionalNumber(indicator.targetValue));
            QJsonArray values;
            for (const IndicatorValue& value :
                 stores.indicatorValues.list(QStringLiteral("indicator_id"), indicator.id, QStringLiteral("year")))
                values << QJsonObject {{QStringLiteral("year"), value.year}, {QStringLiteral("value"), value.value}};
            item.insert(QStringLiteral("values"), values);
            indicatorList << item;
        }
        object.insert(QStringLiteral("indicators"), indicatorList);
        plans << object;
    }
    const QJsonObject root {{QStringLiteral("format"), formatName()},
                            {QStringLiteral("version"), Version},
                            {QStringLiteral("plans"), plans}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

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

bool PlanFile::apply(
    Stores& stores, const QVector<PlanData>& plans, Summary* summary, ImportPlanFileCommand* undo, QString* error)
{
    Summary counts;
    Writer writer(stores, undo);
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message.isEmpty() ? writer.error() : message;
        return false;
    };
    WriteTransaction transaction(stores.db);
    if (!transaction.isActive())
        return fail(stores.db.errorString());
    for (const PlanData& data : plans) {
        const std::optional<Municipality> municipality = stores.municipalities.byNumber(data.municipalityNumber);
        if (!municipality)
            return fail(tr("The plan “%1” belongs to municipality number %2, which this file does not have.")
                            .arg(data.plan.title, data.municipalityNumber));
        Plan plan = data.plan;
        plan.municipalityId = municipality->id;
        bool added = false;
        bool changed = false;
        const std::optional<qint64> planId
            = writer.put(stores.plans, byUuid(stores.plans, plan.uuid), plan, &added, &changed);
        if (!planId)
            return fail({});
        counts.plansAdded += added ? 1 : 0;
        counts.plansChanged += changed ? 1 : 0;
        counts.plansUnchanged += added || changed ? 0 : 1;
        const qsizetype outcome = counts.plans.size();
        const int editsBefore
            = counts.measuresAdded + counts.measuresChanged + counts.indicatorsAdded + counts.indicatorsChanged;
        counts.plans << Summary::PlanOutcome {plan.title,
                                              municipality->name,
                                              added         ? Summary::Outcome::Added
                                                  : changed ? Summary::Outcome::Changed
                                                            : Summary::Outcome::Unchanged};

        QHash<QString, FocusArea> areas;
        for (const FocusArea& area : stores.focusAreas.list(QStringLiteral("plan_id"), *planId))
            areas.insert(area.name.toCaseFolded(), area);
        const auto areaId = [&](const QString& name, int position) -> std::optional<qint64> {
            if (name.isEmpty())
                return 0;
            const auto found = areas.constFind(name.toCaseFolded());
            if (found != areas.cend()) {
                if (position < 0 || found->position == position)
                    return found->id;
                FocusArea moved = *found;
                moved.position = position;
                if (!writer.edit(stores.focusAreas, *found, moved))
                    return std::nullopt;
                areas.insert(name.toCaseFolded(), moved);
                return moved.id;
            }
            FocusArea area {0, *planId, name, position < 0 ? int(areas.size()) : position};
            const std::optional<qint64> id = writer.add(stores.focusAreas, area);
            if (id) {
                area.id = *id;
                areas.insert(name.toCaseFolded(), area);
            }
            return id;
        };
        for (const FocusArea& area : data.focusAreas) {
            if (!areaId(area.name, area.position))
                return fail({});
        }
        QHash<QString, qint64> owners;
        for (const Owner& owner : stores.owners.list(QStringLiteral("municipality_id"), municipality->id))
            owners.insert(owner.name.toCaseFolded(), owner.id);
        const auto ownerId = [&](const QString& name) -> std::optional<qint64> {
            if (name.isEmpty())
                return 0;
            if (const qint64 id = owners.value(name.toCaseFolded()); id > 0)
                return id;
            Owner owner {0, municipality->id, name, {}, {}};
            for (const Owner& listed : data.owners) {
                if (listed.name.compare(name, Qt::CaseInsensitive) == 0)
                    owner = {0, municipality->id, listed.name, listed.unit, listed.email};
            }
            const std::optional<qint64> id = writer.add(stores.owners, owner);
            if (id)
                owners.insert(name.toCaseFolded(), *id);
            return id;
        };

        for (const MeasureData& entry : data.measures) {
            Measure measure = entry.measure;
            measure.planId = *planId;
            const std::optional<qint64> area = areaId(entry.focusArea, -1);
            const std::optional<qint64> owner = ownerId(entry.owner);
            if (!area || !owner)
                return fail({});
            measure.focusAreaId = *area;
            measure.ownerId = *owner;
            bool measureAdded = false;
            bool measureChanged = false;
            const std::optional<Measure> existing = byUuid(stores.measures, measure.uuid);
            // Plan files do not carry joint projects (they belong to a network in this file): keep the link.
            if (existing)
                measure.jointProjectId = existing->jointProjectId;
            const std::optional<qint64> measureId
                = writer.put(stores.measures, existing, measure, &measureAdded, &measureChanged);
            if (!measureId)
                return fail({});
            const QVector<ProgressUpdate> known = stores.progressUpdates.list(QStringLiteral("measure_id"), *measureId);
            for (ProgressUpdate update : entry.updates) {
                update.measureId = *measureId;
                if (std::any_of(
                        known.begin(), known.end(), [&](const ProgressUpdate& k) { return sameUpdate(k, update); }))
                    continue;
                if (!writer.add(stores.progressUpdates, update))
                    return fail({});
                measureChanged = measureChanged || !measureAdded;
            }
            counts.measuresAdded += measureAdded ? 1 : 0;
            counts.measuresChanged += measureChanged ? 1 : 0;
            counts.measuresUnchanged += measureAdded || measureChanged ? 0 : 1;
        }

        for (const IndicatorData& entry : data.indicators) {
            Indicator indicator = entry.indicator;
            indicator.planId = *planId;
            bool indicatorAdded = false;
            bool indicatorChanged = false;
            const std::optional<qint64> indicatorId = writer.put(stores.indicators,
                                                                 byUuid(stores.indicators, indicator.uuid),
                                                                 indicator,
                                                                 &indicatorAdded,
                                                                 &indicatorChanged);
            if (!indicatorId)
                return fail({});
            QHash<int, IndicatorValue> years;
            for (const IndicatorValue& value :
                 stores.indicatorValues.list(QStringLiteral("indicator_id"), *indicatorId))
                years.insert(value.year, value);
            for (IndicatorValue value : entry.values) {
                value.indicatorId = *indicatorId;
                const auto found = years.constFind(value.year);
                bool valueAdded = false;
                bool valueChanged = false;
                if (!writer.put(stores.indicatorValues,
                                found == years.cend() ? std::nullopt : std::optional<IndicatorValue>(*found),
                                value,
                                &valueAdded,
                                &valueChanged))
                    return fail({});
                indicatorChanged = indicatorChanged || (!indicatorAdded && (valueAdded || valueChanged));
            }
            counts.indicatorsAdded += indicatorAdded ? 1 : 0;
            counts.indicatorsChanged += indicatorChanged ? 1 : 0;
            counts.indicatorsUnchanged += indicatorAdded || indicatorChanged ? 0 : 1;
        }
        // A plan whose measures or indicators change is changed, even where its own fields are not.
        Summary::PlanOutcome& planOutcome = counts.plans[outcome];
        if (planOutcome.outcome == Summary::Outcome::Unchanged
            && counts.measuresAdded + counts.measuresChanged + counts.indicatorsAdded + counts.indicatorsChanged
                > editsBefore)
            planOutcome.outcome = Summary::Outcome::Changed;
    }
    if (!transaction.commit())
        return fail(stores.db.errorString());
    if (summary)
        *summary = counts;
    return true;
}
