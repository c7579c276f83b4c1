#include "journalpromptmodel.h"

#include <QCoreApplication>

#include <iterator>

namespace circle {

namespace {

constexpr char Context[] = "circle::JournalPromptModel";

struct Prompt
{
    const char *id; // stable: stored with the entry, so never renumber
    const char *topic;
    const char *text;
};

struct Topic
{
    const char *key; // stored with the entry (JournalEntry.topic)
    const char *label;
};

// Topics from the work of process groups; at least five prompts each.
constexpr Topic Topics[] = {
    { "relationships", QT_TRANSLATE_NOOP("circle::JournalPromptModel", "Relationships") },
    { "goals", QT_TRANSLATE_NOOP("circle::JournalPromptModel", "Goal setting") },
    { "emotions", QT_TRANSLATE_NOOP("circle::JournalPromptModel", "Emotional expression") },
    { "identity", QT_TRANSLATE_NOOP("circle::JournalPromptModel", "Identity") },
    { "coping", QT_TRANSLATE_NOOP("circle::JournalPromptModel", "Coping") },
    { "communication", QT_TRANSLATE_NOOP("circle::JournalPromptModel", "Communication") },
    { "boundaries", QT_TRANSLATE_NOOP("circle::JournalPromptModel", "Boundaries") },
    { "self_esteem", QT_TRANSLATE_NOOP("circle::JournalPromptModel", "Self-esteem") },
    { "grief", QT_TRANSLATE_NOOP("circle::JournalPromptModel", "Grief and loss") },
    { "transitions", QT_TRANSLATE_NOOP("circle::JournalPromptModel", "Life transitions") },
    { "mindfulness", QT_TRANSLATE_NOOP("circle::JournalPromptModel", "Mindfulness") },
};

constexpr Prompt Prompts[] = {
    { "relationships-1", "relationships",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Who in your life felt easy to be around this week, and what made it easy?") },
    { "relationships-2", "relationships",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Think of a relationship that feels strained. What do you wish the other person "
            "understood?") },
    { "relationships-3", "relationships",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Which of your relationships helps your recovery, and how could you tend to it?") },
    { "relationships-4", "relationships",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Describe a moment when you felt close to someone. What made that moment possible?") },
    { "relationships-5", "relationships",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Is there someone you have been avoiding? Write about what keeps the distance.") },
    { "relationships-6", "relationships",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "How did you show someone you cared about them recently?") },
    { "goals-1", "goals",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What is one thing you want to be different a month from now?") },
    { "goals-2", "goals",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Pick one goal and break it into the smallest step you could take tomorrow.") },
    { "goals-3", "goals",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What got in the way of a goal this week, and what could you try differently?") },
    { "goals-4", "goals",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Why does your most important goal matter to you? Write it for a hard day.") },
    { "goals-5", "goals",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What progress have you made lately that nobody else may have noticed?") },
    { "emotions-1", "emotions",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Name three feelings you had today and where you noticed them in your body.") },
    { "emotions-2", "emotions",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Which feeling is hardest for you to show to others? Where did you learn to hide "
            "it?") },
    { "emotions-3", "emotions",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Write about a moment this week when a feeling surprised you.") },
    { "emotions-4", "emotions",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "If your anger, sadness or fear could speak, what would it want you to know?") },
    { "emotions-5", "emotions",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What helps you put a feeling into words instead of acting on it?") },
    { "identity-1", "identity",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Which words describe who you are, apart from any diagnosis or role?") },
    { "identity-2", "identity",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What values do you want your choices to reflect this week?") },
    { "identity-3", "identity",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "How is the person you are now different from who you were a year ago?") },
    { "identity-4", "identity",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What part of yourself would you like others in the group to see more of?") },
    { "identity-5", "identity",
        QT_TRANSLATE_NOOP(
            "circle::JournalPromptModel", "Describe something you do that feels truly like you.") },
    { "coping-1", "coping",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What did you do the last time a craving or strong urge came up, and how did it go?") },
    { "coping-2", "coping",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "List the things that calm you down in five minutes or less.") },
    { "coping-3", "coping",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Which warning signs tell you that a hard stretch is starting?") },
    { "coping-4", "coping",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Write about a difficult moment you got through. What helped you get through it?") },
    { "coping-5", "coping",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Which coping habit would you like to swap for a kinder one, and what could replace "
            "it?") },
    { "communication-1", "communication",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Think of a conversation that went badly. What would you say differently now?") },
    { "communication-2", "communication",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "When do you find it hardest to listen, and what happens inside you then?") },
    { "communication-3", "communication",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Write the words you would use to ask for something you need.") },
    { "communication-4", "communication",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What did you say in group, or hold back, that you keep thinking about?") },
    { "communication-5", "communication",
        QT_TRANSLATE_NOOP(
            "circle::JournalPromptModel", "How do you let people know that you are struggling?") },
    { "boundaries-1", "boundaries",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Where did you say yes this week when you wanted to say no?") },
    { "boundaries-2", "boundaries",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Describe a boundary you kept. How did you feel before and after?") },
    { "boundaries-3", "boundaries",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Which people or places make your limits harder to hold?") },
    { "boundaries-4", "boundaries",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Write a short, kind sentence you could use to say no.") },
    { "boundaries-5", "boundaries",
        QT_TRANSLATE_NOOP(
            "circle::JournalPromptModel", "What boundary would protect your recovery right now?") },
    { "self_esteem-1", "self_esteem",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Write down three things you did well this week, however small.") },
    { "self_esteem-2", "self_esteem",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What would you say to a friend who talked to themselves the way you do?") },
    { "self_esteem-3", "self_esteem",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Which criticism of yourself do you hear most often? Is it fair?") },
    { "self_esteem-4", "self_esteem",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Describe a strength that has helped you survive hard times.") },
    { "self_esteem-5", "self_esteem",
        QT_TRANSLATE_NOOP(
            "circle::JournalPromptModel", "When did you last feel proud of yourself, and why?") },
    { "grief-1", "grief",
        QT_TRANSLATE_NOOP(
            "circle::JournalPromptModel", "What or whom are you missing right now?") },
    { "grief-2", "grief",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Write a letter to someone or something you have lost. You do not have to send it.") },
    { "grief-3", "grief",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel", "How has your grief changed over time?") },
    { "grief-4", "grief",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What have you lost through your struggles, and what might you still be able to "
            "regain?") },
    { "grief-5", "grief",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Which memory of the person or time you lost do you want to keep close?") },
    { "transitions-1", "transitions",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What change in your life are you in the middle of right now?") },
    { "transitions-2", "transitions",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "What are you leaving behind with this change, and what are you moving towards?") },
    { "transitions-3", "transitions",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Which change in the past turned out better than you feared?") },
    { "transitions-4", "transitions",
        QT_TRANSLATE_NOOP(
            "circle::JournalPromptModel", "Who can you lean on while things are uncertain?") },
    { "transitions-5", "transitions",
        QT_TRANSLATE_NOOP(
            "circle::JournalPromptModel", "What stays the same for you, whatever else changes?") },
    { "mindfulness-1", "mindfulness",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Stop for a minute. What can you hear, see and feel right now?") },
    { "mindfulness-2", "mindfulness",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Describe one ordinary thing you did today as if you were noticing it for the first "
            "time.") },
    { "mindfulness-3", "mindfulness",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "Which thought kept coming back today? Write it down without judging it.") },
    { "mindfulness-4", "mindfulness",
        QT_TRANSLATE_NOOP("circle::JournalPromptModel",
            "How does your breathing feel at this moment? Take three slow breaths and write what "
            "changed.") },
    { "mindfulness-5", "mindfulness",
        QT_TRANSLATE_NOOP(
            "circle::JournalPromptModel", "What is one thing you can enjoy slowly today?") },
};

QString translated(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

const Prompt *find(const QString &id)
{
    for (const Prompt &p : Prompts) {
        if (id == QLatin1String(p.id))
            return &p;
    }
    return nullptr;
}

} // namespace

JournalPromptModel::JournalPromptModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int JournalPromptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::size(Prompts));
}

QVariant JournalPromptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Prompt &p = Prompts[index.row()];
    switch (role) {
    case PromptIdRole:
        return QString::fromLatin1(p.id);
    case TopicRole:
        return QString::fromLatin1(p.topic);
    case TopicLabelRole:
        return topicLabel(QString::fromLatin1(p.topic));
    case Qt::DisplayRole:
    case TextRole:
        return translated(p.text);
    }
    return {};
}

QHash<int, QByteArray> JournalPromptModel::roleNames() const
{
    return {
        { PromptIdRole, "promptId" },
        { TopicRole, "topic" },
        { TopicLabelRole, "topicLabel" },
        { TextRole, "promptText" },
    };
}

QString JournalPromptModel::promptText(const QString &promptId)
{
    const Prompt *p = find(promptId);
    return p ? translated(p->text) : QString();
}

QString JournalPromptModel::topicOf(const QString &promptId)
{
    const Prompt *p = find(promptId);
    return p ? QString::fromLatin1(p->topic) : QString();
}

QString JournalPromptModel::topicLabel(const QString &topic)
{
    for (const Topic &t : Topics) {
        if (topic == QLatin1String(t.key))
            return translated(t.label);
    }
    // A topic from elsewhere (an older version, the clinic): shown as written.
    QString label = topic;
    label.replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QStringList JournalPromptModel::topics()
{
    QStringList keys;
    for (const Topic &t : Topics)
        keys.append(QString::fromLatin1(t.key));
    return keys;
}

} // namespace circle
