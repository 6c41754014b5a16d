#include "currentcell.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace {
const char* const KeeperName = "currentCellKeeper";

void ensureCurrentCell(QAbstractItemView* view)
{
    QAbstractItemModel* model = view->model();
    if (!model || !view->selectionModel() || view->currentIndex().isValid())
        return;
    const QModelIndex first = model->index(0, 0, view->rootIndex());
    if (first.isValid())
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
}
} // namespace

void CurrentCell::keep(QAbstractItemView* view)
{
    // One keeper per view, for its model now: the connections go with it when the model changes.
    delete view->findChild<QObject*>(QLatin1String(KeeperName), Qt::FindDirectChildrenOnly);
    QAbstractItemModel* model = view->model();
    if (!model)
        return;
    auto* keeper = new QObject(view);
    keeper->setObjectName(QLatin1String(KeeperName));
    // Deferred to the keeper, a child of the view: a model owned by the view resets while the view is being destroyed,
    // and a queued call to the keeper dies with it instead of reaching a half-destroyed view.
    const auto ensure = [view, keeper] {
        QMetaObject::invokeMethod(
            keeper, [view] { ensureCurrentCell(view); }, Qt::QueuedConnection);
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, keeper, ensure);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, keeper, ensure);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, keeper, ensure);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, keeper, ensure);
    ensureCurrentCell(view);
}
