#include "validation.h"

#include "hlc.h"
#include "uuid.h"

#include <QDate>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

Error invalid(const char *type, const QString &what)
{
    return Error::make(Error::Code::Invalid, u"%1: %2"_s.arg(QString::fromLatin1(type), what));
}

// Length in characters as a person counts them, not UTF-8 bytes.
qsizetype length(const std::string &utf8)
{
    return qs(utf8).size();
}

bool blank(const std::string &utf8)
{
    return qs(utf8).trimmed().isEmpty();
}

bool tooLong(const std::string &utf8, qsizetype max = MaxTextLength)
{
    return qsizetype(utf8.size()) > max * 4 || length(utf8) > max;
}

bool validDay(const std::string &text)
{
    return QDate::fromString(qs(text), Qt::ISODate).isValid() && text.size() == 10;
}

bool validZone(const std::string &iana)
{
    return !iana.empty() && QTimeZone(QByteArray::fromStdString(iana)).isValid();
}

Result<void> checkContacts(
    const google::protobuf::RepeatedPtrField<v1::Contact> &contacts, const QString &list)
{
    for (const auto &c : contacts) {
        if (blank(c.name()) && blank(c.phone()))
            return invalid(
                "safety_plan", u"every entry in %1 needs a name or a phone number"_s.arg(list));
        if (tooLong(c.name(), TextLimits::ContactName)
            || tooLong(c.phone(), TextLimits::ContactPhone)
            || tooLong(c.note(), TextLimits::ContactNote))
            return invalid("safety_plan", u"an entry in %1 is too long"_s.arg(list));
    }
    return {};
}

} // namespace

Result<void> validateMeta(const v1::RecordMeta &meta, const char *typeName)
{
    if (!isCanonicalUuid(qs(meta.id())))
        return invalid(typeName, u"the id \"%1\" is not a UUID"_s.arg(qs(meta.id()).left(60)));
    if (meta.created_ms() <= 0 || meta.updated_ms() < meta.created_ms())
        return invalid(typeName, u"the created and updated times are missing or out of order"_s);
    if (auto stamp = HlcStamp::parse(qs(meta.hlc())); !stamp)
        return invalid(typeName, stamp.error().message);
    if (!meta.base_hlc().empty())
        if (auto base = HlcStamp::parse(qs(meta.base_hlc())); !base)
            return invalid(typeName, u"the stamp it was edited from: "_s + base.error().message);
    return {};
}

Result<void> validate(const v1::JournalEntry &r)
{
    if (blank(r.text()))
        return invalid("journal_entry", u"the entry is empty; write something before saving"_s);
    if (tooLong(r.text()))
        return invalid(
            "journal_entry", u"the text is longer than %1 characters"_s.arg(MaxTextLength));
    if (r.has_mood() && (r.mood() < 0 || r.mood() > 10))
        return invalid("journal_entry", u"the mood must be between 0 and 10"_s);
    if (tooLong(r.topic(), TextLimits::JournalTopic)
        || tooLong(r.prompt_id(), TextLimits::JournalTopic))
        return invalid("journal_entry", u"the topic or prompt id is too long"_s);
    return {};
}

Result<void> validate(const v1::GratitudeEntry &r)
{
    if (r.items_size() < 1 || r.items_size() > 3)
        return invalid(
            "gratitude_entry", u"write one to three good things (got %1)"_s.arg(r.items_size()));
    for (const auto &item : r.items()) {
        if (blank(item))
            return invalid("gratitude_entry", u"a good thing is empty"_s);
        if (tooLong(item, TextLimits::GratitudeItem))
            return invalid("gratitude_entry",
                u"a good thing is longer than %1 characters"_s.arg(TextLimits::GratitudeItem));
    }
    if (!validDay(r.day()))
        return invalid(
            "gratitude_entry", u"the day \"%1\" is not a date (YYYY-MM-DD)"_s.arg(qs(r.day())));
    return {};
}

Result<void> validate(const v1::MoodCheckIn &r)
{
    if (r.score() < 0 || r.score() > 10)
        return invalid(
            "mood_check_in", u"the mood must be between 0 and 10 (got %1)"_s.arg(r.score()));
    if (r.emotions_size() > TextLimits::MaxEmotions)
        return invalid(
            "mood_check_in", u"choose at most %1 emotion words"_s.arg(TextLimits::MaxEmotions));
    for (const auto &e : r.emotions())
        if (blank(e) || tooLong(e, TextLimits::EmotionWord))
            return invalid("mood_check_in", u"an emotion word is empty or too long"_s);
    if (tooLong(r.note(), TextLimits::MoodNote))
        return invalid(
            "mood_check_in", u"the note is longer than %1 characters"_s.arg(TextLimits::MoodNote));
    return {};
}

Result<void> validate(const v1::Goal &r)
{
    if (blank(r.title()))
        return invalid("goal", u"the goal needs a title"_s);
    if (tooLong(r.title(), TextLimits::GoalTitle))
        return invalid(
            "goal", u"the title is longer than %1 characters"_s.arg(TextLimits::GoalTitle));
    if (!std::isfinite(r.target_value()) || r.target_value() <= 0)
        return invalid("goal", u"the target must be a number above 0"_s);
    if (blank(r.unit()) || tooLong(r.unit(), TextLimits::GoalUnit))
        return invalid("goal", u"the target needs a unit, such as \"meetings a week\""_s);
    if (!validDay(r.start_date()) || !validDay(r.due_date()))
        return invalid("goal", u"the start and due dates must be dates (YYYY-MM-DD)"_s);
    if (r.due_date() < r.start_date())
        return invalid("goal", u"the due date is before the start date"_s);
    if (!v1::GoalStatus_IsValid(r.status()) || r.status() == v1::GOAL_STATUS_UNSPECIFIED)
        return invalid("goal", u"the status is not one Circle knows"_s);
    if (tooLong(r.why(), TextLimits::GoalWhy))
        return invalid(
            "goal", u"\"why it matters\" is longer than %1 characters"_s.arg(TextLimits::GoalWhy));
    for (const auto &step : r.steps())
        if (blank(step.text()) || tooLong(step.text(), TextLimits::GoalStep))
            return invalid("goal",
                u"an action step is empty or longer than %1 characters"_s.arg(
                    TextLimits::GoalStep));
    return {};
}

NumberProblem parseGoalNumber(
    const QString &text, const QLocale &locale, bool mustBeAboveZero, double *value)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return NumberProblem::Empty;
    bool ok = false;
    double number = locale.toDouble(trimmed, &ok);
    if (!ok)
        number = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(number))
        return NumberProblem::NotANumber;
    if (number < 0)
        return NumberProblem::Negative;
    if (mustBeAboveZero && number == 0)
        return NumberProblem::NotAboveZero;
    if (number > MaxGoalNumber)
        return NumberProblem::TooLarge;
    if (value)
        *value = number;
    return NumberProblem::None;
}

bool dueDateAcceptable(const QDate &due, const QDate &today)
{
    return due.isValid() && due >= today;
}

Result<void> validate(const v1::GoalCheckIn &r)
{
    if (!isCanonicalUuid(qs(r.goal_id())))
        return invalid("goal_check_in", u"the check-in does not name its goal"_s);
    if (!std::isfinite(r.value()) || r.value() < 0)
        return invalid("goal_check_in", u"the value must be a number of 0 or more"_s);
    if (tooLong(r.note(), TextLimits::CheckInNote))
        return invalid("goal_check_in",
            u"the note is longer than %1 characters"_s.arg(TextLimits::CheckInNote));
    if (r.at_ms() <= 0)
        return invalid("goal_check_in", u"the check-in has no time"_s);
    return {};
}

Result<void> validate(const v1::Group &r)
{
    if (blank(r.name()))
        return invalid("group", u"the group needs a name"_s);
    if (!validZone(r.time_zone()))
        return invalid("group",
            u"\"%1\" is not a time zone (use an IANA name such as America/Chicago)"_s.arg(
                qs(r.time_zone())));
    if (r.planned_sessions() < 0 || r.agreement_version() < 0)
        return invalid("group", u"the session count and agreement version cannot be negative"_s);
    return {};
}

Result<void> validate(const v1::GroupSession &r)
{
    if (!isCanonicalUuid(qs(r.group_id())))
        return invalid("group_session", u"the session does not name its group"_s);
    if (r.start_ms() <= 0 || r.end_ms() <= r.start_ms())
        return invalid("group_session", u"the session must end after it starts"_s);
    if (!validZone(r.time_zone()))
        return invalid("group_session", u"\"%1\" is not a time zone"_s.arg(qs(r.time_zone())));
    if (!v1::SessionStatus_IsValid(r.status()) || r.status() == v1::SESSION_STATUS_UNSPECIFIED)
        return invalid("group_session", u"the status is not one Circle knows"_s);
    return {};
}

Result<void> validate(const v1::Rsvp &r)
{
    if (!isCanonicalUuid(qs(r.session_id())))
        return invalid("rsvp", u"the reply does not name its session"_s);
    if (!v1::RsvpResponse_IsValid(r.response()) || r.response() == v1::RSVP_RESPONSE_UNSPECIFIED)
        return invalid("rsvp", u"the reply must be attending or not attending"_s);
    if (tooLong(r.reason(), TextLimits::RsvpReason))
        return invalid(
            "rsvp", u"the reason is longer than %1 characters"_s.arg(TextLimits::RsvpReason));
    return {};
}

Result<void> validate(const v1::HomeworkAssignment &r)
{
    if (!isCanonicalUuid(qs(r.group_id())))
        return invalid("homework_assignment", u"the assignment does not name its group"_s);
    if (blank(r.title()))
        return invalid("homework_assignment", u"the assignment needs a title"_s);
    if (r.due_ms() <= 0)
        return invalid("homework_assignment", u"the assignment needs a due time"_s);
    return {};
}

Result<void> validate(const v1::HomeworkResponse &r)
{
    if (!isCanonicalUuid(qs(r.assignment_id())))
        return invalid("homework_response", u"the response does not name its assignment"_s);
    if (!r.journal_entry_id().empty() && !isCanonicalUuid(qs(r.journal_entry_id())))
        return invalid("homework_response", u"the attached journal entry id is not a UUID"_s);
    switch (homeworkAnswerProblem(r)) {
    case AnswerProblem::Empty:
        return invalid(
            "homework_response", u"write a response, attach an entry, or mark it done"_s);
    case AnswerProblem::TooLong:
        return invalid(
            "homework_response", u"the response is longer than %1 characters"_s.arg(MaxTextLength));
    case AnswerProblem::None:
        break;
    }
    return {};
}

AnswerProblem homeworkAnswerProblem(const v1::HomeworkResponse &r)
{
    if (blank(r.text()) && r.journal_entry_id().empty() && !r.done())
        return AnswerProblem::Empty;
    if (tooLong(r.text()))
        return AnswerProblem::TooLong;
    return AnswerProblem::None;
}

Result<void> validate(const v1::ReminderPreferences &r)
{
    for (int lead : r.session_lead_minutes())
        if (lead <= 0 || lead > 14 * 24 * 60)
            return invalid("reminder_preferences",
                u"a session reminder must be between 1 minute and 14 days before"_s);
    const auto minuteOk = [](int m) { return m == -1 || (m >= 0 && m < 24 * 60); };
    if (!minuteOk(r.practice_minute_of_day()) || !minuteOk(r.quiet_start_minute())
        || !minuteOk(r.quiet_end_minute()))
        return invalid("reminder_preferences", u"a time of day is outside 00:00-23:59"_s);
    for (int day : r.practice_weekdays())
        if (day < 1 || day > 7)
            return invalid(
                "reminder_preferences", u"weekdays are numbered 1 (Monday) to 7 (Sunday)"_s);
    if (r.daily_cap() < 0)
        return invalid("reminder_preferences", u"the daily limit cannot be negative"_s);
    return {};
}

Result<void> validate(const v1::SafetyPlan &r)
{
    for (const auto &list : { r.warning_signs(), r.coping_steps() })
        for (const auto &line : list)
            if (tooLong(line, TextLimits::PlanLine))
                return invalid("safety_plan",
                    u"a line is longer than %1 characters"_s.arg(TextLimits::PlanLine));
    if (auto c = checkContacts(r.people_and_places(), u"people and places"_s); !c)
        return c;
    if (auto c = checkContacts(r.professional_contacts(), u"professional contacts"_s); !c)
        return c;
    return checkContacts(r.crisis_contacts(), u"crisis contacts"_s);
}

Result<void> validate(const v1::AgreementAck &r)
{
    if (!isCanonicalUuid(qs(r.group_id())))
        return invalid("agreement_ack", u"the acknowledgement does not name its group"_s);
    if (r.agreement_version() <= 0)
        return invalid("agreement_ack", u"the agreement version must be 1 or more"_s);
    if (r.acknowledged_ms() <= 0)
        return invalid("agreement_ack", u"the acknowledgement has no time"_s);
    return {};
}

} // namespace circle
