#include "screenshotgrabber.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace circle {

ScreenshotGrabber::ScreenshotGrabber(QQuickWindow *window, const QString &path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ScreenshotGrabber::grab);
    // frameSwapped comes from the render thread in the threaded render loop, and
    // grabWindow() must be called from the main thread: hence queued.
    connect(m_window, &QQuickWindow::frameSwapped, this, &ScreenshotGrabber::frameShown,
        Qt::QueuedConnection);
    // Without a working display or graphics stack no frame ever comes; a script
    // waiting for the picture must hear that instead of hanging.
    QTimer::singleShot(TimeoutMs, this, [this] {
        if (m_grabbed || m_sinceFirstFrame.isValid())
            return;
        m_grabbed = true;
        std::fprintf(stderr, "circle: no frame was rendered within %d s; no screenshot taken\n",
            TimeoutMs / 1000);
        Q_EMIT done(false);
    });
}

void ScreenshotGrabber::frameShown()
{
    if (m_grabbed)
        return;
    if (!m_sinceFirstFrame.isValid())
        m_sinceFirstFrame.start();
    if (m_sinceFirstFrame.elapsed() >= MaxSettleMs) {
        grab();
        return;
    }
    m_settle.start(); // restarts: the window is still changing
}

void ScreenshotGrabber::grab()
{
    if (m_grabbed)
        return;
    m_grabbed = true;
    m_settle.stop();
    const QImage image = m_window->grabWindow();
    const QString path = QFileInfo(m_path).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (image.isNull() || !image.save(path, "PNG")) {
        std::fprintf(stderr, "circle: could not write the screenshot to %s\n", qPrintable(path));
        Q_EMIT done(false);
        return;
    }
    std::printf("%s\n", qPrintable(path));
    std::fflush(stdout);
    Q_EMIT done(true);
}

} // namespace circle
