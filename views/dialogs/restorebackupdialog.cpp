#include "restorebackupdialog.h"

#include "currentcell.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(const QString& databasePath,
                                         const QVector<Backups::Backup>& backups,
                                         QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText); // the path is the user's
    intro->setWordWrap(true);
    intro->setText(tr("Backups of “%1” are kept in “%2”: one a day when the file is opened, one before each upgrade "
                      "and one before each restore; the newest %3 are kept.\n\n"
                      "Restoring puts the plans back as they were when the backup was made. The plans as they are "
                      "now are backed up first, so you can go back by restoring that backup.")
                       .arg(QFileInfo(databasePath).fileName(), QDir::toNativeSeparators(Backups::folder(databasePath)))
                       .arg(Backups::Kept));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Why"), tr("Size")});
    const QLocale locale;
    for (const Backups::Backup& backup : backups) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(backup.made, QLocale::ShortFormat));
        item->setText(1, Backups::describe(backup.reason));
        item->setText(2, locale.formattedDataSize(backup.bytes));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, backup.path);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    CurrentCell::keep(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        m_restore->setEnabled(current != nullptr);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 380);
}

QString RestoreBackupDialog::chosenPath() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}
