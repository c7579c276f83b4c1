// Tokens: missing, unknown, revoked and expired ones get 401 on every device endpoint.
#include "clinicfixture.h"

#include <QThread>

using namespace Qt::StringLiterals;
using namespace circle::servertest;

namespace {

int pullStatus(ApiClient &api, const QString &token)
{
    circle::v1::PullRequest request;
    request.set_protocol_version(1);
    return api.call(u"/v1/pull"_s, request, nullptr, token);
}

int pushStatus(ApiClient &api, const QString &token)
{
    circle::v1::PushRequest request;
    request.set_protocol_version(1);
    *request.add_mutations()
        = sealedMutation(u"mood_check_in"_s, newId(), hlcAt(5), opaqueSealed("m"_ba));
    return api.call(u"/v1/push"_s, request, nullptr, token);
}

class AuthTest : public ClinicTest
{
};

TEST_F(AuthTest, MissingOrUnknownTokensAreUnauthorized)
{
    EXPECT_EQ(pullStatus(api(), {}), 401);
    EXPECT_EQ(pullStatus(api(), u"cdt_bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtZXZlci1ldmVy"_s), 401);
    EXPECT_EQ(pullStatus(api(), u"has spaces and \"quotes\""_s), 401);
    EXPECT_EQ(pushStatus(api(), {}), 401);
    const HttpResult r = api().post(u"/v1/pull"_s, {}, {});
    circle::v1::ErrorResponse error;
    ASSERT_TRUE(error.ParseFromArray(r.body.constData(), int(r.body.size())));
    EXPECT_EQ(error.code(), "unauthorized");
    EXPECT_EQ(error.protocol_version(), 2) << "errors name the newest version the server speaks";
}

TEST_F(AuthTest, ARevokedDeviceIsUnauthorizedOnItsNextRequest)
{
    const Therapist t = addTherapist(u"Mia Lund"_s);
    const QString group = createGroup(t, u"Group"_s);
    const Device phone = newPatient(group, u"Lost phone"_s);
    const Device other = newPatient(group, u"Other phone"_s);
    ASSERT_EQ(pullStatus(api(), phone.token), 200);

    QByteArray listing;
    server().admin({ u"list-devices"_s }, &listing);
    QString deviceId;
    for (const QByteArray &line : listing.split('\n')) {
        if (line.contains("patient=" + phone.patientId.toLatin1()))
            deviceId = QString::fromLatin1(line.split(' ').value(1));
    }
    ASSERT_FALSE(deviceId.isEmpty()) << listing.toStdString();
    auto revoked = server().admin({ u"revoke-device"_s, deviceId });
    ASSERT_EQ(revoked[u"exit"_s], u"0"_s) << revoked[u"stderr"_s].toStdString();

    EXPECT_EQ(pullStatus(api(), phone.token), 401);
    EXPECT_EQ(pushStatus(api(), phone.token), 401);
    EXPECT_EQ(pullStatus(api(), other.token), 200) << "only that device is revoked";
    server().admin({ u"list-devices"_s }, &listing);
    EXPECT_TRUE(listing.contains("status=revoked"));
    EXPECT_EQ(server().admin({ u"revoke-device"_s, newId() })[u"exit"_s], u"1"_s);
}

class ExpiringTokenTest : public ClinicTest
{
protected:
    QStringList serverArgs() const override
    {
        return ClinicTest::serverArgs() + QStringList { u"--device-token-ttl"_s, u"3"_s };
    }
};

TEST_F(ExpiringTokenTest, AnExpiredTokenIsUnauthorized)
{
    const Therapist t = addTherapist(u"Mia Lund"_s);
    const Device phone = newPatient(createGroup(t, u"Group"_s), u"Patient"_s);
    ASSERT_EQ(pullStatus(api(), phone.token), 200);
    QThread::msleep(3500);
    EXPECT_EQ(pullStatus(api(), phone.token), 401);
    EXPECT_EQ(pushStatus(api(), phone.token), 401);
}

TEST_F(AuthTest, ARevokedTherapistIsUnauthorized)
{
    const Therapist t = addTherapist(u"Mia Lund"_s);
    const QString group = createGroup(t, u"Group"_s);
    int status = 0;
    shared(t, group, &status);
    ASSERT_EQ(status, 200);
    QByteArray listing;
    server().admin({ u"list-therapists"_s }, &listing);
    EXPECT_TRUE(listing.contains((u"therapist "_s + t.id + u" status=active"_s).toLatin1()))
        << listing.toStdString();
    ASSERT_EQ(server().admin({ u"revoke-therapist"_s, t.id })[u"exit"_s], u"0"_s);
    shared(t, group, &status);
    EXPECT_EQ(status, 401);
}

} // namespace
