#pragma once

// Where a store test keeps its data: a fresh database file, or — when the test runs with
// ACTIONPLANS_TEST_BACKEND=server — a fresh database on a throwaway PostgreSQL cluster (tests/pgcluster.h), so that
// the same test proves both backends and they cannot drift. On the server each test gets a copy of one database made
// by `server init` (CREATE DATABASE … TEMPLATE), which takes milliseconds where init takes seconds; the test connects
// as the cluster's superuser, the database's owner, so that row-level security does not get in the way of what the
// test is about (test_serverstores and test_serveraccess are about that).

#include "database.h"
#include "datafile.h"
#include "pgcluster.h"
#include "sampledata.h"
#include "serveraddress.h"
#include "serverconnection.h"
#include "serversetup.h"
#include "stores.h"

#include <QTemporaryDir>
#include <memory>

class StoreBackend
{
public:
    StoreBackend()
        : m_server(qgetenv("ACTIONPLANS_TEST_BACKEND") == "server")
    {
    }

    bool isServer() const { return m_server; }
    QString name() const { return m_server ? QStringLiteral("server") : QStringLiteral("file"); }

    // Starts the cluster and prepares the template database (the server only); false with the reason in error().
    bool start()
    {
        if (!m_server)
            return m_dir.isValid() || fail(QStringLiteral("cannot make a temporary folder"));
        m_cluster = std::make_unique<PgCluster>();
        if (!m_cluster->start() || !m_cluster->exec(QStringLiteral("CREATE DATABASE template_plans")))
            return fail(m_cluster->error());
        const std::optional<ServerAddress> address
            = ServerAddress::parse(m_cluster->address(QStringLiteral("template_plans")), &m_error);
        if (!address)
            return false;
        ServerConnection setup(*address);
        if (!setup.open())
            return fail(setup.errorString());
        return ServerSetup::init(setup, &m_error).has_value();
    }

    // A new, empty database with the municipalities of Norway, named for the test; its file path or server address.
    QString fresh(const QString& name)
    {
        const QString database = name.toLower();
        if (!m_server) {
            const QString path = m_dir.filePath(database + QStringLiteral(".handlingsplan"));
            QFile::remove(path);
            return path;
        }
        m_cluster->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        if (!m_cluster->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template_plans").arg(database)))
            m_error = m_cluster->error();
        return m_cluster->address(database);
    }

    // Opens (creating a file if need be) what fresh() gave; with the sample data, as the default file has it.
    bool open(Database& db, const QString& location, bool withSampleData = false)
    {
        if (!DataFile::openOrCreate(db, location, withSampleData, &m_error))
            return false;
        if (!m_server || !withSampleData) // a server gets no samples from opening (nobody wants them there)
            return true;
        Stores stores(db);
        return SampleData::install(stores, &m_error, QDate::currentDate(), SampleData::languageFor(QLocale()));
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString& error)
    {
        m_error = error;
        return false;
    }

    bool m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_cluster;
    QString m_error;
};
