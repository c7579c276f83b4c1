#include "reliabilityreport.h"
#include "writerprotocol.h"

#include "repository.h"
#include "store.h"
#include "testutil.h"
#include "textsearch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <random>

using namespace circle;
using namespace circle::reliability;
using namespace Qt::StringLiterals;

namespace {

constexpr int PageSize = 4096;
// SQLCipher 3 ends each page with 48 reserved bytes: a 16-byte IV, a 20-byte
// HMAC-SHA1 over the encrypted page and IV, and 12 bytes of random padding
// that nothing reads or authenticates. A flip there changes no data.
constexpr int UnusedPadding = 12;

/** Why a trial's damage was or was not noticed. */
struct Tally
{
    int atOpen = 0; // Store::open refused (wrong key or damaged)
    int atRead = 0; // a read reported damage
    int byCheck = 0; // only the integrity check found it
    int inPadding = 0; // unnoticed, but the flip was in bytes nothing reads
    int unnoticed = 0; // must stay 0
    int silentlyAltered = 0; // altered data returned as if it were fine: must stay 0
};

bool isDamage(const Error &e)
{
    return e.code == Error::Code::Corrupt || e.code == Error::Code::WrongKey;
}

class Tamper : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = Store::open(options());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        Store &store = *opened.value();
        Repository<v1::JournalEntry> journal(store);
        // Creates, edits and deletes, so tables, indexes, the search index,
        // the outbox and overflow pages all hold something worth protecting.
        for (qint64 seq = 0; seq < 400; ++seq) {
            v1::JournalEntry e;
            e.set_text(utf8(protocol::entryText(seq)));
            e.set_written_ms(1'800'000'000'000 + seq * 60'000);
            auto created = journal.create(e);
            ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
            m_original[qs(created.value().meta().id())] = qs(e.text());
            if (seq % 7 == 3) {
                ASSERT_TRUE(journal.remove(qs(created.value().meta().id())).ok());
                m_original.erase(qs(created.value().meta().id()));
            }
        }
        // Every page in use: a flip in a free page would change nothing that
        // is ever read, and this test wants each flip to matter.
        ASSERT_TRUE(store.connection().exec("VACUUM", "Compacting").ok());
        ASSERT_EQ(store.connection().queryInt("PRAGMA freelist_count", "Counting").value(), 0);
        opened.value().reset();
        m_pristine = test::readFile(dbPath());
        ASSERT_GT(m_pristine.size(), 50 * PageSize);
        ASSERT_EQ(m_pristine.size() % PageSize, 0);
    }

    StoreOptions options() const
    {
        StoreOptions o;
        o.dataDir = m_dir.path();
        o.key = test::testKey();
        return o;
    }
    QString dbPath() const { return m_dir.filePath(QString::fromLatin1(Store::DatabaseFileName)); }

    void install(const QByteArray &bytes)
    {
        QFile::remove(dbPath() + u"-wal"_s);
        QFile::remove(dbPath() + u"-shm"_s);
        QFile f(dbPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(f.write(bytes), bytes.size());
    }

    // Opens and reads everything every way the app can; tallies what noticed.
    void judge(Tally &tally, bool inPadding, std::string &why)
    {
        auto opened = Store::open(options());
        if (!opened) {
            if (isDamage(opened.error()))
                ++tally.atOpen;
            else
                why = "open failed without saying damage: " + opened.error().message.toStdString();
            return;
        }
        Store &store = *opened.value();
        Repository<v1::JournalEntry> journal(store);
        bool readFailed = false;
        const auto returned = [&](const v1::JournalEntry &e) {
            const auto it = m_original.find(qs(e.meta().id()));
            if (it == m_original.end() || it->second != qs(e.text()))
                ++tally.silentlyAltered;
        };
        PageRequest request;
        request.limit = 100;
        for (;;) {
            auto page = journal.list(request);
            if (!page) {
                readFailed = true;
                break;
            }
            for (const auto &e : page.value().items)
                returned(e);
            if (!page.value().next)
                break;
            request.after = page.value().next;
        }
        for (const auto &[id, text] : m_original) {
            auto got = journal.get(id);
            if (got)
                returned(got.value());
            else
                readFailed = true;
        }
        if (!TextSearch(store).search(u"steady"_s).ok())
            readFailed = true;
        const bool checkFailed = !store.integrityCheck().ok();
        if (readFailed)
            ++tally.atRead;
        else if (checkFailed)
            ++tally.byCheck;
        else if (inPadding)
            ++tally.inPadding;
        else
            ++tally.unnoticed;
    }

    QTemporaryDir m_dir;
    std::map<QString, QString> m_original; // id -> text of every live entry
    QByteArray m_pristine;
};

} // namespace

// One bit flipped at a random offset of a random page, CIRCLE_TAMPER_TRIALS
// times (25 here, 200 in the soak): opening or reading must report damage, and
// no altered entry may ever be returned as genuine.
TEST_F(Tamper, FlippedBitIsReportedAndNeverReturnedAsGenuine)
{
    const int trials = ReliabilityReport::count("CIRCLE_TAMPER_TRIALS", 25);
    const quint32 seed = ReliabilityReport::seed();
    std::mt19937 rng(seed);
    const int pages = int(m_pristine.size() / PageSize);
    Tally tally;
    for (int trial = 0; trial < trials; ++trial) {
        const int page = std::uniform_int_distribution<int>(0, pages - 1)(rng);
        const int offset = std::uniform_int_distribution<int>(0, PageSize - 1)(rng);
        const int bit = std::uniform_int_distribution<int>(0, 7)(rng);
        QByteArray damaged = m_pristine;
        const qsizetype at = qsizetype(page) * PageSize + offset;
        damaged[at] = char(damaged[at] ^ (1 << bit));
        install(damaged);
        std::string why;
        const Tally before = tally;
        judge(tally, offset >= PageSize - UnusedPadding, why);
        EXPECT_TRUE(why.empty()) << why;
        EXPECT_EQ(tally.unnoticed, before.unnoticed)
            << "unnoticed: page " << page << " offset " << offset << " bit " << bit;
        EXPECT_EQ(tally.silentlyAltered, before.silentlyAltered)
            << "altered data returned: page " << page << " offset " << offset << " bit " << bit;
    }
    ReliabilityReport::add(
        u"tamper: %1 single-bit flips in a %2-page store; reported at open %3, on reading %4, "
        "by the integrity check only %5; in unused page padding (nothing reads it) %6; "
        "unnoticed %7; altered data returned %8; seed %9"_s.arg(trials)
            .arg(pages)
            .arg(tally.atOpen)
            .arg(tally.atRead)
            .arg(tally.byCheck)
            .arg(tally.inPadding)
            .arg(tally.unnoticed)
            .arg(tally.silentlyAltered)
            .arg(seed));
}
