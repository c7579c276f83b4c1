#include "outbox.h"

#include "store.h"

using namespace Qt::StringLiterals;

namespace circle {

Result<void> Outbox::append(const OutboxEntry &entry)
{
    sql::Statement st(m_store.connection(),
        "INSERT INTO outbox (mutation_id, record_type, record_id, op, hlc, created_ms, "
        "payload) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!st.valid())
        return st.prepareError();
    st.bind(1, entry.mutationId).bind(2, entry.recordType).bind(3, entry.recordId);
    st.bind(4, entry.op == OutboxEntry::Op::Delete ? u"delete"_s : u"upsert"_s);
    st.bind(5, entry.hlc).bind(6, entry.createdMs).bindBlob(7, entry.payload);
    auto r = st.run("Queueing the change for sync");
    if (r)
        m_store.notifyChangeQueued();
    return r;
}

Result<std::vector<OutboxEntry>> Outbox::peek(int limit) const
{
    sql::Statement st(m_store.connection(),
        "SELECT seq, mutation_id, record_type, record_id, op, hlc, created_ms, payload "
        "FROM outbox ORDER BY seq LIMIT ?");
    if (!st.valid())
        return st.prepareError();
    st.bind(1, limit);
    std::vector<OutboxEntry> out;
    for (;;) {
        const auto s = st.step();
        if (s == sql::Statement::Step::Done)
            return out;
        if (s == sql::Statement::Step::Error)
            return st.error("Reading queued changes");
        OutboxEntry e;
        e.seq = st.int64(0);
        e.mutationId = st.text(1);
        e.recordType = st.text(2);
        e.recordId = st.text(3);
        e.op = st.text(4) == u"delete"_s ? OutboxEntry::Op::Delete : OutboxEntry::Op::Upsert;
        e.hlc = st.text(5);
        e.createdMs = st.int64(6);
        e.payload = st.blob(7);
        out.push_back(std::move(e));
    }
}

Result<void> Outbox::acknowledge(const std::vector<QString> &mutationIds)
{
    sql::Transaction tx(m_store.connection());
    if (!tx.active())
        return tx.beginError();
    sql::Statement st(m_store.connection(), "DELETE FROM outbox WHERE mutation_id = ?");
    if (!st.valid())
        return st.prepareError();
    for (const QString &id : mutationIds) {
        (void)st.reset();
        st.bind(1, id);
        if (auto r = st.run("Clearing synced changes"); !r)
            return r;
    }
    return tx.commit();
}

Result<qint64> Outbox::pendingCount() const
{
    return m_store.connection().queryInt("SELECT count(*) FROM outbox", "Counting queued changes");
}

Result<bool> Outbox::hasPending(const QString &recordId) const
{
    sql::Statement st(m_store.connection(), "SELECT 1 FROM outbox WHERE record_id = ? LIMIT 1");
    if (!st.valid())
        return st.prepareError();
    st.bind(1, recordId);
    switch (st.step()) {
    case sql::Statement::Step::Row:
        return true;
    case sql::Statement::Step::Done:
        return false;
    case sql::Statement::Step::Error:
        break;
    }
    return st.error("Reading queued changes");
}

Result<void> Outbox::reject(const QString &mutationId, const QString &reason)
{
    sql::Transaction tx(m_store.connection());
    if (!tx.active())
        return tx.beginError();
    sql::Statement move(m_store.connection(),
        "INSERT OR REPLACE INTO rejected_mutations (mutation_id, record_type, "
        "record_id, reason, rejected_ms, payload) SELECT mutation_id, record_type, "
        "record_id, ?, ?, payload FROM outbox WHERE mutation_id = ?");
    if (!move.valid())
        return move.prepareError();
    move.bind(1, reason).bind(2, m_store.clock().nowMs()).bind(3, mutationId);
    if (auto r = move.run("Setting aside a refused change"); !r)
        return r;
    sql::Statement del(m_store.connection(), "DELETE FROM outbox WHERE mutation_id = ?");
    del.bind(1, mutationId);
    if (auto r = del.run("Setting aside a refused change"); !r)
        return r;
    return tx.commit();
}

Result<std::vector<RejectedMutation>> Outbox::rejected() const
{
    sql::Statement st(m_store.connection(),
        "SELECT mutation_id, record_type, record_id, reason, rejected_ms "
        "FROM rejected_mutations ORDER BY rejected_ms DESC");
    if (!st.valid())
        return st.prepareError();
    std::vector<RejectedMutation> out;
    for (;;) {
        const auto s = st.step();
        if (s == sql::Statement::Step::Done)
            return out;
        if (s == sql::Statement::Step::Error)
            return st.error("Reading refused changes");
        out.push_back({ st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4) });
    }
}

Result<void> Outbox::dismissRejected(const QString &mutationId)
{
    sql::Statement st(m_store.connection(), "DELETE FROM rejected_mutations WHERE mutation_id = ?");
    if (!st.valid())
        return st.prepareError();
    st.bind(1, mutationId);
    return st.run("Removing a refused change from the list");
}

} // namespace circle
