#include "reportexport.h"

#include "councilreport.h"
#include "language.h"
#include "lastfolder.h"
#include "plancheckmodel.h"
#include "reportdata.h"
#include "reportformat.h"
#include "reportoptionsdialog.h"
#include "stores.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>

namespace {

// A file name from the plan title: characters that file systems refuse become dashes.
QString suggestedFileName(const QString& title, const QDate& date)
{
    return ReportExport::tr("%1 – status report %2.pdf").arg(safeFileName(title), date.toString(Qt::ISODate));
}

} // namespace

ReportExport::ReportExport(ErrorHandler onError, QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
    , m_onError(std::move(onError))
{
}

std::optional<ReportOptions> ReportExport::askOptions(Stores& stores, qint64 planId, bool forPrinting)
{
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan) {
        m_onError(tr("Choose a plan first."));
        return std::nullopt;
    }
    ReportOptions defaults;
    const std::optional<Municipality> municipality = stores.municipalities.get(plan->municipalityId);
    defaults.language = Language::forWrittenStandard(municipality ? municipality->writtenStandard : QString());
    PlanCheckModel check(stores);
    check.setPlan(planId);
    ReportOptionsDialog dialog(
        plan->title,
        defaults,
        forPrinting ? ReportOptionsDialog::Purpose::Print : ReportOptionsDialog::Purpose::ExportPdf,
        [this, &stores, planId](const ReportOptions& options) { preview(stores, planId, options); },
        &check,
        m_parent);
    qint64 measureToShow = 0;
    int planFindingToShow = -1;
    connect(&dialog, &ReportOptionsDialog::measureRequested, this, [&](qint64 id) { measureToShow = id; });
    connect(&dialog, &ReportOptionsDialog::planFindingRequested, this, [&](int rule) { planFindingToShow = rule; });
    if (dialog.exec() != QDialog::Accepted) {
        // Told once the dialog is gone, so that what shows the finding does not open over it.
        if (measureToShow > 0)
            emit measureRequested(measureToShow);
        else if (planFindingToShow >= 0)
            emit planFindingRequested(planId, planFindingToShow);
        return std::nullopt;
    }
    return dialog.options();
}

std::optional<ReportData> ReportExport::collect(Stores& stores, qint64 planId, const ReportOptions& options)
{
    QString error;
    std::optional<ReportData> data = ReportData::collect(stores, planId, options, &error);
    if (!data)
        m_onError(error);
    return data;
}

void ReportExport::preview(Stores& stores, qint64 planId, const ReportOptions& options)
{
    const std::optional<ReportData> data = collect(stores, planId, options);
    if (!data)
        return;
    QPrinter printer(QPrinter::ScreenResolution); // the resolution the report's charts are recorded at
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Preview of the council report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &data, &options](QPrinter* target) {
        QString error;
        if (!CouncilReport(*data, options).print(target, &error))
            m_onError(error);
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

QString ReportExport::exportPdf(Stores& stores, qint64 planId)
{
    const std::optional<ReportOptions> options = askOptions(stores, planId, false);
    if (!options)
        return {};
    const std::optional<ReportData> data = collect(stores, planId, *options);
    if (!data)
        return {};
    QSettings settings;
    const QString folder = lastFolder(QStringLiteral("reports/folder"));
    // The web page is the report for screen readers and text-to-speech, offered beside the PDF.
    const QString pdfFilter = tr("PDF documents (*.pdf)");
    const QString htmlFilter = tr("Web page for screen readers (*.html)");
    const QString odtFilter = tr("OpenDocument text, to edit in LibreOffice or Word (*.odt)");
    QString filter = pdfFilter;
    QString path
        = QFileDialog::getSaveFileName(m_parent,
                                       tr("Save the council report"),
                                       QDir(folder).filePath(suggestedFileName(data->plan.title, data->reportDate)),
                                       QStringList {pdfFilter, htmlFilter, odtFilter}.join(QLatin1String(";;")),
                                       &filter);
    if (path.isEmpty())
        return {};
    // The chosen kind decides; a name typed without its suffix gets it.
    const auto suffixFor = [&](const QString& chosen) {
        return chosen == htmlFilter ? QStringLiteral("html")
            : chosen == odtFilter   ? QStringLiteral("odt")
                                    : QStringLiteral("pdf");
    };
    if (QFileInfo(path).suffix().toLower() != suffixFor(filter))
        path = QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QLatin1Char('.')
            + suffixFor(filter);
    QString error;
    if (!ReportFormat::write(ReportFormat::forPath(path), *data, *options, path, &error)) {
        m_onError(error);
        return {};
    }
    settings.setValue(QStringLiteral("reports/folder"), QFileInfo(path).absolutePath());
    if (!ReportData::record(stores, *data, *options, &error))
        m_onError(tr("The report was saved, but could not be recorded in the file: %1").arg(error));
    emit exported(path);
    return path;
}

void ReportExport::print(Stores& stores, qint64 planId)
{
    const std::optional<ReportOptions> options = askOptions(stores, planId, true);
    if (!options)
        return;
    const std::optional<ReportData> data = collect(stores, planId, *options);
    if (!data)
        return;
    QPrinter printer(QPrinter::ScreenResolution);
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!CouncilReport(*data, *options).print(&printer, &error))
        m_onError(error);
}
