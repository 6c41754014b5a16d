#include "savefiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace {

QString failure(const QString& path, const QSaveFile& file)
{
    // A short write sets no error text of its own, so QIODevice says "Unknown error", as a fresh device does; say
    // what it almost always means.
    const bool unexplained = file.errorString() == QFile().errorString();
    const QString reason = file.error() == QFileDevice::NoError || unexplained
        ? SaveFiles::tr("not everything could be written (the disk may be full)")
        : file.errorString();
    return SaveFiles::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

bool SaveFiles::commit(QSaveFile& file, const QString& path, QString* error)
{
    if (!file.flush()) {
        if (error)
            *error = failure(path, file);
        file.cancelWriting();
        file.commit(); // removes the temporary file
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = failure(path, file);
        return false;
    }
    return true;
}

bool SaveFiles::write(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        if (error)
            *error = failure(path, file);
        return false; // the destructor removes the temporary file
    }
    return commit(file, path, error);
}
