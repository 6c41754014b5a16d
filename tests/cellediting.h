#pragma once

// For GUI tests that edit the measure table in place.

#include <QLineEdit>
#include <QTableView>

namespace cellediting {

// The cell editor the view has open, if any.
inline QLineEdit* openEditor(QTableView* view)
{
    for (QLineEdit* editor : view->viewport()->findChildren<QLineEdit*>()) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

// The row of the measure titled title in the view's model, or -1.
inline int rowOfTitle(const QTableView* view, const QString& title, int titleColumn)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, titleColumn).data().toString() == title)
            return row;
    }
    return -1;
}

} // namespace cellediting
