#include "vocabulary.h"

QStringList Vocabulary::measureStatuses()
{
    return {QStringLiteral("planned"),
            QStringLiteral("not_started"),
            QStringLiteral("in_progress"),
            QStringLiteral("delayed"),
            QStringLiteral("blocked"),
            QStringLiteral("done"),
            QStringLiteral("cancelled")};
}

QString Vocabulary::measureStatusName(const QString& code)
{
    if (code == QLatin1String("planned"))
        return tr("Planned");
    if (code == QLatin1String("not_started"))
        return tr("Not started");
    if (code == QLatin1String("in_progress"))
        return tr("In progress");
    if (code == QLatin1String("delayed"))
        return tr("Delayed");
    if (code == QLatin1String("blocked"))
        return tr("Blocked");
    if (code == QLatin1String("done"))
        return tr("Done");
    if (code == QLatin1String("cancelled"))
        return tr("Cancelled");
    return code;
}

bool Vocabulary::isFinished(const QString& statusCode)
{
    return statusCode == QLatin1String("done") || statusCode == QLatin1String("cancelled");
}

QStringList Vocabulary::planStatuses()
{
    return {
        QStringLiteral("draft"), QStringLiteral("consultation"), QStringLiteral("adopted"), QStringLiteral("archived")};
}

QString Vocabulary::planStatusName(const QString& code)
{
    if (code == QLatin1String("draft"))
        return tr("Draft");
    if (code == QLatin1String("consultation"))
        return tr("Out for consultation");
    if (code == QLatin1String("adopted"))
        return tr("Adopted");
    if (code == QLatin1String("archived"))
        return tr("Archived");
    return code;
}

QStringList Vocabulary::planKinds()
{
    return {QStringLiteral("plastic_smart"),
            QStringLiteral("circular"),
            QStringLiteral("climate"),
            QStringLiteral("other")};
}

QString Vocabulary::planKindName(const QString& code)
{
    if (code == QLatin1String("plastic_smart"))
        return tr("Plastic-smart");
    if (code == QLatin1String("circular"))
        return tr("Circular economy");
    if (code == QLatin1String("climate"))
        return tr("Climate");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QStringList Vocabulary::priorities()
{
    return {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
}

QString Vocabulary::priorityName(const QString& code)
{
    if (code == QLatin1String("high"))
        return tr("High");
    if (code == QLatin1String("medium"))
        return tr("Medium");
    if (code == QLatin1String("low"))
        return tr("Low");
    return code;
}

QStringList Vocabulary::grantStatuses()
{
    return {QStringLiteral("applied"), QStringLiteral("granted"), QStringLiteral("rejected")};
}

QString Vocabulary::grantStatusName(const QString& code)
{
    if (code == QLatin1String("applied"))
        return tr("Applied for");
    if (code == QLatin1String("granted"))
        return tr("Granted");
    if (code == QLatin1String("rejected"))
        return tr("Rejected");
    return code;
}

QStringList Vocabulary::directions()
{
    return {QStringLiteral("higher"), QStringLiteral("lower")};
}

QString Vocabulary::directionName(const QString& code)
{
    if (code == QLatin1String("higher"))
        return tr("Higher is better");
    if (code == QLatin1String("lower"))
        return tr("Lower is better");
    return code;
}
