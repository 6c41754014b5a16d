#pragma once

#include "backups.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

// File → Restore from backup…: the file's backups, newest first, with when and why each was made; the one chosen is
// restored by the caller.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString& databasePath,
                        const QVector<Backups::Backup>& backups,
                        QWidget* parent = nullptr);
    // The path of the backup chosen, or empty.
    QString chosenPath() const;
    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list;
    QPushButton* m_restore;
};
