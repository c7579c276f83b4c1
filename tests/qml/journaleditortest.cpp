#include "storetestbase.h"

#include "journal/journaleditor.h"
#include "journal/journalpromptmodel.h"
#include "repository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace circle;

namespace {

class JournalEditorTest : public test::StoreTestBase
{
protected:
    QString storedText(const QString &id)
    {
        auto entry = Repository<v1::JournalEntry>(*m_store).get(id);
        return entry ? qs(entry.value().text()) : QString();
    }

    qint64 storedCount() { return Repository<v1::JournalEntry>(*m_store).count().value(); }
};

} // namespace

TEST_F(JournalEditorTest, AutosavesWithinASecondOfTyping)
{
    JournalEditor editor(*m_store, m_clock);
    QSignalSpy savedSpy(&editor, &JournalEditor::saved);
    editor.startNew();
    editor.setText(u"First words"_s);
    EXPECT_TRUE(editor.isDirty());
    EXPECT_TRUE(editor.entryId().isEmpty());
    // Typing on does not push the save back: one save within the delay.
    editor.setText(u"First words and more"_s);
    ASSERT_TRUE(savedSpy.wait(JournalEditor::AutosaveDelayMs + 500));
    EXPECT_FALSE(editor.isDirty());
    ASSERT_FALSE(editor.entryId().isEmpty());
    EXPECT_EQ(storedText(editor.entryId()), u"First words and more"_s);
    EXPECT_EQ(editor.statusText(), u"Saved"_s);

    // Later edits update the same entry rather than adding one.
    editor.setText(u"Changed"_s);
    ASSERT_TRUE(savedSpy.wait(JournalEditor::AutosaveDelayMs + 500));
    EXPECT_EQ(storedCount(), 1);
    EXPECT_EQ(storedText(editor.entryId()), u"Changed"_s);
}

TEST_F(JournalEditorTest, BlankTextIsNeverStoredAndKeepsWhatWasThere)
{
    JournalEditor editor(*m_store, m_clock);
    editor.startNew();
    editor.setText(u"   \n "_s);
    EXPECT_FALSE(editor.save());
    EXPECT_FALSE(editor.errorMessage().isEmpty());
    EXPECT_EQ(storedCount(), 0);
    // Leaving a blank new entry drops it quietly.
    EXPECT_TRUE(editor.close());
    EXPECT_EQ(storedCount(), 0);

    editor.startNew();
    editor.setText(u"kept"_s);
    ASSERT_TRUE(editor.save());
    const QString id = editor.entryId();
    editor.setText(QString());
    EXPECT_FALSE(editor.save());
    EXPECT_EQ(storedText(id), u"kept"_s);
    EXPECT_TRUE(editor.close());
    EXPECT_EQ(storedText(id), u"kept"_s);
}

TEST_F(JournalEditorTest, StoresLongEmojiAndRightToLeftTextExactly)
{
    QString text = u"مرحبا بالعالم — שלום 🌱🙂👩🏽‍🦱\n"_s;
    while (text.size() < 100'000)
        text += u"word "_s;
    JournalEditor editor(*m_store, m_clock);
    editor.startNew();
    editor.setText(text);
    ASSERT_TRUE(editor.save()) << editor.errorMessage().toStdString();
    EXPECT_EQ(storedText(editor.entryId()), text);
    JournalEditor reader(*m_store, m_clock);
    ASSERT_TRUE(reader.open(editor.entryId()));
    EXPECT_EQ(reader.text(), text);
}

TEST_F(JournalEditorTest, APromptGivesTheEntryItsTopic)
{
    JournalEditor editor(*m_store, m_clock);
    editor.startNew(u"boundaries-2"_s);
    EXPECT_EQ(editor.topic(), u"boundaries"_s);
    EXPECT_FALSE(editor.promptText().isEmpty());
    editor.setText(u"I said no to an extra shift."_s);
    ASSERT_TRUE(editor.save());
    auto entry = Repository<v1::JournalEntry>(*m_store).get(editor.entryId());
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry.value().prompt_id(), "boundaries-2");
    EXPECT_EQ(entry.value().topic(), "boundaries");
    EXPECT_EQ(entry.value().written_ms(), Now);
}

TEST_F(JournalEditorTest, OpensEditsAndDeletesAStoredEntry)
{
    addJournal(Now - DayMs, "yesterday's words", "coping", 5);
    const QString id
        = qs(Repository<v1::JournalEntry>(*m_store).list().value().items[0].meta().id());
    JournalEditor editor(*m_store, m_clock);
    ASSERT_TRUE(editor.open(id));
    EXPECT_EQ(editor.text(), u"yesterday's words"_s);
    EXPECT_FALSE(editor.isConflictCopy());
    editor.setText(u"yesterday's words, revised"_s);
    EXPECT_TRUE(editor.close());
    auto entry = Repository<v1::JournalEntry>(*m_store).get(id);
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry.value().text(), "yesterday's words, revised");
    EXPECT_EQ(entry.value().mood(), 5); // untouched by the editor

    ASSERT_TRUE(editor.open(id));
    EXPECT_TRUE(editor.remove());
    EXPECT_EQ(storedCount(), 0);
    EXPECT_FALSE(editor.open(id));
    EXPECT_FALSE(editor.errorMessage().isEmpty());
}

TEST(JournalPromptModelTest, AtLeastFivePromptsPerTopic)
{
    JournalPromptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList topics = JournalPromptModel::topics();
    EXPECT_EQ(topics.size(), 11);
    QHash<QString, int> perTopic;
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QString id = model.data(index, JournalPromptModel::PromptIdRole).toString();
        EXPECT_FALSE(ids.contains(id)) << id.toStdString();
        ids.insert(id);
        EXPECT_FALSE(model.data(index, JournalPromptModel::TextRole).toString().isEmpty());
        EXPECT_FALSE(model.data(index, JournalPromptModel::TopicLabelRole).toString().isEmpty());
        ++perTopic[model.data(index, JournalPromptModel::TopicRole).toString()];
    }
    for (const QString &topic : topics)
        EXPECT_GE(perTopic.value(topic), 5) << topic.toStdString();
    EXPECT_EQ(JournalPromptModel::topicLabel(u"grief"_s), u"Grief and loss"_s);
    EXPECT_EQ(JournalPromptModel::topicLabel(u"old_topic"_s), u"Old topic"_s);
    EXPECT_TRUE(JournalPromptModel::promptText(u"nope"_s).isEmpty());
}
