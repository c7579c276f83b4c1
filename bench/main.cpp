// circle_bench: builds journal stores of several sizes, encrypted and not,
// measures the store operations on both side by side and prints one table.
//
//   circle_bench [--sizes=1000,10000,100000] [--doc=docs/benchmarks.md]
//                [--store-dir=DIR] [--keep-stores] [--cache-kib=N] [--command=TEXT]
//                [--benchmark_* flags]
//
// --cache-kib is an experiment: it sets the page cache of the measured
// connections, to see how much of a ratio comes from pages read again.
//
// Exit code 1 when a benchmark failed; a missed target is reported, not fatal.

#include "benchreport.h"
#include "benchstores.h"
#include "resulttable.h"
#include "storebenchmarks.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace circle::bench;

namespace {

/** Prints Google Benchmark's usual lines and keeps the medians for the table. */
class TableReporter : public benchmark::ConsoleReporter
{
public:
    explicit TableReporter(ResultTable &table)
        : m_table(table)
    {
    }

    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            const std::string name = run.run_name.function_name;
            if (run.error_occurred) {
                m_table.addFailure(name, run.error_message);
                continue;
            }
            const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            const bool single = run.run_type == Run::RT_Iteration && run.repetitions <= 1;
            if (median || single)
                m_table.add(name,
                    run.GetAdjustedRealTime() * 1e6
                        / benchmark::GetTimeUnitMultiplier(run.time_unit));
        }
        ConsoleReporter::ReportRuns(runs);
    }

private:
    ResultTable &m_table;
};

std::vector<int> parseSizes(const QString &list)
{
    std::vector<int> sizes;
    for (const QString &s : list.split(u',', Qt::SkipEmptyParts))
        if (const int n = s.toInt(); n >= 1000)
            sizes.push_back(n);
    return sizes;
}

} // namespace

int main(int argc, char **argv)
{
    QString docPath;
    QString storeDir;
    QString command;
    bool keepStores = false;
    int cacheKib = 0;
    std::vector<int> sizes { 1000, 10000, 100000 };
    // Defaults that suit a shared 2-core machine: a few short repetitions in
    // random order, so a colleague's compile hits both sides of a ratio alike.
    std::vector<std::string> args { argv[0] };
    bool minTime = false, repetitions = false, interleave = false;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a.startsWith(u"--doc="_s))
            docPath = a.mid(6);
        else if (a.startsWith(u"--store-dir="_s))
            storeDir = a.mid(12);
        else if (a.startsWith(u"--command="_s))
            command = a.mid(10);
        else if (a == u"--keep-stores"_s)
            keepStores = true; // to look at them afterwards, e.g. EXPLAIN QUERY PLAN
        else if (a.startsWith(u"--cache-kib="_s))
            cacheKib = a.mid(12).toInt();
        else if (a.startsWith(u"--sizes="_s))
            sizes = parseSizes(a.mid(8));
        else {
            minTime |= a.startsWith(u"--benchmark_min_time"_s);
            repetitions |= a.startsWith(u"--benchmark_repetitions"_s);
            interleave |= a.startsWith(u"--benchmark_enable_random_interleaving"_s);
            args.emplace_back(argv[i]);
        }
    }
    if (!minTime)
        args.emplace_back("--benchmark_min_time=0.2");
    if (!repetitions) {
        args.emplace_back("--benchmark_repetitions=5");
        args.emplace_back("--benchmark_report_aggregates_only=true");
    }
    if (!interleave)
        args.emplace_back("--benchmark_enable_random_interleaving=true");
    if (sizes.empty()) {
        std::fprintf(stderr, "--sizes needs numbers of at least 1000\n");
        return 2;
    }
    if (command.isEmpty()) {
        for (int i = 0; i < argc; ++i)
            command += (i ? u" "_s : QString()) + QString::fromLocal8Bit(argv[i]);
    }

    int qtArgc = 1;
    QCoreApplication app(qtArgc, argv);
    std::vector<char *> bargv;
    for (auto &a : args)
        bargv.push_back(a.data());
    int bargc = int(bargv.size());
    benchmark::Initialize(&bargc, bargv.data());
    if (benchmark::ReportUnrecognizedArguments(bargc, bargv.data()))
        return 2;

    BenchReport report;
    report.setCommand(command);
    QTemporaryDir tmp(storeDir.isEmpty() ? QString() : storeDir + u"/circle-bench-XXXXXX"_s);
    if (!tmp.isValid()) {
        std::fprintf(stderr, "cannot create a folder for the stores\n");
        return 1;
    }
    tmp.setAutoRemove(!keepStores);
    if (keepStores)
        std::fprintf(stderr, "stores are kept in %s\n", qPrintable(tmp.path()));
    BenchStores stores(tmp.path());
    stores.setCacheKib(cacheKib);
    if (cacheKib > 0)
        report.addSetupNote(u"experiment: page cache of the measured connections set to %1 KiB "
                            "(the app uses SQLite's default of 2,000 KiB)"_s.arg(cacheKib));
    if (auto r = stores.build(sizes); !r) {
        std::fprintf(stderr, "\nbuilding the stores failed: %s\n", qPrintable(r.error().message));
        return 1;
    }
    report.setCipherVersion(stores.at(sizes.front(), true).reads->cipherVersion());
    for (int size : stores.sizes()) {
        report.addSetupNote(u"filling the %1-entry stores through Repository::create() in "
                            "transactions of 5,000 took %2 s (encrypted) and %3 s "
                            "(unencrypted)"_s.arg(size)
                                .arg(stores.at(size, true).buildSeconds, 0, 'f', 1)
                                .arg(stores.at(size, false).buildSeconds, 0, 'f', 1));
    }

    registerStoreBenchmarks(stores);
    ResultTable table;
    for (int size : stores.sizes()) {
        // Measured once while building, so not a median; shown for bulk writes
        // (import, first sync), which the single-insert row does not cover.
        for (bool encrypted : { true, false })
            table.add("fill/" + std::to_string(size) + (encrypted ? "/encrypted" : "/plain"),
                stores.at(size, encrypted).buildSeconds * 1e6 / size);
    }
    TableReporter reporter(table);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    report.finish();

    std::printf("\n%s\n%s\n", qPrintable(report.machineSummary()), qPrintable(table.text()));
    for (const QString &v : table.verdicts())
        std::printf("- %s\n", qPrintable(v));
    for (const QString &f : table.failures())
        std::printf("- FAILED %s\n", qPrintable(f));
    if (!docPath.isEmpty()) {
        if (!report.writeDocument(docPath, table)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(docPath));
            return 1;
        }
        std::printf("wrote %s\n", qPrintable(docPath));
    }
    return table.failures().isEmpty() ? 0 : 1;
}
