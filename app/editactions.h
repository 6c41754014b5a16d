#pragma once

#include <QObject>
#include <QVector>

class DialogEdits;
class MainWindow;
class MeasureDetailsPane;
class QAction;
class QMenu;

// The Edit menu: undo and redo, add and delete measures, record progress, and set the status or owner of every
// selected measure at once. Each edit is one undo step.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(MainWindow& window, DialogEdits* edits);

    // Adds a measure to the shown plan and starts editing its title; returns its id (0 if none was added).
    qint64 addMeasure();
    void deleteSelectedMeasures();
    // Sets the status (or the owner, by id) of every selected measure, as one undoable step.
    void setStatusOfSelected(const QString& statusCode);
    void setOwnerOfSelected(qint64 ownerId);

    // Carries out the edits the details pane asks for: a measure's fields, progress, grants.
    void takeRequestsFrom(MeasureDetailsPane* details);

    void retranslate();
    void updateActions();

private:
    void makeUndoActions();
    void fillBulkMenus();

    MainWindow& m_window;
    DialogEdits* m_edits;
    QMenu* m_menu;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_addMeasureAction;
    QAction* m_deleteMeasuresAction;
    QAction* m_recordProgressAction;
    QMenu* m_bulkStatusMenu;
    QMenu* m_bulkOwnerMenu;
};
