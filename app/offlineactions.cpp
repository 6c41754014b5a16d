#include "offlineactions.h"

#include "connectdialog.h"
#include "database.h"
#include "datafile.h"
#include "mainwindow.h"
#include "offlinecopy.h"
#include "plaindialogs.h"
#include "serveraddress.h"
#include "serverconnection.h"
#include "stores.h"
#include "syncconflictdialog.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QThread>
#include <QToolButton>
#include <QUndoStack>

namespace {

constexpr int KnockInterval = 30 * 1000;

// A column as the user knows the field.
QString fieldName(const QString& column)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("OfflineActions", "Title")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("OfflineActions", "Description")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("OfflineActions", "Status")},
        {QStringLiteral("progress"), QT_TRANSLATE_NOOP("OfflineActions", "Progress")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("OfflineActions", "Owner")},
        {QStringLiteral("deadline_text"), QT_TRANSLATE_NOOP("OfflineActions", "Deadline")},
        {QStringLiteral("start_text"), QT_TRANSLATE_NOOP("OfflineActions", "Start")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("OfflineActions", "Priority")},
        {QStringLiteral("cost_nok"), QT_TRANSLATE_NOOP("OfflineActions", "Cost (NOK)")},
        {QStringLiteral("funding_source"), QT_TRANSLATE_NOOP("OfflineActions", "Funding")},
        {QStringLiteral("focus_area_id"), QT_TRANSLATE_NOOP("OfflineActions", "Focus area")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("OfflineActions", "Name")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("OfflineActions", "Comment")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("OfflineActions", "Note")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("OfflineActions", "Value")},
    };
    const auto found = names.constFind(column);
    return found == names.cend() ? column : OfflineActions::tr(*found);
}

bool isText(const QString& column)
{
    return QStringList {QStringLiteral("title"),
                        QStringLiteral("description"),
                        QStringLiteral("comment"),
                        QStringLiteral("note"),
                        QStringLiteral("funding_source"),
                        QStringLiteral("name")}
        .contains(column);
}

// A code as the user knows it: "Done", not "done".
QString shownValue(const QString& table, const QString& column, const QString& value)
{
    if (value.isEmpty())
        return value;
    if (column == QLatin1String("status"))
        return table == QLatin1String("plans") ? Vocabulary::planStatusName(value)
            : table == QLatin1String("grants") ? Vocabulary::grantStatusName(value)
                                               : Vocabulary::measureStatusName(value);
    if (column == QLatin1String("priority"))
        return Vocabulary::priorityName(value);
    return value;
}

QString valueText(const QVariant& value)
{
    return value.isValid() && !value.toString().isEmpty() ? value.toString() : OfflineActions::tr("(empty)");
}

} // namespace

OfflineActions::OfflineActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_offlineAction(new QAction(this))
    , m_syncAction(new QAction(this))
    , m_indicator(new QLabel(&window))
    , m_syncButton(new QToolButton(&window))
{
    m_offlineAction->setObjectName(QStringLiteral("workOfflineAction"));
    m_syncAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(m_offlineAction, &QAction::triggered, this, [this] { workOffline(); });
    connect(m_syncAction, &QAction::triggered, this, &OfflineActions::syncNow);
    m_indicator->setObjectName(QStringLiteral("offlineIndicator"));
    m_indicator->setTextFormat(Qt::PlainText);
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncButton->setDefaultAction(m_syncAction);
    m_syncButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    window.statusBar()->addPermanentWidget(m_indicator);
    window.statusBar()->addPermanentWidget(m_syncButton);
    m_knocker.setInterval(KnockInterval);
    connect(&m_knocker, &QTimer::timeout, this, &OfflineActions::knock);
    connect(window.undoStack(), &QUndoStack::indexChanged, this, &OfflineActions::updateIndicator);
}

QList<QAction*> OfflineActions::actions() const
{
    return {m_offlineAction, m_syncAction};
}

void OfflineActions::retranslate()
{
    m_offlineAction->setText(tr("Work &offline…"));
    m_offlineAction->setToolTip(tr("Make a copy of your plans and your networks' to work on without the server, and "
                                   "open it; File › Sync now brings the changes together again."));
    m_syncAction->setText(tr("S&ync now"));
    m_syncAction->setToolTip(tr("Send this copy's changes to the server and fetch everyone else's."));
    m_syncButton->setAccessibleName(tr("Sync now"));
    m_indicator->setAccessibleName(tr("Offline copy"));
    updateIndicator();
}

void OfflineActions::updateActions()
{
    Workspace* workspace = m_window.workspace();
    const bool server = workspace && workspace->db().isServer();
    const bool copy = workspace && !server && OfflineCopy::originOf(workspace->db()).has_value();
    m_offlineAction->setEnabled(server);
    m_syncAction->setEnabled(copy && !workspace->isReadOnly());
    if (copy && !m_knocker.isActive()) {
        m_serverAnswers = false;
        m_knocker.start();
        knock();
    } else if (!copy) {
        m_knocker.stop();
    }
    updateIndicator();
}

void OfflineActions::updateIndicator()
{
    Workspace* workspace = m_window.workspace();
    const std::optional<OfflineCopy::Origin> origin
        = workspace && !workspace->db().isServer() ? OfflineCopy::originOf(workspace->db()) : std::nullopt;
    m_indicator->setVisible(origin.has_value());
    m_syncButton->setVisible(origin.has_value());
    if (!origin)
        return;
    const int pending = OfflineCopy::pendingChanges(workspace->db());
    const QString synced = origin->syncedAt.isValid()
        ? QLocale().toString(origin->syncedAt.toLocalTime(), QLocale::ShortFormat)
        : tr("never");
    const qint64 days = origin->syncedAt.isValid() ? origin->syncedAt.daysTo(QDateTime::currentDateTimeUtc()) : 0;
    QString text = tr("Offline copy: %n change(s) to send, last synced %1", nullptr, pending).arg(synced);
    if (days >= 7)
        text += tr(" (%n day(s) ago)", nullptr, int(days));
    text += m_serverAnswers ? tr("; the server answers") : tr("; the server does not answer");
    m_indicator->setText(text);
    m_indicator->setToolTip(tr("A copy of %1 as %2.").arg(origin->serverAddress, origin->serverUser));
}

void OfflineActions::knock()
{
    Workspace* workspace = m_window.workspace();
    const std::optional<OfflineCopy::Origin> origin
        = workspace && !workspace->db().isServer() ? OfflineCopy::originOf(workspace->db()) : std::nullopt;
    std::optional<ServerAddress> address = origin ? ServerAddress::parse(origin->serverAddress, nullptr) : std::nullopt;
    if (!address || m_knocking)
        return;
    address->password = m_password;
    m_knocking = true;
    auto answers = std::make_shared<bool>(false);
    QThread* thread = QThread::create([address = *address, answers] { *answers = ServerConnection::answers(address); });
    connect(thread, &QThread::finished, this, [this, thread, answers] {
        thread->deleteLater();
        m_knocking = false;
        if (*answers == m_serverAnswers)
            return;
        m_serverAnswers = *answers;
        updateIndicator();
        if (m_serverAnswers && m_window.workspace() && OfflineCopy::pendingChanges(m_window.workspace()->db()) > 0)
            m_window.showMessage(tr("The server answers again: File › Sync now sends your changes."), 10000);
    });
    thread->start();
}

void OfflineActions::workOffline(const QString& given)
{
    Workspace* workspace = m_window.workspace();
    if (!workspace || !workspace->db().isServer())
        return;
    const ServerAddress server = ServerAddress::parse(workspace->filePath(), nullptr).value_or(ServerAddress());
    const QString suggested = QDir::home().filePath(tr("%1 offline.handlingsplan").arg(server.database));
    QString path = !given.isEmpty()
        ? given
        : QFileDialog::getSaveFileName(
            &m_window, tr("Work offline: save the copy as"), suggested, tr("Action-plan files (*.handlingsplan)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".handlingsplan")))
        path += QStringLiteral(".handlingsplan");
    QString error;
    const std::optional<OfflineCopy::Report> report = OfflineCopy::create(workspace->db(), path, &error);
    if (!report) {
        PlainDialogs::warning(&m_window, tr("No offline copy was made"), error);
        return;
    }
    if (m_window.openFile(path))
        m_window.showMessage(tr("You work offline on “%1”. File › Sync now sends your changes when the server "
                                "answers again.")
                                 .arg(QDir::toNativeSeparators(path)),
                             10000);
}

bool OfflineActions::syncNow()
{
    Workspace* workspace = m_window.workspace();
    const std::optional<OfflineCopy::Origin> origin
        = workspace && !workspace->db().isServer() ? OfflineCopy::originOf(workspace->db()) : std::nullopt;
    if (!origin)
        return false;
    Database server;
    QString error;
    ServerAddress address = ServerAddress::parse(origin->serverAddress, nullptr).value_or(ServerAddress());
    while (!DataFile::connectToServer(server, address.display(), m_password, &error)) {
        ConnectDialog dialog(address, error, &m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        address = dialog.address();
        m_password = dialog.password();
    }
    std::optional<OfflineCopy::Report> report = OfflineCopy::sync(workspace->db(), server, {}, &error);
    if (report && !report->open.isEmpty()) {
        const std::optional<QHash<SyncChoiceKey, SyncChoice>> choices = askChoices(report->open);
        if (choices) {
            const int sent = report->sent;
            const int received = report->received;
            report = OfflineCopy::sync(workspace->db(), server, *choices, &error);
            if (report) {
                report->sent += sent;
                report->received += received;
            }
        }
    }
    m_window.reload(); // the copy changed under the window's models
    if (!report) {
        PlainDialogs::warning(&m_window, tr("Nothing was synced"), error);
        return false;
    }
    QString summary = tr("Synced: %n change(s) sent", nullptr, report->sent) + QLatin1String(", ")
        + tr("%n received.", nullptr, report->received);
    if (!report->open.isEmpty())
        summary += QLatin1Char(' ')
            + tr("%n conflict(s) wait for your choice: File › Sync now again.", nullptr, int(report->open.size()));
    m_window.showMessage(summary, 10000);
    if (!report->refused.isEmpty())
        PlainDialogs::information(&m_window,
                                  tr("Some changes were not sent"),
                                  tr("These changes are not yours to make on the server (another municipality's "
                                     "plan, or the network's own data). They are kept in this copy:\n\n%1")
                                      .arg(report->refused.join(QLatin1Char('\n'))));
    emit synced();
    return true;
}

std::optional<QHash<SyncChoiceKey, SyncChoice>> OfflineActions::askChoices(const QVector<SyncConflict>& conflicts)
{
    QVector<SyncConflictDialog::Row> rows;
    for (const SyncConflict& conflict : conflicts) {
        SyncConflictDialog::Row row;
        row.what = conflict.label;
        row.who = conflict.who;
        row.when = conflict.when;
        if (conflict.kind == SyncConflict::Field) {
            row.field = fieldName(conflict.field);
            row.mine = valueText(shownValue(conflict.table, conflict.field, conflict.mineText));
            row.theirs = valueText(shownValue(conflict.table, conflict.field, conflict.theirsText));
            row.text = isText(conflict.field);
        } else {
            const bool here = conflict.kind == SyncConflict::DeletedHere;
            row.mine = here ? tr("Deleted") : tr("Changed");
            row.theirs = here ? tr("Changed") : tr("Deleted");
        }
        rows << row;
    }
    SyncConflictDialog dialog(rows, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QHash<SyncChoiceKey, SyncChoice> choices;
    const QVector<SyncConflictDialog::Choice> chosen = dialog.choices();
    for (int i = 0; i < conflicts.size(); ++i) {
        const SyncConflict& conflict = conflicts.at(i);
        const SyncChoice choice = chosen.at(i) == SyncConflictDialog::KeepMine ? SyncChoice::Mine
            : chosen.at(i) == SyncConflictDialog::TakeTheirs                   ? SyncChoice::Theirs
                                                                               : SyncChoice::Both;
        choices.insert({conflict.table, conflict.key, conflict.field}, choice);
    }
    return choices;
}
