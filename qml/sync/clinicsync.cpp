#include "clinicsync.h"

#include "appshell/timeformat.h"
#include "clock.h"
#include "keystore.h"
#include "store.h"
#include "syncaccount.h"
#include "syncsession.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClinicSync, "circle.sync.ui")

namespace circle {

namespace {
// Kept in the store so "last synced" survives a restart; the engine only
// knows the syncs of this run.
constexpr const char *LastSuccessKey = "sync_last_success_ms";
constexpr qint64 MinuteMs = 60'000;
} // namespace

ClinicSync::ClinicSync(
    Store &store, KeyStore &keys, const QString &dataDir, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(keys)
    , m_dataDir(dataDir)
    , m_clock(clock)
    , m_notSynced(store)
    , m_timeZone(QTimeZone::systemTimeZone())
{
    connect(&m_notSynced, &NotSyncedModel::countChanged, this, &ClinicSync::changed);
    // A C++ timer, not a QML one: relative times are the model's business.
    m_minute.setInterval(int(MinuteMs));
    connect(&m_minute, &QTimer::timeout, this, &ClinicSync::changed);

    auto account = SyncAccount::load(m_store);
    if (account && account.value()) {
        m_enrolled = true;
        m_serverAddress = account.value()->serverUrl.host();
    }
    if (auto last = m_store.setting(LastSuccessKey); last && !last.value().isEmpty())
        m_lastSuccess = QDateTime::fromMSecsSinceEpoch(last.value().toLongLong(), QTimeZone::utc());
}

ClinicSync::~ClinicSync()
{
    stopSession();
}

void ClinicSync::stopSession()
{
    if (!m_session)
        return;
    // The engine listens to the store for local changes; the store outlives it.
    m_store.setChangeListener({});
    m_session.reset();
}

void ClinicSync::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    m_notSynced.setTimeZone(zone);
    Q_EMIT changed();
}

QString ClinicSync::resume()
{
    stopSession();
    m_setupProblem.clear();
    auto account = SyncAccount::load(m_store);
    if (!account) {
        m_setupProblem = tr("Circle could not read this phone's clinic settings.");
        Q_EMIT changed();
        return account.error().message;
    }
    if (!account.value()) {
        setEnrolled(false, {});
        m_minute.stop();
        Q_EMIT changed();
        return {}; // not enrolled: nothing to sync, nothing wrong
    }
    setEnrolled(true, account.value()->serverUrl.host());
    m_minute.start();

    const auto secret = [&](const char *purpose) {
        return m_keys.load(secretAccount(QString::fromLatin1(purpose), m_dataDir));
    };
    const auto token = secret(SyncAccount::DeviceTokenPurpose);
    const auto key = secret(SyncAccount::SyncKeyPurpose);
    QString why;
    if (!token.ok() || !key.ok()) {
        why = token.ok() ? key.error : token.error;
    } else if (auto session
               = SyncSession::create(m_store, *account.value(), token.key, key.key, m_options);
               !session) {
        why = session.error().message;
    } else {
        m_session = std::move(session).value();
    }
    if (!m_session) {
        m_setupProblem = tr("This phone's keys for syncing are missing from its key store, so it "
                            "cannot sync. Everything on this phone is still here. Ask your clinic "
                            "for a new invite and join again with your recovery code.");
        Q_EMIT changed();
        return why;
    }
    SyncEngine &engine = m_session->engine();
    connect(&engine, &SyncEngine::statusChanged, this, &ClinicSync::onEngineStatus);
    connect(&engine, &SyncEngine::syncFinished, this, &ClinicSync::onSyncFinished);
    connect(&engine, &SyncEngine::recordsArrived, this, &ClinicSync::recordsArrived);
    engine.start();
    Q_EMIT changed();
    return {};
}

void ClinicSync::setEnrolled(bool enrolled, const QString &serverAddress)
{
    if (m_enrolled == enrolled && m_serverAddress == serverAddress)
        return;
    m_enrolled = enrolled;
    m_serverAddress = serverAddress;
    Q_EMIT enrolledChanged();
}

SyncEngine *ClinicSync::engine() const
{
    return m_session ? &m_session->engine() : nullptr;
}

bool ClinicSync::syncing() const
{
    return engine() && engine()->syncing();
}

int ClinicSync::pendingCount() const
{
    if (auto *e = engine())
        return e->pendingCount();
    return 0;
}

void ClinicSync::syncNow()
{
    if (auto *e = engine())
        e->syncNow();
}

void ClinicSync::refresh()
{
    m_notSynced.refresh();
    Q_EMIT changed();
}

void ClinicSync::onEngineStatus()
{
    if (engine() && engine()->rejectedCount() != m_notSynced.count())
        m_notSynced.refresh();
    Q_EMIT changed();
}

void ClinicSync::onSyncFinished(bool ok)
{
    if (ok) {
        m_lastSuccess = engine()->lastSuccess();
        if (auto r = m_store.setSetting(
                LastSuccessKey, QString::number(m_lastSuccess.toMSecsSinceEpoch()));
            !r)
            qCWarning(lcClinicSync) << "could not keep the time of the last sync";
    } else if (engine()) {
        // The kind, never the text: an error may quote the server.
        qCInfo(lcClinicSync) << "sync failed:" << engine()->lastProblem();
    }
    m_notSynced.refresh();
    Q_EMIT changed();
}

ClinicSync::State ClinicSync::state() const
{
    if (!m_enrolled)
        return State::NotEnrolled;
    if (syncing())
        return State::Syncing;
    if (!m_setupProblem.isEmpty() || rejectedCount() > 0)
        return State::Attention;
    if (auto *e = engine()) {
        // Being offline is normal on a phone: the changes wait, nothing is wrong.
        if (e->lastProblem() == SyncEngine::Problem::Offline)
            return State::Waiting;
        if (e->lastProblem() != SyncEngine::Problem::None)
            return State::Attention;
    }
    if (pendingCount() > 0 || !m_lastSuccess.isValid())
        return State::Waiting;
    return State::UpToDate;
}

QString ClinicSync::problemText(SyncEngine::Problem problem)
{
    switch (problem) {
    case SyncEngine::Problem::None:
        return {};
    case SyncEngine::Problem::Offline:
        return tr("Circle could not reach your clinic's server. Your changes are kept on this "
                  "phone and will be sent when it is back online.");
    case SyncEngine::Problem::Untrusted:
        return tr("The server did not prove it is your clinic's, so Circle sent nothing. If this "
                  "keeps happening, tell your clinic.");
    case SyncEngine::Problem::NotAuthorized:
        return tr("Your clinic no longer recognises this phone. Ask them for a new invite. "
                  "Nothing on this phone is lost.");
    case SyncEngine::Problem::ServerTrouble:
        return tr("Your clinic's server is busy or having trouble. Circle will try again by "
                  "itself.");
    case SyncEngine::Problem::Refused:
        return tr("Your clinic's server did not accept this sync. Circle will try again; if this "
                  "keeps happening, tell your clinic.");
    case SyncEngine::Problem::NewerProtocol:
        return tr("Your clinic's server needs a newer version of Circle. Update Circle to keep "
                  "syncing.");
    case SyncEngine::Problem::Local:
        return tr("Circle could not read or write its own storage on this phone while syncing. "
                  "Restart Circle; if this keeps happening, free up some space.");
    }
    return {};
}

QString ClinicSync::problem() const
{
    if (!m_setupProblem.isEmpty())
        return m_setupProblem;
    if (auto *e = engine())
        return problemText(e->lastProblem());
    return {};
}

QString ClinicSync::lastSuccessText() const
{
    if (!m_lastSuccess.isValid())
        return tr("Not synced yet");
    const qint64 now = m_clock.nowMs();
    const qint64 ago = std::max<qint64>(0, now - m_lastSuccess.toMSecsSinceEpoch());
    if (ago < MinuteMs)
        return tr("Synced just now");
    if (ago < 60 * MinuteMs)
        return tr("Synced %1 min ago").arg(ago / MinuteMs);
    const QDateTime when = m_lastSuccess.toTimeZone(m_timeZone);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, m_timeZone).date();
    const QString time = TimeFormat::shortTime(when.time());
    if (when.date() == today)
        return tr("Synced today at %1").arg(time);
    if (when.date() == today.addDays(-1))
        return tr("Synced yesterday at %1").arg(time);
    return tr("Synced %1 at %2").arg(TimeFormat::dayAndMonth(when.date()), time);
}

QString ClinicSync::indicatorText() const
{
    switch (state()) {
    case State::NotEnrolled:
        return {};
    case State::Syncing:
        return tr("Syncing…");
    case State::Attention:
        if (!problem().isEmpty())
            return tr("Sync needs your attention");
        return tr("Not synced: %1").arg(rejectedCount());
    case State::Waiting:
        if (pendingCount() > 0)
            return tr("Waiting to sync: %1").arg(pendingCount());
        return lastSuccessText();
    case State::UpToDate:
        return lastSuccessText();
    }
    return {};
}

} // namespace circle
