#include "exchangefixture.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/message_differencer.h>

using namespace circle;
using namespace circle::test;
using namespace Qt::StringLiterals;
using google::protobuf::util::MessageDifferencer;

namespace {

// Every repeated field of the document is a record list; none may be empty
// after fillEveryType(), or the round trip would not cover that type.
void expectEveryListFilled(const v1::ExportDocument &doc)
{
    const auto *descriptor = doc.GetDescriptor();
    const auto *reflection = doc.GetReflection();
    int lists = 0;
    for (int i = 0; i < descriptor->field_count(); ++i) {
        const auto *field = descriptor->field(i);
        if (!field->is_repeated())
            continue;
        ++lists;
        EXPECT_GT(reflection->FieldSize(doc, field), 0) << field->name();
    }
    int types = 0;
    forEachRecordType([&]<typename T>() { ++types; });
    EXPECT_EQ(lists, types) << "the export document and forEachRecordType disagree";
}

} // namespace

TEST_F(ExchangeTest, ExportsEveryRecordTypeAndImportsItBackExactly)
{
    fillEveryType();
    const QByteArray first = exportOf(a());
    const v1::ExportDocument doc = parse(first);
    EXPECT_EQ(doc.format_version(), DataExchange::FormatVersion);
    EXPECT_EQ(doc.exported_ms(), m_clock.nowMs());
    EXPECT_EQ(doc.schema_version(), a().schemaVersion());
    expectEveryListFilled(doc);

    auto summary = DataExchange(b()).importJson(first);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary.value().inserted, total(a()));
    EXPECT_EQ(summary.value().updated, 0);
    EXPECT_EQ(summary.value().unchanged, 0);
    EXPECT_EQ(counts(b()), counts(a()));

    const QByteArray second = exportOf(b());
    EXPECT_EQ(second, first);
    EXPECT_TRUE(MessageDifferencer::Equals(parse(second), doc));
}

TEST_F(ExchangeTest, KeysAreSnakeCaseAndEveryFieldIsPrinted)
{
    fillEveryType();
    const QByteArray json = exportOf(a());
    EXPECT_TRUE(json.contains("\"format_version\": 1"));
    EXPECT_TRUE(json.contains("\"journal_entries\""));
    EXPECT_TRUE(json.contains("\"written_ms\""));
    EXPECT_FALSE(json.contains("\"writtenMs\""));
    EXPECT_TRUE(json.contains("\"deleted\": false")); // defaults are shown, not left out
    EXPECT_TRUE(json.contains("\"status\": \"GOAL_STATUS_PAUSED\"")); // enums by name
}

TEST_F(ExchangeTest, TombstonesAndUnsetOptionalsSurviveTheTrip)
{
    fillEveryType();
    ASSERT_TRUE(DataExchange(b()).importJson(exportOf(a())).ok());

    auto live = Repository<v1::JournalEntry>(b()).list().value().items;
    auto all = Repository<v1::JournalEntry>(b()).list(PageRequest { 50, {}, true }).value().items;
    EXPECT_EQ(live.size(), 2u);
    ASSERT_EQ(all.size(), 3u);
    int tombstones = 0;
    int withoutMood = 0;
    for (const auto &e : all) {
        tombstones += e.meta().deleted() ? 1 : 0;
        withoutMood += (!e.meta().deleted() && !e.has_mood()) ? 1 : 0;
        if (e.meta().deleted()) {
            EXPECT_TRUE(e.text().empty()) << "a tombstone must not bring its text back";
        }
    }
    EXPECT_EQ(tombstones, 1);
    EXPECT_EQ(withoutMood, 1) << "an entry without a mood must not come back rated 0";
}

TEST_F(ExchangeTest, ImportingTheSameFileTwiceChangesNothing)
{
    fillEveryType();
    const QByteArray json = exportOf(a());
    ASSERT_TRUE(DataExchange(b()).importJson(json).ok());
    const auto countsAfterFirst = counts(b());
    const qint64 outboxAfterFirst = outboxCount(b());
    EXPECT_GT(outboxAfterFirst, 0) << "imported patient records are queued for sync";

    auto again = DataExchange(b()).importJson(json);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value().inserted, 0);
    EXPECT_EQ(again.value().updated, 0);
    EXPECT_EQ(again.value().unchanged, total(a()));
    EXPECT_EQ(counts(b()), countsAfterFirst);
    EXPECT_EQ(outboxCount(b()), outboxAfterFirst);
    EXPECT_EQ(exportOf(b()), json);
}

TEST_F(ExchangeTest, ImportingAStoresOwnExportIntoItselfChangesNothing)
{
    fillEveryType();
    const qint64 outbox = outboxCount(a());
    auto summary = DataExchange(a()).importJson(exportOf(a()));
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary.value().unchanged, total(a()));
    EXPECT_EQ(outboxCount(a()), outbox);
}

TEST_F(ExchangeTest, OnlyPatientRecordsAreQueuedForSync)
{
    fillEveryType();
    const v1::ExportDocument doc = parse(exportOf(a()));
    qint64 patientRecords = 0;
    forEachRecordType([&]<typename T>() {
        if (RecordTraits<T>::authority == Authority::Patient)
            patientRecords += Repository<T>(a()).count(true).value();
    });
    ASSERT_TRUE(DataExchange(b()).importJson(exportOf(a())).ok());
    EXPECT_EQ(outboxCount(b()), patientRecords)
        << "clinic records must not be pushed back to the clinic";
}

TEST_F(ExchangeTest, ALaterExportCarriesEditsAndDeletionsAndAnOlderOneUndoesNothing)
{
    const auto kept = created(a(), journal(u"First draft"_s, TestNowMs));
    const auto gone = created(a(), journal(u"Will be deleted"_s, TestNowMs));
    const QByteArray older = exportOf(a());
    ASSERT_TRUE(DataExchange(b()).importJson(older).ok());

    m_clock.advance(60'000);
    auto edited = kept;
    edited.set_text("Second draft");
    ASSERT_TRUE(Repository<v1::JournalEntry>(a()).update(edited).ok());
    ASSERT_TRUE(Repository<v1::JournalEntry>(a()).remove(qs(gone.meta().id())).ok());

    auto summary = DataExchange(b()).importJson(exportOf(a()));
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary.value().updated, 2);
    EXPECT_EQ(
        Repository<v1::JournalEntry>(b()).get(qs(kept.meta().id())).value().text(), "Second draft");
    EXPECT_EQ(Repository<v1::JournalEntry>(b()).get(qs(gone.meta().id())).error().code,
        Error::Code::NotFound);

    // Importing the older file again neither revives the deleted entry nor
    // replaces the second draft: the newer stamps win. The first draft may come
    // back only as a visible conflict copy, never over the newer text.
    auto stale = DataExchange(b()).importJson(older);
    ASSERT_TRUE(stale.ok()) << stale.error().message.toStdString();
    EXPECT_EQ(stale.value().unchanged, 2);
    EXPECT_EQ(
        Repository<v1::JournalEntry>(b()).get(qs(kept.meta().id())).value().text(), "Second draft");
    EXPECT_EQ(Repository<v1::JournalEntry>(b()).get(qs(gone.meta().id())).error().code,
        Error::Code::NotFound);
}

// An import is a restore, not another device: an older file never forks text
// into conflict copies, and a second import of it changes nothing.
TEST_F(ExchangeTest, ImportingAnOlderFileTwiceAddsNothingTheSecondTime)
{
    const auto entry = created(a(), journal(u"First draft"_s, TestNowMs));
    const QByteArray older = exportOf(a());
    m_clock.advance(60'000);
    auto edited = entry;
    edited.set_text("Second draft");
    ASSERT_TRUE(Repository<v1::JournalEntry>(a()).update(edited).ok());
    ASSERT_TRUE(DataExchange(b()).importJson(older).ok());
    ASSERT_TRUE(DataExchange(b()).importJson(exportOf(a())).ok());
    EXPECT_EQ(Repository<v1::JournalEntry>(b()).count().value(), 1) << "nothing was edited on B";

    ASSERT_TRUE(DataExchange(b()).importJson(older).ok());
    const auto countsOnce = counts(b());
    const qint64 outboxOnce = outboxCount(b());
    auto twice = DataExchange(b()).importJson(older);
    ASSERT_TRUE(twice.ok());
    EXPECT_EQ(twice.value().inserted + twice.value().updated, 0);
    EXPECT_EQ(counts(b()), countsOnce);
    EXPECT_EQ(outboxCount(b()), outboxOnce);
}

// A file from the patient's other phone, with a later edit of text this phone
// also changed: the text written here stays, as a copy the patient can see.
TEST_F(ExchangeTest, TextWrittenHereStaysAsACopyWhenTheFileHasALaterEditMadeApart)
{
    const auto entry = created(a(), journal(u"First draft"_s, TestNowMs));
    ASSERT_TRUE(DataExchange(b()).importJson(exportOf(a())).ok());

    m_clock.advance(1000);
    auto onB = Repository<v1::JournalEntry>(b()).get(qs(entry.meta().id())).value();
    onB.set_text("Written on B");
    ASSERT_TRUE(Repository<v1::JournalEntry>(b()).update(onB).ok());
    m_clock.advance(60'000);
    auto onA = entry;
    onA.set_text("Written on A, later");
    ASSERT_TRUE(Repository<v1::JournalEntry>(a()).update(onA).ok());

    const QByteArray later = exportOf(a());
    ASSERT_TRUE(DataExchange(b()).importJson(later).ok());
    const auto all = Repository<v1::JournalEntry>(b()).list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all.value().items.size(), 2u);
    for (const auto &e : all.value().items) {
        if (e.meta().id() == entry.meta().id()) {
            EXPECT_EQ(e.text(), "Written on A, later");
        } else {
            EXPECT_EQ(e.text(), "Written on B");
            EXPECT_EQ(e.conflict_of(), entry.meta().id());
        }
    }
    // The same file again: the stored version came from it, so nothing forks.
    const auto countsOnce = counts(b());
    ASSERT_TRUE(DataExchange(b()).importJson(later).ok());
    EXPECT_EQ(counts(b()), countsOnce);
}

TEST_F(ExchangeTest, LongAndInternationalTextIsStoredExactly)
{
    // Arabic and Hebrew (right to left), emoji outside the BMP (surrogate pairs
    // in UTF-16), a ZWJ sequence, combining marks and a zero-width joiner.
    const QString pattern
        = u"שלום, אני כאן. مرحبا، أنا هنا. 🙂👩‍👩‍👧 é ñ \u200d"_s;
    QString longText;
    while (longText.size() < 100'000)
        longText += pattern;
    longText.truncate(100'000);
    if (longText.back().isHighSurrogate()) // never cut a character in half
        longText.back() = u'.';
    ASSERT_EQ(longText.size(), 100'000);

    auto entry = created(a(), journal(longText, TestNowMs));
    auto g = gratitude(u"🙏 תודה"_s, TestNowMs);
    g.add_items(utf8(u"شكرا"_s));
    created(a(), g);

    const QByteArray json = exportOf(a());
    ASSERT_TRUE(DataExchange(b()).importJson(json).ok());
    auto back = Repository<v1::JournalEntry>(b()).get(qs(entry.meta().id()));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value().text(), utf8(longText)); // byte for byte
    EXPECT_EQ(qs(back.value().text()), longText);
    EXPECT_EQ(exportOf(b()), json);
    auto grateful = Repository<v1::GratitudeEntry>(b()).list().value().items;
    ASSERT_EQ(grateful.size(), 1u);
    EXPECT_EQ(qs(grateful.front().items(0)), u"🙏 תודה"_s);
    EXPECT_EQ(qs(grateful.front().items(2)), u"شكرا"_s);
}

TEST_F(ExchangeTest, AnEmptyStoreExportsAnEmptyDocument)
{
    const auto doc = parse(exportOf(b()));
    EXPECT_EQ(doc.format_version(), 1);
    EXPECT_EQ(doc.journal_entries_size(), 0);
    auto summary = DataExchange(a()).importJson(exportOf(b()));
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary.value().inserted + summary.value().updated + summary.value().unchanged, 0);
}

TEST_F(ExchangeTest, ExportPagesThroughLargeStores)
{
    // More than one page (the export reads 1000 at a time).
    sql::Transaction tx(a().connection());
    for (int i = 0; i < 2100; ++i)
        created(a(), mood(u"note %1"_s.arg(i), i % 11, TestNowMs - i * 60'000));
    ASSERT_TRUE(tx.commit().ok());
    const auto doc = parse(exportOf(a()));
    EXPECT_EQ(doc.mood_check_ins_size(), 2100);
    ASSERT_TRUE(DataExchange(b()).importJson(exportOf(a())).ok());
    EXPECT_EQ(Repository<v1::MoodCheckIn>(b()).count().value(), 2100);
}
