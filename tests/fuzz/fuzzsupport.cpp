#include "fuzzsupport.h"

#include "repository.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace circle::fuzz {

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "circle fuzz: %s%s%s\n", what, detail.isEmpty() ? "" : ": ",
        detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

void initQt()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "circle_fuzz";
    static char *argv[] = { name, nullptr };
    new QCoreApplication(argc, argv); // lives as long as the process
}

std::unique_ptr<TempStore> openTempStore(const Clock *clock)
{
    auto temp = std::make_unique<TempStore>();
    if (!temp->dir.isValid())
        fail("no temporary directory", temp->dir.errorString());
    StoreOptions options;
    options.dataDir = temp->dir.path();
    // A fixed key: the fuzz targets test decoding and merging, not the key store.
    options.key = QByteArray(Store::KeySize, '\x5a');
    options.clock = clock;
    auto opened = Store::open(options);
    if (!opened)
        fail("the store did not open", opened.error().message);
    temp->store = std::move(opened).value();
    return temp;
}

TestPhone &testPhone()
{
    static TestPhone phone = [] {
        TestPhone made;
        made.temp = openTempStore();
        auto sealer = Sealer::fromKey(QByteArray(Sealer::KeySize, '\x33'));
        if (!sealer)
            fail("no sealer", sealer.error().message);
        made.sealer = std::make_unique<Sealer>(std::move(sealer).value());
        made.codec = std::make_unique<MutationCodec>(made.store(), *made.sealer);
        return made;
    }();
    return phone;
}

QString ByteReader::text(int maxLength)
{
    const int length = pick(maxLength + 1);
    QByteArray raw;
    for (int i = 0; i < length && !atEnd(); ++i)
        raw.append(char(byte()));
    return QString::fromUtf8(raw);
}

QMap<QString, QByteArray> snapshot(Store &store)
{
    QMap<QString, QByteArray> all;
    forEachRecordType([&]<typename T>() {
        Repository<T> repo(store);
        PageRequest request;
        request.limit = 500;
        request.includeDeleted = true;
        for (;;) {
            auto page = repo.list(request);
            if (!page)
                fail("listing records failed", page.error().message);
            for (const T &record : page.value().items) {
                const QString key = QLatin1String(RecordTraits<T>::typeName) + QLatin1Char(' ')
                    + qs(record.meta().id());
                all.insert(key, QByteArray::fromStdString(record.SerializeAsString()));
            }
            if (!page.value().next)
                break;
            request.after = page.value().next;
        }
    });
    return all;
}

} // namespace circle::fuzz
