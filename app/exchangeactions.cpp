#include "exchangeactions.h"

#include "importpreviewdialog.h"
#include "importproblemsdialog.h"
#include "lastfolder.h"
#include "measurecommands.h"
#include "measureimport.h"
#include "plancommands.h"
#include "planexchange.h"
#include "planfile.h"
#include "stores.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace {

const QString FolderKey = QStringLiteral("exchange/folder");

} // namespace

ExchangeActions::ExchangeActions(QUndoStack* undoStack, ErrorHandler onError, QWidget* parent)
    : QObject(parent)
    , m_undoStack(undoStack)
    , m_onError(std::move(onError))
    , m_parent(parent)
{
}

bool ExchangeActions::canImport(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("xlsx")
        || PlanFile::isPlanFile(path);
}

void ExchangeActions::importDialog(Stores& stores, qint64 planId)
{
    const QString path = QFileDialog::getOpenFileName(m_parent,
                                                      tr("Import measures into the plan"),
                                                      lastFolder(FolderKey),
                                                      tr("Measures from Excel or plan files (*.xlsx *.csv *.txt "
                                                         "*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(stores, planId, path);
}

bool ExchangeActions::importFile(Stores& stores, qint64 planId, const QString& path)
{
    if (PlanFile::isPlanFile(path))
        return importPlanFile(stores, path);
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan) {
        m_onError(tr("Choose the plan to import the measures into first."));
        return false;
    }
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    const QString name = QFileInfo(path).fileName();
    const MeasureImport::Result result = MeasureImport::readFile(path);
    if (!result.ok()) {
        QStringList problems;
        for (const ImportProblem& problem : result.problems)
            problems << problem.toString(name);
        ImportProblemsDialog(name, problems, result.problemCount, m_parent).exec();
        return false;
    }
    if (result.rows.isEmpty()) {
        m_onError(tr("“%1” has no measures below its header row.").arg(name));
        return false;
    }
    auto* command
        = new AddMeasureRowsCommand(stores,
                                    planId,
                                    result.rows,
                                    tr("Import %n measure(s) from “%1”", nullptr, int(result.rows.size())).arg(name),
                                    m_onError);
    m_undoStack->push(command);
    if (command->isObsolete())
        return false;
    QString text = tr("Imported %n measure(s) from “%1” into “%2”. Undo with Ctrl+Z.", nullptr, int(result.rows.size()))
                       .arg(name, plan->title);
    if (!result.ignoredColumns.isEmpty())
        text += QLatin1Char(' ') + tr("Columns left out: %1.").arg(result.ignoredColumns.join(QStringLiteral(", ")));
    emit message(text);
    return true;
}

bool ExchangeActions::importPlanFile(Stores& stores, const QString& path)
{
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    const QString name = QFileInfo(path).fileName();
    QVector<ImportProblem> problems;
    const std::optional<QVector<PlanFile::PlanData>> plans = PlanFile::readFile(path, &problems);
    if (!plans) {
        QStringList lines;
        for (const ImportProblem& problem : problems)
            lines << (problem.line > 0 ? problem.toString(name) : tr("%1: %2").arg(name, problem.message));
        ImportProblemsDialog(name, lines, int(lines.size()), m_parent).exec();
        return false;
    }
    // First what it would do, for the adviser to confirm; nothing is written before.
    QString error;
    const std::optional<PlanFile::Summary> preview = PlanFile::preview(stores, *plans, &error);
    if (!preview) {
        m_onError(tr("Nothing was imported from “%1”: %2").arg(name, error));
        return false;
    }
    if (ImportPreviewDialog(name, *preview, m_parent).exec() != QDialog::Accepted)
        return false;
    auto command = std::make_unique<ImportPlanFileCommand>(stores, name, m_onError);
    PlanFile::Summary summary;
    if (!PlanFile::apply(stores, *plans, &summary, command.get(), &error)) {
        m_onError(tr("Nothing was imported from “%1”: %2").arg(name, error));
        return false;
    }
    m_undoStack->push(command.release());
    emit message(tr("Imported “%1”. %2 Undo with Ctrl+Z.").arg(name, summary.text()));
    emit plansImported();
    return true;
}

void ExchangeActions::exportDialog(Stores& stores, qint64 planId)
{
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan) {
        m_onError(tr("Choose the plan to export first."));
        return;
    }
    const QVector<PlanExchange::Format> formats = {
        PlanExchange::Format::Xlsx, PlanExchange::Format::Csv, PlanExchange::Format::Ics, PlanExchange::Format::Json};
    QStringList filters;
    for (PlanExchange::Format format : formats)
        filters << PlanExchange::fileFilter(format);
    const QString name = safeFileName(plan->title);
    QString chosenFilter = filters.first();
    QString path = QFileDialog::getSaveFileName(m_parent,
                                                tr("Export the plan's measures"),
                                                QDir(lastFolder(FolderKey)).filePath(name + QStringLiteral(".xlsx")),
                                                filters.join(QStringLiteral(";;")),
                                                &chosenFilter);
    if (path.isEmpty())
        return;
    // The extension decides; without one, the chosen filter does (and the extension is added).
    std::optional<PlanExchange::Format> format = PlanExchange::formatForPath(path);
    if (!format) {
        format = formats.value(int(filters.indexOf(chosenFilter)), PlanExchange::Format::Csv);
        path += QLatin1Char('.') + PlanExchange::extension(*format);
    }
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    QString error;
    QString warning;
    if (!PlanExchange::exportPlan(stores, planId, *format, path, &error, &warning)) {
        m_onError(error);
        return;
    }
    const QString done = tr("Exported “%1” to “%2”.").arg(plan->title, QDir::toNativeSeparators(path));
    emit message(warning.isEmpty() ? done : done + QLatin1Char(' ') + warning);
}
