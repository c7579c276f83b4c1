#include "reliabilityreport.h"
#include "storeaudit.h"
#include "writerprocess.h"
#include "writerprotocol.h"

#include "testutil.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>
#include <set>

using namespace circle;
using namespace circle::reliability;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/** What one writer run under a file-size limit showed. */
struct LimitedRun
{
    qint64 limit = 0;
    bool opened = false; // the store opened before the limit bit
    bool stoppedCleanly = false; // exited with DiskFull and said so in words
    bool keptRunning = false; // read every entry back after the error
    StoreAudit::Findings audit;
};

LimitedRun writeUntilFull(const QString &dataDir, const QByteArray &key, qint64 first, qint64 limit,
    std::set<qint64> &acknowledged)
{
    LimitedRun run;
    run.limit = limit;
    WriterProcess::Options options;
    options.dataDir = dataDir;
    options.key = key;
    options.first = first;
    options.fileSizeLimit = limit;
    WriterProcess writer(options);
    if (!writer.start())
        return run;
    const auto outcome = writer.waitForExit(120s);
    acknowledged.insert(outcome.acknowledged.begin(), outcome.acknowledged.end());
    run.opened = outcome.ready;
    run.stoppedCleanly = !outcome.killed && outcome.exitCode == protocol::DiskFull
        && outcome.errorText.contains(u"out of storage space"_s);
    // When the limit bit before the store was open there was nothing to read
    // back; otherwise the writer must still read at least what it acknowledged.
    run.keptRunning = !outcome.ready
        || (outcome.stillReadable && *outcome.stillReadable >= qint64(acknowledged.size()));
    run.audit = StoreAudit(dataDir, key).run(acknowledged);
    return run;
}

} // namespace

// circle_crashwriter runs under RLIMIT_FSIZE, as on a full disk, until a write
// fails. It must stop with a clear disk-full error, still read back everything
// it had, and leave a store that opens, passes its integrity check and holds
// every acknowledged entry once. Limits: one too small to create the store,
// then growing limits on the same store; CIRCLE_DISKFULL_RUNS adds random ones.
TEST(DiskFull, WriterStopsWithAClearErrorAndTheStoreKeepsEverything)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray key = test::testKey();
    std::set<qint64> acknowledged;
    const quint32 seed = ReliabilityReport::seed();
    std::mt19937 rng(seed);

    std::vector<qint64> limits { 48 * 1024, 320 * 1024, 640 * 1024, 1024 * 1024 };
    const int extra
        = ReliabilityReport::count("CIRCLE_DISKFULL_RUNS", int(limits.size())) - int(limits.size());
    for (int i = 0; i < extra; ++i)
        limits.push_back(0); // 0: just above what the store already takes, chosen below

    int clean = 0, keptRunning = 0, integrityFailures = 0, refusedAtOpen = 0;
    qint64 lost = 0, duplicated = 0;
    for (size_t i = 0; i < limits.size(); ++i) {
        qint64 limit = limits[i];
        if (limit == 0) {
            const qint64 size = QFileInfo(dir.filePath(u"circle.db"_s)).size();
            limit = size + std::uniform_int_distribution<qint64>(4 * 1024, 256 * 1024)(rng);
        }
        SCOPED_TRACE("limit " + std::to_string(limit));
        const LimitedRun run
            = writeUntilFull(dir.path(), key, qint64(i) * 1'000'000, limit, acknowledged);
        clean += run.stoppedCleanly;
        keptRunning += run.keptRunning;
        integrityFailures += run.audit.integrityFailure();
        refusedAtOpen += !run.opened;
        lost = std::max(lost, run.audit.lost);
        duplicated = std::max(duplicated, run.audit.duplicated);
        EXPECT_TRUE(run.stoppedCleanly) << "no clear disk-full error";
        EXPECT_TRUE(run.keptRunning) << "entries were unreadable after the error";
        EXPECT_FALSE(run.audit.integrityFailure()) << run.audit.problem.toStdString();
    }
    EXPECT_GT(acknowledged.size(), size_t(20)) << "the limits left no room to write";
    EXPECT_EQ(lost, 0);
    EXPECT_EQ(duplicated, 0);
    ReliabilityReport::add(
        u"disk full: %1 writer runs under RLIMIT_FSIZE (%2 of them stopped while creating or "
        u"opening "
        "the store); clear disk-full exit %3, read everything back after the error %4, "
        "%5 acknowledged writes, %6 lost, %7 duplicated, %8 integrity failures; seed %9"_s
            .arg(limits.size())
            .arg(refusedAtOpen)
            .arg(clean)
            .arg(keptRunning)
            .arg(acknowledged.size())
            .arg(lost)
            .arg(duplicated)
            .arg(integrityFailures)
            .arg(seed));
}
