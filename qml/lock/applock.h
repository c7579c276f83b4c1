#pragma once

#include "passcode.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>

namespace circle {

class Clock;
class Store;

/**
 * The optional app passcode and the lock screen's state.
 *
 * The passcode itself is never stored: only its hash (core's passcode.h) in
 * the encrypted store's settings.
 * Wrong guesses are counted in the store too, so quitting the app does not
 * reset them: after FreeTries wrong ones each further try waits, 30 seconds
 * first, doubling up to 15 minutes, counted on the injected clock.
 *
 * With a passcode set the app starts locked, locks when it goes to the
 * background, and, when autoLockMinutes is 1, 5 or 15, after that long without
 * a touch or a key press. autoLockMinutes 0 means "only when I leave the app".
 * Idle time is watched by an event filter on the application, so QML needs no
 * timer for it.
 */
class AppLock : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool passcodeSet READ isPasscodeSet NOTIFY passcodeSetChanged)
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY
            autoLockMinutesChanged)
    Q_PROPERTY(QVariantList autoLockChoices READ autoLockChoices CONSTANT)
    Q_PROPERTY(int minimumLength READ minimumLength CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /** Too many wrong tries: no try is taken until the wait is over (the message counts down). */
    Q_PROPERTY(bool waiting READ isWaiting NOTIFY errorMessageChanged)

public:
    static constexpr int MinimumLength = passcode::MinimumLength;
    static constexpr int MaximumLength = passcode::MaximumLength;
    static constexpr int FreeTries = 5;
    static constexpr qint64 FirstWaitMs = 30 * 1000;
    static constexpr qint64 LongestWaitMs = 15 * 60 * 1000;

    static constexpr const char *HashKey = passcode::HashSetting;
    static constexpr const char *FailuresKey = "passcode_failures";
    static constexpr const char *RetryAtKey = "passcode_retry_ms";
    static constexpr const char *AutoLockKey = "auto_lock_minutes";

    AppLock(Store &store, const Clock &clock, QObject *parent = nullptr);
    ~AppLock() override;

    bool isPasscodeSet() const { return m_passcodeSet; }
    bool isLocked() const { return m_locked; }
    int autoLockMinutes() const { return m_autoLockMinutes; }
    void setAutoLockMinutes(int minutes);
    QVariantList autoLockChoices() const { return { 0, 1, 5, 15 }; }
    int minimumLength() const { return MinimumLength; }
    QString errorMessage() const { return m_error; }
    bool isWaiting() const;

    /**
     * Sets or changes the passcode. current must be the passcode in use when one
     * is set (and counts as a try); confirm must repeat newCode.
     */
    Q_INVOKABLE bool setPasscode(
        const QString &current, const QString &newCode, const QString &confirm);
    /** Turns the passcode off; current must be right. */
    Q_INVOKABLE bool removePasscode(const QString &current);
    /** Unlocks when code is right; otherwise says why in errorMessage. */
    Q_INVOKABLE bool unlock(const QString &code);
    /** Locks now, when a passcode is set. */
    Q_INVOKABLE void lock();
    Q_INVOKABLE void clearError();

    /** Locks on leaving the app; connected to QGuiApplication::applicationStateChanged. */
    void handleApplicationState(Qt::ApplicationState state);
    /** How long a "minute" of idle time lasts; tests shorten it. */
    void setMinuteMs(int ms);

Q_SIGNALS:
    void passcodeSetChanged();
    void lockedChanged();
    void autoLockMinutesChanged();
    void errorMessageChanged();
    /** Just before the lock covers the pages: unsaved work should be stored now. */
    void aboutToLock();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** True when code matches the stored hash; counts and rate-limits failures. */
    bool check(const QString &code);
    /** Non-empty while wrong tries must wait, saying how long. */
    QString waitMessage() const;
    void setError(const QString &error);
    void setLocked(bool locked);
    void restartIdleTimer();
    void tickCountdown();

    Store &m_store;
    const Clock &m_clock;
    bool m_passcodeSet = false;
    bool m_locked = false;
    int m_autoLockMinutes = 0;
    int m_failures = 0;
    qint64 m_retryAtMs = 0;
    int m_minuteMs = 60 * 1000;
    QTimer m_idle;
    QTimer m_countdown;
    QString m_error;
};

} // namespace circle
