#include "planpropertiesdialog.h"

#include "language.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

PlanPropertiesDialog::PlanPropertiesDialog(const Plan& plan,
                                           const QString& municipalityName,
                                           const QVector<FocusArea>& focusAreas,
                                           const QVector<Owner>& owners,
                                           const QSet<qint64>& usedFocusAreas,
                                           const QSet<qint64>& usedOwners,
                                           QAbstractItemModel* history,
                                           QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_usedFocusAreas(usedFocusAreas)
    , m_usedOwners(usedOwners)
    , m_title(new QLineEdit(plan.title, this))
    , m_kind(new QComboBox(this))
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_status(new QComboBox(this))
    , m_adopted(new QCheckBox(this))
    , m_adoptedOn(new QDateEdit(this))
    , m_case(new QLineEdit(plan.councilCase, this))
    , m_description(new QPlainTextEdit(this))
    , m_focusAreas(new QListWidget(this))
    , m_owners(new QTableWidget(0, 3, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("planPropertiesDialog"));
    setWindowTitle(tr("Plan properties – %1").arg(municipalityName));
    m_description->setPlainText(plan.description);
    for (const FocusArea& area : focusAreas) {
        auto* item = new QListWidgetItem(area.name, m_focusAreas);
        item->setData(IdRole, area.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    for (const Owner& owner : owners) {
        const int row = m_owners->rowCount();
        m_owners->insertRow(row);
        const QStringList cells = {owner.name, owner.unit, owner.email};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, owner.id);
            m_owners->setItem(row, column, item);
        }
    }
    m_problem->setObjectName(QStringLiteral("planProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // a problem quotes what was typed
    m_problem->hide();

    auto* tabs = new QTabWidget(this);
    tabs->addTab(createPlanTab(), tr("&Plan"));
    tabs->addTab(createFocusAreaTab(), tr("&Focus areas"));
    tabs->addTab(createOwnerTab(), tr("&Owners"));
    if (history) {
        // Who changed what in the plan: read-only, newest first.
        auto* view = new QTableView(this);
        view->setObjectName(QStringLiteral("planHistory"));
        view->setModel(history);
        view->verticalHeader()->hide();
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->horizontalHeader()->setStretchLastSection(true);
        view->resizeColumnsToContents();
        tabs->addTab(view, tr("&History"));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 520);
}

QWidget* PlanPropertiesDialog::createPlanTab()
{
    auto* page = new QWidget(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    for (const QString& code : Vocabulary::planKinds())
        m_kind->addItem(Vocabulary::planKindName(code), code);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(m_plan.kind)));
    m_from->setAccessibleName(tr("First year of the period"));
    m_to->setAccessibleName(tr("Last year of the period"));
    m_adoptedOn->setAccessibleName(tr("Adopted on"));
    for (QSpinBox* year : {m_from, m_to}) {
        year->setRange(2000, 2100);
        year->setGroupSeparatorShown(false);
    }
    const int thisYear = QDate::currentDate().year();
    m_from->setValue(m_plan.periodFrom > 0 ? m_plan.periodFrom : thisYear);
    m_to->setValue(m_plan.periodTo > 0 ? m_plan.periodTo : thisYear + 3);
    for (const QString& code : Vocabulary::planStatuses())
        m_status->addItem(Vocabulary::planStatusName(code), code);
    m_status->setCurrentIndex(qMax(0, m_status->findData(m_plan.status)));
    m_adopted->setText(tr("Adopted by the council on"));
    m_adopted->setChecked(m_plan.adoptedOn.isValid());
    m_adoptedOn->setCalendarPopup(true);
    m_adoptedOn->setDisplayFormat(Language::dateFormat());
    m_adoptedOn->setDate(m_plan.adoptedOn.isValid() ? m_plan.adoptedOn : QDate::currentDate());
    m_adoptedOn->setEnabled(m_adopted->isChecked());
    connect(m_adopted, &QCheckBox::toggled, m_adoptedOn, &QWidget::setEnabled);
    m_case->setPlaceholderText(tr("e.g. 24/1234"));

    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), page));
    period->addWidget(m_to);
    period->addStretch();
    auto* adoption = new QHBoxLayout;
    adoption->addWidget(m_adopted);
    adoption->addWidget(m_adoptedOn);
    adoption->addStretch();
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    auto* periodLabel = new QLabel(tr("P&eriod:"), page);
    periodLabel->setBuddy(m_from); // a row holding a layout gets no buddy by itself
    form->addRow(periodLabel, period);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(QString(), adoption);
    form->addRow(tr("&Council case number:"), m_case);
    form->addRow(tr("&Description:"), m_description);
    return page;
}

QWidget* PlanPropertiesDialog::createFocusAreaTab()
{
    auto* page = new QWidget(this);
    m_focusAreas->setObjectName(QStringLiteral("focusAreaList"));
    m_focusAreas->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_focusAreas->setDragDropMode(QAbstractItemView::InternalMove); // reorder by dragging, or with the buttons
    auto* add = new QPushButton(tr("&Add"), page);
    auto* remove = new QPushButton(tr("&Remove"), page);
    auto* up = new QPushButton(tr("Move &up"), page);
    auto* down = new QPushButton(tr("Move &down"), page);
    add->setObjectName(QStringLiteral("addFocusArea"));
    remove->setObjectName(QStringLiteral("removeFocusArea"));
    connect(add, &QPushButton::clicked, this, [this] {
        auto* item = new QListWidgetItem(tr("New focus area"), m_focusAreas);
        item->setData(IdRole, qint64(0));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_focusAreas->setCurrentItem(item);
        m_focusAreas->editItem(item);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_focusAreas->currentItem(); });
    connect(up, &QPushButton::clicked, this, [this] { moveFocusArea(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveFocusArea(1); });
    connect(m_focusAreas, &QListWidget::currentRowChanged, this, [this, remove, up, down](int row) {
        const qint64 id = row >= 0 ? m_focusAreas->item(row)->data(IdRole).toLongLong() : 0;
        // A focus area that measures belong to stays: move or rename it instead.
        remove->setEnabled(row >= 0 && !m_usedFocusAreas.contains(id));
        remove->setToolTip(m_usedFocusAreas.contains(id) ? tr("Measures belong to this focus area") : QString());
        up->setEnabled(row > 0);
        down->setEnabled(row >= 0 && row < m_focusAreas->count() - 1);
    });
    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {add, remove, up, down})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(page);
    layout->addWidget(m_focusAreas, 1);
    layout->addLayout(buttons);
    m_focusAreas->setCurrentRow(m_focusAreas->count() > 0 ? 0 : -1);
    return page;
}

QWidget* PlanPropertiesDialog::createOwnerTab()
{
    auto* page = new QWidget(this);
    m_owners->setObjectName(QStringLiteral("ownerTable"));
    m_owners->setHorizontalHeaderLabels({tr("Name or role"), tr("Unit"), tr("E-mail")});
    m_owners->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_owners->verticalHeader()->hide();
    m_owners->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* add = new QPushButton(tr("A&dd owner"), page);
    auto* remove = new QPushButton(tr("Re&move owner"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_owners->rowCount();
        m_owners->insertRow(row);
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(column == 0 ? tr("New owner") : QString());
            item->setData(IdRole, qint64(0));
            m_owners->setItem(row, column, item);
        }
        m_owners->setCurrentCell(row, 0);
        m_owners->editItem(m_owners->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_owners->currentRow() >= 0)
            m_owners->removeRow(m_owners->currentRow());
    });
    connect(m_owners, &QTableWidget::currentCellChanged, this, [this, remove](int row) {
        const qint64 id = row >= 0 && m_owners->item(row, 0) ? m_owners->item(row, 0)->data(IdRole).toLongLong() : 0;
        remove->setEnabled(row >= 0 && !m_usedOwners.contains(id));
        remove->setToolTip(m_usedOwners.contains(id) ? tr("Measures have this owner") : QString());
    });
    auto* note = new QLabel(tr("Owners belong to the municipality and are shared by all its plans."), page);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(m_owners, 1);
    layout->addLayout(buttons);
    remove->setEnabled(false);
    return page;
}

void PlanPropertiesDialog::moveFocusArea(int step)
{
    const int row = m_focusAreas->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_focusAreas->count())
        return;
    QListWidgetItem* item = m_focusAreas->takeItem(row);
    m_focusAreas->insertItem(target, item);
    m_focusAreas->setCurrentRow(target);
}

Plan PlanPropertiesDialog::plan() const
{
    Plan plan = m_plan;
    plan.title = m_title->text().trimmed();
    plan.kind = m_kind->currentData().toString();
    plan.periodFrom = m_from->value();
    plan.periodTo = m_to->value();
    plan.status = m_status->currentData().toString();
    plan.adoptedOn = m_adopted->isChecked() ? m_adoptedOn->date() : QDate();
    plan.councilCase = m_case->text().trimmed();
    plan.description = m_description->toPlainText().trimmed();
    return plan;
}

QVector<FocusArea> PlanPropertiesDialog::focusAreas() const
{
    QVector<FocusArea> areas;
    for (int row = 0; row < m_focusAreas->count(); ++row) {
        const QListWidgetItem* item = m_focusAreas->item(row);
        areas << FocusArea {item->data(IdRole).toLongLong(), m_plan.id, item->text().trimmed(), row};
    }
    return areas;
}

QVector<Owner> PlanPropertiesDialog::owners() const
{
    QVector<Owner> owners;
    for (int row = 0; row < m_owners->rowCount(); ++row) {
        auto text = [&](int column) {
            return m_owners->item(row, column) ? m_owners->item(row, column)->text().trimmed() : QString();
        };
        owners << Owner {
            m_owners->item(row, 0)->data(IdRole).toLongLong(), m_plan.municipalityId, text(0), text(1), text(2)};
    }
    return owners;
}

void PlanPropertiesDialog::accept()
{
    // Say what is wrong here, where it can be mended, rather than after the dialog has closed.
    QString problem;
    if (m_title->text().trimmed().isEmpty())
        problem = tr("The plan needs a title.");
    else if (m_to->value() < m_from->value())
        problem = tr("The period ends (%1) before it starts (%2).").arg(m_to->value()).arg(m_from->value());
    for (const FocusArea& area : focusAreas()) {
        if (problem.isEmpty() && area.name.isEmpty())
            problem = tr("Every focus area needs a name.");
    }
    for (const Owner& owner : owners()) {
        if (problem.isEmpty() && owner.name.isEmpty())
            problem = tr("Every owner needs a name.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}
