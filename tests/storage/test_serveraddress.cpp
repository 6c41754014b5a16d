// A network server's address as libpq writes it, read into its parts (data-driven), and the file's schema as
// PostgreSQL reads it.
#include "postgresdialect.h"
#include "schema.h"
#include "serveraddress.h"

#include <QTest>

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void displayReadsBack_data() { reads_data(); }
    void displayReadsBack();
    void refuses_data();
    void refuses();
    void neverShowsThePassword();
    void schemaInPostgresWords();
};

void TestServerAddress::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");

    QTest::newRow("full") << QStringLiteral(
        "postgresql://kari@db.bergen.kommune.no:5433/handlingsplaner?sslmode=verify-full")
                          << QStringLiteral("db.bergen.kommune.no") << 5433 << QStringLiteral("handlingsplaner")
                          << QStringLiteral("kari") << QStringLiteral("") << QStringLiteral("sslmode=verify-full");
    QTest::newRow("short scheme") << QStringLiteral("postgres://server/plans") << QStringLiteral("server") << 0
                                  << QStringLiteral("plans") << QStringLiteral("") << QStringLiteral("")
                                  << QStringLiteral("");
    QTest::newRow("host only") << QStringLiteral("postgresql://server") << QStringLiteral("server") << 0
                               << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("defaults") << QStringLiteral("postgresql://") << QStringLiteral("") << 0 << QStringLiteral("")
                              << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("password") << QStringLiteral("postgresql://ola:hemmelig%40123@server/plans")
                              << QStringLiteral("server") << 0 << QStringLiteral("plans") << QStringLiteral("ola")
                              << QStringLiteral("hemmelig@123") << QStringLiteral("");
    QTest::newRow("socket encoded") << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql:5432/plans")
                                    << QStringLiteral("/var/run/postgresql") << 5432 << QStringLiteral("plans")
                                    << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("socket as setting") << QStringLiteral("postgresql://postgres@/plans?host=/tmp/pg&port=41000")
                                       << QStringLiteral("/tmp/pg") << 41000 << QStringLiteral("plans")
                                       << QStringLiteral("postgres") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("port without host") << QStringLiteral("postgresql://kari@:41000/plans?host=/tmp/pg")
                                       << QStringLiteral("/tmp/pg") << 41000 << QStringLiteral("plans")
                                       << QStringLiteral("kari") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("IPv6") << QStringLiteral("postgresql://[::1]:5432/plans") << QStringLiteral("::1") << 5432
                          << QStringLiteral("plans") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("two settings") << QStringLiteral("postgresql://h/d?connect_timeout=10&application_name=actionplans")
                                  << QStringLiteral("h") << 0 << QStringLiteral("d") << QStringLiteral("")
                                  << QStringLiteral("")
                                  << QStringLiteral("application_name=actionplans;connect_timeout=10");
    QTest::newRow("Norwegian database name")
        << QStringLiteral("postgresql://h/h%C3%A5ndlingsplaner") << QStringLiteral("h") << 0
        << QStringLiteral("håndlingsplaner") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");
}

void TestServerAddress::reads()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(text, &error);
    QVERIFY2(address, qPrintable(error));
    QTEST(address->host, "host");
    QTEST(address->port, "port");
    QTEST(address->database, "database");
    QTEST(address->user, "user");
    QTEST(address->password, "password");
    QTEST(address->connectOptions(), "options");
    QVERIFY(ServerAddress::isServerAddress(text));
}

// What the window shows and remembers (recent files) is an address of its own: read again, it is the same server.
void TestServerAddress::displayReadsBack()
{
    QFETCH(QString, text);
    const std::optional<ServerAddress> address = ServerAddress::parse(text, nullptr);
    QVERIFY(address);
    QString error;
    const std::optional<ServerAddress> again = ServerAddress::parse(address->display(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->host, address->host);
    QCOMPARE(again->port, address->port);
    QCOMPARE(again->database, address->database);
    QCOMPARE(again->user, address->user);
    QCOMPARE(again->connectOptions(), address->connectOptions());
    QVERIFY(again->password.isEmpty());
}

void TestServerAddress::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("a file") << QStringLiteral("/home/kari/plans.handlingsplan")
                            << QStringLiteral("must begin with postgresql://");
    QTest::newRow("bad port") << QStringLiteral("postgresql://server:54x/plans")
                              << QStringLiteral("“54x” is not a port number");
    QTest::newRow("port too large") << QStringLiteral("postgresql://server:70000/plans")
                                    << QStringLiteral("“70000” is not a port number");
    QTest::newRow("path in database") << QStringLiteral("postgresql://server/a/b")
                                      << QStringLiteral("“a/b” is not a database name");
    QTest::newRow("semicolon in a setting") << QStringLiteral("postgresql://server/plans?sslmode=require;x")
                                            << QStringLiteral("is not a connection setting");
    QTest::newRow("odd setting name") << QStringLiteral("postgresql://server/plans?SSL-Mode=x")
                                      << QStringLiteral("is not a connection setting");
}

void TestServerAddress::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ServerAddress::parse(text, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestServerAddress::neverShowsThePassword()
{
    QString error;
    const std::optional<ServerAddress> address
        = ServerAddress::parse(QStringLiteral("postgresql://ola:hemmelig@server:5433/plans?sslmode=require"), &error);
    QVERIFY(address);
    QCOMPARE(address->display(), QStringLiteral("postgresql://ola@server:5433/plans?sslmode=require"));
    QVERIFY(!address->display().contains(QLatin1String("hemmelig")));
}

void TestServerAddress::schemaInPostgresWords()
{
    QCOMPARE(
        PostgresDialect::fromSqlite(QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT, cost_nok REAL, n INTEGER")),
        QStringLiteral(
            "id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, cost_nok DOUBLE PRECISION, n INTEGER"));
    QCOMPARE(PostgresDialect::fromSqlite(QStringLiteral("id INTEGER PRIMARY KEY,")),
             QStringLiteral("id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"));
    // Nothing SQLite-only is left in any step of the schema.
    for (const Migration& step : Schema::migrations()) {
        for (const QString& statement : step.statements) {
            const QString converted = PostgresDialect::fromSqlite(statement);
            QVERIFY2(!converted.contains(QLatin1String("AUTOINCREMENT")) && !converted.contains(QLatin1String(" REAL")),
                     qPrintable(converted));
        }
    }
    QCOMPARE(PostgresDialect::insertIgnoringDuplicates(QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b")}),
             QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING"));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "test_serveraddress.moc"
