#include "language.h"

QStringList Language::codes()
{
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
}

QString Language::name(const QString& code)
{
    if (code == QLatin1String("nb"))
        return tr("Bokmål");
    if (code == QLatin1String("nn"))
        return tr("Nynorsk");
    if (code == QLatin1String("en"))
        return tr("English");
    return code;
}

QString Language::forWrittenStandard(const QString& writtenStandard)
{
    return writtenStandard == QLatin1String("nn") ? QStringLiteral("nn") : QStringLiteral("nb");
}

QLocale Language::locale(const QString& code)
{
    if (code == QLatin1String("nn"))
        return QLocale(QLocale::NorwegianNynorsk, QLocale::Norway);
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom); // day before month, as Norwegian readers expect
    return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
}

QString Language::current()
{
    switch (QLocale().language()) {
    case QLocale::NorwegianNynorsk:
        return QStringLiteral("nn");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QStringLiteral("nb");
    }
}

QString Language::dateFormat()
{
    return QStringLiteral("dd.MM.yyyy");
}

QString Language::formatPercent(double share)
{
    return QLocale().toString(qRound(share * 100.0)) + QChar(0x00a0) + QLatin1Char('%');
}

QString Language::formatNumber(double value)
{
    const bool whole = qAbs(value - qRound64(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString Language::formatQuantity(double value, const QString& unit)
{
    return unit.isEmpty() ? formatNumber(value) : formatNumber(value) + QChar(0x00a0) + unit;
}

QString Language::formatKroner(double amount)
{
    return QLocale().toString(amount, 'f', 0) + QChar(0x00a0) + QLatin1String("kr");
}

QString Language::formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(dateFormat()) : QString();
}

QString Language::formatDateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toString(dateFormat() + QStringLiteral(" HH:mm")) : QString();
}

QCollator Language::collator()
{
    QCollator collator {QLocale(QLocale::NorwegianBokmal, QLocale::Norway)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

ScopedLanguage::ScopedLanguage(const QString& code)
    : m_previousLocale(QLocale())
{
    QLocale::setDefault(Language::locale(code));
    // The translator installed last is asked first, so this one wins over the window's for its lifetime.
    if (m_translator.load(QStringLiteral(":/i18n/actionplans_%1.qm").arg(code)))
        m_installed = QCoreApplication::installTranslator(&m_translator);
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(m_previousLocale);
}
