#pragma once

#include <QByteArray>
#include <QString>

// The document language of a PDF (/Lang in its catalog): screen readers choose their voice by it and PDF/UA asks for
// it, but Qt 6.4's QPdfWriter has no setting for it. Added as an incremental update — the catalog once more with
// /Lang, a one-entry cross-reference section and a trailer pointing back to Qt's — so every byte Qt wrote stays.
namespace PdfLanguage {

// The BCP 47 tag of the app's language codes: nb → nb-NO, nn → nn-NO, en → en-GB.
QString tagOf(const QString& language);

// Marks the PDF; false, and the bytes untouched, when it is not a PDF with a classic cross-reference table as
// QPdfWriter writes. A PDF that names its language already is left as it is.
bool mark(QByteArray& pdf, const QString& tag);

// The language the PDF's newest catalog names, empty if none.
QString of(const QByteArray& pdf);

} // namespace PdfLanguage
