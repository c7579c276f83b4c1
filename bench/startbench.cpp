// circle_startbench: how fast the real app starts and opens a large journal,
// measured as whole processes against an empty Qt Quick window.
//
//   circle_startbench --app=PATH --bare=PATH [--rounds=N] [--large=10000]
//                     [--small=100] [--doc=docs/benchmarks.md] [--command=TEXT]
//
// Needs a display (./circle bench runs it under Xvfb) and the platform key
// store (a Secret Service on the session bus): the app takes its database key
// from there, so the stores are made with keys put there the same way.
//
// Each round starts circle_barewindow, the app on the large store and the app
// on the small store, in an order that rotates from round to round, so load
// from other work falls on every kind alike; the table shows medians. The app
// runs with --bench-report, which prints when its first frame was on screen
// (CLOCK_MONOTONIC, the clock read here just before starting it), its peak
// memory then, and the times of opening the journal and of each search until
// the frame that shows them.
//
// Exit code 1 when a run failed; a missed target is reported, not fatal.

#include "benchreport.h"
#include "journalcorpus.h"

#include "keystore.h"
#include "repository.h"
#include "sqlite.h"
#include "startprobe.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace circle;
using namespace circle::bench;

namespace {

constexpr auto BeginMarker = "<!-- appstart:begin (written by circle_startbench) -->";
constexpr auto EndMarker = "<!-- appstart:end -->";
constexpr int FillBatch = 5000;
constexpr int ProcessTimeoutMs = 120'000;

using startprobe::monotonicNs;

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/** What one process reported: times in ms, memory in KiB. */
struct Sample
{
    double firstFrameMs = 0;
    double firstFramePeakKib = 0;
    double peakKib = 0;
    std::optional<double> journalOpenMs;
    /** Scrolling the journal list: the median and the slowest step to its frame. */
    std::optional<double> scrollMedianMs, scrollMaxMs;
    std::map<QString, double> searchMs;
    std::map<QString, int> searchRows;
    /** The phases of the start (see PhaseNames), where the process reported them. */
    std::array<std::optional<double>, 6> phaseMs;
};

constexpr const char *PhaseNames[] = {
    "process start to main()",
    "main() to the database key (Qt's start, the key store over D-Bus; the QML types start loading "
    "on their own thread)",
    "opening the store",
    "building the view models",
    "loading the QML (the rest of Main.qml's types, then the window and Today; the bare window's "
    "one window)",
    "QML loaded to the first frame",
};

/** Every sample of one kind of run, and the medians the table shows. */
struct Series
{
    std::vector<Sample> samples;
    std::optional<double> med(double Sample::*field) const
    {
        std::vector<double> v;
        for (const Sample &s : samples)
            v.push_back(s.*field);
        return v.empty() ? std::nullopt : std::optional<double>(median(v));
    }
    std::optional<double> phase(size_t i) const
    {
        std::vector<double> v;
        for (const Sample &s : samples)
            if (s.phaseMs[i])
                v.push_back(*s.phaseMs[i]);
        return v.empty() ? std::nullopt : std::optional<double>(median(v));
    }
    /** The median of a measure only some runs report. */
    std::optional<double> med(std::optional<double> Sample::*field) const
    {
        std::vector<double> v;
        for (const Sample &s : samples)
            if (s.*field)
                v.push_back(*(s.*field));
        return v.empty() ? std::nullopt : std::optional<double>(median(v));
    }
    std::optional<double> search(const QString &word) const
    {
        std::vector<double> v;
        for (const Sample &s : samples)
            if (auto it = s.searchMs.find(word); it != s.searchMs.end())
                v.push_back(it->second);
        return v.empty() ? std::nullopt : std::optional<double>(median(v));
    }
    int rows(const QString &word) const
    {
        for (const Sample &s : samples)
            if (auto it = s.searchRows.find(word); it != s.searchRows.end())
                return it->second;
        return -1;
    }
};

/**
 * A journal of size entries in dir, encrypted with a key the platform key
 * store now holds for that folder, exactly where the app will look for it.
 */
Result<void> fillStore(KeyStore &keys, const QString &dir, int size, QString *cipherVersion)
{
    QDir().mkpath(dir);
    const auto key = keys.loadOrCreate(databaseKeyAccount(dir), Store::KeySize);
    if (!key.ok())
        return Error::make(Error::Code::Io, u"key store: "_s + key.error);
    StoreOptions options;
    options.dataDir = dir;
    options.key = key.key;
    auto opened = Store::open(options);
    if (!opened)
        return opened.error();
    Store &store = *opened.value();
    *cipherVersion = store.cipherVersion();
    Repository<v1::JournalEntry> journal(store);
    const JournalCorpus corpus(size);
    for (int first = 0; first < size; first += FillBatch) {
        // One transaction per batch, as circle_bench fills its stores.
        sql::Transaction tx(store.connection());
        if (!tx.active())
            return tx.beginError();
        for (int i = first; i < std::min(size, first + FillBatch); ++i)
            if (auto r = journal.create(corpus.entry(i)); !r)
                return r.error();
        // A journal this long has long been synced: its outbox is empty.
        if (auto r = store.connection().exec("DELETE FROM outbox", "Emptying the outbox"); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
    }
    return {};
}

/** Starts program, waits for it and reads its "bench ..." lines; an error in words otherwise. */
std::optional<Sample> runOnce(const QString &program, const QStringList &args, QString *error)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    const qint64 startedNs = monotonicNs();
    process.start();
    if (!process.waitForStarted() || !process.waitForFinished(ProcessTimeoutMs)) {
        *error = u"%1 did not start or did not finish: %2"_s.arg(program, process.errorString());
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    const QString err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"%1 failed (exit %2): %3"_s.arg(program).arg(process.exitCode()).arg(err);
        return std::nullopt;
    }
    Sample s;
    bool frame = false;
    qint64 frameNs = 0;
    std::vector<qint64> moments; // main, key, store, models, qml; 0 where not reported
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 3 || f[0] != "bench")
            continue;
        if (f[1] == "first-frame-ns") {
            frameNs = f[2].toLongLong();
            s.firstFrameMs = double(frameNs - startedNs) / 1e6;
            frame = true;
        } else if (f[1] == "first-frame-peak-kib") {
            s.firstFramePeakKib = f[2].toDouble();
            s.peakKib = std::max(s.peakKib, s.firstFramePeakKib);
        } else if (f[1] == "moments-ns" && f.size() == 7) {
            for (int i = 2; i < 7; ++i)
                moments.push_back(f[i].toLongLong());
        } else if (f[1] == "peak-kib") {
            s.peakKib = f[2].toDouble();
        } else if (f[1] == "journal-open-us") {
            s.journalOpenMs = f[2].toDouble() / 1000.0;
        } else if (f[1] == "scroll-us" && f.size() >= 4) {
            s.scrollMedianMs = f[2].toDouble() / 1000.0;
            s.scrollMaxMs = f[3].toDouble() / 1000.0;
        } else if (f[1] == "search-us" && f.size() >= 6) {
            const QString word = QString::fromUtf8(f[2]);
            s.searchMs[word] = f[3].toDouble() / 1000.0;
            s.searchRows[word] = f[5].toInt();
        }
    }
    if (!frame) {
        *error = u"%1 printed no first frame: %2"_s.arg(program, err);
        return std::nullopt;
    }
    if (moments.size() == 5) {
        // Each phase runs from the last moment reported before it.
        qint64 last = startedNs;
        for (size_t i = 0; i < 5; ++i) {
            if (moments[i] == 0)
                continue;
            s.phaseMs[i] = double(moments[i] - last) / 1e6;
            last = moments[i];
        }
        s.phaseMs[5] = double(frameNs - last) / 1e6;
    }
    return s;
}

QString ms(std::optional<double> v)
{
    if (!v)
        return u"—"_s;
    return *v < 10 ? u"%1 ms"_s.arg(*v, 0, 'f', 2) : u"%1 ms"_s.arg(*v, 0, 'f', 1);
}

QString mib(std::optional<double> kib)
{
    return kib ? u"%1 MiB"_s.arg(*kib / 1024.0, 0, 'f', 1) : u"—"_s;
}

std::optional<double> ratio(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b || *b <= 0)
        return std::nullopt;
    return *a / *b;
}

QString times(std::optional<double> r)
{
    return r ? u"%1×"_s.arg(*r, 0, 'f', 2) : u"—"_s;
}

QString number(int n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString appPath, barePath, docPath, command;
    int rounds = 9, large = 10000, small = 100;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a.startsWith(u"--app="_s))
            appPath = a.mid(6);
        else if (a.startsWith(u"--bare="_s))
            barePath = a.mid(7);
        else if (a.startsWith(u"--doc="_s))
            docPath = a.mid(6);
        else if (a.startsWith(u"--command="_s))
            command = a.mid(10);
        else if (a.startsWith(u"--rounds="_s))
            rounds = a.mid(9).toInt();
        else if (a.startsWith(u"--large="_s))
            large = a.mid(8).toInt();
        else if (a.startsWith(u"--small="_s))
            small = a.mid(8).toInt();
        else {
            std::fprintf(stderr, "unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    if (appPath.isEmpty() || barePath.isEmpty() || rounds < 1 || small < 1 || large <= small) {
        std::fprintf(stderr,
            "usage: circle_startbench --app=PATH --bare=PATH [--rounds=N] [--large=N] "
            "[--small=N] [--doc=FILE] [--command=TEXT]\n");
        return 2;
    }
    if (command.isEmpty())
        command = QCoreApplication::arguments().join(u' ');

    BenchReport report;
    report.setCommand(command);
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        std::fprintf(stderr, "cannot create a folder for the stores\n");
        return 1;
    }
    const auto keys = KeyStore::createDefault();
    const QString largeDir = tmp.filePath(u"large"_s);
    const QString smallDir = tmp.filePath(u"small"_s);
    QString cipher;
    for (const auto &[dir, size] :
        { std::pair { largeDir, large }, std::pair { smallDir, small } }) {
        std::fprintf(stderr, "filling a store with %d journal entries...", size);
        std::fflush(stderr);
        QElapsedTimer t;
        t.start();
        if (auto r = fillStore(*keys, dir, size, &cipher); !r) {
            std::fprintf(stderr, "\ncannot fill the store: %s\n", qPrintable(r.error().message));
            return 1;
        }
        std::fprintf(stderr, " %.1f s\n", double(t.elapsed()) / 1000.0);
    }
    report.setCipherVersion(cipher);

    const QString rare = JournalCorpus::rareTerm();
    const QString common = JournalCorpus::commonTerm();
    const QString words = rare + u',' + common;
    // OneLine: the bare window showing one line of text, a second yardstick for
    // information (what drawing anything at all costs; see barewindow.cpp).
    enum Kind { Bare, Large, Small, OneLine, KindCount };
    const auto runKind = [&](Kind kind, QString *error) {
        if (kind == Bare)
            return runOnce(barePath, {}, error);
        if (kind == OneLine)
            return runOnce(barePath, { u"--one-line"_s }, error);
        return runOnce(appPath,
            { u"--data-dir"_s, kind == Large ? largeDir : smallDir, u"--bench-report"_s, words },
            error);
    };

    // One start of each first, not counted: the first start after a build
    // reads the binaries and Qt's libraries from disk, which no later one does.
    QStringList failures;
    for (Kind kind : { Bare, Large, Small, OneLine }) {
        QString error;
        if (!runKind(kind, &error))
            failures << error;
    }
    std::map<Kind, Series> series;
    for (int round = 0; round < rounds && failures.size() < 3; ++round) {
        std::fprintf(stderr, "round %d of %d\n", round + 1, rounds);
        for (int k = 0; k < KindCount; ++k) {
            const Kind kind = Kind((round + k) % KindCount); // rotates who goes first
            QString error;
            if (auto s = runKind(kind, &error))
                series[kind].samples.push_back(*s);
            else
                failures << error;
        }
    }
    report.finish();

    const Series &bare = series[Bare];
    const Series &big = series[Large];
    const Series &little = series[Small];
    const Series &line = series[OneLine];
    const QString L = number(large), S = number(small);

    struct Target
    {
        QString what;
        std::optional<double> value;
        double limit;
    };
    std::vector<Target> targets;
    QString table;
    table += u"| measure | bare window | %1 entries | %2 entries | ratio | target |\n"_s.arg(S, L);
    table += u"|---|--:|--:|--:|--:|--:|\n"_s;
    const auto row = [&](const QString &what, const QString &b, const QString &s, const QString &l,
                         std::optional<double> r, const QString &note, double limit) {
        table += u"| %1 | %2 | %3 | %4 | %5 | %6 |\n"_s.arg(
            what, b, s, l, times(r), limit > 0 ? u"≤ %1× %2"_s.arg(limit).arg(note) : note);
        if (limit > 0)
            targets.push_back({ what, r, limit });
    };
    const auto firstFrame = &Sample::firstFrameMs;
    const auto framePeak = &Sample::firstFramePeakKib;
    const auto peak = &Sample::peakKib;
    row(u"process start to first frame"_s, ms(bare.med(firstFrame)), ms(little.med(firstFrame)),
        ms(big.med(firstFrame)), ratio(big.med(firstFrame), bare.med(firstFrame)),
        u"(%1 / bare)"_s.arg(L), 1.5);
    row(u"peak memory at first frame (VmHWM)"_s, mib(bare.med(framePeak)),
        mib(little.med(framePeak)), mib(big.med(framePeak)),
        ratio(big.med(framePeak), bare.med(framePeak)), u"(%1 / bare)"_s.arg(L), 1.3);
    row(u"journal page opened, to its first frame"_s, u""_s, ms(little.med(&Sample::journalOpenMs)),
        ms(big.med(&Sample::journalOpenMs)),
        ratio(big.med(&Sample::journalOpenMs), little.med(&Sample::journalOpenMs)),
        u"(%1 / %2)"_s.arg(L, S), 1.2);
    row(u"journal list scrolled a third of a screen, to its frame (median of %1 steps)"_s.arg(
            startprobe::JournalScrollSteps),
        u""_s, ms(little.med(&Sample::scrollMedianMs)), ms(big.med(&Sample::scrollMedianMs)),
        ratio(big.med(&Sample::scrollMedianMs), little.med(&Sample::scrollMedianMs)),
        u"for information (%1 / %2)"_s.arg(L, S), 0);
    row(u"journal list scrolled, the slowest of the %1 steps"_s.arg(startprobe::JournalScrollSteps),
        u""_s, ms(little.med(&Sample::scrollMaxMs)), ms(big.med(&Sample::scrollMaxMs)),
        ratio(big.med(&Sample::scrollMaxMs), little.med(&Sample::scrollMaxMs)),
        u"for information (%1 / %2)"_s.arg(L, S), 0);
    row(u"search, a word in %1 entries, to its first frame"_s.arg(JournalCorpus::RareHits), u""_s,
        ms(little.search(rare)), ms(big.search(rare)), ratio(big.search(rare), little.search(rare)),
        u"(%1 / %2)"_s.arg(L, S), 2.0);
    row(u"search, a word in 1% of entries (%1 and %2 found), to its first frame"_s
            .arg(little.rows(common))
            .arg(big.rows(common)),
        u""_s, ms(little.search(common)), ms(big.search(common)),
        ratio(big.search(common), little.search(common)), u"(%1 / %2)"_s.arg(L, S), 2.0);
    row(u"peak memory after the searches and scrolling (VmHWM)"_s, mib(bare.med(peak)),
        mib(little.med(peak)), mib(big.med(peak)), ratio(big.med(peak), bare.med(peak)),
        u"for information (%1 / bare)"_s.arg(L), 0);

    QString phases = u"Where the start goes (medians; a phase the bare window does not have "
                     "is counted in its next one):\n\n"_s;
    phases += u"| phase | bare window | %1 entries | %2 entries |\n|---|--:|--:|--:|\n"_s.arg(S, L);
    for (size_t i = 0; i < std::size(PhaseNames); ++i) {
        phases += u"| %1 | %2 | %3 | %4 |\n"_s.arg(QString::fromUtf8(PhaseNames[i]),
            ms(bare.phase(i)), ms(little.phase(i)), ms(big.phase(i)));
    }

    QString verdicts;
    for (const Target &t : targets) {
        verdicts += u"- %1: %2, target at most %3× — %4.\n"_s.arg(t.what, times(t.value))
                        .arg(t.limit)
                        .arg(!t.value                 ? u"not measured"_s
                                : *t.value <= t.limit ? u"met"_s
                                                      : u"missed"_s);
    }
    for (const QString &f : failures)
        verdicts += u"- Failed: %1\n"_s.arg(f);

    QString body = report.preamble();
    body += u"- Runs: %1 rounds, each starting the bare window, the app on %2 entries and the "
            "app on %3 entries once, in rotating order, after one uncounted start of each; "
            "%4, %5 and %6 runs measured (and the one-line window below in the same rotation). "
            "Times are medians; ratios are of medians.\n\n"_s.arg(rounds)
                .arg(L, S)
                .arg(bare.samples.size())
                .arg(big.samples.size())
                .arg(little.samples.size());
    QString yardstick = u"Against the bare window showing one line of text, for information "
                        "(%1 runs; no target):\n\n"_s.arg(line.samples.size());
    yardstick += u"| measure | one line of text | %1 entries | ratio |\n"_s.arg(L);
    yardstick += u"|---|--:|--:|--:|\n"_s;
    const auto against = [&](const QString &what, double Sample::*field, auto format) {
        yardstick += u"| %1 | %2 | %3 | %4 |\n"_s.arg(what, format(line.med(field)),
            format(big.med(field)), times(ratio(big.med(field), line.med(field))));
    };
    against(u"process start to first frame"_s, firstFrame, ms);
    against(u"peak memory at first frame (VmHWM)"_s, framePeak, mib);
    body += table + u'\n' + verdicts + u'\n' + yardstick + u'\n' + phases;

    std::printf("\n%s", qPrintable(body));
    if (!docPath.isEmpty()) {
        if (!BenchReport::writeSection(docPath, u"## App start and the journal page"_s,
                QString::fromLatin1(BeginMarker), QString::fromLatin1(EndMarker), body)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(docPath));
            return 1;
        }
        std::printf("wrote %s\n", qPrintable(docPath));
    }
    for (const QString &dir : { largeDir, smallDir })
        keys->remove(databaseKeyAccount(dir));
    return failures.isEmpty() ? 0 : 1;
}
