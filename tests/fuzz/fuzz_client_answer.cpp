// The answers of the clinic's server, decoded the way the phone decodes them:
// its 2xx answers, and the ErrorResponse of a refusal (describeRefusal).
// One target per answer (CMakeLists.txt makes each a small entry point that names
// its answer), so each has its own corpus; this file is compiled once for all.

#include "fuzzsupport.h"

#include "enrollment.h"
#include "httptransport.h"
#include "mutationcodec.h"
#include "protocol.h"
#include "sealer.h"
#include "store.h"

#include "circle/v1/sync.pb.h"

using namespace circle;

namespace {

/** A decoded answer must survive its own round trip: what the phone keeps is what it read. */
template<typename Message> void checkRoundTrip(const Message &message)
{
    Message again;
    CIRCLE_FUZZ_CHECK(again.ParseFromString(message.SerializeAsString()));
    CIRCLE_FUZZ_CHECK(again.SerializeAsString() == message.SerializeAsString());
}

} // namespace

void circleFuzzAnswerInit(int which)
{
    fuzz::initQt();
    if (which == 3)
        fuzz::testPhone();
}

int circleFuzzAnswer(int which, const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    switch (which) {
    case 1: {
        auto answer = decodeEnrollResponse(body);
        if (answer) {
            // The phone stores the token as the credential; an empty one is never accepted.
            CIRCLE_FUZZ_CHECK(!answer.value().device_token().empty());
            CIRCLE_FUZZ_CHECK(answer.value().protocol_version() <= ProtocolVersion);
            checkRoundTrip(answer.value());
        } else {
            CIRCLE_FUZZ_CHECK(!answer.error().message.isEmpty());
        }
        break;
    }
    case 2: {
        auto answer = decodeAnswer<v1::PushResponse>(body);
        if (answer) {
            CIRCLE_FUZZ_CHECK(answer.value().protocol_version() <= ProtocolVersion);
            checkRoundTrip(answer.value());
        }
        break;
    }
    case 3: {
        auto answer = decodeAnswer<v1::PullResponse>(body);
        if (!answer)
            break;
        // Applied as SyncEngine::applyPulled applies a pull, inside a transaction,
        // which is rolled back afterwards so every input meets the same store.
        fuzz::TestPhone &p = fuzz::testPhone();
        {
            sql::Transaction tx(p.store().connection());
            CIRCLE_FUZZ_CHECK(tx.active());
            for (const v1::Change &change : answer.value().changes()) {
                auto applied = p.codec->apply(change);
                if (!applied)
                    CIRCLE_FUZZ_CHECK(!applied.error().message.isEmpty());
            }
        }
        break;
    }
    case 4: {
        // No app decodes these yet (tests and scripts do), but a therapist client will,
        // with the same reader.
        if (body.isEmpty())
            break;
        const QByteArray rest = body.mid(1);
        switch (quint8(body.at(0)) % 3) {
        case 0:
            if (auto a = decodeAnswer<v1::CreateInviteResponse>(rest))
                checkRoundTrip(a.value());
            break;
        case 1:
            if (auto a = decodeAnswer<v1::RecordResponse>(rest))
                checkRoundTrip(a.value());
            break;
        default:
            if (auto a = decodeAnswer<v1::SharedItemsResponse>(rest)) {
                checkRoundTrip(a.value());
                // Each shared item carries a record in the clear; read it as its type says.
                for (const v1::SharedItem &item : a.value().items()) {
                    forEachRecordType([&]<typename T>() {
                        if (qs(item.record_type()) == QLatin1String(RecordTraits<T>::typeName)) {
                            T record;
                            if (record.ParseFromString(item.clear()))
                                checkRoundTrip(record);
                        }
                    });
                }
            }
            break;
        }
        break;
    }
    case 5: {
        // A refusal (any non-2xx status): the body is whatever arrived, and the
        // transport turns it into the sentence a person reads. It must always be
        // that sentence, with the status, and never an empty explanation.
        if (body.isEmpty())
            break;
        const int status = 400 + quint8(body.at(0)) % 200;
        const QByteArray rest = body.mid(1);
        const QString fallback = QStringLiteral("Qt's own description");
        const QString said = describeRefusal(status, rest, fallback);
        const QString prefix
            = QStringLiteral("The clinic's server refused the request (HTTP %1): ").arg(status);
        CIRCLE_FUZZ_CHECK(said.startsWith(prefix), said);
        const QString explanation = said.mid(prefix.size());
        CIRCLE_FUZZ_CHECK(!explanation.isEmpty());
        v1::ErrorResponse answer;
        if (answer.ParseFromArray(rest.constData(), int(rest.size()))
            && !answer.message().empty()) {
            CIRCLE_FUZZ_CHECK(explanation == QString::fromStdString(answer.message()));
            checkRoundTrip(answer);
        } else {
            CIRCLE_FUZZ_CHECK(explanation == fallback);
        }
        break;
    }
    default:
        fuzz::fail("no such answer", QString::number(which));
    }
    return 0;
}
