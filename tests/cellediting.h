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

} // namespace cellediting
