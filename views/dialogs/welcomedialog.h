#pragma once

// The first-start welcome: what the app is for, and three ways in — look around the sample plans, start a new plan for
// one's municipality from a template, or bring the plan one has in a spreadsheet. The caller does what was chosen.

#include <QDialog>
#include <QPair>
#include <QVector>

class QComboBox;
class QCommandLinkButton;
class QLabel;
class QLineEdit;

class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, SamplePlans, NewPlanFromTemplate, ImportSpreadsheet };

    // municipalities: id and name of each, in the order to offer them.
    explicit WelcomeDialog(const QVector<QPair<qint64, QString>>& municipalities, QWidget* parent = nullptr);

    // Off for a file open read-only: then only the sample plans are offered.
    void setCanCreatePlans(bool can);
    Choice choice() const { return m_choice; }
    // The name the change history gives one's edits, filled in with the one in use.
    void setUserName(const QString& name);
    QString userName() const;
    qint64 municipalityId() const;

private:
    void choose(Choice choice);
    void updateButtons();

    Choice m_choice = Choice::None;
    bool m_canCreatePlans = true;
    QLabel* m_intro;
    QComboBox* m_municipality;
    QLineEdit* m_userName;
    QCommandLinkButton* m_samples;
    QCommandLinkButton* m_template;
    QCommandLinkButton* m_import;
};
