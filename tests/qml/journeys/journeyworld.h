#pragma once

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QTranslator;

namespace circle {
class AppObjects;
class Clock;
class KeyStore;
class Store;
} // namespace circle

namespace circle::test {

class JourneyClock;

/**
 * The world a journey runs in: a real encrypted store in a temporary folder
 * (new, or filled with the demo week as `circlectl seed-demo` fills it), the
 * app's own view models over it (AppObjects, as main() builds them), and the
 * screen a journey is run at: a phone's size, a text size and a language.
 *
 * QML reaches it as the singleton `Journey` (import CircleJourney). Besides
 * the set-up, it answers what a person would notice and a page test cannot:
 * the visible item of a name wherever it lives in the window, text cut off or
 * running over its neighbours, English left on a Spanish screen.
 *
 * The screen comes from the environment, so one journey file runs as several
 * CTests: CIRCLE_JOURNEY_SIZE ("360x640"), CIRCLE_TEXT_SCALE ("1.5": the phone's
 * text size, as the app reads it),
 * CIRCLE_JOURNEY_LANGUAGE ("en", "es": Spanish chosen in the app on an
 * English phone; "es-system": a Spanish phone) and CIRCLE_JOURNEY_DATA
 * ("fresh" or "demo"), and CIRCLE_JOURNEY_CLINIC ("linked": the phone has
 * joined a clinic, so there is a therapist to share with; else it has not).
 */
class JourneyWorld : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Journey)
    QML_SINGLETON
    Q_PROPERTY(int width READ width CONSTANT)
    Q_PROPERTY(int height READ height CONSTANT)
    Q_PROPERTY(double textScale READ textScale CONSTANT)
    Q_PROPERTY(QString language READ language CONSTANT)
    Q_PROPERTY(bool spanish READ isSpanish CONSTANT)
    Q_PROPERTY(QString data READ data CONSTANT)
    Q_PROPERTY(bool clinicLinked READ clinicLinked CONSTANT)
    Q_PROPERTY(QString configuration READ configuration CONSTANT)

public:
    /** Reads the screen from the environment and opens the store; on failure see error(). */
    static std::unique_ptr<JourneyWorld> open();
    ~JourneyWorld() override;

    static void setInstance(JourneyWorld *world) { s_instance = world; }
    static JourneyWorld *create(QQmlEngine *, QJSEngine *);

    QString error() const { return m_error; }

    int width() const { return m_width; }
    int height() const { return m_height; }
    double textScale() const { return m_textScale; }
    QString language() const { return m_language; }
    bool isSpanish() const { return m_language.startsWith(u"es"); }
    QString data() const { return m_data; }
    bool clinicLinked() const { return m_clinicLinked; }
    /** "360x640, text 1.5, es, demo": said in every failure, so a report names its screen. */
    QString configuration() const;

    /** The visible item or open popup named name anywhere in window (pages, header, dialogs), or
     * null. */
    Q_INVOKABLE QObject *find(QQuickWindow *window, const QString &name) const;
    /** Every visible item (or open popup) named name in window, in the window's tree order. */
    Q_INVOKABLE QList<QObject *> findAll(QQuickWindow *window, const QString &name) const;
    /**
     * Types text into the window's focused item, one key press and release per
     * character with the character as the key's text, as a keyboard does; unlike
     * QtTest's keyClick it takes letters outside ASCII ("río").
     */
    Q_INVOKABLE void type(QQuickWindow *window, const QString &text) const;
    /** No StackView is in a transition, no Flickable is moving, no popup is opening or closing. */
    Q_INVOKABLE bool settled(QQuickWindow *window) const;
    /** Scrolls every Flickable around item so it is wholly on screen, as a swipe would. */
    Q_INVOKABLE void bringIntoView(QQuickItem *item) const;
    /**
     * What a person could not read on the window's screen now: text cut off
     * with "…" or lines dropped (unless the item was made to show a preview of
     * a few lines), text wider than its item that runs over what is beside it,
     * and text out of the window's width. One line per problem.
     */
    Q_INVOKABLE QStringList unreadableTexts(QQuickWindow *window) const;
    /** On a Spanish screen: every visible text still in Circle's English. */
    Q_INVOKABLE QStringList untranslatedTexts(QQuickWindow *window) const;
    /**
     * Every control the keyboard can reach that a screen reader would announce
     * without a name (no text, no Accessible.name). One line per control.
     */
    Q_INVOKABLE QStringList unnamedControls(QQuickWindow *window) const;
    /** Lets seconds pass on the phone's clock, as waiting would, without waiting. */
    Q_INVOKABLE void passTime(int seconds);
    /** The patient leaves the app for the phone's home screen and comes back to it. */
    Q_INVOKABLE void leaveAndComeBack();
    /**
     * The event titles of the calendar files saved in the phone's Downloads
     * (as a calendar app would show them), each title once.
     */
    Q_INVOKABLE QStringList calendarTitles() const;
    /** Saves the window's picture as name.png in CIRCLE_JOURNEY_SHOTS, when that is set. */
    Q_INVOKABLE QString saveScreenshot(QQuickWindow *window, const QString &name) const;

private:
    JourneyWorld() = default;
    bool loadSpanishSources();
    QString downloadsFolder() const;

    static inline JourneyWorld *s_instance = nullptr;

    int m_width = 390;
    int m_height = 844;
    double m_textScale = 1.0;
    QString m_language = QStringLiteral("en");
    QString m_data = QStringLiteral("fresh");
    bool m_clinicLinked = false;
    QSet<QString> m_englishSources; // sources the Spanish translation changes
    QTemporaryDir m_dir;
    std::unique_ptr<JourneyClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<AppObjects> m_objects;
    QString m_error;
};

} // namespace circle::test
