#pragma once

#include <QBrush>
#include <QColor>
#include <QString>

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

// The charts' other colours: Okabe–Ito blue and vermillion for lines and what needs attention, grey for what is only
// a reference (a target, an average), distinct for readers with colour-vision deficiencies.
namespace ChartColors {
inline const QColor Line(0x00, 0x72, 0xb2);
inline const QColor Alert(0xd5, 0x5e, 0x00);
inline const QColor Reference(0x80, 0x80, 0x80);
} // namespace ChartColors
