#pragma once

#include <QString>

// The name the change log gives the user's edits ("Kari Nordmann"), the same on a file, an offline copy and a
// server: the name given in Settings (or the welcome), else the account's full name, else its login name.
class UserName
{
public:
    static QString effective();
    // The name given, or empty when none was.
    static QString saved();
    static void save(const QString& name);
    // The account's full name (from the system's user database), else the login name.
    static QString suggested();
};
