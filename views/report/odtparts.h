#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVector>

#include <utility>

class QXmlStreamWriter;

// The parts of an ODF text document besides its content — styles (headings, tables, the A4 page with its header and
// footer fields), metadata, the manifest — and the zip they go in. For DocumentOdt.
namespace OdtParts {

extern const QString Office, Style, Text, Table, Draw, Fo, XLink, Svg, Dc, Meta, Manifest;
// The text block's width: A4 less the report's margins, in centimetres.
double bodyWidthCm();
QString cm(double value);
void declareNamespaces(QXmlStreamWriter& xml);
// Text with the line breaks and tabs ODF wants as elements.
void writeText(QXmlStreamWriter& xml, const QString& text);

// pageText is "Page %1 of %2" in the document's language: the numbers become fields.
QByteArray stylesXml(const QString& header, const QString& footer, const QString& language, const QString& pageText);
QByteArray metaXml(const QString& title, const QString& language);
QByteArray manifestXml(const QVector<std::pair<QString, QByteArray>>& pictures);
// "mimetype" first and stored, without extra fields, the rest deflated, as ODF wants.
bool zip(const QString& path, const QVector<std::pair<QString, QByteArray>>& parts, const QDate& date);

} // namespace OdtParts
