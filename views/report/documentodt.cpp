#include "documentodt.h"

#include "chartwidget.h"
#include "documentwalk.h"
#include "odtparts.h"
#include "pageddocument.h"
#include "savefiles.h"

#include <QBuffer>
#include <QDate>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QXmlStreamWriter>

namespace {

using DocumentWalk::Line;
using namespace OdtParts;

void writeRuns(QXmlStreamWriter& xml, const Line& line, bool markBold)
{
    for (const DocumentWalk::Run& run : line) {
        if (markBold && run.bold) {
            xml.writeStartElement(Text, QStringLiteral("span"));
            xml.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Strong"));
            writeText(xml, run.text);
            xml.writeEndElement();
        } else {
            writeText(xml, run.text);
        }
    }
}

class OdtSink : public DocumentWalk::Sink
{
public:
    OdtSink(QXmlStreamWriter& xml, const std::function<ChartWidget*(int)>& chartAt, double dpi)
        : m_xml(xml)
        , m_chartAt(chartAt)
        , m_dpi(dpi)
    {
    }

    void paragraph(int level, const Line& line) override
    {
        if (level > 0) {
            m_xml.writeStartElement(Text, QStringLiteral("h"));
            m_xml.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Heading_20_%1").arg(level));
            m_xml.writeAttribute(Text, QStringLiteral("outline-level"), QString::number(level));
        } else {
            m_xml.writeStartElement(Text, QStringLiteral("p"));
            m_xml.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Text_20_body"));
        }
        writeRuns(m_xml, line, level == 0);
        m_xml.writeEndElement();
    }

    void notice(const QVector<Line>& lines) override
    {
        for (const Line& line : lines) {
            m_xml.writeStartElement(Text, QStringLiteral("p"));
            m_xml.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Notice"));
            writeRuns(m_xml, line, false);
            m_xml.writeEndElement();
        }
    }

    void table(const DocumentWalk::Table& table) override
    {
        ++m_tables;
        if (!table.caption.isEmpty()) {
            m_xml.writeStartElement(Text, QStringLiteral("p"));
            m_xml.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Table_20_Caption"));
            writeText(m_xml, table.caption);
            m_xml.writeEndElement();
        }
        const QString name = QStringLiteral("Table%1").arg(m_tables);
        m_xml.writeStartElement(Table, QStringLiteral("table"));
        m_xml.writeAttribute(Table, QStringLiteral("name"), name);
        m_xml.writeAttribute(Table, QStringLiteral("style-name"), QStringLiteral("FullWidth"));
        for (int column = 0; column < table.widthsPercent.size(); ++column) {
            m_columnWidths << qRound(table.widthsPercent[column] * 100);
            m_xml.writeEmptyElement(Table, QStringLiteral("table-column"));
            m_xml.writeAttribute(
                Table, QStringLiteral("style-name"), QStringLiteral("Col%1").arg(m_columnWidths.size()));
        }
        for (int row = 0; row < table.rows.size(); ++row) {
            const bool header = row < table.headerRows;
            if (header && row == 0)
                m_xml.writeStartElement(Table, QStringLiteral("table-header-rows"));
            m_xml.writeStartElement(Table, QStringLiteral("table-row"));
            m_xml.writeAttribute(Table, QStringLiteral("style-name"), QStringLiteral("WholeRow"));
            for (int column = 0; column < table.rows[row].size(); ++column)
                cell(table.rows[row][column], header, table.rowHeaders && column == 0);
            m_xml.writeEndElement(); // table-row
            if (header && row == table.headerRows - 1)
                m_xml.writeEndElement(); // table-header-rows
        }
        m_xml.writeEndElement(); // table
    }

    void chart(int index, double width, double height) override
    {
        ChartWidget* chart = m_chartAt(index);
        if (!chart)
            return;
        // Drawn at twice the page's resolution, sharp enough to print.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!chart->toPixmap(qRound(width), qRound(height), 2.0).save(&buffer, "PNG"))
            return;
        const QString path = QStringLiteral("Pictures/chart%1.png").arg(pictures.size() + 1);
        pictures.append({path, png});
        m_xml.writeStartElement(Text, QStringLiteral("p"));
        m_xml.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Figure"));
        m_xml.writeStartElement(Draw, QStringLiteral("frame"));
        m_xml.writeAttribute(Draw, QStringLiteral("name"), chart->title());
        m_xml.writeAttribute(Text, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
        m_xml.writeAttribute(Svg, QStringLiteral("width"), cm(qMin(bodyWidthCm(), width / m_dpi * 2.54)));
        m_xml.writeAttribute(Svg,
                             QStringLiteral("height"),
                             cm(height / m_dpi * 2.54 * qMin(1.0, bodyWidthCm() / (width / m_dpi * 2.54))));
        m_xml.writeEmptyElement(Draw, QStringLiteral("image"));
        m_xml.writeAttribute(XLink, QStringLiteral("href"), path);
        m_xml.writeAttribute(XLink, QStringLiteral("type"), QStringLiteral("simple"));
        m_xml.writeAttribute(XLink, QStringLiteral("show"), QStringLiteral("embed"));
        m_xml.writeAttribute(XLink, QStringLiteral("actuate"), QStringLiteral("onLoad"));
        // The alternative text Word and LibreOffice show and read aloud.
        m_xml.writeTextElement(Svg, QStringLiteral("title"), chart->title());
        m_xml.writeTextElement(Svg, QStringLiteral("desc"), chart->summary());
        m_xml.writeEndElement(); // frame
        m_xml.writeEndElement(); // p
    }

    QVector<std::pair<QString, QByteArray>> pictures;
    const QVector<int>& columnWidths() const { return m_columnWidths; }

private:
    void cell(const DocumentWalk::Cell& cell, bool header, bool rowHeader)
    {
        if (cell.covered) {
            m_xml.writeEmptyElement(Table, QStringLiteral("covered-table-cell"));
            return;
        }
        m_xml.writeStartElement(Table, QStringLiteral("table-cell"));
        m_xml.writeAttribute(Table,
                             QStringLiteral("style-name"),
                             header || cell.shaded ? QStringLiteral("HeaderCell") : QStringLiteral("Cell"));
        m_xml.writeAttribute(Office, QStringLiteral("value-type"), QStringLiteral("string"));
        if (cell.columnSpan > 1)
            m_xml.writeAttribute(Table, QStringLiteral("number-columns-spanned"), QString::number(cell.columnSpan));
        if (cell.rowSpan > 1)
            m_xml.writeAttribute(Table, QStringLiteral("number-rows-spanned"), QString::number(cell.rowSpan));
        const QString style = header || rowHeader ? QStringLiteral("Table_20_Heading")
            : cell.rightAligned                   ? QStringLiteral("Table_20_Number")
                                                  : QStringLiteral("Table_20_Contents");
        const QVector<Line> lines = cell.lines.isEmpty() ? QVector<Line> {Line {}} : cell.lines;
        for (const Line& line : lines) {
            m_xml.writeStartElement(Text, QStringLiteral("p"));
            m_xml.writeAttribute(Text, QStringLiteral("style-name"), style);
            writeRuns(m_xml, line, !(header || rowHeader));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // table-cell
    }

    QXmlStreamWriter& m_xml;
    const std::function<ChartWidget*(int)>& m_chartAt;
    double m_dpi;
    int m_tables = 0;
    QVector<int> m_columnWidths; // relative widths of every table's columns, in document order
};

} // namespace

namespace {

QByteArray contentXml(const QByteArray& body, const QVector<int>& columnWidths)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(Office, QStringLiteral("document-content"));
    xml.writeAttribute(Office, QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(Office, QStringLiteral("automatic-styles"));
    const auto style = [&xml](const QString& name, const QString& family) {
        xml.writeStartElement(Style, QStringLiteral("style"));
        xml.writeAttribute(Style, QStringLiteral("name"), name);
        xml.writeAttribute(Style, QStringLiteral("family"), family);
    };
    style(QStringLiteral("FullWidth"), QStringLiteral("table"));
    xml.writeEmptyElement(Style, QStringLiteral("table-properties"));
    xml.writeAttribute(Style, QStringLiteral("width"), cm(bodyWidthCm()));
    xml.writeAttribute(Table, QStringLiteral("align"), QStringLiteral("margins"));
    xml.writeAttribute(Fo, QStringLiteral("margin-bottom"), QStringLiteral("0.3cm"));
    xml.writeEndElement();
    for (int i = 0; i < columnWidths.size(); ++i) {
        style(QStringLiteral("Col%1").arg(i + 1), QStringLiteral("table-column"));
        xml.writeEmptyElement(Style, QStringLiteral("table-column-properties"));
        xml.writeAttribute(
            Style, QStringLiteral("rel-column-width"), QStringLiteral("%1*").arg(qMax(1, columnWidths[i])));
        xml.writeEndElement();
    }
    // A row is never split across pages, as in the PDF: a measure's title stays on one page.
    style(QStringLiteral("WholeRow"), QStringLiteral("table-row"));
    xml.writeEmptyElement(Style, QStringLiteral("table-row-properties"));
    xml.writeAttribute(Fo, QStringLiteral("keep-together"), QStringLiteral("always"));
    xml.writeEndElement();
    for (const bool shaded : {false, true}) {
        style(shaded ? QStringLiteral("HeaderCell") : QStringLiteral("Cell"), QStringLiteral("table-cell"));
        xml.writeEmptyElement(Style, QStringLiteral("table-cell-properties"));
        xml.writeAttribute(Fo, QStringLiteral("padding"), QStringLiteral("0.1cm"));
        xml.writeAttribute(Fo, QStringLiteral("border"), QStringLiteral("0.5pt solid #707070"));
        if (shaded)
            xml.writeAttribute(Fo, QStringLiteral("background-color"), QStringLiteral("#e4e4e4"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // automatic-styles
    xml.writeEndElement(); // document-content, reopened below around the body
    xml.writeEndDocument();
    // The body was written by a writer of its own (its styles were known only once it was written): put it in.
    const qsizetype end = bytes.lastIndexOf("</office:document-content>");
    return bytes.left(end) + body + bytes.mid(end);
}

} // namespace

bool DocumentOdt::write(const QTextDocument& document,
                        const std::function<ChartWidget*(int index)>& chartAt,
                        const Page& page,
                        const QString& path,
                        QString* error)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    declareNamespaces(xml);
    xml.writeStartElement(Office, QStringLiteral("body"));
    xml.writeStartElement(Office, QStringLiteral("text"));
    OdtSink sink(xml, chartAt, page.dpi);
    DocumentWalk::walk(document, sink);
    xml.writeEndElement();
    xml.writeEndElement();

    QVector<std::pair<QString, QByteArray>> parts {
        {QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text")},
        {QStringLiteral("content.xml"), contentXml(body, sink.columnWidths())},
        {QStringLiteral("styles.xml"),
         stylesXml(
             page.header, page.footer, page.language, QCoreApplication::translate("PagedDocument", "Page %1 of %2"))},
        {QStringLiteral("meta.xml"), metaXml(page.title, page.language)},
        {QStringLiteral("META-INF/manifest.xml"), manifestXml(sink.pictures)}};
    parts << sink.pictures;

    // minizip writes to a file name: a temporary one, read back and saved whole through QSaveFile.
    QTemporaryFile zipped;
    QByteArray bytes;
    if (zipped.open()) {
        zipped.close();
        if (zip(zipped.fileName(), parts, QDate::currentDate()) && zipped.open())
            bytes = zipped.readAll();
    }
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        if (error)
            *error = tr("Cannot write “%1”: %2")
                         .arg(path, bytes.isEmpty() ? tr("the document could not be packed") : file.errorString());
        file.cancelWriting();
        return false;
    }
    return SaveFiles::commit(file, path, error);
}
