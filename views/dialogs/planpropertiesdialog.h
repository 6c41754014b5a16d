#pragma once

#include "entities.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QAbstractItemModel;
class QTableWidget;

// The plan's properties: title, kind, period, status, adoption and council case; its focus areas (add, rename,
// reorder, remove when unused); and the owners of its municipality (add, edit, remove when unused). It edits
// copies; the window applies the result as one undoable command.
class PlanPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    PlanPropertiesDialog(const Plan& plan,
                         const QString& municipalityName,
                         const QVector<FocusArea>& focusAreas,
                         const QVector<Owner>& owners,
                         const QSet<qint64>& usedFocusAreas,
                         const QSet<qint64>& usedOwners,
                         QAbstractItemModel* history = nullptr,
                         QWidget* parent = nullptr);

    Plan plan() const;
    // In their new order (position set); id 0 for new ones.
    QVector<FocusArea> focusAreas() const;
    QVector<Owner> owners() const;

    void accept() override;

private:
    QWidget* createPlanTab();
    QWidget* createFocusAreaTab();
    QWidget* createOwnerTab();
    void moveFocusArea(int step);

    Plan m_plan;
    QSet<qint64> m_usedFocusAreas;
    QSet<qint64> m_usedOwners;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QComboBox* m_status;
    QCheckBox* m_adopted;
    QDateEdit* m_adoptedOn;
    QLineEdit* m_case;
    QPlainTextEdit* m_description;
    QListWidget* m_focusAreas;
    QTableWidget* m_owners;
    QLabel* m_problem;
};
