#include "corefixture.h"
#include "samples.h"

#include "textsearch.h"
#include "uuid.h"

#include <algorithm>
#include <functional>

using namespace circle;
using namespace circle::test;
using namespace Qt::StringLiterals;

namespace {

class Migrations : public StoreTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = m_dir.path();
    }

    /** A store as an older build left it: migrated only up to version. */
    void makeStoreAtVersion(int version)
    {
        StoreOptions o = options();
        o.migrateUpTo = version;
        auto s = Store::open(o);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        ASSERT_EQ(s.value()->schemaVersion(), version);
        if (version >= 1)
            insertJournalAsV1(*s.value(), u"an entry from before search existed"_s);
    }

    // Schema-1 builds wrote rows directly; no search index existed yet.
    static QString insertJournalAsV1(
        Store &store, const QString &text, qint64 writtenMs = TestNowMs)
    {
        v1::JournalEntry e = journal(text, writtenMs);
        auto *meta = e.mutable_meta();
        meta->set_id(utf8(makeUuidV7(TestNowMs)));
        meta->set_created_ms(TestNowMs);
        meta->set_updated_ms(TestNowMs);
        meta->set_hlc(utf8(HlcStamp { TestNowMs, 0, u"old-device"_s }.toString()));
        sql::Statement st(store.connection(),
            "INSERT INTO journal_entries (id, created_ms, updated_ms, hlc, deleted, "
            "sort_key, payload) VALUES (?, ?, ?, ?, 0, ?, ?)");
        st.bind(1, std::string_view(meta->id())).bind(2, TestNowMs).bind(3, TestNowMs);
        st.bind(4, std::string_view(meta->hlc())).bind(5, writtenMs);
        st.bindBlob(6, QByteArray::fromStdString(e.SerializeAsString()));
        EXPECT_TRUE(st.run("t").ok());
        return qs(meta->id());
    }
};

} // namespace

TEST_F(Migrations, EveryEarlierVersionOpensWithTheCurrentBuild)
{
    for (int version = 0; version < Store::latestSchemaVersion(); ++version) {
        SCOPED_TRACE("from schema " + std::to_string(version));
        QTemporaryDir dir; // each version gets its own folder
        m_dataDir = dir.path();
        makeStoreAtVersion(version);
        auto s = Store::open(options());
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        EXPECT_EQ(s.value()->schemaVersion(), Store::latestSchemaVersion());
        EXPECT_TRUE(s.value()->integrityCheck().ok());
        EXPECT_EQ(Repository<v1::JournalEntry>(*s.value()).count().value(), version >= 1 ? 1 : 0);
    }
}

TEST_F(Migrations, SearchIndexIsBuiltForEntriesWrittenBeforeIt)
{
    makeStoreAtVersion(1);
    reopen();
    auto hits = TextSearch(*m_store).search(u"existed"_s);
    ASSERT_TRUE(hits.ok()) << hits.error().message.toStdString();
    ASSERT_EQ(hits.value().size(), 1u);
}

TEST_F(Migrations, SearchFromSchemaFourFindsEveryEntryOnceInDateOrder)
{
    // Schema 2 to 4 indexed entries under their row ids; schema 5 rebuilds the
    // index in date order. Entries written out of date order must come back
    // newest first, each once, with the limit taking the newest.
    std::vector<std::pair<qint64, QString>> written;
    {
        StoreOptions o = options();
        o.migrateUpTo = 1;
        auto s = Store::open(o);
        ASSERT_TRUE(s.ok());
        for (int i = 0; i < 12; ++i) {
            const qint64 at = TestNowMs - ((i * 5) % 12) * 60'000;
            written.emplace_back(at, insertJournalAsV1(*s.value(), u"kept words %1"_s.arg(i), at));
        }
    }
    {
        StoreOptions o = options();
        o.migrateUpTo = 4;
        auto s = Store::open(o);
        ASSERT_TRUE(s.ok());
        auto indexed = s.value()->connection().queryInt(
            "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'kept'", "t");
        ASSERT_TRUE(indexed.ok());
        ASSERT_EQ(indexed.value(), 12);
    }
    reopen();
    ASSERT_EQ(m_store->schemaVersion(), Store::latestSchemaVersion());
    std::sort(written.begin(), written.end(), std::greater<>());
    auto all = TextSearch(*m_store).search(u"kept"_s, 100);
    ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    ASSERT_EQ(all.value().size(), written.size());
    for (size_t i = 0; i < written.size(); ++i)
        EXPECT_EQ(all.value()[i].id, written[i].second) << i;
    auto newest = TextSearch(*m_store).search(u"kept"_s, 3);
    ASSERT_EQ(newest.value().size(), 3u);
    EXPECT_EQ(newest.value()[2].id, written[2].second);

    // A later edit and a new entry keep the index in step.
    ASSERT_TRUE(repo<v1::JournalEntry>().create(journal(u"kept again"_s, TestNowMs + 1)).ok());
    EXPECT_EQ(TextSearch(*m_store).search(u"kept"_s, 1).value().front().snippet, u"[kept] again"_s);
}

TEST_F(Migrations, AFailedStepLeavesTheStoreAtTheEarlierVersion)
{
    makeStoreAtVersion(1);
    {
        StoreOptions o = options();
        o.migrateUpTo = 1;
        auto s = Store::open(o);
        ASSERT_TRUE(s.ok());
        // Something in the way of version 2's table makes that step fail.
        ASSERT_TRUE(s.value()->connection().exec("CREATE TABLE journal_fts (x)", "t").ok());
    }
    auto failed = Store::open(options());
    ASSERT_FALSE(failed.ok());

    StoreOptions o = options();
    o.migrateUpTo = 1;
    auto s = Store::open(o);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s.value()->schemaVersion(), 1);
    EXPECT_EQ(Repository<v1::JournalEntry>(*s.value()).count().value(), 1);
}
