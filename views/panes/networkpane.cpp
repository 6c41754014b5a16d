#include "networkpane.h"

#include "jointprojectmodel.h"
#include "networkcharts.h"
#include "networkcomparemodel.h"
#include "norwegiansortproxy.h"
#include "scrolledpane.h"

#include "vocabulary.h"
#include <QScrollArea>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel* plainLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // names and descriptions are user text
    return label;
}

// A chart tab with a chooser above the chart: "Indicator: [...]" or "Member: [...]", and buttons beside it if any.
QWidget* chooserPage(
    QLabel* label, QComboBox* chooser, QWidget* chart, QWidget* below = nullptr, const QList<QWidget*>& beside = {})
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* bar = new QHBoxLayout;
    label->setBuddy(chooser);
    bar->addWidget(label);
    bar->addWidget(chooser, 1);
    for (QWidget* widget : beside)
        bar->addWidget(widget);
    layout->addLayout(bar);
    layout->addWidget(chart, 1);
    if (below)
        layout->addWidget(below);
    return page;
}

constexpr int JointProjectTab = 3;

} // namespace

NetworkPane::NetworkPane(QWidget* parent)
    : QWidget(parent)
    , m_heading(plainLabel(this, QStringLiteral("networkHeading")))
    , m_description(plainLabel(this, QStringLiteral("networkDescription")))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_summaries(new QPushButton(this))
    , m_content(new QStackedWidget(this))
    , m_empty(plainLabel(this, QStringLiteral("networkEmpty")))
    , m_view(new QTableView(this))
    , m_proxy(new NorwegianSortProxy(this))
    , m_tabs(new QTabWidget(this))
    , m_progressChart(new MemberProgressChart)
    , m_indicator(new QComboBox)
    , m_indicatorChart(new MemberIndicatorChart)
    , m_member(new QComboBox)
    , m_radarChart(new FocusAreaRadarChart)
    , m_indicatorLabel(new QLabel)
    , m_memberLabel(new QLabel)
    , m_noIndicators(plainLabel(nullptr, QStringLiteral("networkNoIndicators")))
{
    setObjectName(QStringLiteral("networkPane"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_description->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("networkPlanKind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // narrow windows, large text
    m_kind->setMinimumContentsLength(6);
    m_kind->addItem(QString(), QString());
    for (const QString& kind : Vocabulary::planKinds())
        m_kind->addItem(QString(), kind);
    m_kindLabel->setBuddy(m_kind);
    m_export->setObjectName(QStringLiteral("networkExport"));
    m_summaries->setObjectName(QStringLiteral("networkSummaries"));
    auto* exportMenu = new QMenu(m_export);
    for (const QString& format :
         {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf"), QStringLiteral("html")}) {
        QAction* action = exportMenu->addAction(QString());
        action->setObjectName(QStringLiteral("networkExport_") + format);
        connect(action, &QAction::triggered, this, [this, format] { emit exportRequested(format); });
    }
    exportMenu->addSeparator();
    QAction* bundle = exportMenu->addAction(QString());
    bundle->setObjectName(QStringLiteral("networkExport_bundle"));
    connect(bundle, &QAction::triggered, this, &NetworkPane::bundleExportRequested);
    QAction* site = exportMenu->addAction(QString());
    site->setObjectName(QStringLiteral("networkPublish"));
    connect(site, &QAction::triggered, this, &NetworkPane::publishRequested);
    m_export->setMenu(exportMenu);
    auto* summaryMenu = new QMenu(m_summaries);
    QAction* importSummary = summaryMenu->addAction(QString());
    importSummary->setObjectName(QStringLiteral("networkImportSummary"));
    connect(importSummary, &QAction::triggered, this, &NetworkPane::importSummaryRequested);
    QAction* exportSummary = summaryMenu->addAction(QString());
    exportSummary->setObjectName(QStringLiteral("networkExportSummary"));
    connect(
        exportSummary, &QAction::triggered, this, [this] { emit exportSummaryRequested(currentMunicipalityNumber()); });
    connect(summaryMenu, &QMenu::aboutToShow, this, [this, exportSummary] {
        exportSummary->setEnabled(!currentMunicipalityNumber().isEmpty());
    });
    m_summaries->setMenu(summaryMenu);

    // The buttons beside the heading and the plan kind on a row of its own: the pane stays narrow enough for a small
    // screen at large text.
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_summaries, 0, Qt::AlignTop);
    headingRow->addWidget(m_export, 0, Qt::AlignTop);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_kindLabel);
    bar->addWidget(m_kind);
    bar->addStretch(1);
    setTabOrder(m_summaries, m_export);
    setTabOrder(m_export, m_kind);

    m_view->setObjectName(QStringLiteral("networkTable"));
    m_proxy->setSortRole(NetworkCompareModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NetworkCompareModel::MunicipalityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit memberActivated(index.data(NetworkCompareModel::MunicipalityNumberRole).toString());
    });

    // The charts, a tab each.
    m_tabs->setObjectName(QStringLiteral("networkCharts"));
    m_tabs->addTab(ScrolledPane::wrap(m_progressChart), QString());
    m_indicator->setObjectName(QStringLiteral("networkIndicator"));
    m_noIndicators->setWordWrap(true);
    m_tabs->addTab(ScrolledPane::wrap(chooserPage(m_indicatorLabel, m_indicator, m_indicatorChart, m_noIndicators)),
                   QString());
    m_member->setObjectName(QStringLiteral("networkMember"));
    m_tabs->addTab(ScrolledPane::wrap(chooserPage(m_memberLabel, m_member, m_radarChart)), QString());
    m_projectPage = createJointProjectPage();
    m_tabs->addTab(ScrolledPane::wrap(m_projectPage), QString());

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_content->addWidget(splitter);
    m_content->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addWidget(m_description);
    layout->addLayout(bar);
    layout->addWidget(m_content, 1);

    connect(m_kind, &QComboBox::activated, this, [this] { emit planKindChanged(m_kind->currentData().toString()); });
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &NetworkPane::redrawIndicator);
    connect(m_member, &QComboBox::currentIndexChanged, this, &NetworkPane::redrawRadar);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // The member chosen in the table is the one the radar shows.
        const int at = m_member->findText(
            m_view->currentIndex().siblingAtColumn(0).data(NetworkCompareModel::SortRole).toString());
        if (at >= 0)
            m_member->setCurrentIndex(at);
    });
    retranslate();
}

void NetworkPane::setModel(NetworkCompareModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        connect(model, &NetworkCompareModel::compared, this, &NetworkPane::redraw);
        redraw();
    }
}

void NetworkPane::setNetwork(const QString& name, const QString& description, const QString& planKind)
{
    m_heading->setText(name);
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(planKind)));
}

QString NetworkPane::currentMunicipalityNumber() const
{
    return m_view->currentIndex().data(NetworkCompareModel::MunicipalityNumberRole).toString();
}

void NetworkPane::redraw()
{
    if (!m_model)
        return;
    const QVector<MemberSummary>& members = m_model->members();
    m_content->setCurrentIndex(members.isEmpty() ? 1 : 0);
    // The table's columns: names wide enough to read, figures as wide as their headers.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int character = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(NetworkCompareModel::MunicipalityColumn, 12 * character);
    header->resizeSection(NetworkCompareModel::PlansColumn, 14 * character);
    for (int column = NetworkCompareModel::MeasuresColumn; column < m_model->columnCount(); ++column) {
        const int wanted = column >= NetworkCompareModel::FirstIndicatorColumn ? 16 : 8;
        header->resizeSection(column, wanted * character);
    }
    m_progressChart->setData(members);

    const QString indicator = m_indicator->currentText();
    const QString member = m_member->currentText();
    {
        const QSignalBlocker blockIndicator(m_indicator);
        const QSignalBlocker blockMember(m_member);
        m_indicator->clear();
        for (const SharedIndicator& shared : m_model->indicators())
            m_indicator->addItem(shared.name);
        m_indicator->setCurrentIndex(std::max(0, m_indicator->findText(indicator)));
        m_member->clear();
        for (const MemberSummary& each : members)
            m_member->addItem(each.municipality);
        m_member->setCurrentIndex(std::max(0, m_member->findText(member)));
    }
    redrawIndicator();
    redrawRadar();
}

void NetworkPane::redrawIndicator()
{
    if (!m_model)
        return;
    const int index = m_indicator->currentIndex();
    const bool any = index >= 0 && index < m_model->indicators().size();
    m_indicatorChart->setVisible(any);
    m_noIndicators->setVisible(!any);
    if (any)
        m_indicatorChart->setData(m_model->members(), m_model->indicators().at(index));
}

void NetworkPane::redrawRadar()
{
    if (m_model && m_member->currentIndex() >= 0)
        m_radarChart->setData(m_model->members(), m_member->currentText());
}

void NetworkPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange && m_model) { // the charts' data in the new palette's colours
        redraw();
        redrawJointProject();
    }
    QWidget::changeEvent(event);
}

void NetworkPane::retranslate()
{
    m_view->setAccessibleName(tr("Members compared"));
    m_tabs->setAccessibleName(tr("Network charts"));
    m_projectView->setAccessibleName(tr("Measures in the joint project"));
    m_kindLabel->setText(tr("&Compare plans of kind:"));
    m_kind->setItemText(0, tr("Every kind"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, Vocabulary::planKindName(m_kind->itemData(i).toString()));
    m_export->setText(tr("&Export table"));
    const QList<QAction*> exports = m_export->menu()->actions();
    exports.at(0)->setText(tr("As CSV (Excel, semicolons)…"));
    exports.at(1)->setText(tr("As Excel workbook (.xlsx)…"));
    exports.at(2)->setText(tr("As PDF with charts…"));
    exports.at(3)->setText(tr("As a web page for screen readers (.html)…"));
    exports.at(3)->setToolTip(tr("The PDF's tables and charts as one accessible page: each chart as a summary and a "
                                 "table of its figures"));
    exports.at(5)->setText(tr("Network bundle: every member's plans as one plan file (.json)…"));
    exports.at(5)->setToolTip(tr("For the members to import: plans they hold already are updated, the others added"));
    exports.at(6)->setText(tr("As a website for residents, with the members' plans…"));
    exports.at(6)->setToolTip(tr("The members compared, and each member's plan as its own site, in one folder to put "
                                 "on a web server"));
    m_summaries->setText(tr("Member &summaries"));
    const QList<QAction*> summaries = m_summaries->menu()->actions();
    summaries.at(0)->setText(tr("Import a member's summary…"));
    summaries.at(1)->setText(tr("Export the chosen member's summary…"));
    m_tabs->setTabText(0, tr("Done and overdue"));
    m_tabs->setTabText(1, tr("Indicators"));
    m_tabs->setTabText(2, tr("Focus areas"));
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_memberLabel->setText(tr("&Member:"));
    m_tabs->setTabText(JointProjectTab, tr("Joint projects"));
    m_projectLabel->setText(tr("&Joint project:"));
    m_addProject->setText(tr("&Add…"));
    m_addProject->setToolTip(tr("Add a joint project to the network"));
    m_renameProject->setText(tr("Re&name…"));
    m_removeProject->setText(tr("&Remove"));
    m_removeProject->setToolTip(tr("Remove the project; its measures stay in their plans (can be undone)"));
    retranslateProjectNotice();
    m_noIndicators->setText(tr("The members share no indicator: give the same indicator the same name in their plans "
                               "to compare it here."));
    m_empty->setText(tr("No member of this network has a plan of this kind in the file, and no summary from a "
                        "member has been imported. Choose another kind of plan, or import the summaries the members "
                        "send (Member summaries → Import)."));
    if (m_model)
        redraw();
    if (m_projectModel)
        redrawJointProject();
}

QWidget* NetworkPane::createJointProjectPage()
{
    m_projectLabel = new QLabel;
    m_project = new QComboBox;
    m_project->setObjectName(QStringLiteral("networkJointProject"));
    m_projectEmpty = plainLabel(nullptr, QStringLiteral("networkJointProjectEmpty"));
    m_projectEmpty->setWordWrap(true);
    m_projectEmpty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_projectView = new QTableView;
    m_projectView->setObjectName(QStringLiteral("jointProjectTable"));
    m_projectProxy = new NorwegianSortProxy(this);
    m_projectProxy->setSortRole(JointProjectModel::SortRole);
    m_projectView->setModel(m_projectProxy);
    m_projectView->setSortingEnabled(true);
    m_projectView->sortByColumn(JointProjectModel::MunicipalityColumn, Qt::AscendingOrder);
    m_projectView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_projectView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_projectView->setAlternatingRowColors(true);
    m_projectView->verticalHeader()->hide();
    m_projectView->setWordWrap(false);
    m_projectView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_projectView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit measureActivated(index.data(JointProjectModel::PlanIdRole).toLongLong(),
                              index.data(JointProjectModel::MeasureIdRole).toLongLong());
    });
    m_projectChart = new JointProjectChart;
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_projectView);
    splitter->addWidget(ScrolledPane::wrap(m_projectChart));
    splitter->setSizes({150, 250});
    m_projectContent = splitter;
    // Add, rename and remove beside the chooser.
    m_addProject = new QPushButton;
    m_addProject->setObjectName(QStringLiteral("addJointProject"));
    m_renameProject = new QPushButton;
    m_renameProject->setObjectName(QStringLiteral("renameJointProject"));
    m_removeProject = new QPushButton;
    m_removeProject->setObjectName(QStringLiteral("removeJointProject"));
    QWidget* page = chooserPage(
        m_projectLabel, m_project, splitter, m_projectEmpty, {m_addProject, m_renameProject, m_removeProject});
    connect(m_addProject, &QPushButton::clicked, this, &NetworkPane::addJointProjectRequested);
    connect(m_renameProject, &QPushButton::clicked, this, [this] {
        emit renameJointProjectRequested(m_project->currentData().toLongLong());
    });
    connect(m_removeProject, &QPushButton::clicked, this, [this] {
        emit removeJointProjectRequested(m_project->currentData().toLongLong());
    });
    connect(m_project, &QComboBox::currentIndexChanged, this, [this] {
        if (m_projectModel)
            m_projectModel->setProject(m_project->currentData().toLongLong());
    });
    return page;
}

void NetworkPane::setJointProjectModel(JointProjectModel* model)
{
    if (m_projectModel)
        disconnect(m_projectModel, nullptr, this, nullptr);
    m_projectModel = model;
    m_projectProxy->setSourceModel(model);
    if (model)
        connect(model, &JointProjectModel::reloaded, this, &NetworkPane::redrawJointProject);
}

void NetworkPane::setJointProjects(const QVector<JointProject>& projects)
{
    const qint64 shown = m_project->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_project);
        m_project->clear();
        for (const JointProject& project : projects) {
            m_project->addItem(project.name, project.id);
            m_project->setItemData(m_project->count() - 1, project.description, Qt::ToolTipRole);
        }
        m_project->setCurrentIndex(std::max(0, m_project->findData(shown)));
    }
    for (QWidget* widget : std::initializer_list<QWidget*> {m_project, m_renameProject, m_removeProject})
        widget->setEnabled(!projects.isEmpty());
    if (m_projectModel)
        m_projectModel->setProject(m_project->currentData().toLongLong());
}

void NetworkPane::retranslateProjectNotice()
{
    m_projectEmpty->setText(
        m_project->count() == 0
            ? tr("The network has no joint projects yet. Add one, then link members' measures to it "
                 "in a measure's details (Joint project).")
            : tr("No member's measure takes part in this project yet. Choose the project in a "
                 "measure's details (Joint project) to add it."));
}

void NetworkPane::selectJointProject(qint64 projectId)
{
    m_project->setCurrentIndex(std::max(0, m_project->findData(projectId)));
}

void NetworkPane::redrawJointProject()
{
    if (!m_projectModel)
        return;
    retranslateProjectNotice();
    const bool any = m_projectModel->rowCount() > 0;
    m_projectEmpty->setVisible(!any);
    m_projectContent->setVisible(any);
    m_projectChart->setData(m_projectModel->members(), m_project->currentText());
    QHeaderView* header = m_projectView->horizontalHeader();
    const int character = m_projectView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(JointProjectModel::MunicipalityColumn, 7 * character);
    header->resizeSection(JointProjectModel::PlanColumn, 10 * character);
    header->resizeSection(JointProjectModel::CodeColumn, 3 * character);
    header->resizeSection(JointProjectModel::TitleColumn, 20 * character);
    header->resizeSection(JointProjectModel::StatusColumn, 7 * character);
    header->resizeSection(JointProjectModel::ProgressColumn, 6 * character);
}
