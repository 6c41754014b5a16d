#pragma once

#include <QByteArray>
#include <QString>

class ChartWidget;

// A chart on a web page (the report for screen readers, the published plan): a figure with the chart's title as
// caption, the drawing as inline SVG where wanted (hidden from screen readers, which read what follows instead), the
// summary sentence, and the figures behind it as a table with header cells. Every text escaped.
namespace ChartHtml {

// Text as HTML text: & < > " ' escaped, line separators as line breaks.
QString escaped(const QString& text);

// The chart drawn at width × height as an <svg> element to put inline (no XML declaration), scaling to its box.
QByteArray svg(ChartWidget& chart, int width, int height);

// The opening tag of the box a wide table scrolls in on a narrow screen, focusable so that a keyboard can scroll it,
// and named for screen readers when a label is given; close it with </div>.
QString scrollBox(const QString& label);

QString figure(const ChartWidget& chart, const QByteArray& svg = {});

} // namespace ChartHtml
