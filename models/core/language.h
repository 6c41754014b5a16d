#pragma once

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

// The app's three languages — "nb" (bokmål), "nn" (nynorsk) and "en" — and the locale each writes numbers and
// dates in.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    static QStringList codes();
    static QString name(const QString& code);
    // The language a municipality writes in: nynorsk for a nynorsk municipality, bokmål for the others.
    static QString forWrittenStandard(const QString& writtenStandard);
    // Norwegian locales for nb and nn; for en, English words with the Norwegian way of writing dates.
    static QLocale locale(const QString& code);
    // The code of the language spoken now (the default locale's): what a document made now is written in.
    static QString current();
    // Dates as Norwegian documents write them, 24.11.2026, in every language: the English window is for staff in
    // Norway, and its dates read as the council report's do (Qt has no English-in-Norway locale).
    static QString dateFormat();
    static QString formatDate(const QDate& date);
    static QString formatDateTime(const QDateTime& dateTime);
    // Figures as Norwegian documents write them, in the locale spoken now, with a no-break space before the unit or
    // sign (Norwegian typesetting): 62 %, 12 345,5, 412 stk., 80 000 kr.
    static QString formatPercent(double share); // a share 0–1, rounded to whole per cent
    static QString formatNumber(double value); // whole, or with one decimal
    static QString formatQuantity(double value, const QString& unit); // unit may be empty
    static QString formatKroner(double amount); // whole kroner
    // Norwegian alphabetical order in every language (æ, ø, å last, "Aa" as "Å"), ignoring case: names of
    // municipalities, plans and focus areas are Norwegian.
    static QCollator collator();
};

// Speaks one language for as long as it lives: its translations come first and its locale is the default, so that
// tr() and QLocale() anywhere (vocabulary names, chart axes) follow it. Used to render a report in a language other
// than the window's; everything is put back on destruction.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

    bool isLoaded() const { return m_installed; }

private:
    QTranslator m_translator;
    QLocale m_previousLocale;
    bool m_installed = false;
};
