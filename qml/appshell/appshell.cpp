#include "appshell.h"

#include <QFontDatabase>
#include <QLocale>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QString>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace circle::AppShell {

void configureQuickStyle()
{
    QQuickStyle::setStyle(u"Material"_s);
    // Icon.qml draws from this font, embedded with the module (qml/CMakeLists.txt).
    if (QFontDatabase::addApplicationFont(u":/Circle/fonts/MaterialIcons-Regular.ttf"_s) < 0)
        qWarning("Circle: the icon font is missing from this build");
}

void prepareEngine(QQmlEngine &engine)
{
    // The module is embedded with RESOURCE_PREFIX "/", so its qmldir sits at
    // qrc:/Circle/qmldir; Qt 6.4 does not search the resource root by itself.
    engine.addImportPath(u"qrc:/"_s);
}

bool loadTranslation(QTranslator &translator, const QLocale &locale)
{
    // The .qm files are built from qml/i18n and embedded under :/i18n.
    return translator.load(locale, u"circle"_s, u"_"_s, u":/i18n"_s)
        || loadTranslation(translator, u"en"_s);
}

bool loadTranslation(QTranslator &translator, const QString &code)
{
    return translator.load(u"circle_"_s + code, u":/i18n"_s);
}

} // namespace circle::AppShell
