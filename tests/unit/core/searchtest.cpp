#include "corefixture.h"
#include "samples.h"

#include "textsearch.h"

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
