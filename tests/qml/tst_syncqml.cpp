#include "appshell/appshell.h"
#include "syncpagefixture.h"

#include <QLocale>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CirclePlugin)

/** Starts the clinic server and opens the phone's store before QML starts. */
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        circle::AppShell::configureQuickStyle();
        m_fixture = circle::test::SyncPageFixture::open();
        if (!m_fixture->error().isEmpty())
            qFatal(
                "sync page test world could not be prepared: %s", qPrintable(m_fixture->error()));
        circle::test::SyncPageFixture::setInstance(m_fixture.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine) { circle::AppShell::prepareEngine(*engine); }

    void cleanupTestCase() { m_fixture.reset(); }

private:
    std::unique_ptr<circle::test::SyncPageFixture> m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_syncqml, Setup)

#include "tst_syncqml.moc"
