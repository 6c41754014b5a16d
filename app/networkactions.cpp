#include "networkactions.h"

#include "database.h"
#include "entitycommands.h"
#include "jointprojectmodel.h"
#include "language.h"
#include "lastfolder.h"
#include "measureexport.h"
#include "networkcomparemodel.h"
#include "networkpane.h"
#include "networkreport.h"
#include "plaindialogs.h"
#include "planexchange.h"
#include "planfile.h"
#include "sitepublishing.h"
#include "stores.h"
#include "xlsxexport.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QUndoStack>

namespace {

const QString FolderKey = QStringLiteral("files/networkFolder");

} // namespace

NetworkActions::NetworkActions(NetworkPane* pane, QUndoStack* undoStack, ErrorHandler onError, QWidget* parent)
    : QObject(parent)
    , m_pane(pane)
    , m_undoStack(undoStack)
    , m_onError(std::move(onError))
    , m_parent(parent)
    , m_publishing(new SitePublishing(m_onError, parent))
{
    connect(m_pane, &NetworkPane::planKindChanged, this, [this](const QString& kind) {
        if (m_model)
            m_model->setNetwork(m_model->networkId(), kind, QDate::currentDate());
    });
    // A member double-clicked in the comparison: its plan of the kind compared (or its first plan).
    connect(m_pane, &NetworkPane::memberActivated, this, [this](const QString& number) {
        const std::optional<Municipality> member
            = m_stores && m_model ? m_stores->municipalities.byNumber(number) : std::nullopt;
        const qint64 planId = member ? NetworkComparison::memberPlan(*m_stores, member->id, m_model->planKind()) : 0;
        if (planId > 0)
            emit planRequested(planId, 0);
    });
    connect(m_pane, &NetworkPane::measureActivated, this, &NetworkActions::planRequested);
    connect(m_pane, &NetworkPane::exportRequested, this, &NetworkActions::exportTableDialog);
    connect(m_pane, &NetworkPane::exportSummaryRequested, this, &NetworkActions::exportSummaryDialog);
    connect(m_pane, &NetworkPane::importSummaryRequested, this, &NetworkActions::importSummaryDialog);
    connect(m_pane, &NetworkPane::bundleExportRequested, this, &NetworkActions::exportBundleDialog);
    connect(m_pane, &NetworkPane::publishRequested, this, [this] {
        if (m_stores && m_model)
            m_publishing->publishNetwork(*m_stores, m_model->networkId());
    });
    connect(m_publishing, &SitePublishing::published, this, [this](const QString& folder) {
        emit message(tr("Published the network as a website in “%1”.").arg(QDir::toNativeSeparators(folder)));
    });
    connect(m_pane, &NetworkPane::addJointProjectRequested, this, [this] {
        bool ok = false;
        const QString name = PlainDialogs::getText(
            m_parent, tr("Add joint project"), tr("Name of the joint project:"), QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            addJointProject(name);
    });
    connect(m_pane, &NetworkPane::renameJointProjectRequested, this, [this](qint64 projectId) {
        const std::optional<JointProject> project = m_stores ? m_stores->jointProjects.get(projectId) : std::nullopt;
        if (!project)
            return;
        bool ok = false;
        const QString name
            = PlainDialogs::getText(m_parent, tr("Rename joint project"), tr("New name:"), project->name, &ok);
        if (ok && !name.trimmed().isEmpty())
            renameJointProject(projectId, name);
    });
    connect(m_pane, &NetworkPane::removeJointProjectRequested, this, [this](qint64 projectId) {
        const std::optional<JointProject> project = m_stores ? m_stores->jointProjects.get(projectId) : std::nullopt;
        if (!project)
            return;
        const int linked = int(m_stores->measures.list(QStringLiteral("joint_project_id"), projectId).size());
        if (PlainDialogs::question(m_parent,
                                   tr("Remove joint project"),
                                   tr("Remove “%1”? %n measure(s) of the members take part in it; they stay in their "
                                      "plans, only the link goes. You can undo this with Edit → Undo.",
                                      nullptr,
                                      linked)
                                       .arg(project->name),
                                   QMessageBox::Yes | QMessageBox::Cancel,
                                   QMessageBox::Cancel)
            == QMessageBox::Yes)
            removeJointProject(projectId);
    });
}

NetworkActions::~NetworkActions()
{
    m_pane->setModel(nullptr);
    m_pane->setJointProjectModel(nullptr);
}

void NetworkActions::setStores(Stores* stores)
{
    m_pane->setModel(nullptr);
    m_pane->setJointProjectModel(nullptr);
    m_model.reset();
    m_projectModel.reset();
    m_stores = stores;
    if (!stores)
        return;
    m_model = std::make_unique<NetworkCompareModel>(*stores);
    m_pane->setModel(m_model.get());
    m_projectModel = std::make_unique<JointProjectModel>(*stores);
    m_pane->setJointProjectModel(m_projectModel.get());
    // The chooser follows adds, renames and removals, undone ones too.
    connect(&stores->jointProjects, &Store::added, this, &NetworkActions::refreshJointProjects);
    connect(&stores->jointProjects, &Store::changed, this, &NetworkActions::refreshJointProjects);
    connect(&stores->jointProjects, &Store::removed, this, &NetworkActions::refreshJointProjects);
}

qint64 NetworkActions::networkId() const
{
    return m_model ? m_model->networkId() : 0;
}

void NetworkActions::showNetwork(qint64 networkId)
{
    if (!m_model || !m_stores)
        return;
    const std::optional<Network> network = m_stores->networks.get(networkId);
    if (!network)
        return;
    const QString kind = networkId == m_model->networkId() ? m_model->planKind()
                                                           : NetworkComparison::commonPlanKind(*m_stores, networkId);
    m_pane->setNetwork(network->name, network->description, kind);
    m_model->setNetwork(networkId, kind, QDate::currentDate());
    m_pane->setJointProjects(m_stores->jointProjects.ofNetwork(networkId));
}

bool NetworkActions::exportTable(const QString& format, const QString& path)
{
    if (!m_model || !m_stores)
        return false;
    const std::optional<Network> network = m_stores->networks.get(m_model->networkId());
    QString error;
    if (format == QLatin1String("html")) {
        const bool written = PlanExchange::isNotTheDatabase(path, m_stores->db.filePath(), &error)
            && NetworkReport::writeWebPage(*m_model,
                                           network ? network->name : QString(),
                                           network ? network->description : QString(),
                                           path,
                                           &error);
        if (!written) {
            m_onError(error);
            return false;
        }
        emit message(tr("Exported the comparison to “%1”.").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    std::optional<QByteArray> bytes;
    if (format == QLatin1String("xlsx"))
        bytes = XlsxExport::writeTable(
            *m_model, NetworkCompareModel::SortRole, network ? network->name : QString(), &error);
    else if (format == QLatin1String("pdf"))
        bytes = NetworkReport::pdf(
            *m_model, network ? network->name : QString(), network ? network->description : QString(), &error);
    else
        bytes = MeasureExport::tableToCsv(*m_model, NetworkCompareModel::SortRole);
    if (!bytes || !PlanExchange::writeFile(*bytes, path, m_stores->db.filePath(), &error)) {
        m_onError(error);
        return false;
    }
    emit message(tr("Exported the comparison to “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void NetworkActions::exportTableDialog(const QString& format)
{
    if (!m_model || !m_stores)
        return;
    const std::optional<Network> network = m_stores->networks.get(m_model->networkId());
    const QString name = safeFileName(network ? network->name : tr("Network")) + QLatin1Char('.') + format;
    const QString filter = format == QLatin1String("xlsx") ? tr("Excel workbook (*.xlsx)")
        : format == QLatin1String("pdf")                   ? tr("PDF (*.pdf)")
        : format == QLatin1String("html")                  ? tr("Web page for screen readers (*.html)")
                                                           : tr("CSV for Excel (*.csv)");
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Export the comparison"), QDir(lastFolder(FolderKey)).filePath(name), filter);
    if (path.isEmpty())
        return;
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    exportTable(format, path);
}

bool NetworkActions::exportSummary(const QString& municipalityNumber, const QString& path)
{
    if (!m_model || !m_stores)
        return false;
    const std::optional<Municipality> municipality = m_stores->municipalities.byNumber(municipalityNumber);
    if (!municipality) {
        m_onError(tr("Choose the member whose summary to export in the table first."));
        return false;
    }
    QString error;
    const std::optional<QByteArray> json = NetworkComparison::exportSummary(
        *m_stores, municipality->id, m_model->planKind(), QDate::currentDate(), &error);
    if (!json || !PlanExchange::writeFile(*json, path, m_stores->db.filePath(), &error)) {
        m_onError(error);
        return false;
    }
    emit message(tr("Saved the summary of %1 as “%2”: send it to the network's coordinator.")
                     .arg(municipality->name, QDir::toNativeSeparators(path)));
    return true;
}

void NetworkActions::exportSummaryDialog(const QString& municipalityNumber)
{
    if (!m_stores)
        return;
    const std::optional<Municipality> municipality = m_stores->municipalities.byNumber(municipalityNumber);
    const QString name = safeFileName(tr("Summary %1 %2")
                                          .arg(municipality ? municipality->name : municipalityNumber,
                                               QDate::currentDate().toString(Qt::ISODate)))
        + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(m_parent,
                                                      tr("Export the member's summary"),
                                                      QDir(lastFolder(FolderKey)).filePath(name),
                                                      tr("Member summary (*.json)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    exportSummary(municipalityNumber, path);
}

bool NetworkActions::importSummary(const QString& path)
{
    if (!m_stores)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_onError(tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QString error;
    const std::optional<MemberSummary> summary
        = NetworkComparison::importSummary(*m_stores, file.readAll(), QDateTime::currentDateTime(), &error);
    if (!summary) {
        m_onError(tr("Cannot import “%1”: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    emit message(tr("Imported the summary of %1 made on %2.")
                     .arg(summary->municipality, Language::formatDate(summary->summaryDate)));
    return true;
}

void NetworkActions::importSummaryDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        m_parent, tr("Import a member's summary"), lastFolder(FolderKey), tr("Member summary (*.json)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    importSummary(path);
}

bool NetworkActions::exportBundle(const QString& path)
{
    if (!m_model || !m_stores)
        return false;
    const QVector<qint64> plans = NetworkComparison::memberPlans(*m_stores, m_model->networkId());
    if (plans.isEmpty()) {
        m_onError(tr("No member of the network has a plan in this file to share."));
        return false;
    }
    QString error;
    const std::optional<QByteArray> bytes = PlanFile::write(*m_stores, plans, &error);
    if (!bytes || !PlanExchange::writeFile(*bytes, path, m_stores->db.filePath(), &error)) {
        m_onError(tr("The network bundle was not saved: %1").arg(error));
        return false;
    }
    emit message(tr("Saved %n plan(s) of the members as “%1”.", nullptr, int(plans.size())).arg(path));
    return true;
}

void NetworkActions::exportBundleDialog()
{
    if (!m_model || !m_stores)
        return;
    const std::optional<Network> network = m_stores->networks.get(m_model->networkId());
    const QString name = safeFileName(network ? network->name : tr("Network")) + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(m_parent,
                                                      tr("Export the network bundle"),
                                                      QDir(lastFolder(FolderKey)).filePath(name),
                                                      tr("Plan file (*.json)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    exportBundle(path);
}

void NetworkActions::refreshJointProjects()
{
    if (m_model && m_stores && m_model->networkId() > 0)
        m_pane->setJointProjects(m_stores->jointProjects.ofNetwork(m_model->networkId()));
}

qint64 NetworkActions::addJointProject(const QString& name)
{
    if (!m_model || !m_stores || m_model->networkId() <= 0)
        return 0;
    QString error;
    const std::optional<JointProject> project = m_stores->jointProjects.draft(m_model->networkId(), name, &error);
    if (!project) {
        m_onError(error);
        return 0;
    }
    auto* command = Commands::addJointProject(*m_stores, *project, m_onError);
    m_undoStack->push(command);
    const qint64 id = m_stores->jointProjects.get(command->valueId()) ? command->valueId() : 0;
    if (id > 0)
        m_pane->selectJointProject(id);
    return id;
}

bool NetworkActions::renameJointProject(qint64 projectId, const QString& name)
{
    const std::optional<JointProject> before = m_stores ? m_stores->jointProjects.get(projectId) : std::nullopt;
    if (!before)
        return false;
    QString error;
    const std::optional<JointProject> after = m_stores->jointProjects.renamed(*before, name, &error);
    if (!after) {
        m_onError(error);
        return false;
    }
    if (after->name == before->name)
        return false;
    m_undoStack->push(Commands::renameJointProject(*m_stores, *before, *after, m_onError));
    return m_stores->jointProjects.get(projectId)->name == after->name;
}

bool NetworkActions::removeJointProject(qint64 projectId)
{
    const std::optional<JointProject> project = m_stores ? m_stores->jointProjects.get(projectId) : std::nullopt;
    if (!project)
        return false;
    m_undoStack->push(Commands::removeJointProject(*m_stores, *project, m_onError));
    return !m_stores->jointProjects.get(projectId).has_value();
}
