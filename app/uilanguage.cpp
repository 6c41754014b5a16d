#include "uilanguage.h"

#include "language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace {

const QString SettingKey = QStringLiteral("ui/language");

// The translators the app has installed, replaced on every change (owned by the application object).
QPointer<QTranslator> ownTranslator;
QPointer<QTranslator> qtTranslator;
QPointer<QTranslator> qtSupplement;

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

// A translator holding `name` from `folder`, or null when there is none (English has no Qt file: its source is
// English).
QTranslator* loaded(const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(name, folder))
        return translator;
    delete translator;
    return nullptr;
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
    QTranslator* own = loaded(QStringLiteral("actionplans_%1").arg(code), QStringLiteral(":/i18n"));
    // Qt's own words, from Debian's qt6-translations-l10n. Debian 12 ships qtbase_nn but no qtbase_nb: bokmål loads
    // the nynorsk file for the rare strings (print dialog, colour picker), and the app's own bokmål supplement on top
    // for the ones its windows show (Lagre, not Lagra; Angre, Gjør om; the file dialog).
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QTranslator* qt = loaded(QStringLiteral("qtbase_%1").arg(code), folder);
    QTranslator* supplement = nullptr;
    if (!qt && code == QLatin1String("nb")) {
        qt = loaded(QStringLiteral("qtbase_nn"), folder);
        supplement = loaded(QStringLiteral("qtbase_supplement_nb"), QStringLiteral(":/i18n"));
    }
    replace(qtTranslator, qt);
    replace(qtSupplement, supplement); // after qtbase_nn: asked before it
    replace(ownTranslator, own); // last: asked first
}
