// The portal's pages: what patients typed comes out as text, never markup; the chart
// is drawn from numbers only; forms parse within their limits.
#include "caseloadreader.h"
#include "formdata.h"
#include "portalpages.h"
#include "svgdrawing.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle::portal;

namespace {

const QString kScript = u"<script>window.pwned=1</script>"_s;
const QString kImg = u"\"><img src=x onerror=alert(1)>"_s;

GoalView goalView(const QString &title)
{
    GoalView v;
    v.groupId = u"g1"_s;
    v.groupName = kImg;
    v.timeZone = u"America/Chicago"_s;
    v.memberLabel = kScript;
    v.goal.patientId = u"p1"_s;
    v.goal.goal.mutable_meta()->set_id("goal-1");
    v.goal.goal.set_title(title.toStdString());
    v.goal.goal.set_why(kImg.toStdString());
    v.goal.goal.set_unit(kScript.toStdString());
    v.goal.goal.set_target_value(3);
    v.goal.goal.set_start_date("2026-01-01");
    v.goal.goal.set_due_date("2026-03-01");
    v.goal.goal.add_steps()->set_text(kScript.toStdString());
    for (int i = 0; i < 4; ++i) {
        circle::v1::GoalCheckIn c;
        c.set_value(i);
        c.set_at_ms(1767225600000 + i * 7 * 24 * 3600 * 1000LL);
        c.set_note(kImg.toStdString());
        v.goal.checkIns.append(c);
    }
    return v;
}

void expectInert(const QString &html)
{
    EXPECT_FALSE(html.contains(u"<script"_s)) << html.toStdString();
    EXPECT_FALSE(html.contains(u"<img"_s));
    EXPECT_FALSE(html.contains(u"onerror=alert(1)>"_s));
    EXPECT_FALSE(html.contains(u"style=\""_s));
}

} // namespace

TEST(PortalPages, GoalPageEscapesEveryPatientValue)
{
    for (const QString &title : { kScript, kImg }) {
        const QString html = pages::goal({ u"Sam <i>"_s, u"tok\"en"_s }, goalView(title));
        expectInert(html);
        EXPECT_TRUE(html.contains(u"&lt;script&gt;window.pwned=1&lt;/script&gt;"_s));
        EXPECT_TRUE(html.contains(u"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"_s));
        EXPECT_TRUE(html.contains(u"Sam &lt;i&gt;"_s));
        EXPECT_TRUE(html.contains(u"value=\"tok&quot;en\""_s));
        EXPECT_TRUE(html.contains(u"<svg class=\"chart\""_s));
        EXPECT_TRUE(html.contains(u"<polyline class=\"line\""_s));
    }
}

TEST(PortalPages, GroupAndCaseloadEscapeNamesLabelsAndTitles)
{
    GroupView g;
    g.id = u"g1"_s;
    g.name = kScript;
    g.timeZone = u"Europe/Madrid"_s;
    g.upcoming.append({ 1767225600000, 1767231000000, 3, kImg, kScript, false });
    MemberRow m { u"p1"_s, kImg, 0, {} };
    m.goals.append(goalView(kScript).goal);
    g.members.append(m);
    const QString html = pages::group({ u"Sam"_s, u"t"_s }, g, 0);
    expectInert(html);
    EXPECT_TRUE(html.contains(u"<title>&lt;script&gt;"_s));
    EXPECT_TRUE(html.contains(u"Thu 1 Jan 2026, 01:00"_s)) << "in the group's time zone";

    CaseloadRow row { u"g1"_s, kImg, u"UTC"_s, {}, 4, 2 };
    const QString caseload = pages::caseload({ u"Sam"_s, u"t"_s }, { row });
    expectInert(caseload);
    EXPECT_TRUE(caseload.contains(u"None planned"_s));
}

TEST(PortalPages, ChartHoldsNumbersAndDatesOnly)
{
    const GoalView v = goalView(kScript);
    const QString chart = svg::progressChart(v.goal.goal, v.goal.checkIns, u"Progress <x>"_s);
    EXPECT_FALSE(chart.contains(u"pwned"_s));
    EXPECT_FALSE(chart.contains(u"<x>"_s));
    EXPECT_TRUE(chart.contains(u"class=\"target\""_s));
    EXPECT_TRUE(chart.contains(u"2026-03-01"_s));
    // Values far past the target, or not numbers at all, stay inside the drawing.
    circle::v1::GoalCheckIn wild;
    wild.set_value(std::numeric_limits<double>::quiet_NaN());
    wild.set_at_ms(1767225600000);
    EXPECT_FALSE(
        svg::progressChart(v.goal.goal, { wild }, u"x"_s).contains(u"nan"_s, Qt::CaseInsensitive));
}

TEST(PortalPages, QrCodeIsAnSvgPath)
{
    const QString qr = svg::qrCode(u"otpauth://totp/x?secret=GEZDGNBV"_s, u"QR"_s);
    EXPECT_TRUE(qr.startsWith(u"<svg class=\"qr\""_s));
    EXPECT_TRUE(qr.contains(u"<path d=\"M"_s));
}

TEST(FormData, ParsesWithinLimitsAndNamesTheProblem)
{
    QString error;
    const auto form = FormData::parse("login=ana.lopez&password=a+b%26c&code=",
        { { u"login"_s, 20 }, { u"password"_s, 20 }, { u"code"_s, 6 } }, &error);
    ASSERT_TRUE(form);
    EXPECT_EQ(form->value(u"password"_s), u"a b&c"_s);
    EXPECT_FALSE(FormData::parse("login=" + QByteArray(21, 'a'), { { u"login"_s, 20 } }, &error));
    EXPECT_EQ(error, u"the field \"login\" is longer than 20 characters"_s);
    EXPECT_FALSE(FormData::parse("other=1", { { u"login"_s, 20 } }, &error));
    EXPECT_FALSE(FormData::parse("login=a&login=b", { { u"login"_s, 20 } }, &error));
    EXPECT_EQ(error, u"the field \"login\" is sent twice"_s);
    EXPECT_EQ(cookieValue("a=1; __Host-circle_session=xyz; b=2", "__Host-circle_session"), "xyz");
    EXPECT_TRUE(isFormContentType("application/x-www-form-urlencoded; charset=UTF-8"));
    EXPECT_FALSE(isFormContentType("multipart/form-data"));
}
