#pragma once

#include "entities.h"

#include <QCoreApplication>
#include <QVector>

class Stores;

// A measure to add to a plan, with its focus area and owner named rather than known by id: read from a spreadsheet
// (line is its line there), or copied from another plan through the example bank.
struct MeasureRow
{
    int line = 0;
    Measure measure;
    QString focusArea;
    QString owner;
};

// Adds measure rows to a plan, creating the focus areas and owners they name that the plan lacks.
class MeasureRows
{
    Q_DECLARE_TR_FUNCTIONS(MeasureRows)

public:
    // What add() created, so that an undo can remove exactly that.
    struct Added
    {
        QVector<FocusArea> focusAreas;
        QVector<Owner> owners;
        QVector<Measure> measures;
    };

    // Adds the rows in one transaction; nothing is written on failure.
    static bool add(Stores& stores, qint64 planId, const QVector<MeasureRow>& rows, Added* added, QString* error);
};
