#include "templatedialog.h"

#include "currentcell.h"
#include "language.h"
#include "statuscolors.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // template texts are data, never markup
    label->setWordWrap(true);
    return label;
}

QString targetText(const PlanTemplate::IndicatorTemplate& indicator, const QString& unit)
{
    if (!indicator.targetYear || !indicator.targetValue)
        return {};
    return TemplateDialog::tr("%1 %2 by %3")
        .arg(QLocale().toString(*indicator.targetValue, 'g', 6), unit)
        .arg(*indicator.targetYear)
        .simplified();
}

} // namespace

TemplateDialog::TemplateDialog(const QVector<PlanTemplate>& templates,
                               const QString& municipalityName,
                               const QString& language,
                               int firstYear,
                               QWidget* parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_list(new QListWidget(this))
    , m_network(plainLabel(this))
    , m_description(plainLabel(this))
    , m_focusAreas(new QListWidget(this))
    , m_indicators(new QTreeWidget(this))
    , m_title(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_problem(plainLabel(this))
{
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(tr("New plan from template – %1").arg(municipalityName));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_focusAreas->setObjectName(QStringLiteral("templateFocusAreas"));
    m_focusAreas->setAccessibleName(tr("Focus areas of the template"));
    m_indicators->setObjectName(QStringLiteral("templateIndicators"));
    m_indicators->setAccessibleName(tr("Indicators of the template"));
    m_title->setObjectName(QStringLiteral("templatePlanTitle"));
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_from->setObjectName(QStringLiteral("templateFrom"));
    m_to->setObjectName(QStringLiteral("templateTo"));
    m_to->setAccessibleName(tr("Last year of the period"));
    m_from->setAccessibleName(tr("First year of the period"));
    m_network->setObjectName(QStringLiteral("templateNetwork"));
    m_description->setObjectName(QStringLiteral("templateDescription"));

    for (const QString& code : Language::codes())
        m_language->addItem(Language::name(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    for (QSpinBox* year : {m_from, m_to}) {
        year->setRange(2000, 2100);
        year->setGroupSeparatorShown(false);
    }
    m_from->setValue(firstYear);
    m_to->setValue(firstYear + 3);
    m_indicators->setHeaderLabels({tr("Indicator"), tr("Unit"), tr("Target")});
    m_indicators->setRootIsDecorated(false);
    m_indicators->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_indicators->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_indicators->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_indicators->header()->setStretchLastSection(false);
    m_list->setSpacing(3); // each template is two lines: its name and its kind of plan
    m_focusAreas->setSelectionMode(QAbstractItemView::NoSelection);
    m_indicators->setSelectionMode(QAbstractItemView::NoSelection);
    CurrentCell::keep(m_focusAreas);
    CurrentCell::keep(m_indicators);
    ChartPalette::markAsWarning(m_problem);
    m_problem->hide();

    auto* preview = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_network);
    previewLayout->addWidget(m_description);
    auto* areasBox = new QGroupBox(tr("Focus areas"), preview);
    (new QVBoxLayout(areasBox))->addWidget(m_focusAreas);
    auto* indicatorsBox = new QGroupBox(tr("Indicators"), preview);
    (new QVBoxLayout(indicatorsBox))->addWidget(m_indicators);
    previewLayout->addWidget(areasBox, 3);
    previewLayout->addWidget(indicatorsBox, 2);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(preview);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({240, 520});

    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Title of the new plan:"), m_title);
    form->addRow(tr("&Language of the plan:"), m_language);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from the structure of a network's plan: its focus areas and indicators, "
                                    "without measures."),
                                 this));
    layout->addWidget(splitter, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (const PlanTemplate& entry : m_templates) {
        auto* item = new QListWidgetItem(m_list);
        item->setToolTip(entry.isBuiltIn() ? tr("Comes with Action Plans")
                                           : tr("Saved by you in %1").arg(entry.fileName));
    }
    const auto refill = [this] {
        for (int i = 0; i < m_templates.size(); ++i) {
            const PlanTemplate& entry = m_templates.at(i);
            m_list->item(i)->setText(
                QStringLiteral("%1\n%2").arg(entry.name.in(this->language()), Vocabulary::planKindName(entry.kind)));
        }
        showChosen();
    };
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplateDialog::showChosen);
    connect(m_language, &QComboBox::currentIndexChanged, this, refill);
    connect(m_from, &QSpinBox::valueChanged, this, [this](int from) {
        if (m_to->value() < from)
            m_to->setValue(from + 3);
        showChosen();
    });
    connect(m_to, &QSpinBox::valueChanged, this, &TemplateDialog::showChosen);
    refill();
    m_list->setCurrentRow(0);
    resize(820, 600);
}

const PlanTemplate& TemplateDialog::chosen() const
{
    return m_templates.at(qBound(0, m_list->currentRow(), int(m_templates.size()) - 1));
}

QString TemplateDialog::title() const
{
    return m_title->text().simplified();
}

QString TemplateDialog::language() const
{
    return m_language->currentData().toString();
}

int TemplateDialog::periodFrom() const
{
    return m_from->value();
}

int TemplateDialog::periodTo() const
{
    return m_to->value();
}

void TemplateDialog::showChosen()
{
    if (m_templates.isEmpty() || m_list->currentRow() < 0)
        return;
    const PlanTemplate& entry = chosen();
    const QString code = language();
    const QString network = entry.network.in(code);
    m_network->setText(network.isEmpty() ? QString() : tr("From the network: %1").arg(network));
    m_network->setVisible(!network.isEmpty());
    m_description->setText(entry.description.in(code));
    m_description->setVisible(!m_description->text().isEmpty());
    m_focusAreas->clear();
    for (const PlanTemplate::Text& area : entry.focusAreas)
        m_focusAreas->addItem(area.in(code));
    m_indicators->clear();
    for (const PlanTemplate::IndicatorTemplate& indicator : entry.indicators) {
        const QString unit = indicator.unit.in(code);
        auto* item = new QTreeWidgetItem(m_indicators, {indicator.name.in(code), unit, targetText(indicator, unit)});
        item->setToolTip(0, indicator.source.in(code));
    }
    // The title follows the template and period until the adviser writes their own.
    if (m_title->text() == m_titleShown) {
        m_titleShown = QStringLiteral("%1 %2–%3").arg(entry.planTitle.in(code)).arg(periodFrom()).arg(periodTo());
        m_title->setText(m_titleShown);
    }
}

void TemplateDialog::accept()
{
    if (m_templates.isEmpty())
        return;
    if (title().isEmpty()) {
        m_problem->setText(tr("Give the new plan a title."));
        m_problem->show();
        m_title->setFocus();
        return;
    }
    if (periodTo() < periodFrom()) {
        m_problem->setText(tr("The period cannot end before it starts."));
        m_problem->show();
        m_to->setFocus();
        return;
    }
    QDialog::accept();
}
