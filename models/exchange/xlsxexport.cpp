#include "xlsxexport.h"

#include "deadline.h"
#include "measureexport.h"
#include "stores.h"
#include "vocabulary.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace {

constexpr int MaxCellText = 32767; // Excel's limit for one cell

// Text as a cell holds it: cut at Excel's limit, and a literal "_xHHHH_" escaped as "_x005F_xHHHH_" — libxlsxwriter
// writes control characters as _xHHHH_ but leaves text that merely looks like that alone, which Excel (and our
// reader) would then decode.
QString cellText(const QString& text)
{
    static const QRegularExpression looksEscaped(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString cell = text.size() > MaxCellText ? text.left(MaxCellText - 1) + QChar(0x2026) : text;
    if (cell.contains(QLatin1String("_x")))
        cell.replace(looksEscaped, QStringLiteral("_x005F_\\1"));
    return cell;
}

// libxlsxwriter takes UTF-8; the byte array must outlive the call only.
class Utf8
{
public:
    explicit Utf8(const QString& text)
        : m_bytes(cellText(text).toUtf8())
    {
    }
    operator const char*() const { return m_bytes.constData(); }

private:
    QByteArray m_bytes;
};

lxw_datetime excelDate(const QDate& date)
{
    return {date.year(), date.month(), date.day(), 0, 0, 0.0};
}

// One sheet being filled: a header row, then a row at a time.
class Sheet
{
public:
    Sheet(lxw_workbook* workbook,
          const QString& name,
          lxw_format* header,
          const QVector<QPair<QString, double>>& columns)
        : m_sheet(workbook_add_worksheet(workbook, Utf8(name)))
        , m_columns(int(columns.size()))
    {
        for (int column = 0; column < columns.size(); ++column) {
            m_widths << columns[column].second;
            worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), columns[column].second, nullptr);
            worksheet_write_string(m_sheet, 0, lxw_col_t(column), Utf8(columns[column].first), header);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        // Printed: A4 landscape, as wide as the page, the header row on every page.
        worksheet_set_paper(m_sheet, 9);
        worksheet_set_landscape(m_sheet);
        worksheet_fit_to_pages(m_sheet, 1, 0);
        worksheet_repeat_rows(m_sheet, 0, 0);
    }

    void text(int column, const QString& value, lxw_format* format = nullptr)
    {
        if (value.isEmpty())
            return;
        if (value.size() > MaxCellText)
            ++m_cutTexts;
        worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(column), Utf8(value), format);
        if (format && format == m_wrap)
            m_lines = std::max(m_lines, wrappedLines(value, m_widths.value(column)));
    }
    // Wrapped cells need a taller row; neither the library nor every spreadsheet works that out by itself.
    void wrapWith(lxw_format* wrap) { m_wrap = wrap; }
    void number(int column, std::optional<double> value, lxw_format* format = nullptr)
    {
        if (value)
            worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(column), *value, format);
    }
    void date(int column, const QDate& value, lxw_format* format)
    {
        if (!value.isValid())
            return;
        lxw_datetime when = excelDate(value);
        worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(column), &when, format);
    }
    void nextRow()
    {
        if (m_lines > 1)
            worksheet_set_row(m_sheet, lxw_row_t(m_row), 15.0 * std::min(m_lines, 20), nullptr);
        m_lines = 1;
        ++m_row;
    }
    void finish() { worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(std::max(m_row - 1, 0)), lxw_col_t(m_columns - 1)); }

private:
    // About how many lines a text takes in a column of the given width (in characters of the default font).
    static int wrappedLines(const QString& text, double width)
    {
        const int perLine = std::max(1, int(width * 1.1));
        int lines = 0;
        for (const QString& paragraph : text.split(QLatin1Char('\n')))
            lines += std::max(1, int((paragraph.size() + perLine - 1) / perLine));
        return lines;
    }

    lxw_worksheet* m_sheet;
    int m_columns;
    QVector<double> m_widths;
    lxw_format* m_wrap = nullptr;
    int m_row = 1;
    int m_lines = 1;
    int m_cutTexts = 0;

public:
    // Texts longer than a cell holds, written cut (see cellText).
    int cutTexts() const { return m_cutTexts; }
};

// A workbook written into a private folder (libxlsxwriter writes to a file name) and handed back as bytes.
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    Workbook()
        : m_path(m_folder.filePath(QStringLiteral("export.xlsx")))
    {
        if (!m_folder.isValid()) {
            m_error = tr("Cannot make a temporary folder for the workbook: %1").arg(m_folder.errorString());
            return;
        }
        lxw_workbook_options options {};
        options.tmpdir = nullptr;
        m_workbook = workbook_new_opt(QFile::encodeName(m_path).constData(), &options);
        if (!m_workbook) {
            m_error = tr("Cannot start the workbook.");
            return;
        }
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xE4E4E4);
        format_set_text_wrap(m_header);
    }
    ~Workbook()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }

    lxw_workbook* get() const { return m_workbook; }
    lxw_format* header() const { return m_header; }
    // Why the workbook could not be started (empty when it was).
    QString error() const { return m_error; }

    std::optional<QByteArray> finish(QString* error)
    {
        const lxw_error result = workbook_close(m_workbook);
        m_workbook = nullptr;
        QString message;
        QFile file(m_path);
        if (result != LXW_NO_ERROR)
            message = tr("Cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(result)));
        else if (!file.open(QIODevice::ReadOnly))
            message = tr("Cannot read the workbook back: %1").arg(file.errorString());
        else
            return file.readAll();
        if (error)
            *error = message;
        return std::nullopt;
    }

private:
    QTemporaryDir m_folder;
    QString m_path;
    lxw_workbook* m_workbook = nullptr;
    lxw_format* m_header = nullptr;
    QString m_error;
};

} // namespace

std::optional<QByteArray>
XlsxExport::writeTable(const QAbstractItemModel& model, int valueRole, const QString& sheetName, QString* error)
{
    Workbook workbook;
    if (!workbook.error().isEmpty()) {
        if (error)
            *error = workbook.error();
        return std::nullopt;
    }
    lxw_format* date = workbook_add_format(workbook.get());
    format_set_num_format(date, "dd.mm.yyyy");
    lxw_format* number = workbook_add_format(workbook.get());
    format_set_num_format(number, "# ##0.###");
    QVector<QPair<QString, double>> columns;
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString title = model.headerData(column, Qt::Horizontal).toString();
        columns << qMakePair(title, std::clamp(double(title.size()) * 0.8, 10.0, 30.0));
    }
    // Excel refuses sheet names longer than 31 characters or with []:*?/\ in them.
    QString name = sheetName;
    name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("-"));
    Sheet sheet(workbook.get(), name.left(31), workbook.header(), columns);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const QVariant value = index.data(valueRole);
            switch (MeasureExport::cellKind(value)) {
            case MeasureExport::CellKind::Number:
                sheet.number(column, value.toDouble(), number);
                break;
            case MeasureExport::CellKind::Date:
                sheet.date(column, value.toDate(), date);
                break;
            case MeasureExport::CellKind::Text:
                sheet.text(column, index.data().toString());
                break;
            }
        }
        sheet.nextRow();
    }
    sheet.finish();
    return workbook.finish(error);
}

std::optional<QByteArray> XlsxExport::write(Stores& stores, qint64 planId, QString* error, int* cutTexts)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan)
        return fail(tr("There is no plan with id %1.").arg(planId));
    QVector<MeasureListing> measures = stores.measures.listings(planId);
    MeasureStore::sortInPlanOrder(measures);

    Workbook book;
    if (!book.error().isEmpty())
        return fail(book.error());
    lxw_workbook* workbook = book.get();
    lxw_format* header = book.header();
    lxw_format* wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    // Every cell at the top of its row, so that a row made tall by a long description still reads across.
    const auto topFormat = [workbook](const char* numberFormat) {
        lxw_format* format = workbook_add_format(workbook);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        if (numberFormat)
            format_set_num_format(format, numberFormat);
        return format;
    };
    lxw_format* top = topFormat(nullptr);
    lxw_format* date = topFormat("dd.mm.yyyy");
    lxw_format* percent = topFormat("0 %");
    lxw_format* kroner = topFormat("#,##0");

    Sheet sheet(workbook,
                tr("Measures"),
                header,
                {{tr("Code"), 7},
                 {tr("Focus area"), 24},
                 {tr("Measure"), 45},
                 {tr("Description"), 50},
                 {tr("Owner"), 22},
                 {tr("Start"), 12},
                 {tr("Deadline"), 14},
                 {tr("Deadline, last day"), 12},
                 {tr("Status"), 13},
                 {tr("Progress"), 10},
                 {tr("Priority"), 10},
                 {tr("Cost"), 13},
                 {tr("Funding"), 24}});
    sheet.wrapWith(wrap);
    for (const MeasureListing& listing : measures) {
        const Measure& measure = listing.measure;
        sheet.text(0, measure.code, top);
        sheet.text(1, listing.focusArea, wrap);
        sheet.text(2, measure.title, wrap);
        sheet.text(3, measure.description, wrap);
        sheet.text(4, listing.owner, top);
        sheet.text(5, measure.startText, top);
        sheet.text(6, measure.deadlineText, top);
        sheet.date(7, Deadline::parse(measure.deadlineText).value_or(Deadline()).lastDay(), date);
        sheet.text(8, Vocabulary::measureStatusName(measure.status), top);
        sheet.number(9, measure.progress / 100.0, percent);
        sheet.text(10, measure.priority.isEmpty() ? QString() : Vocabulary::priorityName(measure.priority), top);
        sheet.number(11, measure.costNok, kroner);
        sheet.text(12, measure.fundingSource, wrap);
        sheet.nextRow();
    }
    sheet.finish();

    Sheet indicators(workbook,
                     tr("Indicators"),
                     header,
                     {{tr("Indicator"), 40},
                      {tr("Unit"), 10},
                      {tr("Direction"), 16},
                      {tr("Baseline year"), 10},
                      {tr("Baseline"), 13},
                      {tr("Latest year"), 10},
                      {tr("Latest"), 11},
                      {tr("Target year"), 10},
                      {tr("Target"), 11},
                      {tr("Source"), 40}});
    indicators.wrapWith(wrap);
    for (const Indicator& indicator :
         stores.indicators.list(QStringLiteral("plan_id"), planId, QStringLiteral("position, id"))) {
        const QVector<IndicatorValue> values
            = stores.indicatorValues.list(QStringLiteral("indicator_id"), indicator.id, QStringLiteral("year"));
        indicators.text(0, indicator.name, wrap);
        indicators.text(1, indicator.unit, top);
        indicators.text(2, Vocabulary::directionName(indicator.direction), top);
        indicators.number(
            3, indicator.baselineYear ? std::optional<double>(*indicator.baselineYear) : std::nullopt, top);
        indicators.number(4, indicator.baselineValue, top);
        if (!values.isEmpty()) {
            indicators.number(5, values.constLast().year, top);
            indicators.number(6, values.constLast().value, top);
        }
        indicators.number(7, indicator.targetYear ? std::optional<double>(*indicator.targetYear) : std::nullopt, top);
        indicators.number(8, indicator.targetValue, top);
        indicators.text(9, indicator.source, wrap);
        indicators.nextRow();
    }
    indicators.finish();
    if (cutTexts)
        *cutTexts = sheet.cutTexts() + indicators.cutTexts();
    return book.finish(error);
}

QString XlsxExport::libraryVersion()
{
    return QStringLiteral(LXW_VERSION);
}
