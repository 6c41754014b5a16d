// The network's joint projects: which a municipality may join, and the rules for their names.
#include "database.h"
#include "stores.h"

#include <QSqlQuery>

JointProjectStore::JointProjectStore(Database& db, QObject* parent)
    : EntityStore<JointProject>(db, QStringLiteral("joint_projects"), parent)
{
}

QVector<JointProject> JointProjectStore::ofNetwork(qint64 networkId) const
{
    QVector<JointProject> projects = list(QStringLiteral("network_id"), networkId);
    std::stable_sort(projects.begin(), projects.end(), [](const JointProject& a, const JointProject& b) {
        return a.position < b.position;
    });
    return projects;
}

QVector<JointProject> JointProjectStore::openTo(qint64 municipalityId) const
{
    return listWhere(
        QStringLiteral("network_id IN (SELECT network_id FROM network_members WHERE municipality_id = ?)"),
        {municipalityId},
        QStringLiteral("(SELECT name FROM networks WHERE networks.id = joint_projects.network_id), position, id"));
}

bool JointProjectStore::nameIsFree(qint64 networkId, const QString& name, qint64 exceptId, QString* error) const
{
    const auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (name.isEmpty())
        return refuse(tr("A joint project needs a name."));
    for (const JointProject& other : ofNetwork(networkId)) {
        if (other.id != exceptId && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return refuse(tr("The network has a joint project called “%1” already.").arg(other.name));
    }
    return true;
}

std::optional<JointProject> JointProjectStore::draft(qint64 networkId, const QString& name, QString* error) const
{
    JointProject project;
    project.networkId = networkId;
    project.name = name.simplified();
    if (!nameIsFree(networkId, project.name, 0, error))
        return std::nullopt;
    const QVector<JointProject> projects = ofNetwork(networkId);
    project.position = projects.isEmpty() ? 0 : projects.last().position + 1;
    return project;
}

std::optional<JointProject>
JointProjectStore::renamed(const JointProject& project, const QString& name, QString* error) const
{
    JointProject result = project;
    result.name = name.simplified();
    if (!nameIsFree(project.networkId, result.name, project.id, error))
        return std::nullopt;
    return result;
}
