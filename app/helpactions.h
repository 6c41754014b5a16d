#pragma once

#include <QObject>

class QWidget;
class UserGuideDialog;

// Help → User guide and Help → About: the guide in the interface language, and what the app is, its licence and the
// libraries it is built on.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(QWidget* parent);

    void showUserGuide();
    void about();

private:
    QWidget* m_parent;
    UserGuideDialog* m_guide = nullptr;
};
