#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// Where the user's data lives, and how a file comes into being: a new file always gets the municipalities of
// Norway; the default file also gets the sample data, so that a first start shows something real to look at.
class DataFile
{
    Q_DECLARE_TR_FUNCTIONS(DataFile)

public:
    // The default database in the platform's app data folder.
    static QString defaultPath();
    // Opens path if it exists (with all of Database::open's checks, and a daily backup: see Backups), or creates it.
    // On failure a file this call created is removed again. A backup that could not be saved leaves the file open
    // and says why in warning.
    // A server address (see ServerAddress) is connected to instead, as by connectToServer without a password.
    static bool
    openOrCreate(Database& db, const QString& path, bool withSampleData, QString* error, QString* warning = nullptr);
    // Connects db to the server at address; a password given here wins over one in the address (or libpq's own).
    static bool connectToServer(Database& db, const QString& address, const QString& password, QString* error);
};
