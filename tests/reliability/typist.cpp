// circle_typist: types into the real JournalEditor, the view model behind the
// journal's editor page, with its real autosave timer on a real event loop,
// one keystroke every --interval-ms, and reports each keystroke on stdout
// (typistprotocol.h). The autosave test kills it with SIGKILL at a random
// moment and checks that the store kept everything but the last second.
//
//   CIRCLE_CRASHWRITER_KEY=<64 hex digits> circle_typist --data-dir DIR --run N
//       [--interval-ms 20] [--hand-over-ms MS]
//
// --hand-over-ms makes a deliberately slow editor: keystrokes are collected and
// given to the editor only every MS milliseconds, so a test can show that the
// check notices text lost to a late save.

#include "typistprotocol.h"
#include "writerprotocol.h"

#include "journal/journaleditor.h"
#include "store.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

using namespace circle;
using namespace circle::reliability;

namespace {

// One write(2) per line: a line in the pipe is whole even if SIGKILL comes mid-way.
void say(const QByteArray &line)
{
    const QByteArray out = line + '\n';
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + done, size_t(out.size() - done));
        if (n <= 0)
            std::_Exit(1); // the parent is gone
        done += n;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dataDir;
    int run = -1;
    int intervalMs = 20;
    int handOverMs = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *flag = argv[i];
        const char *value = argv[i + 1];
        if (std::strcmp(flag, "--data-dir") == 0)
            dataDir = QString::fromLocal8Bit(value);
        else if (std::strcmp(flag, "--run") == 0)
            run = std::atoi(value);
        else if (std::strcmp(flag, "--interval-ms") == 0)
            intervalMs = std::atoi(value);
        else if (std::strcmp(flag, "--hand-over-ms") == 0)
            handOverMs = std::atoi(value);
    }
    const QByteArray key = QByteArray::fromHex(qgetenv(protocol::KeyVariable));
    if (dataDir.isEmpty() || run < 0 || intervalMs < 1 || key.size() != Store::KeySize) {
        std::fprintf(stderr,
            "usage: %s=<hex key> circle_typist --data-dir DIR --run N [--interval-ms MS] "
            "[--hand-over-ms MS]\n",
            protocol::KeyVariable);
        return 2;
    }

    StoreOptions options;
    options.dataDir = dataDir;
    options.key = key;
    auto opened = Store::open(options);
    if (!opened) {
        std::fprintf(stderr, "circle_typist: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Store &store = *opened.value();
    JournalEditor editor(store, store.clock());
    QObject::connect(&editor, &JournalEditor::saved, &editor,
        [] { say("s " + QByteArray::number(typist::monotonicNs())); });
    editor.startNew();
    say(typist::ReadyLine);

    QString typed; // what the patient's fingers have typed so far
    qint64 index = 0;
    QTimer keys;
    keys.setTimerType(Qt::PreciseTimer); // a steady typist, not one the event loop batches
    keys.setInterval(intervalMs);
    QObject::connect(&keys, &QTimer::timeout, &keys, [&] {
        const qint64 at = typist::monotonicNs();
        typed += typist::key(run, index);
        if (handOverMs == 0)
            editor.setText(typed);
        say("k " + QByteArray::number(index) + ' ' + QByteArray::number(at));
        ++index;
    });
    QTimer handOver;
    if (handOverMs > 0) {
        handOver.setInterval(handOverMs);
        QObject::connect(&handOver, &QTimer::timeout, &handOver, [&] { editor.setText(typed); });
        handOver.start();
    }
    keys.start();
    return app.exec();
}
