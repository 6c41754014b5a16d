#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class Stores;

// The sample networks and plans shipped with the app (resources/sample). They are marked as sample data, never
// presented as a municipality's real plan. Installing twice adds nothing the second time.
class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)

public:
    // Adds the sample data in one transaction; progress histories end at `today`. On failure nothing is added.
    // `language` is "nb" or "nn": the written standard of the bokmål municipalities' sample plans (the nynorsk
    // municipality's plan is in nynorsk either way).
    static bool install(Stores& stores,
                        QString* error,
                        const QDate& today = QDate::currentDate(),
                        const QString& language = QStringLiteral("nb"));
    // The known networks of the sample data (name, description, members, joint projects, from public sources), as the
    // real networks they are, not as samples: what `server init` gives a new server, so that coordinators can be
    // added to them. A network of that name already there is left as it is. The number of networks added, or nothing
    // (and why in error).
    static std::optional<int> installNetworks(Stores& stores, QString* error);
    // The sample plans' written standard for someone working in `locale`: nynorsk for nynorsk, otherwise bokmål.
    static QString languageFor(const QLocale& locale);
    // Texts of the sample data that have no translation into `language`, and translations no text uses; empty
    // when the translation is complete.
    static QStringList translationProblems(const QString& language);
};
