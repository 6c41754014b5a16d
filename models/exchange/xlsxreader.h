#pragma once

// Reads the first sheet of an .xlsx workbook (unpacked with Debian's minizip, read with QXmlStreamReader) as rows of
// text, the way the CSV reader gives them: shared and inline strings, numbers, Excel date serials (as dd.mm.yyyy) and
// percentages (as "40 %"). Every zip entry's unpacked size and compression ratio are checked before a byte is
// inflated, so that a zip bomb is refused with a message.

#include "csvreader.h"

#include <QCoreApplication>

class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Limits
    {
        qint64 maxFileBytes = 32 * 1024 * 1024;
        qint64 maxEntryBytes = 64 * 1024 * 1024; // unpacked
        qint64 maxTotalBytes = 160 * 1024 * 1024; // unpacked, all entries together
        int maxRatio = 200; // unpacked / packed, for entries above 1 MB
        int maxRows = 100000;
    };

    // The sheet's rows (lines are Excel's row numbers, so problems point at the row the adviser sees).
    static std::optional<CsvTable> read(const QString& path, QVector<ImportProblem>* problems, const Limits& limits);
    static std::optional<CsvTable> read(const QString& path, QVector<ImportProblem>* problems)
    {
        return read(path, problems, Limits());
    }
};
