#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class UserGuideDialog;

// The Help menu: the user guide in the interface language, the welcome shown at first start, and what the app is, its
// licence and the libraries it is built on.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    HelpActions(QMainWindow* window, std::function<void()> showWelcome);

    void showUserGuide();
    void about();
    void retranslate();

private:
    QMainWindow* m_window;
    UserGuideDialog* m_guide = nullptr;
    QMenu* m_menu;
    QAction* m_guideAction;
    QAction* m_welcomeAction;
    QAction* m_aboutAction;
};
