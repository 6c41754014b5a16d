#include "indicatoreditor.h"

#include "currentcell.h"
#include "entitycommands.h"
#include "measurecommands.h"
#include "stores.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
// A spin box's lowest value stands for "not given".
constexpr int NoYear = 1999;

// A year box whose lowest value means "not given"; stepping up from it lands on this year, not on 2000.
class YearSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;
    void stepBy(int steps) override
    {
        if (value() == NoYear && steps > 0)
            setValue(QDate::currentDate().year());
        else
            QSpinBox::stepBy(steps);
    }
};
} // namespace

IndicatorEditor::IndicatorEditor(
    Stores& stores, qint64 planId, Push push, std::function<void(const QString&)> onError, QWidget* parent)
    : QDialog(parent)
    , m_stores(stores)
    , m_planId(planId)
    , m_push(std::move(push))
    , m_onError(std::move(onError))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_direction(new QComboBox(this))
    , m_baselineYear(new YearSpinBox(this))
    , m_baselineValue(new QDoubleSpinBox(this))
    , m_targetYear(new YearSpinBox(this))
    , m_targetValue(new QDoubleSpinBox(this))
    , m_source(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save changes"), this))
    , m_values(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("indicatorEditor"));
    setWindowTitle(tr("Indicators"));
    m_list->setObjectName(QStringLiteral("indicatorList"));
    m_list->setAccessibleName(tr("Indicators"));
    m_name->setObjectName(QStringLiteral("indicatorName"));
    m_values->setObjectName(QStringLiteral("indicatorValues"));
    m_values->setAccessibleName(tr("Measured values by year"));
    m_save->setObjectName(QStringLiteral("saveIndicator"));
    m_baselineYear->setObjectName(QStringLiteral("baselineYear"));
    m_baselineValue->setObjectName(QStringLiteral("baselineValue"));
    m_baselineValue->setAccessibleName(tr("Baseline value"));
    m_targetValue->setAccessibleName(tr("Target value"));
    m_baselineYear->setAccessibleName(tr("Baseline year"));
    m_targetYear->setAccessibleName(tr("Target year"));
    m_targetYear->setObjectName(QStringLiteral("targetYear"));
    for (const QString& code : Vocabulary::directions())
        m_direction->addItem(Vocabulary::directionName(code), code);
    for (QSpinBox* year : {m_baselineYear, m_targetYear}) {
        year->setRange(NoYear, 2100);
        year->setSpecialValueText(tr("not given"));
        year->setGroupSeparatorShown(false);
    }
    for (QDoubleSpinBox* value : {m_baselineValue, m_targetValue}) {
        value->setRange(-1e12, 1e12);
        value->setDecimals(1);
        value->setGroupSeparatorShown(true); // 62 000,0 as the values table writes it
    }
    m_values->setHorizontalHeaderLabels({tr("Year"), tr("Value")});
    m_values->verticalHeader()->hide();
    CurrentCell::keep(m_values);
    m_values->setTabKeyNavigation(false); // the arrows move between cells; Tab leaves the table
    m_values->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto* addIndicatorButton = new QPushButton(tr("&New indicator"), this);
    auto* removeIndicatorButton = new QPushButton(tr("&Delete indicator"), this);
    addIndicatorButton->setObjectName(QStringLiteral("addIndicator"));
    auto* addValueButton = new QPushButton(tr("Add &year"), this);
    auto* removeValueButton = new QPushButton(tr("Delete y&ear"), this);
    addValueButton->setObjectName(QStringLiteral("addIndicatorValue"));
    removeIndicatorButton->setObjectName(QStringLiteral("removeIndicator"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(addIndicatorButton);
    left->addWidget(removeIndicatorButton);
    auto* baseline = new QHBoxLayout;
    baseline->addWidget(m_baselineYear);
    baseline->addWidget(m_baselineValue, 1);
    auto* target = new QHBoxLayout;
    target->addWidget(m_targetYear);
    target->addWidget(m_targetValue, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Direction:"), m_direction);
    // Rows holding a layout get no buddy by themselves; without one the mnemonic would show as "&".
    auto* baselineLabel = new QLabel(tr("&Baseline (year, value):"), this);
    baselineLabel->setBuddy(m_baselineYear);
    auto* targetLabel = new QLabel(tr("&Target (year, value):"), this);
    targetLabel->setBuddy(m_targetYear);
    form->addRow(baselineLabel, baseline);
    form->addRow(targetLabel, target);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(QString(), m_save);
    auto* valueButtons = new QHBoxLayout;
    valueButtons->addWidget(addValueButton);
    valueButtons->addWidget(removeValueButton);
    valueButtons->addStretch();
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_values, 1);
    right->addLayout(valueButtons);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);
    resize(820, 520);

    connect(m_list, &QListWidget::currentRowChanged, this, &IndicatorEditor::showIndicator);
    connect(m_save, &QPushButton::clicked, this, &IndicatorEditor::saveDefinition);
    connect(addIndicatorButton, &QPushButton::clicked, this, &IndicatorEditor::addIndicator);
    connect(removeIndicatorButton, &QPushButton::clicked, this, &IndicatorEditor::removeIndicator);
    connect(addValueButton, &QPushButton::clicked, this, &IndicatorEditor::addValue);
    connect(removeValueButton, &QPushButton::clicked, this, &IndicatorEditor::removeValue);
    connect(m_values, &QTableWidget::cellChanged, this, &IndicatorEditor::valueEdited);
    // Undo and redo elsewhere change what is shown here too. Queued: an edit made in the values table must not
    // rebuild that table while its own signal is still running.
    for (Store* store : std::initializer_list<Store*> {&stores.indicators, &stores.indicatorValues}) {
        connect(store, &Store::added, this, &IndicatorEditor::reloadList, Qt::QueuedConnection);
        connect(store, &Store::changed, this, &IndicatorEditor::reloadList, Qt::QueuedConnection);
        connect(store, &Store::removed, this, &IndicatorEditor::reloadList, Qt::QueuedConnection);
    }
    reloadList();
}

IndicatorEditor::~IndicatorEditor()
{
    // A cell editor still open commits its text when ~QDialog hides the dialog — after this object is gone. Stop
    // listening first (UBSan found the call into the half-destroyed editor).
    disconnect(m_values, nullptr, this, nullptr);
}

qint64 IndicatorEditor::currentIndicatorId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(IdRole).toLongLong() : 0;
}

void IndicatorEditor::selectIndicator(qint64 indicatorId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toLongLong() == indicatorId)
            m_list->setCurrentRow(row);
    }
}

void IndicatorEditor::reloadList()
{
    const qint64 current = currentIndicatorId();
    m_filling = true;
    m_list->clear();
    for (const Indicator& indicator :
         m_stores.indicators.list(QStringLiteral("plan_id"), m_planId, QStringLiteral("position, id"))) {
        auto* item = new QListWidgetItem(indicator.name, m_list);
        item->setData(IdRole, indicator.id);
    }
    m_filling = false;
    selectIndicator(current);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showIndicator();
}

void IndicatorEditor::showIndicator()
{
    if (m_filling)
        return;
    const std::optional<Indicator> indicator = m_stores.indicators.get(currentIndicatorId());
    m_filling = true;
    for (QWidget* widget : std::initializer_list<QWidget*> {m_name,
                                                            m_unit,
                                                            m_direction,
                                                            m_baselineYear,
                                                            m_baselineValue,
                                                            m_targetYear,
                                                            m_targetValue,
                                                            m_source,
                                                            m_save,
                                                            m_values})
        widget->setEnabled(indicator.has_value());
    const Indicator shown = indicator.value_or(Indicator());
    m_name->setText(shown.name);
    m_unit->setText(shown.unit);
    m_direction->setCurrentIndex(qMax(0, m_direction->findData(shown.direction)));
    m_baselineYear->setValue(shown.baselineYear.value_or(NoYear));
    m_baselineValue->setValue(shown.baselineValue.value_or(0));
    m_targetYear->setValue(shown.targetYear.value_or(NoYear));
    m_targetValue->setValue(shown.targetValue.value_or(0));
    m_source->setText(shown.source);
    m_values->setRowCount(0);
    if (indicator) {
        for (const IndicatorValue& value :
             m_stores.indicatorValues.list(QStringLiteral("indicator_id"), indicator->id, QStringLiteral("year"))) {
            const int row = m_values->rowCount();
            m_values->insertRow(row);
            auto* year = new QTableWidgetItem(QString::number(value.year));
            year->setData(IdRole, value.id);
            auto* measured = new QTableWidgetItem(QLocale().toString(value.value));
            measured->setData(IdRole, value.id);
            m_values->setItem(row, 0, year);
            m_values->setItem(row, 1, measured);
        }
    }
    m_filling = false;
}

Indicator IndicatorEditor::definition() const
{
    Indicator indicator = m_stores.indicators.get(currentIndicatorId()).value_or(Indicator());
    indicator.name = m_name->text().trimmed();
    indicator.unit = m_unit->text().trimmed();
    indicator.direction = m_direction->currentData().toString();
    const auto year = [](QSpinBox* box) {
        return box->value() == NoYear ? std::optional<int>() : std::optional<int>(box->value());
    };
    indicator.baselineYear = year(m_baselineYear);
    indicator.baselineValue = indicator.baselineYear ? std::optional<double>(m_baselineValue->value()) : std::nullopt;
    indicator.targetYear = year(m_targetYear);
    indicator.targetValue = indicator.targetYear ? std::optional<double>(m_targetValue->value()) : std::nullopt;
    indicator.source = m_source->text().trimmed();
    return indicator;
}

void IndicatorEditor::saveDefinition()
{
    const std::optional<Indicator> before = m_stores.indicators.get(currentIndicatorId());
    if (!before)
        return;
    const Indicator after = definition();
    if (Records::fields(after) != Records::fields(*before))
        m_push(Commands::editIndicator(m_stores, *before, after, m_onError));
}

void IndicatorEditor::addIndicator()
{
    Indicator indicator;
    indicator.planId = m_planId;
    indicator.name = tr("New indicator");
    indicator.position = m_list->count();
    auto* command = Commands::addIndicator(m_stores, indicator, m_onError);
    m_push(command);
    reloadList(); // at once, so that the new indicator can be chosen and named
    selectIndicator(command->valueId());
    m_name->setFocus();
    m_name->selectAll();
}

void IndicatorEditor::removeIndicator()
{
    if (const qint64 id = currentIndicatorId())
        m_push(new RemoveIndicatorCommand(m_stores, id, m_onError));
}

void IndicatorEditor::addValue()
{
    const qint64 indicatorId = currentIndicatorId();
    if (indicatorId == 0)
        return;
    // The year after the last one measured (or this year), which is what one records next.
    int year = QDate::currentDate().year();
    for (int row = 0; row < m_values->rowCount(); ++row)
        year = std::max(year, m_values->item(row, 0)->text().toInt() + 1);
    m_push(Commands::addIndicatorValue(m_stores, {0, indicatorId, year, 0.0}, m_onError));
    showIndicator();
}

void IndicatorEditor::removeValue()
{
    const int row = m_values->currentRow();
    if (row < 0)
        return;
    if (const std::optional<IndicatorValue> value
        = m_stores.indicatorValues.get(m_values->item(row, 0)->data(IdRole).toLongLong()))
        m_push(Commands::removeIndicatorValue(m_stores, *value, m_onError));
}

void IndicatorEditor::valueEdited(int row, int column)
{
    if (m_filling)
        return;
    const std::optional<IndicatorValue> before
        = m_stores.indicatorValues.get(m_values->item(row, column)->data(IdRole).toLongLong());
    if (!before)
        return;
    IndicatorValue after = *before;
    bool ok = false;
    const QString text = m_values->item(row, column)->text().trimmed();
    if (column == 0)
        after.year = text.toInt(&ok);
    else {
        // As the user's locale writes numbers (12,5 in Norwegian), or with a decimal point whatever the locale.
        const QString compact = QString(text).remove(QChar(0x00a0)).remove(QLatin1Char(' '));
        after.value = QLocale().toDouble(compact, &ok);
        if (!ok)
            after.value = QLocale::c().toDouble(QString(compact).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    }
    if (!ok) {
        showIndicator(); // not a number: put back what is stored
        return;
    }
    if (after.year != before->year || after.value != before->value)
        m_push(Commands::editIndicatorValue(m_stores, *before, after, m_onError));
}
