#pragma once

// Delegates of the measures table: how a status, a progress, a deadline, an owner or a priority is drawn and edited.
// They read what they need through the model's roles (MeasureTableModel) and write back with setData, which the
// model turns into an undoable command.

#include <QStyledItemDelegate>

#include <functional>

// A fixed vocabulary (status, priority) edited with a combo box; the model holds the code, the user sees the name.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(std::function<QStringList()> codes,
                   std::function<QString(const QString&)> name,
                   QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

protected:
    virtual QIcon iconFor(const QString&) const { return {}; }

private:
    std::function<QStringList()> m_codes;
    std::function<QString(const QString&)> m_name;
};

// Status drawn as a coloured label (and named, so colour is never the only sign).
class StatusDelegate : public ChoiceDelegate
{
    Q_OBJECT

public:
    explicit StatusDelegate(QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    QIcon iconFor(const QString& code) const override;
};

// Progress drawn as a bar with its percentage, edited with a spin box.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

// A deadline (or start) as the user writes it. Unparseable text keeps the editor open and says why; an overdue
// deadline is drawn in red with a warning icon.
class DeadlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // markOverdue: this column is the deadline (the start column is edited the same way but never overdue).
    explicit DeadlineDelegate(bool markOverdue, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    bool m_markOverdue;
};

// An owner picked from the municipality's owners, or typed new.
class OwnerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

// A focus area picked from the plan's focus areas (or none).
class FocusAreaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};
