#include "reportformat.h"

#include "councilreport.h"
#include "language.h"

#include <QFileInfo>

QStringList ReportFormat::names()
{
    return {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("odt")};
}

std::optional<ReportFormat::Format> ReportFormat::forName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("pdf"))
        return Format::Pdf;
    if (key == QLatin1String("html") || key == QLatin1String("htm"))
        return Format::Html;
    if (key == QLatin1String("odt"))
        return Format::Odt;
    return std::nullopt;
}

ReportFormat::Format ReportFormat::forPath(const QString& path)
{
    return forName(QFileInfo(path).suffix()).value_or(Format::Pdf);
}

namespace {

bool writePdf(const ReportData& data, const ReportOptions& options, const QString& path, QString* error)
{
    return PagedDocument::writePdf(
        path,
        data.plan.title,
        options.language,
        options.pdfA,
        [&](QPagedPaintDevice* device, QString* printError) {
            CouncilReport report(data, options);
            return report.print(device, printError);
        },
        error);
}

bool writeReflowed(PagedDocument::Reflowed form,
                   const ReportData& data,
                   const ReportOptions& options,
                   const QString& path,
                   QString* error)
{
    const CouncilReport report(data, options);
    const ScopedLanguage language(options.language);
    return PagedDocument::writeReflowed(
        form, path, report.build(), {data.plan.title, options.language, report.header(), report.footer()}, error);
}

} // namespace

bool ReportFormat::write(
    Format format, const ReportData& data, const ReportOptions& options, const QString& path, QString* error)
{
    switch (format) {
    case Format::Html:
        return writeReflowed(PagedDocument::Reflowed::WebPage, data, options, path, error);
    case Format::Odt:
        return writeReflowed(PagedDocument::Reflowed::OpenDocument, data, options, path, error);
    case Format::Pdf:
        break;
    }
    return writePdf(data, options, path, error);
}
