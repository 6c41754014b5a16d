#pragma once

#include <QDialog>
#include <QVector>

class QComboBox;
class QTableWidget;

// File › Sync now, when the copy and the server changed the same thing: each conflict side by side — the copy's
// value and the server's, who made the server's change and when — with a choice per row. Nothing is chosen for the
// user; the value not chosen stays in the measure's history.
class SyncConflictDialog : public QDialog
{
    Q_OBJECT

public:
    // One conflict as the user reads it; every text is plain text.
    struct Row
    {
        QString what; // "Measure “Sorting at schools”"
        QString field; // "Title", or empty when the row was deleted on one side
        QString mine; // the copy's value, or "Deleted"
        QString theirs; // the server's value, or "Deleted"
        QString who; // who made the server's change, if its log says
        QString when;
        bool text = false; // whether both can be kept, one after the other
    };
    enum Choice { KeepMine, TakeTheirs, KeepBoth };

    explicit SyncConflictDialog(const QVector<Row>& rows, QWidget* parent = nullptr);

    // The choice for each row, in the order given (the dialog is accepted only when every row has one).
    QVector<Choice> choices() const;
    void setAll(Choice choice);

private:
    QTableWidget* m_table;
    QVector<QComboBox*> m_choices;
};
