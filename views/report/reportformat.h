#pragma once

#include <QString>
#include <QStringList>

#include <optional>

struct ReportData;
struct ReportOptions;

// The forms the council report is written in: the PDF for the council, and a web page for screen readers beside it.
namespace ReportFormat {

enum class Format { Pdf, Html };

// "pdf", "html": the command line's --format.
QStringList names();
std::optional<Format> forName(const QString& name);
// By the file's suffix; PDF when it says nothing.
Format forPath(const QString& path);

// The PDF (PDF/A-1b if the options say so), or the web page for screen readers and text-to-speech offered beside it
// (every section and table in reading order with real headings, each chart as its summary and table of figures),
// through QSaveFile: on any failure nothing is left at the path and *error names the problem.
bool write(Format format, const ReportData& data, const ReportOptions& options, const QString& path, QString* error);

} // namespace ReportFormat
