#include "appshell/appshell.h"
#include "qmltestfixture.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTranslator>
#include <QtQuickTest>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(CirclePlugin)

/** Builds the test world before QML starts, the way main() does for the app. */
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        // Fixed, so the tests can compare "18:00" and "Tuesday" word for word.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // As main() does: English plural forms come from Circle's English translation.
        if (circle::AppShell::loadTranslation(m_translator, QLocale()))
            QCoreApplication::installTranslator(&m_translator);
        circle::AppShell::configureQuickStyle();
        m_fixture = circle::test::QmlTestFixture::open();
        if (!m_fixture->error().isEmpty())
            qFatal("test store could not be prepared: %s", qPrintable(m_fixture->error()));
        circle::test::QmlTestFixture::setInstance(m_fixture.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine) { circle::AppShell::prepareEngine(*engine); }

    void cleanupTestCase() { m_fixture.reset(); }

private:
    std::unique_ptr<circle::test::QmlTestFixture> m_fixture;
    QTranslator m_translator;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"
