#include "examplebankactions.h"

#include "examplebank.h"
#include "examplebankdialog.h"
#include "measurecommands.h"
#include "stores.h"

#include <QUndoStack>

ExampleBankActions::ExampleBankActions(QUndoStack* undoStack, ErrorHandler onError, QWidget* parent)
    : QObject(parent)
    , m_undoStack(undoStack)
    , m_onError(std::move(onError))
    , m_parent(parent)
{
}

void ExampleBankActions::open(Stores& stores, qint64 targetPlanId)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto* model = new ExampleBankModel(stores);
    m_dialog = new ExampleBankDialog(
        model, ExampleBank::networkChoices(stores), ExampleBank::planChoices(stores), targetPlanId, m_parent);
    model->setParent(m_dialog);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog,
            &ExampleBankDialog::copyRequested,
            this,
            [this, &stores](const QVector<qint64>& ids, qint64 plan) { copy(stores, ids, plan); });
    m_dialog->show();
}

void ExampleBankActions::close()
{
    delete m_dialog;
}

bool ExampleBankActions::copy(Stores& stores, const QVector<qint64>& measureIds, qint64 planId)
{
    const std::optional<Plan> plan = stores.plans.get(planId);
    const QVector<MeasureRow> rows = ExampleBank::copies(stores, measureIds, planId);
    if (!plan || rows.isEmpty())
        return false;
    const int count = int(rows.size());
    auto* command = new AddMeasureRowsCommand(
        stores, planId, rows, tr("Copy %n measure(s) to “%1”", nullptr, count).arg(plan->title), m_onError);
    m_undoStack->push(command);
    if (command->isObsolete())
        return false;
    emit message(tr("Copied %n measure(s) to “%1”. Undo with Ctrl+Z.", nullptr, count).arg(plan->title));
    emit copied(planId);
    return true;
}
