#include "appshell/appshell.h"
#include "appshell/firstframegrabber.h"
#include "appshell/qmlsingletons.h"
#include "appshell/selftest.h"
#include "keystore.h"
#include "store.h"
#include "syncwiring.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(CirclePlugin)

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "circle: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Circle"_s);
    QGuiApplication::setApplicationVersion(u"0.1.0"_s);

    // The phone's language when Circle has it (built from qml/i18n), English otherwise.
    QTranslator translator;
    if (translator.load(QLocale(), u"circle"_s, u"_"_s, u":/i18n"_s))
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
        u"Save the first rendered frame as a PNG, print its path, exit."_s, u"FILE"_s);
    const QCommandLineOption pageOption(u"page"_s,
        u"Page to open: today, journal, goals, schedule or more; journal/new opens the editor, more/gratitude, more/mood, more/safety and more/homework those pages."_s, u"NAME"_s, u"today"_s);
    const QCommandLineOption themeOption(u"theme"_s,
        u"light or dark instead of the system's theme (for screenshots)."_s, u"THEME"_s);
    parser.addOptions({ dataDirOption, selfTestOption, screenshotOption, pageOption, themeOption });
    parser.process(app);

    const QString dataDir = parser.isSet(dataDirOption)
        ? parser.value(dataDirOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    // No key store, no app: the key is never kept anywhere else (DESIGN.md, Security).
    const auto keys = circle::KeyStore::createDefault();
    const auto key = keys->loadOrCreate(circle::databaseKeyAccount(dataDir), circle::Store::KeySize);
    if (!key.ok()) {
        fail(u"cannot get the database key from the system key store: %1"_s.arg(key.error));
        return 1;
    }
    circle::StoreOptions options;
    options.dataDir = dataDir;
    options.key = key.key;
    auto opened = circle::Store::open(options);
    if (!opened) {
        fail(u"cannot open the store in %1: %2"_s.arg(dataDir, opened.error().message));
        return 1;
    }
    circle::Store &store = *opened.value();

    circle::TodayModel today(store, store.clock());
    circle::JournalListModel journal(store, store.clock());
    circle::JournalEditor journalEditor(store, store.clock());
    circle::GratitudeModel gratitude(store, store.clock());
    circle::MoodModel mood(store, store.clock());
    circle::SafetyPlanModel safetyPlan(store);
    circle::HomeworkModel homework(store, store.clock());
    circle::GoalListModel goals(store);
    circle::ScheduleModel schedule(store, store.clock());
    circle::QmlSingletons::setTodayModel(&today);
    circle::QmlSingletons::setJournalListModel(&journal);
    circle::QmlSingletons::setJournalEditor(&journalEditor);
    circle::QmlSingletons::setGratitudeModel(&gratitude);
    circle::QmlSingletons::setMoodModel(&mood);
    circle::QmlSingletons::setSafetyPlanModel(&safetyPlan);
    circle::QmlSingletons::setHomeworkModel(&homework);
    circle::QmlSingletons::setGoalListModel(&goals);
    circle::QmlSingletons::setScheduleModel(&schedule);

    circle::AppShell::configureQuickStyle();
    QQmlApplicationEngine engine;
    circle::AppShell::prepareEngine(engine);
    std::optional<circle::SelfTest> selfTest;
    if (parser.isSet(selfTestOption))
        selfTest.emplace(engine);
    engine.setInitialProperties({ { u"startPage"_s, parser.value(pageOption) },
        { u"theme"_s, parser.value(themeOption) } });
    engine.load(QUrl(QString::fromUtf16(circle::AppShell::MainQmlUrl)));
    if (selfTest)
        return selfTest->run();
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        fail(u"the user interface did not load"_s);
        return 1;
    }

    if (parser.isSet(screenshotOption)) {
        auto *grabber = new circle::FirstFrameGrabber(window, parser.value(screenshotOption), &app);
        QObject::connect(grabber, &circle::FirstFrameGrabber::done, &app,
            [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        return app.exec();
    }

    // An enrolled store syncs with its clinic; one that never was works offline.
    QString syncProblem;
    const auto sync = circle::startSync(store, *keys, dataDir, &syncProblem);
    if (!syncProblem.isEmpty())
        fail(u"not syncing: %1"_s.arg(syncProblem));
    return app.exec();
}
