#include "storetestbase.h"

#include "repository.h"
#include "schedule/groupstage.h"
#include "schedule/icsexport.h"
#include "schedule/schedulemodel.h"
#include "schedule/seriesexpander.h"
#include "validation.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class ScheduleModelTest : public test::StoreTestBase
{
protected:
    std::unique_ptr<ScheduleModel> makeModel()
    {
        auto model = std::make_unique<ScheduleModel>(*m_store, m_clock);
        model->setTimeZone(QTimeZone::utc());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        return model;
    }

    static QVariant at(const ScheduleModel &model, int row, ScheduleModel::Role role)
    {
        return model.data(model.index(row), role);
    }

    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(ScheduleModelTest, ListsWhatIsAheadSoonestFirstCancelledIncluded)
{
    addSession(Now - 2 * DayMs, v1::SESSION_STATUS_SCHEDULED, "Over");
    addSession(Now + 9 * DayMs, v1::SESSION_STATUS_MOVED, "Moved one");
    addSession(Now + 2 * DayMs + 8 * HourMs, v1::SESSION_STATUS_CANCELLED, "Off this week");
    addSession(Now - HourMs, v1::SESSION_STATUS_SCHEDULED, "Running", "", "https://v.example/r");
    auto model = makeModel();
    ASSERT_EQ(model->rowCount(), 3);

    EXPECT_EQ(at(*model, 0, ScheduleModel::TitleRole).toString(), u"Running"_s);
    EXPECT_EQ(at(*model, 0, ScheduleModel::WhenRole).toString(), u"Now, until 10:30"_s);
    EXPECT_EQ(at(*model, 0, ScheduleModel::PlaceRole).toString(), u"Online"_s);
    EXPECT_EQ(at(*model, 0, ScheduleModel::StatusLabelRole).toString(), QString());

    EXPECT_EQ(at(*model, 1, ScheduleModel::TitleRole).toString(), u"Off this week"_s);
    EXPECT_EQ(at(*model, 1, ScheduleModel::WhenRole).toString(), u"Thursday, 18:00 – 19:30"_s);
    EXPECT_TRUE(at(*model, 1, ScheduleModel::CancelledRole).toBool());
    EXPECT_EQ(at(*model, 1, ScheduleModel::StatusLabelRole).toString(), u"Cancelled"_s);
    EXPECT_EQ(at(*model, 1, ScheduleModel::StatusRole).value<ScheduleModel::Status>(),
        ScheduleModel::Status::Cancelled);

    EXPECT_EQ(at(*model, 2, ScheduleModel::StatusLabelRole).toString(), u"New time"_s);
    EXPECT_EQ(
        at(*model, 2, ScheduleModel::WhenRole).toString(), u"Thursday 21 March, 10:00 – 11:30"_s);
    EXPECT_EQ(at(*model, 2, ScheduleModel::GroupNameRole).toString(), u"Thursday skills group"_s);
    EXPECT_EQ(at(*model, 2, ScheduleModel::StartRole).toDateTime(),
        QDateTime::fromMSecsSinceEpoch(Now + 9 * DayMs, QTimeZone::utc()));
}

TEST_F(ScheduleModelTest, RefreshDropsSessionsThatHaveEnded)
{
    addSession(Now + HourMs, v1::SESSION_STATUS_SCHEDULED, "Soon");
    addSession(Now + DayMs, v1::SESSION_STATUS_SCHEDULED, "Later");
    auto model = makeModel();
    QSignalSpy countSpy(model.get(), &ScheduleModel::countChanged);
    QSignalSpy resetSpy(model.get(), &QAbstractItemModel::modelReset);
    EXPECT_EQ(model->count(), 2);
    m_clock.advance(3 * HourMs);
    model->refresh();
    EXPECT_EQ(model->count(), 1);
    EXPECT_EQ(countSpy.count(), 1);
    EXPECT_EQ(resetSpy.count(), 1);
    EXPECT_EQ(at(*model, 0, ScheduleModel::TitleRole).toString(), u"Later"_s);
    EXPECT_EQ(at(*model, 0, ScheduleModel::WhenRole).toString(), u"Tomorrow, 10:00 – 11:30"_s);
}

TEST_F(ScheduleModelTest, EmptyScheduleIsEmptyNotAnError)
{
    auto model = makeModel();
    EXPECT_EQ(model->count(), 0);
    EXPECT_TRUE(model->errorMessage().isEmpty());
}

namespace {

class ScheduleActionsTest : public ScheduleModelTest
{
protected:
    void SetUp() override
    {
        ScheduleModelTest::SetUp();
        ASSERT_TRUE(m_exportDir.isValid());
    }

    /** The group planned for 12 sessions, with numbered sessions around Now. */
    void makeTwelveWeekGroup(int nextNumber)
    {
        auto group = Repository<v1::Group>(*m_store).get(qs(m_groupId));
        ASSERT_TRUE(group.ok());
        v1::Group g = group.value();
        g.set_planned_sessions(12);
        ASSERT_TRUE(Repository<v1::Group>(*m_store).putFromClinic(g).ok());
        // Tuesdays 18:00 in London from 20 February: the fourth is today, 12 March.
        SeriesSpec spec;
        spec.groupId = qs(m_groupId);
        spec.timeZone = "Europe/London";
        spec.firstDate = QDate(2024, 2, 20).addDays(7 * (4 - nextNumber));
        spec.startTime = QTime(18, 0);
        spec.count = 12;
        spec.topics = QStringList { u"Welcome"_s, u"Triggers"_s, u"Boundaries"_s, u"Feedback"_s };
        auto sessions = series::expand(spec);
        ASSERT_TRUE(sessions.ok());
        sessions.value()[size_t(nextNumber)]
            = series::cancelled(sessions.value()[size_t(nextNumber)]);
        ASSERT_TRUE(series::putSessions(*m_store, sessions.value()).ok());
    }

    std::unique_ptr<ScheduleModel> makeActionModel()
    {
        auto model = makeModel();
        model->setExportFolder(m_exportDir.path());
        model->setUrlOpener([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
        return model;
    }

    std::vector<v1::Rsvp> storedAnswers(const std::string &sessionId)
    {
        auto answers = Repository<v1::Rsvp>(*m_store).listByParent(qs(sessionId));
        EXPECT_TRUE(answers.ok());
        return answers.ok() ? answers.value() : std::vector<v1::Rsvp>();
    }

    QTemporaryDir m_exportDir;
    QList<QUrl> m_opened;
};

} // namespace

TEST_F(ScheduleActionsTest, CannotAttendWithAReasonIsStoredAsTheRsvpAndShown)
{
    const std::string id = addSession(Now + DayMs, v1::SESSION_STATUS_SCHEDULED, "Boundaries");
    auto model = makeActionModel();
    QSignalSpy responded(model.get(), &ScheduleModel::responded);
    const qint64 queuedBefore = Repository<v1::Rsvp>(*m_store).count().value();

    ASSERT_TRUE(model->respond(qs(id), false, u"  Working a late shift  "_s));
    auto answers = storedAnswers(id);
    ASSERT_EQ(answers.size(), 1u);
    EXPECT_EQ(answers[0].response(), v1::RSVP_RESPONSE_NOT_ATTENDING);
    EXPECT_EQ(answers[0].reason(), "Working a late shift");
    EXPECT_EQ(Repository<v1::Rsvp>(*m_store).count().value(), queuedBefore + 1);
    EXPECT_EQ(responded.count(), 1);
    EXPECT_FALSE(model->messageIsError());
    EXPECT_TRUE(at(*model, 0, ScheduleModel::NotAttendingRole).toBool());
    EXPECT_EQ(at(*model, 0, ScheduleModel::RsvpReasonRole).toString(), u"Working a late shift"_s);
    EXPECT_EQ(at(*model, 0, ScheduleModel::RsvpLabelRole).toString(),
        u"You can't go; your facilitator knows"_s);

    // Changing the answer updates the same record and drops the note.
    ASSERT_TRUE(model->respond(qs(id), true));
    answers = storedAnswers(id);
    ASSERT_EQ(answers.size(), 1u);
    EXPECT_EQ(answers[0].response(), v1::RSVP_RESPONSE_ATTENDING);
    EXPECT_TRUE(answers[0].reason().empty());
    EXPECT_TRUE(at(*model, 0, ScheduleModel::AttendingRole).toBool());

    ASSERT_TRUE(model->withdrawResponse(qs(id)));
    EXPECT_TRUE(storedAnswers(id).empty());
    EXPECT_EQ(at(*model, 0, ScheduleModel::RsvpLabelRole).toString(), QString());
}

TEST_F(ScheduleActionsTest, RefusesAnswersThatCannotBeGivenAndKeepsTheStoredOne)
{
    const std::string next = addSession(Now + DayMs, v1::SESSION_STATUS_SCHEDULED, "Next");
    const std::string off = addSession(Now + 2 * DayMs, v1::SESSION_STATUS_CANCELLED, "Off");
    const std::string over = addSession(Now - 2 * DayMs, v1::SESSION_STATUS_SCHEDULED, "Over");
    auto model = makeActionModel();
    ASSERT_TRUE(model->respond(qs(next), false, u"Away"_s));

    EXPECT_FALSE(model->respond(qs(next), false, QString(501, u'x')));
    EXPECT_TRUE(model->messageIsError());
    EXPECT_EQ(model->message(),
        u"The note for your facilitator is too long: it can have 500 characters, this one has 501."_s);
    ASSERT_EQ(storedAnswers(next).size(), 1u);
    EXPECT_EQ(storedAnswers(next)[0].reason(), "Away");

    EXPECT_FALSE(model->respond(qs(off), true));
    EXPECT_EQ(model->message(), u"This session is cancelled, so there is nothing to answer."_s);
    EXPECT_FALSE(model->respond(qs(over), true));
    EXPECT_EQ(model->message(), u"This session is over, so it can no longer be answered."_s);
    EXPECT_FALSE(model->respond(u"no-such-session"_s, true));
    EXPECT_TRUE(storedAnswers(off).empty());
    EXPECT_TRUE(storedAnswers(over).empty());
}

TEST_F(ScheduleActionsTest, TheNoteLimitIsTheStoresLimit)
{
    // The dialog and the store read one limit (core/fieldlimits.h): a note at it is kept
    // by both, a note one over is refused by both.
    const std::string next = addSession(Now + DayMs, v1::SESSION_STATUS_SCHEDULED, "Next");
    auto model = makeActionModel();
    const int limit = model->maxReasonLength();
    EXPECT_EQ(limit, TextLimits::RsvpReason);

    ASSERT_TRUE(model->respond(qs(next), false, QString(limit, u'x')));
    ASSERT_EQ(storedAnswers(next).size(), 1u);
    v1::Rsvp stored = storedAnswers(next)[0];
    EXPECT_EQ(stored.reason().size(), size_t(limit));
    EXPECT_TRUE(validate(stored).ok());

    EXPECT_FALSE(model->respond(qs(next), false, QString(limit + 1, u'x')));
    stored.set_reason(std::string(size_t(limit) + 1, 'x'));
    EXPECT_FALSE(validate(stored).ok());
    EXPECT_FALSE(Repository<v1::Rsvp>(*m_store).update(stored).ok());
    EXPECT_EQ(storedAnswers(next)[0].reason().size(), size_t(limit));
}

TEST_F(ScheduleActionsTest, PastSessionsShowWhatThePatientAnswered)
{
    const std::string went = addSession(Now - 7 * DayMs, v1::SESSION_STATUS_SCHEDULED, "Went");
    addSession(Now - 14 * DayMs, v1::SESSION_STATUS_SCHEDULED, "Silent");
    addSession(Now + DayMs, v1::SESSION_STATUS_SCHEDULED, "Ahead");
    v1::Rsvp rsvp;
    rsvp.set_session_id(went);
    rsvp.set_response(v1::RSVP_RESPONSE_ATTENDING);
    ASSERT_TRUE(Repository<v1::Rsvp>(*m_store).create(rsvp).ok());

    auto model = makeActionModel();
    QSignalSpy pastSpy(model.get(), &ScheduleModel::showPastChanged);
    model->setShowPast(true);
    EXPECT_EQ(pastSpy.count(), 1);
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(at(*model, 0, ScheduleModel::TitleRole).toString(), u"Went"_s);
    EXPECT_TRUE(at(*model, 0, ScheduleModel::PastRole).toBool());
    EXPECT_FALSE(at(*model, 0, ScheduleModel::CanRespondRole).toBool());
    EXPECT_EQ(at(*model, 0, ScheduleModel::RsvpLabelRole).toString(), u"You planned to go"_s);
    EXPECT_EQ(at(*model, 1, ScheduleModel::RsvpLabelRole).toString(), u"No answer given"_s);
    model->setShowPast(false);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(at(*model, 0, ScheduleModel::TitleRole).toString(), u"Ahead"_s);
}

TEST_F(ScheduleActionsTest, TheHeaderSaysWhereTheGroupIs)
{
    makeTwelveWeekGroup(4);
    auto model = makeActionModel();
    EXPECT_EQ(model->groupName(), u"Thursday skills group"_s);
    EXPECT_EQ(model->groupProgress(), u"Session 4 of 12"_s);
    EXPECT_EQ(model->groupStage(), u"Working together"_s);
    EXPECT_FALSE(model->groupStageDetail().isEmpty());
    EXPECT_EQ(at(*model, 0, ScheduleModel::NumberLabelRole).toString(), u"Session 4 of 12"_s);

    // With the next session cancelled, the one after it is what comes next.
    QSignalSpy groupSpy(model.get(), &ScheduleModel::groupChanged);
    m_clock.advance(3 * DayMs);
    model->refresh();
    EXPECT_EQ(model->groupProgress(), u"Session 6 of 12"_s);
    EXPECT_EQ(groupSpy.count(), 1);
}

TEST_F(ScheduleActionsTest, StagesFollowTheGroupsCourse)
{
    EXPECT_EQ(GroupStage::of(1, 0, 12, false).name, u"Getting started"_s);
    EXPECT_EQ(GroupStage::of(3, 2, 12, false).name, u"Getting started"_s);
    EXPECT_EQ(GroupStage::of(7, 6, 12, false).name, u"Working together"_s);
    EXPECT_EQ(GroupStage::of(11, 10, 12, false).name, u"Closing sessions"_s);
    EXPECT_EQ(GroupStage::of(0, 12, 12, false).name, u"Completed"_s);
    EXPECT_EQ(GroupStage::of(0, 12, 12, false).progress, u"12 sessions in all"_s);
    const GroupStage open = GroupStage::of(30, 29, 0, true);
    EXPECT_EQ(open.name, u"Ongoing group"_s);
    EXPECT_EQ(open.progress, u"Session 30"_s);
}

TEST_F(ScheduleActionsTest, AddToCalendarWritesAFileThatReadsBackAndOffersIt)
{
    makeTwelveWeekGroup(4);
    auto model = makeActionModel();
    const QString next = at(*model, 0, ScheduleModel::IdRole).toString();

    ASSERT_TRUE(model->addSeriesToCalendar(next)) << model->message().toStdString();
    const QString series = model->lastCalendarFile();
    EXPECT_EQ(QFileInfo(series).absolutePath(), QDir(m_exportDir.path()).absolutePath());
    // Plain words: no folder path to break mid-word, the title the calendar shows.
    EXPECT_FALSE(model->message().contains(u'/')) << model->message().toStdString();
    EXPECT_TRUE(model->message().contains(u"“Circle: session”"_s))
        << model->message().toStdString();
    ASSERT_EQ(m_opened.size(), 1);
    EXPECT_EQ(m_opened[0], QUrl::fromLocalFile(series));
    QFile file(series);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto facts = ics::readBack(file.readAll());
    ASSERT_TRUE(facts.ok());
    EXPECT_EQ(facts.value().recurring, 1);
    EXPECT_EQ(facts.value().excluded, 1); // the cancelled fifth session
    EXPECT_TRUE(facts.value().timeZones.contains(u"Europe/London"_s));
    file.seek(0);
    const QByteArray written = file.readAll();
    EXPECT_TRUE(written.contains("SUMMARY:Circle: session"));
    EXPECT_FALSE(written.contains("Thursday skills group")) << "discreet by default";

    ASSERT_TRUE(model->addSessionToCalendar(next));
    EXPECT_NE(model->lastCalendarFile(), series);
    EXPECT_TRUE(QFileInfo(model->lastCalendarFile()).fileName().startsWith(u"circle-session-"_s));
    EXPECT_EQ(m_opened.size(), 2);

    // A system with nothing to open .ics files still gets the file, and is told where.
    model->setUrlOpener([](const QUrl &) { return false; });
    ASSERT_TRUE(model->addSessionToCalendar(next));
    EXPECT_EQ(model->message(),
        u"Saved in your %1 folder as %2. Open that file to add it to your calendar, where it is "
        "called “Circle: session”."_s.arg(
            QDir(m_exportDir.path()).dirName(), QFileInfo(model->lastCalendarFile()).fileName()));
}

TEST_F(ScheduleActionsTest, TheGroupsNameInTheCalendarIsTheUsersChoiceAndIsKept)
{
    makeTwelveWeekGroup(4);
    auto model = makeActionModel();
    const QString next = at(*model, 0, ScheduleModel::IdRole).toString();
    EXPECT_FALSE(model->calendarShowsGroupName());
    EXPECT_EQ(model->calendarTitle(), u"Circle: session"_s);

    QSignalSpy titleSpy(model.get(), &ScheduleModel::calendarTitleChanged);
    model->setCalendarShowsGroupName(true);
    EXPECT_EQ(titleSpy.count(), 1);
    EXPECT_EQ(model->calendarTitle(), u"Thursday skills group"_s);
    ASSERT_TRUE(model->addSessionToCalendar(next));
    QFile file(model->lastCalendarFile());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("SUMMARY:Thursday skills group"));
    EXPECT_TRUE(model->message().contains(u"“Thursday skills group”"_s));

    // A new model over the same store (the app started again) remembers the choice.
    auto again = makeActionModel();
    EXPECT_TRUE(again->calendarShowsGroupName());
    again->setCalendarShowsGroupName(false);
    EXPECT_EQ(again->calendarTitle(), u"Circle: session"_s);
}

TEST_F(ScheduleActionsTest, OnlyWebLinksAreOpened)
{
    const std::string online = addSession(
        Now + DayMs, v1::SESSION_STATUS_SCHEDULED, "Online", "", "https://video.example/room/42");
    const std::string odd = addSession(
        Now + 2 * DayMs, v1::SESSION_STATUS_SCHEDULED, "Odd", "", "file:///etc/passwd");
    auto model = makeActionModel();
    EXPECT_EQ(
        at(*model, 0, ScheduleModel::JoinLinkRole).toString(), u"https://video.example/room/42"_s);
    ASSERT_TRUE(model->openJoinLink(qs(online)));
    ASSERT_EQ(m_opened.size(), 1);
    EXPECT_EQ(m_opened[0], QUrl(u"https://video.example/room/42"_s));

    EXPECT_FALSE(model->openJoinLink(qs(odd)));
    EXPECT_TRUE(model->messageIsError());
    EXPECT_EQ(m_opened.size(), 1);
}
