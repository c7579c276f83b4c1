#include "sealer.h"

#include "testutil.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using circle::Error;
using circle::Sealer;

namespace {

const QByteArray RecordId = "0190a6f2-5c3e-7b4d-8e21-3f6a9d0c1b7e"_ba;

Sealer sealerFor(const QByteArray &key)
{
    auto sealer = Sealer::fromKey(key);
    EXPECT_TRUE(sealer.ok()) << sealer.error().message.toStdString();
    return std::move(sealer).value();
}

QByteArray journalData(const QByteArray &id = RecordId)
{
    return Sealer::associatedData("journal_entry", id);
}

} // namespace

class SealerTest : public ::testing::Test
{
protected:
    Sealer m_sealer = sealerFor(circle::test::testKey('k'));

    QByteArray roundTrip(const QByteArray &plaintext)
    {
        const QByteArray sealed = m_sealer.seal(plaintext, journalData());
        EXPECT_EQ(sealed.size(), plaintext.size() + Sealer::Overhead);
        EXPECT_EQ(quint8(sealed.front()), Sealer::FormatVersion);
        auto opened = m_sealer.open(sealed, journalData());
        EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
        return opened.ok() ? opened.value() : QByteArray("<failed to open>");
    }
};

TEST_F(SealerTest, RoundTripsEmptyPlaintext)
{
    const QByteArray opened = roundTrip({});
    EXPECT_TRUE(opened.isEmpty());
}

TEST_F(SealerTest, RoundTripsSmallPlaintext)
{
    EXPECT_EQ(roundTrip("x"_ba), "x"_ba);
    EXPECT_EQ(roundTrip("Called my sponsor before the craving peaked."_ba),
        "Called my sponsor before the craving peaked."_ba);
}

TEST_F(SealerTest, RoundTripsOneMebibyte)
{
    QByteArray big(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20240611);
    generator.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
    EXPECT_EQ(roundTrip(big), big);
}

TEST_F(SealerTest, RoundTripsEmojiAndRightToLeftText)
{
    const QString text
        = u"Grateful 🙏🏽 for today — היום היה טוב · اليوم كان جيدا 👨‍👩‍👧"_s;
    const QByteArray opened = roundTrip(text.toUtf8());
    EXPECT_EQ(QString::fromUtf8(opened), text);
}

TEST_F(SealerTest, SealedBytesDoNotContainThePlaintext)
{
    const QByteArray plaintext = "I told the group about the relapse on Tuesday."_ba;
    const QByteArray sealed = m_sealer.seal(plaintext, journalData());
    EXPECT_EQ(sealed.indexOf(plaintext), -1);
    EXPECT_EQ(sealed.indexOf("relapse"_ba), -1);
}

TEST_F(SealerTest, SealingTwiceGivesDifferentBlobs)
{
    const QByteArray plaintext = "same words, twice"_ba;
    const QByteArray first = m_sealer.seal(plaintext, journalData());
    const QByteArray second = m_sealer.seal(plaintext, journalData());
    EXPECT_NE(first, second);
    // The difference must start in the nonce: equal nonces under one key would be fatal.
    EXPECT_NE(first.mid(1, Sealer::NonceSize), second.mid(1, Sealer::NonceSize));
    EXPECT_EQ(m_sealer.open(first, journalData()).value(), plaintext);
    EXPECT_EQ(m_sealer.open(second, journalData()).value(), plaintext);
}

TEST_F(SealerTest, OpensAKnownAnswerFromAnIndependentImplementation)
{
    // Made by make_vectors.py (nonce bytes 0x40 to 0x57), so the format stored on the
    // clinic server is pinned.
    const QByteArray sealed = QByteArray::fromHex(
        "01404142434445464748494a4b4c4d4e4f5051525354555657db7f6ffa2091cf642aed560aa33d969db104"
        "d392d14332456c26d897bcd5218437a59d81dfc906a208d9f706c3b92f176159459ed376ef9e");
    auto opened = m_sealer.open(sealed, journalData());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value(), "Slept badly, but I went to group anyway."_ba);
}

TEST_F(SealerTest, WrongKeyFails)
{
    const QByteArray sealed = m_sealer.seal("private"_ba, journalData());

    const Sealer other = sealerFor(circle::test::testKey('j'));
    auto opened = other.open(sealed, journalData());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::WrongKey);
    EXPECT_TRUE(opened.error().message.contains(u"different sync key"_s))
        << opened.error().message.toStdString();

    // One bit of key difference is as good as any other.
    QByteArray nearKey = circle::test::testKey('k');
    nearKey[17] = char(nearKey[17] ^ 0x01);
    EXPECT_FALSE(sealerFor(nearKey).open(sealed, journalData()).ok());
}

TEST_F(SealerTest, EveryFlippedBitFails)
{
    const QByteArray sealed = m_sealer.seal("one flipped bit anywhere"_ba, journalData());
    for (qsizetype byte = 0; byte < sealed.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray damaged = sealed;
            damaged[byte] = char(damaged[byte] ^ (1 << bit));
            auto opened = m_sealer.open(damaged, journalData());
            ASSERT_FALSE(opened.ok()) << "byte " << byte << " bit " << bit;
            // Byte 0 is the version; anything else is caught by authentication.
            EXPECT_EQ(opened.error().code,
                byte == 0 ? Error::Code::UnsupportedVersion : Error::Code::WrongKey)
                << "byte " << byte << " bit " << bit;
        }
    }
}

TEST_F(SealerTest, TruncatedOrExtendedFails)
{
    const QByteArray sealed = m_sealer.seal("cut short"_ba, journalData());
    for (qsizetype length = 0; length < sealed.size(); ++length) {
        auto opened = m_sealer.open(sealed.left(length), journalData());
        ASSERT_FALSE(opened.ok()) << "length " << length;
        if (length < Sealer::Overhead) {
            EXPECT_EQ(opened.error().code, Error::Code::Corrupt) << "length " << length;
            EXPECT_TRUE(opened.error().message.contains(length == 0 ? u"empty"_s : u"truncated"_s))
                << opened.error().message.toStdString();
        } else {
            EXPECT_EQ(opened.error().code, Error::Code::WrongKey) << "length " << length;
        }
    }
    EXPECT_FALSE(m_sealer.open(sealed + '\0', journalData()).ok());
}

TEST_F(SealerTest, UnknownVersionFailsAndNamesTheVersion)
{
    const QByteArray sealed = m_sealer.seal("from the future"_ba, journalData());
    for (int version : { 0, 2, 255 }) {
        QByteArray relabelled = sealed;
        relabelled[0] = char(version);
        auto opened = m_sealer.open(relabelled, journalData());
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::UnsupportedVersion);
        EXPECT_TRUE(opened.error().message.contains(u"version %1;"_s.arg(version)))
            << opened.error().message.toStdString();
    }
    // Unknown even when too short to be anything else: the version is read first.
    auto opened = m_sealer.open("\x02"_ba, journalData());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::UnsupportedVersion);
}

TEST_F(SealerTest, BlobCannotBeReplayedUnderAnotherRecord)
{
    const QByteArray sealed = m_sealer.seal("about record one"_ba, journalData());

    const QByteArray otherId = "0190a6f2-5c3e-7b4d-8e21-3f6a9d0c1b7f"_ba;
    EXPECT_FALSE(m_sealer.open(sealed, journalData(otherId)).ok());
    EXPECT_FALSE(m_sealer.open(sealed, Sealer::associatedData("gratitude_entry", RecordId)).ok());
    EXPECT_FALSE(m_sealer.open(sealed, {}).ok());
    auto wrong = m_sealer.open(sealed, Sealer::associatedData("safety_plan", RecordId));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, Error::Code::WrongKey);
    EXPECT_TRUE(wrong.error().message.contains(u"different record"_s));

    EXPECT_TRUE(m_sealer.open(sealed, journalData()).ok());
}

TEST(SealerAssociatedData, PartsCannotRunIntoEachOther)
{
    EXPECT_NE(Sealer::associatedData("ab", "c"), Sealer::associatedData("a", "bc"));
    EXPECT_NE(Sealer::associatedData("", "abc"), Sealer::associatedData("abc", ""));
    EXPECT_EQ(Sealer::associatedData("mood_check_in", "id-1"),
        Sealer::associatedData("mood_check_in", "id-1"));
    // Pinned, since sealed records on the server were made with it.
    EXPECT_EQ(Sealer::associatedData("ab", "c"), QByteArray::fromHex("0000000261620000000163"));
}

TEST(SealerKey, RejectsKeysOfTheWrongSize)
{
    for (qsizetype size : { 0, 16, 31, 33, 64 }) {
        auto sealer = Sealer::fromKey(QByteArray(size, 'k'));
        ASSERT_FALSE(sealer.ok()) << "size " << size;
        EXPECT_EQ(sealer.error().code, Error::Code::Invalid);
        EXPECT_TRUE(sealer.error().message.contains(QString::number(size)));
    }
}

TEST(SealerKey, GeneratedKeysAreFullLengthAndDistinct)
{
    auto first = Sealer::generateKey();
    auto second = Sealer::generateKey();
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(first.value().size(), Sealer::KeySize);
    EXPECT_NE(first.value(), second.value());
    EXPECT_NE(first.value(), QByteArray(Sealer::KeySize, '\0'));
}

TEST(SealerKey, MovedSealerKeepsWorking)
{
    Sealer original = sealerFor(circle::test::testKey('k'));
    const QByteArray sealed = original.seal("moved"_ba, journalData());
    Sealer moved = std::move(original);
    EXPECT_EQ(moved.open(sealed, journalData()).value(), "moved"_ba);
}
