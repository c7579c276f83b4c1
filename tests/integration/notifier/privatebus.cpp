#include "privatebus.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace circle::test {

PrivateBus::PrivateBus() = default;

PrivateBus::~PrivateBus()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
    }
}

bool PrivateBus::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    const QString config = m_dir.filePath(u"session.conf"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the bus configuration"_s;
        return false;
    }
    file.write(QStringLiteral(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig>\n"
        "  <type>session</type>\n"
        "  <listen>unix:dir=%1</listen>\n"
        "  <policy context=\"default\">\n"
        "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
        "    <allow eavesdrop=\"true\"/>\n"
        "    <allow own=\"*\"/>\n"
        "  </policy>\n"
        "</busconfig>\n")
                   .arg(m_dir.path())
                   .toUtf8());
    file.close();

    m_daemon.start(u"dbus-daemon"_s,
        { u"--config-file=%1"_s.arg(config), u"--nofork"_s, u"--print-address"_s });
    if (!m_daemon.waitForStarted(5000)) {
        *error = u"dbus-daemon did not start: %1"_s.arg(m_daemon.errorString());
        return false;
    }
    while (!m_daemon.canReadLine()) {
        if (!m_daemon.waitForReadyRead(5000)) {
            *error = u"dbus-daemon printed no address"_s;
            return false;
        }
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    return !m_address.isEmpty();
}

} // namespace circle::test
