#include "templateactions.h"

#include "language.h"
#include "plaindialogs.h"
#include "plancommands.h"
#include "stores.h"
#include "templatedialog.h"

#include <QDate>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUndoStack>

TemplateActions::TemplateActions(QUndoStack* undoStack, ErrorHandler onError, QWidget* parent)
    : QObject(parent)
    , m_undoStack(undoStack)
    , m_onError(std::move(onError))
    , m_parent(parent)
{
}

QString TemplateActions::userFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("templates"));
}

qint64 TemplateActions::newPlan(Stores& stores, qint64 municipalityId)
{
    const std::optional<Municipality> municipality = stores.municipalities.get(municipalityId);
    if (!municipality)
        return 0;
    QStringList problems;
    const QVector<PlanTemplate> templates = PlanTemplate::available(userFolder(), &problems);
    if (!problems.isEmpty())
        emit message(tr("Some of your templates could not be read and are not offered: %1")
                         .arg(problems.join(QStringLiteral("; "))));
    TemplateDialog dialog(templates,
                          municipality->name,
                          Language::forWrittenStandard(municipality->writtenStandard),
                          QDate::currentDate().year() + 1,
                          m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return createPlan(stores,
                      dialog.chosen(),
                      municipalityId,
                      dialog.language(),
                      dialog.title(),
                      dialog.periodFrom(),
                      dialog.periodTo());
}

qint64 TemplateActions::createPlan(Stores& stores,
                                   const PlanTemplate& chosen,
                                   qint64 municipalityId,
                                   const QString& language,
                                   const QString& title,
                                   int from,
                                   int to)
{
    const std::optional<Municipality> municipality = stores.municipalities.get(municipalityId);
    if (!municipality)
        return 0;
    const PlanFile::PlanData data = chosen.planData(municipality->number, language, title, from, to);
    // The plan goes in the way a plan file does (PlanFile::apply), so that focus areas and indicators are made the
    // same way and the whole plan is one undo step.
    auto command = std::make_unique<ImportPlanFileCommand>(stores, chosen.name.in(language), m_onError);
    command->setText(tr("New plan “%1” from the template “%2”").arg(title, chosen.name.in(language)));
    QString error;
    if (!PlanFile::apply(stores, {data}, nullptr, command.get(), &error)) {
        m_onError(tr("The plan was not made: %1").arg(error));
        return 0;
    }
    m_undoStack->push(command.release());
    const QVector<Plan> made = stores.plans.list(QStringLiteral("uuid"), data.plan.uuid);
    if (made.isEmpty())
        return 0;
    emit message(tr("Made “%1” with %n focus area(s) and the template's indicators. Undo with Ctrl+Z.",
                    nullptr,
                    int(data.focusAreas.size()))
                     .arg(title));
    return made.first().id;
}

bool TemplateActions::saveAsTemplate(Stores& stores, qint64 planId)
{
    const std::optional<Plan> plan = stores.plans.get(planId);
    if (!plan)
        return false;
    bool ok = false;
    const QString name = PlainDialogs::getText(m_parent,
                                               tr("Save as template"),
                                               tr("Name of the template (the focus areas and indicators of “%1” are "
                                                  "saved, not its measures):")
                                                   .arg(plan->title),
                                               plan->title,
                                               &ok)
                             .simplified();
    if (!ok || name.isEmpty())
        return false;
    const std::optional<PlanTemplate> made = PlanTemplate::fromPlan(stores, planId, name);
    QString error;
    const std::optional<QString> path = made ? made->saveInto(userFolder(), &error) : std::nullopt;
    if (!path) {
        m_onError(tr("The template was not saved: %1").arg(error));
        return false;
    }
    emit message(tr("Saved the template “%1”; Plan → New plan from template… offers it.").arg(name));
    return true;
}
