#pragma once

#include <QtGlobal>

namespace circle {

/** The source of "now". Injected everywhere that depends on time, so tests can fix it. */
class Clock
{
public:
    virtual ~Clock() = default;
    /** Unix time in milliseconds, UTC. */
    virtual qint64 nowMs() const = 0;

    /** The process-wide wall clock. */
    static const Clock &system();
};

/** A clock that only moves when told to; for tests and for replaying data. */
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 0)
        : m_now(nowMs)
    {
    }
    qint64 nowMs() const override { return m_now; }
    void set(qint64 nowMs) { m_now = nowMs; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace circle
