#include "conflictresolver.h"

#include "entitycommands.h"
#include "mainwindow.h"
#include "measurehistorymodels.h"
#include "records.h"
#include "stores.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

ConflictResolver::ConflictResolver(MainWindow& window)
    : QObject(&window)
    , m_window(window)
{
}

void ConflictResolver::editFailed(const QString& message)
{
    m_window.showError(message);
    Stores* stores = m_window.stores();
    const std::optional<Store::Conflict> conflict = stores ? stores->measures.takeConflict() : std::nullopt;
    if (!conflict)
        return;
    QMessageBox box(QMessageBox::Question,
                    tr("Someone else changed this measure"),
                    question(*conflict),
                    QMessageBox::NoButton,
                    &m_window);
    box.setObjectName(QStringLiteral("conflictDialog"));
    box.setTextFormat(Qt::PlainText); // titles and names are the users' own text
    QPushButton* theirs = box.addButton(tr("Keep &theirs"), QMessageBox::RejectRole);
    QPushButton* mine = box.addButton(tr("Use &mine"), QMessageBox::AcceptRole);
    theirs->setObjectName(QStringLiteral("keepTheirs"));
    mine->setObjectName(QStringLiteral("useMine"));
    box.setDefaultButton(theirs); // Enter never writes over someone's work by accident
    box.exec();
    if (box.clickedButton() == mine)
        useMine(*conflict);
}

QString ConflictResolver::question(const Store::Conflict& conflict) const
{
    const QDateTime when = QDateTime::fromString(conflict.when, Qt::ISODateWithMs);
    const QString who = conflict.who.isEmpty() ? tr("Someone else") : conflict.who;
    return tr("%1 changed the %2 of this measure to “%3” (%4), after you began your change.\n\nYours: “%5”.\n\nKeep "
              "their value, or put yours in its place?")
        .arg(who,
             ChangeHistoryModel::fieldName(conflict.field).toLower(),
             shown(conflict.field, conflict.theirs),
             when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : tr("time not known"),
             shown(conflict.field, conflict.yours));
}

QString ConflictResolver::shown(const QString& field, const QVariant& value) const
{
    Stores* stores = m_window.stores();
    if (value.isNull() || value.toString().isEmpty())
        return tr("(empty)");
    if (field == QLatin1String("status"))
        return Vocabulary::measureStatusName(value.toString());
    if (field == QLatin1String("owner_id")) {
        const std::optional<Owner> owner = stores->owners.get(value.toLongLong());
        return owner ? owner->name : value.toString();
    }
    if (field == QLatin1String("focus_area_id")) {
        const std::optional<FocusArea> area = stores->focusAreas.get(value.toLongLong());
        return area ? area->name : value.toString();
    }
    return value.toString();
}

void ConflictResolver::useMine(const Store::Conflict& conflict)
{
    Stores* stores = m_window.stores();
    const std::optional<Measure> current = stores->measures.get(conflict.id);
    if (!current)
        return m_window.showError(tr("The measure is no longer there."));
    // Over what is there now, as a step of its own: undo puts their value back.
    const Measure mine = Records::withField(*current, conflict.field, conflict.yours);
    m_window.undoStack()->push(
        Commands::editMeasure(*stores, *current, mine, [this](const QString& message) { editFailed(message); }));
}
