#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <ctime>

/**
 * What the app's --bench-report (startreport.h), circle_barewindow and circle_startbench read
 * the same way, so the app and its yardstick are timed and weighed alike.
 * Header-only: the bare window links none of Circle's libraries.
 */
namespace circle::startprobe {

/** Scroll steps of the app's --bench-report on the journal list, each a third of its height. */
inline constexpr int JournalScrollSteps = 24;

/** CLOCK_MONOTONIC in ns: one clock for every process, so the bench compares across them. */
inline qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

/** The process's peak resident memory so far (VmHWM), in KiB; -1 when unknown. */
inline qint64 peakMemoryKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace circle::startprobe
