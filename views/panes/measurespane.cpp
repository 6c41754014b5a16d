#include "measurespane.h"

#include "keeptypingtableview.h"
#include "measuredelegates.h"
#include "measurefiltermodel.h"
#include "measuretablemodel.h"
#include "stores.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

MeasuresPane::MeasuresPane(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_headingDetails(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_focusArea(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_attention(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new KeepTypingTableView(this))
    , m_filter(new MeasureFilterModel(this))
{
    setObjectName(QStringLiteral("measuresPane"));
    m_heading->setObjectName(QStringLiteral("planHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_headingDetails->setObjectName(QStringLiteral("planHeadingDetails"));
    m_headingDetails->setTextFormat(Qt::PlainText);
    // Long plan names and details wrap rather than widen the window (large text, small screens).
    m_heading->setWordWrap(true);
    m_headingDetails->setWordWrap(true);
    m_count->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    m_text->setObjectName(QStringLiteral("measureFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_focusArea->setObjectName(QStringLiteral("focusAreaFilter"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_attention->setObjectName(QStringLiteral("attentionFilter"));
    m_count->setObjectName(QStringLiteral("measureCount"));
    m_view->setObjectName(QStringLiteral("measureTable"));
    m_text->setClearButtonEnabled(true);
    // The filters share the row and shorten their choice when the window is narrow (large text, small screens); the
    // list that opens shows each choice whole.
    for (QComboBox* filter : {m_status, m_focusArea, m_owner, m_attention}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(4);
    }

    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setSectionsMovable(true);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, &MeasuresPane::showColumnMenu);
    m_view->setItemDelegateForColumn(MeasureTableModel::StatusColumn, new StatusDelegate(this));
    m_view->setItemDelegateForColumn(MeasureTableModel::ProgressColumn, new ProgressDelegate(this));
    m_view->setItemDelegateForColumn(MeasureTableModel::DeadlineColumn, new DeadlineDelegate(true, this));
    m_view->setItemDelegateForColumn(MeasureTableModel::StartColumn, new DeadlineDelegate(false, this));
    m_view->setItemDelegateForColumn(MeasureTableModel::OwnerColumn, new OwnerDelegate(this));
    m_view->setItemDelegateForColumn(MeasureTableModel::FocusAreaColumn, new FocusAreaDelegate(this));
    m_view->setItemDelegateForColumn(MeasureTableModel::PriorityColumn,
                                     new ChoiceDelegate(&Vocabulary::priorities, &Vocabulary::priorityName, this));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_text, 3);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_focusArea, 1);
    bar->addWidget(m_owner, 1);
    bar->addWidget(m_attention, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_headingDetails);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_text, &QLineEdit::textChanged, m_filter, &MeasureFilterModel::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(m_status->currentData().toString());
    });
    connect(m_focusArea, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setFocusArea(m_focusArea->currentData().toLongLong());
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setOwner(m_owner->currentData().toLongLong());
    });
    connect(m_attention, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setAttentionRole(m_attention->currentData().toInt());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &MeasuresPane::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MeasuresPane::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MeasuresPane::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        emit currentMeasureChanged(currentMeasureId());
    });
    retranslate();
}

void MeasuresPane::setModel(MeasureTableModel* model, Stores* stores)
{
    m_model = model;
    m_stores = stores;
    m_filter->setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &MeasuresPane::fillChoices, Qt::UniqueConnection);
        connect(model, &QAbstractItemModel::modelReset, this, &MeasuresPane::updateColumns, Qt::UniqueConnection);
        // The filter removes its rows before the model has (while the model's rows are still there to map): count
        // again once the model's own rows are gone.
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MeasuresPane::updateCount, Qt::UniqueConnection);
        connect(model,
                &MeasureTableModel::typedValueRefused,
                m_view,
                &KeepTypingTableView::refuseTypedValue,
                Qt::UniqueConnection);
        m_view->sortByColumn(MeasureTableModel::FocusAreaColumn, Qt::AscendingOrder);
        QHeaderView* header = m_view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(MeasureTableModel::TitleColumn, QHeaderView::Stretch);
        // The title takes what the other columns leave; they start narrow (a 1366-pixel laptop screen with both docks
        // open still shows a readable title) and the user can widen them.
        const int unit = m_view->fontMetrics().averageCharWidth();
        header->setMinimumSectionSize(4 * unit);
        const std::pair<int, int> widths[] = {
            {MeasureTableModel::CodeColumn, 5},
            {MeasureTableModel::FocusAreaColumn, 13},
            {MeasureTableModel::OwnerColumn, 13},
            {MeasureTableModel::StartColumn, 8},
            {MeasureTableModel::DeadlineColumn, 14},
            {MeasureTableModel::StatusColumn, 16},
            {MeasureTableModel::ProgressColumn, 12},
            {MeasureTableModel::PriorityColumn, 9},
            {MeasureTableModel::CostColumn, 13},
            {MeasureTableModel::MunicipalityColumn, 14},
            {MeasureTableModel::PlanColumn, 24},
        };
        for (const auto& [column, chars] : widths)
            header->resizeSection(column, chars * unit);
        // Start and priority are there for those who want them (right-click the header); the title needs the room.
        header->hideSection(MeasureTableModel::StartColumn);
        header->hideSection(MeasureTableModel::PriorityColumn);
    }
    fillChoices();
    updateColumns();
    updateCount();
}

void MeasuresPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MeasuresPane::retranslate()
{
    m_text->setPlaceholderText(tr("Filter by code, title, description or owner"));
    m_text->setAccessibleName(tr("Filter measures"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_focusArea->setAccessibleName(tr("Filter by focus area"));
    m_owner->setAccessibleName(tr("Filter by owner"));
    m_attention->setAccessibleName(tr("Show measures that need attention"));
    m_view->setAccessibleName(tr("Measures"));
    const int attention = m_attention->currentIndex();
    m_attention->blockSignals(true);
    m_attention->clear();
    m_attention->addItem(tr("All measures"), 0);
    m_attention->addItem(tr("Overdue"), int(MeasureTableModel::OverdueRole));
    m_attention->addItem(tr("Deadline within %1 days").arg(MeasureTableModel::DueSoonDays),
                         int(MeasureTableModel::DueSoonRole));
    m_attention->addItem(tr("No update for %1 months").arg(MeasureTableModel::StaleMonths),
                         int(MeasureTableModel::StaleRole));
    m_attention->addItem(tr("Grant report due"), int(MeasureTableModel::GrantReportDueRole));
    m_attention->setCurrentIndex(qMax(0, attention));
    m_attention->blockSignals(false);
    m_attention->setToolTip(tr("Overdue: the deadline has passed and the measure is neither done nor cancelled"));
    fillChoices();
    updateCount();
}

// The filter choices follow the shown plan: its focus areas, its municipality's owners.
void MeasuresPane::fillChoices()
{
    const QString status = m_status->currentData().toString();
    m_status->blockSignals(true);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& code : Vocabulary::measureStatuses())
        m_status->addItem(Vocabulary::measureStatusName(code), code);
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    m_status->blockSignals(false);

    const bool onePlan = m_model && m_stores && m_model->planId() > 0;
    m_focusArea->blockSignals(true);
    m_owner->blockSignals(true);
    m_focusArea->clear();
    m_owner->clear();
    m_focusArea->addItem(tr("All focus areas"), qint64(0));
    m_owner->addItem(tr("All owners"), qint64(0));
    if (onePlan) {
        for (const FocusArea& area :
             m_stores->focusAreas.list(QStringLiteral("plan_id"), m_model->planId(), QStringLiteral("position")))
            m_focusArea->addItem(area.name, area.id);
        if (const std::optional<Plan> plan = m_stores->plans.get(m_model->planId())) {
            for (const Owner& owner :
                 m_stores->owners.list(QStringLiteral("municipality_id"), plan->municipalityId, QStringLiteral("name")))
                m_owner->addItem(owner.name, owner.id);
        }
    }
    m_focusArea->setEnabled(onePlan);
    m_owner->setEnabled(onePlan);
    m_focusArea->blockSignals(false);
    m_owner->blockSignals(false);
    m_filter->setFocusArea(0);
    m_filter->setOwner(0);
}

void MeasuresPane::updateColumns()
{
    const bool all = m_model && m_model->isAllMeasures();
    m_view->setColumnHidden(MeasureTableModel::MunicipalityColumn, !all);
    m_view->setColumnHidden(MeasureTableModel::PlanColumn, !all);
}

void MeasuresPane::updateCount()
{
    const int all = m_model ? m_model->rowCount() : 0;
    m_count->setText(tr("%1 of %n measure(s) shown", nullptr, all).arg(m_filter->rowCount()));
}

qint64 MeasuresPane::currentMeasureId() const
{
    return m_view->currentIndex().data(MeasureTableModel::MeasureIdRole).toLongLong();
}

QVector<qint64> MeasuresPane::selectedMeasureIds() const
{
    QVector<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(MeasureTableModel::MeasureIdRole).toLongLong();
    return ids;
}

void MeasuresPane::selectMeasure(qint64 measureId)
{
    if (!m_model)
        return;
    const int sourceRow = m_model->rowOfMeasure(measureId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, MeasureTableModel::TitleColumn));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void MeasuresPane::showColumnMenu(const QPoint& position)
{
    QMenu menu(this);
    const bool all = m_model && m_model->isAllMeasures();
    for (int column = 0; column < MeasureTableModel::ColumnCount; ++column) {
        const bool onlyInAll
            = column == MeasureTableModel::MunicipalityColumn || column == MeasureTableModel::PlanColumn;
        if ((onlyInAll && !all) || column == MeasureTableModel::TitleColumn)
            continue;
        QAction* action = menu.addAction(m_filter->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(
            action, &QAction::toggled, this, [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(position));
}

QByteArray MeasuresPane::columnState() const
{
    return m_view->horizontalHeader()->saveState();
}

void MeasuresPane::restoreColumnState(const QByteArray& state)
{
    if (!state.isEmpty() && m_model)
        m_view->horizontalHeader()->restoreState(state);
    updateColumns();
}

void MeasuresPane::setHeading(const QString& title, const QString& details)
{
    m_heading->setText(title);
    m_headingDetails->setText(details);
    m_headingDetails->setVisible(!details.isEmpty());
}

void MeasuresPane::setOverdueOnly(bool overdueOnly)
{
    setAttentionFilter(overdueOnly ? MeasureTableModel::OverdueRole : 0);
}

void MeasuresPane::setAttentionFilter(int role)
{
    m_attention->setCurrentIndex(qMax(0, m_attention->findData(role)));
}
