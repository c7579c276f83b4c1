#pragma once

#include "databasespec.h"
#include "serverlimits.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace circle::server {

class ClinicServices;

/**
 * A fixed number of threads that run requests, each with its own ClinicServices and so
 * its own database connection: Qt SQL connections belong to the thread that opened them,
 * and SQLite (WAL) and PostgreSQL both let several connections work at once. Requests
 * wait in one bounded queue; when it is full, submit() says so and the caller answers
 * 503 rather than holding more.
 */
class WorkerPool
{
public:
    using Job = std::function<void(ClinicServices &)>;

    /** @p prepare runs once on each worker's services before it takes jobs. */
    WorkerPool(const DatabaseSpec &spec, const ServerLimits &limits,
        std::function<void(ClinicServices &)> prepare);
    ~WorkerPool();

    /** Opens every worker's connection; false with @p error when one cannot. */
    bool start(int workers, QString *error);
    /** Queues @p job; false when the queue is full or the pool is stopping. */
    bool submit(Job job);
    /** Runs what is queued, then closes every connection and joins the threads. */
    void stop();

private:
    void run(std::unique_ptr<ClinicServices> services);

    DatabaseSpec m_spec;
    ServerLimits m_limits;
    std::function<void(ClinicServices &)> m_prepare;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    /// Bumped when a worker found its connection gone (a database restart cuts them all):
    /// the others check theirs before their next job instead of failing it.
    int m_connectionLosses = 0;
    std::vector<std::thread> m_threads;
};

} // namespace circle::server
