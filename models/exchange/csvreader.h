#pragma once

// Reads CSV as Excel and LibreOffice write it: RFC 4180 quoting (delimiters, quotes and line breaks inside quoted
// fields), a delimiter found from the header line (";" as Norwegian Excel writes, ",", tab), UTF-8 with or without
// a byte-order mark, and Windows-1252 as older Excel saves. Caps what it accepts before it parses, so that a huge or
// hostile file is refused with a message rather than eating the machine.

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

// Something wrong at a place in an imported file: line and column are 1-based; column 0 means the whole line.
struct ImportProblem
{
    int line = 0;
    int column = 0;
    QString message;

    // "file:line:column: message", the form compilers use, so that editors can jump to it.
    QString toString(const QString& fileName) const;
};

struct CsvTable
{
    QVector<QStringList> rows; // the header row first
    QVector<int> lines; // the line each row starts on
    QChar delimiter;
    QString encoding; // "UTF-8" or "Windows-1252"
};

// What an import accepts at the most (an .xlsx's unpacked sheet is held to the same).
struct CsvLimits
{
    qint64 maxBytes = 32 * 1024 * 1024;
    int maxRows = 100000; // besides the header
    int maxFieldLength = 1000000; // characters in one field: a 100 kB description exported must come back
    int maxColumns = 200;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Parses the whole file; nothing on failure, with the problems (at least one) in *problems.
    static std::optional<CsvTable>
    parse(const QByteArray& bytes, QVector<ImportProblem>* problems, const CsvLimits& limits = CsvLimits());

    // UTF-8 (a byte-order mark is dropped) when the bytes are valid UTF-8, else Windows-1252.
    static QString decode(const QByteArray& bytes, QString* encoding = nullptr);
    // The most frequent of ";", "," and tab outside quotes in the first line (tab on a tie); ";" when there is none.
    static QChar detectDelimiter(const QString& text);
};
