#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class ChartWidget;
class QTextDocument;

// A paged document as an editable OpenDocument text (ODT) for the council secretariat to merge into the case papers
// in LibreOffice or Word: real headings (outline levels 1–3, in the navigator and a table of contents), tables with
// repeating header rows, the charts as images with their title and summary as alternative text, and the page header
// and footer with "Page x of y" as fields that stay right when the document is edited. Written as ODF XML
// (QXmlStreamWriter: every text escaped) zipped with Debian's minizip; Qt's own ODF writer has no headings, no header
// rows and no page fields.
class DocumentOdt
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOdt)

public:
    struct Page
    {
        QString title;
        QString language; // nb, nn or en
        QString header;
        QString footer;
        double dpi = 96; // of the document's chart sizes
    };

    // Through a temporary file and QSaveFile: on any failure nothing is left at the path.
    static bool write(const QTextDocument& document,
                      const std::function<ChartWidget*(int index)>& chartAt,
                      const Page& page,
                      const QString& path,
                      QString* error);
};
