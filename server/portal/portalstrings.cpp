#include "portalstrings.h"

#include <cstring>

namespace circle::portal {

namespace {
const std::initializer_list<std::pair<const char *, const char *>> kEnglish = {
    { "portal", "Circle clinic portal" },
    { "skip", "Skip to content" },
    { "caseload", "Caseload" },
    { "sign_out", "Sign out" },
    { "signed_in_as", "Signed in as" },
    { "sign_in", "Sign in" },
    { "sign_in_name", "Sign-in name" },
    { "password", "Password" },
    { "code", "Code from your authenticator app (or a recovery code)" },
    { "signed_out", "You are signed out." },
    { "setup_title", "Set up your account" },
    { "setup_password_intro",
        "Choose a password of at least 12 characters. Long phrases are good; names, dates and "
        "common words are not." },
    { "new_password", "New password" },
    { "repeat_password", "The same password again" },
    { "continue", "Continue" },
    { "setup_factor_title", "Add your second factor" },
    { "setup_factor_intro",
        "Scan this code with an authenticator app on your phone, or type the key into it. Then "
        "enter the 6-digit code it shows." },
    { "secret_key", "Key" },
    { "enrol_code", "The 6-digit code your app shows" },
    { "confirm", "Confirm" },
    { "recovery_title", "Your recovery codes" },
    { "recovery_intro",
        "Each code signs you in once in place of the authenticator code. Keep them somewhere safe; "
        "they are shown only now." },
    { "to_sign_in", "Go to sign-in" },
    { "my_groups", "My groups" },
    { "no_groups", "You do not facilitate any group yet." },
    { "group", "Group" },
    { "next_session", "Next session" },
    { "members", "Members" },
    { "shared_goals", "Shared goals" },
    { "none_planned", "None planned" },
    { "upcoming_sessions", "Upcoming sessions" },
    { "no_sessions", "No sessions are planned." },
    { "session", "Session" },
    { "when", "When" },
    { "topic", "Topic" },
    { "place", "Place" },
    { "cancelled", "Cancelled" },
    { "times_in", "Times are in the group's time zone:" },
    { "member", "Member" },
    { "last_seen", "Last seen" },
    { "never", "Never" },
    { "nothing_shared", "Nothing shared" },
    { "no_members", "No members yet." },
    { "goal", "Goal" },
    { "target", "Target" },
    { "due", "Due" },
    { "no_due", "No due date" },
    { "steps", "Steps" },
    { "done", "done" },
    { "open", "open" },
    { "check_ins", "Check-ins" },
    { "no_check_ins", "No check-ins yet." },
    { "value", "Value" },
    { "note", "Note" },
    { "shared_since", "Shared since" },
    { "progress", "Progress against the target" },
    { "chart_summary", "Latest check-in compared with the target" },
    { "back_to_group", "Back to the group" },
    { "homework", "Homework" },
    { "assign_homework", "Assign homework to the whole group" },
    { "homework_title", "Title" },
    { "homework_instructions", "Instructions (optional)" },
    { "homework_due", "Due date" },
    { "assign", "Assign" },
    { "hw_title_required", "Give the homework a title." },
    { "hw_title_too_long", "Use at most %1 characters for the title." },
    { "hw_title_one_line", "Write the title on one line." },
    { "hw_instructions_too_long", "Use at most %1 characters for the instructions." },
    { "hw_due_required", "Choose a due date." },
    { "hw_due_invalid", "Enter the due date as year-month-day, for example 2030-01-31." },
    { "hw_fix_below", "The homework was not assigned. Check the fields marked below." },
    { "no_homework", "No homework assigned yet." },
    { "for_one_member", "For one member" },
    { "state", "State" },
    { "answer", "Answer" },
    { "hw_not_answered", "Not answered or not shared" },
    { "hw_answered", "Answered and shared" },
    { "hw_reviewed", "Reviewed" },
    { "mark_reviewed", "Mark reviewed" },
    { "mark_reviewed_for", "Mark the answer of %1 reviewed" },
    { "forbidden_title", "Not available" },
    { "forbidden", "This page does not exist or is not one of yours." },
    { "not_found_title", "Not found" },
    { "not_found", "There is no such page." },
    { "bad_request_title", "That did not work" },
    { "error_title", "Something went wrong" },
    { "error", "The server could not finish this. Try again in a moment." },
    { "throttled", "Too many attempts. Wait a little and try again." },
    { "forged",
        "This form did not come from this page, or it is too old. Reload the page and try again." },
    // Answers to what someone typed or sent.
    { "sign_in_refused", "The sign-in name, password or code is not right. Try again." },
    { "session_ended", "Your session has ended. Sign in again." },
    { "setup_link_refused",
        "This set-up link is unknown, used or expired. Ask the clinic's administrator for a new "
        "one." },
    { "setup_password_set", "The password for this link is set already." },
    { "setup_password_first", "Set a password first." },
    { "setup_code_wrong",
        "That code does not match. Check the time on your phone and enter the current code." },
    { "passwords_differ", "The two passwords are not the same." },
    { "pw_too_short", "Use at least %1 characters." },
    { "pw_too_long", "Use at most %1 characters." },
    { "pw_run", "Do not use one character or a straight run of characters." },
    { "pw_repeated", "Do not repeat a short piece of text." },
    { "pw_few_characters", "Use more different characters." },
    { "pw_common", "This is one of the passwords guessed first. Choose another." },
    { "pw_has_login", "Do not use your sign-in name in the password." },
    { "get_and_post_only", "This page takes GET and POST only." },
    { "get_only", "This page takes GET only." },
    { "get_has_no_body", "A GET request has no body." },
    { "form_type", "Send the form as application/x-www-form-urlencoded." },
    { "form_too_large", "The form is larger than %1 bytes." },
    { "unknown_step", "The form names no known step." },
    { "form_body_too_large", "the form is larger than %1 bytes" },
    { "form_too_many_fields", "the form has more than %1 fields" },
    { "form_unknown_field", "the form has a field this page does not take" },
    { "form_field_too_long", "the field \"%1\" is longer than %2 characters" },
    { "form_field_twice", "the field \"%1\" is sent twice" },
};
} // namespace

const std::initializer_list<std::pair<const char *, const char *>> &allTexts()
{
    return kEnglish;
}

QString text(const char *key)
{
    for (const auto &[k, v] : kEnglish) {
        if (std::strcmp(k, key) == 0)
            return QString::fromUtf8(v);
    }
    return QString::fromLatin1(key);
}

} // namespace circle::portal
