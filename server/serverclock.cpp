#include "serverclock.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace circle::server {

qint64 ServerClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString ServerClock::nextHlc()
{
    const qint64 now = nowMs();
    if (now > m_lastMs) {
        m_lastMs = now;
        m_counter = 0;
    } else {
        ++m_counter;
        if (m_counter > 0xFFFFFF) { // counter full: borrow the next millisecond
            ++m_lastMs;
            m_counter = 0;
        }
    }
    return u"%1.%2.server"_s.arg(m_lastMs, 12, 16, QLatin1Char('0'))
        .arg(m_counter, 6, 16, QLatin1Char('0'));
}

} // namespace circle::server
