#include "charthtml.h"

#include "chartwidget.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QRegularExpression>
#include <QSvgGenerator>

QString ChartHtml::escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    html.replace(QChar::LineSeparator, QLatin1String("<br />"));
    html.replace(QChar(QChar::ParagraphSeparator), QLatin1String("<br />"));
    return html;
}

QByteArray ChartHtml::svg(ChartWidget& chart, int width, int height)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(width, height));
        generator.setViewBox(QRect(0, 0, width, height));
        generator.setResolution(96); // points to pixels as a browser counts them: 9 pt text is 12 px
        generator.setTitle(chart.title());
        QCPPainter painter;
        if (!painter.begin(&generator))
            return {};
        chart.toPainter(&painter, width, height);
        painter.end();
    }
    const qsizetype start = bytes.indexOf("<svg");
    if (start < 0)
        return {};
    bytes.remove(0, start);
    // The generator's size in millimetres would fix the drawing's size; the viewBox alone lets CSS scale it.
    const qsizetype tagEnd = bytes.indexOf('>');
    QByteArray tag = bytes.left(tagEnd);
    tag.replace(QByteArrayLiteral(" width=\""), QByteArrayLiteral(" data-width=\""));
    tag.replace(QByteArrayLiteral(" height=\""), QByteArrayLiteral(" data-height=\""));
    // Qt's generic "Sans Serif" means nothing to a browser: a family it may lack falls back to the reader's sans-serif.
    QString body = QString::fromUtf8(tag + bytes.mid(tagEnd));
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    body.replace(QStringLiteral("font-family=\"Sans Serif\""), QStringLiteral("font-family=\"sans-serif\""));
    body.replace(family, QStringLiteral("font-family=\"\\1, sans-serif\""));
    body.replace(QStringLiteral("sans-serif, sans-serif"), QStringLiteral("sans-serif"));
    return body.toUtf8();
}

QString ChartHtml::scrollBox(const QString& label)
{
    return label.isEmpty()
        ? QStringLiteral("<div class=\"table\" tabindex=\"0\">")
        : QStringLiteral("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-label=\"%1\">").arg(escaped(label));
}

QString ChartHtml::figure(const ChartWidget& chart, const QByteArray& svg)
{
    QString html = QLatin1String("<figure>\n<figcaption>") + escaped(chart.title()) + QLatin1String("</figcaption>\n");
    if (!svg.isEmpty())
        html += QLatin1String("<div class=\"chart\" aria-hidden=\"true\">")
            + QString::fromUtf8(svg).replace(QLatin1String("<svg"), QLatin1String("<svg focusable=\"false\""))
            + QLatin1String("</div>\n");
    html += QLatin1String("<p>") + escaped(chart.summary()) + QLatin1String("</p>\n");
    const QAbstractItemModel* figures = chart.tableModel();
    if (figures && figures->rowCount() > 0) {
        html += scrollBox(chart.title()) + QLatin1String("<table>\n<caption>") + escaped(chart.title())
            + QLatin1String("</caption>\n<thead><tr>");
        for (int column = 0; column < figures->columnCount(); ++column)
            html += QLatin1String("<th scope=\"col\">")
                + escaped(figures->headerData(column, Qt::Horizontal).toString()) + QLatin1String("</th>");
        html += QLatin1String("</tr></thead>\n<tbody>\n");
        for (int row = 0; row < figures->rowCount(); ++row) {
            html += QLatin1String("<tr>");
            for (int column = 0; column < figures->columnCount(); ++column)
                html += QLatin1String("<td>") + escaped(figures->index(row, column).data().toString())
                    + QLatin1String("</td>");
            html += QLatin1String("</tr>\n");
        }
        html += QLatin1String("</tbody></table></div>\n");
    }
    return html + QLatin1String("</figure>\n");
}
