// TOTP (RFC 6238) and HOTP (RFC 4226) against the RFCs' own test vectors.
#include "totp.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
namespace totp = circle::portal::totp;

namespace {
const QByteArray kRfcSecret = "12345678901234567890"_ba;
}

TEST(Totp, MatchesTheSha1VectorsOfRfc6238)
{
    const struct
    {
        qint64 seconds;
        const char *code;
    } vectors[] = {
        { 59, "94287082" },
        { 1111111109, "07081804" },
        { 1111111111, "14050471" },
        { 1234567890, "89005924" },
        { 2000000000, "69279037" },
        { 20000000000, "65353130" },
    };
    for (const auto &v : vectors)
        EXPECT_EQ(totp::at(kRfcSecret, v.seconds * 1000, 8), QString::fromLatin1(v.code))
            << v.seconds;
}

TEST(Totp, MatchesTheHotpVectorsOfRfc4226)
{
    const char *expected[] = { "755224", "287082", "359152", "969429", "338314", "254676", "287922",
        "162583", "399871", "520489" };
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(totp::hotp(kRfcSecret, quint64(i), 6), QString::fromLatin1(expected[i])) << i;
}

TEST(Totp, Base32RoundTripsAndRefusesForeignCharacters)
{
    EXPECT_EQ(totp::base32(kRfcSecret), u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
    EXPECT_EQ(totp::fromBase32(u"gezd gnbv gy3t qojq gezd gnbv gy3t qojq"_s).value(), kRfcSecret);
    EXPECT_FALSE(totp::fromBase32(u"GEZ1"_s).has_value());
    const QByteArray secret = totp::newSecret();
    EXPECT_EQ(secret.size(), 20);
    EXPECT_NE(secret, totp::newSecret());
    EXPECT_EQ(totp::fromBase32(totp::base32(secret)).value(), secret);
}

TEST(Totp, AcceptsOneStepOfDriftAndNeverAStepTwice)
{
    const qint64 now = 1111111111LL * 1000;
    const qint64 step = totp::stepOf(now);
    const QString current = totp::at(kRfcSecret, now);
    EXPECT_EQ(totp::matchStep(kRfcSecret, current, now, 0), step);
    EXPECT_EQ(
        totp::matchStep(kRfcSecret, totp::at(kRfcSecret, now - totp::kStepMs), now, 0), step - 1);
    EXPECT_EQ(
        totp::matchStep(kRfcSecret, totp::at(kRfcSecret, now + totp::kStepMs), now, 0), step + 1);
    EXPECT_FALSE(
        totp::matchStep(kRfcSecret, totp::at(kRfcSecret, now - 2 * totp::kStepMs), now, 0));
    // Used once: refused for the rest of its window, and so are older ones.
    EXPECT_FALSE(totp::matchStep(kRfcSecret, current, now, step));
    EXPECT_FALSE(totp::matchStep(kRfcSecret, totp::at(kRfcSecret, now - totp::kStepMs), now, step));
    EXPECT_FALSE(totp::matchStep(kRfcSecret, u"12345"_s, now, 0));
    EXPECT_FALSE(totp::matchStep(kRfcSecret, u"12345a"_s, now, 0));
    EXPECT_EQ(totp::matchStep(kRfcSecret, current.left(3) + u' ' + current.mid(3), now, 0), step);
}

TEST(Totp, ProvisioningUriNamesTheIssuerAndAccount)
{
    const QString uri
        = totp::provisioningUri(u"Circle clinic portal"_s, u"ana.lopez"_s, kRfcSecret);
    EXPECT_TRUE(
        uri.startsWith(u"otpauth://totp/Circle%20clinic%20portal%3Aana.lopez?secret=GEZDGNBV"_s))
        << uri.toStdString();
    EXPECT_TRUE(uri.contains(u"&period=30"_s));
}
