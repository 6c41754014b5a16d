#include "uilanguage.h"

#include "language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace {

const QString SettingKey = QStringLiteral("ui/language");

// The two translators the app has installed, replaced on every change (owned by the application object).
QPointer<QTranslator> ownTranslator;
QPointer<QTranslator> qtTranslator;

void replace(QPointer<QTranslator>& slot, QTranslator* next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

} // namespace

QString UiLanguage::setting()
{
    const QString code = QSettings().value(SettingKey).toString();
    return Language::codes().contains(code) ? code : QString();
}

void UiLanguage::setSetting(const QString& code)
{
    QSettings().setValue(SettingKey, Language::codes().contains(code) ? code : QString());
}

QString UiLanguage::effective(const QString& setting)
{
    if (Language::codes().contains(setting))
        return setting;
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::NorwegianNynorsk)
        return QStringLiteral("nn");
    if (system.language() == QLocale::NorwegianBokmal)
        return QStringLiteral("nb");
    return QStringLiteral("en");
}

void UiLanguage::apply(const QString& setting)
{
    const QString code = effective(setting);
    QLocale::setDefault(Language::locale(code));
    // English has a file too: the source text has no plural forms ("%n finding(s)").
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/actionplans_%1.qm").arg(code))) {
        delete own;
        own = nullptr;
    }
    // Qt's own words, from Debian's qt6-translations-l10n. Debian 12 ships qtbase_nn but no qtbase_nb: bokmål falls
    // back to nynorsk, whose button words (Avbryt, Lagre, Ja, Nei, Lukk) are the same, rather than to English.
    QTranslator* qt = nullptr;
    if (code != QLatin1String("en")) {
        qt = new QTranslator(QCoreApplication::instance());
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!qt->load(QStringLiteral("qtbase_%1").arg(code), folder)
            && !qt->load(QStringLiteral("qtbase_nn"), folder)) {
            delete qt;
            qt = nullptr;
        }
    }
    replace(qtTranslator, qt);
    replace(ownTranslator, own); // last: asked first
}
