#include "planexchange.h"

#include "database.h"
#include "measureexport.h"
#include "planfile.h"
#include "savefiles.h"
#include "stores.h"
#include "xlsxexport.h"

#include <QDateTime>
#include <QFileInfo>

QStringList PlanExchange::exportFormatNames()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("ics")};
}

std::optional<PlanExchange::Format> PlanExchange::formatForName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("json"))
        return Format::Json;
    if (key == QLatin1String("csv"))
        return Format::Csv;
    if (key == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (key == QLatin1String("ics"))
        return Format::Ics;
    return std::nullopt;
}

std::optional<PlanExchange::Format> PlanExchange::formatForPath(const QString& path)
{
    return formatForName(QFileInfo(path).suffix());
}

QString PlanExchange::extension(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Ics:
        return QStringLiteral("ics");
    }
    return {};
}

QString PlanExchange::fileFilter(Format format)
{
    switch (format) {
    case Format::Json:
        return tr("Plan file for other municipalities and the network (*.json)");
    case Format::Csv:
        return tr("Measures for Excel (*.csv)");
    case Format::Xlsx:
        return tr("Excel workbook of measures and indicators (*.xlsx)");
    case Format::Ics:
        return tr("Deadlines for Outlook and other calendars (*.ics)");
    }
    return {};
}

bool PlanExchange::exportPlan(
    Stores& stores, qint64 planId, Format format, const QString& path, QString* error, QString* warning)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan)
        return fail(tr("There is no plan with id %1.").arg(planId));
    QVector<MeasureListing> measures = stores.measures.listings(planId);
    if (!stores.measures.errorString().isEmpty())
        return fail(stores.measures.errorString());
    MeasureStore::sortInPlanOrder(measures);
    QByteArray bytes;
    switch (format) {
    case Format::Json: {
        const std::optional<QByteArray> json = PlanFile::write(stores, {planId}, error);
        if (!json)
            return false;
        bytes = *json;
        break;
    }
    case Format::Csv:
        bytes = MeasureExport::toCsv(measures);
        break;
    case Format::Xlsx: {
        int cutTexts = 0;
        const std::optional<QByteArray> workbook = XlsxExport::write(stores, planId, error, &cutTexts);
        if (!workbook)
            return false;
        bytes = *workbook;
        if (cutTexts > 0 && warning)
            *warning = tr("%n text(s) cut at 32,767 characters, the most a spreadsheet cell holds; a plan file (.json) "
                          "keeps every text whole.",
                          nullptr,
                          cutTexts);
        break;
    }
    case Format::Ics:
        bytes = MeasureExport::toICalendar(*plan,
                                           stores.municipalities.get(plan->municipalityId).value_or(Municipality()),
                                           measures,
                                           QDateTime::currentDateTimeUtc());
        break;
    }
    return writeFile(bytes, path, stores.db.filePath(), error);
}

bool PlanExchange::isNotTheDatabase(const QString& path, const QString& databasePath, QString* error)
{
    // A file that does not exist yet has no canonical path; nor has "no database", which must not match it.
    const QString target = QFileInfo(path).canonicalFilePath();
    if (target.isEmpty() || target != QFileInfo(databasePath).canonicalFilePath())
        return true;
    if (error)
        *error = tr("“%1” is the open database; choose another file.").arg(path);
    return false;
}

bool PlanExchange::writeFile(const QByteArray& bytes, const QString& path, const QString& databasePath, QString* error)
{
    return isNotTheDatabase(path, databasePath, error) && SaveFiles::write(path, bytes, error);
}
