#include "panefocus.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

PaneFocus::PaneFocus(const QVector<QWidget*>& panes, QObject* parent)
    : QObject(parent)
    , m_panes(panes)
    , m_next(new QAction(this))
    , m_previous(new QAction(this))
{
    m_next->setObjectName(QStringLiteral("nextPaneAction"));
    m_previous->setObjectName(QStringLiteral("previousPaneAction"));
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(m_next, &QAction::triggered, this, [this] { move(1); });
    connect(m_previous, &QAction::triggered, this, [this] { move(-1); });
}

void PaneFocus::retranslate()
{
    m_next->setText(tr("&Next pane"));
    m_next->setToolTip(tr("Move the keyboard focus to the next pane"));
    m_previous->setText(tr("&Previous pane"));
    m_previous->setToolTip(tr("Move the keyboard focus to the previous pane"));
}

bool PaneFocus::isShown(const QWidget* pane)
{
    // A dock behind another dock's tab is "visible" to Qt but shows nothing.
    return pane->isVisible() && !pane->visibleRegion().isEmpty();
}

QWidget* PaneFocus::entryOf(QWidget* pane)
{
    const auto reachable = [pane](QWidget* widget) {
        return widget && pane->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus);
    };
    if (reachable(pane->focusWidget()))
        return pane->focusWidget();
    for (QWidget* widget = pane->nextInFocusChain(); widget && widget != pane; widget = widget->nextInFocusChain()) {
        if (reachable(widget))
            return widget;
    }
    return nullptr;
}

void PaneFocus::move(int step)
{
    const int count = int(m_panes.size());
    int current = -1;
    for (int i = 0; i < count && current < 0; ++i) {
        if (m_panes[i]->isAncestorOf(QApplication::focusWidget()))
            current = i;
    }
    if (current < 0)
        current = step > 0 ? count - 1 : 0;
    for (int tried = 1; tried <= count; ++tried) {
        QWidget* pane = m_panes[((current + step * tried) % count + count) % count];
        if (!isShown(pane))
            continue;
        if (QWidget* entry = entryOf(pane)) {
            entry->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}
