#pragma once

#include <QHash>
#include <QString>

// A text in each language it was written in ("nb", "nn", "en"), as the data files in resources/ carry them; a text
// without a language reads the same in every language.
class LocalText
{
public:
    LocalText() = default;
    LocalText(const QString& everyLanguage); // NOLINT: a plain string is a text in every language
    // In the language, else the nearest: bokmål and nynorsk readers read each other's standard better than English;
    // English readers get bokmål last.
    QString in(const QString& language) const;
    bool isEmpty() const;
    QHash<QString, QString> byLanguage;
};
