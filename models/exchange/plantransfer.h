#pragma once

#include "planfile.h"

#include <QCoreApplication>

#include <optional>

class Stores;

// Moves every plan of one database into another — a file onto a network's server (`server import`) and back
// (`server export`) — in the plan file's form, so that the merge is the plan files' own: plans, measures and
// indicators known by their UUIDs are updated, the rest added, nothing doubled, and all of it in one transaction.
// Grants, which plan files leave out (they are a municipality's dealings with its funders, not the plan), come along
// measure by measure.
class PlanTransfer
{
    Q_DECLARE_TR_FUNCTIONS(PlanTransfer)

public:
    // Every plan from can read, written into to; what was done, or nothing (and why in error) with to unchanged.
    static std::optional<PlanFile::Summary> copyAll(Stores& from, Stores& to, QString* error);
    // Every plan stores can read, as a plan file.
    static std::optional<QByteArray> writeAll(Stores& stores, QString* error);
};
