#include "appshell.h"

#include <QQmlEngine>
#include <QQuickStyle>

using namespace Qt::StringLiterals;

namespace circle::AppShell {

void configureQuickStyle()
{
    QQuickStyle::setStyle(u"Material"_s);
}

void prepareEngine(QQmlEngine &engine)
{
    // The module is embedded with RESOURCE_PREFIX "/", so its qmldir sits at
    // qrc:/Circle/qmldir; Qt 6.4 does not search the resource root by itself.
    engine.addImportPath(u"qrc:/"_s);
}

} // namespace circle::AppShell
