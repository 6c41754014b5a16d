#include "jointprojectmodel.h"

#include "coalescedcall.h"
#include "deadline.h"
#include "language.h"
#include "stores.h"
#include "vocabulary.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

JointProjectModel::JointProjectModel(Stores& stores, QObject* parent)
    : QAbstractTableModel(parent)
    , m_stores(stores)
    , m_reload(new CoalescedCall([this] { reload(); }, this))
{
    m_reload->watch({&stores.measures, &stores.plans, &stores.jointProjects});
}

void JointProjectModel::setProject(qint64 jointProjectId)
{
    m_projectId = jointProjectId;
    reload();
}

void JointProjectModel::reload()
{
    m_reload->cancel();
    beginResetModel();
    m_measures = m_projectId > 0 ? m_stores.measures.jointProjectListings(m_projectId) : QVector<MeasureListing>();
    const QCollator collator = Language::collator();
    QCollator codes = Language::collator();
    codes.setNumericMode(true);
    std::stable_sort(m_measures.begin(), m_measures.end(), [&](const auto& a, const auto& b) {
        if (a.municipality != b.municipality)
            return collator.compare(a.municipality, b.municipality) < 0;
        if (a.measure.planId != b.measure.planId)
            return a.measure.planId < b.measure.planId;
        return codes.compare(a.measure.code, b.measure.code) < 0; // 1.2 before 1.10
    });
    m_members.clear();
    QHash<qint64, int> rowOf;
    QHash<qint64, int> progressSum;
    for (const MeasureListing& listing : std::as_const(m_measures)) {
        if (listing.measure.status == QLatin1String("cancelled"))
            continue;
        if (!rowOf.contains(listing.municipalityId)) {
            rowOf.insert(listing.municipalityId, int(m_members.size()));
            m_members << JointProjectMember {listing.municipalityId, listing.municipality};
        }
        JointProjectMember& member = m_members[rowOf.value(listing.municipalityId)];
        ++member.measures;
        member.done += listing.measure.status == QLatin1String("done") ? 1 : 0;
        progressSum[listing.municipalityId] += listing.measure.progress;
    }
    for (JointProjectMember& member : m_members)
        member.meanProgress = double(progressSum.value(member.municipalityId)) / member.measures;
    endResetModel();
    emit reloaded();
}

int JointProjectModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_measures.size());
}

int JointProjectModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : DeadlineColumn + 1;
}

QVariant JointProjectModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MeasureListing& listing = m_measures.at(index.row());
    const Measure& measure = listing.measure;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MunicipalityColumn:
            return listing.municipality;
        case PlanColumn:
            return listing.planTitle;
        case CodeColumn:
            return measure.code;
        case TitleColumn:
            return measure.title;
        case StatusColumn:
            return Vocabulary::measureStatusName(measure.status);
        case ProgressColumn:
            return QStringLiteral("%1 %").arg(measure.progress);
        case DeadlineColumn:
            return measure.deadlineText;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ProgressColumn:
            return measure.progress;
        case StatusColumn:
            return int(Vocabulary::measureStatuses().indexOf(measure.status));
        case DeadlineColumn:
            return Deadline::parse(measure.deadlineText).value_or(Deadline()).lastDay();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? measure.description : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ProgressColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case MeasureIdRole:
        return measure.id;
    case PlanIdRole:
        return measure.planId;
    }
    return {};
}

QVariant JointProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MunicipalityColumn:
        return tr("Municipality");
    case PlanColumn:
        return tr("Plan");
    case CodeColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Measure");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case DeadlineColumn:
        return tr("Deadline");
    }
    return {};
}
