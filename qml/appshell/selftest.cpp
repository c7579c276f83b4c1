#include "selftest.h"

#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

SelfTest *s_current = nullptr;
QtMessageHandler s_previous = nullptr;

// Pages Main.qml must contain, by objectName, in the order of the navigation bar.
const char16_t *const PageNames[] = {
    u"todayPage",
    u"journalPage",
    u"goalsPage",
    u"schedulePage",
    u"morePage",
};

void report(const QString &line)
{
    std::fprintf(stderr, "circle self-test: %s\n", qPrintable(line));
}

} // namespace

SelfTest::SelfTest(QQmlApplicationEngine &engine)
    : m_engine(engine)
{
    Q_ASSERT(!s_current);
    s_current = this;
    s_previous = qInstallMessageHandler(&SelfTest::handleMessage);
    m_previousHandler = s_previous;
    // Errors of QML components arrive here as well as on stderr.
    m_warnings = QObject::connect(
        &m_engine, &QQmlEngine::warnings, &m_engine, [this](const QList<QQmlError> &warnings) {
            for (const QQmlError &w : warnings)
                m_problems.append(w.toString());
        });
}

SelfTest::~SelfTest()
{
    // The engine outlives this object and may still warn while it is torn down.
    QObject::disconnect(m_warnings);
    qInstallMessageHandler(m_previousHandler);
    s_current = nullptr;
}

void SelfTest::handleMessage(
    QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_previous)
        s_previous(type, context, message);
    if (!s_current || type == QtDebugMsg || type == QtInfoMsg)
        return;
    // Only what comes from QML, Qt Quick or our own code counts: the platform
    // (for example a missing XDG_RUNTIME_DIR) is not what this test judges.
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    const QString file = QString::fromUtf8(context.file ? context.file : "");
    const bool fromUi = category.startsWith(u"qml"_s) || category.startsWith(u"js"_s)
        || category.startsWith(u"qt.qml"_s) || category.startsWith(u"qt.quick"_s)
        || category.startsWith(u"circle"_s) || file.startsWith(u"qrc:"_s);
    if (fromUi)
        s_current->m_problems.append(message);
}

bool SelfTest::waitForFrame(int timeoutMs)
{
    auto *window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
    if (!window)
        return false;
    QEventLoop loop;
    bool swapped = false;
    // frameSwapped may come from the render thread; the queued connection brings it here.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &loop,
        [&] {
            swapped = true;
            loop.quit();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    return swapped;
}

int SelfTest::run()
{
    const QList<QObject *> roots = m_engine.rootObjects();
    auto *window = qobject_cast<QQuickWindow *>(roots.value(0));
    if (!window) {
        report(u"Main.qml did not load, or its root is not a window"_s);
        return 1;
    }
    QStringList missing;
    if (!window->findChild<QQuickItem *>(u"navigationBar"_s))
        missing.append(u"navigationBar"_s);

    if (!waitForFrame(10000))
        m_problems.append(u"the window never rendered a frame"_s);
    // Showing each page once builds it (tabs are built on first visit) and lets
    // bindings that only run when visible fail here.
    const int pageCount = int(std::size(PageNames));
    for (int i = 0; i < pageCount; ++i) {
        window->setProperty("currentPage", i);
        if (window->property("currentPage").toInt() != i)
            m_problems.append(u"could not switch to page %1"_s.arg(i));
        waitForFrame(2000);
        const QString name = QString::fromUtf16(PageNames[i]);
        if (!window->findChild<QQuickItem *>(name))
            missing.append(name);
    }
    window->setProperty("currentPage", 0);
    if (!missing.isEmpty())
        m_problems.append(u"missing from Main.qml: %1"_s.arg(missing.join(u", "_s)));

    // The engine's warnings signal and the message handler often see the same line.
    m_problems.removeDuplicates();
    if (!m_problems.isEmpty()) {
        for (const QString &p : std::as_const(m_problems))
            report(p);
        report(u"FAILED (%1 problems)"_s.arg(m_problems.size()));
        return 1;
    }
    report(u"ok (%1 pages shown, no QML warnings)"_s.arg(pageCount));
    return 0;
}

} // namespace circle
