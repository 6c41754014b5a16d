#include "plancheckpane.h"

#include "currentcell.h"
#include "plancheckmodel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// A mark beside every rule, met or not, so the result never rests on colour alone; unmet rules in bold.
class RuleMarkDelegate : public QStyledItemDelegate
{
public:
    explicit RuleMarkDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    // QTreeView asks for row heights without the column's width, so wrapped text would get one line: measure the
    // text at the width it will be drawn in.
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        int width = m_view->columnWidth(index.column());
        if (index.column() == 0) {
            int depth = m_view->rootIsDecorated() ? 1 : 0;
            for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
                ++depth;
            width -= depth * m_view->indentation();
        }
        QStyleOptionViewItem sized = option;
        sized.rect = QRect(0, 0, qMax(width, 20), 1);
        return QStyledItemDelegate::sizeHint(sized, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.parent().isValid() || index.column() != PlanCheckModel::ItemColumn)
            return;
        const bool passed = index.data(PlanCheckModel::PassedRole).toBool();
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon
            = QApplication::style()->standardIcon(passed ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
        option->font.setBold(!passed);
    }

private:
    QTreeView* m_view;
};

} // namespace

PlanCheckPane::PlanCheckPane(QWidget* parent)
    : QWidget(parent)
    , m_score(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
{
    m_score->setObjectName(QStringLiteral("planCheckScore"));
    m_score->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText); // findings name measures by their titles
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_score->setFont(big);
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(m_score->fontMetrics().height() / 2);
    m_summary->setObjectName(QStringLiteral("planCheckSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("planCheckTree"));
    m_view->setAccessibleName(tr("Plan check findings"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The dock is narrow and a rule is a sentence: wrap it rather than cut it.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setItemDelegate(new RuleMarkDelegate(m_view));
    m_view->setHeaderHidden(true); // a rule and its result need no column titles
    m_view->header()->setStretchLastSection(false);
    // A tree lays its rows out once; wrapped rows must be measured again when the dock changes width.
    connect(
        m_view->header(),
        &QHeaderView::sectionResized,
        m_view,
        [this] { m_view->doItemsLayout(); },
        Qt::QueuedConnection);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_score);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    auto open = [this](const QModelIndex& index) {
        if (!index.parent().isValid())
            return; // a rule: its findings are below it
        const qint64 measureId = index.data(PlanCheckModel::MeasureIdRole).toLongLong();
        if (measureId > 0)
            emit measureRequested(measureId);
        else
            emit planFindingRequested(index.data(PlanCheckModel::RuleRole).toInt());
    };
    connect(m_view, &QTreeView::activated, this, open);
    connect(m_view, &QTreeView::clicked, this, open);
    setModel(nullptr);
}

void PlanCheckPane::setModel(PlanCheckModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_view->setModel(model);
    CurrentCell::keep(m_view);
    if (model) {
        m_view->header()->setSectionResizeMode(PlanCheckModel::ItemColumn, QHeaderView::Stretch);
        m_view->header()->setSectionResizeMode(PlanCheckModel::ResultColumn, QHeaderView::Fixed);
        // Room for "210 of 210" in any of the three languages.
        m_view->header()->resizeSection(
            PlanCheckModel::ResultColumn,
            m_view->fontMetrics().horizontalAdvance(PlanCheck::resultText({PlanCheck::MeasureOwners, 210, 210}))
                + 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8);
        connect(model, &PlanCheckModel::checked, this, &PlanCheckPane::updateScore);
    }
    updateScore();
}

QString PlanCheckPane::scoreText() const
{
    return m_score->text();
}

void PlanCheckPane::updateScore()
{
    const bool hasPlan = m_model && m_model->planId() > 0;
    m_bar->setVisible(hasPlan);
    m_view->setVisible(hasPlan);
    if (!hasPlan) {
        m_score->setText(tr("Plan check"));
        m_summary->setText(tr("Choose a plan in the navigator to check it."));
        return;
    }
    const PlanCheck& check = m_model->check();
    m_score->setText(tr("Complete: %1 %").arg(check.score()));
    m_bar->setValue(check.score());
    const int count = int(check.findings.size());
    m_summary->setText(
        count == 0 ? tr("The plan has all that a sound plan needs: measures with owners, deadlines "
                        "and statuses, a period, indicators with targets, and a recent revision.")
                   : tr("%n thing(s) to fix before the council sees the plan. Click one to go there.", nullptr, count));
    m_view->collapseAll();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex rule = m_model->index(row, 0);
        m_view->setExpanded(rule, !rule.data(PlanCheckModel::PassedRole).toBool());
    }
}

void PlanCheckPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_view->setAccessibleName(tr("Plan check findings"));
        updateScore();
    }
    QWidget::changeEvent(event);
}
