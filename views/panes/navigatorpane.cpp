#include "navigatorpane.h"

#include "navigatormodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

NavigatorPane::NavigatorPane(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setObjectName(QStringLiteral("navigatorFilter"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("navigatorTree"));
    m_proxy->setRecursiveFilteringEnabled(true); // a matching plan keeps its municipality and network in view
    m_proxy->setAutoAcceptChildRows(true); // a matching municipality shows its plans
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(NavigatorModel::NameColumn);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        emit currentPlanChanged(currentPlanId());
        emit currentNetworkChanged(currentNetworkId());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &NavigatorPane::showContextMenu);
    retranslate();
}

void NavigatorPane::setModel(NavigatorModel* model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (!model)
        return;
    QHeaderView* header = m_view->header();
    header->setSectionResizeMode(NavigatorModel::NameColumn, QHeaderView::Stretch);
    // The counts get narrow fixed columns, so the names keep the room even in a narrow dock.
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->setMinimumSectionSize(4 * digit);
    header->setSectionResizeMode(NavigatorModel::MeasuresColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(NavigatorModel::DoneColumn, QHeaderView::Fixed);
    header->resizeSection(NavigatorModel::MeasuresColumn, 6 * digit);
    header->resizeSection(NavigatorModel::DoneColumn, 7 * digit);
    // Networks open, so their members show; "All municipalities" (357) stays closed until asked for.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(NavigatorModel::KindRole).toInt() == int(NavigatorModel::Kind::Network))
            m_view->expand(index);
    }
}

void NavigatorPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NavigatorPane::retranslate()
{
    m_filter->setPlaceholderText(tr("Find a municipality, network or plan"));
    m_filter->setAccessibleName(tr("Find in the navigator"));
    m_view->setAccessibleName(tr("Networks, municipalities and plans"));
}

qint64 NavigatorPane::currentPlanId() const
{
    return m_view->currentIndex().data(NavigatorModel::PlanIdRole).toLongLong();
}

qint64 NavigatorPane::currentMunicipalityId() const
{
    return m_view->currentIndex().data(NavigatorModel::MunicipalityIdRole).toLongLong();
}

qint64 NavigatorPane::currentNetworkId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.data(NavigatorModel::KindRole).toInt() == int(NavigatorModel::Kind::Network)
        ? index.data(NavigatorModel::IdRole).toLongLong()
        : 0;
}

QModelIndex NavigatorPane::proxyIndexOfPlan(qint64 planId) const
{
    if (!m_model)
        return {};
    for (const QModelIndex& source : m_model->indexesOfPlan(planId)) {
        const QModelIndex index = m_proxy->mapFromSource(source);
        if (index.isValid())
            return index;
    }
    return {};
}

void NavigatorPane::selectPlan(qint64 planId)
{
    const QModelIndex index = proxyIndexOfPlan(planId);
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void NavigatorPane::editPlanTitle(qint64 planId)
{
    selectPlan(planId);
    if (m_view->currentIndex().isValid())
        m_view->edit(m_view->currentIndex().siblingAtColumn(NavigatorModel::NameColumn));
}

void NavigatorPane::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    const qint64 municipalityId = index.data(NavigatorModel::MunicipalityIdRole).toLongLong();
    const qint64 planId = index.data(NavigatorModel::PlanIdRole).toLongLong();
    if (municipalityId == 0)
        return;
    QMenu menu(this);
    QAction* newPlan = menu.addAction(tr("New plan"));
    QAction* rename = menu.addAction(tr("Rename"));
    QAction* properties = menu.addAction(tr("Properties…"));
    menu.addSeparator();
    QAction* remove = menu.addAction(tr("Delete plan…"));
    rename->setEnabled(planId > 0);
    properties->setEnabled(planId > 0);
    remove->setEnabled(planId > 0);
    QAction* chosen = menu.exec(m_view->viewport()->mapToGlobal(position));
    if (chosen == newPlan)
        emit newPlanRequested(municipalityId);
    else if (chosen == rename)
        m_view->edit(index.siblingAtColumn(NavigatorModel::NameColumn));
    else if (chosen == properties)
        emit propertiesRequested(planId);
    else if (chosen == remove)
        emit deletePlanRequested(planId);
}
