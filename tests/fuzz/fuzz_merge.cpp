// Two of one patient's phones edit the same records while apart and then sync,
// through the real pieces: each phone is a real store, its changes are encoded
// and applied by MutationCodec (sealing, opening, Repository::merge), and the
// clinic between them is the real SyncService on a real SQLite database. Every
// message crosses as bytes and is decoded by decodeRequest() / decodeAnswer(),
// as over HTTP. The sync steps follow SyncEngine: pull, push the outbox, pull.
//
// The input is a program: a sequence of edits on either phone (journal and
// gratitude entries, goals, goal check-ins and reminder preferences: create, edit,
// delete; clocks that drift), with syncs of either phone in between, whole or only
// their pull or their push, so one phone's push can land between the other's pull
// and push. At the end both phones sync until nothing moves, and must then hold the
// same records with the same field values, and every text the patient wrote must
// still be there unless the patient replaced or deleted it with it in view;
// otherwise the target aborts and libFuzzer keeps the program.
//
// Everything runs inside transactions that are rolled back after each input, so
// every program starts from the same two freshly enrolled phones.

#include "fuzzsupport.h"

#include "clinicservices.h"
#include "database.h"
#include "democlinic.h"
#include "httpapi.h"
#include "invitelink.h"
#include "mutationcodec.h"
#include "outbox.h"
#include "protocol.h"
#include "repository.h"
#include "sealer.h"

#include <QDate>

#include <optional>
#include <set>

using namespace circle;
using namespace circle::server;

namespace {

// Starting time of every program: 2026-01-05, 09:00 UTC.
constexpr qint64 StartMs = 1767603600000;

struct Phone
{
    const char *name = "";
    ManualClock clock { StartMs };
    std::unique_ptr<fuzz::TempStore> temp;
    std::unique_ptr<MutationCodec> codec;
    DeviceIdentity device;
    qint64 cursor = 0;
    HlcStamp firstStamp; // the clock's state before any program ran
    Store &store() { return *temp->store; }
};

/**
 * What the patient wrote in journal and gratitude entries, and what they replaced
 * or deleted with it in view. Text edited on two phones apart must survive as the
 * entry or as a conflict copy, however the two syncs interleaved.
 */
struct Ledger
{
    std::set<std::pair<std::string, std::string>> written; // (record id, text)
    std::set<std::string> replaced;
    std::set<std::string> deletedIds;

    void clear()
    {
        written.clear();
        replaced.clear();
        deletedIds.clear();
    }
};

std::string textOf(const v1::JournalEntry &entry)
{
    return entry.text();
}

std::string textOf(const v1::GratitudeEntry &entry)
{
    std::string joined;
    for (const auto &item : entry.items())
        joined += item + '\n';
    return joined;
}

struct World
{
    Ledger ledger;
    QTemporaryDir dir;
    std::unique_ptr<ClinicServices> clinic;
    std::unique_ptr<Sealer> sealer; // the patient's sync key, the same on both phones
    Phone a;
    Phone b;
};

DeviceIdentity enroll(ClinicServices &clinic, const QString &invite)
{
    const auto link = parseInvite(invite);
    if (!link)
        fuzz::fail("an invite does not parse", invite);
    v1::EnrollRequest request;
    request.set_protocol_version(ProtocolVersion);
    request.set_invite_code(link->code.toStdString());
    request.set_device_name("phone");
    auto enrolled = clinic.accounts.enroll(request, QStringLiteral("127.0.0.1"));
    if (!enrolled)
        fuzz::fail("enrolling a phone failed", enrolled.error().message);
    auto device = clinic.auth.device(QString::fromStdString(enrolled.value().device_token()));
    if (!device)
        fuzz::fail("an enrolled phone is unknown", device.error().message);
    return device.value();
}

World &world()
{
    static World *w = [] {
        auto *made = new World;
        DatabaseSpec spec;
        spec.kind = DatabaseSpec::Kind::Sqlite;
        spec.path = made->dir.filePath(QStringLiteral("clinic.sqlite"));
        QString error;
        made->clinic = ClinicServices::open(spec, ServerLimits(), &error);
        if (!made->clinic)
            fuzz::fail("the clinic database did not open", error);
        made->clinic->accounts.setInviteTarget({ QStringLiteral("http://127.0.0.1:9"), QString() });
        auto demo = seedDemoClinic(*made->clinic, QDate(2026, 1, 5));
        if (!demo)
            fuzz::fail("seeding the demo clinic failed", demo.error().message);
        auto therapist = made->clinic->auth.therapist(demo.value().therapistToken);
        if (!therapist)
            fuzz::fail("the demo therapist is unknown", therapist.error().message);
        made->a.device = enroll(*made->clinic, demo.value().invite);
        // The patient's second phone: an invite for the same patient.
        auto second = made->clinic->accounts.createInvite(Actor::therapist(therapist.value()),
            demo.value().groupId, QString(), made->a.device.patientId);
        if (!second)
            fuzz::fail("a second invite failed", second.error().message);
        made->b.device = enroll(*made->clinic, second.value().invite);

        auto sealer = Sealer::fromKey(QByteArray(Sealer::KeySize, '\x33'));
        if (!sealer)
            fuzz::fail("no sealer", sealer.error().message);
        made->sealer = std::make_unique<Sealer>(std::move(sealer).value());
        made->a.name = "phone A";
        made->b.name = "phone B";
        for (Phone *p : { &made->a, &made->b }) {
            p->temp = fuzz::openTempStore(&p->clock);
            p->codec = std::make_unique<MutationCodec>(p->store(), *made->sealer);
            p->firstStamp = p->store().hlc().last();
        }
        return made;
    }();
    return *w;
}

/** What crosses the network: serialized, then decoded by the receiver's real decoder. */
template<typename Message> QByteArray wire(const Message &message)
{
    return QByteArray::fromStdString(message.SerializeAsString());
}

/** One pull round as SyncEngine::pullRound/applyPulled does it; true when more is waiting. */
bool pullOnce(World &w, Phone &p, int *applied)
{
    v1::PullRequest request;
    request.set_protocol_version(ProtocolVersion);
    request.set_after_seq(p.cursor);
    request.set_limit(500);
    auto decodedRequest = decodeRequest<v1::PullRequest>(wire(request));
    CIRCLE_FUZZ_CHECK(decodedRequest.ok());
    auto served = w.clinic->sync.pull(p.device, decodedRequest.value());
    CIRCLE_FUZZ_CHECK(served.ok(), served.ok() ? QString() : served.error().message);
    served.value().set_protocol_version(ProtocolVersion);
    auto answer = decodeAnswer<v1::PullResponse>(wire(served.value()));
    CIRCLE_FUZZ_CHECK(answer.ok(), answer.ok() ? QString() : answer.error().message);

    sql::Transaction tx(p.store().connection());
    CIRCLE_FUZZ_CHECK(tx.active());
    for (const v1::Change &change : answer.value().changes()) {
        auto r = p.codec->apply(change);
        CIRCLE_FUZZ_CHECK(r.ok(),
            QString::fromLatin1(p.name) + QStringLiteral(" could not apply a pulled ")
                + qs(change.mutation().record_type()) + QStringLiteral(": ")
                + (r.ok() ? QString() : r.error().message));
        ++*applied;
    }
    auto committed = tx.commit();
    CIRCLE_FUZZ_CHECK(committed.ok());
    p.cursor = answer.value().cursor();
    return answer.value().more();
}

/** Pushes the whole outbox, as SyncEngine::pushRound does; returns how many changes went. */
int push(World &w, Phone &p)
{
    int sent = 0;
    for (int round = 0; round < 20; ++round) {
        Outbox outbox(p.store());
        auto entries = outbox.peek(500);
        CIRCLE_FUZZ_CHECK(entries.ok());
        if (entries.value().empty())
            return sent;
        v1::PushRequest request;
        request.set_protocol_version(ProtocolVersion);
        for (const OutboxEntry &entry : entries.value()) {
            auto mutation = p.codec->encode(entry);
            CIRCLE_FUZZ_CHECK(mutation.ok(),
                QString::fromLatin1(p.name) + QStringLiteral(" could not encode its own ")
                    + entry.recordType + QStringLiteral(": ")
                    + (mutation.ok() ? QString() : mutation.error().message));
            *request.add_mutations() = mutation.value();
        }
        auto decodedRequest = decodeRequest<v1::PushRequest>(wire(request));
        CIRCLE_FUZZ_CHECK(decodedRequest.ok());
        auto served = w.clinic->sync.push(p.device, decodedRequest.value());
        CIRCLE_FUZZ_CHECK(served.ok(), served.ok() ? QString() : served.error().message);
        served.value().set_protocol_version(ProtocolVersion);
        auto answer = decodeAnswer<v1::PushResponse>(wire(served.value()));
        CIRCLE_FUZZ_CHECK(answer.ok());
        CIRCLE_FUZZ_CHECK(answer.value().results_size() == request.mutations_size());
        std::vector<QString> done;
        for (int i = 0; i < answer.value().results_size(); ++i) {
            const auto &result = answer.value().results(i);
            // A change one phone made and the clinic refused never reaches the other:
            // with nothing but ordinary edits here, that is a divergence in waiting.
            CIRCLE_FUZZ_CHECK(result.status() != v1::PushResult::STATUS_REJECTED,
                QString::fromLatin1(p.name) + QStringLiteral(": the clinic refused a ")
                    + qs(request.mutations(i).record_type()) + QStringLiteral(": ")
                    + qs(result.reason()));
            done.push_back(entries.value()[size_t(i)].mutationId); // results come in request order
        }
        CIRCLE_FUZZ_CHECK(outbox.acknowledge(done).ok());
        sent += int(done.size());
    }
    fuzz::fail("the outbox did not empty in 20 pushes");
}

/** Pulls until the clinic has nothing more; returns how many changes were applied. */
int pullAll(World &w, Phone &p)
{
    int applied = 0;
    for (int i = 0; i < 50 && pullOnce(w, p, &applied); ++i) { }
    return applied;
}

/** One sync of a phone (SyncEngine::syncNow): pull, push, pull. Returns how much moved. */
int sync(World &w, Phone &p)
{
    int moved = pullAll(w, p);
    moved += push(w, p);
    return moved + pullAll(w, p);
}

const char *const Words[] = { "calm", "tired", "hopeful", "group went well", "called my sister",
    "slept badly", "walked", "é ✓ 日本" };

QString someText(fuzz::ByteReader &in)
{
    return QString::fromUtf8(Words[in.pick(8)]) + QLatin1Char(' ') + QString::number(in.pick(100));
}

/** The n-th record (live or not) of a type on a phone, oldest first; nullopt when there are none.
 */
template<typename T> std::optional<T> nth(Phone &p, int n)
{
    auto all = Repository<T>(p.store()).listBetween(
        0, std::numeric_limits<qint64>::max(), SortOrder::Ascending);
    CIRCLE_FUZZ_CHECK(all.ok());
    if (all.value().empty())
        return std::nullopt;
    return all.value()[size_t(n) % all.value().size()];
}

/** A calendar day in the program's first week, as gratitude entries name theirs. */
std::string someDay(fuzz::ByteReader &in)
{
    return utf8(QDate(2026, 1, 5).addDays(in.pick(7)).toString(Qt::ISODate));
}

/** A time of day in minutes, or -1 (off), as reminder preferences hold them. */
int someMinute(fuzz::ByteReader &in)
{
    const int pick = in.pick(25);
    return pick == 24 ? -1 : pick * 60 + 15 * in.pick(4);
}

/** What a phone stores when the patient first saves reminder settings. */
v1::ReminderPreferences firstPreferences()
{
    v1::ReminderPreferences prefs;
    prefs.add_session_lead_minutes(1440);
    prefs.add_session_lead_minutes(60);
    prefs.set_homework_reminders(true);
    prefs.set_practice_minute_of_day(20 * 60);
    for (int day : { 1, 3, 5 })
        prefs.add_practice_weekdays(day);
    prefs.set_quiet_start_minute(22 * 60);
    prefs.set_quiet_end_minute(7 * 60);
    prefs.set_daily_cap(3);
    return prefs;
}

/** Changes one field of reminder preferences, so two phones' edits meet field by field. */
void editPreferences(v1::ReminderPreferences &prefs, fuzz::ByteReader &in)
{
    switch (in.pick(7)) {
    case 0: {
        static const int Leads[] = { 10080, 2880, 1440, 120, 60, 30, 15 };
        prefs.clear_session_lead_minutes();
        const int mask = in.byte();
        for (int i = 0; i < 7; ++i)
            if (mask & (1 << i))
                prefs.add_session_lead_minutes(Leads[i]);
        break;
    }
    case 1:
        prefs.set_homework_reminders(!prefs.homework_reminders());
        break;
    case 2:
        prefs.set_practice_minute_of_day(someMinute(in));
        break;
    case 3: {
        prefs.clear_practice_weekdays();
        const int mask = in.byte();
        for (int day = 1; day <= 7; ++day)
            if (mask & (1 << (day - 1)))
                prefs.add_practice_weekdays(day);
        break;
    }
    case 4:
        prefs.set_quiet_start_minute(someMinute(in));
        prefs.set_quiet_end_minute(someMinute(in));
        break;
    case 5:
        prefs.set_daily_cap(in.pick(10));
        break;
    default:
        prefs.set_detail_on_lock_screen(!prefs.detail_on_lock_screen());
        break;
    }
}

/** Creates an entry and notes its text. */
template<typename T> void createEntry(World &w, Phone &p, const T &entry)
{
    auto created = Repository<T>(p.store()).create(entry);
    if (created)
        w.ledger.written.insert({ created.value().meta().id(), textOf(created.value()) });
}

/** Saves an edit of @p before as @p after, noting the text replaced with it in view. */
template<typename T> void editEntry(World &w, Phone &p, const T &before, const T &after)
{
    if (!Repository<T>(p.store()).update(after))
        return;
    if (textOf(before) != textOf(after))
        w.ledger.replaced.insert(textOf(before));
    w.ledger.written.insert({ after.meta().id(), textOf(after) });
}

template<typename T> void deleteEntry(World &w, Phone &p, const T &entry)
{
    if (!Repository<T>(p.store()).remove(qs(entry.meta().id())))
        return;
    w.ledger.replaced.insert(textOf(entry));
    w.ledger.deletedIds.insert(entry.meta().id());
}

/**
 * One edit on a phone. The first byte picks it: 0-2 journal entries (create, edit,
 * delete), 3-5 goals, 6-7 clocks, 8 a pause, 9-11 gratitude entries (create, edit,
 * delete), 12-13 goal check-ins (add, delete), 14-15 reminder preferences (edit, or
 * save the first ones; delete). Together they reach every merge rule of DESIGN.md
 * (Data): conflict copies for journal and gratitude text, field-by-field
 * last-writer-wins for goals and preferences, append-only check-ins, tombstones.
 */
void edit(World &w, Phone &p, fuzz::ByteReader &in)
{
    switch (in.pick(16)) {
    case 0: {
        v1::JournalEntry entry;
        entry.set_text(utf8(someText(in)));
        entry.set_written_ms(p.clock.nowMs());
        createEntry(w, p, entry);
        break;
    }
    case 1:
        if (auto entry = nth<v1::JournalEntry>(p, in.byte())) {
            auto edited = *entry;
            edited.set_text(utf8(someText(in)));
            editEntry(w, p, *entry, edited);
        }
        break;
    case 2:
        if (auto entry = nth<v1::JournalEntry>(p, in.byte()))
            deleteEntry(w, p, *entry);
        break;
    case 3: {
        v1::Goal goal;
        goal.set_title(utf8(someText(in)));
        goal.set_target_value(1 + in.pick(5));
        goal.set_unit("times a week");
        goal.set_start_date("2026-01-05");
        goal.set_due_date("2026-03-01");
        goal.set_status(v1::GOAL_STATUS_ACTIVE);
        (void)Repository<v1::Goal>(p.store()).create(goal);
        break;
    }
    case 4:
        if (auto goal = nth<v1::Goal>(p, in.byte())) {
            switch (in.pick(4)) {
            case 0:
                goal->set_title(utf8(someText(in)));
                break;
            case 1:
                goal->set_status(v1::GoalStatus(1 + in.pick(4)));
                break;
            case 2:
                goal->set_shared_with_therapist(!goal->shared_with_therapist());
                break;
            default:
                goal->set_target_value(1 + in.pick(9));
                break;
            }
            (void)Repository<v1::Goal>(p.store()).update(*goal);
        }
        break;
    case 5:
        if (auto goal = nth<v1::Goal>(p, in.byte()))
            (void)Repository<v1::Goal>(p.store()).remove(qs(goal->meta().id()));
        break;
    case 6:
        // Clocks drift apart and jump; equal times on both phones happen too.
        p.clock.advance(qint64(in.byte()) * 997);
        break;
    case 7:
        p.clock.advance(qint64(in.byte()) * 3'600'000);
        break;
    case 8:
        break; // a pause
    case 9: {
        v1::GratitudeEntry entry;
        const int items = 1 + in.pick(3);
        for (int i = 0; i < items; ++i)
            entry.add_items(utf8(someText(in)));
        entry.set_day(someDay(in));
        entry.set_written_ms(p.clock.nowMs());
        createEntry(w, p, entry);
        break;
    }
    case 10:
        if (auto entry = nth<v1::GratitudeEntry>(p, in.byte())) {
            auto edited = *entry;
            switch (in.pick(3)) {
            case 0: // rewrite one good thing
                edited.set_items(in.pick(edited.items_size()), utf8(someText(in)));
                break;
            case 1: // one more, or one fewer
                if (edited.items_size() < 3)
                    edited.add_items(utf8(someText(in)));
                else
                    edited.mutable_items()->RemoveLast();
                break;
            default: // the same things, another day: no text differs
                edited.set_day(someDay(in));
                break;
            }
            editEntry(w, p, *entry, edited);
        }
        break;
    case 11:
        if (auto entry = nth<v1::GratitudeEntry>(p, in.byte()))
            deleteEntry(w, p, *entry);
        break;
    case 12:
        if (auto goal = nth<v1::Goal>(p, in.byte())) {
            v1::GoalCheckIn checkIn;
            checkIn.set_goal_id(goal->meta().id());
            checkIn.set_value(in.pick(10));
            if (in.pick(2))
                checkIn.set_note(utf8(someText(in)));
            checkIn.set_at_ms(p.clock.nowMs());
            (void)Repository<v1::GoalCheckIn>(p.store()).create(checkIn);
        }
        break;
    case 13:
        if (auto checkIn = nth<v1::GoalCheckIn>(p, in.byte()))
            (void)Repository<v1::GoalCheckIn>(p.store()).remove(qs(checkIn->meta().id()));
        break;
    case 14: {
        // As the reminder settings page saves: the preferences there are, or new ones.
        Repository<v1::ReminderPreferences> repo(p.store());
        if (auto prefs = nth<v1::ReminderPreferences>(p, in.byte())) {
            editPreferences(*prefs, in);
            (void)repo.update(*prefs);
        } else {
            (void)repo.create(firstPreferences());
        }
        break;
    }
    default:
        if (auto prefs = nth<v1::ReminderPreferences>(p, in.byte()))
            (void)Repository<v1::ReminderPreferences>(p.store()).remove(qs(prefs->meta().id()));
        break;
    }
}

QString firstDifference(const QMap<QString, QByteArray> &a, const QMap<QString, QByteArray> &b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()))
            return it.key() + QStringLiteral(" only on phone A");
        if (b.value(it.key()) != it.value())
            return it.key() + QStringLiteral(" differs");
    }
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key()))
            return it.key() + QStringLiteral(" only on phone B");
    return {};
}

/** Every text written and not replaced or deleted in view is still an entry or a copy. */
void checkNothingWrittenWasLost(World &w)
{
    constexpr qint64 Always = std::numeric_limits<qint64>::max();
    const auto journal
        = Repository<v1::JournalEntry>(w.a.store()).listBetween(0, Always, SortOrder::Ascending);
    const auto gratitude
        = Repository<v1::GratitudeEntry>(w.a.store()).listBetween(0, Always, SortOrder::Ascending);
    CIRCLE_FUZZ_CHECK(journal.ok() && gratitude.ok());
    std::set<std::string> live;
    for (const auto &e : journal.value())
        live.insert(textOf(e));
    for (const auto &e : gratitude.value())
        live.insert(textOf(e));
    for (const auto &[id, text] : w.ledger.written) {
        if (w.ledger.deletedIds.count(id) || w.ledger.replaced.count(text))
            continue;
        CIRCLE_FUZZ_CHECK(live.count(text),
            QStringLiteral("text edited on two phones was lost: \"") + QString::fromStdString(text)
                + QStringLiteral("\" of ") + QString::fromStdString(id));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    world();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    fuzz::ByteReader in(data, size);
    WriteTransaction clinicTx(*w.clinic->database);
    sql::Transaction aTx(w.a.store().connection());
    sql::Transaction bTx(w.b.store().connection());
    CIRCLE_FUZZ_CHECK(clinicTx.active() && aTx.active() && bTx.active());
    w.a.clock.set(StartMs);
    w.b.clock.set(StartMs);
    w.a.cursor = w.b.cursor = 0;
    // The stored stamp rolls back with the transactions; the one in memory is reset here.
    w.a.store().hlc().restore(w.a.firstStamp);
    w.b.store().hlc().restore(w.b.firstStamp);

    w.ledger.clear();

    for (int step = 0; step < 64 && !in.atEnd(); ++step) {
        const uint8_t op = in.byte();
        Phone &p = (op & 1) ? w.b : w.a;
        if ((op >> 1) % 8 != 0) {
            edit(w, p, in);
            continue;
        }
        switch (op >> 4) {
        case 1: // only the pull: the phone's push comes in a later step
            pullAll(w, p);
            break;
        case 2: // only the push, as when the other phone's push landed after our pull;
                // a phone that never pulled has not begun a sync, so it syncs whole
            if (p.cursor > 0)
                push(w, p);
            else
                sync(w, p);
            break;
        default:
            sync(w, p);
            break;
        }
    }

    // Both phones sync until a whole round moves nothing.
    bool settled = false;
    for (int round = 0; round < 8 && !settled; ++round) {
        const int moved = sync(w, w.a) + sync(w, w.b);
        settled = moved == 0;
    }
    CIRCLE_FUZZ_CHECK(settled, QStringLiteral("the phones kept sending changes back and forth"));

    const auto onA = fuzz::snapshot(w.a.store());
    const auto onB = fuzz::snapshot(w.b.store());
    CIRCLE_FUZZ_CHECK(onA == onB,
        QStringLiteral("the phones disagree after syncing: ") + firstDifference(onA, onB));
    checkNothingWrittenWasLost(w);
    w.clinic->database->finishAll();
    return 0; // every transaction rolls back here
}
