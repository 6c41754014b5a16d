#include "plaintooltips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

namespace {

constexpr int MaxCharacters = 2000;

} // namespace

PlainToolTips::PlainToolTips(QObject* parent)
    : QObject(parent)
{
}

QString PlainToolTips::toRichText(const QString& plain)
{
    const QString shown = plain.size() > MaxCharacters ? plain.left(MaxCharacters) + QChar(0x2026) : plain;
    return Qt::convertFromPlainText(shown, Qt::WhiteSpaceNormal);
}

bool PlainToolTips::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    const QPoint position = static_cast<QHelpEvent*>(event)->pos();
    QString text;
    // An item view's tooltips come from its model, asked for on its viewport.
    auto* view = qobject_cast<QAbstractItemView*>(widget->parentWidget());
    if (view && view->viewport() == widget) {
        const QModelIndex index = view->indexAt(position);
        if (!index.isValid())
            return false; // the view's own handling: no item, no tip
        text = index.data(Qt::ToolTipRole).toString();
    } else {
        text = widget->toolTip();
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), toRichText(text), widget);
    return true;
}
