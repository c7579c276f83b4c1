#include "firstframegrabber.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace circle {

FirstFrameGrabber::FirstFrameGrabber(QQuickWindow *window, const QString &path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
{
    // frameSwapped comes from the render thread in the threaded render loop, and
    // grabWindow() must be called from the main thread: hence queued.
    connect(m_window, &QQuickWindow::frameSwapped, this, &FirstFrameGrabber::grab,
        Qt::QueuedConnection);
    // Without a working display or graphics stack no frame ever comes; a script
    // waiting for the picture must hear that instead of hanging.
    QTimer::singleShot(TimeoutMs, this, [this] {
        if (m_grabbed)
            return;
        m_grabbed = true;
        std::fprintf(stderr, "circle: no frame was rendered within %d s; no screenshot taken\n",
            TimeoutMs / 1000);
        Q_EMIT done(false);
    });
}

void FirstFrameGrabber::grab()
{
    if (m_grabbed)
        return;
    m_grabbed = true;
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
