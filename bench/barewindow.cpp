// circle_barewindow: the yardstick for Circle's start. An empty Qt Quick
// Controls window in the app's style (Material, following the system's theme,
// the same size), started the same way as the app. It prints when its first
// frame was on screen and its peak memory so far, in the lines the app prints
// for --bench-report, and exits. circle_startbench measures both in turns.
//
// With --one-line the window shows one line of text: the least a page can draw.
// The empty window draws nothing at all, so under a software renderer it never
// pays for the renderer's first shaders; this second yardstick shows that cost.

#include "appshell.h"
#include "startprobe.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

using circle::startprobe::monotonicNs;
using circle::startprobe::peakMemoryKib;

// What the app's Main.qml sets on its window, without any content (%1: the one
// line of --one-line, or nothing).
constexpr auto BareQml = R"(
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

ApplicationWindow {
    width: 390
    height: 844
    visible: true
    title: "Circle"
    Material.theme: Material.System
    Material.primary: Material.Teal
    Material.accent: Material.Teal
    %1
}
)";

constexpr auto OneLine = R"(Label { x: 16; y: 16; text: "Circle" })";

} // namespace

int main(int argc, char *argv[])
{
    const qint64 mainNs = monotonicNs();
    QGuiApplication app(argc, argv);
    circle::AppShell::configureQuickStyle();
    QQmlApplicationEngine engine;
    const bool oneLine = app.arguments().contains(u"--one-line"_s);
    engine.loadData(
        QString::fromUtf8(BareQml).arg(oneLine ? QString::fromUtf8(OneLine) : QString()).toUtf8());
    const qint64 qmlNs = monotonicNs();
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "circle_barewindow: the window did not load\n");
        return 1;
    }
    std::atomic<bool> reported { false };
    // Emitted on the render thread; the time is taken there, as in the app.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&reported, &app, mainNs, qmlNs] {
            if (reported.exchange(true))
                return;
            const qint64 frame = monotonicNs();
            QMetaObject::invokeMethod(
                &app,
                [frame, &app, mainNs, qmlNs] {
                    std::printf("bench first-frame-ns %lld\nbench first-frame-peak-kib %lld\n",
                        static_cast<long long>(frame), static_cast<long long>(peakMemoryKib()));
                    // The app's phases; a bare window has only main() and loading QML.
                    std::printf("bench moments-ns %lld 0 0 0 %lld\n",
                        static_cast<long long>(mainNs), static_cast<long long>(qmlNs));
                    std::fflush(stdout);
                    app.exit(0);
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    return app.exec();
}
