// libFuzzer target: the CSV reader and the measure rules behind it, on any bytes. A crash, a hang or a sanitizer
// report is a bug; a refusal with a message is the expected answer to nonsense.
#include "csvreader.h"
#include "measureimport.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv); // the translators the status words come from need one
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    CsvLimits limits;
    limits.maxBytes = 1024 * 1024;
    limits.maxRows = 2000;
    QVector<ImportProblem> problems;
    const std::optional<CsvTable> table
        = CsvReader::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), &problems, limits);
    if (table)
        MeasureImport::read(table->rows, table->lines);
    return 0;
}
