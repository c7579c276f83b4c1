#pragma once

#include <QString>
#include <QTextStream>

namespace circle {

class Store;

/**
 * The circlectl commands, each over an open store. Output for people goes to
 * out (results) and err (problems); neither ever shows what a record says,
 * only counts, ids and types. Each returns the process exit code: 0 or 1.
 */
class Commands
{
public:
    Commands(Store &store, QTextStream &out, QTextStream &err)
        : m_store(store)
        , m_out(out)
        , m_err(err)
    {
    }

    /** Writes the export document to path, or to standard output for "-". */
    int exportTo(const QString &path);
    /** Reads an export document from path, or from standard input for "-". */
    int importFrom(const QString &path);
    int stats();
    int check();
    /**
     * patientOnly: leave clinic data (group, sessions, homework) to sync. A
     * passcode, when given, is set as the app's, so the app opens locked.
     */
    int seedDemo(bool patientOnly = false, const QString &passcode = {});

private:
    int fail(const QString &message);

    Store &m_store;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace circle
