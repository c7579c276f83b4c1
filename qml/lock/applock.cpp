#include "applock.h"

#include "clock.h"
#include "passcode.h"
#include "store.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace circle {

AppLock::AppLock(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    const auto hash = m_store.setting(HashKey);
    m_passcodeSet = hash && !hash.value().isEmpty();
    if (const auto v = m_store.setting(FailuresKey); v)
        m_failures = v.value().toInt();
    if (const auto v = m_store.setting(RetryAtKey); v)
        m_retryAtMs = v.value().toLongLong();
    if (const auto v = m_store.setting(AutoLockKey); v && !v.value().isEmpty()) {
        const int minutes = v.value().toInt();
        if (autoLockChoices().contains(minutes))
            m_autoLockMinutes = minutes;
    }
    // A passcode protects the pages from the very first frame.
    m_locked = m_passcodeSet;

    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &AppLock::lock);
    // While a wait runs, the message counts down each second, so the patient
    // sees when to try again instead of guessing and lengthening the wait.
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &AppLock::tickCountdown);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(
            app, &QGuiApplication::applicationStateChanged, this, &AppLock::handleApplicationState);
    }
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    restartIdleTimer();
}

AppLock::~AppLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void AppLock::setAutoLockMinutes(int minutes)
{
    if (!autoLockChoices().contains(minutes) || minutes == m_autoLockMinutes)
        return;
    if (auto r = m_store.setSetting(AutoLockKey, QString::number(minutes)); !r) {
        setError(tr("Could not save the setting: %1").arg(r.error().message));
        return;
    }
    m_autoLockMinutes = minutes;
    Q_EMIT autoLockMinutesChanged();
    restartIdleTimer();
}

void AppLock::setMinuteMs(int ms)
{
    m_minuteMs = std::max(1, ms);
    restartIdleTimer();
}

QString AppLock::waitMessage() const
{
    const qint64 left = m_retryAtMs - m_clock.nowMs();
    if (left <= 0)
        return {};
    // Whole sentences per case rather than "%n", so English reads right
    // without plural forms in the English translation file.
    const int seconds = int((left + 999) / 1000);
    if (seconds > 90) {
        const int minutes = (seconds + 59) / 60;
        return tr("Too many wrong tries. Try again in %1 minutes.").arg(minutes);
    }
    if (seconds == 1)
        return tr("Too many wrong tries. Try again in a second.");
    return tr("Too many wrong tries. Try again in %1 seconds.").arg(seconds);
}

bool AppLock::check(const QString &code)
{
    if (const QString wait = waitMessage(); !wait.isEmpty()) {
        setError(wait);
        m_countdown.start();
        return false;
    }
    const auto hash = m_store.setting(HashKey);
    if (!hash) {
        setError(tr("Could not read the store: %1").arg(hash.error().message));
        return false;
    }
    const auto match = passcode::matches(hash.value().toLatin1(), code);
    if (!match) {
        setError(tr("The passcode cannot be checked on this phone."));
        return false;
    }
    const bool right = match.value();

    if (right) {
        if (m_failures != 0 || m_retryAtMs != 0) {
            m_failures = 0;
            m_retryAtMs = 0;
            (void)m_store.setSetting(FailuresKey, u"0"_s);
            (void)m_store.setSetting(RetryAtKey, u"0"_s);
        }
        return true;
    }
    ++m_failures;
    if (m_failures >= FreeTries) {
        const int doublings = std::min(m_failures - FreeTries, 10);
        const qint64 wait = std::min(FirstWaitMs << doublings, LongestWaitMs);
        m_retryAtMs = m_clock.nowMs() + wait;
    }
    (void)m_store.setSetting(FailuresKey, QString::number(m_failures));
    (void)m_store.setSetting(RetryAtKey, QString::number(m_retryAtMs));
    const QString wait = waitMessage();
    setError(wait.isEmpty() ? tr("That passcode is not right. Please try again.")
                            : tr("That passcode is not right.") + u' ' + wait);
    if (!wait.isEmpty())
        m_countdown.start();
    return false;
}

bool AppLock::isWaiting() const
{
    return m_retryAtMs > m_clock.nowMs();
}

void AppLock::tickCountdown()
{
    const QString wait = waitMessage();
    if (!wait.isEmpty()) {
        setError(wait);
        return;
    }
    m_countdown.stop();
    setError(tr("You can try your passcode again now."));
}

bool AppLock::setPasscode(const QString &current, const QString &newCode, const QString &confirm)
{
    if (m_passcodeSet && !check(current))
        return false;
    if (newCode.size() < MinimumLength) {
        setError(tr("Use at least %1 characters.").arg(MinimumLength));
        return false;
    }
    if (newCode.size() > MaximumLength) {
        setError(tr("Use at most %1 characters.").arg(MaximumLength));
        return false;
    }
    if (newCode != confirm) {
        setError(tr("The two passcodes are not the same. Please type it again."));
        return false;
    }
    std::optional<passcode::Problem> problem;
    if (auto r = passcode::store(m_store, newCode, &problem); !r) {
        if (!problem)
            setError(tr("Could not save the passcode: %1").arg(r.error().message));
        else if (*problem == passcode::Problem::NoSodium)
            setError(tr("A passcode cannot be set on this phone."));
        else
            setError(tr("There was not enough memory to protect the passcode. Please try again."));
        return false;
    }
    const bool wasSet = m_passcodeSet;
    m_passcodeSet = true;
    setError({});
    if (!wasSet)
        Q_EMIT passcodeSetChanged();
    restartIdleTimer();
    return true;
}

bool AppLock::removePasscode(const QString &current)
{
    if (!m_passcodeSet)
        return true;
    if (!check(current))
        return false;
    if (auto r = m_store.setSetting(HashKey, QString()); !r) {
        setError(tr("Could not save the setting: %1").arg(r.error().message));
        return false;
    }
    m_passcodeSet = false;
    setError({});
    Q_EMIT passcodeSetChanged();
    setLocked(false);
    restartIdleTimer();
    return true;
}

bool AppLock::unlock(const QString &code)
{
    if (!m_locked)
        return true;
    if (code.isEmpty()) {
        setError(tr("Type your passcode to open Circle."));
        return false;
    }
    if (!check(code))
        return false;
    setError({});
    setLocked(false);
    return true;
}

void AppLock::lock()
{
    if (!m_passcodeSet || m_locked)
        return;
    Q_EMIT aboutToLock();
    setLocked(true);
}

void AppLock::clearError()
{
    setError({});
}

void AppLock::handleApplicationState(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended)
        lock();
}

void AppLock::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorMessageChanged();
}

void AppLock::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    Q_EMIT lockedChanged();
    restartIdleTimer();
}

void AppLock::restartIdleTimer()
{
    if (m_passcodeSet && !m_locked && m_autoLockMinutes > 0)
        m_idle.start(m_autoLockMinutes * m_minuteMs);
    else
        m_idle.stop();
}

bool AppLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        if (m_idle.isActive())
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace circle
