#include "examplebankdialog.h"

#include "currentcell.h"
#include "examplebank.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ExampleBankDialog::ExampleBankDialog(
    ExampleBankModel* model, const Choices& networks, const Choices& plans, qint64 targetPlanId, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_filter(new ExampleBankFilter(this))
    , m_search(new QLineEdit(this))
    , m_network(new QComboBox(this))
    , m_focusArea(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_municipality(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_targetPlan(new QComboBox(this))
    , m_copyButton(new QPushButton(tr("&Copy to plan"), this))
{
    setWindowTitle(tr("Example bank"));
    setObjectName(QStringLiteral("exampleBank"));
    m_search->setObjectName(QStringLiteral("exampleSearch"));
    m_search->setAccessibleName(tr("Search the example bank"));
    m_search->setPlaceholderText(tr("Search titles, descriptions and focus areas"));
    m_search->setClearButtonEnabled(true);
    m_network->setObjectName(QStringLiteral("exampleNetwork"));
    m_focusArea->setObjectName(QStringLiteral("exampleFocusArea"));
    m_kind->setObjectName(QStringLiteral("exampleKind"));
    m_status->setObjectName(QStringLiteral("exampleStatus"));
    m_municipality->setObjectName(QStringLiteral("exampleMunicipality"));
    m_view->setObjectName(QStringLiteral("exampleResults"));
    m_view->setAccessibleName(tr("Measures found"));
    m_targetPlan->setObjectName(QStringLiteral("exampleTargetPlan"));
    m_copyButton->setObjectName(QStringLiteral("exampleCopy"));

    m_network->addItem(tr("All networks"), 0);
    for (const auto& [id, name] : networks)
        m_network->addItem(name, id);
    m_kind->addItem(tr("All kinds of plan"), QString());
    for (const QString& kind : Vocabulary::planKinds())
        m_kind->addItem(Vocabulary::planKindName(kind), kind);
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& status : Vocabulary::measureStatuses())
        m_status->addItem(Vocabulary::measureStatusName(status), status);
    for (const auto& [id, label] : plans)
        m_targetPlan->addItem(label, id);
    m_targetPlan->setCurrentIndex(std::max(0, m_targetPlan->findData(targetPlanId)));
    m_focusArea->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_focusArea->setMinimumContentsLength(16);
    fillChoices();

    m_filter->setSourceModel(model);
    m_view->setModel(m_filter);
    CurrentCell::keep(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ExampleBankModel::MunicipalityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ExampleBankModel::TitleColumn, QHeaderView::Stretch);
    const int unit = m_view->fontMetrics().averageCharWidth();
    header->resizeSection(ExampleBankModel::FocusAreaColumn, 22 * unit);
    header->resizeSection(ExampleBankModel::StatusColumn, 15 * unit);
    header->resizeSection(ExampleBankModel::MunicipalityColumn, 14 * unit);
    header->resizeSection(ExampleBankModel::PlanColumn, 30 * unit);
    header->resizeSection(ExampleBankModel::KindColumn, 14 * unit);
    m_description->setReadOnly(true);
    m_description->setObjectName(QStringLiteral("exampleDescription"));
    m_description->setAccessibleName(tr("Description of the chosen measure"));
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 5);
    m_description->setPlaceholderText(tr("Choose a measure to read its description."));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_network);
    filters->addWidget(m_focusArea);
    filters->addWidget(m_kind);
    filters->addWidget(m_status);
    filters->addWidget(m_municipality);
    auto* copyRow = new QHBoxLayout;
    auto* targetLabel = new QLabel(tr("Copy the chosen measures &into:"), this);
    targetLabel->setBuddy(m_targetPlan);
    copyRow->addWidget(targetLabel);
    copyRow->addWidget(m_targetPlan, 1);
    copyRow->addWidget(m_copyButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_description);
    layout->addLayout(copyRow);
    layout->addWidget(buttons);
    resize(1100, 640);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ExampleBankFilter::setText);
    connect(m_network, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setNetwork(m_network->currentData().toLongLong());
    });
    connect(m_focusArea, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setFocusArea(m_focusArea->currentData().toString());
    });
    connect(
        m_kind, &QComboBox::currentIndexChanged, this, [this] { m_filter->setKind(m_kind->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(m_status->currentData().toString());
    });
    connect(m_municipality, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMunicipality(m_municipality->currentData().toLongLong());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ExampleBankDialog::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ExampleBankDialog::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ExampleBankDialog::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ExampleBankDialog::updateSelection); // cleared quietly
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ExampleBankDialog::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &ExampleBankDialog::fillChoices);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExampleBankDialog::updateSelection);
    connect(m_targetPlan, &QComboBox::currentIndexChanged, this, &ExampleBankDialog::updateSelection);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        const QVector<qint64> ids = selectedMeasureIds();
        if (!ids.isEmpty() && this->targetPlanId() > 0)
            emit copyRequested(ids, this->targetPlanId());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
    updateSelection();
    m_search->setFocus();
}

void ExampleBankDialog::fillChoices()
{
    // Keep what was chosen when the file changes underneath (a copy adds measures, and maybe a focus area).
    const QString area = m_focusArea->currentData().toString();
    const qint64 municipality = m_municipality->currentData().toLongLong();
    const QSignalBlocker blockAreas(m_focusArea);
    const QSignalBlocker blockMunicipalities(m_municipality);
    m_focusArea->clear();
    m_focusArea->addItem(tr("All focus areas"), QString());
    for (const QString& name : m_model->focusAreas())
        m_focusArea->addItem(name, name);
    m_focusArea->setCurrentIndex(std::max(0, m_focusArea->findData(area)));
    m_municipality->clear();
    m_municipality->addItem(tr("All municipalities"), 0);
    for (const auto& [id, name] : m_model->municipalities())
        m_municipality->addItem(name, id);
    m_municipality->setCurrentIndex(std::max(0, m_municipality->findData(municipality)));
}

QVector<qint64> ExampleBankDialog::selectedMeasureIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QVector<qint64> ids;
    for (const QModelIndex& row : rows)
        ids << row.data(ExampleBankModel::MeasureIdRole).toLongLong();
    return ids;
}

qint64 ExampleBankDialog::targetPlanId() const
{
    return m_targetPlan->currentData().toLongLong();
}

void ExampleBankDialog::updateCount()
{
    m_count->setText(tr("%n measure(s) found", nullptr, m_filter->rowCount()));
}

void ExampleBankDialog::updateSelection()
{
    const QVector<qint64> ids = selectedMeasureIds();
    m_copyButton->setEnabled(!ids.isEmpty() && targetPlanId() > 0);
    m_copyButton->setText(ids.size() > 1 ? tr("&Copy %n measure(s) to the plan", nullptr, int(ids.size()))
                                         : tr("&Copy to plan"));
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_description->setPlainText(
        ids.size() == 1 && current.isValid() ? current.data(ExampleBankModel::DescriptionRole).toString() : QString());
}
