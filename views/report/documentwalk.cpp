#include "documentwalk.h"

#include "pageddocument.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace PageStyle;

namespace {

using namespace DocumentWalk;

struct ChartSpot
{
    int index;
    double width;
    double height;
};

// A block's runs (empty ones dropped), and the charts met on the way.
Line runsOf(const QTextBlock& block, QVector<ChartSpot>* charts)
{
    Line line;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.objectType() == ChartObjectType) {
            if (charts)
                charts->append({format.intProperty(ChartIndexProperty),
                                format.doubleProperty(ChartWidthProperty),
                                format.doubleProperty(ChartHeightProperty)});
            continue;
        }
        if (!fragment.text().isEmpty())
            line.append({fragment.text(), format.fontWeight() >= QFont::Bold});
    }
    return line;
}

bool isBlank(const Line& line)
{
    return std::all_of(line.begin(), line.end(), [](const Run& run) { return run.text.trimmed().isEmpty(); });
}

Cell cellOf(const QTextTableCell& source)
{
    Cell cell;
    cell.columnSpan = source.columnSpan();
    cell.rowSpan = source.rowSpan();
    cell.rightAligned = source.firstCursorPosition().blockFormat().alignment() & Qt::AlignRight;
    cell.shaded = source.format().background().style() != Qt::NoBrush;
    for (auto it = source.begin(); !it.atEnd(); ++it) {
        const Line line = runsOf(it.currentBlock(), nullptr);
        if (!isBlank(line))
            cell.lines << line;
    }
    return cell;
}

void walkTable(QTextTable* source, Sink& sink)
{
    const int columns = source->columns();
    int headerRows = source->format().headerRowCount();
    if (columns == 1 && headerRows == 0) {
        for (int row = 0; row < source->rows(); ++row)
            sink.notice(cellOf(source->cellAt(row, 0)).lines);
        return;
    }
    Table table;
    int first = 0;
    if (headerRows > 0 && source->cellAt(0, 0).format().boolProperty(CaptionProperty)) {
        for (const Line& line : cellOf(source->cellAt(0, 0)).lines)
            for (const Run& run : line)
                table.caption += run.text;
        first = 1;
        --headerRows;
    }
    table.headerRows = headerRows;
    table.rowHeaders = headerRows == 0 && columns > 1;
    for (const QTextLength& width : source->format().columnWidthConstraints())
        table.widthsPercent << width.rawValue();
    for (int row = first; row < source->rows(); ++row) {
        QVector<Cell> cells;
        for (int column = 0; column < columns; ++column) {
            const QTextTableCell cell = source->cellAt(row, column);
            if (cell.row() != row || cell.column() != column) {
                Cell covered;
                covered.covered = true;
                cells << covered;
            } else {
                cells << cellOf(cell);
            }
        }
        table.rows << cells;
    }
    sink.table(table);
}

void walkFrame(QTextFrame* frame, Sink& sink)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* child = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(child))
                walkTable(table, sink);
            else
                walkFrame(child, sink);
            continue;
        }
        const QTextBlock block = it.currentBlock();
        QVector<ChartSpot> charts;
        const Line line = runsOf(block, &charts);
        if (!isBlank(line))
            sink.paragraph(block.blockFormat().headingLevel(), line);
        for (const ChartSpot& spot : charts)
            sink.chart(spot.index, spot.width, spot.height);
    }
}

} // namespace

void DocumentWalk::walk(const QTextDocument& document, Sink& sink)
{
    walkFrame(document.rootFrame(), sink);
}
