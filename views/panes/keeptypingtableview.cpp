#include "keeptypingtableview.h"

#include <QMetaProperty>
#include <QTimer>

bool KeepTypingTableView::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event)
{
    const bool opened = QTableView::edit(index, trigger, event);
    if (opened)
        m_edited = index;
    return opened;
}

void KeepTypingTableView::commitData(QWidget* editor)
{
    // What the editor holds, read through its user property (a line edit's text, a spin box's value, …).
    const QMetaProperty property = editor->metaObject()->userProperty();
    const QVariant typed = property.isValid() ? property.read(editor) : QVariant();
    const QPersistentModelIndex index = m_edited.isValid() ? m_edited : QPersistentModelIndex(currentIndex());
    m_refused = false;
    QTableView::commitData(editor);
    if (!m_refused || !typed.isValid() || !index.isValid())
        return;
    m_refused = false;
    // After the view has closed this editor.
    QTimer::singleShot(
        0, this, [this, index, name = QByteArray(property.name()), typed] { reopen(index, name, typed); });
}

void KeepTypingTableView::reopen(const QPersistentModelIndex& index, const QByteArray& property, const QVariant& typed)
{
    if (!index.isValid() || state() == EditingState)
        return;
    setCurrentIndex(index);
    if (!edit(index, AllEditTriggers, nullptr))
        return;
    if (QWidget* editor = focusWidget(); editor && editor != this && isAncestorOf(editor))
        editor->setProperty(property.constData(), typed);
}
