#pragma once

#include "storecommand.h"

#include <QObject>

#include <memory>

class JointProjectModel;
class NetworkCompareModel;
class NetworkPane;
class SitePublishing;
class QUndoStack;
class QWidget;
class Stores;

// The network view's work: keeps its comparison model on the open file, shows the network chosen in the navigator,
// and carries out the pane's requests — exporting the table (CSV, Excel, PDF) and a member's summary file, and
// importing the summaries members send.
class NetworkActions : public QObject
{
    Q_OBJECT

public:
    NetworkActions(NetworkPane* pane, QUndoStack* undoStack, ErrorHandler onError, QWidget* parent);
    ~NetworkActions() override;

    // The file's stores (nullptr before a file goes away).
    void setStores(Stores* stores);
    // Compares the network's members (on today), with the plans of the kind most members have.
    void showNetwork(qint64 networkId);
    qint64 networkId() const;

    bool exportTable(const QString& format, const QString& path);
    bool exportSummary(const QString& municipalityNumber, const QString& path);
    bool importSummary(const QString& path);
    // Every member's plans as one plan file; false after telling why not.
    bool exportBundle(const QString& path);
    // The network's joint projects, each change one undo step; the id added (0 when not).
    qint64 addJointProject(const QString& name);
    bool renameJointProject(qint64 projectId, const QString& name);
    bool removeJointProject(qint64 projectId);

signals:
    void message(const QString& text);
    // A member or a joint project's measure was chosen in the pane: show the plan (and the measure, when not 0).
    void planRequested(qint64 planId, qint64 measureId);

private:
    void exportTableDialog(const QString& format);
    void exportSummaryDialog(const QString& municipalityNumber);
    void importSummaryDialog();
    void exportBundleDialog();
    void refreshJointProjects();

    NetworkPane* m_pane;
    QUndoStack* m_undoStack;
    ErrorHandler m_onError;
    QWidget* m_parent;
    SitePublishing* m_publishing;
    Stores* m_stores = nullptr;
    std::unique_ptr<NetworkCompareModel> m_model;
    std::unique_ptr<JointProjectModel> m_projectModel;
};
