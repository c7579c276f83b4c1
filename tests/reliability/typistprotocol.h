#pragma once

#include <QString>
#include <QStringList>

#include <ctime>

namespace circle::reliability {

/**
 * What circle_typist and the autosave test agree on.
 *
 * The typist prints "ready" once the store is open and the editor holds a new
 * entry, then one line per keystroke, "k <index> <ns>", after the keystroke is
 * in the editor, where ns is CLOCK_MONOTONIC just before it was typed, and
 * "s <ns>" whenever the editor reports a save. Each line goes out in a single
 * write(2), so a line in the pipe is whole. CLOCK_MONOTONIC is one clock for
 * every process on the machine, so the parent compares these times with the
 * moment it sent SIGKILL.
 */
namespace typist {

constexpr auto ReadyLine = "ready";

inline qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

/**
 * Keystroke index of run: the first names the run, so every run's entry can be
 * told apart in one store; the others cycle through letters, punctuation, a
 * line break, an accented letter, a right-to-left letter and an emoji (two
 * UTF-16 units), so the stored text is checked beyond ASCII too.
 */
inline QString key(int run, qint64 index)
{
    if (index == 0)
        return QStringLiteral("[run %1] ").arg(run);
    static const QStringList keys = [] {
        QStringList k;
        for (const QChar c : QStringLiteral("today I said no, kindly"))
            k << QString(c);
        k << QStringLiteral("\n") << QStringLiteral("é") << QStringLiteral("ש")
          << QStringLiteral("\U0001F642") << QStringLiteral(" ");
        return k;
    }();
    return keys.at(int((index - 1) % keys.size()));
}

/** The entry's text after count keystrokes of run. */
inline QString typed(int run, qint64 count)
{
    QString text;
    for (qint64 i = 0; i < count; ++i)
        text += key(run, i);
    return text;
}

/**
 * How many keystrokes of run the stored text holds: -1 when it is not exactly
 * what the first so many keystrokes typed (altered, or cut inside a keystroke).
 */
inline qint64 keystrokesIn(int run, const QString &stored)
{
    QString text;
    qint64 count = 0;
    while (text.size() < stored.size())
        text += key(run, count++);
    return text == stored ? count : -1;
}

/** The run an entry belongs to, from its first keystroke; -1 for other text. */
inline int runOf(const QString &stored)
{
    if (!stored.startsWith(QStringLiteral("[run ")))
        return -1;
    const qsizetype end = stored.indexOf(u']');
    bool ok = false;
    const int run = stored.mid(5, end - 5).toInt(&ok);
    return ok ? run : -1;
}

} // namespace typist

} // namespace circle::reliability
