#pragma once

#include "syncmerge.h"

#include <QObject>
#include <QTimer>

#include <optional>

class MainWindow;
class QAction;
class QLabel;
class QToolButton;

// Working offline (see OfflineCopy): File › Work offline… makes a copy of the server the window is connected to and
// opens it; File › Sync now sends the copy's changes, fetches everyone else's and asks about conflicts. While a copy
// is open the status bar says so, how many changes wait to be sent and when it was last synced, and offers Sync now
// once the server answers again (a connection tried in a thread of its own every half minute, so that the window
// never waits; nothing is sent by itself).
class OfflineActions : public QObject
{
    Q_OBJECT

public:
    explicit OfflineActions(MainWindow& window);

    // For the File menu, after Connect to server.
    QList<QAction*> actions() const;
    void retranslate();
    void updateActions();

    // Makes the copy at path (asked for when empty) and opens it.
    void workOffline(const QString& path = QString());
    // Syncs the open copy, asking about conflicts in SyncConflictDialog; false when nothing was synced (the reason
    // shown).
    bool syncNow();
    // The server answered the last knock.
    bool serverAnswers() const { return m_serverAnswers; }

signals:
    void synced();

private:
    std::optional<QHash<SyncChoiceKey, SyncChoice>> askChoices(const QVector<SyncConflict>& conflicts);
    void knock();
    void updateIndicator();

    MainWindow& m_window;
    QAction* m_offlineAction;
    QAction* m_syncAction;
    QLabel* m_indicator;
    QToolButton* m_syncButton;
    QTimer m_knocker;
    bool m_knocking = false;
    QString m_password; // asked once per session, kept in memory only
    bool m_serverAnswers = false;
};
