#pragma once

// Finishing a QSaveFile so that a failed write never leaves a file behind. Qt 6.4's QSaveFile::commit() ignores a
// failing final flush: at a full disk or a file-size limit the buffered tail is cut off and commit() still renames
// the short file into place and returns true (test_diskfull found a CSV export "written" at 2,000 of 5,287 bytes).
// Flushing first, and cancelling when that fails, keeps the promise.

#include <QCoreApplication>
#include <QString>

class QByteArray;
class QSaveFile;

class SaveFiles
{
    Q_DECLARE_TR_FUNCTIONS(SaveFiles)

public:
    // Commits file (opened on path); on failure nothing is left at path and error says why, naming path.
    static bool commit(QSaveFile& file, const QString& path, QString* error);
    // Writes bytes to path through a QSaveFile.
    static bool write(const QString& path, const QByteArray& bytes, QString* error);
};
