#include "localtext.h"

#include <QStringList>

#include <algorithm>

LocalText::LocalText(const QString& everyLanguage)
{
    byLanguage.insert(QString(), everyLanguage);
}

QString LocalText::in(const QString& language) const
{
    const QStringList order = language == QLatin1String("en") ? QStringList {QStringLiteral("en"), QStringLiteral("nb")}
        : language == QLatin1String("nn")                     ? QStringList {QStringLiteral("nn"), QStringLiteral("nb")}
                                          : QStringList {QStringLiteral("nb"), QStringLiteral("nn")};
    for (const QString& code : order + QStringList {QString(), QStringLiteral("en")}) {
        if (const QString text = byLanguage.value(code); !text.isEmpty())
            return text;
    }
    return byLanguage.isEmpty() ? QString() : byLanguage.begin().value();
}

bool LocalText::isEmpty() const
{
    return std::all_of(byLanguage.begin(), byLanguage.end(), [](const QString& text) { return text.isEmpty(); });
}
