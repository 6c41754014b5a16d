#pragma once

#include "assessment.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTreeWidget;
class RadarChart;
class Stores;

// The circular self-assessment of one municipality: every question, by strategy, scored 0–4 (starting from the
// municipality's newest assessment), the day it is made, and beside them a radar of the scores per strategy over
// the network's average or an earlier assessment, with the means per municipal role below. The window stores the
// result as one undoable step.
class AssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    AssessmentDialog(Stores& stores, qint64 municipalityId, const QString& language, QWidget* parent = nullptr);

    QHash<QString, int> scores() const;
    QDate madeOn() const;
    RadarChart* chart() const { return m_chart; }

    void accept() override;

private:
    void redraw();

    Stores& m_stores;
    qint64 m_municipalityId;
    const Questionnaire& m_questionnaire;
    QString m_language;
    QVector<AssessmentRecord> m_history;
    QTreeWidget* m_questions;
    QHash<QString, QComboBox*> m_answers;
    QDateEdit* m_date;
    QComboBox* m_compare;
    RadarChart* m_chart;
    QTreeWidget* m_roles;
    QLabel* m_problem;
};
