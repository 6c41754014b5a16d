#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
    setWindowTitle(tr("User guide"));
}

QUrl UserGuideDialog::guideUrl(const QString& languageCode)
{
    const QString path = QStringLiteral(":/help/guide_%1.html").arg(languageCode);
    return QUrl(QFile::exists(path) ? QStringLiteral("qrc") + path : QStringLiteral("qrc:/help/guide_en.html"));
}

void UserGuideDialog::showGuide(const QString& languageCode)
{
    m_browser->setSource(guideUrl(languageCode));
}

void UserGuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("User guide"));
    QDialog::changeEvent(event);
}
