// The requests the clinic's server decodes, each through HttpApi's decodeRequest()
// and then the same service call its route makes, against a real SQLite clinic
// database (a demo clinic: a therapist, a group with sessions, one enrolled phone).
// One target per request type (CMakeLists.txt makes each a small entry point
// that names its request); this file is compiled once for all of them.
//
// Every call runs inside a write transaction that is rolled back afterwards, so
// each input meets the same clinic.

#include "fuzzsupport.h"

#include "clinicservices.h"
#include "database.h"
#include "democlinic.h"
#include "httpapi.h"
#include "invitelink.h"

#include "circle/v1/sync.pb.h"

#include <QDate>

using namespace circle;
using namespace circle::server;

namespace {

struct Clinic
{
    QTemporaryDir dir;
    std::unique_ptr<ClinicServices> services;
    DeviceIdentity device;
    TherapistIdentity therapist;
};

Clinic &clinic()
{
    static Clinic *c = [] {
        auto *made = new Clinic;
        if (!made->dir.isValid())
            fuzz::fail("no temporary directory");
        DatabaseSpec spec;
        spec.kind = DatabaseSpec::Kind::Sqlite;
        spec.path = made->dir.filePath(QStringLiteral("clinic.sqlite"));
        QString error;
        made->services = ClinicServices::open(spec, ServerLimits(), &error);
        if (!made->services)
            fuzz::fail("the clinic database did not open", error);
        made->services->accounts.setInviteTarget(
            { QStringLiteral("http://127.0.0.1:9"), QString() });
        auto demo = seedDemoClinic(*made->services, QDate(2026, 1, 5));
        if (!demo)
            fuzz::fail("seeding the demo clinic failed", demo.error().message);
        auto therapist = made->services->auth.therapist(demo.value().therapistToken);
        if (!therapist)
            fuzz::fail("the demo therapist is unknown", therapist.error().message);
        made->therapist = therapist.value();
        const auto link = parseInvite(demo.value().invite);
        if (!link)
            fuzz::fail("the demo invite does not parse", demo.value().invite);
        v1::EnrollRequest enroll;
        enroll.set_protocol_version(1);
        enroll.set_invite_code(link->code.toStdString());
        enroll.set_device_name("fuzz phone");
        auto enrolled = made->services->accounts.enroll(enroll, QStringLiteral("127.0.0.1"));
        if (!enrolled)
            fuzz::fail("enrolling the phone failed", enrolled.error().message);
        auto device
            = made->services->auth.device(QString::fromStdString(enrolled.value().device_token()));
        if (!device)
            fuzz::fail("the enrolled phone is unknown", device.error().message);
        made->device = device.value();
        return made;
    }();
    return *c;
}

/** An error must be one the HTTP layer can send: a 4xx or 5xx with a code and words. */
void checkRefusal(const ApiError &error)
{
    CIRCLE_FUZZ_CHECK(error.status >= 400 && error.status < 600, QString::number(error.status));
    CIRCLE_FUZZ_CHECK(!error.code.isEmpty());
    CIRCLE_FUZZ_CHECK(!error.message.isEmpty());
}

template<typename T> void checkOutcome(const Outcome<T> &outcome)
{
    if (!outcome)
        checkRefusal(outcome.error());
}

} // namespace

void circleFuzzServerRequestInit(int)
{
    fuzz::initQt();
    clinic();
}

int circleFuzzServerRequest(int which, const uint8_t *data, size_t size)
{
    Clinic &c = clinic();
    ClinicServices &s = *c.services;
    const QByteArray body = fuzz::bytes(data, size);
    const Actor actor = Actor::therapist(c.therapist);
    {
        WriteTransaction tx(*s.database);
        CIRCLE_FUZZ_CHECK(tx.active());
        switch (which) {
        case 1: {
            auto request = decodeRequest<v1::EnrollRequest>(body);
            if (request) {
                auto answer = s.accounts.enroll(request.value(), QStringLiteral("127.0.0.1"));
                checkOutcome(answer);
                if (answer)
                    CIRCLE_FUZZ_CHECK(!answer.value().device_token().empty());
            }
            if (!request)
                checkRefusal(request.error());
            break;
        }
        case 2: {
            auto request = decodeRequest<v1::PushRequest>(body);
            if (request) {
                auto answer = s.sync.push(c.device, request.value());
                checkOutcome(answer);
                // proto/README.md: one result per mutation, in request order.
                if (answer) {
                    CIRCLE_FUZZ_CHECK(
                        answer.value().results_size() == request.value().mutations_size());
                    for (int i = 0; i < answer.value().results_size(); ++i) {
                        const auto &result = answer.value().results(i);
                        CIRCLE_FUZZ_CHECK(result.status() != v1::PushResult::STATUS_UNSPECIFIED);
                    }
                }
            }
            if (!request)
                checkRefusal(request.error());
            break;
        }
        case 3: {
            auto request = decodeRequest<v1::PullRequest>(body);
            if (request) {
                auto answer = s.sync.pull(c.device, request.value());
                checkOutcome(answer);
                if (answer) {
                    qint64 previous = request.value().after_seq();
                    for (const v1::Change &change : answer.value().changes()) {
                        // Sequence order, after the cursor: the phone's cursor must only move on.
                        CIRCLE_FUZZ_CHECK(change.seq() > previous);
                        previous = change.seq();
                    }
                }
            }
            if (!request)
                checkRefusal(request.error());
            break;
        }
        case 4: {
            auto request = decodeRequest<v1::CreateGroupRequest>(body);
            if (request)
                checkOutcome(s.clinic.createGroup(actor, request.value().group()));
            if (!request)
                checkRefusal(request.error());
            break;
        }
        case 5: {
            auto request = decodeRequest<v1::PutSessionsRequest>(body);
            if (request) {
                const QList<v1::GroupSession> sessions(
                    request.value().sessions().begin(), request.value().sessions().end());
                auto ids = s.clinic.putSessions(
                    actor, QString::fromStdString(request.value().group_id()), sessions);
                checkOutcome(ids);
                if (ids)
                    CIRCLE_FUZZ_CHECK(ids.value().size() == sessions.size());
            }
            if (!request)
                checkRefusal(request.error());
            break;
        }
        case 6: {
            auto request = decodeRequest<v1::CreateInviteRequest>(body);
            if (request) {
                auto made = s.accounts.createInvite(actor,
                    QString::fromStdString(request.value().group_id()),
                    QString::fromStdString(request.value().patient_label()),
                    QString::fromStdString(request.value().patient_id()));
                checkOutcome(made);
                if (made)
                    CIRCLE_FUZZ_CHECK(
                        parseInvite(made.value().invite).has_value(), made.value().invite);
            }
            if (!request)
                checkRefusal(request.error());
            break;
        }
        case 7: {
            auto request = decodeRequest<v1::AssignHomeworkRequest>(body);
            if (request)
                checkOutcome(s.clinic.assignHomework(actor, request.value().assignment(),
                    QString::fromStdString(request.value().patient_id())));
            if (!request)
                checkRefusal(request.error());
            break;
        }
        case 8: {
            auto request = decodeRequest<v1::SharedItemsRequest>(body);
            if (request)
                checkOutcome(s.clinic.sharedItems(
                    actor, QString::fromStdString(request.value().group_id())));
            if (!request)
                checkRefusal(request.error());
            break;
        }
        default:
            fuzz::fail("no such request", QString::number(which));
        }
        // tx is not committed: the clinic is the same for the next input.
    }
    s.database->finishAll();
    return 0;
}
