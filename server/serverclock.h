#pragma once

#include <QString>

namespace circle::server {

/**
 * Time for everything the server stamps: expiry checks, audit rows, and the hybrid
 * logical clock of clinic-authored records. Virtual so tests can hold time still.
 */
class ServerClock
{
public:
    virtual ~ServerClock() = default;
    virtual qint64 nowMs() const;

    /**
     * An HLC stamp in the protocol's text form for a record the clinic writes. Stamps from
     * one process only grow, even if the wall clock steps back; phones take clinic
     * records as they come, so the stamp is for ordering and diagnosis only.
     */
    QString nextHlc();

private:
    qint64 m_lastMs = 0;
    quint32 m_counter = 0;
};

} // namespace circle::server
