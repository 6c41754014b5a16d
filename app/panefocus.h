#pragma once

#include <QObject>
#include <QVector>

class QAction;
class QWidget;

// F6 and Shift+F6 move the keyboard focus from pane to pane of the main window (the navigator, the centre, the docks),
// as in many desktop apps: a keyboard user crosses the window in a few keys instead of tabbing through every field.
// Each pane is entered where its focus was last, or at its first control; panes that are closed, or behind another
// dock's tab, are passed over.
class PaneFocus : public QObject
{
    Q_OBJECT

public:
    // panes in the order they stand in the window, left to right.
    PaneFocus(const QVector<QWidget*>& panes, QObject* parent);

    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }
    void retranslate();

    // Moves the focus step panes on (1) or back (-1), round the ends.
    void move(int step);

private:
    static bool isShown(const QWidget* pane);
    // Where the focus goes in the pane: the control that had it last, or the first one Tab reaches.
    static QWidget* entryOf(QWidget* pane);

    QVector<QWidget*> m_panes;
    QAction* m_next;
    QAction* m_previous;
};
