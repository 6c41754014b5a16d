#pragma once

#include <QString>

// Text folded for searching as you type (case does not matter, æ, ø and å stay letters of their own): what
// QString::toCaseFolded gives, one character at a time. Qt's general case conversion took a third of the time to read
// every measure of a national file; this is a table lookup per character, and plain ASCII needs none.
inline QString foldedForSearch(const QString& text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar* out = folded.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            *out++ = u >= u'A' && u <= u'Z' ? QChar(char16_t(u + 32)) : c;
        else if (c.isSurrogate())
            return text.toCaseFolded(); // outside the Basic Multilingual Plane: rare enough for the general way
        else
            *out++ = QChar(char16_t(QChar::toCaseFolded(char32_t(u))));
    }
    return folded;
}
