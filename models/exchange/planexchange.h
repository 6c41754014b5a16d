#pragma once

// The file formats a plan travels in, chosen by name (the command line's --format) or by a file's extension (the
// file dialogs), and written through QSaveFile so that a failed export never leaves half a file behind.

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Stores;

class PlanExchange
{
    Q_DECLARE_TR_FUNCTIONS(PlanExchange)

public:
    enum class Format {
        Json,
        Csv,
        Xlsx,
        Ics,
    };

    static QStringList exportFormatNames(); // "json", "csv", "xlsx", "ics"
    static std::optional<Format> formatForName(const QString& name);
    static std::optional<Format> formatForPath(const QString& path);
    static QString extension(Format format);
    // "CSV for Excel (*.csv)" and so on, for a file dialog, in the current language.
    static QString fileFilter(Format format);

    // Writes the plan's measures in the format; on failure nothing is left at path and *error says why.
    // warning, if given, says what the format could not hold (empty when it held everything).
    static bool exportPlan(
        Stores& stores, qint64 planId, Format format, const QString& path, QString* error, QString* warning = nullptr);
    // Writes the bytes to path through QSaveFile, never over the open database (databasePath); on failure nothing is
    // left at path and *error says why.
    static bool writeFile(const QByteArray& bytes, const QString& path, const QString& databasePath, QString* error);
    // False, with *error saying so, when path is the open database itself (for writers that save on their own).
    static bool isNotTheDatabase(const QString& path, const QString& databasePath, QString* error);
};
