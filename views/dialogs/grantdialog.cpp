#include "grantdialog.h"

#include "language.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

GrantDialog::GrantDialog(const Grant& grant, QWidget* parent)
    : QDialog(parent)
    , m_grant(grant)
    , m_programme(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_hasReport(new QCheckBox(this))
    , m_reportDue(new QDateEdit(this))
    , m_reportSent(new QCheckBox(this))
    , m_note(new QLineEdit(grant.note, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("grantDialog"));
    setWindowTitle(grant.id > 0 ? tr("Grant") : tr("New grant"));
    // Programmes Norwegian municipalities often use; any other can be typed.
    m_programme->setEditable(true);
    m_programme->setObjectName(QStringLiteral("grantProgramme"));
    m_programme->addItems({QStringLiteral("Klimasats"),
                           QStringLiteral("Enova"),
                           QStringLiteral("Handelens miljøfond"),
                           QStringLiteral("Miljødirektoratet"),
                           QStringLiteral("Innovasjon Norge"),
                           QStringLiteral("Statsforvalteren")});
    m_programme->setCurrentText(grant.programme);
    for (const QString& code : Vocabulary::grantStatuses())
        m_status->addItem(Vocabulary::grantStatusName(code), code);
    m_status->setCurrentIndex(qMax(0, m_status->findData(grant.status)));
    m_amount->setRange(0, 1e10);
    m_amount->setDecimals(0);
    m_amount->setSingleStep(10000);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setSuffix(tr(" kr"));
    m_amount->setSpecialValueText(tr("not known"));
    m_amount->setValue(grant.amountNok.value_or(0));
    m_hasReport->setText(tr("Report due on"));
    m_hasReport->setChecked(grant.reportDue.isValid());
    m_reportDue->setCalendarPopup(true);
    m_reportDue->setDisplayFormat(Language::dateFormat());
    m_reportDue->setDate(grant.reportDue.isValid() ? grant.reportDue : QDate::currentDate().addMonths(12));
    m_reportDue->setEnabled(m_hasReport->isChecked());
    m_reportSent->setText(tr("Report sent"));
    m_reportSent->setChecked(grant.reportSent);
    m_reportSent->setEnabled(m_hasReport->isChecked());
    connect(m_hasReport, &QCheckBox::toggled, m_reportDue, &QWidget::setEnabled);
    connect(m_hasReport, &QCheckBox::toggled, m_reportSent, &QWidget::setEnabled);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problem->hide();

    auto* report = new QHBoxLayout;
    report->addWidget(m_hasReport);
    report->addWidget(m_reportDue);
    report->addWidget(m_reportSent);
    report->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Programme:"), m_programme);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(QString(), report);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

Grant GrantDialog::grant() const
{
    Grant grant = m_grant;
    grant.programme = m_programme->currentText().trimmed();
    grant.status = m_status->currentData().toString();
    grant.amountNok = m_amount->value() > 0 ? std::optional<double>(m_amount->value()) : std::nullopt;
    grant.reportDue = m_hasReport->isChecked() ? m_reportDue->date() : QDate();
    grant.reportSent = m_hasReport->isChecked() && m_reportSent->isChecked();
    grant.note = m_note->text().trimmed();
    return grant;
}

void GrantDialog::accept()
{
    if (m_programme->currentText().trimmed().isEmpty()) {
        m_problem->setText(tr("Name the programme the grant comes from."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}
