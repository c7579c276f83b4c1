#pragma once

#include "corefixture.h"

#include "exchange.h"
#include "outbox.h"
#include "records.h"
#include "samples.h"

#include "circle/v1/export.pb.h"

#include <google/protobuf/util/json_util.h>

#include <map>
#include <string>

namespace circle::test {

/**
 * Two real stores: A (the fixture's) as the source of an export and B, a fresh
 * one in its own folder, as the target. Both share the fixture's clock, so two
 * exports made at the same moment can be compared byte for byte.
 */
class ExchangeTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        ASSERT_TRUE(m_dirB.isValid());
        StoreOptions o = options();
        o.dataDir = m_dirB.path();
        auto opened = Store::open(o);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_storeB = std::move(opened).value();
    }

    Store &a() { return *m_store; }
    Store &b() { return *m_storeB; }

    static QByteArray exportOf(Store &store)
    {
        auto json = DataExchange(store).exportJson();
        EXPECT_TRUE(json.ok()) << json.error().message.toStdString();
        return json.ok() ? json.value() : QByteArray();
    }

    static v1::ExportDocument parse(const QByteArray &json)
    {
        v1::ExportDocument doc;
        const auto status = google::protobuf::util::JsonStringToMessage(json.toStdString(), &doc);
        EXPECT_TRUE(status.ok()) << status.ToString();
        return doc;
    }

    static QByteArray render(const v1::ExportDocument &doc)
    {
        google::protobuf::util::JsonPrintOptions o;
        o.preserve_proto_field_names = true;
        std::string json;
        EXPECT_TRUE(google::protobuf::util::MessageToJsonString(doc, &json, o).ok());
        return QByteArray::fromStdString(json);
    }

    /** Stored rows per record type, tombstones included. */
    static std::map<std::string, qint64> counts(Store &store)
    {
        std::map<std::string, qint64> out;
        forEachRecordType([&]<typename T>() {
            out[RecordTraits<T>::typeName] = Repository<T>(store).count(true).value();
        });
        return out;
    }

    static qint64 total(Store &store)
    {
        qint64 n = 0;
        for (const auto &[type, count] : counts(store))
            n += count;
        return n;
    }

    static qint64 outboxCount(Store &store) { return Outbox(store).pendingCount().value(); }

    template<typename T> static T created(Store &store, T record)
    {
        auto r = Repository<T>(store).create(std::move(record));
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : T();
    }

    template<typename T> static T fromClinic(Store &store, T record)
    {
        auto r = Repository<T>(store).putFromClinic(std::move(record));
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : T();
    }

    /**
     * Gives store A at least one record of every type, plus the cases an export
     * must carry faithfully: an edited record, tombstones (patient and clinic),
     * an entry without a mood, a response with an attached journal entry.
     */
    void fillEveryType()
    {
        using namespace Qt::StringLiterals;
        Store &s = a();
        const auto journalEntry
            = created(s, journal(u"Said no to my brother and meant it"_s, TestNowMs - 3600'000));
        auto noMood = journal(u"No rating today"_s, TestNowMs - 7200'000);
        noMood.clear_mood();
        created(s, noMood);
        const auto doomed = created(s, journal(u"Deleted later"_s, TestNowMs - 600'000));
        created(s, gratitude(u"The bus was on time"_s, TestNowMs));
        created(s, mood(u"Steadier"_s, 6, TestNowMs));
        auto g = created(s, goal(u"Three meetings a week"_s));
        m_clock.advance(1000);
        g.set_status(v1::GOAL_STATUS_PAUSED);
        ASSERT_TRUE(Repository<v1::Goal>(s).update(g).ok());
        created(s, goalCheckIn(qs(g.meta().id()), u"Two so far"_s, 2, TestNowMs));
        const auto grp = fromClinic(s, group(u"Tuesday evening process group"_s));
        const QString groupId = qs(grp.meta().id());
        const auto next = fromClinic(s, session(groupId, u"Boundaries"_s, TestNowMs + 86'400'000));
        auto cancelled
            = fromClinic(s, session(groupId, u"Called off"_s, TestNowMs + 8 * 86'400'000));
        cancelled.mutable_meta()->set_deleted(true);
        cancelled.mutable_meta()->set_hlc("");
        fromClinic(s, cancelled);
        created(s, rsvp(qs(next.meta().id()), u"Running late from work"_s));
        const auto hw = fromClinic(
            s, assignment(groupId, u"Notice one boundary"_s, TestNowMs + 3 * 86'400'000));
        auto response = homeworkResponse(qs(hw.meta().id()), u"I noticed it at work"_s);
        response.set_journal_entry_id(journalEntry.meta().id());
        created(s, response);
        created(s, reminderPreferences());
        created(s, safetyPlan(u"Not sleeping"_s));
        created(s, agreementAck(groupId, TestNowMs));
        m_clock.advance(1000);
        ASSERT_TRUE(Repository<v1::JournalEntry>(s).remove(qs(doomed.meta().id())).ok());
    }

    QTemporaryDir m_dirB;
    std::unique_ptr<Store> m_storeB;
};

} // namespace circle::test
