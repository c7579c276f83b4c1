#include "storebenchmarks.h"

#include "benchstores.h"
#include "repository.h"
#include "resulttable.h"
#include "textsearch.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <random>
#include <string>

using namespace Qt::StringLiterals;

namespace circle::bench {

namespace {

// Opens a database through the C API the way Store does, minus Store's
// bookkeeping, and reads page 1, which is where the key is first used.
// key: empty for the plain store; a passphrase, or a raw key as "x'…'".
// Returns null when opening failed.
sqlite3 *openRaw(const QString &path, const QByteArray &key)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        == SQLITE_OK;
    if (ok && !key.isEmpty()) {
        ok = sqlite3_key(db, key.constData(), int(key.size())) == SQLITE_OK
            && sqlite3_exec(db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr)
                == SQLITE_OK;
    }
    sqlite3_stmt *st = nullptr;
    if (ok)
        ok = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &st, nullptr)
                == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    if (!ok) {
        sqlite3_close_v2(db);
        return nullptr;
    }
    return db;
}

// Closing the last connection to a WAL database checkpoints and syncs; that
// is the cost of closing, not of opening, so it is left out of the timing.
void closeUntimed(benchmark::State &state, sqlite3 *db)
{
    state.PauseTiming();
    sqlite3_close_v2(db);
    state.ResumeTiming();
}

QString databaseIn(const QString &dir)
{
    return dir + u'/' + QString::fromLatin1(Store::DatabaseFileName);
}

std::string nameFor(const char *operation, int size, bool encrypted)
{
    return std::string(operation) + '/' + std::to_string(size) + '/'
        + (encrypted ? "encrypted" : "plain");
}

template<typename F> void add(const std::string &name, F &&body)
{
    benchmark::RegisterBenchmark(name.c_str(), std::forward<F>(body))
        ->UseRealTime() // inserts wait for fsync; CPU time would hide that
        ->Unit(benchmark::kMicrosecond);
}

void fail(benchmark::State &state, const Error &error)
{
    state.SkipWithError(error.message.toUtf8().constData());
}

void registerOpen(BenchStores &stores)
{
    const int size = stores.sizes().front();
    for (bool encrypted : { true, false }) {
        const QString dir = stores.openDir(encrypted);
        add(nameFor("open_store", size, encrypted), [dir, encrypted](benchmark::State &state) {
            for (auto _ : state) {
                auto opened = Store::open(BenchStores::options(dir, encrypted));
                if (!opened)
                    return fail(state, opened.error());
                state.PauseTiming(); // closing checkpoints and syncs: not part of opening
                opened.value().reset();
                state.ResumeTiming();
            }
        });
        const QByteArray rawKey
            = encrypted ? "x'" + BenchStores::key().toHex() + "'" : QByteArray();
        add(nameFor("open_raw_key", size, encrypted), [dir, rawKey](benchmark::State &state) {
            for (auto _ : state) {
                sqlite3 *db = openRaw(databaseIn(dir), rawKey);
                if (!db)
                    return state.SkipWithError("opening with the raw key failed");
                closeUntimed(state, db);
            }
        });
        // The unencrypted side of the KDF row is the same keyless open as above,
        // measured again next to it so the ratio compares neighbours in time.
        const QString kdfPath = encrypted ? stores.passphraseDatabase() : databaseIn(dir);
        const QByteArray passphrase
            = encrypted ? QByteArray(BenchStores::passphrase()) : QByteArray();
        add(nameFor("open_passphrase", size, encrypted),
            [kdfPath, passphrase](benchmark::State &state) {
                for (auto _ : state) {
                    sqlite3 *db = openRaw(kdfPath, passphrase);
                    if (!db)
                        return state.SkipWithError("opening with the passphrase failed");
                    closeUntimed(state, db);
                }
            });
    }
}

// Made once: generating text inside the timed loop would be measured too.
const std::vector<v1::JournalEntry> &extraEntries(const JournalCorpus &corpus)
{
    static const std::vector<v1::JournalEntry> entries = [&corpus] {
        std::vector<v1::JournalEntry> out;
        for (int i = 0; i < 512; ++i)
            out.push_back(corpus.extraEntry(i));
        return out;
    }();
    return entries;
}

enum class Operation { Insert, ListFirstPage, Get, SearchCommon, SearchCommonScreen, SearchRare };

void registerSized(BenchStores &stores, int size, bool encrypted, Operation operation)
{
    SizedStore *sized = &stores.at(size, encrypted);
    switch (operation) {
    case Operation::Insert: {
        const auto *extra = &extraEntries(stores.corpus(size));
        return add(nameFor("insert", size, encrypted), [sized, extra](benchmark::State &state) {
            Repository<v1::JournalEntry> journal(*sized->writes);
            size_t next = 0;
            for (auto _ : state) {
                auto r = journal.create((*extra)[next++ % extra->size()]);
                if (!r)
                    return fail(state, r.error());
            }
        });
    }
    case Operation::ListFirstPage:
        return add(nameFor("list_first_page", size, encrypted), [sized](benchmark::State &state) {
            Repository<v1::JournalEntry> journal(*sized->reads);
            PageRequest request;
            request.limit = 50;
            for (auto _ : state) {
                auto page = journal.list(request);
                if (!page || page.value().items.size() != 50)
                    return state.SkipWithError("listing the first page failed");
                benchmark::DoNotOptimize(page);
            }
        });
    case Operation::Get:
        return add(nameFor("get", size, encrypted), [sized](benchmark::State &state) {
            Repository<v1::JournalEntry> journal(*sized->reads);
            std::mt19937 rng(42); // the same ids in the same order on both sides
            std::uniform_int_distribution<size_t> pick(0, sized->ids.size() - 1);
            for (auto _ : state) {
                auto entry = journal.get(sized->ids[pick(rng)]);
                if (!entry)
                    return fail(state, entry.error());
                benchmark::DoNotOptimize(entry);
            }
        });
    case Operation::SearchCommon:
    case Operation::SearchCommonScreen:
    case Operation::SearchRare: {
        const bool common = operation != Operation::SearchRare;
        const int limit = operation == Operation::SearchCommonScreen ? SearchScreen : SearchPage;
        const QString term = common ? JournalCorpus::commonTerm() : JournalCorpus::rareTerm();
        const size_t expected
            = size_t(common ? std::min(limit, size / 100) : JournalCorpus::RareHits);
        const char *key = operation == Operation::SearchCommon ? "search_common"
            : operation == Operation::SearchCommonScreen       ? "search_common_screen"
                                                               : "search_rare";
        return add(
            nameFor(key, size, encrypted), [sized, term, expected, limit](benchmark::State &state) {
                TextSearch search(*sized->reads);
                for (auto _ : state) {
                    auto hits = search.search(term, limit);
                    if (!hits || hits.value().size() != expected)
                        return state.SkipWithError("search found the wrong number of entries");
                    benchmark::DoNotOptimize(hits);
                }
            });
    }
    }
}

} // namespace

void registerStoreBenchmarks(BenchStores &stores)
{
    registerOpen(stores);
    // Encrypted and plain runs of the same operation are registered next to
    // each other, so without interleaving they still run close together in time.
    for (auto operation : { Operation::Insert, Operation::ListFirstPage, Operation::Get,
             Operation::SearchCommon, Operation::SearchCommonScreen, Operation::SearchRare }) {
        for (int size : stores.sizes()) {
            for (bool encrypted : { true, false })
                registerSized(stores, size, encrypted, operation);
        }
    }
}

} // namespace circle::bench
