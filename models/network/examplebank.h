#pragma once

#include "entities.h"
#include "measurerows.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

class CoalescedCall;
class Stores;

// The example bank (eksempelbank): every measure in the file, of every municipality, plan and network, to search
// for ideas worth reusing. Each row says where the measure comes from.
class ExampleBankModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, FocusAreaColumn, StatusColumn, MunicipalityColumn, PlanColumn, KindColumn, ColumnCount };
    enum Role {
        MeasureIdRole = Qt::UserRole + 1,
        MunicipalityIdRole,
        StatusCodeRole,
        KindCodeRole,
        NetworkIdsRole, // QList<qint64> of the networks the measure's municipality belongs to
        SearchTextRole, // title, description and focus area, case-folded
        DescriptionRole,
    };

    explicit ExampleBankModel(Stores& stores, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The distinct focus-area names, in Norwegian order: the choices of the focus-area filter.
    QStringList focusAreas() const;
    // The municipalities that have measures, by id, in Norwegian order.
    QVector<std::pair<qint64, QString>> municipalities() const;

    void reload();

private:
    struct Entry
    {
        MeasureListing listing;
        QString planKind;
        QList<qint64> networks;
        QString searchText;
    };

    Stores& m_stores;
    QVector<Entry> m_entries;
    CoalescedCall* m_reload;
};

// Narrows the example bank by words (every word must occur), network, focus area, plan kind, status and
// municipality; an empty or zero criterion lets everything through.
class ExampleBankFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ExampleBankFilter(QObject* parent = nullptr);

    void setText(const QString& text);
    void setNetwork(qint64 networkId);
    void setFocusArea(const QString& name);
    void setKind(const QString& kind);
    void setStatus(const QString& status);
    void setMunicipality(qint64 municipalityId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // In Norwegian order; rows that tie stay in plan order (measures of one municipality sorted by it read as its
    // plan does).
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator;
    QStringList m_words;
    qint64 m_network = 0;
    QString m_focusArea;
    QString m_kind;
    QString m_status;
    qint64 m_municipality = 0;
};

class ExampleBank
{
    Q_DECLARE_TR_FUNCTIONS(ExampleBank)

public:
    using Choices = QVector<std::pair<qint64, QString>>; // id and name, in Norwegian order

    // The networks, and the plans labelled "Municipality – title": what the example bank offers to choose from.
    static Choices networkChoices(Stores& stores);
    static Choices planChoices(Stores& stores);
    static void sortByName(Choices& choices);

    // New measures for the plan copied from the given ones: title, description, focus area (by name, created in the
    // plan when it has none of that name), cost estimate and funding; status planned, no progress, no owner or
    // deadline (those are the receiving municipality's to decide); numbered on after the plan's own measures of
    // the focus area; and a link to where each came from. Apply with MeasureRows::add or AddMeasureRowsCommand.
    static QVector<MeasureRow> copies(Stores& stores, const QVector<qint64>& measureIds, qint64 planId);
};
