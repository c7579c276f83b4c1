#include "appshell/appshell.h"
#include "journeyworld.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CirclePlugin)

/**
 * Builds the journey's world before QML starts, as main() does for the app:
 * the store, the language, the view models. The journey file then opens
 * Main.qml itself and drives it by taps, typing and keys alone.
 */
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        circle::AppShell::configureQuickStyle();
        m_world = circle::test::JourneyWorld::open();
        if (!m_world->error().isEmpty())
            qFatal("journey world could not be prepared: %s", qPrintable(m_world->error()));
        circle::test::JourneyWorld::setInstance(m_world.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine) { circle::AppShell::prepareEngine(*engine); }

    void cleanupTestCase() { m_world.reset(); }

private:
    std::unique_ptr<circle::test::JourneyWorld> m_world;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_journeys, Setup)

#include "tst_journeys.moc"
