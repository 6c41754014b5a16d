#pragma once

#include "entities.h"

#include <QWidget>

#include <functional>
#include <optional>

class ChangeHistoryModel;
class GrantModel;
class MeasureLinkRow;
class ProgressHistoryModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class Stores;
class UnsavedEditBar;

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
    // The description or funding the user typed was not saved (the server did not answer, or someone else changed
    // it meanwhile): the text stays, in the fields and across other measures, until it is saved or discarded. The
    // next try writes over `before` (for a conflict: the measure as it is now, whose other value reason names).
    void keepUnsaved(const Measure& before, const Measure& after, const QString& reason);
    bool hasUnsaved() const { return m_unsaved.has_value(); }

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
    void saveAgain();
    void discardUnsaved();
    void showUnsaved();
    // The joint project and the indicator the measure can be linked to.
    void fillLinks(const Measure& measure);
    // Asks for the measure as change leaves it.
    void editLink(const std::function<void(Measure&)>& change);
    qint64 currentGrantId() const;
    void updateGrantButtons();

    Stores* m_stores = nullptr;
    qint64 m_measureId = 0;
    bool m_readOnly = false;
    bool m_editable = false; // the measure shown may be changed by this user
    std::optional<Measure> m_shown; // the measure as the fields show it
    struct Unsaved
    {
        Measure before; // what the edit goes over
        QString description;
        QString fundingSource;
        QString reason;
    };
    std::optional<Unsaved> m_unsaved;
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
    MeasureLinkRow* m_jointProject;
    MeasureLinkRow* m_indicator;
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
    UnsavedEditBar* m_unsavedBar;
};
