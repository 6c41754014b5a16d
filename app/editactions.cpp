#include "editactions.h"

#include "dialogedits.h"
#include "entitycommands.h"
#include "mainwindow.h"
#include "measurecommands.h"
#include "measuredetailspane.h"
#include "measurespane.h"
#include "measuretablemodel.h"
#include "stores.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

EditActions::EditActions(MainWindow& window, DialogEdits* edits)
    : QObject(&window)
    , m_window(window)
    , m_edits(edits)
    , m_menu(window.menuBar()->addMenu(QString()))
{
    m_menu->setObjectName(QStringLiteral("editMenu"));
    makeUndoActions();
    m_menu->addSeparator();
    m_addMeasureAction = m_menu->addAction(QString(), this, [this] { addMeasure(); });
    m_addMeasureAction->setObjectName(QStringLiteral("addMeasureAction"));
    m_addMeasureAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Insert), QKeySequence(Qt::Key_Insert)});
    m_deleteMeasuresAction = m_menu->addAction(QString(), this, &EditActions::deleteSelectedMeasures);
    m_deleteMeasuresAction->setObjectName(QStringLiteral("deleteMeasuresAction"));
    m_deleteMeasuresAction->setShortcut(QKeySequence::Delete);
    // Delete in the table only: elsewhere the key belongs to the text being edited.
    m_deleteMeasuresAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    window.measuresPane()->view()->addAction(m_deleteMeasuresAction);
    m_recordProgressAction = m_menu->addAction(
        QString(), this, [this] { m_window.recordProgress(m_window.measuresPane()->currentMeasureId()); });
    m_recordProgressAction->setObjectName(QStringLiteral("recordProgressAction"));
    m_recordProgressAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_bulkStatusMenu = m_menu->addMenu(QString());
    m_bulkStatusMenu->setObjectName(QStringLiteral("bulkStatusMenu"));
    m_bulkOwnerMenu = m_menu->addMenu(QString());
    m_bulkOwnerMenu->setObjectName(QStringLiteral("bulkOwnerMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, &EditActions::fillBulkMenus);
}

// QUndoStack's actions carry the command's text ("Undo Edit measure 1.2") in the words of the language they were made
// in, so a language change makes them again, in the same place.
void EditActions::makeUndoActions()
{
    QAction* undo = m_window.undoStack()->createUndoAction(&m_window);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_window.undoStack()->createRedoAction(&m_window);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    if (m_undoAction) {
        m_menu->insertActions(m_undoAction, {undo, redo});
        delete m_undoAction;
        delete m_redoAction;
    } else {
        m_menu->addActions({undo, redo});
    }
    m_undoAction = undo;
    m_redoAction = redo;
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
}

void EditActions::retranslate()
{
    makeUndoActions();
    m_menu->setTitle(tr("&Edit"));
    m_undoAction->setToolTip(tr("Undo the last change"));
    m_redoAction->setToolTip(tr("Redo the change you undid"));
    m_addMeasureAction->setText(tr("&Add measure"));
    m_addMeasureAction->setToolTip(tr("Add a measure to the plan shown"));
    m_deleteMeasuresAction->setText(tr("&Delete measures"));
    m_deleteMeasuresAction->setToolTip(tr("Delete the selected measures (can be undone)"));
    m_recordProgressAction->setText(tr("&Record progress…"));
    m_recordProgressAction->setToolTip(tr("Add a progress update to the current measure"));
    m_bulkStatusMenu->setTitle(tr("Set &status of selected"));
    m_bulkOwnerMenu->setTitle(tr("Set o&wner of selected"));
}

void EditActions::updateActions()
{
    const bool measure = m_window.mayEditMeasure(m_window.measuresPane()->currentMeasureId());
    m_addMeasureAction->setEnabled(m_window.mayEditPlan(m_window.shownPlanId()));
    m_deleteMeasuresAction->setEnabled(measure);
    m_recordProgressAction->setEnabled(measure);
}

qint64 EditActions::addMeasure()
{
    Workspace* workspace = m_window.workspace();
    const qint64 planId = m_window.shownPlanId();
    if (!workspace || planId <= 0)
        return 0;
    Measure measure;
    measure.planId = planId;
    measure.title = tr("New measure");
    measure.status = QStringLiteral("planned");
    auto* command
        = Commands::addMeasure(workspace->stores(), measure, [this](const QString& e) { m_window.showError(e); });
    m_window.undoStack()->push(command);
    MeasuresPane* pane = m_window.measuresPane();
    const qint64 id = workspace->measureModel().rowOfMeasure(command->valueId()) >= 0 ? command->valueId() : 0;
    if (id > 0) {
        pane->selectMeasure(id);
        pane->view()->edit(pane->view()->currentIndex());
    }
    return id;
}

void EditActions::deleteSelectedMeasures()
{
    const QVector<qint64> ids = m_window.measuresPane()->selectedMeasureIds();
    if (ids.isEmpty() || !m_window.stores())
        return;
    m_window.undoStack()->push(
        new RemoveMeasuresCommand(*m_window.stores(), ids, [this](const QString& e) { m_window.showError(e); }));
    m_window.showMessage(tr("Deleted %n measure(s). Undo with Ctrl+Z.", nullptr, int(ids.size())), 5000);
}

void EditActions::fillBulkMenus()
{
    Stores* stores = m_window.stores();
    const QVector<qint64> selected = m_window.measuresPane()->selectedMeasureIds();
    const bool any = !selected.isEmpty()
        && std::all_of(selected.cbegin(), selected.cend(), [this](qint64 id) { return m_window.mayEditMeasure(id); });
    m_bulkStatusMenu->clear();
    m_bulkOwnerMenu->clear();
    m_bulkStatusMenu->setEnabled(any);
    m_bulkOwnerMenu->setEnabled(any);
    if (!any)
        return;
    for (const QString& code : Vocabulary::measureStatuses())
        m_bulkStatusMenu->addAction(
            Vocabulary::measureStatusName(code), this, [this, code] { setStatusOfSelected(code); });
    const std::optional<Measure> first = stores->measures.get(selected.first());
    const std::optional<Plan> plan = first ? stores->plans.get(first->planId) : std::nullopt;
    if (!plan)
        return;
    for (const Owner& owner :
         stores->owners.list(QStringLiteral("municipality_id"), plan->municipalityId, QStringLiteral("name")))
        m_bulkOwnerMenu->addAction(owner.name, this, [this, id = owner.id] { setOwnerOfSelected(id); });
}

void EditActions::setStatusOfSelected(const QString& statusCode)
{
    if (Stores* stores = m_window.stores())
        m_edits->setStatus(*stores, m_window.measuresPane()->selectedMeasureIds(), statusCode);
}

void EditActions::setOwnerOfSelected(qint64 ownerId)
{
    if (Stores* stores = m_window.stores())
        m_edits->setOwner(*stores, m_window.measuresPane()->selectedMeasureIds(), ownerId);
}

void EditActions::takeRequestsFrom(MeasureDetailsPane* details)
{
    const auto onError = [this](const QString& e) {
        m_window.showError(e);
    };
    connect(details,
            &MeasureDetailsPane::editRequested,
            this,
            [this, details](const Measure& before, const Measure& after) {
                Stores& stores = *m_window.stores();
                auto failure = std::make_shared<QString>(); // the command keeps its handler for undo and redo
                m_window.undoStack()->push(
                    Commands::editMeasure(stores, before, after, [this, failure](const QString& message) {
                        *failure = message;
                        m_window.showError(message);
                    }));
                if (failure->isEmpty())
                    return;
                // Not saved: the typed text stays. After a conflict the next try goes over the measure as it is now,
                // the other value having been named.
                const std::optional<Measure> now
                    = stores.measures.takeConflict() ? stores.measures.get(before.id) : std::nullopt;
                details->keepUnsaved(now.value_or(before), after, *failure);
            });
    connect(details, &MeasureDetailsPane::recordProgressRequested, &m_window, &MainWindow::recordProgress);
    connect(details, &MeasureDetailsPane::addGrantRequested, this, [this](qint64 measureId) {
        m_edits->editGrant(*m_window.stores(), 0, measureId);
    });
    connect(details, &MeasureDetailsPane::editGrantRequested, this, [this](qint64 grantId) {
        m_edits->editGrant(*m_window.stores(), grantId, 0);
    });
    connect(details, &MeasureDetailsPane::removeGrantRequested, this, [this, onError](qint64 grantId) {
        if (const std::optional<Grant> grant = m_window.stores()->grants.get(grantId))
            m_window.undoStack()->push(Commands::removeGrant(*m_window.stores(), *grant, onError));
    });
}
