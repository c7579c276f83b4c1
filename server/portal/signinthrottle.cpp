#include "signinthrottle.h"

namespace circle::portal {

SignInThrottle::SignInThrottle(int freeFailures, qint64 firstDelayMs, qint64 maxDelayMs)
    : m_free(freeFailures)
    , m_firstDelayMs(firstDelayMs)
    , m_maxDelayMs(maxDelayMs)
{
}

qint64 SignInThrottle::delayAfter(int failures) const
{
    if (failures < m_free)
        return 0;
    qint64 delay = m_firstDelayMs;
    for (int i = m_free; i < failures && delay < m_maxDelayMs; ++i)
        delay *= 2;
    return qMin(delay, m_maxDelayMs);
}

qint64 SignInThrottle::waitMs(const QString &key, qint64 nowMs) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return 0;
    const qint64 until = it->lastMs + delayAfter(it->failures);
    return qMax(qint64(0), until - nowMs);
}

void SignInThrottle::failed(const QString &key, qint64 nowMs)
{
    const QMutexLocker lock(&m_mutex);
    // A table of every address ever seen would grow without bound: entries whose wait
    // ran out long ago are forgotten.
    if (m_entries.size() > 100000) {
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (nowMs - it->lastMs > m_maxDelayMs * 2)
                it = m_entries.erase(it);
            else
                ++it;
        }
    }
    Entry &e = m_entries[key];
    ++e.failures;
    e.lastMs = nowMs;
}

void SignInThrottle::succeeded(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.remove(key);
}

} // namespace circle::portal
