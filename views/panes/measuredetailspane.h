#pragma once

#include "entities.h"

#include <QWidget>

#include <optional>

class ChangeHistoryModel;
class GrantModel;
class ProgressHistoryModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class Stores;

// The details of the current measure: its description and funding (edited in place), its owner, its progress
// history and "who changed what". Edits are handed to the window as requests, which makes them undoable commands.
class MeasureDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureDetailsPane(QWidget* parent = nullptr);
    ~MeasureDetailsPane() override;

    void setStores(Stores* stores);
    void setMeasure(qint64 measureId);
    qint64 measureId() const { return m_measureId; }
    // A file open read-only: everything is shown, nothing can be edited.
    void setReadOnly(bool readOnly);

signals:
    // The user finished editing the description or funding source of the measure.
    void editRequested(const Measure& before, const Measure& after);
    void recordProgressRequested(qint64 measureId);
    void addGrantRequested(qint64 measureId);
    void editGrantRequested(qint64 grantId);
    void removeGrantRequested(qint64 grantId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void commitText();
    void fillJointProjects(const Measure& measure);
    qint64 currentGrantId() const;
    void updateGrantButtons();

    Stores* m_stores = nullptr;
    qint64 m_measureId = 0;
    bool m_readOnly = false;
    bool m_editable = false; // the measure shown may be changed by this user
    std::optional<Measure> m_shown; // the measure as the fields show it
    std::unique_ptr<ProgressHistoryModel> m_progressModel;
    std::unique_ptr<ChangeHistoryModel> m_changeModel;
    std::unique_ptr<GrantModel> m_grantModel;
    QLabel* m_title;
    QLabel* m_owner;
    QLabel* m_origin;
    QLabel* m_descriptionLabel;
    QPlainTextEdit* m_description;
    QLabel* m_fundingLabel;
    QLineEdit* m_funding;
    QLabel* m_jointProjectLabel;
    QComboBox* m_jointProject;
    QLabel* m_grantsLabel;
    QTableView* m_grantsView;
    QPushButton* m_addGrant;
    QPushButton* m_editGrant;
    QPushButton* m_removeGrant;
    QLabel* m_progressLabel;
    QTableView* m_progressView;
    QPushButton* m_recordButton;
    QLabel* m_changesLabel;
    QTableView* m_changesView;
};
