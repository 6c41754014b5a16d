#include "nationaldata.h"

#include "database.h"
#include "deadline.h"
#include "nationalwords.h"
#include "stores.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace {

using namespace NationalWords;

constexpr int KindCount = int(sizeof Kinds / sizeof Kinds[0]);

struct Generator
{
    Stores& stores;
    const NationalData::Options& options;
    QRandomGenerator random;
    NationalData::Counts counts;
    QString* error;

    int between(int low, int high) { return low + int(random.bounded(high - low + 1)); }
    bool chance(int percent) { return int(random.bounded(100)) < percent; }
    template <std::size_t N> QString pick(const char* const (&words)[N])
    {
        return QString::fromUtf8(words[random.bounded(int(N))]);
    }

    // A version-4 UUID from the seed, so that the same options give the same file.
    QString uuid()
    {
        QUuid id;
        id.data1 = random.generate();
        id.data2 = ushort(random.generate());
        id.data3 = ushort((random.generate() & 0x0fff) | 0x4000);
        const quint64 rest = random.generate64();
        for (int i = 0; i < 8; ++i)
            id.data4[i] = uchar(rest >> (8 * i));
        id.data4[0] = uchar((id.data4[0] & 0x3f) | 0x80);
        return id.toString(QUuid::WithoutBraces);
    }

    bool fail(const QString& message)
    {
        if (error)
            *error = message;
        return false;
    }

    QString title()
    {
        QString text = pick(Actions) + QLatin1Char(' ') + pick(Objects) + pick(Qualifiers);
        if (chance(30))
            text += QStringLiteral(" (") + pick(Units).toLower() + QLatin1Char(')');
        return text;
    }

    QString description()
    {
        QStringList sentences;
        const int count = between(2, 6);
        for (int i = 0; i < count; ++i)
            sentences << pick(Sentences);
        return sentences.join(QLatin1Char(' '));
    }

    // The granularities plans use, most often quarters and years.
    QString deadline(const QDate& from, int periodTo)
    {
        const QDate day = qMin(from.addDays(between(60, 4 * 365)), QDate(periodTo, 12, 31));
        switch (random.bounded(10)) {
        case 0:
            return day.toString(QStringLiteral("dd.MM.yyyy"));
        case 1:
            return QStringLiteral("%1 %2").arg(QString::fromUtf8(MonthNames[day.month() - 1])).arg(day.year());
        case 2:
        case 3:
        case 4:
            return QStringLiteral("Q%1 %2").arg((day.month() - 1) / 3 + 1).arg(day.year());
        case 5:
            return QStringLiteral("%1. tertial %2").arg((day.month() - 1) / 4 + 1).arg(day.year());
        case 6:
            return QStringLiteral("%1. halvår %2").arg((day.month() - 1) / 6 + 1).arg(day.year());
        case 7:
            return QStringLiteral("løpende");
        default:
            return QString::number(day.year());
        }
    }

    bool addOwners(qint64 municipalityId, const QString& municipality, QVector<qint64>* owners)
    {
        QString domain = municipality.toLower();
        domain.replace(QStringLiteral("æ"), QStringLiteral("ae"))
            .replace(QStringLiteral("ø"), QStringLiteral("o"))
            .replace(QStringLiteral("å"), QStringLiteral("a"));
        domain = domain.normalized(QString::NormalizationForm_D).remove(QRegularExpression(QStringLiteral("[^a-z]")));
        const int count = between(6, 12);
        QSet<QString> names; // one person is one owner: the same name twice would be two people nobody tells apart
        for (int i = 0; i < count; ++i) {
            Owner owner;
            owner.municipalityId = municipalityId;
            QString first;
            QString last;
            do {
                first = pick(FirstNames);
                last = pick(LastNames);
            } while (names.contains(first + QLatin1Char(' ') + last));
            owner.name = first + QLatin1Char(' ') + last;
            names.insert(owner.name);
            owner.unit = pick(Units);
            owner.email = QStringLiteral("%1.%2@%3.kommune.no").arg(first.toLower(), last.toLower(), domain);
            const std::optional<qint64> id = stores.owners.add(owner);
            if (!id)
                return fail(stores.owners.errorString());
            *owners << *id;
        }
        return true;
    }

    bool addHistory(const Measure& measure, qint64 measureId, const QDate& start)
    {
        if (measure.status == QLatin1String("planned"))
            return true;
        const int count = options.updates > 0 ? between(1, 2 * options.updates) : 0;
        QDate date = qMax(start, options.today.addYears(-3));
        const int step = qMax(7, int(date.daysTo(options.today)) / qMax(1, count));
        for (int i = 0; i < count; ++i) {
            const bool last = i == count - 1;
            ProgressUpdate update;
            update.measureId = measureId;
            update.date = date;
            update.progress = last ? measure.progress : measure.progress * (i + 1) / count / 5 * 5;
            update.status = last ? measure.status : QStringLiteral("in_progress");
            update.comment = pick(Comments);
            if (!stores.progressUpdates.add(update))
                return fail(stores.progressUpdates.errorString());
            ++counts.updates;
            date = qMin(options.today, date.addDays(between(step / 2, step)));
        }
        return true;
    }

    bool addMeasures(qint64 planId,
                     const QVector<qint64>& areas,
                     const QVector<qint64>& owners,
                     int measureCount,
                     int periodFrom,
                     int periodTo)
    {
        static const char* const statuses[] = {"planned",
                                               "not_started",
                                               "in_progress",
                                               "in_progress",
                                               "in_progress",
                                               "delayed",
                                               "blocked",
                                               "done",
                                               "done",
                                               "cancelled"};
        static const char* const priorities[] = {"", "high", "medium", "low"};
        QVector<int> numbers(areas.size(), 0); // the measures of each focus area so far: codes 1.1, 1.2, …, 2.1
        for (int i = 0; i < measureCount; ++i) {
            Measure measure;
            measure.uuid = uuid();
            measure.planId = planId;
            const int area = i * int(areas.size()) / measureCount;
            measure.focusAreaId = areas.at(area);
            measure.code = QStringLiteral("%1.%2").arg(area + 1).arg(++numbers[area]);
            measure.title = title();
            measure.description = chance(85) ? description() : QString();
            measure.ownerId = owners.isEmpty() || chance(8) ? 0 : owners.at(random.bounded(int(owners.size())));
            const QDate start(qMin(periodFrom + between(0, 2), periodTo), between(1, 12), 1);
            measure.startText = chance(60) ? QStringLiteral("%1").arg(start.year()) : QString();
            measure.deadlineText = chance(5) ? QString() : deadline(start, periodTo);
            if (!Deadline::parse(measure.deadlineText))
                return fail(NationalData::tr("The generated deadline “%1” is not one.").arg(measure.deadlineText));
            measure.status = QString::fromLatin1(statuses[random.bounded(10)]);
            measure.progress = measure.status == QLatin1String("done") ? 100
                : measure.status == QLatin1String("planned") || measure.status == QLatin1String("not_started")
                ? 0
                : between(1, 19) * 5;
            measure.priority = QString::fromLatin1(priorities[random.bounded(4)]);
            if (chance(50))
                measure.costNok = between(1, 400) * 5000.0;
            measure.fundingSource = chance(20) ? QStringLiteral("Klimasats") : QString();
            const std::optional<qint64> id = stores.measures.add(measure);
            if (!id)
                return fail(stores.measures.errorString());
            ++counts.measures;
            if (!addHistory(measure, *id, start))
                return false;
        }
        return true;
    }

    bool addIndicators(qint64 planId, const KindTexts& kind, int periodFrom)
    {
        const int count = between(3, 6);
        for (int i = 0; i < count; ++i) {
            Indicator indicator;
            indicator.uuid = uuid();
            indicator.planId = planId;
            indicator.name = QString::fromUtf8(kind.indicators[i]);
            indicator.unit = QString::fromUtf8(kind.units[i]);
            indicator.direction = indicator.name.startsWith(QStringLiteral("Restavfall"))
                    || indicator.name.startsWith(QStringLiteral("Klimagass"))
                    || indicator.name.startsWith(QStringLiteral("Engangsplast"))
                    || indicator.name.startsWith(QStringLiteral("Energibruk"))
                    || indicator.name.startsWith(QStringLiteral("Strandsøppel"))
                ? QStringLiteral("lower")
                : QStringLiteral("higher");
            const bool lower = indicator.direction == QLatin1String("lower");
            const double baseline = between(10, 60);
            indicator.baselineYear = periodFrom - between(1, 3);
            indicator.baselineValue = baseline;
            indicator.targetYear = periodFrom + 4;
            indicator.targetValue = lower ? baseline * 0.6 : qMin(100.0, baseline * 1.8);
            indicator.source = chance(50) ? QStringLiteral("SSB") : QStringLiteral("Egen registrering");
            indicator.position = i;
            const std::optional<qint64> id = stores.indicators.add(indicator);
            if (!id)
                return fail(stores.indicators.errorString());
            ++counts.indicators;
            double value = baseline;
            for (int year = *indicator.baselineYear; year < options.today.year(); ++year) {
                if (!stores.indicatorValues.add({0, *id, year, value}))
                    return fail(stores.indicatorValues.errorString());
                ++counts.indicatorValues;
                value = qMax(0.0, value * (lower ? 0.9 : 1.1) + between(-2, 2));
            }
        }
        return true;
    }

    std::optional<qint64> addPlan(const Municipality& municipality,
                                  const KindTexts& kind,
                                  bool main,
                                  int measureCount,
                                  const QVector<qint64>& owners)
    {
        Plan plan;
        plan.uuid = uuid();
        plan.municipalityId = municipality.id;
        plan.kind = QString::fromLatin1(kind.kind);
        plan.periodFrom = options.today.year() - between(0, 3);
        plan.periodTo = plan.periodFrom + between(3, 4);
        plan.title
            = QStringLiteral("%1 %2–%3").arg(QString::fromUtf8(kind.title)).arg(plan.periodFrom).arg(plan.periodTo);
        plan.status = main ? QStringLiteral("adopted")
                           : (chance(50) ? QStringLiteral("draft") : QStringLiteral("consultation"));
        if (main) {
            plan.adoptedOn = QDate(plan.periodFrom, between(1, 12), between(1, 28));
            plan.councilCase = QStringLiteral("PS %1/%2").arg(plan.periodFrom % 100).arg(between(1, 150));
        }
        plan.description = description();
        plan.isSample = true;
        const std::optional<qint64> planId = stores.plans.add(plan);
        if (!planId) {
            fail(stores.plans.errorString());
            return std::nullopt;
        }
        ++counts.plans;
        QVector<qint64> areas;
        const int areaCount = between(4, 6);
        for (int i = 0; i < areaCount; ++i) {
            const std::optional<qint64> area = stores.focusAreas.add({0, *planId, QString::fromUtf8(kind.areas[i]), i});
            if (!area) {
                fail(stores.focusAreas.errorString());
                return std::nullopt;
            }
            areas << *area;
        }
        if (!addMeasures(*planId, areas, owners, measureCount, plan.periodFrom, plan.periodTo)
            || !addIndicators(*planId, kind, plan.periodFrom))
            return std::nullopt;
        return planId;
    }

    // The networks of the seed texts, each with about a fifth of the municipalities, so that the navigator and the
    // network view have national-scale networks to show.
    bool addNetworks(const QVector<Municipality>& municipalities)
    {
        static const char* const names[]
            = {"Plastsmarte byer og kommuner", "Sirkulært kommunenettverk", "Kommunenettverk for klimaomstilling"};
        int offset = 0;
        for (const char* name : names) {
            Network network;
            network.name = QString::fromUtf8(name);
            network.description = NationalData::tr("Generated for trying the app at national scale.");
            network.isSample = true;
            const std::optional<qint64> id = stores.networks.add(network);
            if (!id)
                return fail(stores.networks.errorString());
            // Every fifth municipality, from a different one for each network: never an empty network.
            for (int i = offset++; i < int(municipalities.size()); i += 5) {
                if (!stores.networks.addMember(*id, municipalities.at(i).id))
                    return fail(stores.networks.errorString());
            }
        }
        return true;
    }

    bool addMunicipality(const Municipality& municipality)
    {
        QVector<qint64> owners;
        if (!addOwners(municipality.id, municipality.name, &owners))
            return false;
        // One plan for most, two or three for some; the measures are shared out, the main plan getting most.
        const int roll = int(random.bounded(10));
        const int planCount = roll < 6 ? 1 : roll < 9 ? 2 : 3;
        const int firstKind = int(random.bounded(KindCount));
        int left = options.measures;
        for (int i = 0; i < planCount; ++i) {
            const bool last = i == planCount - 1;
            const int count = last ? left : left * between(55, 70) / 100;
            left -= count;
            if (!addPlan(municipality, Kinds[(firstKind + i) % KindCount], i == 0, count, owners))
                return false;
        }
        ++counts.municipalities;
        return true;
    }
};

} // namespace

std::optional<NationalData::Counts> NationalData::generate(Stores& stores, const Options& options, QString* error)
{
    if (!stores.plans.list().isEmpty()) {
        if (error)
            *error = tr("The file holds plans already; generated plans are only written to a new file.");
        return std::nullopt;
    }
    Generator generator {stores, options, QRandomGenerator(options.seed), {}, error};
    WriteTransaction transaction(stores.db);
    if (!transaction.isActive()) {
        generator.fail(stores.db.errorString());
        return std::nullopt;
    }
    const QVector<Municipality> municipalities
        = stores.municipalities.list(QString(), QVariant(), QStringLiteral("number"));
    const int count = qMin(int(municipalities.size()), options.municipalities);
    for (int i = 0; i < count; ++i) {
        if (!generator.addMunicipality(municipalities.at(i)))
            return std::nullopt;
    }
    if (!generator.addNetworks(municipalities.mid(0, count)))
        return std::nullopt;
    if (!transaction.commit()) {
        generator.fail(stores.db.errorString());
        return std::nullopt;
    }
    return generator.counts;
}

std::optional<qint64> NationalData::addPlan(
    Stores& stores, qint64 municipalityId, int measureCount, const Options& options, QString* error, Counts* counts)
{
    const std::optional<Municipality> municipality = stores.municipalities.get(municipalityId);
    if (!municipality) {
        if (error)
            *error = tr("There is no municipality with id %1.").arg(municipalityId);
        return std::nullopt;
    }
    Generator generator {stores, options, QRandomGenerator(options.seed ^ quint32(municipalityId)), {}, error};
    WriteTransaction transaction(stores.db);
    if (!transaction.isActive()) {
        generator.fail(stores.db.errorString());
        return std::nullopt;
    }
    QVector<qint64> owners;
    for (const Owner& owner : stores.owners.list(QStringLiteral("municipality_id"), municipalityId))
        owners << owner.id;
    if (owners.isEmpty() && !generator.addOwners(municipalityId, municipality->name, &owners))
        return std::nullopt;
    const std::optional<qint64> planId = generator.addPlan(*municipality, Kinds[0], false, measureCount, owners);
    if (!planId || !transaction.commit()) {
        if (planId)
            generator.fail(stores.db.errorString());
        return std::nullopt;
    }
    if (counts)
        *counts = generator.counts;
    return planId;
}
