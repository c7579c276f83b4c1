#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <map>

namespace circle::servertest {

/** Path of the real circle-server binary, set by CMake. */
QString serverBinary();

/**
 * The real circle-server, started as a child process in `dev` mode on 127.0.0.1 port 0.
 * It reads the line `circle-server listening on URL pin sha256:...` to learn the port and
 * pin, and keeps everything the process wrote (across restarts) so tests can search it.
 */
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /** Starts `circle-server dev --data-dir DIR --db DB` plus @p extra; waits for the listening
     * line. */
    bool start(const QString &dataDir, const QString &db, const QStringList &extra = {});
    /** Starts again with the same arguments (after kill() or stop()). */
    bool restart();
    /** SIGKILL, as a crash or power cut looks to the process. */
    void kill();
    /** SIGTERM and wait. */
    void stop();
    bool isRunning() const;
    /** How the process ended, for failure messages. */
    QString exitDescription() const;

    QUrl url() const { return m_url; }
    /** The --db the server runs with. */
    QString database() const { return m_db; }
    QString pin() const { return m_pin; }
    QSslCertificate certificate() const { return m_certificate; }
    QString error() const { return m_error; }
    /** The running server's process id (for /proc), 0 when none. */
    qint64 pid() const { return m_process.processId(); }
    /** `key value` lines printed before the listening line (seed-demo). */
    QString printed(const QString &key) const;
    /** Everything the process wrote to stdout and stderr so far. */
    QByteArray output();

    /**
     * Runs `circle-server admin --data-dir DIR --db DB ARGS...`; returns its `key value`
     * lines (the last value per key), with "exit" holding the exit code.
     */
    std::map<QString, QString> admin(const QStringList &args, QByteArray *stdoutText = nullptr);

private:
    void collect();

    QProcess m_process;
    QString m_dataDir;
    QString m_db;
    QStringList m_extra;
    QUrl m_url;
    QString m_pin;
    QSslCertificate m_certificate;
    QString m_error;
    QByteArray m_output;
    QByteArray m_pendingStdout;
    std::map<QString, QString> m_printed;
};

} // namespace circle::servertest
