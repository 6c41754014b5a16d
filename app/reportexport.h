#pragma once

#include "storecommand.h"

#include <QCoreApplication>
#include <QObject>

class Stores;
class QWidget;
struct ReportData;
struct ReportOptions;

// File → Export council report… and File → Print…: asks for the options (with a print preview), gathers the plan's
// report from the stores, and writes the PDF or prints it. An exported report is recorded, so that the next one lists
// the changes since; a printed one is not (the adviser may print drafts).
class ReportExport : public QObject
{
    Q_OBJECT

public:
    ReportExport(ErrorHandler onError, QWidget* parent);

    // The path written, or empty when the adviser cancelled or it failed (then onError was told why).
    QString exportPdf(Stores& stores, qint64 planId);
    void print(Stores& stores, qint64 planId);

signals:
    void exported(const QString& path);
    // The adviser chose a finding of the plan check in the options dialog (which then closed): show it.
    void measureRequested(qint64 measureId);
    void planFindingRequested(qint64 planId, int rule);

private:
    std::optional<ReportOptions> askOptions(Stores& stores, qint64 planId, bool forPrinting);
    std::optional<ReportData> collect(Stores& stores, qint64 planId, const ReportOptions& options);
    void preview(Stores& stores, qint64 planId, const ReportOptions& options);

    QWidget* m_parent;
    ErrorHandler m_onError;
};
