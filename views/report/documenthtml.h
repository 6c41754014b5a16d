#pragma once

#include <QString>

#include <functional>

class ChartWidget;
class QTextDocument;

// A paged document's content as one web page for screen readers and text-to-speech: the same headings, paragraphs
// and tables as the PDF, in reading order, as HTML a screen reader can navigate by heading and table (h1–h3, th
// with scope, caption), and each chart as a figure with its summary sentence and the table of its figures. Every
// text is escaped: what the user typed never becomes markup.
namespace DocumentHtml {

struct Page
{
    QString title; // the browser tab's title
    QString language; // nb, nn or en: the lang attribute
    QString header; // the PDF's page header, once at the top
    QString footer; // the PDF's footer, once at the bottom
};

QString
write(const QTextDocument& document, const std::function<const ChartWidget*(int index)>& chartAt, const Page& page);

} // namespace DocumentHtml
