#include "welcomedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(const QVector<QPair<qint64, QString>>& municipalities, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_municipality(new QComboBox(this))
    , m_userName(new QLineEdit(this))
    , m_samples(new QCommandLinkButton(this))
    , m_template(new QCommandLinkButton(this))
    , m_import(new QCommandLinkButton(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Action Plans"));
    m_intro->setObjectName(QStringLiteral("welcomeIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Plan your municipality's plastic-smart, circular and climate measures, give each an owner and "
                        "a deadline, follow progress and bring the plan to the council as a PDF. Everything is kept in "
                        "one file on this computer and saved as you go."));

    // Any of the 357 municipalities, found by typing part of its name.
    m_municipality->setObjectName(QStringLiteral("welcomeMunicipality"));
    m_municipality->setEditable(true);
    m_municipality->setInsertPolicy(QComboBox::NoInsert);
    m_municipality->addItem(QString(), 0);
    for (const auto& [id, name] : municipalities)
        m_municipality->addItem(name, id);
    m_municipality->completer()->setFilterMode(Qt::MatchContains);
    m_municipality->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_municipality->lineEdit()->setPlaceholderText(tr("Type the name of your municipality"));
    connect(m_municipality, &QComboBox::currentIndexChanged, this, &WelcomeDialog::updateButtons);

    m_samples->setObjectName(QStringLiteral("welcomeSamples"));
    m_samples->setText(tr("Look around the sample plans"));
    m_samples->setDescription(tr("Made-up plans of a few municipalities and their networks, to try everything on."));
    m_template->setObjectName(QStringLiteral("welcomeTemplate"));
    m_template->setText(tr("Start a new plan from a template"));
    m_template->setDescription(
        tr("For your municipality, with the focus areas and indicators of a plastic-smart, circular or climate plan."));
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_import->setText(tr("Import a spreadsheet"));
    m_import->setDescription(tr("A new plan for your municipality with the measures of an Excel or CSV file."));
    connect(m_samples, &QCommandLinkButton::clicked, this, [this] { choose(Choice::SamplePlans); });
    connect(m_template, &QCommandLinkButton::clicked, this, [this] { choose(Choice::NewPlanFromTemplate); });
    connect(m_import, &QCommandLinkButton::clicked, this, [this] { choose(Choice::ImportSpreadsheet); });

    m_userName->setObjectName(QStringLiteral("welcomeUserName"));
    m_userName->setToolTip(tr("The change history of every measure says who made each change"));
    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("Your &name:"), m_userName);
    auto* form = new QFormLayout;
    form->addRow(tr("Your &municipality:"), m_municipality);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(nameForm);
    layout->addWidget(m_samples);
    layout->addLayout(form);
    layout->addWidget(m_template);
    layout->addWidget(m_import);
    layout->addStretch();
    layout->addWidget(buttons);
    // Tab follows the order on screen.
    setTabOrder(m_userName, m_samples);
    setTabOrder(m_samples, m_municipality);
    setTabOrder(m_municipality, m_template);
    setTabOrder(m_template, m_import);
    updateButtons();
    resize(560, sizeHint().height());
}

qint64 WelcomeDialog::municipalityId() const
{
    return m_municipality->currentData().toLongLong();
}

void WelcomeDialog::setUserName(const QString& name)
{
    m_userName->setText(name);
}

QString WelcomeDialog::userName() const
{
    return m_userName->text().trimmed();
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

void WelcomeDialog::setCanCreatePlans(bool can)
{
    m_canCreatePlans = can;
    m_municipality->setEnabled(can);
    updateButtons();
}

void WelcomeDialog::updateButtons()
{
    const bool chosen = m_canCreatePlans && municipalityId() > 0;
    m_template->setEnabled(chosen);
    m_import->setEnabled(chosen);
}
