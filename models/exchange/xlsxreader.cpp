#include "xlsxreader.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <QFile>

// Debian's minizip, the library QuaZip wraps. QuaZip itself cannot be used here: it bundles its own copy of minizip
// and exports the same symbols (zipOpen, unzOpen…), so in one process with libxlsxwriter (which uses Debian's
// minizip) the writer ends up calling QuaZip's zipOpen and crashes.
#include <unzip.h>

#include <cmath>

namespace {

enum class CellKind {
    Plain,
    Date,
    Percent,
};

// Excel's built-in date formats, and custom ones that show days, months or years.
CellKind kindOfFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
        return CellKind::Date;
    if (id == 9 || id == 10)
        return CellKind::Percent;
    if (code.isEmpty())
        return CellKind::Plain;
    QString bare = code;
    static const QRegularExpression quotedOrBracketed(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    static const QRegularExpression dateLetters(QStringLiteral("[dDyY]|m{3,}"));
    bare.remove(quotedOrBracketed);
    if (bare.contains(QLatin1Char('%')))
        return CellKind::Percent;
    if (bare.contains(dateLetters))
        return CellKind::Date;
    return CellKind::Plain;
}

// "AB12" → column 27 (0-based); -1 when there is no column.
int columnOf(const QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        if (++letters > 3) // Excel stops at XFD; a longer run would overflow the sum (found by fuzz_xlsx)
            return -1;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    return letters == 0 ? -1 : column - 1;
}

QString numberText(double value, CellKind kind)
{
    switch (kind) {
    case CellKind::Date:
        // Excel's day 0 is 30.12.1899 (it counts the 1900 leap day that never was).
        return QDate(1899, 12, 30).addDays(qint64(std::floor(value))).toString(QStringLiteral("dd.MM.yyyy"));
    case CellKind::Percent:
        return QString::number(value * 100.0, 'g', 12) + QStringLiteral(" %");
    case CellKind::Plain:
        break;
    }
    return QString::number(value, 'g', 15);
}

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// OOXML writes characters XML cannot hold (control characters) as _xHHHH_, and a literal "_x" that would read as one
// as _x005F_x…; Excel and libxlsxwriter both do. Decoding left to right undoes both.
QString decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_') && isHexDigit(text.at(i + 2)) && isHexDigit(text.at(i + 3))
            && isHexDigit(text.at(i + 4)) && isHexDigit(text.at(i + 5))) {
            decoded += QChar(text.mid(i + 2, 4).toUShort(nullptr, 16));
            i += 6;
            continue;
        }
        decoded += text.at(i);
    }
    return decoded;
}

// The text of an <si> or <is> element: all its <t> runs, leaving out phonetic hints.
QString stringItem(QXmlStreamReader& xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (xml.readNextStartElement() || (xml.isEndElement() && xml.name() != end)) {
        if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            continue;
        }
        if (xml.name() == QLatin1String("rPh")) {
            ++phonetic;
            continue;
        }
        if (xml.name() == QLatin1String("t")) {
            const QString run = xml.readElementText();
            if (phonetic == 0)
                text += decodeEscapes(run);
        }
    }
    return text;
}

class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    Workbook(const QString& path, const XlsxReader::Limits& limits, QVector<ImportProblem>* problems)
        : m_path(QFile::encodeName(path))
        , m_limits(limits)
        , m_problems(problems)
    {
    }
    ~Workbook()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    bool fail(const QString& message, int line = 0, int column = 0)
    {
        if (m_problems)
            m_problems->append({line, column, message});
        return false;
    }

    bool open()
    {
        m_zip = unzOpen64(m_path.constData());
        if (!m_zip)
            return fail(tr("The file is not an Excel workbook (.xlsx): it cannot be opened as one."));
        qint64 total = 0;
        for (int more = unzGoToFirstFile(m_zip); more == UNZ_OK; more = unzGoToNextFile(m_zip)) {
            unz_file_info64 info;
            char name[512];
            if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
                return fail(tr("The workbook is damaged: its table of contents cannot be read."));
            const QString entryName = QString::fromUtf8(name);
            const qint64 packed = qint64(info.compressed_size);
            const qint64 unpacked = qint64(info.uncompressed_size);
            total += unpacked;
            if (unpacked > m_limits.maxEntryBytes || total > m_limits.maxTotalBytes
                || (unpacked > 1024 * 1024 && packed > 0 && unpacked / packed > m_limits.maxRatio))
                return fail(
                    tr("The workbook is refused: “%1” would unpack to %2 from %3, far more than a "
                       "spreadsheet of measures needs (a “zip bomb”).")
                        .arg(entryName, QLocale().formattedDataSize(unpacked), QLocale().formattedDataSize(packed)));
            m_entries.insert(entryName);
        }
        return true;
    }

    std::optional<QByteArray> entry(const QString& name)
    {
        if (!m_entries.contains(name) || unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK
            || unzOpenCurrentFile(m_zip) != UNZ_OK)
            return std::nullopt;
        // Read no more than the limit, whatever the table of contents promised: it may lie.
        QByteArray bytes;
        char buffer[64 * 1024];
        int read = 0;
        while ((read = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
            bytes.append(buffer, read);
            if (bytes.size() > m_limits.maxEntryBytes) {
                unzCloseCurrentFile(m_zip);
                return std::nullopt;
            }
        }
        const bool whole = unzCloseCurrentFile(m_zip) == UNZ_OK && read == 0; // a bad checksum fails the close
        return whole ? std::optional<QByteArray>(bytes) : std::nullopt;
    }

    // The path of the first sheet, from the workbook and its relationships.
    std::optional<QString> firstSheet()
    {
        const std::optional<QByteArray> workbook = entry(QStringLiteral("xl/workbook.xml"));
        const std::optional<QByteArray> relations = entry(QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!workbook || !relations)
            return std::nullopt;
        QString id;
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd() && id.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
                for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                    if (attribute.name() == QLatin1String("id"))
                        id = attribute.value().toString();
                }
            }
        }
        QXmlStreamReader rels(*relations);
        while (!rels.atEnd()) {
            if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == QLatin1String("Relationship")
                && rels.attributes().value(QStringLiteral("Id")) == id) {
                QString target = rels.attributes().value(QStringLiteral("Target")).toString();
                if (target.startsWith(QLatin1Char('/')))
                    return target.mid(1);
                return QStringLiteral("xl/") + target;
            }
        }
        return std::nullopt;
    }

    QStringList sharedStrings()
    {
        QStringList strings;
        const std::optional<QByteArray> bytes = entry(QStringLiteral("xl/sharedStrings.xml"));
        if (!bytes)
            return strings;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
                strings << stringItem(xml);
        }
        return strings;
    }

    // For each cell style (the c element's s attribute), whether numbers in it are dates or percentages.
    QVector<CellKind> styles()
    {
        QVector<CellKind> kinds;
        const std::optional<QByteArray> bytes = entry(QStringLiteral("xl/styles.xml"));
        if (!bytes)
            return kinds;
        QHash<int, QString> codes;
        bool inCellXfs = false;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == QLatin1String("numFmt"))
                codes.insert(attributes.value(QStringLiteral("numFmtId")).toInt(),
                             attributes.value(QStringLiteral("formatCode")).toString());
            else if (xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = attributes.value(QStringLiteral("numFmtId")).toInt();
                kinds << kindOfFormat(id, codes.value(id));
            }
        }
        return kinds;
    }

    std::optional<CsvTable> sheet()
    {
        const std::optional<QString> path = firstSheet();
        const std::optional<QByteArray> bytes = path ? entry(*path) : std::nullopt;
        if (!bytes) {
            fail(tr("The workbook has no sheet that can be read."));
            return std::nullopt;
        }
        const QStringList strings = sharedStrings();
        const QVector<CellKind> kinds = styles();
        CsvTable table;
        table.encoding = QStringLiteral("XLSX");
        QXmlStreamReader xml(*bytes);
        QStringList row;
        int rowNumber = 0;
        int nextColumn = 0;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("row")) {
                while (!row.isEmpty() && row.constLast().isEmpty())
                    row.removeLast();
                if (!row.isEmpty()) {
                    table.rows << row;
                    table.lines << rowNumber;
                    if (table.rows.size() > m_limits.maxRows + 1) {
                        fail(tr("The sheet has more than %1 rows.").arg(m_limits.maxRows), rowNumber);
                        return std::nullopt;
                    }
                }
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("row")) {
                const int number = xml.attributes().value(QStringLiteral("r")).toInt();
                rowNumber = number > 0 ? number : rowNumber + 1;
                row.clear();
                nextColumn = 0;
            } else if (xml.name() == QLatin1String("c")) {
                const QXmlStreamAttributes attributes = xml.attributes();
                int column = columnOf(attributes.value(QStringLiteral("r")));
                if (column < 0)
                    column = nextColumn;
                if (column > 200) {
                    fail(tr("The sheet has more than %1 columns.").arg(200), rowNumber);
                    return std::nullopt;
                }
                nextColumn = column + 1;
                const QString type = attributes.value(QStringLiteral("t")).toString();
                const int style = attributes.value(QStringLiteral("s")).toInt();
                QString value;
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("v")) {
                        value = xml.readElementText();
                    } else if (xml.name() == QLatin1String("is")) {
                        value = stringItem(xml);
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                QString text;
                if (type == QLatin1String("s")) {
                    text = strings.value(value.toInt());
                } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")
                           || type == QLatin1String("e")) {
                    text = value;
                } else if (type == QLatin1String("b")) {
                    text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (!value.isEmpty()) {
                    bool ok = false;
                    const double number = value.toDouble(&ok);
                    text = ok ? numberText(number, kinds.value(style, CellKind::Plain)) : value;
                }
                while (row.size() <= column)
                    row << QString();
                row[column] = text;
            }
        }
        if (xml.hasError()) {
            fail(tr("The sheet is damaged: %1 (line %2 of its XML).").arg(xml.errorString()).arg(xml.lineNumber()));
            return std::nullopt;
        }
        if (table.rows.isEmpty()) {
            fail(tr("The first sheet is empty: it has no header row."), 1);
            return std::nullopt;
        }
        return table;
    }

private:
    QByteArray m_path;
    unzFile m_zip = nullptr;
    XlsxReader::Limits m_limits;
    QVector<ImportProblem>* m_problems;
    QSet<QString> m_entries;
};

} // namespace

std::optional<CsvTable> XlsxReader::read(const QString& path, QVector<ImportProblem>* problems, const Limits& limits)
{
    if (QFileInfo(path).size() > limits.maxFileBytes) {
        if (problems)
            problems->append({0,
                              0,
                              tr("The file is %1; files of more than %2 are not imported.")
                                  .arg(QLocale().formattedDataSize(QFileInfo(path).size()),
                                       QLocale().formattedDataSize(limits.maxFileBytes))});
        return std::nullopt;
    }
    Workbook workbook(path, limits, problems);
    if (!workbook.open())
        return std::nullopt;
    return workbook.sheet();
}
