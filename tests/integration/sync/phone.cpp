#include "phone.h"

#include "enrollment.h"
#include "invite.h"
#include "testutil.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace circle::test {

Phone::Phone(const Clock &clock)
    : m_clock(clock)
{
    open();
}

Phone::~Phone() = default;

void Phone::open()
{
    StoreOptions o;
    o.dataDir = m_dir.path();
    o.key = testKey();
    o.clock = &m_clock;
    auto s = Store::open(o);
    if (!s) {
        m_error = s.error().message;
        return;
    }
    m_store = std::move(s).value();
}

void Phone::restart()
{
    m_engine.reset();
    m_store.reset();
    open();
    if (m_transport) {
        SyncEngine::Options options;
        options.afterChangeMs = 3'600'000; // tests decide when to sync
        if (m_batchSize > 0) {
            options.pushBatch = m_batchSize;
            options.pullLimit = m_batchSize;
        }
        m_engine = std::make_unique<SyncEngine>(
            *m_store, *m_transport, Sealer::fromKey(m_syncKey).value(), options);
    }
}

bool Phone::enroll(const QString &inviteText, const QByteArray &syncKey)
{
    auto invite = Invite::parse(inviteText);
    if (!invite) {
        m_error = invite.error().message;
        return false;
    }
    HttpTransport::Config config;
    config.serverUrl = invite.value().serverUrl;
    config.pinSha256 = invite.value().pinSha256;
    config.timeoutMs = 10'000;
    m_transport = std::make_unique<HttpTransport>(config);

    QEventLoop loop;
    bool ok = false;
    enrollDevice(
        *m_transport, invite.value().code, u"test phone"_s, [&](Result<v1::EnrollResponse> r) {
            if (r) {
                m_transport->setToken(QByteArray::fromStdString(r.value().device_token()));
                ok = true;
            } else {
                m_error = r.error().message;
            }
            loop.quit();
        });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!ok)
        return false;
    m_syncKey = syncKey;
    restart();
    return true;
}

void Phone::startSync()
{
    if (m_engine)
        m_engine->syncNow();
}

// Waits for the engine's next syncFinished; kick starts a sync (or not) after
// the connection is made, so a sync that ends at once is not missed.
bool Phone::runUntilFinished(const std::function<void()> &kick, int timeoutMs)
{
    // A failed enrollment is reported where it happens; what follows fails plainly.
    if (!m_engine) {
        m_error = u"this phone is not enrolled"_s;
        return false;
    }
    QEventLoop loop;
    bool finished = false;
    auto c = QObject::connect(m_engine.get(), &SyncEngine::syncFinished, &loop, [&](bool ok) {
        m_lastOk = ok;
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    kick();
    if (!finished && m_engine->syncing())
        loop.exec();
    QObject::disconnect(c);
    m_error = m_engine->lastError();
    return finished && m_lastOk;
}

bool Phone::waitForSync(int timeoutMs)
{
    return runUntilFinished([] {}, timeoutMs);
}

bool Phone::sync(int timeoutMs)
{
    return runUntilFinished([this] { m_engine->syncNow(); }, timeoutMs);
}

} // namespace circle::test
