#pragma once

#include "records.h"

#include <QString>

#include <random>
#include <vector>

namespace circle::bench {

/**
 * Makes the same journal entries on every run, so encrypted and unencrypted
 * stores hold identical text and runs on different machines compare.
 *
 * Entries have 60 to 120 words drawn from a 4,000-word vocabulary with a
 * Zipf-like spread, like real prose. Two search terms are planted with known
 * frequencies: commonTerm() in 1% of the entries (so its hits grow with the
 * store) and rareTerm() in exactly RareHits entries whatever the size.
 */
class JournalCorpus
{
public:
    static constexpr int RareHits = 20;

    explicit JournalCorpus(int size);

    int size() const { return m_size; }
    v1::JournalEntry entry(int index) const;
    /** A fresh entry for the insert benchmark; its text does not contain the planted terms. */
    v1::JournalEntry extraEntry(int serial) const;

    static QString commonTerm() { return QStringLiteral("lighthouse"); }
    static QString rareTerm() { return QStringLiteral("harbormaster"); }

private:
    QString sentence(std::mt19937 &rng, int words) const;

    int m_size;
    std::vector<QString> m_words;
    std::vector<double> m_cumulative; // Zipf weights, summed, for sampling
};

} // namespace circle::bench
