#pragma once

// The words of the demo week, kept apart from demodata.cpp so the code that
// places them in time stays short. Only demodata.cpp includes this file.
// Every name and phone number is invented; 555-01xx numbers are reserved for
// fiction. The crisis lines are real on purpose: a safety plan should work.

namespace circle::demo {

/** One evening's journal entry, daysAgo days before today in the group's zone. */
struct JournalRow
{
    int daysAgo;
    int hour;
    int minute;
    const char *promptId; // "" when written freely
    const char *topic;
    int mood; // -1: no mood given
    const char *text;
};

inline constexpr JournalRow journalRows[] = {
    { 7, 21, 10, "relationships-first-week", "relationships", 5,
        "First week back in group. I noticed I sat closest to the door again, like I always do. "
        "When K. talked about her brother I wanted to say something and didn't. Next time I want "
        "to at least say that it landed with me." },
    { 6, 22, 5, "", "coping", -1,
        "Rough afternoon. Got the call about the rent and my first thought was the old one. "
        "I did the five-things-I-can-see exercise in the car and then called Dana. "
        "The urge passed in about twenty minutes. Writing that down so I remember it passes." },
    { 5, 20, 40, "boundaries-say-no", "boundaries", 6,
        "Mom asked me to drive her to the casino on Saturday. Said no without a long excuse, "
        "which is new. She was quiet on the phone. I felt guilty for an hour and then mostly "
        "okay." },
    { 4, 21, 30, "feedback-hard-to-hear", "communication", 4,
        "In group someone said I make jokes whenever things get heavy. It stung because it's true. "
        "I think I learned that at home: if everyone is laughing nobody is yelling. "
        "I want to try staying with the heavy part a little longer." },
    { 3, 19, 55, "", "coping", 7,
        "Slept eight hours for the first time in weeks. Walked to the river before work. "
        "Small things, but the day felt wider." },
    { 2, 22, 20, "trust-who-knows", "relationships", -1,
        "Who actually knows what I'm working on? Dana, my sister, the group. That's more than a "
        "year ago, when it was nobody. Still haven't told anyone at work and I'm not sure I need "
        "to." },
    { 1, 21, 45, "goals-looking-back", "goals", 6,
        "Made it to two meetings this week and almost a third. What got in the way was telling "
        "myself I was too tired, when really I didn't want to walk in late. "
        "Walking in late is still walking in." },
};

/** One day's good things (one to three). */
struct GratitudeRow
{
    int daysAgo;
    const char *items[3]; // nullptr where the day has fewer
};

inline constexpr GratitudeRow gratitudeRows[] = {
    { 7, { "The facilitator remembered my name on the first night", nullptr, nullptr } },
    { 6, { "Dana picked up on the second ring", "Leftover soup", nullptr } },
    { 5,
        { "Saying no and the world not ending", "Sun through the kitchen window",
            "A text from my sister with a photo of her dog" } },
    { 4, { "Being told the truth kindly", nullptr, nullptr } },
    { 3, { "A full night's sleep", "The walk along the river", nullptr } },
    { 2,
        { "People who know my story and stay", "Coffee with an old friend who doesn't drink",
            nullptr } },
    { 1, { "A meeting close enough to walk to", "Finishing the week without a slip", nullptr } },
};

struct MoodRow
{
    int daysAgo;
    int hour;
    int score;
    const char *emotions[3];
    const char *note;
};

inline constexpr MoodRow moodRows[] = {
    { 7, 9, 5, { "nervous", "hopeful", nullptr }, "Group tonight." },
    { 6, 15, 3, { "anxious", "restless", nullptr }, "Money worries. Called Dana." },
    { 5, 12, 6, { "guilty", "relieved", nullptr }, "" },
    { 4, 22, 4, { "embarrassed", "thoughtful", nullptr }, "Feedback in group." },
    { 3, 8, 7, { "rested", "calm", nullptr }, "" },
    { 2, 18, 6, { "content", nullptr, nullptr }, "" },
    { 1, 20, 6, { "proud", "tired", nullptr }, "Two meetings this week." },
};

/** Twelve weekly topics; the facilitators may change them as the group needs. */
inline constexpr const char *sessionTopics[12] = {
    "Getting to know each other and the group agreement",
    "What brought each of us here",
    "Triggers and the moments before them",
    "Families we grew up in",
    "Boundaries: saying no and hearing no",
    "Shame and what it keeps us from saying",
    "No group this week: facilitators away",
    "Giving and taking feedback",
    "Trust, repair and second chances",
    "Grief and the things we lost to using",
    "Building a plan for hard days",
    "Saying goodbye and what comes next",
};
inline constexpr int cancelledSessionNumber = 7;

inline constexpr const char *groupDescription
    = "A closed process group for adults in early recovery. We meet weekly for twelve weeks, "
      "talk about what is happening between us in the room, and practise new ways of relating "
      "with people who understand.";

inline constexpr const char *agreementText
    = "Our group agreement (version 1)\n\n"
      "What is said here stays here. Do not repeat names or stories from group to anyone outside "
      "it. The facilitators keep this too, with one exception: if someone's safety is at risk, "
      "they will act to protect it.\n\n"
      "You may always pass. Nobody has to answer a question or share more than they want to.\n\n"
      "Treat each other with dignity. Disagree with ideas, never put down a person. No name-"
      "calling, mocking or talking over someone.\n\n"
      "No violence and no threats, in words or actions. Anyone who makes the room unsafe will "
      "be asked to leave.\n\n"
      "Come to group clear-headed: no alcohol or drugs on the day of a session.\n\n"
      "Come every week and be on time. If you cannot make it, let the facilitators know "
      "beforehand. Repeated absences are something we will talk about together.\n\n"
      "If you decide to leave the group, come to one more session to say goodbye, so that you "
      "and the others can finish well.";

inline constexpr const char *homeworkTitle = "Notice one boundary";
inline constexpr const char *homeworkInstructions
    = "Some time before next group, notice one moment when you said yes but wanted to say no, or "
      "the other way round. Write down what happened, what you felt in your body, and what you "
      "would like to say next time. Bring it to group if you are willing to share it.";

/** A contact line of the safety plan. */
struct ContactRow
{
    const char *name;
    const char *phone;
    const char *note;
};

inline constexpr const char *warningSigns[] = {
    "Skipping meals and staying up past 2 am",
    "Telling myself I'm fine when someone asks",
    "Driving past the old places 'just to see'",
    "Not answering texts for a whole day",
};

inline constexpr const char *copingSteps[] = {
    "Name five things I can see, four I can hear, three I can touch",
    "Cold water on my face, then a slow walk around the block",
    "Play the playlist Dana made me and wait out one song at a time",
    "Write in the journal what the urge is saying and what I actually want",
};

inline constexpr ContactRow peopleAndPlaces[] = {
    { "Dana (sponsor)", "555-0134", "Any time, even late" },
    { "My sister Mia", "555-0172", "Evenings and weekends" },
    { "Riverside public library", "", "Quiet, open until 8 pm, nobody expects anything" },
};

inline constexpr ContactRow professionalContacts[] = {
    { "Dr. Renee Alvarez (group facilitator)", "555-0148", "Clinic line, weekdays 9 to 5" },
    { "Riverside Counseling Center front desk", "555-0100", "Ask for the on-call clinician" },
};

inline constexpr ContactRow crisisContacts[] = {
    { "988 Suicide & Crisis Lifeline", "988", "Call or text, any hour" },
    { "SAMHSA National Helpline", "1-800-662-4357", "Free and confidential, every day, all year" },
    { "Emergency services", "911", "If I or someone else is in danger right now" },
};

inline constexpr const char *reasonsToLive
    = "My sister's kids, who think I'm the funniest person alive. Seeing the river in every "
      "season. Finding out who I am without the bottle.";

inline constexpr const char *safeEnvironment
    = "Nothing to drink in the flat. Dana holds the spare key and my old prescriptions went back "
      "to the pharmacy.";

} // namespace circle::demo
