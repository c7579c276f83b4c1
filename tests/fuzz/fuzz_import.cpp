// The import JSON (circlectl import, and the app's "Import from file") through the
// real importer into a real store that already holds a few records, with ids the
// seed corpus uses too, so that merging into existing records is reached at once.
//
// What must hold for every input (core/exchange.h):
// - a refused document changes nothing, and says why;
// - an accepted one, imported again, changes nothing (import is idempotent);
// - the store's own export, imported back, changes nothing (exact inverses).
// Each input runs inside a transaction that is rolled back afterwards.

#include "fuzzsupport.h"

#include "exchange.h"

using namespace circle;

namespace {

HlcStamp firstStamp;

// A journal entry and a goal the store holds before every input (small, so that the
// checks after each input stay quick).
constexpr const char *Baseline = R"({"format_version": 1,
  "journal_entries": [{"meta": {"id": "0190f0f0-0000-7000-8000-000000000001",
    "created_ms": "1767600000000", "updated_ms": "1767600000000",
    "hlc": "019b8d6c9c00.000000.fuzz"}, "text": "a calm day", "written_ms": "1767600000000"}],
  "goals": [{"meta": {"id": "0190f0f0-0000-7000-8000-000000000002",
    "created_ms": "1767600000000", "updated_ms": "1767600000000",
    "hlc": "019b8d6c9c00.000001.fuzz"}, "title": "Walk after group", "target_value": 3,
    "unit": "times a week", "start_date": "2026-01-05", "due_date": "2026-03-01",
    "status": "GOAL_STATUS_ACTIVE"}]})";

fuzz::TempStore &patient()
{
    static std::unique_ptr<fuzz::TempStore> temp = [] {
        // A fixed clock keeps runs of one input alike (stamps, "now" in validation).
        static ManualClock clock(1767600000000); // 2026-01-05
        auto made = fuzz::openTempStore(&clock);
        auto imported = DataExchange(*made->store).importJson(QByteArray(Baseline));
        if (!imported || imported.value().inserted != 2)
            fuzz::fail(
                "the baseline did not import", imported ? QString() : imported.error().message);
        firstStamp = made->store->hlc().last();
        return made;
    }();
    return *temp;
}

QString describeDifference(
    const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            return it.key();
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            return it.key() + QStringLiteral(" (gone)");
    return {};
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    patient();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Store &store = *patient().store;
    const QByteArray json = fuzz::bytes(data, size);
    store.hlc().restore(firstStamp); // the stored stamp rolls back with the transaction
    sql::Transaction outer(store.connection());
    CIRCLE_FUZZ_CHECK(outer.active());

    const auto before = fuzz::snapshot(store);
    DataExchange exchange(store);
    auto first = exchange.importJson(json);
    const auto afterFirst = fuzz::snapshot(store);
    if (!first) {
        CIRCLE_FUZZ_CHECK(!first.error().message.isEmpty());
        CIRCLE_FUZZ_CHECK(afterFirst == before,
            QStringLiteral("a refused import changed ") + describeDifference(before, afterFirst));
        return 0;
    }

    auto second = exchange.importJson(json);
    CIRCLE_FUZZ_CHECK(second.ok(), second.ok() ? QString() : second.error().message);
    CIRCLE_FUZZ_CHECK(second.value().inserted == 0 && second.value().updated == 0,
        QStringLiteral("a second import inserted %1 and updated %2")
            .arg(second.value().inserted)
            .arg(second.value().updated));
    const auto afterSecond = fuzz::snapshot(store);
    CIRCLE_FUZZ_CHECK(afterSecond == afterFirst,
        QStringLiteral("a second import changed ") + describeDifference(afterFirst, afterSecond));

    auto exported = exchange.exportJson();
    CIRCLE_FUZZ_CHECK(exported.ok(), exported.ok() ? QString() : exported.error().message);
    auto back = exchange.importJson(exported.value());
    CIRCLE_FUZZ_CHECK(back.ok(), back.ok() ? QString() : back.error().message);
    CIRCLE_FUZZ_CHECK(fuzz::snapshot(store) == afterSecond,
        QStringLiteral("importing the export changed the store"));
    return 0; // the outer transaction rolls everything back
}
