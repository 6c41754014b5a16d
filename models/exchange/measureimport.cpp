#include "measureimport.h"

#include "deadline.h"
#include "language.h"
#include "vocabulary.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace {

QString normalized(QString text)
{
    text = text.simplified().toLower();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// Every word a spreadsheet may use for a vocabulary code: the code, its name in each of the app's languages (from
// the translations, so they never drift apart), and the synonyms people write.
QHash<QString, QString> wordsFor(const QStringList& codes,
                                 QString (*nameOf)(const QString&),
                                 const QVector<QPair<const char*, const char*>>& synonyms)
{
    QHash<QString, QString> words;
    for (const QString& code : codes) {
        words.insert(code, code);
        words.insert(QString(code).replace(QLatin1Char('_'), QLatin1Char(' ')), code);
    }
    for (const QString& language : Language::codes()) {
        const ScopedLanguage speaking(language);
        for (const QString& code : codes)
            words.insert(normalized(nameOf(code)), code);
    }
    for (const auto& [word, code] : synonyms)
        words.insert(QString::fromUtf8(word), QString::fromUtf8(code));
    return words;
}

// The statuses as the adviser writes them, in the current language.
QString statusNames()
{
    QStringList names;
    for (const QString& code : Vocabulary::measureStatuses())
        names << Vocabulary::measureStatusName(code).toLower();
    return names.join(QStringLiteral(", "));
}

// Spreadsheets in a Norwegian locale turn codes such as 1.2 into dates (1 February); the sheet reader gives such a cell
// as 01.02.2026. A measure code is never a full date, so the day and month are the code's two parts.
QString codeFromSpreadsheet(const QString& text)
{
    static const QRegularExpression date(QStringLiteral("^(\\d{2})\\.(\\d{2})\\.\\d{4}$"));
    const QRegularExpressionMatch match = date.match(text);
    if (!match.hasMatch())
        return text;
    return QStringLiteral("%1.%2").arg(match.captured(1).toInt()).arg(match.captured(2).toInt());
}

// Our own CSV export puts an apostrophe before text a spreadsheet would take for a formula, and writes codes and
// deadlines as ="…"; reading it back takes both away again.
QString withoutNeutraliser(const QString& text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (text.size() > 1 && text.front() == QLatin1Char('\'') && triggers.contains(text.at(1)))
        return text.mid(1);
    // ="1.2", as the export writes codes and deadlines to keep spreadsheets from turning them into dates.
    if (text.size() >= 3 && text.startsWith(QLatin1String("=\"")) && text.endsWith(QLatin1Char('"')))
        return text.mid(2, text.size() - 3).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return text;
}

} // namespace

std::optional<MeasureImport::Field> MeasureImport::fieldForHeader(const QString& header)
{
    static const QHash<QString, Field> fields = [] {
        const QVector<QPair<Field, QVector<const char*>>> names = {
            {Field::Code, {"code", "kode", "nr", "nummer", "tiltaksnummer", "tiltaksnr"}},
            {Field::FocusArea, {"focus area", "focus_area", "innsatsområde", "innsatsomrade", "tema", "område"}},
            {Field::Title, {"title", "tiltak", "tittel", "measure", "navn", "namn"}},
            {Field::Description, {"description", "beskrivelse", "skildring", "omtale"}},
            {Field::Owner, {"owner", "ansvarlig", "ansvarleg", "ansvar"}},
            {Field::Start, {"start", "oppstart", "startdato"}},
            {Field::Deadline, {"deadline", "frist", "tidsfrist", "sluttdato"}},
            {Field::Status, {"status"}},
            {Field::Progress, {"progress", "fremdrift", "framdrift"}},
            {Field::Priority, {"priority", "prioritet"}},
            {Field::Cost, {"cost", "kostnad", "kostnader", "kostnadsoverslag", "cost (nok)", "kostnad (kr)"}},
            {Field::Funding, {"funding", "funding source", "finansiering", "finansieringskilde"}},
        };
        QHash<QString, Field> map;
        for (const auto& [field, words] : names) {
            for (const char* word : words)
                map.insert(QString::fromUtf8(word), field);
        }
        return map;
    }();
    const auto found = fields.constFind(normalized(header));
    if (found == fields.cend())
        return std::nullopt;
    return *found;
}

std::optional<double> MeasureImport::parseAmount(const QString& text)
{
    QString value = text.simplified().toLower();
    for (const QString& noise :
         {QStringLiteral("nok"), QStringLiteral("kr."), QStringLiteral("kr"), QStringLiteral(",-")})
        value.remove(noise);
    // Compiled once: these run for every cell of an import (compiling them per call cost more than the rest of it).
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00a0}\\x{202f}']"));
    static const QRegularExpression thousands(QStringLiteral("^-?\\d{1,3}\\.\\d{3}$"));
    value.remove(spaces);
    value.replace(QChar(0x2212), QLatin1Char('-')); // the minus sign Excel may write
    if (value.isEmpty())
        return std::nullopt;
    const int commas = int(value.count(QLatin1Char(',')));
    const int dots = int(value.count(QLatin1Char('.')));
    if (commas > 0 && dots > 0) {
        // Both: the last one is the decimal separator, the other groups thousands.
        const bool commaDecimal = value.lastIndexOf(QLatin1Char(',')) > value.lastIndexOf(QLatin1Char('.'));
        value.remove(commaDecimal ? QLatin1Char('.') : QLatin1Char(','));
        value.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (commas == 1) {
        value.replace(QLatin1Char(','), QLatin1Char('.')); // the Norwegian decimal comma
    } else if (commas > 1) {
        value.remove(QLatin1Char(',')); // 1,234,567
    } else if (dots > 1 || thousands.match(value).hasMatch()) {
        value.remove(QLatin1Char('.')); // 1.234.567 or 15.000: Norwegian thousands
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

std::optional<int> MeasureImport::parseProgress(const QString& text)
{
    QString value = text.simplified();
    const bool percent = value.endsWith(QLatin1Char('%'));
    if (percent)
        value.chop(1);
    const std::optional<double> number = parseAmount(value);
    if (!number)
        return std::nullopt;
    // A share written as a fraction (0,4) — Excel's own form of a percentage cell — is read as one.
    const bool fraction
        = !percent && *number <= 1.0 && (value.contains(QLatin1Char('.')) || value.contains(QLatin1Char(',')));
    const double percentValue = fraction ? *number * 100.0 : *number;
    if (percentValue < 0 || percentValue > 100)
        return std::nullopt;
    return int(std::lround(percentValue));
}

std::optional<QString> MeasureImport::parseStatus(const QString& text)
{
    static const QHash<QString, QString> words = wordsFor(Vocabulary::measureStatuses(),
                                                          &Vocabulary::measureStatusName,
                                                          {{"ikke påbegynt", "not_started"},
                                                           {"ikkje påbyrja", "not_started"},
                                                           {"ikkje starta", "not_started"},
                                                           {"i gang", "in_progress"},
                                                           {"igangsatt", "in_progress"},
                                                           {"under arbeid", "in_progress"},
                                                           {"pågåande", "in_progress"},
                                                           {"forsinka", "delayed"},
                                                           {"stoppa", "blocked"},
                                                           {"på vent", "blocked"},
                                                           {"on hold", "blocked"},
                                                           {"ferdig", "done"},
                                                           {"fullført", "done"},
                                                           {"utført", "done"},
                                                           {"avsluttet", "done"},
                                                           {"completed", "done"},
                                                           {"kansellert", "cancelled"},
                                                           {"avbrutt", "cancelled"},
                                                           {"canceled", "cancelled"}});
    const auto found = words.constFind(normalized(text));
    if (found == words.cend())
        return std::nullopt;
    return *found;
}

std::optional<QString> MeasureImport::parsePriority(const QString& text)
{
    static const QHash<QString, QString> words
        = wordsFor(Vocabulary::priorities(),
                   &Vocabulary::priorityName,
                   {{"høy", "high"}, {"høg", "high"}, {"middels", "medium"}, {"lav", "low"}, {"låg", "low"}});
    const auto found = words.constFind(normalized(text));
    if (found == words.cend())
        return std::nullopt;
    return *found;
}

MeasureImport::Result MeasureImport::readFile(const QString& path, const CsvLimits& limits)
{
    Result result;
    const auto refuse = [&result](const QString& message) {
        result.problems << ImportProblem {0, 0, message};
        result.problemCount = 1;
        return result;
    };
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        QVector<ImportProblem> problems;
        const std::optional<CsvTable> sheet = XlsxReader::read(path, &problems);
        if (!sheet) {
            result.problems = problems;
            result.problemCount = int(problems.size());
            return result;
        }
        return read(sheet->rows, sheet->lines);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("The file cannot be read: %1").arg(file.errorString()));
    if (file.size() > limits.maxBytes) // before reading a byte of it
        return refuse(tr("The file is %1; files of more than %2 are not imported.")
                          .arg(QLocale().formattedDataSize(file.size()), QLocale().formattedDataSize(limits.maxBytes)));
    const QByteArray bytes = file.read(limits.maxBytes + 1);
    QVector<ImportProblem> problems;
    const std::optional<CsvTable> table = CsvReader::parse(bytes, &problems, limits);
    if (!table) {
        result.problems = problems;
        result.problemCount = int(problems.size());
        return result;
    }
    return read(table->rows, table->lines);
}

MeasureImport::Result MeasureImport::read(const QVector<QStringList>& rows, const QVector<int>& lines)
{
    Result result;
    const auto problem = [&result](int line, int column, const QString& message) {
        ++result.problemCount;
        if (result.problems.size() < MaxProblems)
            result.problems << ImportProblem {line, column, message};
    };
    if (rows.isEmpty()) {
        problem(1, 0, tr("The file is empty: it has no header row."));
        return result;
    }
    QVector<int> columnOf(FieldCount, -1);
    const QStringList& header = rows.first();
    for (int column = 0; column < header.size(); ++column) {
        if (header[column].trimmed().isEmpty())
            continue;
        const std::optional<Field> field = fieldForHeader(header[column]);
        if (!field) {
            result.ignoredColumns << header[column].simplified();
            continue;
        }
        if (columnOf[int(*field)] >= 0) {
            problem(lines.value(0, 1),
                    column + 1,
                    tr("“%1” names the same column as “%2” before it.")
                        .arg(header[column].simplified(), header[columnOf[int(*field)]].simplified()));
            continue;
        }
        columnOf[int(*field)] = column;
    }
    if (columnOf[int(Field::Title)] < 0) {
        problem(
            lines.value(0, 1), 0, tr("The header row has no title column: name one “tiltak”, “tittel” or “title”."));
        return result;
    }

    for (int index = 1; index < rows.size(); ++index) {
        const QStringList& cells = rows[index];
        const int line = lines.value(index, index + 1);
        const auto cell = [&](Field field) {
            const int column = columnOf[int(field)];
            return column >= 0 && column < cells.size() ? withoutNeutraliser(cells[column].trimmed()) : QString();
        };
        const auto at = [&](Field field) {
            return columnOf[int(field)] + 1;
        };
        if (std::all_of(cells.begin(), cells.end(), [](const QString& text) { return text.trimmed().isEmpty(); }))
            continue; // an empty row between the measures
        Row row;
        row.line = line;
        Measure& measure = row.measure;
        measure.code = codeFromSpreadsheet(cell(Field::Code));
        measure.title = cell(Field::Title);
        measure.description = withoutNeutraliser(cells.value(columnOf[int(Field::Description)]).trimmed());
        measure.fundingSource = cell(Field::Funding);
        row.focusArea = cell(Field::FocusArea).simplified();
        row.owner = cell(Field::Owner).simplified();
        const int problemsBefore = result.problemCount;
        if (measure.title.isEmpty())
            problem(line, at(Field::Title), tr("The measure has no title."));
        QString error;
        if (const std::optional<Deadline> start = Deadline::parse(cell(Field::Start), &error))
            measure.startText = cell(Field::Start);
        else
            problem(line, at(Field::Start), error);
        if (const std::optional<Deadline> deadline = Deadline::parse(cell(Field::Deadline), &error))
            measure.deadlineText = cell(Field::Deadline);
        else
            problem(line, at(Field::Deadline), error);
        if (!cell(Field::Status).isEmpty()) {
            if (const std::optional<QString> status = parseStatus(cell(Field::Status)))
                measure.status = *status;
            else
                problem(line,
                        at(Field::Status),
                        tr("“%1” is not a status: write one of %2.").arg(cell(Field::Status), statusNames()));
        }
        if (!cell(Field::Progress).isEmpty()) {
            if (const std::optional<int> progress = parseProgress(cell(Field::Progress)))
                measure.progress = *progress;
            else
                problem(line,
                        at(Field::Progress),
                        tr("“%1” is not a progress: write a share from 0 to 100 %, e.g. 40 % or 0,4.")
                            .arg(cell(Field::Progress)));
        } else if (measure.status == QLatin1String("done")) {
            measure.progress = 100;
        }
        if (!cell(Field::Priority).isEmpty()) {
            if (const std::optional<QString> priority = parsePriority(cell(Field::Priority)))
                measure.priority = *priority;
            else
                problem(line,
                        at(Field::Priority),
                        tr("“%1” is not a priority: write high, medium or low.").arg(cell(Field::Priority)));
        }
        if (!cell(Field::Cost).isEmpty()) {
            const std::optional<double> cost = parseAmount(cell(Field::Cost));
            if (cost && *cost >= 0)
                measure.costNok = cost;
            else
                problem(
                    line,
                    at(Field::Cost),
                    tr("“%1” is not an amount in kroner: write e.g. 150 000 or kr 15 000,50.").arg(cell(Field::Cost)));
        }
        if (result.problemCount == problemsBefore)
            result.rows << row;
    }
    return result;
}
