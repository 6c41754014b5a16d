#include "dialogedits.h"

#include "assessmentdialog.h"
#include "entitycommands.h"
#include "grantdialog.h"
#include "indicatoreditor.h"
#include "language.h"
#include "measurecommands.h"
#include "measurehistorymodels.h"
#include "plancommands.h"
#include "planpropertiesdialog.h"
#include "recordprogressdialog.h"
#include "stores.h"
#include "uilanguage.h"
#include "vocabulary.h"

#include <QUndoStack>
#include <QWidget>

namespace {

// Same ids and same stored values, in the same order.
template <class T> bool sameList(const QVector<T>& a, const QVector<T>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || Records::fields(a[i]) != Records::fields(b[i]))
            return false;
    }
    return true;
}

} // namespace

DialogEdits::DialogEdits(QUndoStack* undoStack, ErrorHandler onError, QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
    , m_undoStack(undoStack)
    , m_onError(std::move(onError))
{
}

bool DialogEdits::editPlanProperties(Stores& stores, qint64 planId)
{
    const std::optional<Plan> plan = planId > 0 ? stores.plans.get(planId) : std::nullopt;
    if (!plan)
        return false;
    const std::optional<Municipality> municipality = stores.municipalities.get(plan->municipalityId);
    const QVector<FocusArea> areas
        = stores.focusAreas.list(QStringLiteral("plan_id"), planId, QStringLiteral("position, id"));
    const QVector<Owner> owners
        = stores.owners.list(QStringLiteral("municipality_id"), plan->municipalityId, QStringLiteral("name"));
    ChangeHistoryModel history(stores);
    history.setSubject(QStringLiteral("plans"), planId);
    // What measures use cannot be removed in the dialog (only renamed or moved).
    PlanPropertiesDialog dialog(*plan,
                                municipality ? municipality->name : QString(),
                                areas,
                                owners,
                                stores.measures.usedFocusAreaIds(plan->municipalityId),
                                stores.measures.usedOwnerIds(plan->municipalityId),
                                &history,
                                m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (Records::fields(dialog.plan()) == Records::fields(*plan) && sameList(areas, dialog.focusAreas())
        && sameList(owners, dialog.owners()))
        return false; // nothing changed: no undo step
    m_undoStack->push(new PlanPropertiesCommand(stores,
                                                *plan,
                                                dialog.plan(),
                                                ListChange<FocusArea>(areas, dialog.focusAreas()),
                                                ListChange<Owner>(owners, dialog.owners()),
                                                m_onError));
    return true;
}

void DialogEdits::editGrant(Stores& stores, qint64 grantId, qint64 measureId)
{
    Grant grant;
    grant.measureId = measureId;
    if (grantId > 0) {
        const std::optional<Grant> stored = stores.grants.get(grantId);
        if (!stored)
            return;
        grant = *stored;
    } else if (measureId <= 0) {
        return;
    }
    GrantDialog dialog(grant, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Grant after = dialog.grant();
    if (grantId == 0)
        m_undoStack->push(Commands::addGrant(stores, after, m_onError));
    else if (Records::fields(after) != Records::fields(grant))
        m_undoStack->push(Commands::editGrant(stores, grant, after, m_onError));
}

void DialogEdits::editIndicators(Stores& stores, qint64 planId)
{
    if (!stores.plans.get(planId))
        return;
    IndicatorEditor editor(
        stores, planId, [this](QUndoCommand* command) { m_undoStack->push(command); }, m_onError, m_parent);
    editor.exec();
}

void DialogEdits::recordProgress(Stores& stores, qint64 measureId)
{
    const std::optional<Measure> measure = measureId > 0 ? stores.measures.get(measureId) : std::nullopt;
    if (!measure)
        return;
    RecordProgressDialog dialog(*measure, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        m_undoStack->push(new RecordProgressCommand(stores, dialog.update(), m_onError));
}

void DialogEdits::editMeasures(Stores& stores,
                               const QVector<qint64>& measureIds,
                               const std::function<void(Measure*)>& change,
                               const QString& text)
{
    QVector<Measure> before;
    QVector<Measure> after;
    for (qint64 id : measureIds) {
        const std::optional<Measure> measure = stores.measures.get(id);
        if (!measure)
            continue;
        Measure changed = *measure;
        change(&changed);
        before << *measure;
        after << changed;
    }
    if (!after.isEmpty())
        m_undoStack->push(new EditMeasuresCommand(stores, before, after, text, m_onError));
}

void DialogEdits::setStatus(Stores& stores, const QVector<qint64>& measureIds, const QString& statusCode)
{
    editMeasures(
        stores,
        measureIds,
        [&statusCode](Measure* measure) {
            measure->status = statusCode;
            if (statusCode == QLatin1String("done"))
                measure->progress = 100; // done is all the way
        },
        tr("Set status of %n measure(s) to %1", nullptr, int(measureIds.size()))
            .arg(Vocabulary::measureStatusName(statusCode)));
}

void DialogEdits::setOwner(Stores& stores, const QVector<qint64>& measureIds, qint64 ownerId)
{
    const std::optional<Owner> owner = stores.owners.get(ownerId);
    if (!owner)
        return;
    editMeasures(
        stores,
        measureIds,
        [ownerId](Measure* measure) { measure->ownerId = ownerId; },
        tr("Set owner of %n measure(s) to %1", nullptr, int(measureIds.size())).arg(owner->name));
}

void DialogEdits::assess(Stores& stores, qint64 municipalityId)
{
    const std::optional<Municipality> municipality = stores.municipalities.get(municipalityId);
    if (!municipality)
        return;
    AssessmentDialog dialog(stores, municipalityId, UiLanguage::effective(UiLanguage::setting()), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AssessmentRecord record;
    record.municipalityId = municipalityId;
    record.madeOn = dialog.madeOn();
    record.answers = Assessment::answersJson(dialog.scores());
    m_undoStack->push(new AddCommand<AssessmentRecord>(
        stores,
        stores.assessments,
        record,
        tr("Self-assessment of %1 on %2").arg(municipality->name, Language::formatDate(record.madeOn)),
        m_onError));
}
