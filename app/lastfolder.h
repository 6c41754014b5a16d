#pragma once

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

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
