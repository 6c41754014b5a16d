#pragma once

#include "entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// One grant of a measure: the programme (Klimasats and others offered), status, amount and the report it needs.
class GrantDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GrantDialog(const Grant& grant, QWidget* parent = nullptr);
    Grant grant() const;
    void accept() override;

private:
    Grant m_grant;
    QComboBox* m_programme;
    QComboBox* m_status;
    QDoubleSpinBox* m_amount;
    QCheckBox* m_hasReport;
    QDateEdit* m_reportDue;
    QCheckBox* m_reportSent;
    QLineEdit* m_note;
    QLabel* m_problem;
};
