#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace circle::server {

/**
 * Token buckets keyed by caller (a device, a therapist, or a remote address before a token
 * is known). Each holds up to `burst` requests and refills at `perMinute`; a request that
 * finds its bucket empty is answered 429. In memory only: a restart forgives everyone,
 * which is fine for a limit meant to keep one phone's bug from starving the others.
 * Safe to share between threads: every worker and the network threads use one table.
 */
class RateLimiter
{
public:
    RateLimiter(int burst, double perMinute);

    /** Takes one token from @p key's bucket at time @p nowMs; false when there is none. */
    bool allow(const QString &key, qint64 nowMs);
    /** Seconds until @p key has a token again (for Retry-After). */
    int retryAfterSeconds(const QString &key) const;

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void forgetIdle(qint64 nowMs);

    int m_burst;
    double m_perMs;
    mutable QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace circle::server
