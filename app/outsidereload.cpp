#include "outsidereload.h"

#include "database.h"
#include "mainwindow.h"
#include "measurespane.h"
#include "outsidechanges.h"
#include "workspace.h"

#include <QApplication>
#include <QTableView>

OutsideReload::OutsideReload(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_changes(new OutsideChanges(this))
{
    connect(m_changes, &OutsideChanges::changed, this, &OutsideReload::take);
}

void OutsideReload::watch(Database* db)
{
    m_pending = false;
    m_changes->watch(db);
}

void OutsideReload::windowActivated()
{
    if (m_pending)
        take();
    else
        m_changes->check();
}

void OutsideReload::take()
{
    // Dialogs and cell editors hold rows of the file as it was: read it again once they are closed.
    const QWidget* focus = QApplication::focusWidget();
    const bool busy = QApplication::activeModalWidget() || QApplication::activePopupWidget()
        || (focus && m_window.measuresPane()->view()->viewport()->isAncestorOf(focus)); // a cell editor
    if (busy) {
        m_pending = true;
        return;
    }
    const bool server = m_window.workspace() && m_window.workspace()->db().isServer();
    m_window.reload();
    m_window.showMessage(server ? tr("Plans on the server were changed by someone else; what is shown is up to date.")
                                : tr("The file was changed in another window or program; the plans shown are read "
                                     "again. Undo starts afresh."),
                         server ? 5000 : 10000);
}
