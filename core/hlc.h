#pragma once

#include "clock.h"
#include "result.h"

#include <QString>

namespace circle {

/**
 * A hybrid logical clock stamp: physical milliseconds, a counter for events in
 * the same millisecond, and the node (device) that made it. Stamps compare in
 * causal order and break ties by node, so two devices always agree which of two
 * edits is later. The text form sorts the same way as the stamps.
 */
struct HlcStamp
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node;

    QString toString() const;
    static Result<HlcStamp> parse(const QString &text);

    friend bool operator==(const HlcStamp &, const HlcStamp &) = default;
    friend auto operator<=>(const HlcStamp &a, const HlcStamp &b)
    {
        if (auto c = a.wallMs <=> b.wallMs; c != 0)
            return c;
        if (auto c = a.counter <=> b.counter; c != 0)
            return c;
        return a.node.compare(b.node) <=> 0;
    }
};

/** Issues stamps for one node; never goes backwards, even when the wall clock does. */
class HybridLogicalClock
{
public:
    HybridLogicalClock(const Clock &clock, QString node);

    /** A stamp for a local event. */
    HlcStamp now();
    /** Folds in a stamp seen from another node, so later local stamps order after it. */
    void observe(const HlcStamp &remote);
    /** The last stamp issued or observed. */
    HlcStamp last() const { return m_last; }
    void restore(const HlcStamp &last) { m_last = last; }

    const QString &node() const { return m_node; }

private:
    const Clock &m_clock;
    QString m_node;
    HlcStamp m_last;
};

} // namespace circle
