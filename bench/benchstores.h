#pragma once

#include "journalcorpus.h"
#include "result.h"
#include "store.h"

#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace circle::bench {

/** Stores of one size, encrypted or not, kept open for the whole run. */
struct SizedStore
{
    /** Read benchmarks use this one, so inserts never change what they measure. */
    std::unique_ptr<Store> reads;
    /** A copy of `reads` taken right after building; the insert benchmark grows it. */
    std::unique_ptr<Store> writes;
    std::vector<QString> ids; // every journal entry in `reads`
    double buildSeconds = 0;
};

/**
 * Builds the benchmark stores once per run in a temporary folder: for every
 * size one encrypted and one unencrypted store with the same entries, a copy
 * of each for inserts, copies of the smallest pair for the open benchmarks,
 * and the smallest encrypted store re-keyed with a passphrase for the KDF case.
 */
class BenchStores
{
public:
    explicit BenchStores(QString root)
        : m_root(std::move(root))
    {
    }

    /**
     * An experiment, not what the app does: the page cache, in KiB, of the
     * connections the benchmarks use (SQLite's default is 2,000 KiB). 0 keeps it.
     */
    void setCacheKib(int kib) { m_cacheKib = kib; }

    /** Builds every store; says what it is doing on stderr, since 100k entries take a while. */
    Result<void> build(const std::vector<int> &sizes);

    SizedStore &at(int size, bool encrypted) { return m_stores.at({ size, encrypted }); }
    const JournalCorpus &corpus(int size) const { return m_corpora.at(size); }
    const std::vector<int> &sizes() const { return m_sizes; }

    /** Folder of a closed copy of the smallest store, for open benchmarks. */
    QString openDir(bool encrypted) const;
    /** The smallest store exported under passphrase(); opening it runs SQLCipher's KDF. */
    QString passphraseDatabase() const { return m_root + QStringLiteral("/passphrase.db"); }

    static QByteArray key();
    static const char *passphrase() { return "correct horse battery staple"; }
    static StoreOptions options(const QString &dir, bool encrypted);

private:
    Result<void> buildOne(int size, bool encrypted);
    Result<void> exportWithPassphrase();
    QString dirFor(int size, bool encrypted, const char *suffix) const;
    Result<std::unique_ptr<Store>> openForBenchmarks(const QString &dir, bool encrypted) const;

    QString m_root;
    std::vector<int> m_sizes;
    std::map<int, JournalCorpus> m_corpora;
    std::map<std::pair<int, bool>, SizedStore> m_stores;
    int m_cacheKib = 0;
};

} // namespace circle::bench
