#pragma once

#include "entities.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QUndoCommand;
class Stores;

// The indicators of one plan: add and delete indicators, edit their definition (name, unit, direction, baseline,
// target, source) and their measured yearly values. Every change is handed to `push` as an undo command at once,
// so it is on disk and on the undo stack before the dialog closes; the dialog re-reads the stores after each.
class IndicatorEditor : public QDialog
{
    Q_OBJECT

public:
    using Push = std::function<void(QUndoCommand*)>;
    IndicatorEditor(Stores& stores,
                    qint64 planId,
                    Push push,
                    std::function<void(const QString&)> onError,
                    QWidget* parent = nullptr);
    ~IndicatorEditor() override;

    void selectIndicator(qint64 indicatorId);
    qint64 currentIndicatorId() const;

private:
    void reloadList();
    void showIndicator();
    void saveDefinition();
    void addIndicator();
    void removeIndicator();
    void addValue();
    void removeValue();
    void valueEdited(int row, int column);
    Indicator definition() const;

    Stores& m_stores;
    qint64 m_planId;
    Push m_push;
    std::function<void(const QString&)> m_onError;
    bool m_filling = false;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_unit;
    QComboBox* m_direction;
    QSpinBox* m_baselineYear;
    QDoubleSpinBox* m_baselineValue;
    QSpinBox* m_targetYear;
    QDoubleSpinBox* m_targetValue;
    QLineEdit* m_source;
    QPushButton* m_save;
    QTableWidget* m_values;
};
