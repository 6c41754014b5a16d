#pragma once

#include <QStringList>
#include <QVector>

// One step of the schema's history: the statements that take a file from version toVersion - 1 to toVersion.
struct Migration
{
    int toVersion = 0;
    QStringList statements;
};

// The schema of the action-plan file, as the list of migrations that build it from an empty file. A new file runs
// them all; an older file runs those above its PRAGMA user_version. Never edit a released step: append a new one.
class Schema
{
public:
    // "HPLN": marks the file as ours in the SQLite header (PRAGMA application_id).
    static constexpr int ApplicationId = 0x48504C4E;

    static QVector<Migration> migrations();
    static int latestVersion(const QVector<Migration>& migrations);
};
