// libFuzzer target: the .xlsx reader (zip container, workbook, shared strings, styles, sheet XML) on any bytes. The
// reader takes a file, so each input is written to one private file first.
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace {
QString inputPath;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir folder;
    inputPath = folder.filePath(QStringLiteral("input.xlsx"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QFile file(inputPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();
    XlsxReader::Limits limits;
    limits.maxEntryBytes = 4 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    limits.maxRows = 2000;
    QVector<ImportProblem> problems;
    XlsxReader::read(inputPath, &problems, limits);
    return 0;
}
