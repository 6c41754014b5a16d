#pragma once

// Runs the built actionplans binary (ACTIONPLANS_BINARY) as a user would at a terminal, in English, with what to
// type on its standard input; returns its exit code and what it printed.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;
    QString err;
};

inline CliRun runActionplans(const QStringList& arguments, const QByteArray& input = QByteArray())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English messages
    env.remove(QStringLiteral("PGPASSWORD"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ACTIONPLANS_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    CliRun result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
