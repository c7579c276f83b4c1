#include "journalcorpus.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace circle::bench {

namespace {

constexpr int VocabularySize = 4000;
// 2025-01-01T08:00:00Z; entries are eight hours apart from here.
constexpr qint64 FirstWrittenMs = 1735718400000;
constexpr qint64 Spacing = 8LL * 3600 * 1000;

// Pronounceable made-up words: consonant-vowel syllables cannot spell the
// planted terms, so their hit counts stay exact.
std::vector<QString> makeVocabulary()
{
    static const char *const onsets[]
        = { "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh" };
    static const char *const vowels[] = { "a", "e", "i", "o", "u", "ai", "ou" };
    std::vector<QString> words;
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> onset(0, std::size(onsets) - 1);
    std::uniform_int_distribution<int> vowel(0, std::size(vowels) - 1);
    std::uniform_int_distribution<int> syllables(1, 4);
    while (int(words.size()) < VocabularySize) {
        QString w;
        for (int s = syllables(rng); s > 0; --s)
            w += QLatin1StringView(onsets[onset(rng)]) + QLatin1StringView(vowels[vowel(rng)]);
        if (std::find(words.begin(), words.end(), w) == words.end())
            words.push_back(w);
    }
    return words;
}

} // namespace

JournalCorpus::JournalCorpus(int size)
    : m_size(size)
    , m_words(makeVocabulary())
{
    double sum = 0;
    m_cumulative.reserve(m_words.size());
    for (size_t rank = 0; rank < m_words.size(); ++rank) {
        sum += 1.0 / double(rank + 1);
        m_cumulative.push_back(sum);
    }
}

QString JournalCorpus::sentence(std::mt19937 &rng, int words) const
{
    std::uniform_real_distribution<double> pick(0.0, m_cumulative.back());
    QString text;
    text.reserve(words * 8);
    for (int i = 0; i < words; ++i) {
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), pick(rng));
        if (i > 0)
            text += (i % 12 == 0) ? u". "_s : u" "_s;
        text += m_words[size_t(it - m_cumulative.begin())];
    }
    return text + u'.';
}

v1::JournalEntry JournalCorpus::entry(int index) const
{
    std::mt19937 rng(quint32(index) * 2654435761u + 1);
    std::uniform_int_distribution<int> length(60, 120);
    QString text = sentence(rng, length(rng));
    if (index % 100 == 37)
        text += u" The "_s + commonTerm() + u" again."_s;
    // Offset 11 as at every size of 240 entries or more (so their stores stay
    // as they were); smaller journals, like the app-start benchmark's 100-entry
    // one, take the offset modulo the step so they still hold RareHits.
    const int rareStep = std::max(1, m_size / RareHits);
    if (index % rareStep == 11 % rareStep && index / rareStep < RareHits)
        text += u" Called the "_s + rareTerm() + u'.';

    v1::JournalEntry e;
    e.set_text(utf8(text));
    e.set_topic("boundaries");
    e.set_prompt_id("boundaries-1");
    e.set_mood(index % 11);
    e.set_written_ms(FirstWrittenMs + qint64(index) * Spacing);
    return e;
}

v1::JournalEntry JournalCorpus::extraEntry(int serial) const
{
    std::mt19937 rng(quint32(serial) + 0x9e3779b9u);
    v1::JournalEntry e;
    e.set_text(utf8(sentence(rng, 90)));
    e.set_topic("boundaries");
    e.set_mood(5);
    e.set_written_ms(FirstWrittenMs + qint64(m_size + serial) * Spacing);
    return e;
}

} // namespace circle::bench
