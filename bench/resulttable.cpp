#include "resulttable.h"

#include <algorithm>
#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace circle::bench {

namespace {

struct Operation
{
    const char *key;
    const char *label;
    bool journalWorkload; // counts towards the encrypted/unencrypted target
};

// Table order; the labels say what one timed operation is.
constexpr Operation Operations[] = {
    { "open_store", "open: Store::open, raw key", false },
    { "open_raw_key", "open: connection, raw key", false },
    { "open_passphrase", "open: connection, passphrase (KDF)", false },
    { "insert", "insert (own transaction, fsync)", true },
    { "fill", "bulk fill, per entry (single run)", false },
    { "list_first_page", "list first page (50)", true },
    { "get", "get by id", true },
    { "search_common", "search, term in 1% of entries", true },
    { "search_common_screen", "search, term in 1% of entries, first 10 hits", false },
    { "search_rare", "search, term in 20 entries", true },
};

constexpr double WorkloadTarget = 1.15;
constexpr double GrowthTarget = 2.0;

QString formatTime(std::optional<double> us)
{
    if (!us)
        return u"—"_s;
    if (*us >= 1000.0)
        return u"%1 ms"_s.arg(*us / 1000.0, 0, 'f', 2);
    return u"%1 µs"_s.arg(*us, 0, 'f', *us >= 100 ? 0 : 1);
}

QString formatRatio(std::optional<double> r)
{
    return r ? u"%1×"_s.arg(*r, 0, 'f', 2) : QString();
}

QString sizeLabel(int size)
{
    return size % 1000 == 0 ? u"%1k"_s.arg(size / 1000) : QString::number(size);
}

} // namespace

void ResultTable::add(const std::string &name, double microseconds)
{
    m_times[name] = microseconds;
}

void ResultTable::addFailure(const std::string &name, const std::string &why)
{
    m_failures[name] = why;
}

QStringList ResultTable::failures() const
{
    QStringList out;
    for (const auto &[name, why] : m_failures)
        out << QString::fromStdString(name + ": " + why);
    return out;
}

std::optional<double> ResultTable::Row::ratio() const
{
    if (!encrypted || !plain || *plain <= 0)
        return std::nullopt;
    return *encrypted / *plain;
}

std::optional<double> ResultTable::time(
    const std::string &operation, int size, bool encrypted) const
{
    const auto it = m_times.find(
        operation + '/' + std::to_string(size) + '/' + (encrypted ? "encrypted" : "plain"));
    if (it == m_times.end())
        return std::nullopt;
    return it->second;
}

std::vector<int> ResultTable::sizes() const
{
    std::set<int> found;
    for (const auto &[name, us] : m_times) {
        const auto first = name.find('/');
        found.insert(std::stoi(name.substr(first + 1)));
    }
    return { found.begin(), found.end() };
}

std::optional<double> ResultTable::growth(const std::string &operation) const
{
    const auto all = sizes();
    if (all.size() < 2)
        return std::nullopt;
    const auto small = time(operation, all.front(), true);
    const auto large = time(operation, all.back(), true);
    if (!small || !large || *small <= 0)
        return std::nullopt;
    return *large / *small;
}

QString ResultTable::growthHeader() const
{
    const auto all = sizes();
    if (all.size() < 2)
        return u"growth"_s;
    return u"growth %1/%2"_s.arg(sizeLabel(all.back()), sizeLabel(all.front()));
}

std::vector<ResultTable::Row> ResultTable::rows() const
{
    std::vector<Row> out;
    const auto all = sizes();
    for (const Operation &op : Operations) {
        for (int size : all) {
            Row row { QString::fromLatin1(op.label), size, time(op.key, size, true),
                time(op.key, size, false), std::nullopt };
            if (!row.encrypted && !row.plain)
                continue;
            if (size == all.back())
                row.growth = growth(op.key);
            out.push_back(row);
        }
    }
    return out;
}

std::optional<double> ResultTable::workloadRatio(QStringList *over) const
{
    double logSum = 0;
    int n = 0;
    for (const Operation &op : Operations) {
        if (!op.journalWorkload)
            continue;
        for (int size : sizes()) {
            const auto e = time(op.key, size, true);
            const auto p = time(op.key, size, false);
            if (!e || !p || *p <= 0)
                continue;
            logSum += std::log(*e / *p);
            ++n;
            if (over && *e / *p > WorkloadTarget)
                *over << u"%1 at %2 (%3)"_s.arg(
                    QString::fromLatin1(op.label), sizeLabel(size), formatRatio(*e / *p));
        }
    }
    if (n == 0)
        return std::nullopt;
    return std::exp(logSum / n);
}

QString ResultTable::text() const
{
    QString out = u"%1 %2 %3 %4 %5 %6\n"_s.arg(u"operation"_s, -36)
                      .arg(u"entries"_s, 7)
                      .arg(u"encrypted"_s, 11)
                      .arg(u"unencrypted"_s, 12)
                      .arg(u"enc/unenc"_s, 9)
                      .arg(growthHeader(), 14);
    for (const Row &r : rows()) {
        out += u"%1 %2 %3 %4 %5 %6\n"_s.arg(r.label, -36)
                   .arg(sizeLabel(r.size), 7)
                   .arg(formatTime(r.encrypted), 11)
                   .arg(formatTime(r.plain), 12)
                   .arg(formatRatio(r.ratio()), 9)
                   .arg(formatRatio(r.growth), 14);
    }
    return out;
}

QString ResultTable::markdown() const
{
    QString out = u"| operation | entries | encrypted | unencrypted | enc/unenc | %1 |\n"
                  "|---|--:|--:|--:|--:|--:|\n"_s.arg(growthHeader());
    for (const Row &r : rows()) {
        out += u"| %1 | %2 | %3 | %4 | %5 | %6 |\n"_s.arg(r.label, sizeLabel(r.size),
            formatTime(r.encrypted), formatTime(r.plain), formatRatio(r.ratio()),
            formatRatio(r.growth));
    }
    return out;
}

QStringList ResultTable::verdicts() const
{
    QStringList out;
    QStringList over;
    if (const auto w = workloadRatio(&over)) {
        QString s = u"Encrypted/unencrypted on the journal workload (geometric mean of "
                    "insert, list, get and both searches at every size): %1, target at most "
                    "%2× — %3."_s.arg(formatRatio(w))
                        .arg(WorkloadTarget, 0, 'f', 2)
                        .arg(*w <= WorkloadTarget ? u"met"_s : u"missed"_s);
        if (!over.isEmpty())
            s += u" Single operations above %1×: %2."_s.arg(WorkloadTarget, 0, 'f', 2)
                     .arg(over.join(u", "_s));
        out << s;
    }
    const auto labelOf = [](std::string_view key) {
        for (const Operation &op : Operations)
            if (std::string_view(op.key) == key)
                return QString::fromLatin1(op.label);
        return QString();
    };
    // The growth target compares the same question with the same answer at
    // both sizes: a list page, the first screen of a common word's hits, and
    // a word found in the same 20 entries.
    for (const char *key : { "list_first_page", "search_common_screen", "search_rare" }) {
        const auto g = growth(key);
        if (!g)
            continue;
        out << u"%1 (encrypted), %2: %3, target at most %4× — %5."_s
                   .arg(labelOf(key), growthHeader(), formatRatio(g))
                   .arg(GrowthTarget, 0, 'f', 0)
                   .arg(*g <= GrowthTarget ? u"met"_s : u"missed"_s);
    }
    const auto all = sizes();
    if (const auto g = growth("search_common"); g && !all.empty()) {
        const int fewest = std::min(SearchPage, all.front() / 100);
        const int most = std::min(SearchPage, all.back() / 100);
        out << u"%1 (encrypted), %2: %3, for information: the answer itself grows, from "
               "%4 hits at %5 to %6 at %7, and each hit carries its snippet."_s
                   .arg(labelOf("search_common"), growthHeader(), formatRatio(g))
                   .arg(fewest)
                   .arg(sizeLabel(all.front()))
                   .arg(most)
                   .arg(sizeLabel(all.back()));
    }
    // The 1% term returns size/100 hits up to the page of 50, so from 1k to
    // 100k the answer itself grows fivefold. Growth between sizes that both
    // fill the page shows what the index costs on its own.
    const auto full
        = std::find_if(all.begin(), all.end(), [](int size) { return size / 100 >= SearchPage; });
    if (full != all.end() && *full != all.back() && all.front() / 100 < SearchPage) {
        const auto small = time("search_common", *full, true);
        const auto large = time("search_common", all.back(), true);
        if (small && large && *small > 0)
            out << u"search, term in 1% of entries (encrypted), growth %1/%2, where both "
                   "sizes return a full page of %3 hits (%4 at %5): %6, for information."_s
                       .arg(sizeLabel(all.back()), sizeLabel(*full))
                       .arg(SearchPage)
                       .arg(all.front() / 100)
                       .arg(sizeLabel(all.front()), formatRatio(*large / *small));
    }
    return out;
}

} // namespace circle::bench
