#include "importproblemsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ImportProblemsDialog::ImportProblemsDialog(const QString& fileName,
                                           const QStringList& problems,
                                           int total,
                                           QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("importProblemsDialog"));
    setWindowTitle(tr("Nothing was imported"));
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText); // the file name is the user's
    intro->setWordWrap(true);
    intro->setText(total > problems.size()
                       ? tr("“%1” has %n problem(s); the first %2 are listed. Fix them in the spreadsheet and import "
                            "again: nothing is imported until every row is right.",
                            nullptr,
                            total)
                             .arg(fileName)
                             .arg(problems.size())
                       : tr("“%1” has %n problem(s). Fix them in the spreadsheet and import again: nothing is "
                            "imported until every row is right.",
                            nullptr,
                            total)
                             .arg(fileName));
    m_list->setObjectName(QStringLiteral("importProblems"));
    m_list->addItems(problems); // QListWidget shows item text as plain text
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy list"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [problems] {
        QApplication::clipboard()->setText(problems.join(QLatin1Char('\n')));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}
