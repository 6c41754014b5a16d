#pragma once

// Tooltips that show their text as written. QToolTip guesses whether a text is rich (Qt::mightBeRichText), so a
// measure titled "<b>x</b><img src=…>" would be drawn bold with an image. Installed on the application, this filter
// shows every widget's and every item's tooltip converted from plain text: the characters, wrapped, nothing more.
// Very long texts are cut, so that a 100 kB description cannot cover the screen.

#include <QObject>

class PlainToolTips : public QObject
{
    Q_OBJECT

public:
    explicit PlainToolTips(QObject* parent = nullptr);

    // The rich text a plain tooltip is shown as.
    static QString toRichText(const QString& plain);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
