#include "syncaccount.h"

#include "synctext.h"

#include "store.h"

using namespace Qt::StringLiterals;

namespace circle {

namespace {
constexpr const char *UrlKey = "sync_server_url";
constexpr const char *PinKey = "sync_server_pin";
constexpr const char *PatientKey = "sync_patient_id";
constexpr const char *PlainKey = "sync_plain_http_dev";
} // namespace

Result<std::optional<SyncAccount>> SyncAccount::load(Store &store)
{
    auto url = store.setting(UrlKey);
    if (!url)
        return url.error();
    if (url.value().isEmpty())
        return std::optional<SyncAccount>();
    SyncAccount a;
    a.serverUrl = QUrl(url.value(), QUrl::StrictMode);
    auto pin = store.setting(PinKey);
    auto patient = store.setting(PatientKey);
    auto plain = store.setting(PlainKey);
    if (!pin || !patient || !plain)
        return Error::make(Error::Code::Io, SyncText::tr("The sync settings could not be read."));
    a.pinSha256 = QByteArray::fromBase64(pin.value().toLatin1());
    a.patientId = patient.value();
    a.plainHttpForDevelopment = plain.value() == u"1"_s;
    return std::optional<SyncAccount>(std::move(a));
}

Result<void> SyncAccount::save(Store &store) const
{
    sql::Transaction tx(store.connection());
    if (!tx.active())
        return tx.beginError();
    for (const auto &[key, value] : { std::pair { UrlKey, serverUrl.toString() },
             std::pair { PinKey, QString::fromLatin1(pinSha256.toBase64()) },
             std::pair { PatientKey, patientId },
             std::pair { PlainKey, plainHttpForDevelopment ? u"1"_s : u"0"_s } })
        if (auto r = store.setSetting(key, value); !r)
            return r;
    return tx.commit();
}

HttpTransport::Config SyncAccount::transportConfig() const
{
    HttpTransport::Config c;
    c.serverUrl = serverUrl;
    c.pinSha256 = pinSha256;
    c.allowPlainHttpOnLoopback = plainHttpForDevelopment;
    return c;
}

} // namespace circle
