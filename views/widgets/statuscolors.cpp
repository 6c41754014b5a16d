#include "statuscolors.h"

#include <QWidget>

#include <cmath>

// Okabe & Ito's palette ("Color Universal Design", 2008), chosen because people with the common forms of colour
// blindness can tell its colours apart; greys for the statuses that mean "nothing is happening".
QColor StatusColors::color(const QString& statusCode)
{
    if (statusCode == QLatin1String("planned"))
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    if (statusCode == QLatin1String("not_started"))
        return QColor(0xd0, 0xd0, 0xd0); // light grey
    if (statusCode == QLatin1String("in_progress"))
        return QColor(0x00, 0x5b, 0x94); // Okabe–Ito blue, darkened so that it prints darker than "done"
    if (statusCode == QLatin1String("delayed"))
        return QColor(0xe6, 0x9f, 0x00); // orange
    if (statusCode == QLatin1String("blocked"))
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    if (statusCode == QLatin1String("done"))
        return QColor(0x00, 0x9e, 0x73); // bluish green
    if (statusCode == QLatin1String("cancelled"))
        return QColor(0x80, 0x80, 0x80); // grey
    return QColor(Qt::white);
}

QColor StatusColors::textColor(const QString& statusCode)
{
    return Contrast::textOn(color(statusCode)); // vermillion takes black: white on it is only 3.9:1
}

Qt::BrushStyle StatusColors::pattern(const QString& statusCode)
{
    // Planned and not started print light, in progress and done dark; the three in between print as the same mid
    // grey, so each gets its own hatching.
    if (statusCode == QLatin1String("delayed"))
        return Qt::BDiagPattern;
    if (statusCode == QLatin1String("blocked"))
        return Qt::DiagCrossPattern;
    if (statusCode == QLatin1String("cancelled"))
        return Qt::HorPattern;
    return Qt::NoBrush;
}

QBrush StatusColors::patternBrush(const QString& statusCode)
{
    return QBrush(color(statusCode).darker(175), pattern(statusCode));
}

double Contrast::luminance(const QColor& color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double Contrast::ratio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Contrast::textOn(const QColor& background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return ratio(black, background) >= ratio(white, background) ? black : white;
}

ChartPalette ChartPalette::of(const QPalette& palette)
{
    ChartPalette colors;
    colors.background = palette.color(QPalette::Base);
    colors.text = palette.color(QPalette::Text);
    const bool dark = Contrast::luminance(colors.background) < 0.18;
    // On dark backgrounds the lighter members of the same families: sky blue, orange, light grey.
    colors.line = dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
    colors.alert = dark ? QColor(0xe6, 0x9f, 0x00) : QColor(0xb3, 0x4f, 0x00);
    colors.reference = dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x6e, 0x6e, 0x6e);
    colors.warning = dark ? QColor(0xff, 0x9e, 0x80) : QColor(0xb0, 0x1c, 0x1c);
    colors.grid = dark ? colors.background.lighter(250) : colors.background.darker(118);
    const auto atLeast = [&colors](QColor& color, double ratio) {
        if (Contrast::ratio(color, colors.background) < ratio)
            color = colors.text;
    };
    atLeast(colors.line, 3.0);
    atLeast(colors.alert, 4.5);
    atLeast(colors.reference, 4.5);
    atLeast(colors.warning, 4.5);
    return colors;
}

void ChartPalette::markAsWarning(QWidget* label)
{
    QPalette palette = label->palette();
    const QColor warning = of(palette).warning;
    palette.setColor(QPalette::WindowText, warning);
    palette.setColor(QPalette::Text, warning);
    label->setPalette(palette);
}

QColor ChartPalette::statusEdge(const QString& statusCode) const
{
    const QColor fill = StatusColors::color(statusCode);
    return Contrast::ratio(fill, background) >= 3.0 ? fill.darker(115) : text;
}
