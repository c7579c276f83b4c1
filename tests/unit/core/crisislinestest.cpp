// Which crisis lines a phone shows: by its region, else by its language, never
// another country's numbers, and a clinic's own lines first.
#include "crisislines.h"

#include <QUrl>

#include <gtest/gtest.h>

using namespace circle;
using namespace Qt::StringLiterals;

namespace {

QString firstPhone(const QString &country)
{
    const auto lines = crisis::builtIn(country);
    return lines.empty() ? QString() : lines.front().phone;
}

} // namespace

TEST(CrisisLines, EachCountryHasItsOwnNationalLine)
{
    EXPECT_EQ(firstPhone(u"US"_s), u"988"_s);
    EXPECT_EQ(firstPhone(u"CA"_s), u"988"_s);
    EXPECT_EQ(firstPhone(u"ES"_s), u"024"_s);
    EXPECT_EQ(firstPhone(u"MX"_s), u"800 911 2000"_s);
    EXPECT_EQ(firstPhone(u"GB"_s), u"116 123"_s);
    EXPECT_TRUE(crisis::builtIn(u"FR"_s).empty());
    // Every line says where it was checked and what it is.
    for (const QString &country : crisis::knownCountries()) {
        const auto lines = crisis::builtIn(country);
        ASSERT_FALSE(lines.empty()) << country.toStdString();
        for (const auto &line : lines) {
            EXPECT_FALSE(line.name.isEmpty());
            EXPECT_FALSE(line.note.isEmpty());
            EXPECT_TRUE(QUrl(line.source).scheme() == u"https"_s) << line.source.toStdString();
        }
    }
}

TEST(CrisisLines, TheRegionDecidesNotTheLanguage)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    // Spanish in the app on a phone in the United States: the lines that work there.
    EXPECT_EQ(
        crisis::countryFor(QLocale(QLocale::Spanish, QLocale::UnitedStates), spanish), u"US"_s);
    EXPECT_EQ(crisis::countryFor(QLocale(QLocale::Spanish, QLocale::Mexico), spanish), u"MX"_s);
    EXPECT_EQ(crisis::countryFor(QLocale(QLocale::Catalan, QLocale::Spain), english), u"ES"_s);
    EXPECT_EQ(
        crisis::countryFor(QLocale(QLocale::English, QLocale::UnitedKingdom), english), u"GB"_s);
    EXPECT_EQ(crisis::countryFor(QLocale(QLocale::French, QLocale::Canada), english), u"CA"_s);
    // A country the table does not know: nothing, rather than numbers that do not work there.
    EXPECT_EQ(
        crisis::countryFor(QLocale(QLocale::Spanish, QLocale::Argentina), spanish), QString());
}

TEST(CrisisLines, WithoutARegionTheLanguageDecides)
{
    EXPECT_EQ(crisis::countryFor(QLocale::c(), QLocale(QLocale::Spanish)), u"ES"_s);
    EXPECT_EQ(crisis::countryFor(QLocale::c(), QLocale(QLocale::English)), u"US"_s);
    EXPECT_EQ(crisis::countryFor(QLocale::c(), QLocale::c()), QString());
}

TEST(CrisisLines, AClinicsLinesReplaceTheBuiltInOnes)
{
    const std::vector<crisis::Line> clinic { { u"County crisis team"_s, u"555-0100"_s,
        u"Our region's team"_s, false, u"clinic"_s } };
    const auto lines = crisis::linesFor(u"US"_s, clinic);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines.front().phone, u"555-0100"_s);
    EXPECT_EQ(crisis::linesFor(u"ES"_s, {}).front().phone, u"024"_s);
    EXPECT_TRUE(crisis::linesFor(QString(), {}).empty());
}
