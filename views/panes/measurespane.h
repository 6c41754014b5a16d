#pragma once

#include "keeptypingtableview.h"

#include <QWidget>

class MeasureFilterModel;
class MeasureTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

class Stores;

// The measures table with its filter bar: text as you type, status, focus area, owner and "overdue only", and the
// count of shown and all measures. Edits go through the table's delegates into the model (and so onto the undo
// stack).
class MeasuresPane : public QWidget
{
    Q_OBJECT

public:
    explicit MeasuresPane(QWidget* parent = nullptr);

    // Shows model (nullptr: nothing). stores fill the focus-area and owner filters.
    void setModel(MeasureTableModel* model, Stores* stores);
    QTableView* view() const { return m_view; }
    MeasureFilterModel* filterModel() const { return m_filter; }

    qint64 currentMeasureId() const;
    QVector<qint64> selectedMeasureIds() const;
    void selectMeasure(qint64 measureId);
    void setOverdueOnly(bool overdueOnly);
    // Re-reads the focus areas and owners offered as filters (after they were edited).
    void refreshChoices() { fillChoices(); }
    // Shows only the measures for which a MeasureTableModel role (OverdueRole, DueSoonRole, StaleRole) is true.
    void setAttentionFilter(int role);
    // The heading above the table: what is shown (plain text, the user's own titles).
    void setHeading(const QString& title, const QString& details);
    // Which columns are shown, in what order and width (for QSettings).
    QByteArray columnState() const;
    void restoreColumnState(const QByteArray& state);

signals:
    void currentMeasureChanged(qint64 measureId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillChoices();
    void updateCount();
    void updateColumns();
    void showColumnMenu(const QPoint& position);

    QLabel* m_heading;
    QLabel* m_headingDetails;
    QLineEdit* m_text;
    QComboBox* m_status;
    QComboBox* m_focusArea;
    QComboBox* m_owner;
    QComboBox* m_attention;
    QLabel* m_count;
    KeepTypingTableView* m_view;
    MeasureFilterModel* m_filter;
    MeasureTableModel* m_model = nullptr;
    Stores* m_stores = nullptr;
};
