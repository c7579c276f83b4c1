#pragma once

#include "testutil.h"

#include "clock.h"
#include "records.h"
#include "store.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace circle::test {

/**
 * Base of the view-model tests: a real encrypted store in a temporary folder,
 * a manual clock at Now (Tuesday 12 March 2024, 10:00 UTC), one group, and
 * helpers that write records the way the app and the clinic do.
 */
class StoreTestBase : public ::testing::Test
{
protected:
    static constexpr qint64 HourMs = 60 * 60 * 1000LL;
    static constexpr qint64 DayMs = 24 * HourMs;
    static constexpr qint64 Now = 1710237600000LL;

    void SetUp() override;

    std::string addSession(qint64 start, v1::SessionStatus status, const char *topic = "",
        const char *place = "Room 2", const char *link = "");
    void addJournal(qint64 writtenMs, const std::string &text = "entry",
        const std::string &topic = {}, int mood = -1);
    void addGratitude(qint64 writtenMs);
    /** A goal of 3 meetings a week; its id, or "" (with a test failure) when it could not be
     * stored. */
    std::string addGoal(const std::string &title, v1::GoalStatus status, int stepsDone, int steps);

    QTemporaryDir m_dir;
    ManualClock m_clock { Now };
    std::unique_ptr<Store> m_store;
    std::string m_groupId;
};

} // namespace circle::test
