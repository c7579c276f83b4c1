// The storage layer on SQLite: schema versions and the record store's rules.
#include "clinicservices.h"
#include "migrations.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle::server;

TEST(Storage, MigratesOnceAndReopens)
{
    QTemporaryDir dir;
    QString error;
    const auto spec = DatabaseSpec::parse(dir.filePath(u"c.db"_s), &error);
    {
        auto services = ClinicServices::open(*spec, {}, &error);
        ASSERT_TRUE(services) << error.toStdString();
        ASSERT_TRUE(services->accounts.addTherapist(u"T"_s));
    }
    auto again = ClinicServices::open(*spec, {}, &error);
    ASSERT_TRUE(again) << error.toStdString();
    QSqlQuery &q = again->database->prepare(u"SELECT version FROM schema_version"_s);
    ASSERT_TRUE(again->database->run(q));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), latestSchemaVersion());
}

TEST(Storage, RefusesADatabaseFromANewerServer)
{
    QTemporaryDir dir;
    QString error;
    const auto spec = DatabaseSpec::parse(dir.filePath(u"c.db"_s), &error);
    {
        auto services = ClinicServices::open(*spec, {}, &error);
        ASSERT_TRUE(services);
        ASSERT_TRUE(services->database->execute(u"UPDATE schema_version SET version = 99"_s));
    }
    EXPECT_FALSE(ClinicServices::open(*spec, {}, &error));
    EXPECT_TRUE(error.contains(u"newer"_s)) << error.toStdString();
}

TEST(Storage, SequenceNumbersOnlyGrowAndARolledBackOneIsNotSeen)
{
    QTemporaryDir dir;
    QString error;
    auto s
        = ClinicServices::open(*DatabaseSpec::parse(dir.filePath(u"c.db"_s), &error), {}, &error);
    ASSERT_TRUE(s);
    qint64 first = 0;
    {
        WriteTransaction tx(*s->database);
        first = s->records.nextSeq().value();
        EXPECT_EQ(s->records.nextSeq().value(), first + 1);
        ASSERT_TRUE(tx.commit());
    }
    {
        WriteTransaction tx(*s->database);
        EXPECT_EQ(s->records.nextSeq().value(), first + 2);
        // no commit: rolled back
    }
    WriteTransaction tx(*s->database);
    EXPECT_EQ(s->records.nextSeq().value(), first + 2);
}
