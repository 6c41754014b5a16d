#pragma once

#include <QString>

// The language the window and the command line speak: the app's translations, Qt's own (buttons, file dialogs) and
// the default locale for dates and numbers. Chosen in Settings → Language — the system's, bokmål, nynorsk or
// English — and remembered. Installing it sends every widget a LanguageChange, so the open window retranslates
// itself without a restart.
class UiLanguage
{
public:
    // "" for the system's language, else nb, nn or en.
    static QString setting();
    static void setSetting(const QString& code);
    // The language a setting stands for: the system's is bokmål for Norwegian (nb, no) systems, nynorsk for nn,
    // English for all others.
    static QString effective(const QString& setting);
    // Installs the translations of the setting's language in place of the ones installed before.
    static void apply(const QString& setting);
};
