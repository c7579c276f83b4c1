#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QProcess;

namespace circle::syncbench {

struct LoadOptions
{
    QString serverPath; ///< the circle-server binary
    QString database; ///< --db for the server; empty: SQLite in its data directory
    int phones = 200;
    int rounds = 3;
    int entriesPerPush = 5;
};

/**
 * Many phones syncing at once against one real circle-server on loopback, with the server's
 * default limits: each phone is its own enrolled patient with its own token, so the
 * per-device rate limit applies to each as it would at a clinic. Returns a Markdown section
 * with p50/p99 latencies and throughput; exits the process on failure.
 */
QString runLoad(const LoadOptions &options);

/** Prints "circle_syncbench: @p why" and exits: a figure from a failed run would mislead. */
[[noreturn]] void die(const QString &why);

/**
 * Starts `circle-server dev --seed-demo` in @p server on a free loopback port with its data
 * in @p dataDir, plus @p extraArgs, and waits until it listens. Returns the `key value`
 * lines it printed (invite, group-id, patient-id, therapist-token); empty when it did not
 * start.
 */
QMap<QString, QString> startDemoServer(QProcess &server, const QString &serverPath,
    const QString &dataDir, const QStringList &extraArgs = {});

/** The `key value` lines a circle-server command printed. */
QMap<QString, QString> keyValues(const QByteArray &text);

} // namespace circle::syncbench
