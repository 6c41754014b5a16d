#include "measureexport.h"

#include "deadline.h"
#include "vocabulary.h"

#include <QLocale>
#include <QStringList>

namespace {

QString csvField(const QString& text)
{
    static const QString special = QStringLiteral(";\"\r\n");
    const bool quote
        = std::any_of(text.begin(), text.end(), [](QChar c) { return special.contains(c); }) || text != text.trimmed();
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Numbers as Norwegian Excel reads them: a decimal comma, no grouping (a space would make it text).
QString csvNumber(double value)
{
    QString text = QString::number(value, 'f', qFuzzyCompare(value, std::round(value)) ? 0 : 2);
    return text.replace(QLatin1Char('.'), QLatin1Char(','));
}

QString icsText(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    text.replace(QLatin1Char(','), QStringLiteral("\\,"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\r'), QStringLiteral("\\n"));
    return text;
}

// Folds a content line at 75 octets without splitting a UTF-8 sequence (RFC 5545, 3.1).
QByteArray folded(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    int lineLength = 0;
    for (int i = 0; i < bytes.size();) {
        int length = 1;
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead >= 0xf0)
            length = 4;
        else if (lead >= 0xe0)
            length = 3;
        else if (lead >= 0xc0)
            length = 2;
        if (lineLength + length > 75) {
            out += "\r\n ";
            lineLength = 1;
        }
        out += bytes.mid(i, length);
        lineLength += length;
        i += length;
    }
    return out + "\r\n";
}

} // namespace

QString MeasureExport::keptAsText(const QString& text)
{
    if (text.isEmpty() || text.size() > 200) // a formula's text may not be longer than 255 characters
        return neutralised(text);
    QString literal = text;
    literal.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QStringLiteral("=\"%1\"").arg(literal);
}

QString MeasureExport::neutralised(const QString& text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && triggers.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QByteArray MeasureExport::toCsv(const QVector<MeasureListing>& measures)
{
    const QStringList header = {tr("Code"),
                                tr("Focus area"),
                                tr("Measure"),
                                tr("Description"),
                                tr("Owner"),
                                tr("Start"),
                                tr("Deadline"),
                                tr("Status"),
                                tr("Progress"),
                                tr("Priority"),
                                tr("Cost"),
                                tr("Funding")};
    QString text = header.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    for (const MeasureListing& listing : measures) {
        const Measure& measure = listing.measure;
        QStringList cells;
        cells << csvField(keptAsText(measure.code));
        for (const QString& cell : {listing.focusArea, measure.title, measure.description, listing.owner})
            cells << csvField(neutralised(cell));
        cells << csvField(keptAsText(measure.startText)) << csvField(keptAsText(measure.deadlineText));
        cells << csvField(neutralised(Vocabulary::measureStatusName(measure.status)));
        cells << QStringLiteral("%1 %").arg(measure.progress);
        cells << csvField(measure.priority.isEmpty() ? QString() : Vocabulary::priorityName(measure.priority));
        cells << (measure.costNok ? csvNumber(*measure.costNok) : QString());
        cells << csvField(neutralised(measure.fundingSource));
        text += cells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xef\xbb\xbf") + text.toUtf8();
}

MeasureExport::CellKind MeasureExport::cellKind(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return CellKind::Number;
    case QMetaType::QDate:
        return CellKind::Date;
    default:
        return CellKind::Text;
    }
}

QByteArray MeasureExport::tableToCsv(const QAbstractItemModel& model, int valueRole)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << csvField(neutralised(model.headerData(column, Qt::Horizontal).toString()));
    lines << header.join(QLatin1Char(';'));
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const QVariant value = index.data(valueRole);
            switch (cellKind(value)) {
            case CellKind::Number:
                cells << csvNumber(value.toDouble());
                break;
            case CellKind::Date:
                cells << (value.toDate().isValid() ? value.toDate().toString(QStringLiteral("dd.MM.yyyy")) : QString());
                break;
            case CellKind::Text:
                cells << csvField(neutralised(index.data().toString()));
                break;
            }
        }
        lines << cells.join(QLatin1Char(';'));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray MeasureExport::toICalendar(const Plan& plan,
                                      const Municipality& municipality,
                                      const QVector<MeasureListing>& measures,
                                      const QDateTime& stamp)
{
    QByteArray out;
    const auto line = [&out](const QString& text) {
        out += folded(text);
    };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Handlingsplaner//Action Plans//NB"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + icsText(tr("Deadlines: %1").arg(plan.title)));
    const QString stampText = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const MeasureListing& listing : measures) {
        const Measure& measure = listing.measure;
        const std::optional<Deadline> deadline = Deadline::parse(measure.deadlineText);
        if (!deadline || !deadline->lastDay().isValid())
            continue; // no deadline, or "ongoing": nothing to put in a calendar
        const QDate day = deadline->lastDay();
        const QString name = measure.code.isEmpty() ? measure.title : tr("%1 %2").arg(measure.code, measure.title);
        QStringList details;
        details << tr("Plan: %1 (%2 municipality)").arg(plan.title, municipality.name);
        details << tr("Deadline as written in the plan: %1").arg(measure.deadlineText);
        if (!listing.owner.isEmpty())
            details << tr("Owner: %1").arg(listing.owner);
        details
            << tr("Status: %1, progress %2 %").arg(Vocabulary::measureStatusName(measure.status)).arg(measure.progress);
        if (!measure.description.isEmpty())
            details << QString() << measure.description;
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:%1@handlingsplaner").arg(measure.uuid));
        line(QStringLiteral("DTSTAMP:") + stampText);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + day.toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("DTEND;VALUE=DATE:") + day.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("SUMMARY:") + icsText(tr("Deadline: %1").arg(name)));
        line(QStringLiteral("DESCRIPTION:") + icsText(details.join(QLatin1Char('\n'))));
        if (measure.status == QLatin1String("cancelled"))
            line(QStringLiteral("STATUS:CANCELLED"));
        line(QStringLiteral("TRANSP:TRANSPARENT")); // a deadline does not make the adviser busy that day
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}
