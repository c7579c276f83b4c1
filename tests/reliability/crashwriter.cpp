// circle_crashwriter: writes sequence-numbered journal entries through the
// repositories, one transaction each, and acknowledges each on stdout once
// create() has returned. The reliability tests kill it at random moments, or
// run it under a file-size limit, and then check what the store kept.
//
//   CIRCLE_CRASHWRITER_KEY=<64 hex digits> circle_crashwriter
//       --data-dir DIR --first SEQ [--count N] [--acknowledge-early]
//
// --count 0 (the default) writes until killed or until an error.
// --acknowledge-early reports each write before it is made: a deliberately
// broken writer, so a test can show the harness notices lost writes.

#include "writerprotocol.h"

#include "repository.h"
#include "store.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

using namespace circle;
using namespace circle::reliability;
using namespace Qt::StringLiterals;

namespace {

// One write(2) per line: a line in the pipe is either whole or absent, even
// when SIGKILL arrives mid-way through printing.
void say(const QByteArray &line)
{
    const QByteArray out = line + '\n';
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + done, size_t(out.size() - done));
        if (n <= 0)
            std::_Exit(protocol::Failed); // the parent is gone; nothing left to report to
        done += n;
    }
}

int report(const Error &error)
{
    std::fprintf(stderr, "circle_crashwriter: %s\n", qPrintable(error.message));
    return error.code == Error::Code::DiskFull ? protocol::DiskFull : protocol::Failed;
}

// After a full disk the app must keep running with what it had: read every
// entry back through the same open store.
int afterDiskFull(Store &store, const Error &error)
{
    std::fprintf(stderr, "circle_crashwriter: %s\n", qPrintable(error.message));
    Repository<v1::JournalEntry> journal(store);
    PageRequest request;
    request.limit = 500;
    qint64 readable = 0;
    for (;;) {
        auto page = journal.list(request);
        if (!page)
            return report(page.error());
        readable += qint64(page.value().items.size());
        if (!page.value().next)
            break;
        request.after = page.value().next;
    }
    say(QByteArray(protocol::StillReadablePrefix) + QByteArray::number(readable));
    return protocol::DiskFull;
}

} // namespace

int main(int argc, char **argv)
{
    QString dataDir;
    qint64 first = -1;
    qint64 count = 0;
    bool early = false;
    for (int i = 1; i < argc; i += 2) {
        const char *flag = argv[i];
        if (std::strcmp(flag, "--acknowledge-early") == 0) {
            early = true;
            --i;
            continue;
        }
        const char *value = i + 1 < argc ? argv[i + 1] : "";
        if (std::strcmp(flag, "--data-dir") == 0)
            dataDir = QString::fromLocal8Bit(value);
        else if (std::strcmp(flag, "--first") == 0)
            first = std::atoll(value);
        else if (std::strcmp(flag, "--count") == 0)
            count = std::atoll(value);
    }
    const QByteArray key = QByteArray::fromHex(qgetenv(protocol::KeyVariable));
    if (dataDir.isEmpty() || first < 0 || key.size() != Store::KeySize) {
        std::fprintf(stderr,
            "usage: %s=<hex key> circle_crashwriter --data-dir DIR --first SEQ "
            "[--count N] [--acknowledge-early]\n",
            protocol::KeyVariable);
        return protocol::Usage;
    }

    StoreOptions options;
    options.dataDir = dataDir;
    options.key = key;
    auto opened = Store::open(options);
    if (!opened)
        return report(opened.error());
    Store &store = *opened.value();
    say(protocol::ReadyLine);

    Repository<v1::JournalEntry> journal(store);
    for (qint64 seq = first; count == 0 || seq < first + count; ++seq) {
        v1::JournalEntry entry;
        entry.set_text(utf8(protocol::entryText(seq)));
        entry.set_topic("boundaries");
        entry.set_written_ms(store.clock().nowMs());
        if (early)
            say(QByteArray::number(seq));
        auto created = journal.create(entry);
        if (!created) {
            if (created.error().code == Error::Code::DiskFull)
                return afterDiskFull(store, created.error());
            return report(created.error());
        }
        if (!early)
            say(QByteArray::number(seq));
    }
    return protocol::Finished;
}
