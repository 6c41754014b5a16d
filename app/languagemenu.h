#pragma once

#include <QMenu>

class QActionGroup;

// Settings → Language: the system's, bokmål, nynorsk or English. Choosing one remembers it and switches the running
// app at once (see UiLanguage).
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QActionGroup* m_group;
};
