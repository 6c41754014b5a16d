#pragma once

#include <QDialog>

class QListWidget;

// Why an import changed nothing: every problem with its place (file:line:column), as the command line prints them,
// in a list the adviser can read, select and copy.
class ImportProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportProblemsDialog(const QString& fileName, const QStringList& problems, int total, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
};
