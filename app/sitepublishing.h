#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

struct PublishOptions;
class Stores;
class QWidget;

// File › Publish as website… (a plan) and the network pane's Export › As a website (a network, with its members'
// plans): asks where and how (PublishDialog), writes the site (PlanSite or NetworkSite, SiteFolder) and offers to open
// it in the browser.
class SitePublishing : public QObject
{
    Q_OBJECT

public:
    using ErrorHandler = std::function<void(const QString& message)>;
    SitePublishing(ErrorHandler onError, QWidget* parent);

    void publish(Stores& stores, qint64 planId);
    void publishNetwork(Stores& stores, qint64 networkId);

signals:
    void published(const QString& folder);

private:
    using Build = std::function<std::optional<QMap<QString, QByteArray>>(const PublishOptions&, QString*)>;
    void publishSite(const QString& title, const Build& build);

    QWidget* m_parent;
    ErrorHandler m_onError;
};
