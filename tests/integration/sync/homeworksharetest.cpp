// A homework answer shared from the Homework page's model reaches the group's
// therapist on the real circle-server (127.0.0.1), exactly as previewed, and
// leaves their view again when the patient stops sharing it.
#include "phone.h"

#include "corefixture.h"
#include "serverprocess.h"

#include "homework/homeworkmodel.h"

#include "invite.h"
#include "repository.h"
#include "sealer.h"
#include "syncaccount.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace circle;
using namespace circle::test;
using namespace circle::servertest;
using namespace Qt::StringLiterals;

namespace {

class HomeworkSharing : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_serverDir.isValid());
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ASSERT_TRUE(m_server.start(m_serverDir.path(), m_serverDir.filePath(u"clinic.sqlite"_s),
            { u"--listen"_s, u"127.0.0.1:%1"_s.arg(port) }))
            << m_server.error().toStdString();
        auto seeded = m_server.admin({ u"seed-demo"_s });
        ASSERT_EQ(seeded[u"exit"_s], u"0"_s);
        m_groupId = seeded[u"group-id"_s];
        m_patientId = seeded[u"patient-id"_s];
        m_invite = seeded[u"invite"_s];
        m_therapistToken = seeded[u"therapist-token"_s];
        ASSERT_FALSE(m_invite.isEmpty());
    }

    /** What the group's therapist reads: each shared record's clear body, by type and id. */
    std::map<std::pair<std::string, std::string>, std::string> therapistView()
    {
        auto invite = Invite::parse(m_invite).value();
        HttpTransport::Config config;
        config.serverUrl = invite.serverUrl;
        config.pinSha256 = invite.pinSha256;
        HttpTransport therapist(config);
        therapist.setToken(m_therapistToken.toUtf8());
        v1::SharedItemsRequest request;
        request.set_protocol_version(1);
        request.set_group_id(utf8(m_groupId));
        QEventLoop loop;
        HttpTransport::Reply reply;
        therapist.post(u"/v1/therapist/shared"_s,
            QByteArray::fromStdString(request.SerializeAsString()),
            [&](const HttpTransport::Reply &r) {
                reply = r;
                loop.quit();
            });
        loop.exec();
        EXPECT_TRUE(reply.ok()) << reply.error.toStdString();
        v1::SharedItemsResponse answer;
        EXPECT_TRUE(answer.ParseFromArray(reply.body.constData(), int(reply.body.size())));
        std::map<std::pair<std::string, std::string>, std::string> items;
        for (const auto &item : answer.items())
            items[{ item.record_type(), item.record_id() }] = item.clear();
        return items;
    }

    QTemporaryDir m_serverDir;
    ServerProcess m_server;
    ManualClock m_clock { TestNowMs };
    QString m_groupId, m_patientId, m_invite, m_therapistToken;
};

} // namespace

TEST_F(HomeworkSharing, ASharedAnswerReachesTheTherapistAsPreviewedAndUnsharingRemovesIt)
{
    Phone phone(m_clock);
    ASSERT_TRUE(phone.enroll(m_invite, Sealer::generateKey().value()))
        << phone.error().toStdString();
    // The account ClinicEnrollment stores when the app joins; this phone joined
    // through the engine alone, so it is stored here the same way.
    const Invite invite = Invite::parse(m_invite).value();
    SyncAccount account;
    account.serverUrl = invite.serverUrl;
    account.pinSha256 = invite.pinSha256;
    account.patientId = m_patientId;
    ASSERT_TRUE(account.save(phone.store()).ok());
    ASSERT_TRUE(phone.sync()) << phone.error().toStdString();

    HomeworkModel homework(phone.store(), m_clock);
    ASSERT_GE(homework.count(), 1) << "the demo clinic assigns homework";
    ASSERT_TRUE(homework.clinicLinked());
    const QString answer = u"Said no to an extra shift on Thursday."_s;

    // Saved but not shared: private, so the therapist sees nothing of it.
    ASSERT_TRUE(homework.saveResponse(0, answer)) << homework.errorMessage().toStdString();
    ASSERT_TRUE(phone.sync()) << phone.error().toStdString();
    EXPECT_TRUE(therapistView().empty()) << "an answer is private until shared";

    // Shared through the preview: what arrives is what the preview showed.
    ASSERT_TRUE(homework.openSharePreview(0, answer));
    EXPECT_EQ(homework.previewAnswer(), answer);
    ASSERT_TRUE(homework.confirmShare()) << homework.errorMessage().toStdString();
    ASSERT_TRUE(phone.sync()) << phone.error().toStdString();
    EXPECT_EQ(phone.engine().rejectedCount(), 0);
    auto responses
        = Repository<v1::HomeworkResponse>(phone.store())
              .listByParent(
                  homework.data(homework.index(0), HomeworkModel::AssignmentIdRole).toString());
    ASSERT_TRUE(responses.ok());
    ASSERT_EQ(responses.value().size(), 1u);
    const std::string responseId = responses.value().front().meta().id();
    auto view = therapistView();
    ASSERT_EQ(view.count({ "homework_response", responseId }), 1u) << "the therapist sees it";
    v1::HomeworkResponse seen;
    ASSERT_TRUE(seen.ParseFromString(view[{ "homework_response", responseId }]));
    EXPECT_EQ(qs(seen.text()), answer);
    EXPECT_TRUE(seen.shared());
    EXPECT_EQ(seen.done(), homework.data(homework.index(0), HomeworkModel::DoneRole).toBool());

    // An edit while shared reaches them too, as the card says.
    ASSERT_TRUE(homework.saveResponse(0, answer + u" It went well."_s));
    ASSERT_TRUE(phone.sync()) << phone.error().toStdString();
    view = therapistView();
    ASSERT_TRUE(seen.ParseFromString(view[{ "homework_response", responseId }]));
    EXPECT_EQ(qs(seen.text()), answer + u" It went well."_s);

    // Stop sharing: gone from their view, still on the phone.
    ASSERT_TRUE(homework.unshare(0));
    ASSERT_TRUE(phone.sync()) << phone.error().toStdString();
    EXPECT_EQ(therapistView().count({ "homework_response", responseId }), 0u);
    homework.refresh();
    EXPECT_FALSE(homework.data(homework.index(0), HomeworkModel::SharedRole).toBool());
    EXPECT_EQ(homework.data(homework.index(0), HomeworkModel::ResponseRole).toString(),
        answer + u" It went well."_s);
}
