#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <set>

namespace circle::reliability {

/**
 * Reopens a store the way the app would after a crash and compares it with
 * what the writer acknowledged: every acknowledged entry present exactly once,
 * with the text it was written with, and the whole file passing its integrity
 * check.
 */
class StoreAudit
{
public:
    struct Findings
    {
        bool opened = false;
        bool intact = false; // PRAGMA integrity_check said ok
        qint64 entries = 0; // journal entries read back
        qint64 lost = 0; // acknowledged but not in the store
        qint64 duplicated = 0; // sequence numbers stored more than once
        qint64 altered = 0; // stored text differs from what was written
        QString problem; // the first error, in words

        /** Open, read or check failed, or text came back altered. */
        bool integrityFailure() const { return !opened || !intact || altered > 0; }
    };

    StoreAudit(QString dataDir, QByteArray key)
        : m_dataDir(std::move(dataDir))
        , m_key(std::move(key))
    {
    }

    /** acknowledged: every sequence number ever acknowledged for this store. */
    Findings run(const std::set<qint64> &acknowledged) const;

private:
    QString m_dataDir;
    QByteArray m_key;
};

} // namespace circle::reliability
