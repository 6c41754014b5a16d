#include "colourscheme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace {
const QString SettingKey = QStringLiteral("ui/colourScheme");
const QString Dark = QStringLiteral("dark");
const QString HighContrast = QStringLiteral("high-contrast");

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xf0, 0xf0, 0xf0);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xb0, 0xb0, 0xb0));
    palette.setColor(QPalette::Highlight, QColor(0x56, 0xb4, 0xe9));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x8c, 0xc8, 0xff));
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
    return palette;
}

QPalette highContrastPalette()
{
    // White on black, with yellow for selection and focus: the colours Windows' and GNOME's high-contrast themes use.
    QPalette palette;
    for (QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        palette.setColor(role, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText,
                                     QPalette::Text,
                                     QPalette::ButtonText,
                                     QPalette::ToolTipText,
                                     QPalette::BrightText,
                                     QPalette::PlaceholderText})
        palette.setColor(role, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, Qt::white);
    palette.setColor(QPalette::Mid, Qt::white);
    palette.setColor(QPalette::Dark, Qt::white);
    palette.setColor(QPalette::Shadow, Qt::white);
    // Disabled controls stay readable (7:1 on black), told apart by their grey.
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}
} // namespace

QString ColourScheme::setting()
{
    const QString scheme = QSettings().value(SettingKey).toString();
    return scheme == Dark || scheme == HighContrast ? scheme : QString();
}

void ColourScheme::setSetting(const QString& scheme)
{
    QSettings().setValue(SettingKey, scheme);
}

QPalette ColourScheme::palette(const QString& scheme)
{
    if (scheme == Dark)
        return darkPalette();
    if (scheme == HighContrast)
        return highContrastPalette();
    return QApplication::style()->standardPalette();
}

void ColourScheme::apply(const QString& scheme)
{
    if (!scheme.isEmpty() && QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette(scheme));
}
