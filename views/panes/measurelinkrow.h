#pragma once

#include <QPair>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;

// One link of a measure to something else in the file, chosen from a list with "None" first: the network's joint
// project it is part of, or the plan's indicator it is meant to move. Hidden while there is nothing to choose.
class MeasureLinkRow : public QWidget
{
    Q_OBJECT

public:
    // comboName: the chooser's object name, for tests and the accessibility walk.
    MeasureLinkRow(const QString& comboName, QWidget* parent = nullptr);

    void setTexts(const QString& label, const QString& toolTip);
    // The choices (name, id) and the one the measure has now (0: none). A current id missing from the choices (a link
    // to what the measure can no longer choose) is shown as currentName, so that nothing is hidden or lost.
    void setChoices(const QVector<QPair<QString, qint64>>& choices, qint64 current, const QString& currentName);
    void setEditable(bool editable);
    QComboBox* comboBox() const { return m_combo; }

signals:
    // The user chose another (0: none).
    void chosen(qint64 id);

private:
    QLabel* m_label;
    QComboBox* m_combo;
    qint64 m_current = 0;
};
