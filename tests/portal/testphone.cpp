// A patient's phone for the portal's browser test, speaking the real sync protocol over
// HTTPS with the certificate pinned (tests/server's ApiClient): it joins with an invite,
// shares a goal with check-ins, and unshares it again by sealing it.
//
//   portal_test_phone share URL CERT INVITE TITLE   -> prints device-token, patient-id, goal-id
//   portal_test_phone unshare URL CERT TOKEN GOAL_ID
//   portal_test_phone homework URL CERT TOKEN TITLE  -> pulls; prints assignment-id, due-ms
//   portal_test_phone answer URL CERT TOKEN GROUP ASSIGNMENT_ID TEXT  -> shares an answer
#include "apiclient.h"

#include "circle/v1/records.pb.h"
#include "circle/v1/sync.pb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using circle::servertest::ApiClient;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString hlcAt(qint64 ms)
{
    return u"%1.%2.test-phone"_s.arg(ms, 12, 16, QLatin1Char('0')).arg(0, 6, 16, QLatin1Char('0'));
}

template<typename Record>
circle::v1::Mutation clearMutation(const char *type, Record record, const QString &id, qint64 atMs,
    const QString &groupId, const QString &parentId)
{
    record.mutable_meta()->set_id(id.toStdString());
    record.mutable_meta()->set_hlc(hlcAt(atMs).toStdString());
    circle::v1::Mutation m;
    m.set_mutation_id(newId().toStdString());
    m.set_record_type(type);
    m.set_record_id(id.toStdString());
    m.set_hlc(hlcAt(atMs).toStdString());
    m.set_clear(record.SerializeAsString());
    m.set_group_id(groupId.toStdString());
    m.set_parent_id(parentId.toStdString());
    return m;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "portal_test_phone: %s\n", qPrintable(message));
    return 1;
}

bool pushAll(ApiClient &api, const QString &token, const QList<circle::v1::Mutation> &mutations)
{
    circle::v1::PushRequest request;
    request.set_protocol_version(2);
    for (const auto &m : mutations)
        *request.add_mutations() = m;
    circle::v1::PushResponse response;
    if (api.call(u"/v1/push"_s, request, &response, token) != 200)
        return false;
    for (const auto &r : response.results()) {
        if (r.status() != circle::v1::PushResult::STATUS_APPLIED)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != (args.value(1) == u"answer" ? 8 : 6))
        return fail(
            u"usage: share URL CERT INVITE TITLE | unshare URL CERT TOKEN GOAL_ID"
            " | homework URL CERT TOKEN TITLE | answer URL CERT TOKEN GROUP ASSIGNMENT TEXT"_s);
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(args[3]);
    if (certs.isEmpty())
        return fail(u"no certificate in "_s + args[3]);
    ApiClient api(QUrl(args[2]), certs.first(), ApiClient::pinOf(certs.first()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (args[1] == u"share") {
        const QUrlQuery query(args[4].mid(args[4].indexOf(u'?') + 1));
        circle::v1::EnrollRequest enroll;
        enroll.set_protocol_version(1);
        enroll.set_invite_code(query.queryItemValue(u"code"_s).toStdString());
        enroll.set_device_name("Test phone");
        circle::v1::EnrollResponse joined;
        if (api.call(u"/v1/enroll"_s, enroll, &joined) != 200 || joined.group_ids().empty())
            return fail(u"enroll failed: "_s + api.lastError());
        const QString token = QString::fromStdString(joined.device_token());
        const QString group = QString::fromStdString(joined.group_ids(0));
        const QString goalId = newId();
        const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
        circle::v1::Goal goal;
        goal.set_title(args[5].toStdString());
        goal.set_why("So that I am not alone with it");
        goal.set_target_value(3);
        goal.set_unit("meetings a week");
        goal.set_start_date(today.addDays(-21).toString(Qt::ISODate).toStdString());
        goal.set_due_date(today.addDays(28).toString(Qt::ISODate).toStdString());
        goal.add_steps()->set_text("Find a meeting near work");
        goal.set_status(circle::v1::GOAL_STATUS_ACTIVE);
        goal.set_shared_with_therapist(true);
        goal.set_shared_group_id(group.toStdString());
        QList<circle::v1::Mutation> mutations { clearMutation(
            "goal", goal, goalId, now, group, {}) };
        for (int week = 0; week < 3; ++week) {
            circle::v1::GoalCheckIn c;
            c.set_goal_id(goalId.toStdString());
            c.set_value(week + 1);
            c.set_at_ms(now - qint64(3 - week) * 7 * 24 * 3600 * 1000 + 3600 * 1000);
            c.set_note("week " + std::to_string(week + 1));
            mutations.append(
                clearMutation("goal_check_in", c, newId(), now + 1 + week, group, goalId));
        }
        if (!pushAll(api, token, mutations))
            return fail(u"push failed: "_s + api.lastError());
        std::printf("device-token %s\npatient-id %s\ngoal-id %s\n", qPrintable(token),
            joined.patient_id().c_str(), qPrintable(goalId));
        return 0;
    }
    if (args[1] == u"unshare") {
        // Unsharing seals the goal on the phone: what reaches the server is ciphertext.
        QByteArray sealed(1 + 24 + 32 + 16, Qt::Uninitialized);
        sealed[0] = 1;
        for (qsizetype i = 1; i < sealed.size(); ++i)
            sealed[i] = char(QRandomGenerator::global()->generate() & 0xff);
        circle::v1::Mutation m;
        m.set_mutation_id(newId().toStdString());
        m.set_record_type("goal");
        m.set_record_id(args[5].toStdString());
        m.set_hlc(hlcAt(now + 1000).toStdString());
        m.set_sealed(sealed.toStdString());
        if (!pushAll(api, args[4], { m }))
            return fail(u"push failed: "_s + api.lastError());
        std::printf("unshared %s\n", qPrintable(args[5]));
        return 0;
    }
    if (args[1] == u"homework") {
        // What the phone's next sync brings: every change from the start, as a new phone.
        qint64 cursor = 0;
        for (bool more = true; more;) {
            circle::v1::PullRequest request;
            request.set_protocol_version(2);
            request.set_after_seq(cursor);
            circle::v1::PullResponse response;
            if (api.call(u"/v1/pull"_s, request, &response, args[4]) != 200)
                return fail(u"pull failed: "_s + api.lastError());
            for (const auto &c : response.changes()) {
                circle::v1::HomeworkAssignment a;
                if (c.mutation().record_type() != "homework_assignment" || !c.clinic_authored()
                    || !a.ParseFromString(c.mutation().clear())
                    || a.title() != args[5].toStdString())
                    continue;
                std::printf("assignment-id %s\ndue-ms %lld\n", a.meta().id().c_str(),
                    static_cast<long long>(a.due_ms()));
                return 0;
            }
            more = response.more() && response.cursor() > cursor;
            cursor = response.cursor();
        }
        return fail(u"no homework titled "_s + args[5]);
    }
    if (args[1] == u"answer") {
        circle::v1::HomeworkResponse r;
        r.set_assignment_id(args[6].toStdString());
        r.set_text(args[7].toStdString());
        r.set_done(true);
        r.set_shared(true);
        const QString id = newId();
        if (!pushAll(
                api, args[4], { clearMutation("homework_response", r, id, now, args[5], args[6]) }))
            return fail(u"push failed: "_s + api.lastError());
        std::printf("response-id %s\n", qPrintable(id));
        return 0;
    }
    return fail(u"unknown command "_s + args[1]);
}
