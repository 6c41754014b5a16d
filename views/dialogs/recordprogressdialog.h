#pragma once

#include "entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QSpinBox;

// Asks for one progress update of a measure: date, status, progress and a comment. Starts from the measure's
// present status and progress, so that recording "a bit further" is a small change.
class RecordProgressDialog : public QDialog
{
    Q_OBJECT

public:
    RecordProgressDialog(const Measure& measure, QWidget* parent = nullptr);
    ProgressUpdate update() const;

private:
    qint64 m_measureId;
    QDateEdit* m_date;
    QComboBox* m_status;
    QSpinBox* m_progress;
    QPlainTextEdit* m_comment;
    QCheckBox* m_commentPublic;
};
