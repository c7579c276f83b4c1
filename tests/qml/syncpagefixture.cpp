#include "syncpagefixture.h"

#include "appshell/qmlsingletons.h"
#include "outbox.h"
#include "records.h"
#include "syncaccount.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace circle::test {

std::unique_ptr<SyncPageFixture> SyncPageFixture::open()
{
    std::unique_ptr<SyncPageFixture> f(new SyncPageFixture);
    f->m_clock.set(QDateTime::currentMSecsSinceEpoch());
    if (!f->m_serverDir.isValid() || !f->m_phoneDir.isValid()) {
        f->m_error = u"no temporary folder"_s;
        return f;
    }
    // A fixed port, so the server stopped and started again is where the phone expects it.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    if (!f->m_server.start(f->m_serverDir.path(), f->m_serverDir.filePath(u"clinic.sqlite"_s),
            { u"--listen"_s, u"127.0.0.1:%1"_s.arg(port) })) {
        f->m_error = u"circle-server did not start: "_s + f->m_server.error();
        return f;
    }
    auto seeded = f->m_server.admin({ u"seed-demo"_s });
    f->m_invite = seeded[u"invite"_s];
    if (f->m_invite.isEmpty()) {
        f->m_error = u"the demo clinic gave no invite"_s;
        return f;
    }
    f->m_keys = KeyStore::createDefault();
    StoreOptions options;
    options.dataDir = f->m_phoneDir.path();
    options.key = QByteArray(Store::KeySize, 's');
    options.clock = &f->m_clock;
    auto store = Store::open(options);
    if (!store) {
        f->m_error = store.error().message;
        return f;
    }
    f->m_store = std::move(store).value();
    f->m_sync
        = std::make_unique<ClinicSync>(*f->m_store, *f->m_keys, f->m_phoneDir.path(), f->m_clock);
    SyncEngine::Options engine;
    engine.afterChangeMs = 3'600'000; // the test decides when to sync
    engine.periodMs = 3'600'000;
    engine.backoffBaseMs = 3'600'000;
    f->m_sync->setEngineOptions(engine);
    f->m_sync->setTimeZone(QTimeZone::utc());
    f->m_enrollment = std::make_unique<ClinicEnrollment>(
        *f->m_store, *f->m_keys, f->m_phoneDir.path(), *f->m_sync);
    f->m_enrollment->setTimeoutMs(10'000);
    QmlSingletons::setClinicSync(f->m_sync.get());
    QmlSingletons::setClinicEnrollment(f->m_enrollment.get());
    return f;
}

SyncPageFixture::~SyncPageFixture()
{
    QmlSingletons::setClinicSync(nullptr);
    QmlSingletons::setClinicEnrollment(nullptr);
    m_enrollment.reset();
    m_sync.reset();
    if (m_keys)
        for (const char *purpose : { SyncAccount::SyncKeyPurpose, SyncAccount::DeviceTokenPurpose })
            m_keys->remove(secretAccount(QString::fromLatin1(purpose), m_phoneDir.path()));
    if (s_instance == this)
        s_instance = nullptr;
}

SyncPageFixture *SyncPageFixture::create(QQmlEngine *, QJSEngine *)
{
    if (s_instance)
        QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void SyncPageFixture::stopServer()
{
    m_server.stop();
}

bool SyncPageFixture::startServer()
{
    return m_server.restart();
}

bool SyncPageFixture::queueRefusedChange()
{
    v1::Group forged;
    forged.set_name("Made up on the phone");
    forged.mutable_meta()->set_id("0190a0b0-0000-7000-8000-000000000001");
    forged.mutable_meta()->set_hlc(m_store->hlc().now().toString().toStdString());
    OutboxEntry e;
    e.mutationId = u"0190a0b0-0000-7000-8000-0000000000aa"_s;
    e.recordType = u"group"_s;
    e.recordId = qs(forged.meta().id());
    e.hlc = qs(forged.meta().hlc());
    e.createdMs = m_clock.nowMs();
    e.payload = QByteArray::fromStdString(forged.SerializeAsString());
    return Outbox(*m_store).append(e).ok();
}

void SyncPageFixture::advanceMinutes(int minutes)
{
    m_clock.advance(qint64(minutes) * 60'000);
    m_sync->refresh();
}

} // namespace circle::test
