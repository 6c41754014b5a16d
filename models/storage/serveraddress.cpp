#include "serveraddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QString Schemes[] = {QStringLiteral("postgresql://"), QStringLiteral("postgres://")};

// libpq keywords are lower-case words; values end up in a "keyword=value;…" list, so they may hold no semicolon.
bool isKeyword(const QString& name)
{
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    return keyword.match(name).hasMatch();
}

} // namespace

bool ServerAddress::isServerAddress(const QString& text)
{
    for (const QString& scheme : Schemes) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

std::optional<ServerAddress> ServerAddress::parse(const QString& text, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<ServerAddress> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!isServerAddress(text))
        return fail(tr("“%1” is not a server address: it must begin with postgresql://.").arg(text));
    // QUrl reads the parts; it needs a host it can parse, so a socket folder written as %2F… is taken out first.
    const int schemeEnd = text.indexOf(QLatin1String("://")) + 3;
    const int authorityEnd = [&] {
        const int end = text.indexOf(QRegularExpression(QStringLiteral("[/?]")), schemeEnd);
        return end < 0 ? int(text.size()) : end;
    }();
    QString authority = text.mid(schemeEnd, authorityEnd - schemeEnd);
    ServerAddress address;
    const int at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString credentials = authority.left(at);
        const int colon = credentials.indexOf(QLatin1Char(':'));
        address.user = QUrl::fromPercentEncoding(credentials.left(colon).toUtf8());
        if (colon >= 0)
            address.password = QUrl::fromPercentEncoding(credentials.mid(colon + 1).toUtf8());
        authority = authority.mid(at + 1);
    }
    QString hostPart = authority;
    // "host:port", "[v6]:port", or ":port" alone (a socket folder given as ?host=, as display() writes it).
    const int bracket = authority.indexOf(QLatin1String("]:"));
    const int portColon = authority.startsWith(QLatin1Char('[')) ? (bracket < 0 ? -1 : bracket + 1)
                                                                 : authority.lastIndexOf(QLatin1Char(':'));
    if (portColon >= 0) {
        bool ok = false;
        const int port = authority.mid(portColon + 1).toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return fail(tr("“%1” is not a port number (in “%2”).").arg(authority.mid(portColon + 1), text));
        address.port = port;
        hostPart = authority.left(portColon);
    }
    address.host = QUrl::fromPercentEncoding(hostPart.toUtf8());
    if (address.host.startsWith(QLatin1Char('[')) && address.host.endsWith(QLatin1Char(']')))
        address.host = address.host.mid(1, address.host.size() - 2);

    const QString rest = text.mid(authorityEnd);
    const int question = rest.indexOf(QLatin1Char('?'));
    const QString path = question < 0 ? rest : rest.left(question);
    address.database = QUrl::fromPercentEncoding(path.mid(path.startsWith(QLatin1Char('/')) ? 1 : 0).toUtf8());
    if (address.database.contains(QLatin1Char('/')))
        return fail(tr("“%1” is not a database name (in “%2”).").arg(address.database, text));
    if (question >= 0) {
        const QUrlQuery query(rest.mid(question + 1));
        for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (!isKeyword(name) || value.contains(QLatin1Char(';')))
                return fail(tr("“%1=%2” is not a connection setting libpq knows (in “%3”).").arg(name, value, text));
            if (name == QLatin1String("host"))
                address.host = value;
            else if (name == QLatin1String("port"))
                address.port = value.toInt();
            else if (name == QLatin1String("dbname"))
                address.database = value;
            else if (name == QLatin1String("user"))
                address.user = value;
            else if (name == QLatin1String("password"))
                address.password = value;
            else
                address.options.insert(name, value);
        }
    }
    return address;
}

QString ServerAddress::display() const
{
    QString shown = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        shown += user + QLatin1Char('@');
    shown += host.startsWith(QLatin1Char('/')) ? QString() : host;
    if (port > 0)
        shown += QLatin1Char(':') + QString::number(port);
    shown += QLatin1Char('/') + database;
    QStringList settings;
    if (host.startsWith(QLatin1Char('/')))
        settings << QStringLiteral("host=") + host;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        settings << it.key() + QLatin1Char('=') + it.value();
    if (!settings.isEmpty())
        shown += QLatin1Char('?') + settings.join(QLatin1Char('&'));
    return shown;
}

QString ServerAddress::connectOptions() const
{
    QStringList settings;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        settings << it.key() + QLatin1Char('=') + it.value();
    return settings.join(QLatin1Char(';'));
}
