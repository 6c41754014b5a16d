#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QActionGroup;
class QMenu;

// The Settings menu: the interface language, the colours (the system's, dark, high contrast), and the name the change
// log gives one's edits.
class SettingsActions : public QObject
{
    Q_OBJECT

public:
    explicit SettingsActions(MainWindow& window);

    // Asks for the name (the one in use filled in) and uses it from the next edit on.
    void askUserName();
    // Uses name for the edits from now on, and remembers it.
    void setUserName(const QString& name);

    void retranslate();

private:
    MainWindow& m_window;
    QMenu* m_menu;
    QMenu* m_coloursMenu;
    QActionGroup* m_colours;
    QAction* m_userNameAction;
};
