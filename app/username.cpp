#include "username.h"

#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace {
const QString NameKey = QStringLiteral("user/name");
}

QString UserName::effective()
{
    const QString name = saved();
    return name.isEmpty() ? suggested() : name;
}

QString UserName::saved()
{
    return QSettings().value(NameKey).toString().trimmed();
}

void UserName::save(const QString& name)
{
    QSettings().setValue(NameKey, name.trimmed());
}

QString UserName::suggested()
{
    // The GECOS field: "Full Name,room,phone,…"; the full name is what comes before the first comma.
    if (const passwd* account = getpwuid(getuid())) {
        const QString fullName = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!fullName.isEmpty())
            return fullName;
        if (account->pw_name)
            return QString::fromLocal8Bit(account->pw_name);
    }
    return qEnvironmentVariable("USER");
}
