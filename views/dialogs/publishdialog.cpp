#include "publishdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PublishDialog::PublishDialog(const QString& planTitle, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(QDir::toNativeSeparators(folder), this))
    , m_language(new QComboBox(this))
    , m_internal(
          new QCheckBox(tr("Also publish &internal matter: progress notes, costs and amounts, owners' names"), this))
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish as website"));
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText); // the title is the user's
    intro->setWordWrap(true);
    intro->setText(tr("“%1” as a website for residents: an overview, a page for every measure, focus area and status, "
                      "the indicators with their charts, and an accessibility statement. The pages need no "
                      "server and no JavaScript: open index.html from the folder, or copy the folder to the "
                      "municipality's web server.")
                       .arg(planTitle));

    m_folder->setObjectName(QStringLiteral("publishFolder"));
    m_folder->setAccessibleName(tr("Folder for the website"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the folder for the website"));
    connect(browse, &QPushButton::clicked, this, &PublishDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_language->setObjectName(QStringLiteral("publishLanguage"));
    m_language->setAccessibleName(tr("Language of the website"));
    m_language->addItem(tr("The municipality's written standard"), QString());
    m_language->addItem(tr("Bokmål"), QStringLiteral("nb"));
    m_language->addItem(tr("Nynorsk"), QStringLiteral("nn"));
    m_language->addItem(tr("English"), QStringLiteral("en"));

    m_internal->setObjectName(QStringLiteral("publishInternal"));
    m_internal->setChecked(false);
    auto* internalNote = new QLabel(
        tr("Off by default: notes are often written for colleagues, and names of persons and costs are not always "
           "meant for the public. The responsible unit, status, progress and deadlines are always published."),
        this);
    internalNote->setWordWrap(true);
    m_internal->setAccessibleDescription(internalNote->text());

    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    const auto update = [this] {
        m_publish->setEnabled(!m_folder->text().trimmed().isEmpty());
    };
    connect(m_folder, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_internal);
    layout->addWidget(internalNote);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    // Tab in the order the eye reads: the fields were made before the button beside the folder.
    setTabOrder(m_folder, browse);
    setTabOrder(browse, m_language);
    setTabOrder(m_language, m_internal);
    setTabOrder(m_internal, m_publish);
    m_folder->setFocus(); // the one thing to give: where
}

QString PublishDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

QString PublishDialog::language() const
{
    return m_language->currentData().toString();
}

bool PublishDialog::includeInternal() const
{
    return m_internal->isChecked();
}

void PublishDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the website"), folder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}
