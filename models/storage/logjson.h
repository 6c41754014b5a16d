#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <utility>

// A row's values as the change log keeps a new record: a compact JSON object of the values that are neither null nor
// empty text, keys in QJsonObject's (sorted) order. Byte for byte what QJsonDocument(object).toJson(Compact) writes —
// test_stores checks it against that — but written directly: building the QJsonObject and its text was a tenth of
// importing a national plan file. Values of other types, and text with surrogates, go the QJsonObject way.
namespace LogJson {

// values: name → value as it is stored (see Store); skip: whether a value is left out.
template <class Fields> QString createdObject(const Fields& values)
{
    const auto slowWay = [&values] {
        QJsonObject object;
        for (const auto& field : values) {
            if (!field.second.isNull()
                && !(field.second.typeId() == QMetaType::QString && field.second.toString().isEmpty()))
                object.insert(field.first, QJsonValue::fromVariant(field.second));
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    QVector<std::pair<QString, const QVariant*>> kept;
    kept.reserve(values.size());
    for (const auto& field : values) {
        const QVariant& value = field.second;
        if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
            continue;
        switch (value.typeId()) {
        case QMetaType::QString: {
            const QString text = value.toString();
            if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); }))
                return slowWay();
            break;
        }
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
        case QMetaType::Bool:
            break;
        default:
            return slowWay();
        }
        kept.append({field.first, &value});
    }
    std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // A key given twice: QJsonObject keeps the last value.
    for (int i = int(kept.size()) - 1; i > 0; --i) {
        if (kept.at(i - 1).first == kept.at(i).first)
            kept.remove(i - 1);
    }
    QString json;
    json.reserve(64);
    json += QLatin1Char('{');
    const auto appendText = [&json](const QString& text) {
        json += QLatin1Char('"');
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                json += c;
                continue;
            }
            json += QLatin1Char('\\');
            switch (u) {
            case u'"':
                json += QLatin1Char('"');
                break;
            case u'\\':
                json += QLatin1Char('\\');
                break;
            case 0x8:
                json += QLatin1Char('b');
                break;
            case 0xc:
                json += QLatin1Char('f');
                break;
            case 0xa:
                json += QLatin1Char('n');
                break;
            case 0xd:
                json += QLatin1Char('r');
                break;
            case 0x9:
                json += QLatin1Char('t');
                break;
            default:
                json += QStringLiteral("u00") + QString::number(u >> 4, 16) + QString::number(u & 0xf, 16);
            }
        }
        json += QLatin1Char('"');
    };
    for (int i = 0; i < kept.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        appendText(kept.at(i).first);
        json += QLatin1Char(':');
        const QVariant& value = *kept.at(i).second;
        switch (value.typeId()) {
        case QMetaType::QString:
            appendText(value.toString());
            break;
        case QMetaType::Bool:
            json += value.toBool() ? QLatin1String("true") : QLatin1String("false");
            break;
        case QMetaType::Double: {
            const double number = value.toDouble();
            json += std::isfinite(number) ? QString::number(number, 'g', QLocale::FloatingPointShortest)
                                          : QStringLiteral("null");
            break;
        }
        default:
            json += QString::number(value.toLongLong());
        }
    }
    json += QLatin1Char('}');
    return json;
}

} // namespace LogJson
