#include "invitelink.h"
#include "crypto.h"
#include "databasespec.h"

#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle::server;

TEST(InviteLink, RoundTripsAndReadsWithQUrlQuery)
{
    const QString code = crypto::newInviteCode();
    const QString pin = u"sha256:R9H3Q9bpo05lRK+uPRlyf0myv+rXtD5gIzkIgWKmnSw="_s;
    const QString line = formatInvite({ u"https://clinic.example:8443"_s, pin }, code);
    EXPECT_EQ(
        line, u"circle-invite:1?url=https://clinic.example:8443&code="_s + code + u"&pin="_s + pin);
    const auto parsed = parseInvite(line);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->url, u"https://clinic.example:8443"_s);
    EXPECT_EQ(parsed->code, code);
    EXPECT_EQ(parsed->pin, pin);
    // A phone reading the line with Qt's query parser gets the same values.
    const QUrlQuery query(line.mid(line.indexOf(u'?') + 1));
    EXPECT_EQ(query.queryItemValue(u"pin"_s), pin);
    EXPECT_EQ(query.queryItemValue(u"code"_s), code);
    EXPECT_FALSE(parseInvite(u"https://clinic.example"_s));
}

TEST(Crypto, TokensAndIdsHaveTheirShape)
{
    const QString token = crypto::newToken(u"cdt_");
    EXPECT_TRUE(token.startsWith(u"cdt_"_s));
    EXPECT_EQ(token.size(), 4 + 43) << "256 bits in unpadded base64url";
    EXPECT_NE(token, crypto::newToken(u"cdt_"));
    EXPECT_EQ(crypto::secretHash(token).size(), 64);
    EXPECT_EQ(crypto::newInviteCode().size(), 22);
    const QString id = crypto::newUuidV7(1700000000000);
    EXPECT_TRUE(crypto::isCanonicalUuid(id)) << id.toStdString();
    EXPECT_EQ(id[14], u'7');
    EXPECT_TRUE(id.startsWith(u"018bcfe5-6800"_s));
    EXPECT_FALSE(crypto::isCanonicalUuid(u"not-a-uuid"_s));
}

TEST(DatabaseSpec, ReadsFilesAndPostgresUrls)
{
    QString error;
    const auto file = DatabaseSpec::parse(u"/var/lib/circle/circle.db"_s, &error);
    ASSERT_TRUE(file);
    EXPECT_EQ(file->kind, DatabaseSpec::Kind::Sqlite);
    const auto pg
        = DatabaseSpec::parse(u"postgresql://circle:secret@db.internal:6543/clinic"_s, &error);
    ASSERT_TRUE(pg);
    EXPECT_EQ(pg->kind, DatabaseSpec::Kind::Postgres);
    EXPECT_EQ(pg->host, u"db.internal"_s);
    EXPECT_EQ(pg->port, 6543);
    EXPECT_EQ(pg->name, u"clinic"_s);
    EXPECT_EQ(pg->user, u"circle"_s);
    EXPECT_EQ(pg->password, u"secret"_s);
    EXPECT_FALSE(pg->describe().contains(u"secret"_s)) << "passwords stay out of messages";
    const auto socket = DatabaseSpec::parse(
        u"postgresql://circle@localhost/clinic?host=/run/postgresql"_s, &error);
    ASSERT_TRUE(socket);
    EXPECT_EQ(socket->host, u"/run/postgresql"_s);
    EXPECT_FALSE(DatabaseSpec::parse(u"postgresql://circle@localhost/"_s, &error));
    EXPECT_FALSE(DatabaseSpec::parse({}, &error));
}
