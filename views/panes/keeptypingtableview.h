#pragma once

#include <QPersistentModelIndex>
#include <QTableView>

// A table whose cell editor does not throw away what the user typed when the model refuses it (a wrong amount, or a
// server that did not answer): the editor opens again on the same cell with the typed value, to correct, to save again
// with Enter, or to discard with Escape. The model says it refused through refuseTypedValue(), called while it commits.
class KeepTypingTableView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::edit;
    using QTableView::QTableView;

    // The value being committed was not saved; call from the model's signal, during the commit.
    void refuseTypedValue() { m_refused = true; }

protected:
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    void commitData(QWidget* editor) override;

private:
    void reopen(const QPersistentModelIndex& index, const QByteArray& property, const QVariant& typed);

    bool m_refused = false;
    // The cell whose editor is open: by the time a click elsewhere commits it, the current cell is the new one.
    QPersistentModelIndex m_edited;
};
