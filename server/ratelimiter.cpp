#include "ratelimiter.h"

#include <QtMath>

namespace circle::server {

RateLimiter::RateLimiter(int burst, double perMinute)
    : m_burst(qMax(1, burst))
    , m_perMs(qMax(perMinute, 0.001) / 60000.0)
{
}

bool RateLimiter::allow(const QString &key, qint64 nowMs)
{
    const QMutexLocker lock(&m_mutex);
    forgetIdle(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket { double(m_burst), nowMs });
    Bucket &b = it.value();
    b.tokens
        = qMin(double(m_burst), b.tokens + double(qMax<qint64>(0, nowMs - b.updatedMs)) * m_perMs);
    b.updatedMs = nowMs;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

int RateLimiter::retryAfterSeconds(const QString &key) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_buckets.constFind(key);
    const double missing = it == m_buckets.cend() ? 0.0 : qMax(0.0, 1.0 - it->tokens);
    return qMax(1, int(qCeil(missing / m_perMs / 1000.0)));
}

void RateLimiter::forgetIdle(qint64 nowMs)
{
    // A bucket that would be full again carries no information; dropping those keeps the
    // table from growing with every address that ever connected.
    if (nowMs - m_lastSweepMs < 60000 || m_buckets.size() < 1024)
        return;
    m_lastSweepMs = nowMs;
    const double refillMs = double(m_burst) / m_perMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (double(nowMs - it->updatedMs) >= refillMs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace circle::server
