#pragma once

// A plan's measures written out for the tools advisers live in: CSV that Norwegian Excel opens by double-click, and
// an iCalendar file of the deadlines that Outlook and Thunderbird import. Both are read back by the same rules the
// importers use, so an exported CSV imports again unchanged.

#include "entities.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QCoreApplication>

class MeasureExport
{
    Q_DECLARE_TR_FUNCTIONS(MeasureExport)

public:
    // UTF-8 with a byte-order mark, ";" between fields, CRLF between rows, the header in the current language.
    // Text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading apostrophe.
    static QByteArray toCsv(const QVector<MeasureListing>& measures);
    // Any table as shown, for the same spreadsheets: the model's horizontal headers, then a row per row; numbers (the
    // valueRole's doubles and integers) as numbers, dates as dd.mm.yyyy, everything else as its displayed text.
    static QByteArray tableToCsv(const QAbstractItemModel& model, int valueRole);
    // How a table's cell is written to a spreadsheet: its value as a number, as a date, or else its displayed text.
    enum class CellKind { Number, Date, Text };
    static CellKind cellKind(const QVariant& value);
    // The text to write for a cell of a text column: neutralised against formula injection (OWASP, CWE-1236).
    static QString neutralised(const QString& text);
    // Codes, starts and deadlines as ="1.2": a Norwegian spreadsheet would otherwise turn 1.2 into 1 February and
    // "mars 2025" into a date, and save them back changed. The formula is only a quoted text, so it runs nothing.
    static QString keptAsText(const QString& text);

    // RFC 5545: one all-day VEVENT per measure with a deadline (on the deadline's last day), UIDs from the measures'
    // UUIDs so that importing again updates rather than duplicates, text escaped, lines folded at 75 octets, CRLF.
    static QByteArray toICalendar(const Plan& plan,
                                  const Municipality& municipality,
                                  const QVector<MeasureListing>& measures,
                                  const QDateTime& stamp);
};
