// Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/) from
// real messages: a demo clinic on a real SQLite database, a phone enrolled in it
// with the demo patient's data, and the requests and answers that really pass
// between them. Run by `./circle fuzz-seeds`; the files are committed.
//
//     circle_fuzz_seeds <corpus directory>

#include "fuzzsupport.h"

#include "clinicservices.h"
#include "database.h"
#include "democlinic.h"
#include "demodata.h"
#include "exchange.h"
#include "httpapi.h"
#include "invitelink.h"
#include "mutationcodec.h"
#include "outbox.h"
#include "protocol.h"
#include "repository.h"
#include "sealer.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSet>

#include <cstdio>

using namespace circle;
using namespace circle::server;

namespace {

QString g_root;
QSet<QString> g_cleared; // targets whose earlier seeds this run already removed

void write(const char *target, const QByteArray &bytes)
{
    QDir dir(g_root + QLatin1Char('/') + QLatin1String(target));
    if (!dir.mkpath(QStringLiteral(".")))
        fuzz::fail("cannot make", dir.path());
    // Every run makes new ids, tokens and stamps, so its seeds are new files: the
    // ones an earlier run wrote (named seed-*) go first, or they would pile up.
    // Inputs libFuzzer found and someone merged into the corpus keep their names
    // (a bare SHA-1) and stay.
    if (!g_cleared.contains(dir.path())) {
        g_cleared.insert(dir.path());
        for (const QString &old : dir.entryList({ QStringLiteral("seed-*") }, QDir::Files))
            if (!dir.remove(old))
                fuzz::fail("cannot remove", dir.filePath(old));
    }
    const QString name = QStringLiteral("seed-")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        fuzz::fail("cannot write", file.fileName());
}

template<typename Message>
void writeMessage(const char *target, const Message &message, const QByteArray &prefix = {})
{
    write(target, prefix + QByteArray::fromStdString(message.SerializeAsString()));
}

template<typename T> T must(Outcome<T> outcome, const char *what)
{
    if (!outcome)
        fuzz::fail(what, outcome.error().message);
    return outcome.take();
}

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        fuzz::fail(what, result.error().message);
    return std::move(result).value();
}

void must(Result<void> result, const char *what)
{
    if (!result)
        fuzz::fail(what, result.error().message);
}

int typeIndex(const QString &typeName)
{
    int index = 0, found = -1;
    forEachRecordType([&]<typename T>() {
        if (typeName == QLatin1String(RecordTraits<T>::typeName))
            found = index;
        ++index;
    });
    return found;
}

} // namespace

int main(int argc, char **argv)
{
    fuzz::initQt();
    if (argc != 2) {
        std::fprintf(stderr, "usage: circle_fuzz_seeds <corpus directory>\n");
        return 2;
    }
    g_root = QString::fromLocal8Bit(argv[1]);

    // The clinic.
    QTemporaryDir dir;
    DatabaseSpec spec;
    spec.kind = DatabaseSpec::Kind::Sqlite;
    spec.path = dir.filePath(QStringLiteral("clinic.sqlite"));
    QString error;
    auto clinic = ClinicServices::open(spec, ServerLimits(), &error);
    if (!clinic)
        fuzz::fail("the clinic database did not open", error);
    ClinicServices &s = *clinic;
    s.accounts.setInviteTarget({ QStringLiteral("http://127.0.0.1:9"), QString() });
    const DemoClinic demo = must(seedDemoClinic(s, QDate(2026, 1, 5)), "seeding the clinic");
    const TherapistIdentity therapist
        = must(s.auth.therapist(demo.therapistToken), "the therapist");
    const Actor actor = Actor::therapist(therapist);

    // The phone enrolls.
    v1::EnrollRequest enroll;
    enroll.set_protocol_version(ProtocolVersion);
    enroll.set_invite_code(parseInvite(demo.invite)->code.toStdString());
    enroll.set_device_name("Pixel 8");
    writeMessage("fuzz_server_enroll", enroll);
    v1::EnrollResponse enrolled
        = must(s.accounts.enroll(enroll, QStringLiteral("127.0.0.1")), "enrolling");
    enrolled.set_protocol_version(ProtocolVersion);
    writeMessage("fuzz_enroll_response", enrolled);
    const DeviceIdentity device
        = must(s.auth.device(QString::fromStdString(enrolled.device_token())), "the device");

    // The phone the single-message targets use, so sealed seeds open there.
    fuzz::TestPhone &phone = fuzz::testPhone();
    Store &store = phone.store();
    MutationCodec &codec = *phone.codec;

    qint64 cursor = 0;
    auto pull = [&] {
        v1::PullRequest request;
        request.set_protocol_version(ProtocolVersion);
        request.set_after_seq(cursor);
        request.set_limit(500);
        writeMessage("fuzz_server_pull", request);
        v1::PullResponse answer = must(s.sync.pull(device, request), "pulling");
        answer.set_protocol_version(ProtocolVersion);
        writeMessage("fuzz_pull_response", answer);
        sql::Transaction tx(store.connection());
        for (const v1::Change &change : answer.changes())
            must(codec.apply(change), "applying a pulled change");
        must(tx.commit(), "saving a pull");
        cursor = answer.cursor();
    };
    pull(); // the clinic's group, sessions and homework

    // The patient's demo week, shared goal included, pushed in two batches.
    must(seedDemoPatientData(store), "seeding the patient");
    auto goals = must(Repository<v1::Goal>(store).list(), "listing goals");
    if (!goals.items.empty()) {
        v1::Goal shared = goals.items.front();
        shared.set_shared_with_therapist(true);
        (void)must(Repository<v1::Goal>(store).update(shared), "sharing a goal");
    }
    Outbox outbox(store);
    for (int batch : { 3, 500 }) {
        auto entries = must(outbox.peek(batch), "reading the outbox");
        if (entries.empty())
            break;
        v1::PushRequest request;
        request.set_protocol_version(ProtocolVersion);
        std::vector<QString> ids;
        for (const OutboxEntry &entry : entries) {
            *request.add_mutations() = must(codec.encode(entry), "encoding");
            ids.push_back(entry.mutationId);
        }
        writeMessage("fuzz_server_push", request);
        v1::PushResponse answer = must(s.sync.push(device, request), "pushing");
        answer.set_protocol_version(ProtocolVersion);
        writeMessage("fuzz_push_response", answer);
        must(outbox.acknowledge(ids), "acknowledging");
    }
    cursor = 0;
    pull(); // everything, the phone's sealed records included

    // Records as they arrive from another phone, sealed and in the clear.
    const auto records = fuzz::snapshot(store);
    QMap<int, int> perType;
    for (auto it = records.begin(); it != records.end(); ++it) {
        const int index = typeIndex(it.key().section(QLatin1Char(' '), 0, 0));
        if (index < 0 || perType[index]++ >= 2)
            continue;
        write("fuzz_sealed_record", QByteArray(1, char(index)) + QByteArray(1, '\0') + it.value());
        write("fuzz_sealed_record", QByteArray(1, char(index)) + QByteArray(1, '\1') + it.value());
    }

    // The therapist's calls and their answers (the first byte picks the answer type).
    const v1::Group group = must(s.clinic.group(demo.groupId), "reading the group");
    v1::CreateGroupRequest createGroup;
    createGroup.set_protocol_version(ProtocolVersion);
    *createGroup.mutable_group() = group;
    createGroup.mutable_group()->clear_meta();
    writeMessage("fuzz_server_group", createGroup);
    const QString newGroup
        = must(s.clinic.createGroup(actor, createGroup.group()), "creating a group");

    v1::PutSessionsRequest putSessions;
    putSessions.set_protocol_version(ProtocolVersion);
    putSessions.set_group_id(newGroup.toStdString());
    auto sessions = must(Repository<v1::GroupSession>(store).list(), "listing sessions");
    for (size_t i = 0; i < sessions.items.size() && i < 3; ++i) {
        v1::GroupSession session = sessions.items[i];
        session.clear_meta();
        session.set_group_id(newGroup.toStdString());
        *putSessions.add_sessions() = session;
    }
    writeMessage("fuzz_server_sessions", putSessions);
    const QList<v1::GroupSession> sessionList(
        putSessions.sessions().begin(), putSessions.sessions().end());
    const QStringList sessionIds
        = must(s.clinic.putSessions(actor, newGroup, sessionList), "adding sessions");
    v1::RecordResponse recordAnswer;
    recordAnswer.set_protocol_version(ProtocolVersion);
    recordAnswer.set_record_id(sessionIds.value(0).toStdString());
    for (const QString &id : sessionIds)
        recordAnswer.add_record_ids(id.toStdString());
    writeMessage("fuzz_therapist_response", recordAnswer, QByteArray(1, '\1'));

    v1::CreateInviteRequest invite;
    invite.set_protocol_version(ProtocolVersion);
    invite.set_group_id(demo.groupId.toStdString());
    invite.set_patient_label("R. (Tuesday group)");
    writeMessage("fuzz_server_invite", invite);
    invite.clear_patient_label();
    invite.set_patient_id(device.patientId.toStdString());
    writeMessage("fuzz_server_invite", invite);
    const NewInvite made = must(
        s.accounts.createInvite(actor, demo.groupId, QString(), device.patientId), "inviting");
    v1::CreateInviteResponse inviteAnswer;
    inviteAnswer.set_protocol_version(ProtocolVersion);
    inviteAnswer.set_invite(made.invite.toStdString());
    inviteAnswer.set_patient_id(made.patientId.toStdString());
    writeMessage("fuzz_therapist_response", inviteAnswer, QByteArray(1, '\0'));

    auto homework = must(Repository<v1::HomeworkAssignment>(store).list(), "listing homework");
    v1::AssignHomeworkRequest assign;
    assign.set_protocol_version(ProtocolVersion);
    if (!homework.items.empty())
        *assign.mutable_assignment() = homework.items.front();
    assign.mutable_assignment()->clear_meta();
    assign.mutable_assignment()->set_group_id(demo.groupId.toStdString());
    writeMessage("fuzz_server_homework", assign);
    assign.set_patient_id(device.patientId.toStdString());
    writeMessage("fuzz_server_homework", assign);

    v1::SharedItemsRequest shared;
    shared.set_protocol_version(ProtocolVersion);
    shared.set_group_id(demo.groupId.toStdString());
    writeMessage("fuzz_server_shared", shared);
    v1::SharedItemsResponse sharedAnswer;
    sharedAnswer.set_protocol_version(ProtocolVersion);
    for (const v1::SharedItem &item :
        must(s.clinic.sharedItems(actor, demo.groupId), "reading shared items"))
        *sharedAnswer.add_items() = item;
    writeMessage("fuzz_therapist_response", sharedAnswer, QByteArray(1, '\2'));

    // Refusals as the server sends them (HttpApi::errorResponse), from real failed
    // calls; the first byte is the HTTP status less 400 (fuzz_client_answer.cpp).
    auto refusal = [](const ApiError &error) {
        const QByteArray status(1, char(error.status - 400));
        write("fuzz_error_response", status + HttpApi::errorResponse(error).body);
    };
    auto refusalOf = [&](const auto &outcome) {
        if (outcome)
            fuzz::fail("a call that should be refused was not");
        refusal(outcome.error());
    };
    refusalOf(s.auth.device(QString()));
    refusalOf(s.auth.device(QStringLiteral("not-a-token")));
    refusalOf(s.accounts.enroll(enroll, QStringLiteral("127.0.0.1"))); // the invite is used up
    refusalOf(decodeRequest<v1::PushRequest>(QByteArrayLiteral("\xff\xff")));
    v1::PullRequest newer;
    newer.set_protocol_version(ProtocolVersion + 1);
    refusalOf(decodeRequest<v1::PullRequest>(QByteArray::fromStdString(newer.SerializeAsString())));
    v1::PullRequest negative;
    negative.set_protocol_version(ProtocolVersion);
    negative.set_after_seq(-1);
    refusalOf(s.sync.pull(device, negative));
    refusalOf(s.clinic.putSessions(actor, demo.groupId, {}));
    refusal(ApiError::storage());
    // What a proxy in front of the clinic answers instead: not an ErrorResponse at all.
    write(
        "fuzz_error_response", QByteArray(1, char(102)) + "<html><body>Bad Gateway</body></html>");

    // The import file: the phone's own export, and a small one.
    DataExchange exchange(store);
    write("fuzz_import", must(exchange.exportJson(), "exporting"));
    write("fuzz_import", QByteArrayLiteral("{\"format_version\": 1}"));
    write("fuzz_import",
        QByteArrayLiteral(
            "{\"format_version\": 1, \"journal_entries\": [{\"meta\": {\"id\": "
            "\"0190f0f0-0000-7000-8000-000000000001\", \"created_ms\": \"1767600000000\", "
            "\"updated_ms\": "
            "\"1767600000000\", \"hlc\": \"019b8d6c9c00.000000.fuzz\"}, \"text\": \"a calm day\", "
            "\"written_ms\": \"1767600000000\"}]}"));

    // Programs for the two phones (fuzz_merge.cpp reads them): an opcode byte (low
    // bit: which phone; 0 or 1 after the shift: sync), then for an edit its kind
    // (fuzz_merge.cpp, edit()) and its arguments.
    const QList<QByteArray> programs = {
        // A writes an entry and syncs; B syncs, edits it; both sync.
        QByteArray::fromHex("02000003020100050101000001"),
        // Both edit the same entry while apart (journal text conflict).
        QByteArray::fromHex("020003000001020000030100000202000103000000050401"),
        // A goal: created on A, renamed on A, marked achieved on B at the same time.
        QByteArray::fromHex("0603010200000107080001080001030000"),
        // Clocks drift: B's clock jumps ahead by hours, then both edit and delete.
        QByteArray::fromHex("020100010f0510ff0303000a050401000200000001"),
        // Gratitude: written on A, synced; both rewrite the first good thing while
        // apart (a conflict copy), then sync.
        QByteArray::fromHex("0209010000010100"
                            "0001"
                            "020a0000000205"
                            "030a0000000307"
                            "000100"),
        // Gratitude: B moves it to another day, A deletes it a little later.
        QByteArray::fromHex("020900030400"
                            "0001"
                            "030a000203"
                            "020610"
                            "020b00"
                            "0100"),
        // Check-ins: a goal on A; both phones add check-ins while apart, B deletes
        // the goal, A deletes one of its check-ins.
        QByteArray::fromHex("0203000001"
                            "0001"
                            "020c000300"
                            "030c0005010102"
                            "020c000700"
                            "030500"
                            "020d00"
                            "000100"),
        // Reminder preferences: saved on A, synced; A moves the practice time, B the
        // daily limit and homework reminders; both change the limit, A's clock later.
        QByteArray::fromHex("020e00"
                            "0001"
                            "020e00020802"
                            "030e000507"
                            "030e0001"
                            "0206ff"
                            "020e000502"
                            "000100"),
        // Both edit the same entry while apart, and the syncs interleave: A pulls,
        // B syncs, then A pushes its earlier edit, which the clinic passes over.
        QByteArray::fromHex("02000005"
                            "00"
                            "01"
                            "0201000107"
                            "03060a"
                            "0301000209"
                            "10"
                            "01"
                            "20"),
        // The same the other way: B pulls, A syncs its later edit, then B pushes.
        QByteArray::fromHex("02000005"
                            "00"
                            "01"
                            "0301000209"
                            "02060a"
                            "0201000107"
                            "11"
                            "00"
                            "21"),
        // Reminder preferences: each phone saves its first ones before any sync;
        // later B deletes one while A edits it.
        QByteArray::fromHex("020e00"
                            "030e00"
                            "0001"
                            "030f00"
                            "020e0006"
                            "0100"),
    };
    for (const QByteArray &program : programs)
        write("fuzz_merge", program);

    std::printf("seed corpora written to %s\n", argv[1]);
    return 0;
}
