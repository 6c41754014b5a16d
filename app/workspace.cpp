#include "workspace.h"

#include "attentionmodel.h"
#include "database.h"
#include "datafile.h"
#include "measuretablemodel.h"
#include "navigatormodel.h"
#include "plancheckmodel.h"
#include "serveraddress.h"
#include "stores.h"
#include "username.h"

std::unique_ptr<Workspace>
Workspace::open(const QString& path, const QString& password, QString* error, QString* warning)
{
    auto db = std::make_unique<Database>();
    const bool opened = ServerAddress::isServerAddress(path)
        ? DataFile::connectToServer(*db, path, password, error)
        : DataFile::openOrCreate(*db, path, path == DataFile::defaultPath(), error, warning);
    if (!opened)
        return nullptr;
    std::unique_ptr<Workspace> workspace(new Workspace);
    db->setAuthor(UserName::effective()); // the change log's "who"
    workspace->m_db = std::move(db);
    workspace->m_stores = std::make_unique<Stores>(*workspace->m_db);
    return workspace;
}

void Workspace::refresh()
{
    m_navigatorModel->reload(); // the plan shown is read again by whoever shows it (MainWindow::showPlan)
}

Workspace::~Workspace()
{
    // The attention list is a proxy over the measures: it goes first.
    m_attentionModel.reset();
    m_planCheckModel.reset();
    m_measureModel.reset();
    m_navigatorModel.reset();
    m_stores.reset();
}

void Workspace::readModels(QUndoStack* undoStack)
{
    m_navigatorModel = std::make_unique<NavigatorModel>(*m_stores);
    m_measureModel = std::make_unique<MeasureTableModel>(*m_stores, undoStack);
    m_attentionModel = std::make_unique<AttentionModel>(m_measureModel.get());
    m_planCheckModel = std::make_unique<PlanCheckModel>(*m_stores);
}

QString Workspace::filePath() const
{
    return m_db->filePath();
}

bool Workspace::isReadOnly() const
{
    return m_db->isReadOnly();
}
