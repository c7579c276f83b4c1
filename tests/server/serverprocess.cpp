#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

using namespace Qt::StringLiterals;

namespace circle::servertest {

QString serverBinary()
{
    return QStringLiteral(CIRCLE_SERVER_PATH);
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        kill();
}

bool ServerProcess::start(const QString &dataDir, const QString &db, const QStringList &extra)
{
    m_dataDir = dataDir;
    m_db = db;
    m_extra = extra;
    return restart();
}

bool ServerProcess::restart()
{
    m_url.clear();
    m_pin.clear();
    m_printed.clear();
    m_pendingStdout.clear();
    m_error.clear();
    if (m_process.state() != QProcess::NotRunning) {
        m_error = u"the previous server process is still running"_s;
        return false;
    }
    m_process.setProgram(serverBinary());
    m_process.setArguments(
        QStringList { u"dev"_s, u"--data-dir"_s, m_dataDir, u"--db"_s, m_db } + m_extra);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start "_s + serverBinary();
        return false;
    }
    static const QRegularExpression listening(
        u"^circle-server listening on (\\S+)(?: pin (\\S+))?$"_s);
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        collect();
        qsizetype newline;
        while ((newline = m_pendingStdout.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_pendingStdout.left(newline));
            m_pendingStdout.remove(0, newline + 1);
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                m_pin = match.captured(2);
                const auto certs
                    = QSslCertificate::fromPath(QDir(m_dataDir).filePath(u"dev-cert.pem"_s));
                m_certificate = certs.isEmpty() ? QSslCertificate() : certs.first();
                return true;
            }
            const qsizetype space = line.indexOf(u' ');
            if (space > 0)
                m_printed[line.left(space)] = line.mid(space + 1);
        }
        if (m_process.state() == QProcess::NotRunning) {
            collect();
            m_error = u"circle-server exited: "_s + QString::fromUtf8(m_output.right(2000));
            return false;
        }
    }
    m_error = u"no listening line within 30 s"_s;
    return false;
}

void ServerProcess::collect()
{
    const QByteArray out = m_process.readAllStandardOutput();
    m_pendingStdout += out;
    m_output += out;
    m_output += m_process.readAllStandardError();
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    // SIGKILL always ends it, but a busy machine may take more than a few
    // seconds to reap a process caught in disk writes; restart() needs it gone.
    m_process.waitForFinished(-1);
    collect();
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
    collect();
}

bool ServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QString ServerProcess::exitDescription() const
{
    if (isRunning())
        return u"running"_s;
    return m_process.exitStatus() == QProcess::CrashExit
        ? u"ended by signal %1"_s.arg(m_process.exitCode())
        : u"exited with %1"_s.arg(m_process.exitCode());
}

QString ServerProcess::printed(const QString &key) const
{
    const auto it = m_printed.find(key);
    return it == m_printed.end() ? QString() : it->second;
}

QByteArray ServerProcess::output()
{
    collect();
    return m_output;
}

std::map<QString, QString> ServerProcess::admin(const QStringList &args, QByteArray *stdoutText)
{
    QProcess p;
    p.start(serverBinary(),
        QStringList { u"admin"_s, u"--data-dir"_s, m_dataDir, u"--db"_s, m_db } + args);
    p.waitForFinished(60000);
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    if (stdoutText)
        *stdoutText = out;
    std::map<QString, QString> values;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            values[QString::fromUtf8(line.left(space))] = QString::fromUtf8(line.mid(space + 1));
    }
    values[u"exit"_s] = QString::number(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1);
    values[u"stderr"_s] = QString::fromUtf8(err);
    return values;
}

} // namespace circle::servertest
