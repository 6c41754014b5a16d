#include "measuredetailspane.h"

#include "grantmodel.h"
#include "measurehistorymodels.h"
#include "measurelinkrow.h"
#include "stores.h"
#include "unsavededitbar.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Commits a plain-text editor when it loses focus (the place where a person "is done" with a text).
class FocusOutCommitter : public QObject
{
public:
    FocusOutCommitter(QObject* parent, std::function<void()> commit)
        : QObject(parent)
        , m_commit(std::move(commit))
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_commit();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_commit;
};

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

MeasureDetailsPane::MeasureDetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_owner(new QLabel(this))
    , m_origin(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_fundingLabel(new QLabel(this))
    , m_funding(new QLineEdit(this))
    , m_jointProject(new MeasureLinkRow(QStringLiteral("measureJointProject"), this))
    , m_indicator(new MeasureLinkRow(QStringLiteral("measureIndicator"), this))
    , m_grantsLabel(new QLabel(this))
    , m_grantsView(makeTable(this, QStringLiteral("grantTable")))
    , m_addGrant(new QPushButton(this))
    , m_editGrant(new QPushButton(this))
    , m_removeGrant(new QPushButton(this))
    , m_progressLabel(new QLabel(this))
    , m_progressView(makeTable(this, QStringLiteral("progressHistory")))
    , m_recordButton(new QPushButton(this))
    , m_changesLabel(new QLabel(this))
    , m_changesView(makeTable(this, QStringLiteral("changeHistory")))
    , m_unsavedBar(new UnsavedEditBar(this))
{
    setObjectName(QStringLiteral("measureDetails"));
    // Everything the user typed is shown as plain text, never as markup.
    for (QLabel* label : {m_title, m_owner, m_origin})
        label->setTextFormat(Qt::PlainText);
    m_origin->setObjectName(QStringLiteral("measureOrigin"));
    m_origin->setWordWrap(true);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_description->setObjectName(QStringLiteral("measureDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 6);
    m_funding->setObjectName(QStringLiteral("measureFunding"));
    m_recordButton->setObjectName(QStringLiteral("recordProgressButton"));
    m_descriptionLabel->setBuddy(m_description);
    m_fundingLabel->setBuddy(m_funding);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_owner);
    layout->addWidget(m_origin);
    layout->addWidget(m_unsavedBar);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_description);
    layout->addWidget(m_fundingLabel);
    layout->addWidget(m_funding);
    layout->addWidget(m_indicator); // only for a plan with indicators
    layout->addWidget(m_jointProject); // only for a municipality in a network with joint projects
    m_addGrant->setObjectName(QStringLiteral("addGrantButton"));
    auto* grantHeader = new QHBoxLayout;
    grantHeader->addWidget(m_grantsLabel, 1);
    for (QPushButton* button : {m_addGrant, m_editGrant, m_removeGrant})
        grantHeader->addWidget(button);
    layout->addLayout(grantHeader);
    layout->addWidget(m_grantsView, 1);
    connect(m_addGrant, &QPushButton::clicked, this, [this] { emit addGrantRequested(m_measureId); });
    connect(m_editGrant, &QPushButton::clicked, this, [this] { emit editGrantRequested(currentGrantId()); });
    connect(m_removeGrant, &QPushButton::clicked, this, [this] { emit removeGrantRequested(currentGrantId()); });
    connect(m_grantsView, &QTableView::doubleClicked, this, [this] { emit editGrantRequested(currentGrantId()); });
    auto* progressHeader = new QHBoxLayout;
    progressHeader->addWidget(m_progressLabel, 1);
    progressHeader->addWidget(m_recordButton);
    layout->addLayout(progressHeader);
    layout->addWidget(m_progressView, 2);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changesView, 1);

    m_description->installEventFilter(new FocusOutCommitter(this, [this] { commitText(); }));
    connect(m_funding, &QLineEdit::editingFinished, this, &MeasureDetailsPane::commitText);
    connect(m_jointProject, &MeasureLinkRow::chosen, this, [this](qint64 chosen) {
        editLink([chosen](Measure& measure) { measure.jointProjectId = chosen; });
    });
    connect(m_indicator, &MeasureLinkRow::chosen, this, [this](qint64 chosen) {
        editLink([chosen](Measure& measure) { measure.indicatorId = chosen; });
    });
    connect(m_recordButton, &QPushButton::clicked, this, [this] { emit recordProgressRequested(m_measureId); });
    connect(m_unsavedBar, &UnsavedEditBar::saveAgainRequested, this, &MeasureDetailsPane::saveAgain);
    connect(m_unsavedBar, &UnsavedEditBar::discardRequested, this, &MeasureDetailsPane::discardUnsaved);
    retranslate();
    refresh();
}

MeasureDetailsPane::~MeasureDetailsPane()
{
    m_progressView->setModel(nullptr);
    m_changesView->setModel(nullptr);
    m_grantsView->setModel(nullptr);
}

void MeasureDetailsPane::setStores(Stores* stores)
{
    m_progressView->setModel(nullptr);
    m_changesView->setModel(nullptr);
    m_grantsView->setModel(nullptr);
    m_progressModel.reset();
    m_changeModel.reset();
    m_grantModel.reset();
    m_stores = stores;
    m_measureId = 0;
    if (stores) {
        m_progressModel = std::make_unique<ProgressHistoryModel>(*stores);
        m_changeModel = std::make_unique<ChangeHistoryModel>(*stores);
        m_progressView->setModel(m_progressModel.get());
        m_changesView->setModel(m_changeModel.get());
        m_grantModel = std::make_unique<GrantModel>(*stores);
        m_grantsView->setModel(m_grantModel.get());
        connect(m_grantsView->selectionModel(),
                &QItemSelectionModel::currentRowChanged,
                this,
                &MeasureDetailsPane::updateGrantButtons);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_grantModel.get(), signal, this, &MeasureDetailsPane::updateGrantButtons);
        // The details follow edits made anywhere else (the table, undo).
        connect(&stores->measures, &Store::changed, this, [this](qint64 id) {
            if (id == m_measureId)
                refresh();
        });
        connect(&stores->measures, &Store::removed, this, [this](qint64 id) {
            if (id == m_measureId)
                setMeasure(0);
        });
    }
    refresh();
}

void MeasureDetailsPane::setMeasure(qint64 measureId)
{
    if (measureId == m_measureId)
        return;
    commitText(); // a half-typed description belongs to the measure it was typed for
    m_measureId = measureId;
    if (m_progressModel)
        m_progressModel->setMeasure(measureId);
    if (m_changeModel)
        m_changeModel->setMeasure(measureId);
    if (m_grantModel)
        m_grantModel->setMeasure(measureId);
    refresh();
}

void MeasureDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MeasureDetailsPane::retranslate()
{
    m_descriptionLabel->setText(tr("&Description"));
    m_fundingLabel->setText(tr("&Funding source"));
    m_jointProject->setTexts(tr("&Joint project:"), tr("The network's joint project this measure is part of, if any"));
    m_indicator->setTexts(tr("&Indicator it moves:"),
                          tr("The plan's indicator this measure is meant to move, shown on its page on the website"));
    m_progressLabel->setText(tr("Progress history"));
    m_recordButton->setText(tr("Record progress…"));
    m_recordButton->setToolTip(tr("Add a progress update and move the measure's status and progress with it "
                                  "(Ctrl+Shift+P)"));
    m_changesLabel->setText(tr("Changes"));
    m_progressView->setAccessibleName(tr("Progress history"));
    m_changesView->setAccessibleName(tr("Changes"));
    m_grantsView->setAccessibleName(tr("Grants"));
    m_grantsLabel->setText(tr("Grants"));
    m_addGrant->setText(tr("Add…"));
    m_addGrant->setToolTip(tr("Record a grant that funds this measure"));
    m_editGrant->setText(tr("Edit…"));
    m_removeGrant->setText(tr("Delete"));
    refresh();
}

void MeasureDetailsPane::refresh()
{
    const std::optional<Measure> measure
        = m_stores && m_measureId > 0 ? m_stores->measures.get(m_measureId) : std::nullopt;
    const bool shown = measure.has_value();
    // Read-only for a read-only file, and for another municipality's measure on a network's server.
    m_editable = !m_readOnly && shown && m_stores->mayEditPlan(measure->planId);
    for (QWidget* widget :
         std::initializer_list<QWidget*> {m_description, m_funding, m_recordButton, m_progressView, m_changesView})
        widget->setEnabled(shown);
    m_description->setReadOnly(!m_editable);
    m_funding->setReadOnly(!m_editable);
    m_recordButton->setEnabled(m_editable);
    m_jointProject->setEditable(m_editable);
    m_indicator->setEditable(m_editable);
    m_addGrant->setEnabled(m_editable);
    updateGrantButtons();
    if (!shown) {
        m_title->setText(tr("No measure chosen"));
        m_owner->clear();
        m_origin->hide();
        m_description->clear();
        m_funding->clear();
        m_jointProject->hide();
        m_indicator->hide();
        return;
    }
    fillLinks(*measure);
    m_title->setText(measure->code.isEmpty() ? measure->title : tr("%1 %2").arg(measure->code, measure->title));
    const std::optional<Owner> owner = measure->ownerId > 0 ? m_stores->owners.get(measure->ownerId) : std::nullopt;
    m_owner->setText(
        owner ? tr("Owner: %1").arg(owner->unit.isEmpty() ? owner->name : tr("%1 (%2)").arg(owner->name, owner->unit))
              : tr("No owner yet"));
    // A measure copied from the example bank says whose idea it was.
    m_origin->setVisible(!measure->originMunicipality.isEmpty());
    m_origin->setText(tr("Copied from %1: %2").arg(measure->originMunicipality, measure->originPlan));
    // What the fields show is what the user's typing is measured against (a field being typed in keeps its text).
    const bool sameMeasure = m_shown && m_shown->id == measure->id;
    Measure asShown = *measure;
    // A change not saved shows what the user typed, not what is stored.
    const bool unsavedHere = m_unsaved && m_unsaved->before.id == measure->id;
    const QString description = unsavedHere ? m_unsaved->description : measure->description;
    const QString funding = unsavedHere ? m_unsaved->fundingSource : measure->fundingSource;
    if (m_description->hasFocus() && sameMeasure)
        asShown.description = m_shown->description;
    else if (m_description->toPlainText() != description)
        m_description->setPlainText(description);
    if (m_funding->hasFocus() && sameMeasure)
        asShown.fundingSource = m_shown->fundingSource;
    else if (m_funding->text() != funding)
        m_funding->setText(funding);
    m_shown = asShown;
    showUnsaved();
}

void MeasureDetailsPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

qint64 MeasureDetailsPane::currentGrantId() const
{
    return m_grantsView->currentIndex().data(GrantModel::GrantIdRole).toLongLong();
}

void MeasureDetailsPane::updateGrantButtons()
{
    const bool chosen = m_editable && currentGrantId() > 0;
    m_editGrant->setEnabled(chosen);
    m_removeGrant->setEnabled(chosen);
}

void MeasureDetailsPane::commitText()
{
    // Against the measure as it was shown, not as it is now: only what the user typed is a change, and a field
    // someone else changed meanwhile is not written over (see EditCommand).
    if (!m_stores || !m_shown || m_shown->id != m_measureId)
        return;
    // A change that was not saved is tried again over what it was to go over.
    const bool unsavedHere = m_unsaved && m_unsaved->before.id == m_measureId;
    const Measure before = unsavedHere ? m_unsaved->before : *m_shown;
    Measure after = before;
    after.description = m_description->toPlainText().trimmed();
    after.fundingSource = m_funding->text().trimmed();
    if (unsavedHere)
        m_unsaved.reset(); // set again by keepUnsaved if this try fails too
    if (after.description != before.description || after.fundingSource != before.fundingSource)
        emit editRequested(before, after);
    showUnsaved();
}

void MeasureDetailsPane::keepUnsaved(const Measure& before, const Measure& after, const QString& reason)
{
    m_unsaved = Unsaved {before, after.description, after.fundingSource, reason};
    showUnsaved();
}

void MeasureDetailsPane::saveAgain()
{
    if (!m_unsaved)
        return;
    if (m_unsaved->before.id == m_measureId) {
        commitText(); // with the text as it is in the fields now
        return;
    }
    const Unsaved unsaved = *std::exchange(m_unsaved, std::nullopt);
    Measure after = unsaved.before;
    after.description = unsaved.description;
    after.fundingSource = unsaved.fundingSource;
    emit editRequested(unsaved.before, after);
    showUnsaved();
}

void MeasureDetailsPane::discardUnsaved()
{
    const bool here = m_unsaved && m_unsaved->before.id == m_measureId;
    m_unsaved.reset();
    if (here) { // the fields go back to what is stored, even one being typed in
        m_shown.reset();
        m_description->clear();
        m_funding->clear();
        m_description->clearFocus();
        m_funding->clearFocus();
    }
    refresh();
}

void MeasureDetailsPane::showUnsaved()
{
    if (!m_unsaved) {
        m_unsavedBar->hide();
        return;
    }
    const bool here = m_unsaved->before.id == m_measureId;
    m_unsavedBar->showProblem(m_unsaved->reason, here ? QString() : m_unsaved->before.title);
}

void MeasureDetailsPane::fillLinks(const Measure& measure)
{
    const std::optional<Plan> plan = m_stores->plans.get(measure.planId);
    QVector<QPair<QString, qint64>> projects;
    for (const JointProject& project :
         plan ? m_stores->jointProjects.openTo(plan->municipalityId) : QVector<JointProject>())
        projects.append({project.name, project.id});
    // A link to a project the municipality no longer shares (it left the network) is still shown.
    const std::optional<JointProject> project
        = measure.jointProjectId > 0 ? m_stores->jointProjects.get(measure.jointProjectId) : std::nullopt;
    m_jointProject->setChoices(projects, measure.jointProjectId, project ? project->name : QString());
    QVector<QPair<QString, qint64>> indicators;
    for (const Indicator& indicator :
         m_stores->indicators.list(QStringLiteral("plan_id"), measure.planId, QStringLiteral("position, id")))
        indicators.append({indicator.name, indicator.id});
    m_indicator->setChoices(indicators, measure.indicatorId, QString());
}

void MeasureDetailsPane::editLink(const std::function<void(Measure&)>& change)
{
    const std::optional<Measure> before = m_stores ? m_stores->measures.get(m_measureId) : std::nullopt;
    if (!before)
        return;
    Measure after = *before;
    change(after);
    emit editRequested(*before, after);
}
