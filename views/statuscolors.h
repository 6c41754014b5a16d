#pragma once

#include <QColor>
#include <QString>

// One colour per measure status, shared by the table, the charts and the report, so that "delayed" looks the same
// everywhere. Colour is never the only sign: the status name is always written beside it.
namespace StatusColors {
QColor color(const QString& statusCode);
// Text colour that reads well on color(statusCode).
QColor textColor(const QString& statusCode);
} // namespace StatusColors
