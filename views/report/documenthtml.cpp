#include "documenthtml.h"

#include "charthtml.h"
#include "chartwidget.h"
#include "documentwalk.h"

#include <QTextDocument>

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

using DocumentWalk::Line;

QString escaped(const QString& text)
{
    return ChartHtml::escaped(text);
}

// Bold runs as <strong>, except where the whole line is a heading or a header cell already.
QString inlineHtml(const Line& line, bool markBold)
{
    QString html;
    for (const DocumentWalk::Run& run : line) {
        const QString text = escaped(run.text);
        html += markBold && run.bold && !run.text.trimmed().isEmpty()
            ? QLatin1String("<strong>") + text + QLatin1String("</strong>")
            : text;
    }
    return html.trimmed();
}

QString linesHtml(const QVector<Line>& lines, bool markBold)
{
    QStringList html;
    for (const Line& line : lines)
        html << inlineHtml(line, markBold);
    return html.join(QLatin1String("<br />"));
}

class HtmlSink : public DocumentWalk::Sink
{
public:
    explicit HtmlSink(const std::function<const ChartWidget*(int)>& chartAt)
        : m_chartAt(chartAt)
    {
    }

    void paragraph(int level, const Line& line) override
    {
        const QString tag = level > 0 ? QStringLiteral("h%1").arg(qMin(level, 6)) : QStringLiteral("p");
        html += QStringLiteral("<%1>%2</%1>\n").arg(tag, inlineHtml(line, level == 0));
    }

    void notice(const QVector<Line>& lines) override
    {
        html += QLatin1String("<div class=\"notice\" role=\"note\"><p>") + linesHtml(lines, false)
            + QLatin1String("</p></div>\n");
    }

    void table(const DocumentWalk::Table& table) override
    {
        html += ChartHtml::scrollBox(table.caption) + QLatin1String("<table>\n");
        if (!table.caption.isEmpty())
            html += QLatin1String("<caption>") + escaped(table.caption) + QLatin1String("</caption>\n");
        for (int row = 0; row < table.rows.size(); ++row) {
            const bool header = row < table.headerRows;
            if (row == 0 && header)
                html += QLatin1String("<thead>\n");
            if (row == table.headerRows)
                html += QLatin1String("<tbody>\n");
            html += QLatin1String("<tr>");
            for (int column = 0; column < table.rows[row].size(); ++column)
                html += cell(table.rows[row][column], header, table.rowHeaders && column == 0);
            html += QLatin1String("</tr>\n");
            if (header && row == table.headerRows - 1)
                html += QLatin1String("</thead>\n");
        }
        html += QLatin1String("</tbody></table></div>\n");
    }

    void chart(int index, double, double) override
    {
        if (const ChartWidget* chart = m_chartAt(index))
            html += ChartHtml::figure(*chart);
    }

    QString html;

private:
    static QString cell(const DocumentWalk::Cell& cell, bool header, bool rowHeader)
    {
        if (cell.covered)
            return {};
        QString attributes;
        if (header)
            attributes += QLatin1String(" scope=\"col\"");
        else if (rowHeader)
            attributes += QLatin1String(" scope=\"row\"");
        if (cell.columnSpan > 1)
            attributes += QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan);
        if (cell.rowSpan > 1)
            attributes += QStringLiteral(" rowspan=\"%1\"").arg(cell.rowSpan);
        if (cell.rightAligned)
            attributes += QLatin1String(" class=\"number\"");
        const QLatin1String tag = header || rowHeader ? QLatin1String("th") : QLatin1String("td");
        return QLatin1Char('<') + tag + attributes + QLatin1Char('>') + linesHtml(cell.lines, !(header || rowHeader))
            + QLatin1String("</") + tag + QLatin1Char('>');
    }

    const std::function<const ChartWidget*(int)>& m_chartAt;
};

} // namespace

QString DocumentHtml::write(const QTextDocument& document,
                            const std::function<const ChartWidget*(int index)>& chartAt,
                            const Page& page)
{
    HtmlSink sink(chartAt);
    DocumentWalk::walk(document, sink);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\" />\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                                  "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                       .arg(escaped(page.language), escaped(page.title), QLatin1String(StyleSheet));
    if (!page.header.isEmpty())
        html += QLatin1String("<header><p>") + escaped(page.header) + QLatin1String("</p></header>\n");
    html += QLatin1String("<main>\n") + sink.html + QLatin1String("</main>\n");
    if (!page.footer.isEmpty())
        html += QLatin1String("<footer><p>") + escaped(page.footer) + QLatin1String("</p></footer>\n");
    html += QLatin1String("</body>\n</html>\n");
    return html;
}
