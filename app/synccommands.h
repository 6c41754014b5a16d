#pragma once

#include "syncmerge.h"

#include <QCoreApplication>

#include <optional>

// `actionplans --db SERVER sync --to FILE` makes an offline copy of a network's server; `actionplans --db FILE sync`
// syncs one (with --mine or --theirs to answer every conflict one way). Exit codes as CommandLine's, and
// ConflictsOpen when conflicts still wait for the user.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    static int makeCopy(const QString& address, const QString& file);
    static int sync(const QString& file, std::optional<SyncChoice> everyConflict);
};
