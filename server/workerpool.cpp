#include "workerpool.h"

#include "clinicservices.h"

#include <future>

namespace circle::server {

WorkerPool::WorkerPool(const DatabaseSpec &spec, const ServerLimits &limits,
    std::function<void(ClinicServices &)> prepare)
    : m_spec(spec)
    , m_limits(limits)
    , m_prepare(std::move(prepare))
{
}

WorkerPool::~WorkerPool()
{
    stop();
}

bool WorkerPool::start(int workers, QString *error)
{
    for (int i = 0; i < workers; ++i) {
        // The connection is opened on the worker's own thread, the only one that may use it.
        std::promise<QString> opened;
        std::future<QString> result = opened.get_future();
        m_threads.emplace_back([this, opened = std::move(opened)]() mutable {
            QString problem;
            std::unique_ptr<ClinicServices> services
                = ClinicServices::open(m_spec, m_limits, &problem);
            if (!services) {
                opened.set_value(problem.isEmpty() ? QStringLiteral("cannot open") : problem);
                return;
            }
            m_prepare(*services);
            opened.set_value(QString());
            run(std::move(services));
        });
        const QString problem = result.get();
        if (!problem.isEmpty()) {
            *error = problem;
            stop();
            return false;
        }
    }
    return true;
}

bool WorkerPool::submit(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping || m_queue.size() >= size_t(m_limits.maxQueuedRequests))
            return false;
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

void WorkerPool::run(std::unique_ptr<ClinicServices> services)
{
    Database &db = *services->database;
    int lossesSeen = 0;
    for (;;) {
        Job job;
        bool check = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, and nothing left to finish
            job = std::move(m_queue.front());
            m_queue.pop_front();
            check = lossesSeen != m_connectionLosses;
            lossesSeen = m_connectionLosses;
        }
        if (check)
            db.recover();
        const int before = db.reconnects();
        job(*services);
        if (db.reconnects() != before) {
            const std::lock_guard lock(m_mutex);
            lossesSeen = ++m_connectionLosses;
        }
    }
    services->database->checkpoint();
    services->database->close();
}

void WorkerPool::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads) {
        if (t.joinable())
            t.join();
    }
    m_threads.clear();
}

} // namespace circle::server
