#include "reliabilityreport.h"
#include "storeaudit.h"
#include "writerprocess.h"

#include "testutil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>
#include <set>

using namespace circle;
using namespace circle::reliability;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// A writer is killed with SIGKILL at a random moment, again and again on the
// same store; after every kill the store is reopened and audited. Nothing the
// writer acknowledged may be missing or stored twice, and the file must pass
// its integrity check. Runs: CIRCLE_CRASH_RUNS (50 here, 1,000 in the soak).
TEST(CrashConsistency, SigkillAtARandomMomentLosesNoAcknowledgedWrite)
{
    const int runs = ReliabilityReport::count("CIRCLE_CRASH_RUNS", 50);
    const quint32 seed = ReliabilityReport::seed();
    SCOPED_TRACE("CIRCLE_RELIABILITY_SEED=" + std::to_string(seed));
    std::mt19937 rng(seed);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray key = test::testKey();
    StoreAudit audit(dir.path(), key);

    std::set<qint64> acknowledged; // over all runs: earlier writes must survive later crashes
    qint64 lost = 0, duplicated = 0, integrityFailures = 0, beforeReady = 0, unacknowledged = 0;
    int stuck = 0; // runs in a row whose writer could not open the store
    int done = 0; // runs made; fewer than asked when the store stopped opening
    QStringList problems;
    for (int run = 0; run < runs; ++run) {
        ++done;
        WriterProcess::Options options;
        options.dataDir = dir.path();
        options.key = key;
        options.first = qint64(run) * 1'000'000;
        WriterProcess writer(options);
        ASSERT_TRUE(writer.start()) << "cannot start " << WriterProcess::executable().toStdString();

        // Mostly kill while it writes; sometimes while it starts, opens or
        // migrates (the first run creates the store), or recovers the log.
        WriterProcess::Outcome outcome;
        if (std::uniform_int_distribution<int>(0, 99)(rng) < 15) {
            outcome = writer.killAfter(
                std::chrono::microseconds(std::uniform_int_distribution<int>(0, 40'000)(rng)));
        } else if (writer.waitUntilReady(30s)) {
            outcome = writer.killAfter(
                std::chrono::microseconds(std::uniform_int_distribution<int>(0, 120'000)(rng)));
        } else {
            // Could not open the store after the previous crash: a failure to
            // report with the writer's own words, not a reason to stop counting.
            outcome = writer.waitForExit(30s);
            ++integrityFailures;
            problems << u"run %1: the writer could not open the store (exit %2): %3"_s.arg(run)
                            .arg(outcome.exitCode)
                            .arg(outcome.errorText.trimmed());
            if (++stuck == 3)
                break; // the store stays unusable; more runs would say the same
            continue;
        }
        stuck = 0;
        if (!outcome.ready)
            ++beforeReady;
        if (!outcome.killed && outcome.exitCode != 0)
            problems << u"run %1: the writer failed by itself (exit %2): %3"_s.arg(run)
                            .arg(outcome.exitCode)
                            .arg(outcome.errorText.trimmed());
        acknowledged.insert(outcome.acknowledged.begin(), outcome.acknowledged.end());

        const auto found = audit.run(acknowledged);
        lost = std::max(lost, found.lost); // cumulative: the worst run says it all
        duplicated = std::max(duplicated, found.duplicated);
        if (found.integrityFailure()) {
            ++integrityFailures;
            problems << u"run %1: %2"_s.arg(run).arg(found.problem);
        }
        if (found.opened)
            unacknowledged = found.entries - qint64(acknowledged.size());
    }

    const QString ran = done == runs
        ? u"%1 runs"_s.arg(runs)
        : u"%1 of %2 runs (then the store stopped opening)"_s.arg(done).arg(runs);
    const QString figure
        = u"crash consistency: %1, %2 of them killed before the store was open; %3 "
          "acknowledged writes, %4 lost, %5 duplicated, %6 integrity failures; %7 writes "
          "committed but killed before their acknowledgement (allowed); seed %8"_s.arg(ran)
              .arg(beforeReady)
              .arg(acknowledged.size())
              .arg(lost)
              .arg(duplicated)
              .arg(integrityFailures)
              .arg(unacknowledged)
              .arg(seed);
    ReliabilityReport::add(figure);
    for (const QString &p : problems.mid(0, 5))
        ReliabilityReport::add(u"crash consistency problem: "_s + p);
    EXPECT_GT(acknowledged.size(), size_t(runs)) << "the writer hardly wrote: nothing was tested";
    EXPECT_EQ(lost, 0);
    EXPECT_EQ(duplicated, 0);
    EXPECT_EQ(integrityFailures, 0) << problems.mid(0, 5).join(u"\n"_s).toStdString();
    EXPECT_TRUE(problems.isEmpty()) << problems.mid(0, 5).join(u"\n"_s).toStdString();
}

// The harness must be able to fail: a writer that acknowledges each entry
// before writing it loses acknowledged entries when killed mid-write, and the
// audit has to notice within a few runs.
TEST(CrashConsistency, AuditNoticesAWriterThatAcknowledgesTooEarly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray key = test::testKey();
    StoreAudit audit(dir.path(), key);
    std::mt19937 rng(ReliabilityReport::seed());
    std::set<qint64> acknowledged;
    qint64 lost = 0;
    for (int run = 0; run < 40 && lost == 0; ++run) {
        WriterProcess::Options options;
        options.dataDir = dir.path();
        options.key = key;
        options.first = qint64(run) * 1'000'000;
        options.acknowledgeEarly = true;
        WriterProcess writer(options);
        ASSERT_TRUE(writer.start());
        ASSERT_TRUE(writer.waitUntilReady(30s));
        const auto outcome = writer.killAfter(
            std::chrono::microseconds(std::uniform_int_distribution<int>(5'000, 60'000)(rng)));
        acknowledged.insert(outcome.acknowledged.begin(), outcome.acknowledged.end());
        lost = audit.run(acknowledged).lost;
    }
    EXPECT_GT(lost, 0) << "a writer that acknowledges too early went unnoticed";
}
