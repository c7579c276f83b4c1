#include "corefixture.h"
#include "samples.h"

#include "textsearch.h"
#include "uuid.h"

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
    static void insertJournalAsV1(Store &store, const QString &text)
    {
        v1::JournalEntry e = journal(text, TestNowMs);
        auto *meta = e.mutable_meta();
        meta->set_id(utf8(makeUuidV7(TestNowMs)));
        meta->set_created_ms(TestNowMs);
        meta->set_updated_ms(TestNowMs);
        meta->set_hlc(utf8(HlcStamp { TestNowMs, 0, u"old-device"_s }.toString()));
        sql::Statement st(store.connection(),
            "INSERT INTO journal_entries (id, created_ms, updated_ms, hlc, deleted, "
            "sort_key, payload) VALUES (?, ?, ?, ?, 0, ?, ?)");
        st.bind(1, std::string_view(meta->id())).bind(2, TestNowMs).bind(3, TestNowMs);
        st.bind(4, std::string_view(meta->hlc())).bind(5, TestNowMs);
        st.bindBlob(6, QByteArray::fromStdString(e.SerializeAsString()));
        ASSERT_TRUE(st.run("t").ok());
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
