#pragma once

#include <QCommandLineOption>
#include <QStringList>

class QGuiApplication;
class QQuickWindow;

namespace circle {
class JournalListModel;
}

/**
 * The app's hook for circle_startbench (bench/startbench.cpp, docs/benchmarks.md).
 *
 * The app marks five moments of its start (five clock reads, always taken, so a
 * measured start is a normal one) and, only when started with --bench-report, hands
 * its window and journal to run(). A normal start never reaches run(). Everything
 * that times frames lives here, beside the benchmark that reads its lines, so the
 * app's main() only builds objects and loads the window.
 */
namespace circle::startreport {

/** The moments of the start that --bench-report prints, in order. */
enum class Moment { Main, KeyLoaded, StoreOpen, ModelsBuilt, QmlLoaded };

/** Notes that @p moment was reached now (CLOCK_MONOTONIC, as the benchmark reads it). */
void mark(Moment moment);

/** --bench-report WORDS: the option circle_startbench starts the app with. */
QCommandLineOption option();

/**
 * Once the first frame is on screen, prints when that was, the peak memory so far
 * and the marked moments, then opens the journal, searches it for each of @p words,
 * clears the search and scrolls the list startprobe::JournalScrollSteps times by a
 * third of a screen (the list reads more entries from the store as it goes), timing
 * each until its frame is on screen, and quits. Returns what the event loop returns.
 *
 * A frame counts for a change only when its scene was synchronized after the change
 * was made, so a frame already under way cannot be mistaken for it.
 */
int run(QGuiApplication &app, QQuickWindow &window, JournalListModel &journal,
    const QStringList &words);

} // namespace circle::startreport
