#pragma once

#include <QCoreApplication>

#include <optional>

class NetworkCompareModel;

// The network comparison as an A4 PDF for a network meeting: the members side by side (plans, measures, share done,
// mean progress, overdue, last update), the chart of done and overdue per member, and one chart per indicator the
// members share against the network's target. In the window's language; member names and plan titles as plain text.
class NetworkReport
{
    Q_DECLARE_TR_FUNCTIONS(NetworkReport)

public:
    static std::optional<QByteArray>
    pdf(const NetworkCompareModel& model, const QString& network, const QString& description, QString* error);
    // The same comparison as one web page for screen readers: the tables with header cells, each chart as its summary
    // and table of figures; through QSaveFile, so that on failure nothing is left at the path.
    static bool writeWebPage(const NetworkCompareModel& model,
                             const QString& network,
                             const QString& description,
                             const QString& path,
                             QString* error);
};
