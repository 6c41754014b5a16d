#include "unsavededitbar.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

UnsavedEditBar::UnsavedEditBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_saveAgain(new QPushButton(this))
    , m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("unsavedEditBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("unsavedEditText"));
    m_text->setTextFormat(Qt::PlainText); // the reason may quote the user's own text
    m_text->setWordWrap(true);
    m_saveAgain->setObjectName(QStringLiteral("saveAgainButton"));
    m_discard->setObjectName(QStringLiteral("discardUnsavedButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveAgain);
    buttons->addWidget(m_discard);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(m_saveAgain, &QPushButton::clicked, this, &UnsavedEditBar::saveAgainRequested);
    connect(m_discard, &QPushButton::clicked, this, &UnsavedEditBar::discardRequested);
    retranslate();
    hide();
}

void UnsavedEditBar::showProblem(const QString& reason, const QString& measureTitle)
{
    QString sentence = reason.trimmed();
    if (!sentence.isEmpty() && !sentence.endsWith(QLatin1Char('.')))
        sentence += QLatin1Char('.');
    if (!isHidden() && sentence == m_reason && measureTitle == m_measureTitle)
        return; // said already
    m_reason = sentence;
    m_measureTitle = measureTitle;
    retranslate();
    show();
    QAccessibleEvent announcement(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&announcement);
}

void UnsavedEditBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void UnsavedEditBar::retranslate()
{
    m_text->setText(m_measureTitle.isEmpty()
                        ? tr("%1 What you typed is kept here until it is saved or you discard it.").arg(m_reason)
                        : tr("Your change to “%1” is not saved. %2 It is kept until it is saved or you discard it.")
                              .arg(m_measureTitle, m_reason));
    m_saveAgain->setText(tr("&Save again"));
    m_saveAgain->setToolTip(tr("Try again to save what you typed"));
    m_discard->setText(tr("Disc&ard"));
    m_discard->setToolTip(tr("Throw away what you typed and show what is saved"));
    setAccessibleName(tr("Change not saved"));
}
