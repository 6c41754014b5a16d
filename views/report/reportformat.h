#pragma once

#include <QString>
#include <QStringList>

#include <optional>

struct ReportData;
struct ReportOptions;

// The forms the council report is written in: the PDF for the council, a web page for screen readers beside it, and
// an editable OpenDocument text for the case papers.
namespace ReportFormat {

enum class Format { Pdf, Html, Odt };

// "pdf", "html", "odt": the command line's --format.
QStringList names();
std::optional<Format> forName(const QString& name);
// By the file's suffix; PDF when it says nothing.
Format forPath(const QString& path);

// The PDF (PDF/A-1b if the options say so), the web page for screen readers and text-to-speech offered beside it
// (every section and table in reading order with real headings, each chart as its summary and table of figures), or
// the ODT to edit in LibreOffice or Word (headings, tables with header rows, charts as images, page-number fields),
// through QSaveFile: on any failure nothing is left at the path and *error names the problem.
bool write(Format format, const ReportData& data, const ReportOptions& options, const QString& path, QString* error);

} // namespace ReportFormat
