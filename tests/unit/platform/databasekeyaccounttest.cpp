// databaseKeyAccount(): each data folder has its own, stable key-store account.
#include "keystore.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using circle::databaseKeyAccount;

namespace {

class DatabaseKeyAccountTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    QTemporaryDir m_dir;
};

TEST_F(DatabaseKeyAccountTest, IsPrefixAndSha256Hex)
{
    const QString account = databaseKeyAccount(m_dir.path());
    static const QRegularExpression shape(u"^database-key:[0-9a-f]{64}$"_s);
    EXPECT_TRUE(shape.match(account).hasMatch()) << account.toStdString();
    // The key store's entry list must not reveal where the data lives.
    EXPECT_FALSE(account.contains(m_dir.path()));
}

TEST_F(DatabaseKeyAccountTest, DifferentFoldersHaveDifferentAccounts)
{
    ASSERT_TRUE(QDir().mkpath(path(u"one"_s)));
    ASSERT_TRUE(QDir().mkpath(path(u"two"_s)));
    EXPECT_NE(databaseKeyAccount(path(u"one"_s)), databaseKeyAccount(path(u"two"_s)));
    EXPECT_NE(databaseKeyAccount(path(u"one"_s)), databaseKeyAccount(m_dir.path()));
}

TEST_F(DatabaseKeyAccountTest, SpellingOfTheSameFolderDoesNotMatter)
{
    ASSERT_TRUE(QDir().mkpath(path(u"data/sub"_s)));
    const QString expected = databaseKeyAccount(path(u"data"_s));
    EXPECT_EQ(databaseKeyAccount(path(u"data/"_s)), expected);
    EXPECT_EQ(databaseKeyAccount(path(u"data/./"_s)), expected);
    EXPECT_EQ(databaseKeyAccount(path(u"data/sub/.."_s)), expected);
    EXPECT_EQ(databaseKeyAccount(path(u"data//"_s)), expected);
}

TEST_F(DatabaseKeyAccountTest, RelativePathMatchesAbsolute)
{
    ASSERT_TRUE(QDir().mkpath(path(u"data"_s)));
    const QString before = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(m_dir.path()));
    const QString relative = databaseKeyAccount(u"data"_s);
    ASSERT_TRUE(QDir::setCurrent(before));
    EXPECT_EQ(relative, databaseKeyAccount(path(u"data"_s)));
}

TEST_F(DatabaseKeyAccountTest, StaysTheSameWhenTheFolderIsCreated)
{
    // The first start asks for the key before it makes the folder.
    const QString folder = path(u"not/yet/there"_s);
    const QString before = databaseKeyAccount(folder);
    ASSERT_TRUE(QDir().mkpath(folder));
    EXPECT_EQ(databaseKeyAccount(folder), before);
}

TEST_F(DatabaseKeyAccountTest, FolderBehindASymlinkMatchesItsTarget)
{
    ASSERT_TRUE(QDir().mkpath(path(u"real"_s)));
    ASSERT_TRUE(QFile::link(path(u"real"_s), path(u"link"_s)));

    // Both before the data folder exists and after: a symlinked home must not
    // make the first start and the second look in different places.
    const QString viaLinkBefore = databaseKeyAccount(path(u"link/data"_s));
    EXPECT_EQ(viaLinkBefore, databaseKeyAccount(path(u"real/data"_s)));
    ASSERT_TRUE(QDir().mkpath(path(u"real/data"_s)));
    EXPECT_EQ(databaseKeyAccount(path(u"link/data"_s)), viaLinkBefore);
    EXPECT_EQ(databaseKeyAccount(path(u"real/data"_s)), viaLinkBefore);
}

TEST_F(DatabaseKeyAccountTest, IsTheSameOnEveryCall)
{
    EXPECT_EQ(databaseKeyAccount(m_dir.path()), databaseKeyAccount(m_dir.path()));
}

} // namespace

TEST(SecretAccount, NamesThePurposeAndFollowsTheFolder)
{
    QTemporaryDir dir;
    using circle::databaseKeyAccount;
    using circle::secretAccount;
    const QString token = secretAccount(u"device-token"_s, dir.path());
    EXPECT_TRUE(token.startsWith(u"device-token:"_s));
    EXPECT_EQ(token.mid(token.indexOf(u':')),
        databaseKeyAccount(dir.path()).mid(databaseKeyAccount(dir.path()).indexOf(u':')));
    EXPECT_NE(secretAccount(u"sync-key"_s, dir.path()), token);
}
