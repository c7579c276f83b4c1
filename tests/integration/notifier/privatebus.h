#pragma once

#include <QProcess>
#include <QTemporaryDir>

#include <QString>

namespace circle::test {

/**
 * A real dbus-daemon of the session type, started for one test and stopped
 * after it. The test's notification server and the notifier meet there, so
 * neither touches the bus of the machine (or of tests/with-keyring.sh), and
 * no installed notification daemon can answer in the test server's place:
 * the configuration lists no service folders to activate from.
 */
class PrivateBus
{
public:
    PrivateBus();
    ~PrivateBus();

    bool start(QString *error);
    QString address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

} // namespace circle::test
