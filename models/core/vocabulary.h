#pragma once

#include <QCoreApplication>
#include <QStringList>

// The fixed vocabularies of the domain. The database stores the English codes; people see the translated names.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QStringList measureStatuses();
    static QString measureStatusName(const QString& code);
    // Done and cancelled measures are finished: they can never be overdue.
    static bool isFinished(const QString& statusCode);

    static QStringList planStatuses();
    static QString planStatusName(const QString& code);

    static QStringList planKinds();
    static QString planKindName(const QString& code);

    static QStringList priorities();
    static QString priorityName(const QString& code);

    static QStringList grantStatuses();
    static QString grantStatusName(const QString& code);

    static QStringList directions();
    static QString directionName(const QString& code);
};
