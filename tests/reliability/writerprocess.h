#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <chrono>
#include <optional>
#include <vector>

namespace circle::reliability {

/**
 * circle_crashwriter as a child process: start it, kill it with SIGKILL at a
 * chosen moment or let it run into a file-size limit, and read back which
 * writes it acknowledged before it died.
 */
class WriterProcess
{
public:
    struct Options
    {
        QString dataDir;
        QByteArray key;
        qint64 first = 0; // sequence number of the first entry it writes
        qint64 count = 0; // 0: until killed or an error
        /** RLIMIT_FSIZE for the child, as on a full disk; SIGXFSZ is ignored so writes fail with
         * EFBIG. */
        std::optional<qint64> fileSizeLimit;
        /** Acknowledge before writing: a broken writer, to prove the audit catches losses. */
        bool acknowledgeEarly = false;
    };

    struct Outcome
    {
        bool ready = false; // the store opened
        bool killed = false; // ended by our SIGKILL rather than by itself
        int exitCode = -1; // when it ended by itself
        std::vector<qint64> acknowledged;
        std::optional<qint64> stillReadable; // after a disk-full error
        QString errorText; // its stderr
    };

    explicit WriterProcess(Options options);
    ~WriterProcess();

    /** Where the build put circle_crashwriter. */
    static QString executable();

    bool start();
    /** Waits for the "ready" line; false if the writer ended first or took too long. */
    bool waitUntilReady(std::chrono::milliseconds timeout);
    /** Sleeps for delay, then SIGKILLs the writer and collects what it printed. */
    Outcome killAfter(std::chrono::microseconds delay);
    /** Waits for the writer to end by itself. */
    Outcome waitForExit(std::chrono::milliseconds timeout);

private:
    Outcome collect(bool killed);

    Options m_options;
    QProcess m_process;
    QByteArray m_stdout;
};

} // namespace circle::reliability
