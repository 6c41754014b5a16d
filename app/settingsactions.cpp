#include "settingsactions.h"

#include "colourscheme.h"
#include "database.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "plaindialogs.h"
#include "username.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

SettingsActions::SettingsActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_menu(window.menuBar()->addMenu(QString()))
    , m_coloursMenu(new QMenu(m_menu))
    , m_colours(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("settingsMenu"));
    m_menu->addMenu(new LanguageMenu(m_menu));
    m_coloursMenu->setObjectName(QStringLiteral("coloursMenu"));
    m_menu->addMenu(m_coloursMenu);
    const QString chosen = ColourScheme::setting();
    for (const QString& scheme : {QString(), QStringLiteral("dark"), QStringLiteral("high-contrast")}) {
        QAction* action = m_coloursMenu->addAction(QString());
        action->setObjectName(QStringLiteral("colours_%1").arg(scheme.isEmpty() ? QStringLiteral("system") : scheme));
        action->setData(scheme);
        action->setCheckable(true);
        action->setChecked(scheme == chosen);
        m_colours->addAction(action);
    }
    connect(m_colours, &QActionGroup::triggered, this, [](QAction* action) {
        ColourScheme::setSetting(action->data().toString());
        ColourScheme::apply(action->data().toString());
    });
    m_userNameAction = m_menu->addAction(QString(), this, &SettingsActions::askUserName);
    m_userNameAction->setObjectName(QStringLiteral("userNameAction"));
}

void SettingsActions::retranslate()
{
    m_menu->setTitle(tr("&Settings"));
    m_coloursMenu->setTitle(tr("&Colours"));
    for (QAction* action : m_colours->actions()) {
        const QString scheme = action->data().toString();
        action->setText(scheme.isEmpty()                      ? tr("&System colours")
                            : scheme == QLatin1String("dark") ? tr("&Dark")
                                                              : tr("&High contrast"));
    }
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
