#pragma once

#include "store.h"

#include <QObject>
#include <QTimer>

#include <functional>

// Runs a function once after a burst of requests: copying ten measures signals ten times, and a model that reads the
// file again should read it once, after the last signal (on the next turn of the event loop).
class CoalescedCall : public QObject
{
public:
    CoalescedCall(std::function<void()> call, QObject* parent)
        : QObject(parent)
        , m_call(std::move(call))
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_call(); });
    }

    void schedule() { m_timer.start(); }
    // The call was made directly: a pending one is no longer needed.
    void cancel() { m_timer.stop(); }
    // Schedules the call on every added, changed or removed row of the stores.
    void watch(std::initializer_list<Store*> stores)
    {
        for (Store* store : stores) {
            connect(store, &Store::added, this, &CoalescedCall::schedule);
            connect(store, &Store::changed, this, &CoalescedCall::schedule);
            connect(store, &Store::removed, this, &CoalescedCall::schedule);
        }
    }

private:
    std::function<void()> m_call;
    QTimer m_timer;
};
