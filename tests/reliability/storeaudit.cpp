#include "storeaudit.h"

#include "writerprotocol.h"

#include "repository.h"
#include "store.h"

using namespace Qt::StringLiterals;

namespace circle::reliability {

StoreAudit::Findings StoreAudit::run(const std::set<qint64> &acknowledged) const
{
    Findings f;
    StoreOptions options;
    options.dataDir = m_dataDir;
    options.key = m_key;
    auto opened = Store::open(options);
    if (!opened) {
        f.problem = u"open: "_s + opened.error().message;
        return f;
    }
    f.opened = true;
    Store &store = *opened.value();

    if (auto check = store.integrityCheck(); check)
        f.intact = true;
    else
        f.problem = u"integrity check: "_s + check.error().message;

    std::map<qint64, int> stored; // sequence number -> how many entries carry it
    Repository<v1::JournalEntry> journal(store);
    PageRequest request;
    request.limit = 500;
    for (;;) {
        auto page = journal.list(request);
        if (!page) {
            f.intact = false;
            if (f.problem.isEmpty())
                f.problem = u"reading: "_s + page.error().message;
            break;
        }
        for (const auto &entry : page.value().items) {
            ++f.entries;
            const QString text = qs(entry.text());
            const auto seq = protocol::seqOf(text);
            if (!seq || text != protocol::entryText(*seq)) {
                ++f.altered;
                continue;
            }
            ++stored[*seq];
        }
        if (!page.value().next)
            break;
        request.after = page.value().next;
    }

    for (const auto &[seq, n] : stored)
        f.duplicated += n - 1;
    for (qint64 seq : acknowledged)
        f.lost += stored.count(seq) ? 0 : 1;
    return f;
}

} // namespace circle::reliability
