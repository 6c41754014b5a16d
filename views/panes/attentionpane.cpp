#include "attentionpane.h"

#include "attentionmodel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

AttentionPane::AttentionPane(QWidget* parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("attentionTree"));
    m_view->setAccessibleName(tr("Measures that need attention"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    auto open = [this](const QModelIndex& index) {
        const qint64 measureId = index.data(AttentionModel::MeasureIdRole).toLongLong();
        if (measureId > 0)
            emit measureRequested(measureId);
        else
            emit filterRequested(index.data(AttentionModel::FilterRole).toInt());
    };
    connect(m_view, &QTreeView::clicked, this, open);
    connect(m_view, &QTreeView::activated, this, open);
}

void AttentionPane::setModel(AttentionModel* model)
{
    m_view->setModel(model);
    if (!model)
        return;
    m_view->header()->setSectionResizeMode(AttentionModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AttentionModel::WhenColumn, QHeaderView::Fixed);
    m_view->header()->resizeSection(AttentionModel::WhenColumn, 14 * m_view->fontMetrics().averageCharWidth());
    m_view->expandAll();
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
}
