#include "settingsactions.h"

#include "database.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "plaindialogs.h"
#include "username.h"
#include "workspace.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

SettingsActions::SettingsActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_menu(window.menuBar()->addMenu(QString()))
{
    m_menu->setObjectName(QStringLiteral("settingsMenu"));
    m_menu->addMenu(new LanguageMenu(m_menu));
    m_userNameAction = m_menu->addAction(QString(), this, &SettingsActions::askUserName);
    m_userNameAction->setObjectName(QStringLiteral("userNameAction"));
}

void SettingsActions::retranslate()
{
    m_menu->setTitle(tr("&Settings"));
    m_userNameAction->setText(tr("Your &name…"));
    m_userNameAction->setToolTip(tr("The name the change history gives your edits"));
}

void SettingsActions::askUserName()
{
    bool ok = false;
    const QString name = PlainDialogs::getText(&m_window,
                                               tr("Your name"),
                                               tr("The change history of every measure says who made each change. "
                                                  "Your name:"),
                                               UserName::effective(),
                                               &ok);
    if (ok && !name.trimmed().isEmpty())
        setUserName(name);
}

void SettingsActions::setUserName(const QString& name)
{
    UserName::save(name);
    if (Workspace* workspace = m_window.workspace())
        workspace->db().setAuthor(UserName::effective());
}
