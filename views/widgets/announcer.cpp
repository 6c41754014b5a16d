#include "announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QTimer>

namespace {

class AccessibleAnnouncer : public QAccessibleWidget
{
public:
    explicit AccessibleAnnouncer(QLabel* label)
        : QAccessibleWidget(label, QAccessible::Notification)
    {
    }
    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Name)
            return static_cast<QLabel*>(widget())->text();
        return QAccessibleWidget::text(kind);
    }
};

QAccessibleInterface* accessibleAnnouncer(const QString& className, QObject* object)
{
    if (className == QLatin1String("Announcer") && object && object->isWidgetType())
        return new AccessibleAnnouncer(static_cast<Announcer*>(object));
    return nullptr;
}

} // namespace

Announcer::Announcer(QWidget* parent)
    : QLabel(parent)
    , m_hideTimer(new QTimer(this))
{
    static const bool installed = [] {
        QAccessible::installFactory(accessibleAnnouncer);
        return true;
    }();
    Q_UNUSED(installed)
    setObjectName(QStringLiteral("statusMessage"));
    setTextFormat(Qt::PlainText); // messages quote file and plan names
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, [this] {
        hide();
        clear();
    });
    hide();
}

void Announcer::announce(const QString& text, int milliseconds)
{
    hide(); // shown anew, so that the screen reader hears the message even when one is still showing
    setText(text);
    show();
    if (milliseconds > 0)
        m_hideTimer->start(milliseconds);
    else
        m_hideTimer->stop();
}
