#include "corefixture.h"
#include "samples.h"

#include "textsearch.h"

#include <algorithm>
#include <functional>
#include <limits>

using namespace circle;
using namespace circle::test;
using namespace Qt::StringLiterals;

using Search = StoreTest;

TEST_F(Search, FindsWordsByPrefixNewestFirstAcrossJournalAndGratitude)
{
    ASSERT_TRUE(repo<v1::JournalEntry>()
                    .create(journal(u"I felt grateful for the group"_s, TestNowMs - 3000))
                    .ok());
    ASSERT_TRUE(repo<v1::GratitudeEntry>()
                    .create(gratitude(u"Gratitude for my sister"_s, TestNowMs - 1000))
                    .ok());
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"Nothing to see"_s, TestNowMs)).ok());
    ASSERT_TRUE(repo<v1::JournalEntry>()
                    .create(journal(u"More gratefulness today"_s, TestNowMs - 2000))
                    .ok());

    auto hits = TextSearch(*m_store).search(u"grat"_s);
    ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
    ASSERT_EQ(hits.value().size(), 3u);
    EXPECT_EQ(hits.value()[0].kind, SearchHit::Kind::Gratitude);
    EXPECT_EQ(hits.value()[0].sortKey, TestNowMs - 1000);
    EXPECT_EQ(hits.value()[1].sortKey, TestNowMs - 2000);
    EXPECT_EQ(hits.value()[2].sortKey, TestNowMs - 3000);
    EXPECT_TRUE(hits.value()[2].snippet.contains(u"[grateful]"_s))
        << hits.value()[2].snippet.toStdString();
}

TEST_F(Search, EveryWordMustMatch)
{
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"calm morning walk"_s, TestNowMs)).ok());
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"calm evening"_s, TestNowMs)).ok());
    EXPECT_EQ(TextSearch(*m_store).search(u"calm walk"_s).value().size(), 1u);
    EXPECT_EQ(TextSearch(*m_store).search(u"calm"_s).value().size(), 2u);
}

TEST_F(Search, ALimitOfNoneOrLessGivesNoHits)
{
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"calm morning walk"_s, TestNowMs)).ok());
    for (const int limit : { 0, -1 }) {
        const auto hits = TextSearch(*m_store).search(u"calm"_s, limit);
        ASSERT_TRUE(hits.ok()) << limit;
        EXPECT_TRUE(hits.value().empty()) << limit;
    }
    EXPECT_EQ(TextSearch(*m_store).search(u"calm"_s, 1).value().size(), 1u);
}

TEST_F(Search, FollowsEditsAndDeletes)
{
    auto r = repo<v1::JournalEntry>().create(journal(u"anger at work"_s, TestNowMs));
    ASSERT_TRUE(r.ok());
    auto edited = r.value();
    edited.set_text("frustration at work");
    ASSERT_TRUE(repo<v1::JournalEntry>().update(edited).ok());
    EXPECT_TRUE(TextSearch(*m_store).search(u"anger"_s).value().empty());
    EXPECT_EQ(TextSearch(*m_store).search(u"frustration"_s).value().size(), 1u);
    ASSERT_TRUE(repo<v1::JournalEntry>().remove(qs(r.value().meta().id())).ok());
    EXPECT_TRUE(TextSearch(*m_store).search(u"frustration"_s).value().empty());
}

TEST_F(Search, AnyTypedTextIsSafe)
{
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"near the end"_s, TestNowMs)).ok());
    for (const QString &q : { u"\"unbalanced"_s, u"NEAR OR AND NOT"_s, u"*"_s, u"a:b (c"_s, u"--"_s,
             u"' OR 1=1 --"_s, QString() }) {
        auto hits = TextSearch(*m_store).search(q);
        EXPECT_TRUE(hits.ok()) << q.toStdString() << ": " << hits.error().message.toStdString();
    }
    EXPECT_EQ(TextSearch(*m_store).search(u"NEAR"_s).value().size(), 1u);
    EXPECT_EQ(TextSearch::matchExpression(u"  *** "_s), QString());
}

TEST_F(Search, FindsWordsInOtherScripts)
{
    ASSERT_TRUE(
        repo<v1::JournalEntry>().create(journal(u"היום הרגשתי שלום בקבוצה"_s, TestNowMs)).ok());
    ASSERT_TRUE(
        repo<v1::JournalEntry>().create(journal(u"Ich fühlte mich ruhig 😌"_s, TestNowMs)).ok());
    EXPECT_EQ(TextSearch(*m_store).search(u"שלום"_s).value().size(), 1u);
    EXPECT_EQ(TextSearch(*m_store).search(u"fühl"_s).value().size(), 1u);
}

TEST_F(Search, ACommonWordGivesTheNewestMatchesUpToTheLimitWithTheirOwnSnippets)
{
    // More matches than the limit, ties on the time written, deleted entries
    // among the newest and gratitude entries in between: the hits must be the
    // newest live matches in (time, id) order, each with its own snippet.
    struct Expected
    {
        SearchHit::Kind kind;
        QString id;
        qint64 sortKey;
        QString marker;
    };
    std::vector<Expected> live;
    for (int i = 0; i < 90; ++i) {
        const QString marker = u"j%1"_s.arg(i);
        const qint64 at = TestNowMs - (i / 3) * 1000; // three entries share each time
        auto r = repo<v1::JournalEntry>().create(journal(u"note %1 felt steady"_s.arg(marker), at));
        ASSERT_TRUE(r.ok());
        const QString id = qs(r.value().meta().id());
        if (i % 7 == 1) {
            ASSERT_TRUE(repo<v1::JournalEntry>().remove(id).ok());
            continue;
        }
        live.push_back({ SearchHit::Kind::Journal, id, at, marker });
    }
    for (int i = 0; i < 30; ++i) {
        const QString marker = u"g%1"_s.arg(i);
        const qint64 at = TestNowMs - i * 1500;
        auto r
            = repo<v1::GratitudeEntry>().create(gratitude(u"%1 steady friends"_s.arg(marker), at));
        ASSERT_TRUE(r.ok());
        live.push_back({ SearchHit::Kind::Gratitude, qs(r.value().meta().id()), at, marker });
    }
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"nothing alike"_s, TestNowMs + 5)).ok());
    std::sort(live.begin(), live.end(), [](const Expected &a, const Expected &b) {
        return a.sortKey != b.sortKey ? a.sortKey > b.sortKey : a.id > b.id;
    });

    for (int limit : { 1, 7, 25, 200 }) {
        auto hits = TextSearch(*m_store).search(u"stead"_s, limit);
        ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
        const size_t want = std::min(size_t(limit), live.size());
        ASSERT_EQ(hits.value().size(), want) << "limit " << limit;
        for (size_t i = 0; i < want; ++i) {
            const SearchHit &hit = hits.value()[i];
            EXPECT_EQ(hit.kind, live[i].kind) << "limit " << limit << " hit " << i;
            EXPECT_EQ(hit.id, live[i].id) << "limit " << limit << " hit " << i;
            EXPECT_EQ(hit.sortKey, live[i].sortKey) << "limit " << limit << " hit " << i;
            EXPECT_TRUE(hit.snippet.contains(live[i].marker + u" "_s)
                && hit.snippet.contains(u"[steady]"_s))
                << hit.snippet.toStdString();
        }
    }
}

TEST_F(Search, AnEntryMovedToAnotherDateMovesInTheResults)
{
    // The index hands out matches by its own row ids, which follow the date
    // written; changing the date must move the entry there.
    std::vector<v1::JournalEntry> entries;
    for (int i = 0; i < 6; ++i) {
        auto r = repo<v1::JournalEntry>().create(
            journal(u"walk number %1"_s.arg(i), TestNowMs - i * 60'000));
        ASSERT_TRUE(r.ok());
        entries.push_back(r.value());
    }
    auto oldest = entries.back();
    oldest.set_written_ms(TestNowMs + 60'000);
    ASSERT_TRUE(repo<v1::JournalEntry>().update(oldest).ok());
    auto newest = entries.front();
    newest.set_written_ms(TestNowMs - 3'600'000);
    ASSERT_TRUE(repo<v1::JournalEntry>().update(newest).ok());

    auto first = TextSearch(*m_store).search(u"walk"_s, 1);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_EQ(first.value().size(), 1u);
    EXPECT_EQ(first.value()[0].id, qs(oldest.meta().id()));
    auto all = TextSearch(*m_store).search(u"walk"_s, 6);
    ASSERT_EQ(all.value().size(), 6u);
    EXPECT_EQ(all.value().back().id, qs(newest.meta().id()));
    EXPECT_TRUE(all.value().back().snippet.contains(u"number 0"_s));
}

TEST_F(Search, DatesFarOutsideAnyCalendarStillSortExactly)
{
    // written_ms comes from the patient's devices and is not range-checked:
    // dates before 1970 or centuries ahead share the index's first and last
    // date buckets, and must still come back in exact date order.
    const std::vector<qint64> dates = { -5, -1'000'000, 0, std::numeric_limits<qint64>::max(),
        std::numeric_limits<qint64>::max() - 1, qint64(1) << 60, TestNowMs };
    std::vector<std::pair<qint64, QString>> expected;
    for (qint64 at : dates) {
        auto r = repo<v1::JournalEntry>().create(journal(u"odd date"_s, at));
        ASSERT_TRUE(r.ok());
        expected.emplace_back(at, qs(r.value().meta().id()));
    }
    std::sort(expected.begin(), expected.end(), std::greater<>());
    for (int limit = 1; limit <= int(dates.size()); ++limit) {
        auto hits = TextSearch(*m_store).search(u"odd"_s, limit);
        ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
        ASSERT_EQ(hits.value().size(), size_t(limit));
        for (int i = 0; i < limit; ++i) {
            EXPECT_EQ(hits.value()[size_t(i)].sortKey, expected[size_t(i)].first)
                << "limit " << limit << " hit " << i;
            EXPECT_EQ(hits.value()[size_t(i)].id, expected[size_t(i)].second);
        }
    }
}
