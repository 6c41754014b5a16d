#pragma once

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

// A file name made from a title: characters that file systems refuse become dashes.
inline QString safeFileName(QString name)
{
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("-"));
    return name.simplified();
}

// The folder a file dialog starts in: where the adviser last saved or opened this kind of file, else Documents, else
// home. Only a folder that exists: a missing one would make the dialog take its name for the file's.
inline QString lastFolder(const QString& settingsKey)
{
    for (const QString& folder : {QSettings().value(settingsKey).toString(),
                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!folder.isEmpty() && QDir(folder).exists())
            return folder;
    }
    return QDir::homePath();
}
