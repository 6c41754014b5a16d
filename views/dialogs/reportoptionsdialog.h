#pragma once

#include "reportdata.h"

#include <QDialog>

#include <functional>

class PlanCheckModel;
class QCheckBox;
class QComboBox;
class QPushButton;

// Asks how the council report should be made: language, sections, only open measures, PDF/A. Offers a print preview
// of exactly those choices before the adviser saves or prints.
class ReportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose {
        ExportPdf,
        Print,
    };
    using Preview = std::function<void(const ReportOptions&)>;

    // With a plan check model, the dialog shows the plan's check beside the options: a finding clicked there closes
    // the dialog and asks for the measure or the plan to be shown, so that it can be fixed before the report.
    ReportOptionsDialog(const QString& planTitle,
                        const ReportOptions& defaults,
                        Purpose purpose,
                        Preview preview,
                        PlanCheckModel* check = nullptr,
                        QWidget* parent = nullptr);

    ReportOptions options() const;

signals:
    void measureRequested(qint64 measureId);
    void planFindingRequested(int rule);

private:
    void updateButtons();

    ReportOptions m_defaults;
    Preview m_preview;
    QComboBox* m_language;
    QVector<QPair<int, QCheckBox*>> m_sections;
    QCheckBox* m_openOnly;
    QCheckBox* m_pdfA;
    bool m_offersPdfA;
    QPushButton* m_accept;
};
