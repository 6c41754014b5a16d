#include "statuscolors.h"

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
    const QColor background = color(statusCode);
    // Relative luminance decides: dark text on light colours, white on dark ones.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
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
