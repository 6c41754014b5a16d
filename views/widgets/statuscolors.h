#pragma once

#include <QBrush>
#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

// One colour per measure status, shared by the table, the charts and the report, so that "delayed" looks the same
// everywhere. Colour is never the only sign: the status name is always written beside it.
namespace StatusColors {
QColor color(const QString& statusCode);
// Text colour that reads well on color(statusCode).
QColor textColor(const QString& statusCode);
// A hatching drawn over color(statusCode) where colours alone turn into the same grey on a black-and-white printer
// (Qt::NoBrush where the plain colour is distinct enough).
Qt::BrushStyle pattern(const QString& statusCode);
// The hatching's brush: a darker shade of the status colour, so that it stays quiet on screen.
QBrush patternBrush(const QString& statusCode);
} // namespace StatusColors

// WCAG 2.1's contrast ratio (1:1 to 21:1) of two colours, from their relative luminance: text needs 4.5, the lines and
// edges of a chart 3 (success criteria 1.4.3 and 1.4.11).
namespace Contrast {
double luminance(const QColor& color);
double ratio(const QColor& a, const QColor& b);
// Black or white, whichever stands out more on background: for text written on a coloured bar or label.
QColor textOn(const QColor& background);
} // namespace Contrast

// The charts' colours for the palette they are drawn in (light, dark or high contrast): Okabe–Ito blue and vermillion
// for lines and what needs attention, grey for what is only a reference (a target, an average), distinct for readers
// with colour-vision deficiencies. A colour that would not reach its contrast on the background becomes the
// palette's text colour, so that a high-contrast theme is never undone by the chart.
struct ChartPalette
{
    QColor background;
    QColor text;
    QColor grid;
    QColor line; // the chart's own series: at least 3:1
    QColor alert; // "today", targets, overdue: also written as text, at least 4.5:1
    QColor reference; // expected lines, averages: also written as text, at least 4.5:1
    QColor warning; // text that warns (an overdue deadline, a problem in a dialog), with an icon or words: 4.5:1

    static ChartPalette of(const QPalette& palette);
    // Gives a label the warning colour of its palette, in place of a fixed red that a dark theme would hide.
    static void markAsWarning(QWidget* label);
    // The edge drawn around a status's bar: the status colour where it stands out from the background by 3:1,
    // else the text colour, so that a pale bar on white (or a dark one on black) still has a visible outline.
    QColor statusEdge(const QString& statusCode) const;
};
