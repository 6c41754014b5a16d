#include "pageddocument.h"
#include "pdflanguage.h"

#include "chartwidget.h"
#include "documenthtml.h"
#include "documentodt.h"
#include "savefiles.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <vector>

using namespace PageStyle;

// Draws the dashboard's charts inside the document as vector graphics: each chart is recorded into a QPicture and
// replayed on the page's painter, so that the PDF gets lines and text, not pixels. A picture's text keeps its point
// size on replay, so the page must have the picture's resolution (see CouncilReport::resolution()).
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject() = default;

    int add(std::unique_ptr<ChartWidget> chart)
    {
        m_charts.push_back(std::move(chart));
        return int(m_charts.size()) - 1;
    }

    ChartWidget* chart(int index) const
    {
        return index >= 0 && index < int(m_charts.size()) ? m_charts[size_t(index)].get() : nullptr;
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return {format.doubleProperty(ChartWidthProperty), format.doubleProperty(ChartHeightProperty)};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const int index = format.intProperty(ChartIndexProperty);
        if (index < 0 || index >= int(m_charts.size()))
            return;
        // A chart lies wholly on one page. The page's clip cannot stop it elsewhere (the picture sets clips of its
        // own), so it is drawn only when the page being drawn holds it.
        if (painter->hasClipping() && !painter->clipBoundingRect().contains(rect.center()))
            return;
        const int width = qMax(1, qRound(rect.width()));
        const int height = qMax(1, qRound(rect.height()));
        QPicture picture;
        {
            QCPPainter recorder(&picture);
            recorder.setMode(QCPPainter::pmVectorized);
            recorder.setMode(QCPPainter::pmNoCaching);
            recorder.setMode(QCPPainter::pmNonCosmetic); // hairlines would vanish at print resolution
            m_charts[size_t(index)]->toPainter(&recorder, width, height);
        }
        painter->drawPicture(rect.topLeft(), picture);
    }

private:
    std::vector<std::unique_ptr<ChartWidget>> m_charts;
};

namespace {

// Copies one table's rows [from, to) into another's rows starting at `at`: contents with their character and block
// formats, cell shading and merged cells.
void copyRows(QTextTable* source, int from, int to, QTextTable* target, int at)
{
    for (int row = from; row < to; ++row) {
        for (int column = 0; column < source->columns(); ++column) {
            const QTextTableCell cell = source->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue; // covered by a merged cell
            const int targetRow = at + row - from;
            if (cell.columnSpan() > 1)
                target->mergeCells(targetRow, column, 1, cell.columnSpan());
            QTextTableCell copy = target->cellAt(targetRow, column);
            copy.setFormat(cell.format());
            QTextCursor selection = cell.firstCursorPosition();
            selection.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            QTextCursor into = copy.firstCursorPosition();
            into.setBlockFormat(cell.firstCursorPosition().blockFormat());
            into.insertFragment(selection.selection());
        }
    }
}

// Qt moves a table row to the next page only when none of its cells' first lines fits there, so a row with a wrapped
// title would be split across two pages. Where a row straddles a page break, the table is cut there and goes on as a
// new table, with the same header rows, from the top of the next page. Repeated until no row is split.
void keepRowsTogether(QTextDocument& document)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const double pageHeight = document.pageSize().height();
    const auto page = [pageHeight](double y) {
        return int(y / pageHeight);
    };
    const auto straddles = [&](const QTextTable* table, int row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                const QRectF box = layout->blockBoundingRect(it.currentBlock());
                if (box.height() > 0 && page(box.top()) != page(box.bottom() - 1))
                    return true;
            }
        }
        return false;
    };
    for (int pass = 0; pass < 1000; ++pass) {
        QTextTable* cut = nullptr;
        int cutRow = 0;
        for (QTextFrame* frame : document.rootFrame()->childFrames()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            for (int row = table ? table->format().headerRowCount() : 0; table && row < table->rows() && !cut; ++row) {
                // The first body row is left alone: a table never starts with a row that fits nowhere.
                if (row > table->format().headerRowCount() && straddles(table, row)) {
                    cut = table;
                    cutRow = row;
                }
            }
            if (cut)
                break;
        }
        if (!cut)
            return;
        const int headerRows = cut->format().headerRowCount();
        QTextTableFormat format = cut->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor after(&document);
        after.beginEditBlock();
        after.setPosition(cut->lastPosition() + 1);
        after.insertBlock();
        QTextTable* rest = after.insertTable(headerRows + cut->rows() - cutRow, cut->columns(), format);
        copyRows(cut, 0, headerRows, rest, 0);
        copyRows(cut, cutRow, cut->rows(), rest, headerRows);
        cut->removeRows(cutRow, cut->rows() - cutRow);
        after.endEditBlock();
    }
}

} // namespace

DocumentWriter::DocumentWriter(QTextDocument& document, ChartObject& charts, double dpi)
    : m_document(document)
    , m_charts(charts)
    , m_dpi(dpi)
    , m_cursor(&document)
{
}

void DocumentWriter::chart(std::unique_ptr<ChartWidget> chart, double width, double height)
{
    QTextCharFormat format;
    format.setObjectType(ChartObjectType);
    format.setProperty(ChartIndexProperty, m_charts.add(std::move(chart)));
    format.setProperty(ChartWidthProperty, width);
    format.setProperty(ChartHeightProperty, height);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

int PagedDocument::resolution()
{
    return QPicture().logicalDpiY();
}

bool PagedDocument::print(QPagedPaintDevice* device,
                          const Build& build,
                          const QString& header,
                          const QString& footer,
                          int* pageCount,
                          QString* error)
{
    if (device->logicalDpiY() != resolution()) {
        if (error)
            *error = tr("The report needs a page device of %1 dpi.").arg(resolution());
        return false;
    }
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const double dpi = device->logicalDpiY();
    const auto mm = [dpi](double millimetres) {
        return millimetres * dpi / 25.4;
    };
    const QSizeF content(mm(PageWidthMm - LeftMarginMm - RightMarginMm),
                         mm(PageHeightMm - TopMarginMm - BottomMarginMm));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(device); // lay out with the device's own font metrics
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    font.setHintingPreference(QFont::PreferNoHinting);
    document.setDefaultFont(font);
    document.setPageSize(content);
    document.setDocumentMargin(0);
    document.setUseDesignMetrics(true); // glyph advances as the font designs them, not hinted for a screen
    ChartObject charts;
    document.documentLayout()->registerHandler(ChartObjectType, &charts);
    build(document, charts, dpi);
    keepRowsTogether(document);

    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The report could not be drawn.");
        return false;
    }
    const int pages = document.pageCount();
    if (pageCount)
        *pageCount = pages;
    QFont small = font;
    small.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(mm(LeftMarginMm), mm(TopMarginMm) - page * content.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * content.height(), content.width(), content.height());
        painter.setClipRect(context.clip); // a chart that starts on the next page must not show at this one's foot
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // Header and footer, drawn by hand: QTextDocument::print() would give only a bare page number.
        painter.setFont(small);
        painter.setPen(QPen(RuleColor, mm(0.2)));
        const double left = mm(LeftMarginMm);
        const double right = mm(PageWidthMm - RightMarginMm);
        const double headerLine = mm(TopMarginMm - 7);
        const double footerLine = mm(PageHeightMm - BottomMarginMm + 7);
        painter.drawLine(QPointF(left, headerLine), QPointF(right, headerLine));
        painter.drawLine(QPointF(left, footerLine), QPointF(right, footerLine));
        painter.setPen(QuietText);
        const QFontMetricsF metrics(small, device);
        const QRectF headerBox(left, headerLine - mm(1) - metrics.height(), right - left, metrics.height());
        painter.drawText(
            headerBox, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(header, Qt::ElideRight, headerBox.width()));
        const QRectF footerBox(left, footerLine + mm(1), right - left, metrics.height());
        painter.drawText(footerBox, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(footerBox, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    if (!painter.end()) {
        if (error)
            *error = tr("The report could not be drawn.");
        return false;
    }
    return true;
}

bool PagedDocument::writePdf(const QString& path,
                             const QString& title,
                             const QString& language,
                             bool pdfA,
                             const std::function<bool(QPagedPaintDevice*, QString*)>& print,
                             QString* error)
{
    const std::optional<QByteArray> bytes = pdf(title, language, pdfA, print, error);
    if (!bytes)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return SaveFiles::commit(file, path, error);
}

bool PagedDocument::writeReflowed(
    Reflowed form, const QString& path, const Build& build, const Text& text, QString* error)
{
    QTextDocument document;
    ChartObject charts;
    build(document, charts, resolution());
    if (form == Reflowed::OpenDocument)
        return DocumentOdt::write(
            document,
            [&charts](int index) { return charts.chart(index); },
            {text.title, text.language, text.header, text.footer, double(resolution())},
            path,
            error);
    const QByteArray html = DocumentHtml::write(document,
                                                [&charts](int index) { return charts.chart(index); },
                                                {text.title, text.language, text.header, text.footer})
                                .toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return SaveFiles::commit(file, path, error);
}

std::optional<QByteArray> PagedDocument::pdf(const QString& title,
                                             const QString& language,
                                             bool pdfA,
                                             const std::function<bool(QPagedPaintDevice*, QString*)>& print,
                                             QString* error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution());
        writer.setTitle(title);
        writer.setCreator(
            QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
        writer.setPdfVersion(pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_6);
        if (!print(&writer, error))
            return std::nullopt;
    }
    PdfLanguage::mark(bytes, PdfLanguage::tagOf(language));
    return bytes;
}

#include "pageddocument.moc"
