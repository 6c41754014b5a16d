#pragma once

// A4 documents drawn page by page (the council report, the network comparison): content built with a cursor through
// DocumentWriter — headings, paragraphs, tables whose header row repeats on every page, charts as vector graphics —
// then laid out for the device and drawn with a header and a footer on each page.

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextTable>

#include "language.h"

#include <functional>
#include <memory>
#include <optional>

class ChartObject;
class ChartWidget;
class QPagedPaintDevice;
class QTextDocument;
class QTextTable;

namespace PageStyle {

inline constexpr int ChartObjectType = QTextFormat::UserObject + 1;
inline constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;
inline constexpr int ChartWidthProperty = QTextFormat::UserProperty + 2;
inline constexpr int ChartHeightProperty = QTextFormat::UserProperty + 3;
// On a table's first cell when that row is the table's caption (for the web page's <caption>).
inline constexpr int CaptionProperty = QTextFormat::UserProperty + 4;

// Page geometry in millimetres: A4 with margins a printer can print and a binder can punch.
inline constexpr double PageWidthMm = 210.0;
inline constexpr double PageHeightMm = 297.0;
inline constexpr double LeftMarginMm = 22.0;
inline constexpr double RightMarginMm = 18.0;
inline constexpr double TopMarginMm = 24.0;
inline constexpr double BottomMarginMm = 22.0;
// Greys that print well on black-and-white printers.
inline const QColor RuleColor(0x70, 0x70, 0x70);
inline const QColor HeaderFill(0xe4, 0xe4, 0xe4);
inline const QColor GroupFill(0xf2, 0xf2, 0xf2);
inline const QColor NoticeFill(0xff, 0xf4, 0xd6);
inline const QColor QuietText(0x40, 0x40, 0x40);

} // namespace PageStyle

// The tools to write a document: every text goes in through insertText, as plain text, never as markup.
class DocumentWriter
{
public:
    DocumentWriter(QTextDocument& document, ChartObject& charts, double dpi);
    virtual ~DocumentWriter() = default;

protected:
    // Lengths in text formats (margins, padding, borders) are in 96 dpi pixels; the layout scales them to the device.
    static double mm(double millimetres) { return millimetres * 96.0 / 25.4; }
    // Inline objects are sized in the device's own pixels.
    double deviceMm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double contentWidth() const
    {
        return deviceMm(PageStyle::PageWidthMm - PageStyle::LeftMarginMm - PageStyle::RightMarginMm);
    }
    double contentHeight() const
    {
        return deviceMm(PageStyle::PageHeightMm - PageStyle::TopMarginMm - PageStyle::BottomMarginMm);
    }

    QTextCharFormat textFormat(double points = 0, bool bold = false, const QColor& color = Qt::black) const
    {
        QTextCharFormat format;
        if (points > 0)
            format.setFontPointSize(points);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        format.setForeground(color);
        return format;
    }

    // headingLevel 1–3 is the heading's rank for the web page and screen readers; the PDF's look comes from the text.
    void block(double spaceBefore = 0, double spaceAfter = 1.5, bool pageBreak = false, int headingLevel = 0)
    {
        QTextBlockFormat format;
        format.setHeadingLevel(headingLevel);
        format.setTopMargin(mm(spaceBefore));
        format.setBottomMargin(mm(spaceAfter));
        if (pageBreak)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (m_first) {
            m_cursor.setBlockFormat(format); // the document's first block is already there
            m_first = false;
        } else {
            m_cursor.insertBlock(format);
        }
    }

    void heading(const QString& text, bool pageBreak = false)
    {
        block(7, 2.5, pageBreak, 2);
        m_cursor.insertText(text, textFormat(14, true));
    }

    void subheading(const QString& text)
    {
        block(4, 1.5, false, 3);
        m_cursor.insertText(text, textFormat(11, true));
    }

    void paragraph(const QString& text, const QTextCharFormat& format = {})
    {
        block(0, 2);
        m_cursor.insertText(text, format);
    }

    // A table with a shaded header row that repeats on every page the table runs onto. A caption goes into the
    // table as a first header row: the document has no "keep with next", and so a heading can never be left alone
    // at the foot of a page while its table starts on the next.
    QTextTable*
    table(const QStringList& headers, const QVector<double>& widthsPercent, int rows, const QString& caption = {})
    {
        block(0, 0);
        const int captionRows = caption.isEmpty() ? 0 : 1;
        QTextTableFormat format;
        format.setHeaderRowCount(headers.isEmpty() ? 0 : 1 + captionRows);
        format.setBorder(mm(0.2));
        format.setBorderBrush(PageStyle::RuleColor);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(mm(1.0));
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        // No bottom margin: a table ending at the foot of a page would otherwise spill its margin onto the next
        // page and repeat its header there over the following text. The next block keeps the distance instead.
        format.setBottomMargin(0);
        QVector<QTextLength> widths;
        for (double width : widthsPercent)
            widths << QTextLength(QTextLength::PercentageLength, width);
        format.setColumnWidthConstraints(widths);
        QTextTable* result
            = m_cursor.insertTable(rows + (headers.isEmpty() ? 0 : 1) + captionRows, int(widthsPercent.size()), format);
        if (captionRows > 0) {
            result->mergeCells(0, 0, 1, int(widthsPercent.size()));
            QTextTableCell cell = result->cellAt(0, 0);
            QTextTableCellFormat plain = cell.format().toTableCellFormat();
            plain.setLeftBorder(0);
            plain.setRightBorder(0);
            plain.setTopBorder(0);
            plain.setLeftPadding(0);
            plain.setTopPadding(mm(3));
            plain.setProperty(PageStyle::CaptionProperty, true);
            cell.setFormat(plain);
            cell.firstCursorPosition().insertText(caption, textFormat(11, true));
        }
        for (int column = 0; column < headers.size(); ++column) {
            QTextTableCell cell = result->cellAt(captionRows, column);
            QTextCharFormat shade = cell.format();
            shade.setBackground(PageStyle::HeaderFill);
            cell.setFormat(shade);
            cell.firstCursorPosition().insertText(headers.at(column), textFormat(0, true));
        }
        return result;
    }

    void setCell(QTextTable* table,
                 int row,
                 int column,
                 const QString& text,
                 const QTextCharFormat& format = {},
                 Qt::Alignment alignment = Qt::AlignLeft)
    {
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        QTextBlockFormat blockFormat = cursor.blockFormat();
        blockFormat.setAlignment(alignment);
        blockFormat.setNonBreakableLines(false);
        cursor.setBlockFormat(blockFormat);
        cursor.insertText(text, format);
    }

    // Header cells over figures align with the figures.
    static void alignHeaderRight(QTextTable* table, int column)
    {
        const int headerRow = table->format().headerRowCount() - 1;
        QTextCursor cursor = table->cellAt(headerRow, column).firstCursorPosition();
        QTextBlockFormat format = cursor.blockFormat();
        format.setAlignment(Qt::AlignRight);
        cursor.setBlockFormat(format);
    }

    void leaveTable()
    {
        m_cursor.movePosition(QTextCursor::End);
        QTextBlockFormat gap; // the empty block after the table keeps the next text at a distance
        gap.setTopMargin(mm(1));
        m_cursor.setBlockFormat(gap);
    }

    QString date(const QDate& value) const { return Language::formatDate(value); }

    static QString percent(double share) { return Language::formatPercent(share); }
    static QString number(double value) { return Language::formatNumber(value); }
    static QString quantity(double value, const QString& unit) { return Language::formatQuantity(value, unit); }

    // A chart drawn into the document at the cursor, width and height in device pixels.
    void chart(std::unique_ptr<ChartWidget> chart, double width, double height);

    QTextDocument& m_document;
    ChartObject& m_charts;
    double m_dpi;
    QTextCursor m_cursor;
    bool m_first = true;
};

class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    // The resolution the page device must have: the charts are recorded as pictures, whose text keeps its size only
    // when replayed at the resolution it was recorded at.
    static int resolution();

    // Writes the content into the document (laid out for A4 at the device's resolution), keeps table rows whole
    // across page breaks, and draws every page with the header text at the top and the footer text and "Page x of y"
    // at the bottom.
    using Build = std::function<void(QTextDocument& document, ChartObject& charts, double dpi)>;
    static bool print(QPagedPaintDevice* device,
                      const Build& build,
                      const QString& header,
                      const QString& footer,
                      int* pageCount,
                      QString* error);

    // The same content not laid out in pages: one web page for screen readers (DocumentHtml) or an editable
    // OpenDocument text (DocumentOdt), through QSaveFile.
    enum class Reflowed { WebPage, OpenDocument };
    struct Text
    {
        QString title;
        QString language; // nb, nn or en
        QString header;
        QString footer;
    };
    static bool writeReflowed(Reflowed form, const QString& path, const Build& build, const Text& text, QString* error);

    // The PDF in memory (PDF/A-1b on request), its language (nb, nn or en) named for screen readers, for a caller
    // that writes it itself (see PlanExchange::writeFile).
    static std::optional<QByteArray> pdf(const QString& title,
                                         const QString& language,
                                         bool pdfA,
                                         const std::function<bool(QPagedPaintDevice* device, QString* error)>& print,
                                         QString* error);
    // The same through QSaveFile: on any failure nothing is left at the path.
    static bool writePdf(const QString& path,
                         const QString& title,
                         const QString& language,
                         bool pdfA,
                         const std::function<bool(QPagedPaintDevice* device, QString* error)>& print,
                         QString* error);
};
