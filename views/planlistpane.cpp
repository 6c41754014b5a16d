#include "planlistpane.h"

#include "planlistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

PlanListPane::PlanListPane(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setObjectName(QStringLiteral("planFilter"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("planCount"));
    m_view->setObjectName(QStringLiteral("planTable"));

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(PlanListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PlanListPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PlanListPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PlanListPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PlanListPane::updateCount);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit planActivated(index.data(PlanListModel::PlanIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        emit currentPlanChanged(currentPlanId());
    });
    retranslate();
}

qint64 PlanListPane::currentPlanId() const
{
    return m_view->currentIndex().data(PlanListModel::PlanIdRole).toLongLong();
}

void PlanListPane::selectPlan(qint64 planId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, PlanListModel::TitleColumn);
        if (index.data(PlanListModel::PlanIdRole).toLongLong() == planId) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

void PlanListPane::setModel(QAbstractItemModel* model)
{
    m_proxy->setSourceModel(model);
    // Per-section modes exist only once the header has sections.
    if (m_proxy->columnCount() > PlanListModel::TitleColumn)
        m_view->horizontalHeader()->setSectionResizeMode(PlanListModel::TitleColumn, QHeaderView::Stretch);
    updateCount();
}

void PlanListPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanListPane::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter plans by municipality, title, kind or status"));
    updateCount();
}

void PlanListPane::updateCount()
{
    const int all = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    m_count->setText(tr("%1 of %n plan(s) shown", nullptr, all).arg(m_proxy->rowCount()));
}
