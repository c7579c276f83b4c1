#include "appoptions.h"
#include "appreminders.h"
#include "appshell/appobjects.h"
#include "appshell/appshell.h"
#include "appshell/screenshotgrabber.h"
#include "appshell/selftest.h"
#include "keystore.h"
#include "startreport.h"
#include "store.h"

#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using circle::startreport::Moment;

Q_IMPORT_QML_PLUGIN(CirclePlugin)

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "circle: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    circle::startreport::mark(Moment::Main);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Circle"_s);
    QGuiApplication::setApplicationVersion(u"0.1.0"_s);

    // The phone's language when Circle has it (built from qml/i18n), English otherwise.
    QTranslator translator;
    if (circle::AppShell::loadTranslation(translator, QLocale()))
        QCoreApplication::installTranslator(&translator);

    const circle::AppOptions options = circle::AppOptions::parse(app);

    // The window's QML types load on the engine's loader thread while the key
    // comes over D-Bus and the store opens: waiting on the key store leaves this
    // thread idle. The window itself is built once the view models exist.
    circle::AppShell::configureQuickStyle();
    auto engineOwner = std::make_unique<QQmlApplicationEngine>();
    QQmlApplicationEngine &engine = *engineOwner;
    circle::AppShell::prepareEngine(engine);
    // Listening from the first type loaded, so the self-test hears every QML problem.
    std::optional<circle::SelfTest> selfTest;
    if (options.selfTest)
        selfTest.emplace(engine);
    const QUrl mainQml(QString::fromUtf16(circle::AppShell::MainQmlUrl));
    auto preload = std::make_unique<QQmlComponent>(&engine);
    preload->loadUrl(mainQml, QQmlComponent::Asynchronous);

    // No key store, no app: the key is never kept anywhere else (DESIGN.md, Security).
    const auto keys = circle::KeyStore::createDefault();
    const auto key
        = keys->loadOrCreate(circle::databaseKeyAccount(options.dataDir), circle::Store::KeySize);
    circle::startreport::mark(Moment::KeyLoaded);
    if (!key.ok()) {
        fail(u"cannot get the database key from the system key store: %1"_s.arg(key.error));
        return 1;
    }
    circle::StoreOptions storeOptions;
    storeOptions.dataDir = options.dataDir;
    storeOptions.key = key.key;
    auto opened = circle::Store::open(storeOptions);
    circle::startreport::mark(Moment::StoreOpen);
    if (!opened) {
        fail(u"cannot open the store in %1: %2"_s.arg(options.dataDir, opened.error().message));
        return 1;
    }
    circle::Store &store = *opened.value();

    circle::AppObjects objects(store, store.clock(), *keys, options.dataDir, &translator);
    circle::startreport::mark(Moment::ModelsBuilt);
    // The window goes before the view models it shows, whichever way main() returns.
    const auto windowFirst = qScopeGuard([&engineOwner] { engineOwner.reset(); });
    engine.setInitialProperties({ { u"startPage"_s, options.page }, { u"theme"_s, options.theme },
        { u"firstRunAllowed"_s, options.firstRunAllowed() } });
    engine.load(mainQml); // finishes the loading begun above, then builds the window
    preload.reset();
    circle::startreport::mark(Moment::QmlLoaded);
    if (selfTest)
        return selfTest->run();
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        fail(u"the user interface did not load"_s);
        return 1;
    }

    if (!options.screenshot.isEmpty()) {
        auto *grabber = new circle::ScreenshotGrabber(window, options.screenshot, &app);
        QObject::connect(grabber, &circle::ScreenshotGrabber::done, &app,
            [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        return app.exec();
    }
    if (options.benchReport)
        return circle::startreport::run(app, *window, objects.journal, options.benchWords);

    circle::AppReminders reminders(store, objects, *window);
    // An enrolled store syncs with its clinic; one that never was works offline.
    if (const QString syncProblem = objects.clinicSync.resume(); !syncProblem.isEmpty())
        fail(u"not syncing: %1"_s.arg(syncProblem));
    return app.exec();
}
