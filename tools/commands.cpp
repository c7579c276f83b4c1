#include "commands.h"

#include "demodata.h"
#include "exchange.h"
#include "outbox.h"
#include "passcode.h"
#include "repository.h"
#include "store.h"
#include "validation.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

struct Counts
{
    qint64 live = 0;
    qint64 all = 0;
};

template<typename T> Result<Counts> countsOf(Store &store)
{
    Repository<T> repo(store);
    auto live = repo.count(false);
    if (!live)
        return live.error();
    auto all = repo.count(true);
    if (!all)
        return all.error();
    return Counts { live.value(), all.value() };
}

Result<qint64> totalRecords(Store &store)
{
    qint64 total = 0;
    std::optional<Error> failure;
    forEachRecordType([&]<typename T>() {
        if (failure)
            return;
        auto c = countsOf<T>(store);
        if (c)
            total += c.value().all;
        else
            failure = c.error();
    });
    if (failure)
        return *failure;
    return total;
}

/**
 * Reads every row of one table straight from SQL rather than through the
 * repository, so that one unreadable record is reported by id and the rest
 * are still checked. Messages name the record, never its content.
 */
template<typename T> Result<qint64> checkTable(Store &store, QTextStream &err, int &problems)
{
    const char *type = RecordTraits<T>::typeName;
    sql::Statement st(store.connection(),
        std::string("SELECT id, deleted, payload FROM ") + RecordTraits<T>::table);
    if (!st.valid())
        return st.prepareError();
    qint64 rows = 0;
    const auto report = [&](const QString &id, const QString &what) {
        ++problems;
        err << QString::fromLatin1(type) << u' ' << id << u": "_s << what << Qt::endl;
    };
    for (;;) {
        const auto step = st.step();
        if (step == sql::Statement::Step::Done)
            return rows;
        if (step == sql::Statement::Step::Error)
            return st.error("Reading records");
        ++rows;
        const QString id = st.text(0);
        const QByteArray payload = st.blob(2);
        T record;
        if (!record.ParseFromArray(payload.constData(), int(payload.size()))) {
            report(id, u"the stored record cannot be parsed"_s);
            continue;
        }
        if (qs(record.meta().id()) != id || record.meta().deleted() != (st.int64(1) != 0)) {
            report(id, u"the record's id or deleted flag disagrees with its row"_s);
            continue;
        }
        if (auto v = validateMeta(record.meta(), type); !v) {
            report(id, v.error().message);
            continue;
        }
        if (!record.meta().deleted())
            if (auto v = validate(record); !v)
                report(id, v.error().message);
    }
}

} // namespace

int Commands::fail(const QString &message)
{
    m_err << u"circlectl: "_s << message << Qt::endl;
    return 1;
}

int Commands::exportTo(const QString &path)
{
    auto json = DataExchange(m_store).exportJson();
    if (!json)
        return fail(u"export failed: "_s + json.error().message);
    auto total = totalRecords(m_store);
    if (!total)
        return fail(total.error().message);

    if (path == u"-"_s) {
        m_out.flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly)
            || stdOut.write(json.value()) != json.value().size() || !stdOut.flush())
            return fail(u"could not write the export to standard output"_s);
        m_err << u"Exported %1 records."_s.arg(total.value()) << Qt::endl;
        return 0;
    }
    // QSaveFile: a failed or interrupted export never leaves half a file behind
    // under the name the person asked for.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    file.write(json.value());
    if (!file.commit())
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    m_out << u"Exported %1 records to %2."_s.arg(total.value()).arg(path) << Qt::endl;
    return 0;
}

int Commands::importFrom(const QString &path)
{
    QFile file;
    const bool fromStdin = path == u"-"_s;
    if (fromStdin)
        (void)file.open(stdin, QIODevice::ReadOnly);
    else
        file.setFileName(path);
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    const QByteArray json = file.readAll();

    auto summary = DataExchange(m_store).importJson(json);
    if (!summary)
        return fail(u"import of %1 failed, nothing was changed: %2"_s.arg(
            fromStdin ? u"standard input"_s : path, summary.error().message));
    const ImportSummary &s = summary.value();
    m_out << u"Imported %1: %2 added, %3 updated, %4 unchanged."_s.arg(path)
                 .arg(s.inserted)
                 .arg(s.updated)
                 .arg(s.unchanged)
          << Qt::endl;
    return 0;
}

int Commands::stats()
{
    auto pending = Outbox(m_store).pendingCount();
    if (!pending)
        return fail(pending.error().message);
    m_out << u"schema version  %1\n"_s.arg(m_store.schemaVersion());
    m_out << u"cipher version  %1\n"_s.arg(m_store.cipherVersion());
    m_out << u"outbox pending  %1\n"_s.arg(pending.value());
    m_out << u"%1 %2 %3\n"_s.arg(u"record type"_s, -22).arg(u"live"_s, 8).arg(u"deleted"_s, 8);
    std::optional<Error> failure;
    forEachRecordType([&]<typename T>() {
        if (failure)
            return;
        auto c = countsOf<T>(m_store);
        if (!c) {
            failure = c.error();
            return;
        }
        m_out << u"%1 %2 %3\n"_s.arg(QString::fromLatin1(RecordTraits<T>::typeName), -22)
                     .arg(c.value().live, 8)
                     .arg(c.value().all - c.value().live, 8);
    });
    m_out.flush();
    if (failure)
        return fail(failure->message);
    return 0;
}

int Commands::check()
{
    if (auto r = m_store.integrityCheck(); !r)
        return fail(r.error().message);
    int problems = 0;
    qint64 records = 0;
    std::optional<Error> failure;
    forEachRecordType([&]<typename T>() {
        if (failure)
            return;
        auto rows = checkTable<T>(m_store, m_err, problems);
        if (rows)
            records += rows.value();
        else
            failure = rows.error();
    });
    if (failure)
        return fail(failure->message);
    if (problems > 0)
        return fail(u"check found %1 problem(s) in %2 records"_s.arg(problems).arg(records));
    m_out << u"Check passed: the database is intact and all %1 records read and validate."_s.arg(
        records)
          << Qt::endl;
    return 0;
}

int Commands::seedDemo(bool patientOnly, const QString &code)
{
    if (!code.isNull()
        && (code.size() < passcode::MinimumLength || code.size() > passcode::MaximumLength))
        return fail(
            u"--passcode needs %1 to %2 characters; this one has %3"_s.arg(passcode::MinimumLength)
                .arg(passcode::MaximumLength)
                .arg(code.size()));
    if (auto r = patientOnly ? seedDemoPatientData(m_store) : seedDemoData(m_store); !r)
        return fail(u"seeding demo data failed: "_s + r.error().message);
    auto total = totalRecords(m_store);
    if (!total)
        return fail(total.error().message);
    m_out << u"Seeded demo data: %1 records."_s.arg(total.value()) << Qt::endl;
    if (!code.isNull()) {
        if (auto r = passcode::store(m_store, code); !r)
            return fail(u"setting the passcode failed: "_s + r.error().message);
        m_out << u"Set the app passcode."_s << Qt::endl;
    }
    return 0;
}

} // namespace circle
