#include "measuredelegates.h"

#include "deadlinevalidator.h"
#include "measuretablemodel.h"
#include "statuscolors.h"
#include "vocabulary.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>
#include <QToolTip>

ChoiceDelegate::ChoiceDelegate(std::function<QStringList()> codes,
                               std::function<QString(const QString&)> name,
                               QObject* parent)
    : QStyledItemDelegate(parent)
    , m_codes(std::move(codes))
    , m_name(std::move(name))
{
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    for (const QString& code : m_codes())
        combo->addItem(iconFor(code), m_name(code), code);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData());
}

StatusDelegate::StatusDelegate(QObject* parent)
    : ChoiceDelegate(&Vocabulary::measureStatuses, &Vocabulary::measureStatusName, parent)
{
}

QIcon StatusDelegate::iconFor(const QString& code) const
{
    QPixmap swatch(12, 12);
    swatch.fill(StatusColors::color(code));
    return QIcon(swatch);
}

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString code = index.data(MeasureTableModel::StatusCodeRole).toString();
    // Selection and focus from the style; the label itself as a rounded coloured box with the status name.
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect box = option.rect.adjusted(3, 3, -3, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(StatusColors::color(code));
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(StatusColors::textColor(code));
    painter->drawText(box.adjusted(6, 0, -4, 0),
                      Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(index.data().toString(), Qt::ElideRight, box.width() - 10));
    painter->restore();
}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
    // A slim bar with the percentage beside it, so the number never sits on the bar's edge.
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) + 6;
    const QRect textRect(option.rect.right() - textWidth, option.rect.top(), textWidth, option.rect.height());
    const QRect track
        = QRect(option.rect.left() + 4, option.rect.center().y() - 4, qMax(10, option.rect.width() - textWidth - 8), 8);
    const double share = qBound(0, index.data(Qt::EditRole).toInt(), 100) / 100.0;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Mid).lighter(130));
    painter->drawRoundedRect(track, 3, 3);
    painter->setBrush(option.palette.color(QPalette::Highlight));
    painter->drawRoundedRect(QRectF(track.left(), track.top(), track.width() * share, track.height()), 3, 3);
    painter->setPen(
        option.palette.color((option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect.adjusted(0, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight, text);
    painter->restore();
}

QWidget* ProgressDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(0, 100);
    spin->setSingleStep(5);
    spin->setSuffix(tr(" %"));
    return spin;
}

void ProgressDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<QSpinBox*>(editor)->setValue(index.data(Qt::EditRole).toInt());
}

void ProgressDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* spin = static_cast<QSpinBox*>(editor);
    spin->interpretText();
    model->setData(index, spin->value());
}

DeadlineDelegate::DeadlineDelegate(bool markOverdue, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_markOverdue(markOverdue)
{
}

void DeadlineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (m_markOverdue && index.data(MeasureTableModel::OverdueRole).toBool()) {
        // Colour and an icon, never colour alone.
        opt.features |= QStyleOptionViewItem::HasDecoration;
        opt.icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        opt.decorationSize = QSize(14, 14);
        if (!(opt.state & QStyle::State_Selected))
            opt.palette.setColor(QPalette::Text, ChartPalette::of(opt.palette).warning);
        opt.font.setBold(true);
    }
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

QWidget* DeadlineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* edit = new QLineEdit(parent);
    edit->setValidator(new DeadlineValidator(edit));
    edit->setPlaceholderText(tr("e.g. 31.12.2025, Q4 2025, 2025 or løpende"));
    // Say why while the text is not a deadline; the view keeps the editor open until it is (or Esc).
    connect(edit, &QLineEdit::textEdited, edit, [edit](const QString& text) {
        const QString problem = DeadlineValidator::problem(text);
        edit->setToolTip(problem);
        edit->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #fde2e2; }"));
        if (problem.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), problem, edit);
    });
    return edit;
}

QWidget* OwnerDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(index.data(MeasureTableModel::OwnerChoicesRole).toStringList());
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return combo;
}

void OwnerDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<QComboBox*>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
}

void OwnerDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentText());
}

QWidget* FocusAreaDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->addItem(tr("(no focus area)"), qint64(0));
    for (const QVariant& choice : index.data(MeasureTableModel::FocusAreaChoicesRole).toList()) {
        const QVariantList pair = choice.toList();
        combo->addItem(pair.value(1).toString(), pair.value(0));
    }
    return combo;
}

void FocusAreaDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(MeasureTableModel::FocusAreaIdRole))));
}

void FocusAreaDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData());
}
