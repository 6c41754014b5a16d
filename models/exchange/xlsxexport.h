#pragma once

// A plan as an Excel workbook (libxlsxwriter): a sheet of measures and a sheet of indicators, each with a bold,
// frozen header row, column widths, an autofilter, deadlines also as real Excel dates, progress as percentages and
// amounts as numbers. Text is always written as text cells, so a title can never run as a formula.

#include <QAbstractItemModel>
#include <QByteArray>
#include <QCoreApplication>

#include <optional>

class Stores;

class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    // The plan's measures and indicators, a sheet each. Text longer than a cell holds (32,767 characters) is cut;
    // cutTexts, if given, says how many were.
    static std::optional<QByteArray> write(Stores& stores, qint64 planId, QString* error, int* cutTexts = nullptr);
    // The libxlsxwriter the app was built with, for Help → About.
    static QString libraryVersion();
    // Any table as one sheet: the model's horizontal headers, then a row per row; the valueRole's numbers and dates
    // as real numbers and dates, everything else as its displayed text.
    static std::optional<QByteArray>
    writeTable(const QAbstractItemModel& model, int valueRole, const QString& sheetName, QString* error);
};
