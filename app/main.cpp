#include "appshell/appobjects.h"
#include "appshell/appshell.h"
#include "appshell/screenshotgrabber.h"
#include "appshell/selftest.h"
#include "keystore.h"
#include "notifier.h"
#include "reminderservice.h"
#include "startprobe.h"
#include "store.h"
#include "sync/clinicsync.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTranslator>

#include <QJSValue>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(CirclePlugin)

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "circle: %s\n", qPrintable(message));
}

using circle::startprobe::monotonicNs;
using circle::startprobe::peakMemoryKib;

/**
 * Moments of the start (CLOCK_MONOTONIC ns) that --bench-report prints, so a
 * slow start can be split into its phases. Five clock reads; always taken.
 */
struct StartMoments
{
    qint64 main = 0, keyLoaded = 0, storeOpen = 0, modelsBuilt = 0, qmlLoaded = 0;
};
StartMoments startMoments;

/**
 * --bench-report for circle_startbench (bench/): once the first frame is on
 * screen, prints when that was and the peak memory so far, then opens the
 * journal, searches it for each of words, clears the search and scrolls the
 * list JournalScrollSteps times by a third of a screen (the list reads more
 * entries from the store as it goes), timing each until its frame is on
 * screen, and quits. Only this option reaches it; a normal start never does.
 *
 * A frame counts for a change only when its scene was synchronized after the
 * change was made, so a frame already under way cannot be mistaken for it.
 */
int runBenchReport(QGuiApplication &app, QQuickWindow &window, circle::JournalListModel &journal,
    const QStringList &words)
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
                    const int lastScroll = cleared + circle::startprobe::JournalScrollSteps;
                    if (step == 0) {
                        std::printf("bench first-frame-ns %lld\nbench first-frame-peak-kib %lld\n",
                            static_cast<long long>(frame), static_cast<long long>(peakMemoryKib()));
                        const StartMoments &m = startMoments;
                        std::printf("bench moments-ns %lld %lld %lld %lld %lld\n",
                            static_cast<long long>(m.main), static_cast<long long>(m.keyLoaded),
                            static_cast<long long>(m.storeOpen),
                            static_cast<long long>(m.modelsBuilt),
                            static_cast<long long>(m.qmlLoaded));
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

} // namespace

int main(int argc, char *argv[])
{
    startMoments.main = monotonicNs();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Circle"_s);
    QGuiApplication::setApplicationVersion(u"0.1.0"_s);

    // The phone's language when Circle has it (built from qml/i18n), English otherwise.
    QTranslator translator;
    if (circle::AppShell::loadTranslation(translator, QLocale()))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Circle: between-session companion for group therapy"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Folder of the encrypted store."_s, u"DIR"_s);
    const QCommandLineOption selfTestOption(
        u"self-test"_s, u"Load the UI, show every page once, exit 0 if no QML problem."_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        u"Save the window as a PNG once it has settled (no new frame for 300 ms, at most 3 s "
        "after the first), print its path, exit."_s,
        u"FILE"_s);
    const QCommandLineOption pageOption(u"page"_s,
        u"Page to open: today, journal, goals, schedule or more; journal/new opens the editor, "
        "goals/new the goal builder, goals/detail and goals/share a goal and its sharing, "
        "more/gratitude, more/mood, more/safety and more/homework those pages, help crisis "
        "help, firstrun/STEP a step of the first run."_s,
        u"NAME"_s, u"today"_s);
    const QCommandLineOption themeOption(u"theme"_s,
        u"light or dark instead of the system's theme (for screenshots)."_s, u"THEME"_s);
    parser.addOptions({ dataDirOption, selfTestOption, screenshotOption, pageOption, themeOption });
    const QCommandLineOption benchReportOption(u"bench-report"_s,
        u"For circle_startbench: print the time of the first frame and the peak memory, then "
        "time opening the journal, searching it for each of WORDS (comma-separated) and "
        "scrolling its list, and exit."_s,
        u"WORDS"_s);
    parser.addOption(benchReportOption);
    parser.process(app);

    const QString dataDir = parser.isSet(dataDirOption)
        ? parser.value(dataDirOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    // The window's QML types load on the engine's loader thread while the key
    // comes over D-Bus and the store opens: waiting on the key store leaves this
    // thread idle. The window itself is built once the view models exist.
    circle::AppShell::configureQuickStyle();
    auto engineOwner = std::make_unique<QQmlApplicationEngine>();
    QQmlApplicationEngine &engine = *engineOwner;
    circle::AppShell::prepareEngine(engine);
    // Listening from the first type loaded, so the self-test hears every QML problem.
    std::optional<circle::SelfTest> selfTest;
    if (parser.isSet(selfTestOption))
        selfTest.emplace(engine);
    const QUrl mainQml(QString::fromUtf16(circle::AppShell::MainQmlUrl));
    auto preload = std::make_unique<QQmlComponent>(&engine);
    preload->loadUrl(mainQml, QQmlComponent::Asynchronous);

    // No key store, no app: the key is never kept anywhere else (DESIGN.md, Security).
    const auto keys = circle::KeyStore::createDefault();
    const auto key
        = keys->loadOrCreate(circle::databaseKeyAccount(dataDir), circle::Store::KeySize);
    startMoments.keyLoaded = monotonicNs();
    if (!key.ok()) {
        fail(u"cannot get the database key from the system key store: %1"_s.arg(key.error));
        return 1;
    }
    circle::StoreOptions options;
    options.dataDir = dataDir;
    options.key = key.key;
    auto opened = circle::Store::open(options);
    startMoments.storeOpen = monotonicNs();
    if (!opened) {
        fail(u"cannot open the store in %1: %2"_s.arg(dataDir, opened.error().message));
        return 1;
    }
    circle::Store &store = *opened.value();

    circle::AppObjects objects(store, store.clock(), *keys, dataDir, &translator);
    circle::JournalListModel &journal = objects.journal;
    circle::ScheduleModel &schedule = objects.schedule;
    circle::ClinicSync &clinicSync = objects.clinicSync;

    startMoments.modelsBuilt = monotonicNs();
    // The window goes before the view models it shows, whichever way main() returns.
    const auto windowFirst = qScopeGuard([&engineOwner] { engineOwner.reset(); });
    // A screenshot of another page and the start benchmark (a journal of
    // thousands of entries is long past it) never show the first run; told
    // before loading, the window does not even build it.
    const bool firstRunAllowed = !parser.isSet(benchReportOption)
        && !(parser.isSet(screenshotOption) && !parser.value(pageOption).startsWith(u"firstrun"_s));
    engine.setInitialProperties({ { u"startPage"_s, parser.value(pageOption) },
        { u"theme"_s, parser.value(themeOption) }, { u"firstRunAllowed"_s, firstRunAllowed } });
    engine.load(mainQml); // finishes the loading begun above, then builds the window
    preload.reset();
    startMoments.qmlLoaded = monotonicNs();
    if (selfTest)
        return selfTest->run();
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        fail(u"the user interface did not load"_s);
        return 1;
    }
    // A screenshot pictures the page asked for: first run only when that is the page.
    if (parser.isSet(screenshotOption) && !parser.value(pageOption).startsWith(u"firstrun"_s))
        window->setProperty("firstRunAllowed", false);

    if (parser.isSet(screenshotOption)) {
        auto *grabber = new circle::ScreenshotGrabber(window, parser.value(screenshotOption), &app);
        QObject::connect(grabber, &circle::ScreenshotGrabber::done, &app,
            [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        return app.exec();
    }

    if (parser.isSet(benchReportOption)) {
        // A journal of thousands of entries has long been past the first run.
        window->setProperty("firstRunAllowed", false);
        return runBenchReport(
            app, *window, journal, parser.value(benchReportOption).split(u',', Qt::SkipEmptyParts));
    }

    // Reminders only in a real start: a self-test or a screenshot never notifies.
    // The service re-plans on its own at least hourly (a new day, a new zone);
    // these make an answer, a setting, finished homework or what sync brought
    // count at once. Requests made in one turn of the event loop plan once.
    const auto notifier = circle::Notifier::create();
    circle::ReminderService reminders(store, *notifier, store.clock());
    QObject::connect(&schedule, &circle::ScheduleModel::responded, &reminders,
        &circle::ReminderService::requestReplan);
    QObject::connect(&objects.reminderSettings, &circle::ReminderSettings::saved, &reminders,
        &circle::ReminderService::requestReplan);
    QObject::connect(&objects.homework, &QAbstractItemModel::modelReset, &reminders,
        &circle::ReminderService::requestReplan);
    QObject::connect(&objects.homework, &QAbstractItemModel::dataChanged, &reminders,
        &circle::ReminderService::requestReplan);
    QObject::connect(&clinicSync, &circle::ClinicSync::recordsArrived, &reminders,
        &circle::ReminderService::requestReplan);
    QObject::connect(
        &reminders, &circle::ReminderService::openRequested, window, [window](const QString &page) {
            QMetaObject::invokeMethod(window, "openPage", Q_ARG(QVariant, page));
            window->show();
            window->raise();
            window->requestActivate();
        });
    reminders.start();

    // An enrolled store syncs with its clinic; one that never was works offline.
    if (const QString syncProblem = clinicSync.resume(); !syncProblem.isEmpty())
        fail(u"not syncing: %1"_s.arg(syncProblem));
    return app.exec();
}
