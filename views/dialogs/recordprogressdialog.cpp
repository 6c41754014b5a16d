#include "recordprogressdialog.h"

#include "language.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

RecordProgressDialog::RecordProgressDialog(const Measure& measure, QWidget* parent)
    : QDialog(parent)
    , m_measureId(measure.id)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_status(new QComboBox(this))
    , m_progress(new QSpinBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_commentPublic(new QCheckBox(tr("Publish the comment as the reason for the status"), this))
{
    setWindowTitle(tr("Record progress"));
    setObjectName(QStringLiteral("recordProgressDialog"));
    auto* heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText); // the title is the user's text
    heading->setWordWrap(true);
    heading->setText(measure.code.isEmpty() ? measure.title : tr("%1 %2").arg(measure.code, measure.title));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Language::dateFormat());
    m_date->setObjectName(QStringLiteral("progressDate"));
    for (const QString& code : Vocabulary::measureStatuses())
        m_status->addItem(Vocabulary::measureStatusName(code), code);
    m_status->setCurrentIndex(qMax(0, m_status->findData(measure.status)));
    m_status->setObjectName(QStringLiteral("progressStatus"));
    m_progress->setRange(0, 100);
    m_progress->setSingleStep(5);
    m_progress->setSuffix(tr(" %"));
    m_progress->setValue(measure.progress);
    m_progress->setObjectName(QStringLiteral("progressValue"));
    m_comment->setObjectName(QStringLiteral("progressComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What happened since the last update?"));
    m_commentPublic->setObjectName(QStringLiteral("progressCommentPublic"));
    m_commentPublic->setToolTip(tr("Comments are internal; when this is ticked, the website for residents shows this "
                                   "one beside the status, for example why a measure is delayed"));
    // Done means 100 %; a measure at 100 % is done.
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (m_status->currentData().toString() == QLatin1String("done"))
            m_progress->setValue(100);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Progress:"), m_progress);
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(QString(), m_commentPublic);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_progress->setFocus();
    m_progress->selectAll();
}

ProgressUpdate RecordProgressDialog::update() const
{
    return {0,
            m_measureId,
            m_date->date(),
            m_status->currentData().toString(),
            m_progress->value(),
            m_comment->toPlainText().trimmed(),
            m_commentPublic->isChecked()};
}
