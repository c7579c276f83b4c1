#include "writerprocess.h"

#include "writerprotocol.h"

#include <QProcessEnvironment>

#include <csignal>
#include <sys/resource.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace circle::reliability {

WriterProcess::WriterProcess(Options options)
    : m_options(std::move(options))
{
}

WriterProcess::~WriterProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QString WriterProcess::executable()
{
    return QStringLiteral(CIRCLE_CRASHWRITER);
}

bool WriterProcess::start()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(
        QString::fromLatin1(protocol::KeyVariable), QString::fromLatin1(m_options.key.toHex()));
    m_process.setProcessEnvironment(env);
    m_process.setProgram(executable());
    QStringList args { u"--data-dir"_s, m_options.dataDir, u"--first"_s,
        QString::number(m_options.first), u"--count"_s, QString::number(m_options.count) };
    if (m_options.acknowledgeEarly)
        args << u"--acknowledge-early"_s;
    m_process.setArguments(args);
    if (const auto limit = m_options.fileSizeLimit) {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        // An ignored signal stays ignored across exec, so writes past the limit
        // fail with EFBIG instead of killing the writer, as on a full disk.
        m_process.setChildProcessModifier([bytes = rlim_t(*limit)] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit r { bytes, bytes };
            ::setrlimit(RLIMIT_FSIZE, &r);
        });
    }
    m_process.start();
    return m_process.waitForStarted();
}

bool WriterProcess::waitUntilReady(std::chrono::milliseconds timeout)
{
    const QByteArray ready = QByteArray(protocol::ReadyLine) + '\n';
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_stdout.startsWith(ready)) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !m_process.waitForReadyRead(int(left.count())))
            return false;
        m_stdout += m_process.readAllStandardOutput();
    }
    return true;
}

WriterProcess::Outcome WriterProcess::killAfter(std::chrono::microseconds delay)
{
    std::this_thread::sleep_for(delay);
    // QProcess::kill() is SIGKILL on Unix; a direct kill() says so plainly.
    const bool running = m_process.state() == QProcess::Running;
    if (running)
        ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(-1);
    return collect(running && m_process.exitStatus() == QProcess::CrashExit);
}

WriterProcess::Outcome WriterProcess::waitForExit(std::chrono::milliseconds timeout)
{
    if (!m_process.waitForFinished(int(timeout.count()))) {
        m_process.kill();
        m_process.waitForFinished(-1);
        return collect(true);
    }
    return collect(false);
}

WriterProcess::Outcome WriterProcess::collect(bool killed)
{
    m_stdout += m_process.readAllStandardOutput();
    Outcome out;
    out.killed = killed;
    out.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    out.errorText = QString::fromLocal8Bit(m_process.readAllStandardError());
    // Only whole lines count: each acknowledgement went out in one write(2).
    const qsizetype end = m_stdout.lastIndexOf('\n');
    const QList<QByteArray> lines = m_stdout.left(end < 0 ? 0 : end).split('\n');
    const QByteArray stillPrefix(protocol::StillReadablePrefix);
    for (const QByteArray &line : lines) {
        if (line == protocol::ReadyLine)
            out.ready = true;
        else if (line.startsWith(stillPrefix))
            out.stillReadable = line.mid(stillPrefix.size()).toLongLong();
        else if (!line.isEmpty()) {
            bool ok = false;
            const qint64 seq = line.toLongLong(&ok);
            if (ok)
                out.acknowledged.push_back(seq);
        }
    }
    return out;
}

} // namespace circle::reliability
