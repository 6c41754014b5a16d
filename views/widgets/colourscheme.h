#pragma once

#include <QPalette>
#include <QString>

// The window's colours: the system's, a dark scheme, or high contrast (white on black, yellow focus and selection) for
// readers with low vision on desktops that offer no high-contrast theme of their own. Charts and status colours follow
// whichever palette is in force (see ChartPalette).
namespace ColourScheme {
// "" for the system's, "dark" or "high-contrast".
QString setting();
void setSetting(const QString& scheme);
// The palette of a scheme; the style's own for the system's.
QPalette palette(const QString& scheme);
// Puts the scheme's palette on the running app (Fusion style for the app's own schemes, so that every control takes
// the palette).
void apply(const QString& scheme);
} // namespace ColourScheme
