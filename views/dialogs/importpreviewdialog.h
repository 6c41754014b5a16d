#pragma once

#include "planfile.h"

#include <QDialog>

// Before a plan file is imported: what it would add, change and leave alone — in counts of plans, measures and
// indicators, and plan by plan — with Import and Cancel. Nothing is written until Import.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const QString& fileName, const PlanFile::Summary& summary, QWidget* parent = nullptr);
};
