#include "startreport.h"

#include "journal/journallistmodel.h"
#include "startprobe.h"

#include <QGuiApplication>
#include <QJSValue>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace circle::startreport {

namespace {

using startprobe::monotonicNs;
using startprobe::peakMemoryKib;

std::array<qint64, 5> moments {};

void fail(const QString &message)
{
    std::fprintf(stderr, "circle: %s\n", qPrintable(message));
}

} // namespace

void mark(Moment moment)
{
    moments[size_t(moment)] = monotonicNs();
}

QCommandLineOption option()
{
    return QCommandLineOption(u"bench-report"_s,
        u"For circle_startbench: print the time of the first frame and the peak memory, then "
        "time opening the journal, searching it for each of WORDS (comma-separated) and "
        "scrolling its list, and exit."_s,
        u"WORDS"_s);
}

int run(
    QGuiApplication &app, QQuickWindow &window, JournalListModel &journal, const QStringList &words)
{
    struct State
    {
        std::atomic<bool> changed { false }; // set on the GUI thread after a change
        std::atomic<bool> synced { false }; // a sync saw the change
        std::atomic<qint64> frameNs { 0 }; // when that frame was swapped
        qint64 startedNs = 0;
        int step = 0; // frames counted so far

        std::vector<double> scrollUs;
        QPointer<QQuickItem> list; // the journal's list, found before the steps are timed
    };
    auto state = std::make_shared<State>();
    state->changed = true; // the first frame is the change of the start
    // Both run on the render thread, with the GUI thread blocked during the sync.
    QObject::connect(
        &window, &QQuickWindow::beforeSynchronizing, &window,
        [state] {
            if (state->changed.exchange(false))
                state->synced = true;
        },
        Qt::DirectConnection);
    QObject::connect(
        &window, &QQuickWindow::frameSwapped, &window,
        [state, &window, &app, &journal, words] {
            if (!state->synced.exchange(false))
                return;
            state->frameNs = monotonicNs();
            QMetaObject::invokeMethod(
                &app,
                [state, &window, &app, &journal, words] {
                    const qint64 frame = state->frameNs;
                    const double us = double(frame - state->startedNs) / 1000.0;
                    const int step = state->step++;
                    // The frames, in order: the first; the journal opened; one per
                    // search; the search cleared (not reported); one per scroll step.
                    const int searches = int(words.size());
                    const int cleared = searches + 2;
                    const int lastScroll = cleared + startprobe::JournalScrollSteps;
                    if (step == 0) {
                        std::printf("bench first-frame-ns %lld\nbench first-frame-peak-kib %lld\n",
                            static_cast<long long>(frame), static_cast<long long>(peakMemoryKib()));
                        std::printf("bench moments-ns %lld %lld %lld %lld %lld\n",
                            static_cast<long long>(moments[size_t(Moment::Main)]),
                            static_cast<long long>(moments[size_t(Moment::KeyLoaded)]),
                            static_cast<long long>(moments[size_t(Moment::StoreOpen)]),
                            static_cast<long long>(moments[size_t(Moment::ModelsBuilt)]),
                            static_cast<long long>(moments[size_t(Moment::QmlLoaded)]));
                    } else if (step == 1) {
                        std::printf("bench journal-open-us %.0f rows %d\n", us, journal.count());
                    } else if (step < cleared) {
                        std::printf("bench search-us %s %.0f rows %d\n",
                            qPrintable(words.at(step - 2)), us, journal.count());
                    } else if (step > cleared) {
                        state->scrollUs.push_back(us);
                    }
                    if (step == lastScroll) {
                        std::vector<double> v = state->scrollUs;
                        std::sort(v.begin(), v.end());
                        std::printf("bench scroll-us %.0f %.0f rows %d\nbench peak-kib %lld\n",
                            v[v.size() / 2], v.back(), journal.count(),
                            static_cast<long long>(peakMemoryKib()));
                        std::fflush(stdout);
                        app.exit(0);
                        return;
                    }
                    std::fflush(stdout);
                    state->startedNs = monotonicNs();
                    if (step == 0) {
                        // Main.qml's page names: a JavaScript array, so a QJSValue here.
                        QVariant names = window.property("pageNames");
                        if (names.metaType() == QMetaType::fromType<QJSValue>())
                            names = names.value<QJSValue>().toVariant();
                        const int page = names.toStringList().indexOf(u"journal"_s);
                        if (page < 0) {
                            fail(u"--bench-report: Main.qml names no journal page"_s);
                            app.exit(1);
                            return;
                        }
                        window.setProperty("currentPage", page);
                    } else if (step + 1 < cleared) {
                        journal.setQuery(words.at(step - 1));
                    } else if (step + 1 == cleared) {
                        journal.setQuery(QString()); // the whole journal again, from the top
                        state->list = window.findChild<QQuickItem *>(u"journalList"_s);
                        if (!state->list) {
                            fail(u"--bench-report: the journal page has no journalList"_s);
                            app.exit(1);
                            return;
                        }
                    } else {
                        QQuickItem &list = *state->list;
                        list.setProperty(
                            "contentY", list.property("contentY").toDouble() + list.height() / 3);
                    }
                    state->changed = true;
                    window.update();
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    return app.exec();
}

} // namespace circle::startreport
