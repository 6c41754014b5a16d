#pragma once

#include <QLabel>

class QTimer;

// The status bar's message, said to a screen reader as well as shown: what was saved, imported, published or refused.
// Qt 6.4 has no announcement event on Linux; an object in the notification role that comes into view is what Orca
// reads out (as it reads desktop notifications), so each message shows the label anew in that role.
class Announcer : public QLabel
{
    Q_OBJECT

public:
    explicit Announcer(QWidget* parent = nullptr);

    // Shows text (plain) for milliseconds, or until the next message when 0, and has it read out.
    void announce(const QString& text, int milliseconds);

private:
    QTimer* m_hideTimer;
};
