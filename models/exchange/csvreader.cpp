#include "csvreader.h"

#include <QLocale>
#include <QStringDecoder>

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9f; the five unused codes stay as their Latin-1 control codes.
const char16_t Cp1252High[32] = {0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
                                 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
                                 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178};

QString fromWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = value >= 0x80 && value < 0xa0 ? QChar(Cp1252High[value - 0x80]) : QChar(char16_t(value));
    }
    return text;
}

} // namespace

QString ImportProblem::toString(const QString& fileName) const
{
    return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(message);
}

QString CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    return fromWindows1252(bytes);
}

QChar CsvReader::detectDelimiter(const QString& text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas) // a tab inside a title is rarer than a ";"
        return QLatin1Char('\t');
    if (commas > semicolons)
        return QLatin1Char(',');
    return QLatin1Char(';');
}

std::optional<CsvTable>
CsvReader::parse(const QByteArray& bytes, QVector<ImportProblem>* problems, const CsvLimits& limits)
{
    const auto fail = [problems](int line, int column, const QString& message) {
        if (problems)
            problems->append({line, column, message});
        return std::nullopt;
    };
    if (bytes.size() > limits.maxBytes)
        return fail(0,
                    0,
                    tr("The file is %1; files of more than %2 are not imported.")
                        .arg(QLocale().formattedDataSize(bytes.size()), QLocale().formattedDataSize(limits.maxBytes)));
    CsvTable table;
    const QString text = decode(bytes, &table.encoding);
    table.delimiter = detectDelimiter(text);

    QStringList row;
    QString field;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    int quoteColumn = 0;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the field began with a quote (text after its closing quote is kept, as Excel does)
    const auto endField = [&]() -> bool {
        if (field.size() > limits.maxFieldLength)
            return false;
        row << field;
        field.clear();
        wasQuoted = false;
        return true;
    };
    const auto endRow = [&]() {
        // A line with nothing on it is no row (Excel leaves them at the end).
        if (!(row.size() == 1 && row.first().isEmpty())) {
            table.rows << row;
            table.lines << rowLine;
        }
        row.clear();
    };
    const int length = int(text.size());
    for (int i = 0; i < length; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < length && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
                continue;
            }
            if (c == QLatin1Char('\r') && i + 1 < length && text.at(i + 1) == QLatin1Char('\n'))
                continue; // the \n that follows counts the line
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                ++line;
                field += QLatin1Char('\n');
                continue;
            }
            field += c;
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
            quoteColumn = int(row.size()) + 1;
        } else if (c == table.delimiter) {
            if (!endField())
                return fail(rowLine,
                            int(row.size()) + 1,
                            tr("The field is longer than %1 characters.").arg(limits.maxFieldLength));
            if (row.size() > limits.maxColumns)
                return fail(rowLine, int(row.size()), tr("The row has more than %1 columns.").arg(limits.maxColumns));
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < length && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endField())
                return fail(rowLine,
                            int(row.size()) + 1,
                            tr("The field is longer than %1 characters.").arg(limits.maxFieldLength));
            endRow();
            if (table.rows.size() > limits.maxRows + 1) // the header row is not counted
                return fail(rowLine, 0, tr("The file has more than %1 rows.").arg(limits.maxRows));
            ++line;
            rowLine = line;
        } else {
            field += c;
        }
    }
    if (quoted)
        return fail(quoteLine, quoteColumn, tr("A quoted field is never closed: a closing \" is missing."));
    if (!field.isEmpty() || !row.isEmpty()) {
        if (!endField())
            return fail(
                rowLine, int(row.size()) + 1, tr("The field is longer than %1 characters.").arg(limits.maxFieldLength));
        endRow();
    }
    if (table.rows.size() > limits.maxRows + 1)
        return fail(rowLine, 0, tr("The file has more than %1 rows.").arg(limits.maxRows));
    if (table.rows.isEmpty())
        return fail(1, 0, tr("The file is empty: it has no header row."));
    return table;
}
