#include "clinicfixture.h"

#include "testbackend.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace circle::servertest {

QString hlcAt(qint64 ms, int counter, const QString &node)
{
    return u"%1.%2.%3"_s.arg(ms, 12, 16, QLatin1Char('0'))
        .arg(counter, 6, 16, QLatin1Char('0'))
        .arg(node);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray opaqueSealed(const QByteArray &plaintext)
{
    QByteArray out(1 + 24 + plaintext.size() + 16, Qt::Uninitialized);
    out[0] = 1;
    for (qsizetype i = 1; i < out.size(); ++i)
        out[i] = char(QRandomGenerator::global()->generate() & 0xff);
    for (qsizetype i = 0; i < plaintext.size(); ++i)
        out[25 + i] = char(out[25 + i] ^ plaintext[i] ^ 0x5a);
    return out;
}

circle::v1::Mutation sealedMutation(
    const QString &type, const QString &recordId, const QString &hlc, const QByteArray &sealed)
{
    circle::v1::Mutation m;
    m.set_mutation_id(newId().toStdString());
    m.set_record_type(type.toStdString());
    m.set_record_id(recordId.toStdString());
    m.set_hlc(hlc.toStdString());
    m.set_sealed(sealed.toStdString());
    return m;
}

template<typename Record>
static circle::v1::Mutation clearMutation(const QString &type, Record record,
    const QString &recordId, const QString &hlc, const QString &groupId, const QString &parentId)
{
    record.mutable_meta()->set_id(recordId.toStdString());
    record.mutable_meta()->set_hlc(hlc.toStdString());
    circle::v1::Mutation m;
    m.set_mutation_id(newId().toStdString());
    m.set_record_type(type.toStdString());
    m.set_record_id(recordId.toStdString());
    m.set_hlc(hlc.toStdString());
    m.set_clear(record.SerializeAsString());
    m.set_group_id(groupId.toStdString());
    m.set_parent_id(parentId.toStdString());
    return m;
}

circle::v1::Mutation clearGoal(
    const QString &recordId, const QString &hlc, const QString &groupId, const QString &title)
{
    circle::v1::Goal goal;
    goal.set_title(title.toStdString());
    goal.set_shared_with_therapist(true);
    return clearMutation(u"goal"_s, goal, recordId, hlc, groupId, {});
}

circle::v1::Mutation clearCheckIn(const QString &recordId, const QString &goalId,
    const QString &hlc, const QString &groupId, const QString &note)
{
    circle::v1::GoalCheckIn c;
    c.set_goal_id(goalId.toStdString());
    c.set_value(2);
    c.set_note(note.toStdString());
    return clearMutation(u"goal_check_in"_s, c, recordId, hlc, groupId, goalId);
}

circle::v1::Mutation clearRsvp(
    const QString &recordId, const QString &sessionId, const QString &hlc, const QString &groupId)
{
    circle::v1::Rsvp r;
    r.set_session_id(sessionId.toStdString());
    r.set_response(circle::v1::RSVP_RESPONSE_ATTENDING);
    return clearMutation(u"rsvp"_s, r, recordId, hlc, groupId, sessionId);
}

circle::v1::Mutation clearHomeworkResponse(const QString &recordId, const QString &assignmentId,
    const QString &hlc, const QString &groupId, const QString &text)
{
    circle::v1::HomeworkResponse r;
    r.set_assignment_id(assignmentId.toStdString());
    r.set_text(text.toStdString());
    r.set_shared(true);
    return clearMutation(u"homework_response"_s, r, recordId, hlc, groupId, assignmentId);
}

void ClinicTest::SetUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    ASSERT_TRUE(m_dir->isValid());
    QString error;
    const QString db = TestBackend::newDatabase(m_dir->path(), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_TRUE(m_server.start(m_dir->path(), db, serverArgs())) << m_server.error().toStdString();
    m_api = std::make_unique<ApiClient>(m_server.url(), m_server.certificate(), m_server.pin());
}

void ClinicTest::TearDown()
{
    m_server.stop();
}

QStringList ClinicTest::serverArgs() const
{
    return { u"--rate-burst"_s, u"1000000"_s, u"--rate-per-minute"_s, u"1000000"_s };
}

void ClinicTest::restartServer()
{
    ASSERT_TRUE(m_server.restart()) << m_server.error().toStdString();
    m_api = std::make_unique<ApiClient>(m_server.url(), m_server.certificate(), m_server.pin());
}

Therapist ClinicTest::addTherapist(const QString &name)
{
    auto out = m_server.admin({ u"add-therapist"_s, name });
    EXPECT_EQ(out[u"exit"_s], u"0"_s) << out[u"stderr"_s].toStdString();
    return { out[u"therapist-id"_s], out[u"therapist-token"_s] };
}

QString ClinicTest::createGroup(
    const Therapist &therapist, const QString &name, const QString &timeZone)
{
    QStringList args { u"create-group"_s, u"--therapist"_s, therapist.id, u"--name"_s, name };
    if (!timeZone.isEmpty())
        args << u"--time-zone"_s << timeZone;
    auto out = m_server.admin(args);
    EXPECT_EQ(out[u"exit"_s], u"0"_s) << out[u"stderr"_s].toStdString();
    return out[u"group-id"_s];
}

QString ClinicTest::adminInvite(
    const QString &groupId, const QString &label, const QString &patientId)
{
    QStringList args { u"invite"_s, u"--group"_s, groupId };
    if (patientId.isEmpty())
        args << u"--label"_s << label;
    else
        args << u"--patient"_s << patientId;
    auto out = m_server.admin(args);
    EXPECT_EQ(out[u"exit"_s], u"0"_s) << out[u"stderr"_s].toStdString();
    return out[u"invite"_s];
}

Device ClinicTest::enroll(const QString &invite, const QString &deviceName)
{
    const QUrlQuery query(invite.mid(invite.indexOf(u'?') + 1));
    circle::v1::EnrollRequest request;
    request.set_protocol_version(1);
    request.set_invite_code(query.queryItemValue(u"code"_s).toStdString());
    request.set_device_name(deviceName.toStdString());
    circle::v1::EnrollResponse response;
    EXPECT_EQ(m_api->call(u"/v1/enroll"_s, request, &response), 200);
    Device d { QString::fromStdString(response.device_token()),
        QString::fromStdString(response.patient_id()), {} };
    for (const auto &g : response.group_ids())
        d.groups.append(QString::fromStdString(g));
    return d;
}

Device ClinicTest::newPatient(const QString &groupId, const QString &label)
{
    return enroll(adminInvite(groupId, label));
}

Device ClinicTest::secondDevice(const Device &device)
{
    EXPECT_FALSE(device.groups.isEmpty());
    return enroll(adminInvite(device.groups.value(0), {}, device.patientId), u"Second phone"_s);
}

circle::v1::PushResponse ClinicTest::push(
    const Device &device, const QList<circle::v1::Mutation> &mutations)
{
    circle::v1::PushRequest request;
    request.set_protocol_version(1);
    for (const auto &m : mutations)
        *request.add_mutations() = m;
    circle::v1::PushResponse response;
    const int status = m_api->call(u"/v1/push"_s, request, &response, device.token);
    EXPECT_EQ(status, 200) << m_api->lastError().toStdString() << " ("
                           << m_server.exitDescription().toStdString() << ")"
                           << "; server said: " << m_server.output().right(1500).toStdString();
    EXPECT_EQ(response.results_size(), mutations.size());
    return response;
}

QList<circle::v1::Change> ClinicTest::pullAll(const Device &device, qint64 after, qint64 *cursor)
{
    QList<circle::v1::Change> changes;
    for (int round = 0; round < 1000; ++round) {
        circle::v1::PullRequest request;
        request.set_protocol_version(1);
        request.set_after_seq(after);
        circle::v1::PullResponse response;
        const int status = m_api->call(u"/v1/pull"_s, request, &response, device.token);
        EXPECT_EQ(status, 200);
        if (status != 200)
            break;
        for (const auto &c : response.changes())
            changes.append(c);
        after = response.cursor();
        if (!response.more())
            break;
    }
    if (cursor)
        *cursor = after;
    return changes;
}

QList<circle::v1::SharedItem> ClinicTest::shared(
    const Therapist &therapist, const QString &groupId, int *status)
{
    circle::v1::SharedItemsRequest request;
    request.set_protocol_version(1);
    request.set_group_id(groupId.toStdString());
    circle::v1::SharedItemsResponse response;
    const int code = m_api->call(u"/v1/therapist/shared"_s, request, &response, therapist.token);
    if (status)
        *status = code;
    return QList<circle::v1::SharedItem>(response.items().begin(), response.items().end());
}

} // namespace circle::servertest
