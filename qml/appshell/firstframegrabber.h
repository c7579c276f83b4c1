#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

namespace circle {

/**
 * The app's --screenshot: saves the window as a PNG once its first frame is on
 * screen, then reports done(). Used by `./circle demo` on machines without a
 * display and to look at pages without clicking through them.
 */
class FirstFrameGrabber : public QObject
{
    Q_OBJECT

public:
    /** How long to wait for the first frame before giving up. */
    static constexpr int TimeoutMs = 30000;

    FirstFrameGrabber(QQuickWindow *window, const QString &path, QObject *parent = nullptr);

Q_SIGNALS:
    /** The PNG was written (ok) or could not be (the reason is on stderr). */
    void done(bool ok);

private:
    void grab();

    QQuickWindow *m_window;
    QString m_path;
    bool m_grabbed = false;
};

} // namespace circle
