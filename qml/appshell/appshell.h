#pragma once

class QQmlEngine;

namespace circle {

/**
 * Settings every engine that shows Circle's QML needs, shared by the app and
 * the QML tests so both see the pages the same way.
 */
namespace AppShell {

/** Material, following the system's light or dark theme. Call before the first engine exists. */
void configureQuickStyle();

/** Lets files in the module's feature folders `import Circle`. */
void prepareEngine(QQmlEngine &engine);

/** Where Main.qml lives once the module's resources are linked in. */
inline constexpr char16_t MainQmlUrl[] = u"qrc:/Circle/Main.qml";

} // namespace AppShell

} // namespace circle
