#pragma once

#include "plansite.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

class Stores;

// A network's overview for residents and the members' councils: the network, its members' plans compared (measures,
// share done, mean progress, overdue, last update) with the charts of the comparison, and every member plan in the
// file as a plan site of its own in a subfolder (plan-ID/) linked from the overview.
class NetworkSite
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSite)

public:
    static std::optional<QMap<QString, QByteArray>>
    build(Stores& stores, qint64 networkId, const PublishOptions& options, QString* error);

    static QString planFolder(qint64 planId);
};
