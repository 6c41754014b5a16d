#pragma once

#include "storecommand.h"

#include <QCoreApplication>
#include <QObject>

class QUndoStack;
class QWidget;
class Stores;

// Edits that go through a dialog or a menu over several measures: asks the user, then pushes the one undo
// command that carries the answer out. Keeps MainWindow to wiring panes and menus.
class DialogEdits : public QObject
{
    Q_OBJECT

public:
    DialogEdits(QUndoStack* undoStack, ErrorHandler onError, QWidget* parent);

    // Returns true when the plan, its focus areas or its owners were changed.
    bool editPlanProperties(Stores& stores, qint64 planId);
    // Adds (grantId 0, to measureId) or edits a grant.
    void editGrant(Stores& stores, qint64 grantId, qint64 measureId);
    void editIndicators(Stores& stores, qint64 planId);
    void recordProgress(Stores& stores, qint64 measureId);
    // The municipality's circular self-assessment: saved as a new, dated assessment (one undo step).
    void assess(Stores& stores, qint64 municipalityId);
    // One undo step, one transaction, for all the measures.
    void setStatus(Stores& stores, const QVector<qint64>& measureIds, const QString& statusCode);
    void setOwner(Stores& stores, const QVector<qint64>& measureIds, qint64 ownerId);

private:
    void editMeasures(Stores& stores,
                      const QVector<qint64>& measureIds,
                      const std::function<void(Measure*)>& change,
                      const QString& text);

    QWidget* m_parent;
    QUndoStack* m_undoStack;
    ErrorHandler m_onError;
};
