#include "journeyworld.h"

#include "appshell/appobjects.h"
#include "appshell/appshell.h"
#include "appshell/keyboardnavigation.h"
#include "demodata.h"
#include "keystore.h"
#include "settings/settingsmodel.h"
#include "store.h"
#include "syncaccount.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>
#include <functional>

using namespace Qt::StringLiterals;

namespace circle::test {

namespace {

QString env(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

bool effectivelyVisible(const QQuickItem *item)
{
    return item->isVisible() && item->opacity() > 0.01;
}

void collect(QQuickItem *item, const std::function<bool(QQuickItem *)> &visit)
{
    if (!effectivelyVisible(item))
        return;
    if (!visit(item))
        return;
    for (QQuickItem *child : item->childItems())
        collect(child, visit);
}

bool isA(const QObject *object, const char *className)
{
    for (const QMetaObject *mo = object->metaObject(); mo; mo = mo->superClass()) {
        if (qstrcmp(mo->className(), className) == 0)
            return true;
    }
    return false;
}

/** Inside a Flickable, on the part of its content that is scrolled out of view. */
bool scrolledAway(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!isA(p, "QQuickFlickable"))
            continue;
        const QRectF r = item->mapRectToItem(p, item->boundingRect());
        if (r.bottom() <= 0 || r.top() >= p->height())
            return true;
    }
    return false;
}

} // namespace

/**
 * The phone's clock: the real time, plus whatever time the journey let pass.
 * Everything that waits on "now" (the passcode's lockout, "today") reads the
 * store's clock, so a journey can let half a minute pass without sleeping.
 */
class JourneyClock : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_passed; }
    void pass(qint64 ms) { m_passed += ms; }

private:
    qint64 m_passed = 0;
};

std::unique_ptr<JourneyWorld> JourneyWorld::open()
{
    std::unique_ptr<JourneyWorld> world(new JourneyWorld);
    const QStringList size = env("CIRCLE_JOURNEY_SIZE", u"390x844"_s).split(u'x');
    if (size.size() == 2) {
        world->m_width = size[0].toInt();
        world->m_height = size[1].toInt();
    }
    // The phone's own text size, as SettingsModel::phoneTextScale() reads it.
    world->m_textScale = env("CIRCLE_TEXT_SCALE", u"1"_s).toDouble();
    world->m_language = env("CIRCLE_JOURNEY_LANGUAGE", u"en"_s);
    world->m_data = env("CIRCLE_JOURNEY_DATA", u"fresh"_s);
    world->m_clinicLinked = env("CIRCLE_JOURNEY_CLINIC", u"none"_s) == u"linked";
    if (world->m_width < 200 || world->m_height < 200 || world->m_textScale < 0.5
        || !QStringList { u"en"_s, u"es"_s, u"es-system"_s }.contains(world->m_language)
        || !QStringList { u"fresh"_s, u"demo"_s }.contains(world->m_data)) {
        world->m_error = u"not a journey screen: %1"_s.arg(world->configuration());
        return world;
    }

    // The phone's own language: English (UK wording of dates is not what a US
    // phone shows, so en_US), or Spanish for "es-system".
    const bool spanishPhone = world->m_language == u"es-system";
    // A screen reader is listening, so controls keep their accessible names up
    // to date as they would for a person using one.
    QAccessible::setActive(true);
    QLocale::setDefault(spanishPhone ? QLocale(QLocale::Spanish, QLocale::Spain)
                                     : QLocale(QLocale::English, QLocale::UnitedStates));
    world->m_translator = std::make_unique<QTranslator>();
    if (AppShell::loadTranslation(*world->m_translator, QLocale()))
        QCoreApplication::installTranslator(world->m_translator.get());
    if (world->isSpanish() && !world->loadSpanishSources())
        return world;

    if (!world->m_dir.isValid()) {
        world->m_error = u"no temporary folder"_s;
        return world;
    }
    StoreOptions options;
    options.dataDir = world->m_dir.path();
    // A random raw key, as the app's key store would hand it out.
    QByteArray key(Store::KeySize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    options.key = key;
    world->m_clock = std::make_unique<JourneyClock>();
    options.clock = world->m_clock.get();
    auto store = Store::open(options);
    if (!store) {
        world->m_error = store.error().message;
        return world;
    }
    world->m_store = std::move(store.value());
    if (world->m_data == u"demo") {
        if (auto r = seedDemoData(*world->m_store); !r) {
            world->m_error = u"demo data: %1"_s.arg(r.error().message);
            return world;
        }
    }
    // A phone that has joined its clinic: the account as enrolment stores it.
    // Nothing syncs (AppObjects starts no session, as main() does), so
    // sharing is marked for the next sync and stays on this phone.
    if (world->m_clinicLinked) {
        SyncAccount account;
        account.serverUrl = QUrl(u"https://clinic.example"_s);
        account.pinSha256 = QByteArray(32, 'p');
        account.patientId = u"journey-patient"_s;
        if (auto r = account.save(*world->m_store); !r) {
            world->m_error = u"clinic: %1"_s.arg(r.error().message);
            return world;
        }
    }
    // Spanish chosen in Settings on an English phone, stored as Settings stores it.
    if (world->m_language == u"es") {
        if (auto r = world->m_store->setSetting(SettingsModel::LanguageKey, u"es"_s); !r) {
            world->m_error = r.error().message;
            return world;
        }
    }
    world->m_keys = KeyStore::createDefault();
    world->m_objects = std::make_unique<AppObjects>(*world->m_store, world->m_store->clock(),
        *world->m_keys, world->m_dir.path(), world->m_translator.get());
    // The phone's Downloads, inside the journey's folder, not the tester's own.
    world->m_objects->schedule.setExportFolder(world->downloadsFolder());
    // A phone with no app that takes calendar files: the file stays in Downloads, and
    // the journey reads it there (calendarTitles) as the patient's calendar app would.
    world->m_objects->schedule.setUrlOpener([](const QUrl &) { return false; });
    return world;
}

QString JourneyWorld::downloadsFolder() const
{
    return QDir(m_dir.path()).filePath(u"Downloads"_s);
}

void JourneyWorld::passTime(int seconds)
{
    m_clock->pass(qint64(seconds) * 1000);
}

void JourneyWorld::leaveAndComeBack()
{
    // What the system tells the app when the patient presses Home and opens it
    // again. The offscreen platform has no such states of its own, so the
    // journey says it for the system.
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    Q_EMIT app->applicationStateChanged(Qt::ApplicationSuspended);
    Q_EMIT app->applicationStateChanged(Qt::ApplicationActive);
}

QStringList JourneyWorld::calendarTitles() const
{
    QStringList titles;
    const QDir folder(downloadsFolder());
    for (const QString &name : folder.entryList({ u"*.ics"_s }, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Long lines are folded by a line break and a space; escaped commas read as commas.
        const QStringList lines
            = QString::fromUtf8(file.readAll().replace("\r\n ", "")).split(u"\r\n"_s);
        for (const QString &line : lines) {
            if (line.startsWith(u"SUMMARY:"_s))
                titles << line.mid(8).replace(u"\\,"_s, u","_s).replace(u"\\;"_s, u";"_s);
        }
    }
    titles.removeDuplicates();
    return titles;
}

JourneyWorld::~JourneyWorld()
{
    m_objects.reset();
    if (s_instance == this)
        s_instance = nullptr;
}

JourneyWorld *JourneyWorld::create(QQmlEngine *, QJSEngine *)
{
    if (s_instance)
        QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

QString JourneyWorld::configuration() const
{
    return u"%1x%2, text %3, %4, %5%6"_s.arg(m_width)
        .arg(m_height)
        .arg(m_textScale)
        .arg(m_language, m_data, m_clinicLinked ? u", clinic joined"_s : QString());
}

bool JourneyWorld::loadSpanishSources()
{
    QFile file(QStringLiteral(CIRCLE_TS_DIR "/circle_es.ts"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read %1"_s.arg(file.fileName());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
            const QString translation = numerus ? QString() : xml.readElementText();
            // Words that read the same in both languages ("No", "Total") are not English left over.
            if (!numerus && !translation.isEmpty() && translation != source)
                m_englishSources.insert(source);
        }
    }
    if (m_englishSources.isEmpty()) {
        m_error = u"no Spanish translations in %1"_s.arg(file.fileName());
        return false;
    }
    return true;
}

QObject *JourneyWorld::find(QQuickWindow *window, const QString &name) const
{
    const QList<QObject *> all = findAll(window, name);
    return all.isEmpty() ? nullptr : all.first();
}

QList<QObject *> JourneyWorld::findAll(QQuickWindow *window, const QString &name) const
{
    QList<QObject *> found;
    if (!window)
        return found;
    collect(window->contentItem(), [&](QQuickItem *item) {
        if (item->objectName() == name)
            found << item;
        // A popup (a dialog, the first run) shows through an item of its own;
        // the name is the popup's.
        else if (isA(item, "QQuickPopupItem") && item->parent()
            && item->parent()->objectName() == name)
            found << item->parent();
        return true;
    });
    return found;
}

void JourneyWorld::type(QQuickWindow *window, const QString &text) const
{
    if (!window)
        return;
    for (const QChar ch : text) {
        // Qt's key codes for Latin letters are their upper-case code points.
        const int key = ch == u' ' ? int(Qt::Key_Space) : int(ch.toUpper().unicode());
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(window, &press);
        QCoreApplication::sendEvent(window, &release);
        QCoreApplication::processEvents();
    }
}

bool JourneyWorld::settled(QQuickWindow *window) const
{
    bool still = true;
    if (!window)
        return still;
    collect(window->contentItem(), [&](QQuickItem *item) {
        if ((isA(item, "QQuickStackView") && item->property("busy").toBool())
            || (isA(item, "QQuickFlickable") && item->property("moving").toBool()))
            still = false;
        return still;
    });
    // A dialog fading in or out is moving too, even when nearly transparent:
    // until it has gone, its dimmed backdrop still takes the taps.
    const std::function<void(QQuickItem *)> popups = [&](QQuickItem *item) {
        if (isA(item, "QQuickPopupItem") && item->parent()) {
            const QObject *popup = item->parent();
            if (popup->property("visible").toBool() != popup->property("opened").toBool())
                still = false;
        }
        for (QQuickItem *child : item->childItems())
            popups(child);
    };
    if (still)
        popups(window->contentItem());
    return still;
}

void JourneyWorld::bringIntoView(QQuickItem *item) const
{
    // The same scrolling the app does for keyboard focus: what a swipe would show.
    KeyboardNavigation::scrollIntoView(item);
}

QStringList JourneyWorld::unreadableTexts(QQuickWindow *window) const
{
    QStringList problems;
    if (!window)
        return problems;
    const double windowWidth = window->width();
    collect(window->contentItem(), [&](QQuickItem *item) {
        if (!isA(item, "QQuickText"))
            return true;
        const QString text = item->property("text").toString();
        if (text.trimmed().isEmpty() || item->width() <= 0 || scrolledAway(item))
            return true;
        const QString where = u"\"%1\" (%2)"_s.arg(text.left(60), item->objectName());
        const bool preview = item->property("maximumLineCount").toInt() != INT_MAX;
        if (item->property("truncated").toBool() && !preview)
            problems << u"cut off: "_s + where;
        const double contentWidth = item->property("contentWidth").toDouble();
        const bool elides = item->property("elide").toInt() != 0;
        if (!elides && contentWidth > item->width() + 1.5)
            problems
                << u"runs over its space (%1 of %2 px): "_s.arg(contentWidth).arg(item->width())
                    + where;
        const QRectF r = item->mapRectToScene(
            QRectF(0, 0, std::min(contentWidth, item->width()), item->height()));
        // Wholly beside the window is out of sight (a page slid away); partly is cut.
        const bool onScreen = r.right() > 0 && r.left() < windowWidth;
        if (onScreen && (r.right() > windowWidth + 1.5 || r.left() < -1.5))
            problems << u"off the screen's side: "_s + where;
        return true;
    });
    return problems;
}

QStringList JourneyWorld::untranslatedTexts(QQuickWindow *window) const
{
    QStringList english;
    if (!window || !isSpanish())
        return english;
    collect(window->contentItem(), [&](QQuickItem *item) {
        for (const char *property : { "text", "placeholderText", "title" }) {
            const QString text = item->property(property).toString();
            if (!text.isEmpty() && m_englishSources.contains(text))
                english << u"\"%1\" (%2.%3)"_s.arg(
                    text.left(60), item->objectName(), QString::fromLatin1(property));
        }
        return true;
    });
    english.removeDuplicates();
    return english;
}

QStringList JourneyWorld::unnamedControls(QQuickWindow *window) const
{
    QStringList unnamed;
    if (!window)
        return unnamed;
    collect(window->contentItem(), [&](QQuickItem *item) {
        // What the keyboard can reach is what a screen reader announces.
        const bool tabStop
            = item->activeFocusOnTab() || (item->property("focusPolicy").toInt() & Qt::TabFocus);
        if (!tabStop || !item->isEnabled() || scrolledAway(item))
            return true;
        // A control's own editor (a spin box's number) is announced as part of
        // the control, under the control's name.
        const QQuickItem *owner = item->parentItem();
        if (owner && isA(owner, "QQuickControl")
            && owner->property("contentItem").value<QQuickItem *>() == item)
            return true;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << u"%1 \"%2\""_s.arg(
                QString::fromLatin1(item->metaObject()->className()), item->objectName());
        return true;
    });
    unnamed.removeDuplicates();
    return unnamed;
}

QString JourneyWorld::saveScreenshot(QQuickWindow *window, const QString &name) const
{
    const QString dir = qEnvironmentVariable("CIRCLE_JOURNEY_SHOTS");
    if (dir.isEmpty() || !window)
        return {};
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + u".png"_s);
    return window->grabWindow().save(path) ? path : QString();
}

} // namespace circle::test
