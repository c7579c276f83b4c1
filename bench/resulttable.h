#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace circle::bench {

/** How many hits the search benchmarks ask for, as a page of results. */
inline constexpr int SearchPage = 50;
/**
 * A first screen of hits: the whole answer for the 1% term at 1k entries, so
 * asking for this many compares the same term and the same answer at every size.
 */
inline constexpr int SearchScreen = 10;

/**
 * Pairs the encrypted and unencrypted timings of each operation and size and
 * renders them as one table, with the ratio and the growth from the smallest
 * to the largest store, and says whether each target of issue 6 is met.
 */
class ResultTable
{
public:
    /** name: "<operation>/<entries>/<encrypted|plain>"; time per operation in µs. */
    void add(const std::string &name, double microseconds);
    void addFailure(const std::string &name, const std::string &why);

    QString text() const;
    QString markdown() const;
    /** One sentence per target: what was asked, what was measured, met or not. */
    QStringList verdicts() const;
    bool complete() const { return m_failures.empty() && !m_times.empty(); }
    QStringList failures() const;

private:
    struct Row
    {
        QString label;
        int size = 0;
        std::optional<double> encrypted, plain;
        std::optional<double> ratio() const;
        std::optional<double> growth; // set on the largest size only
    };
    std::vector<Row> rows() const;
    std::optional<double> time(const std::string &operation, int size, bool encrypted) const;
    std::optional<double> growth(const std::string &operation) const;
    std::optional<double> workloadRatio(QStringList *over) const;
    std::vector<int> sizes() const;
    QString growthHeader() const;

    std::map<std::string, double> m_times;
    std::map<std::string, std::string> m_failures;
};

} // namespace circle::bench
