#include "storetestbase.h"

#include "reminders/remindersettings.h"
#include "repository.h"
#include "schedule/reminderplanner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class ReminderSettingsTest : public test::StoreTestBase
{
protected:
    std::unique_ptr<ReminderSettings> makeSettings()
    {
        auto settings = std::make_unique<ReminderSettings>(*m_store);
        m_leadTester = std::make_unique<QAbstractItemModelTester>(
            settings->sessionLeads(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_dayTester = std::make_unique<QAbstractItemModelTester>(
            settings->practiceDays(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        return settings;
    }

    /** What the repository holds: exactly one record, or a failed test. */
    v1::ReminderPreferences stored()
    {
        auto all = Repository<v1::ReminderPreferences>(*m_store).list();
        EXPECT_TRUE(all.ok());
        EXPECT_EQ(all.value().items.size(), 1u);
        return all.value().items.empty() ? v1::ReminderPreferences() : all.value().items.front();
    }

    static int rowOf(ToggleListModel *model, int value)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->data(model->index(row), ToggleListModel::ValueRole).toInt() == value)
                return row;
        return -1;
    }

    static bool checkedAt(ToggleListModel *model, int value)
    {
        return model->data(model->index(rowOf(model, value)), ToggleListModel::CheckedRole)
            .toBool();
    }

    std::unique_ptr<QAbstractItemModelTester> m_leadTester;
    std::unique_ptr<QAbstractItemModelTester> m_dayTester;
};

} // namespace

TEST_F(ReminderSettingsTest, StartsFromTheDefaultsWithoutStoringAnything)
{
    auto settings = makeSettings();
    EXPECT_TRUE(checkedAt(settings->sessionLeads(), 24 * 60));
    EXPECT_TRUE(checkedAt(settings->sessionLeads(), 60));
    EXPECT_FALSE(checkedAt(settings->sessionLeads(), 15));
    EXPECT_EQ(settings->sessionLeads()->data(
                  settings->sessionLeads()->index(0), ToggleListModel::LabelRole),
        u"2 days before"_s);
    EXPECT_TRUE(settings->homeworkReminders());
    EXPECT_FALSE(settings->practiceEnabled());
    EXPECT_FALSE(settings->quietHoursEnabled());
    EXPECT_FALSE(settings->detailOnLockScreen());
    EXPECT_EQ(settings->practiceDays()->rowCount(), 7);
    EXPECT_EQ(Repository<v1::ReminderPreferences>(*m_store).count().value(), 0);
}

TEST_F(ReminderSettingsTest, EveryChangeIsStoredInOneRecordAndSignalled)
{
    auto settings = makeSettings();
    QSignalSpy saved(settings.get(), &ReminderSettings::saved);
    QSignalSpy rows(settings->sessionLeads(), &QAbstractItemModel::dataChanged);

    settings->sessionLeads()->setChecked(rowOf(settings->sessionLeads(), 15), true);
    settings->sessionLeads()->setChecked(rowOf(settings->sessionLeads(), 24 * 60), false);
    EXPECT_EQ(rows.count(), 2);
    settings->setPracticeEnabled(true);
    settings->practiceDays()->setChecked(rowOf(settings->practiceDays(), 7), false);
    ASSERT_TRUE(settings->setPracticeTime(u"7:45"_s));
    ASSERT_TRUE(settings->setQuietHours(u"22:30"_s, u"06:15"_s));
    settings->setDailyCap(3);
    settings->setDetailOnLockScreen(true);
    settings->setHomeworkReminders(false);
    EXPECT_EQ(saved.count(), 9);

    const v1::ReminderPreferences p = stored();
    EXPECT_EQ(std::vector<int>(p.session_lead_minutes().begin(), p.session_lead_minutes().end()),
        (std::vector<int> { 60, 15 }));
    EXPECT_EQ(p.practice_minute_of_day(), 7 * 60 + 45);
    EXPECT_EQ(std::vector<int>(p.practice_weekdays().begin(), p.practice_weekdays().end()),
        (std::vector<int> { 1, 2, 3, 4, 5, 6 }));
    EXPECT_EQ(p.quiet_start_minute(), 22 * 60 + 30);
    EXPECT_EQ(p.quiet_end_minute(), 6 * 60 + 15);
    EXPECT_EQ(p.daily_cap(), 3);
    EXPECT_TRUE(p.detail_on_lock_screen());
    EXPECT_FALSE(p.homework_reminders());
    EXPECT_EQ(settings->practiceTime(), u"07:45"_s);
    EXPECT_EQ(settings->quietStart(), u"22:30"_s);

    // A second page opened later reads the same.
    auto again = makeSettings();
    EXPECT_EQ(again->practiceTime(), u"07:45"_s);
    EXPECT_TRUE(checkedAt(again->sessionLeads(), 15));
    EXPECT_FALSE(checkedAt(again->sessionLeads(), 24 * 60));
    EXPECT_FALSE(checkedAt(again->practiceDays(), 7));
}

TEST_F(ReminderSettingsTest, ATimeThatCannotBeReadIsRefusedByNameAndChangesNothing)
{
    auto settings = makeSettings();
    settings->setPracticeEnabled(true);
    ASSERT_TRUE(settings->setQuietHours(u"22:00"_s, u"07:00"_s));
    QSignalSpy saved(settings.get(), &ReminderSettings::saved);

    EXPECT_FALSE(settings->setPracticeTime(u"25:00"_s));
    EXPECT_EQ(settings->practiceTimeError(),
        u"\"25:00\" is not a time of day. Write hours and minutes, like 20:00."_s);
    EXPECT_FALSE(settings->setQuietHours(u"22:00"_s, u"seven"_s));
    EXPECT_TRUE(settings->quietHoursError().contains(u"\"seven\""_s));
    EXPECT_FALSE(settings->setQuietHours(u"21:00"_s, u"21:00"_s));
    EXPECT_EQ(saved.count(), 0);
    const v1::ReminderPreferences p = stored();
    EXPECT_EQ(p.practice_minute_of_day(), ReminderSettings::DefaultPracticeMinute);
    EXPECT_EQ(p.quiet_start_minute(), 22 * 60);
    EXPECT_EQ(p.quiet_end_minute(), 7 * 60);

    // The next good entry clears the message.
    ASSERT_TRUE(settings->setPracticeTime(u"19.30"_s));
    EXPECT_TRUE(settings->practiceTimeError().isEmpty());
    EXPECT_TRUE(settings->quietHoursError().isEmpty());
}

TEST_F(ReminderSettingsTest, AStoredLeadThatIsNotOfferedIsKeptAndShown)
{
    v1::ReminderPreferences p = ReminderPlanner::defaultPreferences();
    p.clear_session_lead_minutes();
    p.add_session_lead_minutes(90);
    ASSERT_TRUE(Repository<v1::ReminderPreferences>(*m_store).create(p).ok());
    auto settings = makeSettings();
    const int row = rowOf(settings->sessionLeads(), 90);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(checkedAt(settings->sessionLeads(), 90));
    EXPECT_EQ(settings->sessionLeads()->data(
                  settings->sessionLeads()->index(row), ToggleListModel::LabelRole),
        u"90 minutes before"_s);

    settings->setDetailOnLockScreen(true);
    const v1::ReminderPreferences after = stored();
    ASSERT_EQ(after.session_lead_minutes_size(), 1);
    EXPECT_EQ(after.session_lead_minutes(0), 90);
}

TEST(ReminderSettingsTime, ReadsHoursAndMinutes)
{
    EXPECT_EQ(ReminderSettings::parseTime(u"0:00"_s), 0);
    EXPECT_EQ(ReminderSettings::parseTime(u" 23:59 "_s), 23 * 60 + 59);
    EXPECT_EQ(ReminderSettings::parseTime(u"7.05"_s), 7 * 60 + 5);
    EXPECT_EQ(ReminderSettings::parseTime(u"24:00"_s), -1);
    EXPECT_EQ(ReminderSettings::parseTime(u"12:60"_s), -1);
    EXPECT_EQ(ReminderSettings::parseTime(u"noon"_s), -1);
    EXPECT_EQ(ReminderSettings::parseTime(QString()), -1);
}

TEST_F(ReminderSettingsTest, AGroupKeepsTheUsualLeadsOrGetsItsOwn)
{
    // The base's "Thursday skills group" and one more.
    v1::Group other;
    other.set_name("Anxiety skills group");
    other.set_time_zone("America/New_York");
    ASSERT_TRUE(Repository<v1::Group>(*m_store).putFromClinic(other).ok());
    auto settings = makeSettings();
    GroupLeadsModel *groups = settings->groups();
    QAbstractItemModelTester groupTester(
        groups, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(groups->rowCount(), 2);
    // In the order of their names; both start on the usual leads, shown as such.
    EXPECT_EQ(groups->data(groups->index(0), GroupLeadsModel::NameRole), u"Anxiety skills group"_s);
    const int thursday = 1;
    EXPECT_TRUE(
        groups->data(groups->index(thursday), GroupLeadsModel::UsesUsualLeadsRole).toBool());
    ToggleListModel *thursdayLeads = groups->row(thursday).leads.get();
    QAbstractItemModelTester leadTester(
        thursdayLeads, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(checkedAt(thursdayLeads, 60));

    // Its own: a copy of the usual leads, then changed on its own.
    settings->setGroupUsesUsualLeads(thursday, false);
    EXPECT_FALSE(
        groups->data(groups->index(thursday), GroupLeadsModel::UsesUsualLeadsRole).toBool());
    settings->setGroupLeadChecked(
        QString::fromStdString(m_groupId), rowOf(thursdayLeads, 60), false);
    settings->setGroupLeadChecked(
        QString::fromStdString(m_groupId), rowOf(thursdayLeads, 15), true);
    auto prefs = stored();
    ASSERT_EQ(prefs.group_leads_size(), 1);
    EXPECT_EQ(prefs.group_leads(0).group_id(), m_groupId);
    EXPECT_EQ(std::vector<int>(prefs.group_leads(0).lead_minutes().begin(),
                  prefs.group_leads(0).lead_minutes().end()),
        (std::vector<int> { 24 * 60, 15 }));
    EXPECT_EQ(prefs.session_lead_minutes_size(), 2) << "the usual leads are untouched";
    EXPECT_TRUE(checkedAt(settings->sessionLeads(), 60));

    // A fresh page shows what is stored.
    auto again = std::make_unique<ReminderSettings>(*m_store);
    EXPECT_FALSE(again->groups()->row(thursday).usesUsualLeads);
    EXPECT_TRUE(checkedAt(again->groups()->row(thursday).leads.get(), 15));
    EXPECT_FALSE(checkedAt(again->groups()->row(thursday).leads.get(), 60));

    // A switch of a group on the usual leads changes nothing.
    settings->setGroupLeadChecked(
        groups->row(0).groupId, rowOf(groups->row(0).leads.get(), 15), true);
    EXPECT_EQ(stored().group_leads_size(), 1);

    settings->setGroupUsesUsualLeads(thursday, true);
    EXPECT_EQ(stored().group_leads_size(), 0);
    EXPECT_TRUE(checkedAt(thursdayLeads, 60)) << "it shows the usual leads again";
}

TEST_F(ReminderSettingsTest, TheKindNoteForADeclinedSessionIsStored)
{
    auto settings = makeSettings();
    EXPECT_FALSE(settings->noteWhenNotAttending());
    QSignalSpy saved(settings.get(), &ReminderSettings::saved);
    settings->setNoteWhenNotAttending(true);
    EXPECT_TRUE(stored().note_when_not_attending());
    settings->setNoteWhenNotAttending(true);
    EXPECT_EQ(saved.count(), 1) << "the same value is not stored again";
    settings->setNoteWhenNotAttending(false);
    EXPECT_FALSE(stored().note_when_not_attending());
}
