#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace circle::portal {

/**
 * Slows down password guessing without locking anyone out for good. Failed sign-ins are
 * counted per key (an account, an address); past a free allowance each further attempt
 * has to wait, twice as long after each failure, up to a ceiling. A success clears the
 * key. The real user is at most delayed by the ceiling, never shut out. In memory, shared
 * by all workers.
 */
class SignInThrottle
{
public:
    SignInThrottle(int freeFailures, qint64 firstDelayMs, qint64 maxDelayMs);

    /** 0 when @p key may try now; otherwise milliseconds until it may. */
    qint64 waitMs(const QString &key, qint64 nowMs) const;
    void failed(const QString &key, qint64 nowMs);
    void succeeded(const QString &key);

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastMs = 0;
    };
    qint64 delayAfter(int failures) const;

    int m_free;
    qint64 m_firstDelayMs;
    qint64 m_maxDelayMs;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace circle::portal
