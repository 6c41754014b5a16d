#include "reportoptionsdialog.h"

#include "language.h"
#include "plancheckpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ReportOptionsDialog::ReportOptionsDialog(const QString& planTitle,
                                         const ReportOptions& defaults,
                                         Purpose purpose,
                                         Preview preview,
                                         PlanCheckModel* check,
                                         QWidget* parent)
    : QDialog(parent)
    , m_defaults(defaults)
    , m_preview(std::move(preview))
    , m_language(new QComboBox(this))
    , m_openOnly(new QCheckBox(tr("Only &open measures (leave out done and cancelled ones)"), this))
    , m_pdfA(new QCheckBox(tr("PDF/&A-1b for the archive (Noark 5)"), this))
    , m_offersPdfA(purpose == Purpose::ExportPdf) // paper has no PDF version
{
    setObjectName(QStringLiteral("reportOptionsDialog"));
    setWindowTitle(purpose == Purpose::Print ? tr("Print council report") : tr("Export council report"));
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText); // the plan title is the user's text
    intro->setWordWrap(true);
    intro->setText(tr("The status report of “%1” for the municipal council.").arg(planTitle));

    m_language->setObjectName(QStringLiteral("reportLanguage"));
    for (const QString& code : Language::codes())
        m_language->addItem(Language::name(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(defaults.language)));

    auto* sections = new QGroupBox(tr("Sections"), this);
    auto* sectionsLayout = new QVBoxLayout(sections);
    const QVector<QPair<int, QString>> names = {
        {ReportOptions::Summary, tr("&Summary: measures by status, overdue and upcoming deadlines")},
        {ReportOptions::Indicators, tr("&Indicators against their targets")},
        {ReportOptions::Changes, tr("&Changes since the last report")},
        {ReportOptions::Charts, tr("C&harts")},
        {ReportOptions::Measures, tr("&Measures by focus area")},
        {ReportOptions::Check, tr("Plan chec&k: score and findings")},
        {ReportOptions::Assessment, tr("Circular self-&assessment, where the municipality has made one")},
    };
    for (const auto& [section, name] : names) {
        auto* box = new QCheckBox(name, sections);
        box->setObjectName(QStringLiteral("section%1").arg(section));
        box->setChecked(defaults.has(ReportOptions::Section(section)));
        connect(box, &QCheckBox::toggled, this, &ReportOptionsDialog::updateButtons);
        sectionsLayout->addWidget(box);
        m_sections.append({section, box});
    }
    m_openOnly->setObjectName(QStringLiteral("openMeasuresOnly"));
    m_openOnly->setChecked(defaults.openMeasuresOnly);
    m_pdfA->setObjectName(QStringLiteral("pdfA"));
    m_pdfA->setChecked(defaults.pdfA);
    m_pdfA->setVisible(m_offersPdfA);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("previewReport"));
    m_accept = buttons->addButton(purpose == Purpose::Print ? tr("&Print…") : tr("&Save PDF…"),
                                  QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptReport"));
    m_accept->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, [this] {
        if (m_preview)
            m_preview(options());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* choices = new QVBoxLayout;
    choices->addWidget(intro);
    choices->addLayout(form);
    choices->addWidget(sections);
    choices->addWidget(m_openOnly);
    choices->addWidget(m_pdfA);
    choices->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(choices);
    if (check) {
        // The check is offered before every report: the adviser sees what is missing while it can still be fixed.
        auto* box = new QGroupBox(tr("Before the council sees it"), this);
        auto* pane = new PlanCheckPane(box);
        pane->setModel(check);
        pane->setMinimumWidth(380);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(pane);
        columns->addWidget(box, 1);
        connect(pane, &PlanCheckPane::measureRequested, this, [this](qint64 measureId) {
            reject();
            emit measureRequested(measureId);
        });
        connect(pane, &PlanCheckPane::planFindingRequested, this, [this](int rule) {
            reject();
            emit planFindingRequested(rule);
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    updateButtons();
}

ReportOptions ReportOptionsDialog::options() const
{
    ReportOptions options = m_defaults;
    options.language = m_language->currentData().toString();
    options.sections = 0;
    for (const auto& [section, box] : m_sections) {
        if (box->isChecked())
            options.sections |= section;
    }
    options.openMeasuresOnly = m_openOnly->isChecked();
    options.pdfA = m_offersPdfA ? m_pdfA->isChecked() : m_defaults.pdfA;
    return options;
}

void ReportOptionsDialog::updateButtons()
{
    // The title block alone is no report: at least one section must be chosen.
    const bool any = std::any_of(
        m_sections.begin(), m_sections.end(), [](const auto& entry) { return entry.second->isChecked(); });
    m_accept->setEnabled(any);
}
