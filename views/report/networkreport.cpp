#include "networkreport.h"

#include "language.h"
#include "networkcharts.h"
#include "networkcomparemodel.h"
#include "pageddocument.h"
#include "vocabulary.h"

#include <QPagedPaintDevice>

using namespace PageStyle;

namespace {

class NetworkWriter : public DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(NetworkReport)

public:
    NetworkWriter(QTextDocument& document,
                  ChartObject& charts,
                  double dpi,
                  const NetworkCompareModel& model,
                  const QString& network,
                  const QString& description)
        : DocumentWriter(document, charts, dpi)
        , m_model(model)
        , m_network(network)
        , m_description(description)
    {
    }

    void write()
    {
        m_cursor.beginEditBlock();
        block(0, 1);
        m_cursor.insertText(tr("Comparison of the network's members").toUpper(), textFormat(9, true, QuietText));
        block(2, 2, false, 1);
        m_cursor.insertText(m_network, textFormat(20, true));
        if (!m_description.isEmpty())
            paragraph(m_description, textFormat(0, false, QuietText));
        const QString kind
            = m_model.planKind().isEmpty() ? tr("every kind") : Vocabulary::planKindName(m_model.planKind());
        paragraph(tr("Plans compared: %1. Figures as of %2; cancelled measures are left out of shares and means.")
                      .arg(kind, date(m_model.today())));
        members();
        charts();
        m_cursor.endEditBlock();
    }

private:
    void members()
    {
        heading(tr("Members"));
        const int rows = m_model.rowCount();
        if (rows == 0) {
            paragraph(tr("No member has a plan of this kind in the file, and no summary from a member has been "
                         "imported."));
            return;
        }
        const QVector<int> columns = {NetworkCompareModel::MunicipalityColumn,
                                      NetworkCompareModel::PlansColumn,
                                      NetworkCompareModel::MeasuresColumn,
                                      NetworkCompareModel::ShareDoneColumn,
                                      NetworkCompareModel::MeanProgressColumn,
                                      NetworkCompareModel::OverdueColumn,
                                      NetworkCompareModel::LastUpdateColumn};
        QStringList headers;
        for (int column : columns)
            headers << m_model.headerData(column, Qt::Horizontal).toString();
        QTextTable* table = this->table(headers, {13, 19, 8, 15, 19, 11, 15}, rows);
        for (int i = 2; i < columns.size(); ++i)
            alignHeaderRight(table, i);
        for (int row = 0; row < rows; ++row) {
            for (int i = 0; i < columns.size(); ++i)
                setCell(table,
                        row + 1,
                        i,
                        m_model.index(row, columns[i]).data().toString(),
                        {},
                        i >= 2 ? Qt::AlignRight : Qt::AlignLeft);
        }
        leaveTable();
    }

    void charts()
    {
        const QVector<MemberSummary>& members = m_model.members();
        if (members.isEmpty())
            return;
        heading(tr("Charts"), true);
        block(0, 3);
        auto progress = std::make_unique<MemberProgressChart>();
        progress->setData(members);
        chart(std::move(progress), contentWidth(), deviceMm(qMin(170.0, 30.0 + 14.0 * members.size())));
        for (const SharedIndicator& indicator : m_model.indicators()) {
            block(0, 3);
            auto shared = std::make_unique<MemberIndicatorChart>();
            shared->setData(members, indicator);
            chart(std::move(shared), contentWidth(), deviceMm(75));
        }
    }

    const NetworkCompareModel& m_model;
    QString m_network;
    QString m_description;
};

} // namespace

namespace {

QString header(const QString& network)
{
    return NetworkReport::tr("Network comparison · %1").arg(network);
}

QString footer(const NetworkCompareModel& model)
{
    return NetworkReport::tr("Figures as of %1").arg(Language::formatDate(model.today()));
}

} // namespace

std::optional<QByteArray>
NetworkReport::pdf(const NetworkCompareModel& model, const QString& network, const QString& description, QString* error)
{
    return PagedDocument::pdf(
        network,
        Language::current(),
        false,
        [&](QPagedPaintDevice* device, QString* printError) {
            return PagedDocument::print(
                device,
                [&](QTextDocument& document, ChartObject& charts, double dpi) {
                    NetworkWriter(document, charts, dpi, model, network, description).write();
                },
                header(network),
                footer(model),
                nullptr,
                printError);
        },
        error);
}

bool NetworkReport::writeWebPage(const NetworkCompareModel& model,
                                 const QString& network,
                                 const QString& description,
                                 const QString& path,
                                 QString* error)
{
    return PagedDocument::writeReflowed(
        PagedDocument::Reflowed::WebPage,
        path,
        [&](QTextDocument& document, ChartObject& charts, double dpi) {
            NetworkWriter(document, charts, dpi, model, network, description).write();
        },
        {network, Language::current(), header(network), footer(model)},
        error);
}
