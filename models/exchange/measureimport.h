#pragma once

// Measures read from a spreadsheet (CSV or the first sheet of an .xlsx) into a plan. The header row names the columns
// in English or Norwegian, in any order; values are read as Norwegian spreadsheets write them. All or nothing: read()
// checks every row and reports every problem with its place; MeasureRows::add() writes only a table without problems,
// in one transaction.

#include "csvreader.h"
#include "entities.h"
#include "measurerows.h"

#include <QCoreApplication>
#include <QMap>

class MeasureImport
{
    Q_DECLARE_TR_FUNCTIONS(MeasureImport)

public:
    enum class Field {
        Code,
        FocusArea,
        Title,
        Description,
        Owner,
        Start,
        Deadline,
        Status,
        Progress,
        Priority,
        Cost,
        Funding,
    };
    static constexpr int FieldCount = int(Field::Funding) + 1;

    // One measure to add, with the names of the focus area and owner it refers to (created when missing).
    using Row = MeasureRow;

    struct Result
    {
        QVector<Row> rows;
        QStringList ignoredColumns; // headers no field is known by, reported and skipped
        QVector<ImportProblem> problems; // the first MaxProblems
        int problemCount = 0; // all of them
        bool ok() const { return problemCount == 0; }
    };

    // Reads a CSV file (capped by limits before it is parsed), or the first sheet of an .xlsx workbook.
    static Result readFile(const QString& path, const CsvLimits& limits = CsvLimits());
    // Reads the rows of a table whose first row is the header.
    static Result read(const QVector<QStringList>& rows, const QVector<int>& lines);

    // The field a header names ("frist", "Deadline", "Innsatsområde"…), if any.
    static std::optional<Field> fieldForHeader(const QString& header);
    // "1 234,50", "kr 15 000", "15000,-", "1234.5", "-200"
    static std::optional<double> parseAmount(const QString& text);
    // "40 %", "40%", "0,4", "40" → 40
    static std::optional<int> parseProgress(const QString& text);
    // A status in bokmål, nynorsk or English words (or its code) → its code.
    static std::optional<QString> parseStatus(const QString& text);
    static std::optional<QString> parsePriority(const QString& text);

    static constexpr int MaxProblems = 50;
};
