#pragma once

#include "plantemplate.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTreeWidget;

// "New plan from template…": the templates on the left, what the chosen one brings on the right (its network, what
// it is built on, its focus areas and indicators in the chosen language), and the new plan's title, language and
// period below. The window makes the plan from the result.
class TemplateDialog : public QDialog
{
    Q_OBJECT

public:
    TemplateDialog(const QVector<PlanTemplate>& templates,
                   const QString& municipalityName,
                   const QString& language,
                   int firstYear,
                   QWidget* parent = nullptr);

    const PlanTemplate& chosen() const;
    QString title() const;
    QString language() const;
    int periodFrom() const;
    int periodTo() const;

    void accept() override;

private:
    void showChosen();

    QVector<PlanTemplate> m_templates;
    QListWidget* m_list;
    QLabel* m_network;
    QLabel* m_description;
    QListWidget* m_focusAreas;
    QTreeWidget* m_indicators;
    QLineEdit* m_title;
    QComboBox* m_language;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QLabel* m_problem;
    QString m_titleShown; // the title as last filled in from a template, to know whether the user changed it
};
