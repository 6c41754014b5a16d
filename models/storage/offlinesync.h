#pragma once

#include "offlinecopy.h"
#include "syncside.h"

#include <QCoreApplication>

class QSqlQuery;

// One run of OfflineCopy::sync: reads the server (in one REPEATABLE READ transaction), the copy and its base, merges
// them, writes the server and its history in that transaction, then the copy, its history and its new base in one
// file transaction.
class OfflineSync
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCopy)

public:
    OfflineSync(Database& file, Database& server, const OfflineCopy::Origin& origin);

    std::optional<OfflineCopy::Report> run(const QHash<SyncChoiceKey, SyncChoice>& choices, QString* error);

private:
    bool serverQuery(QSqlQuery& query, const QString& sql, QString* error);
    bool prepareLocal(QString* error);
    bool readServer(QString* error);
    bool readLocal(QString* error);
    bool sendHistory(const SyncMergeResult& merged, QString* error);
    bool writeLocal(const SyncMergeResult& merged, QString* error);
    bool mayEdit(const QString& table, const QString& key) const;
    void explain(SyncConflict* conflict) const;

    Database& m_file;
    Database& m_server;
    OfflineCopy::Origin m_origin;
    SyncSide m_local;
    SyncSide m_remote;
    SyncRows m_base;
    QHash<QString, QHash<QString, qint64>> m_baseServerIds;
    QVector<QVector<QVariant>> m_pulledRaw;
    qint64 m_newSequence = 0;
    OfflineCopy::Report m_report;
};
