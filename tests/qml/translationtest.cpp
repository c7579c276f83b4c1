#include "appshell/timeformat.h"
#include "clock.h"
#include "crisislines.h"
#include "goals/goalunits.h"
#include "invite.h"
#include "journal/journalpromptmodel.h"
#include "mood/moodmodel.h"
#include "recoverycode.h"
#include "schedule/groupstage.h"
#include "schedule/reminderplanner.h"
#include "schedule/schedulemodel.h"
#include "schedule/sessiontext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

// The .qm files are built from qml/i18n/*.ts and embedded in circle_qml.
TEST(TranslationTest, SpanishIsEmbeddedAndUsed)
{
    QTranslator spanish;
    ASSERT_TRUE(
        spanish.load(QLocale(QLocale::Spanish, QLocale::Spain), u"circle"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&spanish);
    EXPECT_EQ(JournalPromptModel::topicLabel(u"grief"_s), u"Duelo y pérdida"_s);
    EXPECT_EQ(MoodModel::emotionLabel(u"calm"_s), u"en calma"_s);
    QCoreApplication::removeTranslator(&spanish);
    EXPECT_EQ(JournalPromptModel::topicLabel(u"grief"_s), u"Grief and loss"_s);
}

// Notifications speak the patient's language too: the planner's text is in the same files.
TEST(TranslationTest, RemindersAreWrittenInSpanish)
{
    QTranslator spanish;
    ASSERT_TRUE(
        spanish.load(QLocale(QLocale::Spanish, QLocale::Spain), u"circle"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&spanish);
    ManualClock clock(
        QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    ReminderPlanner planner(clock, QTimeZone::utc());
    planner.setLocale(QLocale(QLocale::Spanish, QLocale::Spain));
    ReminderInputs in;
    in.preferences = ReminderPlanner::defaultPreferences();
    in.preferences.set_detail_on_lock_screen(true);
    v1::GroupSession session;
    session.mutable_meta()->set_id("session-1");
    session.set_group_id("group-1");
    session.set_start_ms(clock.nowMs() + 9 * 3600 * 1000); // 18:00 UTC today
    session.set_end_ms(session.start_ms() + 90 * 60 * 1000);
    session.set_status(v1::SESSION_STATUS_SCHEDULED);
    in.sessions = { session };
    const auto planned = planner.plan(in);
    QCoreApplication::removeTranslator(&spanish);
    ASSERT_EQ(planned.size(), 1u);
    EXPECT_EQ(planned[0].genericText, u"Circle: tienes un recordatorio"_s);
    EXPECT_EQ(planned[0].detailText, u"Sesión de grupo a las 18:00"_s);
}

// A goal's unit agrees with its number in Spanish as well.
TEST(TranslationTest, GoalUnitsAgreeWithTheirNumberInSpanish)
{
    QTranslator spanish;
    ASSERT_TRUE(
        spanish.load(QLocale(QLocale::Spanish, QLocale::Spain), u"circle"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&spanish);
    const QStringList suggestions = GoalUnits::suggestions();
    const QString one = GoalUnits::amount(1, u"reuniones a la semana"_s);
    const QString three = GoalUnits::amount(3, u"reunión a la semana"_s);
    QCoreApplication::removeTranslator(&spanish);
    EXPECT_TRUE(suggestions.contains(u"reuniones a la semana"_s))
        << suggestions.join(u", "_s).toStdString();
    EXPECT_EQ(one, u"1 reunión a la semana"_s);
    EXPECT_EQ(three, u"3 reuniones a la semana"_s);
}

// Joining the clinic: what the patient pasted or typed is explained in Spanish too.
TEST(TranslationTest, InviteAndRecoveryCodeProblemsAreInSpanish)
{
    QTranslator spanish;
    ASSERT_TRUE(
        spanish.load(QLocale(QLocale::Spanish, QLocale::Spain), u"circle"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&spanish);
    const auto invite = Invite::parse(u"hola"_s);
    const auto empty = RecoveryCode::toKey(u"  "_s);
    const auto short_ = RecoveryCode::toKey(u"abcd-efgh"_s);
    QCoreApplication::removeTranslator(&spanish);
    ASSERT_FALSE(invite.ok());
    EXPECT_EQ(
        invite.error().message, u"Esta invitación no sirve: no empieza por \"circle-invite:\"."_s);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().message, u"El código de recuperación está vacío."_s);
    ASSERT_FALSE(short_.ok());
    EXPECT_TRUE(short_.error().message.startsWith(u"El código de recuperación debería tener"_s))
        << short_.error().message.toStdString();
    EXPECT_EQ(Invite::parse(u"hola"_s).error().message,
        u"This invite cannot be used: it does not start with \"circle-invite:\"."_s);
}

// Text written outside a class (SessionText, GroupStage) is looked up under the
// context lupdate records for it; when the two differ the Spanish never shows.
TEST(TranslationTest, SessionTimesAndGroupStageAreInSpanish)
{
    QTranslator spanish;
    ASSERT_TRUE(
        spanish.load(QLocale(QLocale::Spanish, QLocale::Spain), u"circle"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&spanish);
    const QDateTime now(QDate(2024, 3, 12), QTime(10, 0), QTimeZone::utc());
    const QDateTime start(QDate(2024, 3, 13), QTime(18, 0), QTimeZone::utc());
    const QString when = SessionText::when(start, start.addSecs(90 * 60), now);
    const QString startsIn = SessionText::startsIn(start, now);
    const QString soon = SessionText::startsIn(now.addSecs(60), now);
    const QString answer = SessionText::answer(true, false);
    const QString stage = GroupStage::of(3, 0, 0, true).name;
    QCoreApplication::removeTranslator(&spanish);
    EXPECT_TRUE(when.startsWith(u"Mañana, "_s)) << when.toStdString();
    EXPECT_EQ(startsIn, u"Empieza en 1 día"_s);
    EXPECT_EQ(soon, u"Empieza en 1 minuto"_s);
    EXPECT_EQ(answer, u"Vas a ir"_s);
    EXPECT_EQ(stage, u"Grupo abierto"_s);
}

// The crisis lines' notes and the calendar's discreet title read in Spanish too.
TEST(TranslationTest, CrisisLinesAndTheCalendarTitleAreInSpanish)
{
    QTranslator spanish;
    ASSERT_TRUE(
        spanish.load(QLocale(QLocale::Spanish, QLocale::Spain), u"circle"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&spanish);
    const QString spainNote = crisis::builtIn(u"ES"_s).front().note;
    const QString usNote = crisis::builtIn(u"US"_s).front().note;
    const QString title = ScheduleModel::discreetCalendarTitle();
    QCoreApplication::removeTranslator(&spanish);
    EXPECT_EQ(spainNote, u"Gratuita y confidencial, a cualquier hora"_s);
    EXPECT_TRUE(usNote.contains(u"español"_s)) << usNote.toStdString();
    EXPECT_EQ(title, u"Circle: sesión"_s);
    EXPECT_EQ(ScheduleModel::discreetCalendarTitle(), u"Circle: session"_s);
}

// Every date the app writes out reads as people write it in the chosen
// language: Spanish joins day, month and year with "de".
TEST(TranslationTest, DatesReadNaturallyInSpanishAndEnglish)
{
    const QLocale before;
    const QDate date(2026, 12, 7);
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    EXPECT_EQ(TimeFormat::dayAndMonth(date), u"lunes, 7 de diciembre"_s);
    EXPECT_EQ(TimeFormat::fullDate(date), u"7 de diciembre de 2026"_s);
    EXPECT_EQ(TimeFormat::weekdayAndFullDate(date), u"lunes, 7 de diciembre de 2026"_s);
    EXPECT_EQ(TimeFormat::monthAndYear(date), u"diciembre de 2026"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(TimeFormat::dayAndMonth(date), u"Monday 7 December"_s);
    EXPECT_EQ(TimeFormat::fullDate(date), u"7 December 2026"_s);
    EXPECT_EQ(TimeFormat::weekdayAndFullDate(date), u"Monday 7 December 2026"_s);
    EXPECT_EQ(TimeFormat::monthAndYear(date), u"December 2026"_s);
    QLocale::setDefault(before);
}
