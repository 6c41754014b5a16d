#pragma once

#include <QString>

#include <memory>

class AttentionModel;
class Database;
class MeasureTableModel;
class NavigatorModel;
class PlanCheckModel;
class QUndoStack;
class Stores;

// The open file as the window holds it: the Database, the Stores over it and the item models the panes show. Made
// in two steps, so that the window can start watching the file for outside changes after it is open and before the
// models first read it. Destroyed models first, then the stores, then the file.
class Workspace
{
public:
    // Opens path (creating it, with sample data for the default file, if it is missing), or connects to the server it
    // names with password (if not empty); nullptr after saying why in error. A warning (the daily backup failed)
    // leaves the file open.
    static std::unique_ptr<Workspace>
    open(const QString& path, const QString& password, QString* error, QString* warning);
    // The navigator reads the database again, in place (the window then shows its plan again): for a server, where
    // opening again would mean asking for the password again, and where others' changes must not take away the user's
    // undo (whose commands refer to the stores and models as they are).
    void refresh();
    ~Workspace();

    // Makes the item models; they read the file now. Edits made through them go onto undoStack.
    void readModels(QUndoStack* undoStack);

    Database& db() const { return *m_db; }
    Stores& stores() const { return *m_stores; }
    NavigatorModel& navigatorModel() const { return *m_navigatorModel; }
    MeasureTableModel& measureModel() const { return *m_measureModel; }
    AttentionModel& attentionModel() const { return *m_attentionModel; }
    PlanCheckModel& planCheckModel() const { return *m_planCheckModel; }

    QString filePath() const;
    bool isReadOnly() const;

private:
    Workspace() = default;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<NavigatorModel> m_navigatorModel;
    std::unique_ptr<MeasureTableModel> m_measureModel;
    std::unique_ptr<AttentionModel> m_attentionModel;
    std::unique_ptr<PlanCheckModel> m_planCheckModel;
};
