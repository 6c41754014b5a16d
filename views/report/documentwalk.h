#pragma once

#include <QString>
#include <QVector>

class QTextDocument;

// A paged document's content in reading order, as the plain pieces another format is written from (the web page for
// screen readers, the editable ODT): headings, paragraphs, boxed notices, tables and charts, with the text as the
// user typed it — never markup.
namespace DocumentWalk {

struct Run
{
    QString text;
    bool bold = false;
};
using Line = QVector<Run>;

struct Cell
{
    QVector<Line> lines;
    int columnSpan = 1;
    int rowSpan = 1;
    bool rightAligned = false;
    bool covered = false; // under another cell's span: written as nothing (HTML) or a covered cell (ODF)
    bool shaded = false;
};

struct Table
{
    QString caption;
    int headerRows = 0; // after the caption
    bool rowHeaders = false; // no header row: the bold first column names each row (the report's "Plan: …" facts)
    QVector<double> widthsPercent;
    QVector<QVector<Cell>> rows; // header rows first
};

class Sink
{
public:
    virtual ~Sink() = default;
    virtual void paragraph(int headingLevel, const Line& line) = 0; // level 0: a plain paragraph
    virtual void notice(const QVector<Line>& lines) = 0; // a one-cell table without headers: a box, not data
    virtual void table(const Table& table) = 0;
    // A chart of the document's ChartObject, and the size it has on the page, in the document's device pixels.
    virtual void chart(int index, double width, double height) = 0;
};

void walk(const QTextDocument& document, Sink& sink);

} // namespace DocumentWalk
