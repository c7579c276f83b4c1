#include "store.h"
#include "testutil.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace circle;
using namespace Qt::StringLiterals;

// Found by the crash harness: QLockFile creates circle.lock and only then
// writes its owner into it. A process killed between the two leaves an empty
// lock file, and with a stale-lock time of 0 Qt can never call an ownerless
// lock stale, so every later Store::open says "already open in another
// process (, pid 0)" until someone deletes the file by hand. To reproduce the
// kill itself: run circle_crashwriter under
//   strace -f -e inject=write:delay_enter=3000000:when=1
// and SIGKILL it during that first write.
// Store::open now removes an empty lock file whose flock nobody holds.
TEST(StaleLock, EmptyLockFileLeftByAKilledStartDoesNotLockTheStoreForever)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    StoreOptions options;
    options.dataDir = dir.path();
    options.key = test::testKey();
    ASSERT_TRUE(Store::open(options).ok());

    QFile lock(dir.filePath(u"circle.lock"_s));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    // Old enough that no live process can still be about to write its owner.
    ASSERT_TRUE(lock.setFileTime(
        QDateTime::currentDateTimeUtc().addSecs(-60), QFileDevice::FileModificationTime));
    lock.close();

    auto reopened = Store::open(options);
    EXPECT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
}

TEST(StaleLock, AnEmptyLockFileALiveProcessHoldsIsRespected)
{
    // A lock file a live opener has just created (and flocked) but not yet
    // written its owner into is not taken away from it.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    StoreOptions options;
    options.dataDir = dir.path();
    options.key = test::testKey();
    ASSERT_TRUE(Store::open(options).ok());
    const QByteArray path = QFile::encodeName(dir.filePath(u"circle.lock"_s));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
    auto reopened = Store::open(options);
    ::close(fd);
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.error().code, Error::Code::Locked);
    // Once its holder is gone, the same empty file no longer blocks.
    EXPECT_TRUE(Store::open(options).ok());
}
