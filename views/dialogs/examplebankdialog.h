#pragma once

#include "examplebank.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// Search every measure in the file — across municipalities, plans and networks — and copy good ones into a plan.
// The dialog stays open, so that one can copy from several searches in a row.
class ExampleBankDialog : public QDialog
{
    Q_OBJECT

public:
    using Choices = ExampleBank::Choices;

    ExampleBankDialog(ExampleBankModel* model,
                      const Choices& networks,
                      const Choices& plans,
                      qint64 targetPlanId,
                      QWidget* parent = nullptr);

    // The measures chosen in the results, in the order shown.
    QVector<qint64> selectedMeasureIds() const;
    qint64 targetPlanId() const;

signals:
    void copyRequested(const QVector<qint64>& measureIds, qint64 planId);

private:
    void fillChoices();
    void updateCount();
    void updateSelection();

    ExampleBankModel* m_model;
    ExampleBankFilter* m_filter;
    QLineEdit* m_search;
    QComboBox* m_network;
    QComboBox* m_focusArea;
    QComboBox* m_kind;
    QComboBox* m_status;
    QComboBox* m_municipality;
    QTableView* m_view;
    QLabel* m_count;
    QPlainTextEdit* m_description;
    QComboBox* m_targetPlan;
    QPushButton* m_copyButton;
};
