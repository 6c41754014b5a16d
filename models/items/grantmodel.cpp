#include "grantmodel.h"

#include "language.h"
#include "stores.h"
#include "vocabulary.h"

#include <QLocale>

GrantModel::GrantModel(Stores& stores, QObject* parent)
    : QAbstractTableModel(parent)
    , m_stores(stores)
{
    connect(&stores.grants, &Store::added, this, &GrantModel::grantAdded);
    connect(&stores.grants, &Store::changed, this, &GrantModel::grantChanged);
    connect(&stores.grants, &Store::removed, this, &GrantModel::grantRemoved);
}

void GrantModel::setMeasure(qint64 measureId)
{
    beginResetModel();
    m_measureId = measureId;
    m_rows = measureId > 0 ? m_stores.grants.list(QStringLiteral("measure_id"), measureId) : QVector<Grant>();
    endResetModel();
}

int GrantModel::rowOf(qint64 grantId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == grantId)
            return row;
    }
    return -1;
}

void GrantModel::grantAdded(qint64 id)
{
    const std::optional<Grant> grant = m_stores.grants.get(id);
    if (!grant || grant->measureId != m_measureId)
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows << *grant;
    endInsertRows();
}

void GrantModel::grantChanged(qint64 id)
{
    const int row = rowOf(id);
    const std::optional<Grant> grant = m_stores.grants.get(id);
    if (row < 0 || !grant)
        return;
    m_rows[row] = *grant;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GrantModel::grantRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int GrantModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GrantModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GrantModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Grant& grant = m_rows.at(index.row());
    if (role == GrantIdRole)
        return grant.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case ProgrammeColumn:
        return grant.programme;
    case StatusColumn:
        return Vocabulary::grantStatusName(grant.status);
    case AmountColumn:
        return grant.amountNok ? Language::formatKroner(*grant.amountNok) : QString();
    case ReportColumn:
        if (!grant.reportDue.isValid())
            return QString();
        return grant.reportSent ? tr("%1 (sent)").arg(Language::formatDate(grant.reportDue))
                                : Language::formatDate(grant.reportDue);
    default:
        return {};
    }
}

QVariant GrantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProgrammeColumn:
        return tr("Programme");
    case StatusColumn:
        return tr("Status");
    case AmountColumn:
        return tr("Amount");
    case ReportColumn:
        return tr("Report due");
    default:
        return {};
    }
}
