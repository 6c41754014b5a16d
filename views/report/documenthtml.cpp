#include "documenthtml.h"

#include "charthtml.h"
#include "chartwidget.h"
#include "pageddocument.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace PageStyle;

namespace {

// Plain and readable at any zoom: reflows to one column on a phone, tables scroll on their own, and the colours
// come from the reader's own settings (light or dark).
const char* const StyleSheet = R"(
body { font-family: "DejaVu Sans", Verdana, sans-serif; line-height: 1.5; max-width: 52em; margin: 0 auto;
       padding: 1em; color: CanvasText; background: Canvas; }
:root { color-scheme: light dark; }
h1 { font-size: 1.8em; } h2 { font-size: 1.4em; margin-top: 2em; } h3 { font-size: 1.15em; }
.table { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
th, td { border: 1px solid GrayText; padding: 0.25em 0.5em; vertical-align: top; text-align: left;
         overflow-wrap: break-word; }
.number { text-align: right; }
.notice { border: 2px solid CanvasText; padding: 0.5em 1em; }
figure { margin: 1em 0 2em; }
figcaption { font-weight: bold; }
header, footer { font-size: 0.9em; }
)";

QString escaped(const QString& text)
{
    return ChartHtml::escaped(text);
}

class Walker
{
public:
    explicit Walker(const std::function<const ChartWidget*(int)>& chartAt)
        : m_chartAt(chartAt)
    {
    }

    void frame(QTextFrame* frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame* child = it.currentFrame()) {
                if (auto* table = qobject_cast<QTextTable*>(child))
                    this->table(table);
                else
                    this->frame(child);
            } else {
                block(it.currentBlock());
            }
        }
    }

    QString html;

private:
    // A block's text as inline HTML, bold where the whole run is bold; charts met on the way go to *charts.
    static QString inlineText(const QTextBlock& block, bool markBold, QVector<int>* charts)
    {
        QString text;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.objectType() == ChartObjectType) {
                charts->append(format.intProperty(ChartIndexProperty));
                continue;
            }
            const QString content = escaped(fragment.text());
            if (content.trimmed().isEmpty())
                text += content;
            else if (markBold && format.fontWeight() >= QFont::Bold)
                text += QLatin1String("<strong>") + content + QLatin1String("</strong>");
            else
                text += content;
        }
        return text.trimmed();
    }

    void block(const QTextBlock& block)
    {
        const int level = block.blockFormat().headingLevel();
        QVector<int> charts;
        const QString text = inlineText(block, level == 0, &charts);
        if (!text.isEmpty()) {
            const QString tag = level > 0 ? QStringLiteral("h%1").arg(qMin(level, 6)) : QStringLiteral("p");
            html += QStringLiteral("<%1>%2</%1>\n").arg(tag, text);
        }
        for (int index : charts)
            chart(index);
    }

    void chart(int index)
    {
        if (const ChartWidget* chart = m_chartAt(index))
            html += ChartHtml::figure(*chart);
    }

    static QString cellText(const QTextTableCell& cell, bool markBold)
    {
        QStringList lines;
        QVector<int> charts; // no chart sits in a cell
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            const QString line = inlineText(it.currentBlock(), markBold, &charts);
            if (!line.isEmpty())
                lines << line;
        }
        return lines.join(QLatin1String("<br />"));
    }

    void table(QTextTable* table)
    {
        const int columns = table->columns();
        const int headerRows = table->format().headerRowCount();
        // A one-column table without headers is a boxed notice in the PDF, not data.
        if (columns == 1 && headerRows == 0) {
            for (int row = 0; row < table->rows(); ++row)
                html += QLatin1String("<div class=\"notice\" role=\"note\"><p>")
                    + cellText(table->cellAt(row, 0), false) + QLatin1String("</p></div>\n");
            return;
        }
        html += QLatin1String("<div class=\"table\"><table>\n");
        int row = 0;
        if (headerRows > 0 && table->cellAt(0, 0).format().boolProperty(CaptionProperty)) {
            html += QLatin1String("<caption>") + cellText(table->cellAt(0, 0), false) + QLatin1String("</caption>\n");
            row = 1;
        }
        if (row < headerRows) {
            html += QLatin1String("<thead>\n");
            for (; row < headerRows; ++row)
                tableRow(table, row, true);
            html += QLatin1String("</thead>\n");
        }
        html += QLatin1String("<tbody>\n");
        for (; row < table->rows(); ++row)
            tableRow(table, row, false);
        html += QLatin1String("</tbody></table></div>\n");
    }

    void tableRow(QTextTable* table, int row, bool header)
    {
        // Without a header row, a bold first column names each row (the report's "Plan: …" facts).
        const bool rowHeaders = !header && table->format().headerRowCount() == 0 && table->columns() > 1;
        html += QLatin1String("<tr>");
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue; // covered by a merged cell
            const bool isHeader = header || (rowHeaders && column == 0);
            QString attributes;
            if (header)
                attributes += QLatin1String(" scope=\"col\"");
            else if (isHeader)
                attributes += QLatin1String(" scope=\"row\"");
            if (cell.columnSpan() > 1)
                attributes += QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan());
            if (cell.rowSpan() > 1)
                attributes += QStringLiteral(" rowspan=\"%1\"").arg(cell.rowSpan());
            if (cell.firstCursorPosition().blockFormat().alignment() & Qt::AlignRight)
                attributes += QLatin1String(" class=\"number\"");
            const QLatin1String tag = isHeader ? QLatin1String("th") : QLatin1String("td");
            html += QLatin1Char('<') + tag + attributes + QLatin1Char('>') + cellText(cell, !isHeader)
                + QLatin1String("</") + tag + QLatin1Char('>');
        }
        html += QLatin1String("</tr>\n");
    }

    const std::function<const ChartWidget*(int)>& m_chartAt;
};

} // namespace

QString DocumentHtml::write(const QTextDocument& document,
                            const std::function<const ChartWidget*(int index)>& chartAt,
                            const Page& page)
{
    Walker walker(chartAt);
    walker.frame(document.rootFrame());
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\" />\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                                  "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                       .arg(escaped(page.language), escaped(page.title), QLatin1String(StyleSheet));
    if (!page.header.isEmpty())
        html += QLatin1String("<header><p>") + escaped(page.header) + QLatin1String("</p></header>\n");
    html += QLatin1String("<main>\n") + walker.html + QLatin1String("</main>\n");
    if (!page.footer.isEmpty())
        html += QLatin1String("<footer><p>") + escaped(page.footer) + QLatin1String("</p></footer>\n");
    html += QLatin1String("</body>\n</html>\n");
    return html;
}
