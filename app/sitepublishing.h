#pragma once

#include <QObject>

#include <functional>

class Stores;
class QWidget;

// File › Publish as website…: asks where and how (PublishDialog), writes the plan's site (PlanSite, SiteFolder) and
// offers to open it in the browser.
class SitePublishing : public QObject
{
    Q_OBJECT

public:
    using ErrorHandler = std::function<void(const QString& message)>;
    SitePublishing(ErrorHandler onError, QWidget* parent);

    void publish(Stores& stores, qint64 planId);

signals:
    void published(const QString& folder);

private:
    QWidget* m_parent;
    ErrorHandler m_onError;
};
