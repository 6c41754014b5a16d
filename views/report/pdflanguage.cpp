#include "pdflanguage.h"

#include <QRegularExpression>

#include <optional>

namespace {

struct Catalog
{
    QByteArray reference; // "2 0"
    QByteArray dictionary; // "<< … >>" as written
};

// The dictionary at "<<" in text, to its matching ">>".
QByteArray dictionaryAt(const QByteArray& text, qsizetype start)
{
    int depth = 0;
    for (qsizetype i = start; i + 1 < text.size(); ++i) {
        if (text.at(i) == '<' && text.at(i + 1) == '<') {
            ++depth;
            ++i;
        } else if (text.at(i) == '>' && text.at(i + 1) == '>') {
            ++i;
            if (--depth == 0)
                return text.mid(start, i + 1 - start);
        }
    }
    return {};
}

// The last trailer's dictionary and the offset its startxref names.
bool lastTrailer(const QByteArray& pdf, QByteArray* trailer, qint64* crossReference)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype keyword = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || keyword < 0)
        return false;
    bool ok = false;
    *crossReference = pdf.mid(startxref + 9, 32).simplified().split(' ').value(0).toLongLong(&ok);
    *trailer = dictionaryAt(pdf, pdf.indexOf("<<", keyword));
    return ok && !trailer->isEmpty();
}

std::optional<Catalog> newestCatalog(const QByteArray& pdf, const QByteArray& trailer)
{
    const QRegularExpressionMatch root
        = QRegularExpression(QStringLiteral("/Root\\s+(\\d+)\\s+(\\d+)\\s+R")).match(QString::fromLatin1(trailer));
    if (!root.hasMatch())
        return std::nullopt;
    const QByteArray reference = (root.captured(1) + QLatin1Char(' ') + root.captured(2)).toLatin1();
    // The newest definition of the object is the last one in the file.
    const qsizetype object = pdf.lastIndexOf("\n" + reference + " obj");
    if (object < 0)
        return std::nullopt;
    const qsizetype end = pdf.indexOf("endobj", object);
    const qsizetype open = pdf.indexOf("<<", object);
    if (open < 0 || end < open)
        return std::nullopt;
    const QByteArray dictionary = dictionaryAt(pdf, open);
    if (dictionary.isEmpty() || !dictionary.contains("/Catalog"))
        return std::nullopt;
    return Catalog {reference, dictionary};
}

} // namespace

QString PdfLanguage::tagOf(const QString& language)
{
    if (language == QLatin1String("nb") || language == QLatin1String("nn"))
        return language + QLatin1String("-NO");
    if (language == QLatin1String("en"))
        return QStringLiteral("en-GB");
    return language;
}

bool PdfLanguage::mark(QByteArray& pdf, const QString& tag)
{
    static const QRegularExpression plainTag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    QByteArray trailer;
    qint64 crossReference = 0;
    if (!plainTag.match(tag).hasMatch() || !pdf.startsWith("%PDF-") || !lastTrailer(pdf, &trailer, &crossReference))
        return false;
    const std::optional<Catalog> catalog = newestCatalog(pdf, trailer);
    if (!catalog)
        return false;
    if (catalog->dictionary.contains("/Lang"))
        return true;

    if (!pdf.endsWith('\n'))
        pdf.append('\n');
    const qint64 objectOffset = pdf.size();
    pdf += catalog->reference + " obj\n" + catalog->dictionary.chopped(2) + "/Lang (" + tag.toLatin1()
        + ")\n>>\nendobj\n";
    const qint64 sectionOffset = pdf.size();
    const QByteArray objectNumber = catalog->reference.split(' ').value(0);
    const QByteArray generation = catalog->reference.split(' ').value(1);
    // Each entry is exactly 20 bytes: ten digits of offset, five of generation, the kind and an end of line.
    pdf += "xref\n" + objectNumber + " 1\n" + QByteArray::number(objectOffset).rightJustified(10, '0') + ' '
        + generation.rightJustified(5, '0') + " n \n";
    QString newTrailer = QString::fromLatin1(trailer.chopped(2));
    newTrailer.remove(QRegularExpression(QStringLiteral("/Prev\\s+\\d+"))); // an earlier update's: ours points back
    newTrailer += QLatin1String("/Prev ") + QString::number(crossReference) + QLatin1String("\n>>");
    pdf += "trailer\n" + newTrailer.toLatin1() + "\nstartxref\n" + QByteArray::number(sectionOffset) + "\n%%EOF\n";
    return true;
}

QString PdfLanguage::of(const QByteArray& pdf)
{
    QByteArray trailer;
    qint64 crossReference = 0;
    if (!lastTrailer(pdf, &trailer, &crossReference))
        return {};
    const std::optional<Catalog> catalog = newestCatalog(pdf, trailer);
    if (!catalog)
        return {};
    const QRegularExpressionMatch lang
        = QRegularExpression(QStringLiteral("/Lang\\s*\\(([^)]*)\\)")).match(QString::fromLatin1(catalog->dictionary));
    return lang.captured(1);
}
