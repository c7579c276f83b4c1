// Invites and enrollment: one-time codes, the pin in the invite, a second phone.
#include "clinicfixture.h"

#include <QThread>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace circle::servertest;

namespace {

class EnrollmentTest : public ClinicTest
{
protected:
    circle::v1::CreateInviteResponse apiInvite(const Therapist &t, const QString &groupId,
        const QString &label, const QString &patientId = {}, int *status = nullptr)
    {
        circle::v1::CreateInviteRequest request;
        request.set_protocol_version(1);
        request.set_group_id(groupId.toStdString());
        request.set_patient_label(label.toStdString());
        request.set_patient_id(patientId.toStdString());
        circle::v1::CreateInviteResponse response;
        const int code = api().call(u"/v1/therapist/invites"_s, request, &response, t.token);
        if (status)
            *status = code;
        return response;
    }

    int enrollStatus(const QString &code, circle::v1::ErrorResponse *error = nullptr)
    {
        circle::v1::EnrollRequest request;
        request.set_protocol_version(1);
        request.set_invite_code(code.toStdString());
        const HttpResult r
            = api().post(u"/v1/enroll"_s, QByteArray::fromStdString(request.SerializeAsString()));
        if (error)
            error->ParseFromArray(r.body.constData(), int(r.body.size()));
        return r.status;
    }
};

QString codeOf(const QString &invite)
{
    return QUrlQuery(invite.mid(invite.indexOf(u'?') + 1)).queryItemValue(u"code"_s);
}

TEST_F(EnrollmentTest, AnInviteWorksOnceAndCarriesTheServersPin)
{
    const Therapist t = addTherapist(u"Noor Haddad"_s);
    const QString group = createGroup(t, u"Monday process group"_s);
    int status = 0;
    const auto invite = apiInvite(t, group, u"R. from intake"_s, {}, &status);
    ASSERT_EQ(status, 200);
    const QString line = QString::fromStdString(invite.invite());
    ASSERT_TRUE(line.startsWith(u"circle-invite:1?"_s)) << line.toStdString();

    const QUrlQuery query(line.mid(line.indexOf(u'?') + 1));
    EXPECT_EQ(QUrl(query.queryItemValue(u"url"_s)), server().url());
    EXPECT_EQ(query.queryItemValue(u"pin"_s), server().pin());
    // The pin is what a phone computes from the certificate it sees, with Qt's own API.
    EXPECT_EQ(server().pin(), ApiClient::pinOf(server().certificate()));

    const Device phone = enroll(line);
    EXPECT_TRUE(phone.token.startsWith(u"cdt_"_s));
    EXPECT_GE(phone.token.size(), 40);
    EXPECT_EQ(phone.patientId.toStdString(), invite.patient_id());
    EXPECT_EQ(phone.groups, QStringList { group });

    circle::v1::ErrorResponse error;
    EXPECT_EQ(enrollStatus(codeOf(line), &error), 401) << "an invite works once";
    EXPECT_EQ(error.code(), "invalid_invite");
    EXPECT_EQ(error.protocol_version(), 2) << "errors name the newest version the server speaks";
}

TEST_F(EnrollmentTest, UnknownInvitesAreRefused)
{
    EXPECT_EQ(enrollStatus(u"not-a-real-code"_s), 401);
    EXPECT_EQ(enrollStatus({}), 401);
    EXPECT_EQ(enrollStatus(QString(300, u'a')), 401);
}

class ExpiringInviteTest : public EnrollmentTest
{
protected:
    QStringList serverArgs() const override
    {
        return ClinicTest::serverArgs() + QStringList { u"--invite-ttl"_s, u"1"_s };
    }
};

TEST_F(ExpiringInviteTest, AnExpiredInviteIsRefused)
{
    const Therapist t = addTherapist(u"Noor Haddad"_s);
    const QString group = createGroup(t, u"Monday process group"_s);
    const auto invite = apiInvite(t, group, u"Late starter"_s);
    QThread::msleep(1500);
    EXPECT_EQ(enrollStatus(codeOf(QString::fromStdString(invite.invite()))), 401);
}

TEST_F(EnrollmentTest, ASecondPhoneJoinsTheSamePatient)
{
    const Therapist t = addTherapist(u"Noor Haddad"_s);
    const QString group = createGroup(t, u"Monday process group"_s);
    const Device first = newPatient(group, u"Two phones"_s);
    const QString id = newId();
    const QByteArray sealed = opaqueSealed("kept across phones"_ba);
    push(first, { sealedMutation(u"journal_entry"_s, id, hlcAt(1000), sealed) });

    int status = 0;
    const auto again = apiInvite(t, group, {}, first.patientId, &status);
    ASSERT_EQ(status, 200);
    EXPECT_EQ(QString::fromStdString(again.patient_id()), first.patientId);
    const Device second = enroll(QString::fromStdString(again.invite()), u"New phone"_s);
    EXPECT_EQ(second.patientId, first.patientId);
    EXPECT_NE(second.token, first.token);
    bool found = false;
    for (const auto &c : pullAll(second))
        found = found
            || (c.mutation().record_id() == id.toStdString()
                && c.mutation().sealed() == sealed.toStdString());
    EXPECT_TRUE(found) << "the new phone receives what the first one pushed";

    // Another therapist's group cannot be used to reach this patient.
    const Therapist other = addTherapist(u"Lee Park"_s);
    const QString otherGroup = createGroup(other, u"Other group"_s);
    apiInvite(other, otherGroup, {}, first.patientId, &status);
    EXPECT_EQ(status, 403);
    apiInvite(other, group, u"Sneaky"_s, {}, &status);
    EXPECT_EQ(status, 403);
}

} // namespace
