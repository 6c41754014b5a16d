#include "odtparts.h"

#include "pageddocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamWriter>

#include <zip.h>

using namespace OdtParts;

const QString OdtParts::Office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString OdtParts::Style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString OdtParts::Text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString OdtParts::Table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString OdtParts::Draw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString OdtParts::Fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString OdtParts::XLink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString OdtParts::Svg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString OdtParts::Dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString OdtParts::Meta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString OdtParts::Manifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

double OdtParts::bodyWidthCm()
{
    return (PageStyle::PageWidthMm - PageStyle::LeftMarginMm - PageStyle::RightMarginMm) / 10.0;
}

QString OdtParts::cm(double value)
{
    return QString::number(value, 'f', 3) + QLatin1String("cm");
}

void OdtParts::declareNamespaces(QXmlStreamWriter& xml)
{
    for (const auto& [prefix, uri] : {std::pair {"office", Office},
                                      {"style", Style},
                                      {"text", Text},
                                      {"table", Table},
                                      {"draw", Draw},
                                      {"fo", Fo},
                                      {"xlink", XLink},
                                      {"svg", Svg},
                                      {"dc", Dc},
                                      {"meta", Meta}})
        xml.writeNamespace(uri, QLatin1String(prefix));
}

void OdtParts::writeText(QXmlStreamWriter& xml, const QString& text)
{
    QString run;
    for (const QChar c : text) {
        if (c == QChar::LineSeparator || c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            xml.writeCharacters(run);
            run.clear();
            xml.writeEmptyElement(Text, c == QLatin1Char('\t') ? QStringLiteral("tab") : QStringLiteral("line-break"));
        } else {
            run += c;
        }
    }
    xml.writeCharacters(run);
}

namespace {

void writeParagraphStyle(QXmlStreamWriter& xml,
                         const QString& name,
                         const QString& displayName,
                         const QString& parent,
                         const QVector<std::pair<QString, QString>>& paragraph,
                         const QVector<std::pair<QString, QString>>& text,
                         int outlineLevel = 0)
{
    xml.writeStartElement(Style, QStringLiteral("style"));
    xml.writeAttribute(Style, QStringLiteral("name"), name);
    xml.writeAttribute(Style, QStringLiteral("display-name"), displayName);
    xml.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("paragraph"));
    if (!parent.isEmpty())
        xml.writeAttribute(Style, QStringLiteral("parent-style-name"), parent);
    if (outlineLevel > 0)
        xml.writeAttribute(Style, QStringLiteral("default-outline-level"), QString::number(outlineLevel));
    if (!paragraph.isEmpty()) {
        xml.writeEmptyElement(Style, QStringLiteral("paragraph-properties"));
        for (const auto& [key, value] : paragraph)
            xml.writeAttribute(
                key.startsWith(QLatin1String("style:")) ? Style : Fo, key.section(QLatin1Char(':'), 1), value);
    }
    if (!text.isEmpty()) {
        xml.writeEmptyElement(Style, QStringLiteral("text-properties"));
        for (const auto& [key, value] : text)
            xml.writeAttribute(
                key.startsWith(QLatin1String("style:")) ? Style : Fo, key.section(QLatin1Char(':'), 1), value);
    }
    xml.writeEndElement();
}

} // namespace

QByteArray
OdtParts::stylesXml(const QString& header, const QString& footer, const QString& pageLanguage, const QString& pageText)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(Office, QStringLiteral("document-styles"));
    xml.writeAttribute(Office, QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(Office, QStringLiteral("font-face-decls"));
    xml.writeEmptyElement(Style, QStringLiteral("font-face"));
    xml.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("DejaVu Sans"));
    xml.writeAttribute(Svg, QStringLiteral("font-family"), QStringLiteral("'DejaVu Sans'"));
    xml.writeAttribute(Style, QStringLiteral("font-family-generic"), QStringLiteral("swiss"));
    xml.writeEndElement();

    const QString language = pageLanguage;
    const QString country = pageLanguage == QLatin1String("en") ? QStringLiteral("GB") : QStringLiteral("NO");
    xml.writeStartElement(Office, QStringLiteral("styles"));
    xml.writeStartElement(Style, QStringLiteral("default-style"));
    xml.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(Style, QStringLiteral("text-properties"));
    xml.writeAttribute(Style, QStringLiteral("font-name"), QStringLiteral("DejaVu Sans"));
    xml.writeAttribute(Fo, QStringLiteral("font-size"), QStringLiteral("9pt"));
    xml.writeAttribute(Fo, QStringLiteral("language"), language);
    xml.writeAttribute(Fo, QStringLiteral("country"), country);
    xml.writeEndElement();
    const QString keep = QStringLiteral("fo:keep-with-next");
    writeParagraphStyle(xml, QStringLiteral("Standard"), QStringLiteral("Standard"), {}, {}, {});
    writeParagraphStyle(xml,
                        QStringLiteral("Text_20_body"),
                        QStringLiteral("Text body"),
                        QStringLiteral("Standard"),
                        {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm")}},
                        {});
    writeParagraphStyle(xml,
                        QStringLiteral("Heading"),
                        QStringLiteral("Heading"),
                        QStringLiteral("Standard"),
                        {{QStringLiteral("fo:margin-top"), QStringLiteral("0.5cm")},
                         {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.25cm")},
                         {keep, QStringLiteral("always")}},
                        {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    const double sizes[] = {20, 14, 11};
    for (int level = 1; level <= 3; ++level)
        writeParagraphStyle(xml,
                            QStringLiteral("Heading_20_%1").arg(level),
                            QStringLiteral("Heading %1").arg(level),
                            QStringLiteral("Heading"),
                            {},
                            {{QStringLiteral("fo:font-size"), QStringLiteral("%1pt").arg(sizes[level - 1])},
                             {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}},
                            level);
    writeParagraphStyle(
        xml, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"), QStringLiteral("Standard"), {}, {});
    writeParagraphStyle(xml,
                        QStringLiteral("Table_20_Heading"),
                        QStringLiteral("Table Heading"),
                        QStringLiteral("Table_20_Contents"),
                        {},
                        {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    writeParagraphStyle(xml,
                        QStringLiteral("Table_20_Number"),
                        QStringLiteral("Table Number"),
                        QStringLiteral("Table_20_Contents"),
                        {{QStringLiteral("fo:text-align"), QStringLiteral("end")}},
                        {});
    writeParagraphStyle(xml,
                        QStringLiteral("Table_20_Caption"),
                        QStringLiteral("Table Caption"),
                        QStringLiteral("Standard"),
                        {{QStringLiteral("fo:margin-top"), QStringLiteral("0.3cm")},
                         {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.1cm")},
                         {keep, QStringLiteral("always")}},
                        {{QStringLiteral("fo:font-size"), QStringLiteral("11pt")},
                         {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    writeParagraphStyle(xml,
                        QStringLiteral("Notice"),
                        QStringLiteral("Notice"),
                        QStringLiteral("Standard"),
                        {{QStringLiteral("fo:border"), QStringLiteral("0.5pt solid #707070")},
                         {QStringLiteral("fo:padding"), QStringLiteral("0.2cm")},
                         {QStringLiteral("fo:background-color"), QStringLiteral("#fff4d6")},
                         {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.3cm")}},
                        {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    writeParagraphStyle(xml,
                        QStringLiteral("Figure"),
                        QStringLiteral("Figure"),
                        QStringLiteral("Standard"),
                        {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.3cm")}},
                        {});
    for (const char* name : {"Header", "Footer"})
        writeParagraphStyle(xml,
                            QLatin1String(name),
                            QLatin1String(name),
                            QStringLiteral("Standard"),
                            {},
                            {{QStringLiteral("fo:font-size"), QStringLiteral("8pt")},
                             {QStringLiteral("fo:color"), QStringLiteral("#404040")}});
    xml.writeStartElement(Style, QStringLiteral("style"));
    xml.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("Strong"));
    xml.writeAttribute(Style, QStringLiteral("display-name"), QStringLiteral("Strong Emphasis"));
    xml.writeAttribute(Style, QStringLiteral("family"), QStringLiteral("text"));
    xml.writeEmptyElement(Style, QStringLiteral("text-properties"));
    xml.writeAttribute(Fo, QStringLiteral("font-weight"), QStringLiteral("bold"));
    xml.writeEndElement();
    xml.writeEndElement(); // styles

    xml.writeStartElement(Office, QStringLiteral("automatic-styles"));
    xml.writeStartElement(Style, QStringLiteral("page-layout"));
    xml.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("A4"));
    xml.writeEmptyElement(Style, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(Fo, QStringLiteral("page-width"), QStringLiteral("21cm"));
    xml.writeAttribute(Fo, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
    xml.writeAttribute(Style, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(Fo, QStringLiteral("margin-top"), QStringLiteral("1.2cm"));
    xml.writeAttribute(Fo, QStringLiteral("margin-bottom"), QStringLiteral("1.2cm"));
    xml.writeAttribute(Fo, QStringLiteral("margin-left"), cm(PageStyle::LeftMarginMm / 10.0));
    xml.writeAttribute(Fo, QStringLiteral("margin-right"), cm(PageStyle::RightMarginMm / 10.0));
    for (const char* part : {"header-style", "footer-style"}) {
        xml.writeStartElement(Style, QLatin1String(part));
        xml.writeEmptyElement(Style, QStringLiteral("header-footer-properties"));
        xml.writeAttribute(Fo, QStringLiteral("min-height"), QStringLiteral("0.6cm"));
        xml.writeAttribute(Fo,
                           part[0] == 'h' ? QStringLiteral("margin-bottom") : QStringLiteral("margin-top"),
                           QStringLiteral("0.5cm"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(Office, QStringLiteral("master-styles"));
    xml.writeStartElement(Style, QStringLiteral("master-page"));
    xml.writeAttribute(Style, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(Style, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    xml.writeStartElement(Style, QStringLiteral("header"));
    xml.writeStartElement(Text, QStringLiteral("p"));
    xml.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Header"));
    writeText(xml, header);
    xml.writeEndElement();
    xml.writeEndElement(); // header
    xml.writeStartElement(Style, QStringLiteral("footer"));
    xml.writeStartElement(Text, QStringLiteral("p"));
    xml.writeAttribute(Text, QStringLiteral("style-name"), QStringLiteral("Footer"));
    writeText(xml, footer + QStringLiteral(" · "));
    // "Page %1 of %2" with the numbers as fields, which stay right as the document is edited.
    const qsizetype first = pageText.indexOf(QLatin1String("%1"));
    const qsizetype second = pageText.indexOf(QLatin1String("%2"));
    if (first >= 0 && second > first) {
        xml.writeCharacters(pageText.left(first));
        xml.writeStartElement(Text, QStringLiteral("page-number"));
        xml.writeAttribute(Text, QStringLiteral("select-page"), QStringLiteral("current"));
        xml.writeCharacters(QStringLiteral("1"));
        xml.writeEndElement();
        xml.writeCharacters(pageText.mid(first + 2, second - first - 2));
        xml.writeTextElement(Text, QStringLiteral("page-count"), QStringLiteral("1"));
        xml.writeCharacters(pageText.mid(second + 2));
    }
    xml.writeEndElement(); // p
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndElement(); // document-styles
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtParts::metaXml(const QString& title, const QString& language)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(Office, QStringLiteral("document-meta"));
    xml.writeAttribute(Office, QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(Office, QStringLiteral("meta"));
    xml.writeTextElement(Dc, QStringLiteral("title"), title);
    xml.writeTextElement(Dc,
                         QStringLiteral("language"),
                         language == QLatin1String("en") ? QStringLiteral("en-GB") : language + QLatin1String("-NO"));
    xml.writeTextElement(
        Meta,
        QStringLiteral("generator"),
        QStringLiteral("%1/%2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtParts::manifestXml(const QVector<std::pair<QString, QByteArray>>& pictures)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(Manifest, QStringLiteral("manifest"));
    xml.writeStartElement(Manifest, QStringLiteral("manifest"));
    xml.writeAttribute(Manifest, QStringLiteral("version"), QStringLiteral("1.3"));
    const auto entry = [&xml](const QString& path, const QString& type) {
        xml.writeEmptyElement(Manifest, QStringLiteral("file-entry"));
        xml.writeAttribute(Manifest, QStringLiteral("full-path"), path);
        if (path == QLatin1String("/"))
            xml.writeAttribute(Manifest, QStringLiteral("version"), QStringLiteral("1.3"));
        xml.writeAttribute(Manifest, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    for (const char* part : {"content.xml", "styles.xml", "meta.xml"})
        entry(QLatin1String(part), QStringLiteral("text/xml"));
    for (const auto& picture : pictures)
        entry(picture.first, QStringLiteral("image/png"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

bool OdtParts::zip(const QString& path, const QVector<std::pair<QString, QByteArray>>& parts, const QDate& date)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto& [name, data] : parts) {
        zip_fileinfo info {};
        info.tmz_date.tm_year = uInt(date.year());
        info.tmz_date.tm_mon = uInt(date.month() - 1);
        info.tmz_date.tm_mday = uInt(date.day());
        const bool stored = name == QLatin1String("mimetype");
        ok = ok
            && zipOpenNewFileInZip64(zip,
                                     name.toUtf8().constData(),
                                     &info,
                                     nullptr,
                                     0,
                                     nullptr,
                                     0,
                                     nullptr,
                                     stored ? 0 : Z_DEFLATED,
                                     stored ? 0 : Z_DEFAULT_COMPRESSION,
                                     0)
                == ZIP_OK
            && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK
            && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}
