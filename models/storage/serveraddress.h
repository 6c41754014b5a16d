#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

// Where a network's PostgreSQL server is, written as libpq writes it:
// postgresql://[user[:password]@][host][:port][/database][?keyword=value&…] (also postgres://). A host may be a
// socket folder, percent-encoded or as ?host=/path. Other keywords (sslmode, sslrootcert, connect_timeout, …) go to
// libpq unchanged, so that ~/.pgpass, PGPASSFILE, the PG* variables and sslmode=verify-full work as libpq users
// expect. A password in the address is accepted but never shown (see display()).
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString host; // empty: libpq's default (PGHOST, or the local socket)
    int port = 0; // 0: libpq's default (PGPORT, or 5432)
    QString database;
    QString user;
    QString password;
    QMap<QString, QString> options; // further libpq keywords

    // Whether text names a server rather than a file.
    static bool isServerAddress(const QString& text);
    // The address, or nothing with the reason (and the character where it is wrong) in error.
    static std::optional<ServerAddress> parse(const QString& text, QString* error);

    // The address as the user may see it: without the password.
    QString display() const;
    // The further keywords as Qt's PostgreSQL driver takes them ("sslmode=verify-full;connect_timeout=10").
    QString connectOptions() const;
};
