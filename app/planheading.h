#pragma once

#include <QCoreApplication>
#include <QString>

class Stores;

// The heading over the measures table: the plan's title, and a line saying whose it is, what kind, which years, its
// status, and whether it is sample data.
struct PlanHeading
{
    Q_DECLARE_TR_FUNCTIONS(PlanHeading)

public:
    QString title;
    QString details;

    // For planId as MainWindow::shownPlanId gives it: 0 all measures, -1 none.
    static PlanHeading of(Stores* stores, qint64 planId);
};
