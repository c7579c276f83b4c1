#pragma once

class QLocale;
class QQmlEngine;
class QString;
class QTranslator;

namespace circle {

/**
 * Settings every engine that shows Circle's QML needs, shared by the app and
 * the QML tests so both see the pages the same way.
 */
namespace AppShell {

/**
 * Material, following the system's light or dark theme, and the icon font.
 * Call once the application object exists, before the first engine does.
 */
void configureQuickStyle();

/** Lets files in the module's feature folders `import Circle`. */
void prepareEngine(QQmlEngine &engine);

/**
 * Loads Circle's translation for locale into translator: that language when
 * Circle has it, English otherwise. English is loaded too, not left to the
 * source text, because it carries the plural forms ("1 day", "2 days").
 * False only when even English is missing from the build.
 */
bool loadTranslation(QTranslator &translator, const QLocale &locale);

/** The same for a language code Circle ships ("en", "es"). */
bool loadTranslation(QTranslator &translator, const QString &code);

/** Where Main.qml lives once the module's resources are linked in. */
inline constexpr char16_t MainQmlUrl[] = u"qrc:/Circle/Main.qml";

} // namespace AppShell

} // namespace circle
