#include "hlc.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace circle {

// Text form: 12 hex digits of milliseconds, '.', 6 hex digits of counter, '.',
// node. Fixed widths make byte order equal stamp order, so SQL can compare them.
QString HlcStamp::toString() const
{
    return u"%1.%2.%3"_s.arg(wallMs, 12, 16, QLatin1Char('0'))
        .arg(counter, 6, 16, QLatin1Char('0'))
        .arg(node);
}

Result<HlcStamp> HlcStamp::parse(const QString &text)
{
    const auto bad = [&] {
        return Error::make(Error::Code::Invalid,
            u"\"%1\" is not a clock stamp (expected 12 hex digits, '.', 6 hex "
            "digits, '.', a device id)"_s.arg(text.left(80)));
    };
    if (text.size() < 21 || text.at(12) != u'.' || text.at(19) != u'.')
        return bad();
    // Only the digits toString() writes: QString's number parsing would also take "0x",
    // a sign, spaces or upper case, giving one stamp a second text that sorts elsewhere.
    const auto lowerHex
        = [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); };
    for (qsizetype i = 0; i < 19; ++i)
        if (i != 12 && !lowerHex(text.at(i)))
            return bad();
    bool okMs = false, okCounter = false;
    HlcStamp s;
    s.wallMs = text.left(12).toLongLong(&okMs, 16);
    s.counter = text.mid(13, 6).toUInt(&okCounter, 16);
    s.node = text.mid(20);
    if (!okMs || !okCounter || s.node.isEmpty())
        return bad();
    return s;
}

HybridLogicalClock::HybridLogicalClock(const Clock &clock, QString node)
    : m_clock(clock)
    , m_node(std::move(node))
{
    m_last.node = m_node;
}

HlcStamp HybridLogicalClock::now()
{
    const qint64 physical = m_clock.nowMs();
    if (physical > m_last.wallMs) {
        m_last.wallMs = physical;
        m_last.counter = 0;
    } else {
        // The wall clock stood still or went back: keep order by counting.
        ++m_last.counter;
    }
    m_last.node = m_node;
    return m_last;
}

void HybridLogicalClock::observe(const HlcStamp &remote)
{
    const qint64 physical = m_clock.nowMs();
    const qint64 wall = std::max({ physical, m_last.wallMs, remote.wallMs });
    if (wall == m_last.wallMs && wall == remote.wallMs)
        m_last.counter = std::max(m_last.counter, remote.counter) + 1;
    else if (wall == m_last.wallMs)
        ++m_last.counter;
    else if (wall == remote.wallMs)
        m_last.counter = remote.counter + 1;
    else
        m_last.counter = 0;
    m_last.wallMs = wall;
    m_last.node = m_node;
}

} // namespace circle
