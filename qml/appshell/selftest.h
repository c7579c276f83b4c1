#pragma once

#include <QMetaObject>
#include <QStringList>
#include <QtGlobal>

class QQmlApplicationEngine;

namespace circle {

/**
 * The app's --self-test: start the real app on its real store, load Main.qml,
 * show every page once, and fail on any QML warning or error, so a broken
 * binding or a missing import is caught by a test instead of by a patient.
 *
 * Construct it before engine.load() so that warnings raised while loading are
 * seen too; it captures Qt's message output until it is destroyed (only one at a
 * time). Messages still reach stderr, so a failing run shows what went wrong.
 */
class SelfTest
{
public:
    explicit SelfTest(QQmlApplicationEngine &engine);
    ~SelfTest();
    SelfTest(const SelfTest &) = delete;
    SelfTest &operator=(const SelfTest &) = delete;

    /** Runs the checks on the loaded engine; returns the process exit code. */
    int run();

private:
    static void handleMessage(
        QtMsgType type, const QMessageLogContext &context, const QString &message);
    bool waitForFrame(int timeoutMs);

    QQmlApplicationEngine &m_engine;
    QtMessageHandler m_previousHandler = nullptr;
    QMetaObject::Connection m_warnings;
    QStringList m_problems;
};

} // namespace circle
