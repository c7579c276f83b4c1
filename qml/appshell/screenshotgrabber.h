#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QQuickWindow;

namespace circle {

/**
 * The app's --screenshot: saves the window as a PNG once it has settled, then
 * reports done(). Used by `./circle screenshots` and `./circle demo` on
 * machines without a display, and to look at pages without clicking through them.
 *
 * Settled means no new frame for SettleMs: a dialog that fades in or a page
 * that slides in is pictured when it has arrived, not halfway. A page that
 * never stops animating (a busy indicator) is pictured MaxSettleMs after its
 * first frame.
 */
class ScreenshotGrabber : public QObject
{
    Q_OBJECT

public:
    /** How long to wait for the first frame before giving up. */
    static constexpr int TimeoutMs = 30000;
    /** A window with no new frame for this long has finished its transitions. */
    static constexpr int SettleMs = 300;
    /** The longest wait after the first frame for the window to settle. */
    static constexpr int MaxSettleMs = 3000;

    ScreenshotGrabber(QQuickWindow *window, const QString &path, QObject *parent = nullptr);

Q_SIGNALS:
    /** The PNG was written (ok) or could not be (the reason is on stderr). */
    void done(bool ok);

private:
    void frameShown();
    void grab();

    QQuickWindow *m_window;
    QString m_path;
    QTimer m_settle;
    QElapsedTimer m_sinceFirstFrame;
    bool m_grabbed = false;
};

} // namespace circle
