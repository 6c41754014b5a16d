#pragma once

#include "pageddocument.h"
#include "reportdata.h"

#include <QCoreApplication>

#include <memory>

class QPagedPaintDevice;

// The plan's status report for the municipal council (kommunestyret), drawn page by page on a PDF writer or a printer:
// A4 portrait, a header with municipality and plan on every page, a footer with the report date and "Page x of y",
// the charts as vector graphics. Built with QTextCursor::insertText only, so text the user typed is always text,
// never markup. Speaks the options' language whatever the window's.
class CouncilReport
{
    Q_DECLARE_TR_FUNCTIONS(CouncilReport)

public:
    CouncilReport(ReportData data, ReportOptions options);
    ~CouncilReport();

    // The resolution the page device must have (a QPrinter made with QPrinter::ScreenResolution has it): the charts
    // are recorded as pictures, whose text keeps its size only when replayed at the resolution it was recorded at.
    static int resolution();

    // Lays the report out for the device and draws every page; the device's page layout is set to A4 here.
    bool print(QPagedPaintDevice* device, QString* error = nullptr);
    // Pages drawn by the last print().
    int pageCount() const { return m_pageCount; }

    // The report's content, for a paged document or a web page (ReportFormat writes the files), and the text of its
    // page header and footer. In the options' language only while a ScopedLanguage for it lives.
    PagedDocument::Build build() const;
    QString header() const;
    QString footer() const;

private:
    ReportData m_data;
    ReportOptions m_options;
    int m_pageCount = 0;
};
