#include "languagemenu.h"

#include "language.h"
#include "uilanguage.h"

#include <QActionGroup>
#include <QEvent>

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString chosen = UiLanguage::setting();
    for (const QString& code : QStringList {QString()} + Language::codes()) {
        if (!code.isEmpty() && actions().size() == 1)
            addSeparator(); // "System" apart from the three languages
        QAction* action = addAction(QString());
        action->setObjectName(QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [](QAction* action) {
        UiLanguage::setSetting(action->data().toString());
        UiLanguage::apply(action->data().toString());
    });
    retranslate();
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    for (QAction* action : m_group->actions()) {
        const QString code = action->data().toString();
        // Each language in its own words, so that anyone can find theirs whatever the window speaks.
        action->setText(code.isEmpty() ? tr("&System (%1)").arg(Language::name(UiLanguage::effective(QString())))
                            : code == QLatin1String("nb") ? QStringLiteral("Norsk (&bokmål)")
                            : code == QLatin1String("nn") ? QStringLiteral("Norsk (&nynorsk)")
                                                          : QStringLiteral("&English"));
    }
}
