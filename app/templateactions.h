#pragma once

#include "plantemplate.h"
#include "storecommand.h"

#include <QObject>

class QUndoStack;
class QWidget;
class Stores;

// Plan → New plan from template… and Plan → Save as template…: the dialogs, and the plan made or the file written.
class TemplateActions : public QObject
{
    Q_OBJECT

public:
    TemplateActions(QUndoStack* undoStack, ErrorHandler onError, QWidget* parent);

    // Where the adviser's own templates are kept (beside the default database, in "templates").
    static QString userFolder();

    // Asks for a template and the new plan's title, language and period; the plan made, or 0.
    qint64 newPlan(Stores& stores, qint64 municipalityId);
    // Makes the plan as one undo step; its id, or 0 after telling why not.
    qint64 createPlan(Stores& stores,
                      const PlanTemplate& chosen,
                      qint64 municipalityId,
                      const QString& language,
                      const QString& title,
                      int from,
                      int to);
    // Asks for a name and saves the plan's focus areas and indicators as a template of one's own.
    bool saveAsTemplate(Stores& stores, qint64 planId);

signals:
    void message(const QString& text);

private:
    QUndoStack* m_undoStack;
    ErrorHandler m_onError;
    QWidget* m_parent;
};
