#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

// File › Publish as website…: where the plan's site goes, in which language, and whether internal matter (progress
// notes, costs and amounts, owners' names) goes too — off unless ticked, and the dialog says why.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    PublishDialog(const QString& planTitle, const QString& folder, QWidget* parent = nullptr);

    QString folder() const;
    // nb, nn or en; empty for the municipality's written standard.
    QString language() const;
    bool includeInternal() const;

private:
    void chooseFolder();

    QLineEdit* m_folder;
    QComboBox* m_language;
    QCheckBox* m_internal;
    QPushButton* m_publish;
};
