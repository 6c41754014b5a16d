#include "statuscolors.h"

QColor StatusColors::color(const QString& statusCode)
{
    if (statusCode == QLatin1String("planned"))
        return QColor(0xc9, 0xd6, 0xe8);
    if (statusCode == QLatin1String("not_started"))
        return QColor(0xe3, 0xe3, 0xe3);
    if (statusCode == QLatin1String("in_progress"))
        return QColor(0x3a, 0x7b, 0xd5);
    if (statusCode == QLatin1String("delayed"))
        return QColor(0xf0, 0x9a, 0x2b);
    if (statusCode == QLatin1String("blocked"))
        return QColor(0xc8, 0x3b, 0x3b);
    if (statusCode == QLatin1String("done"))
        return QColor(0x3d, 0x9a, 0x50);
    if (statusCode == QLatin1String("cancelled"))
        return QColor(0x7a, 0x7a, 0x7a);
    return QColor(Qt::white);
}

QColor StatusColors::textColor(const QString& statusCode)
{
    const QColor background = color(statusCode);
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}
