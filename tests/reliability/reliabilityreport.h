#pragma once

#include <QString>
#include <QStringList>

namespace circle::reliability {

/**
 * How many runs each harness does, and the figures they found.
 *
 * The short form in ./circle test uses the defaults; ./circle soak raises them
 * through environment variables. Figures are printed at the end of the test
 * program and, when CIRCLE_RELIABILITY_FIGURES names a file, appended to it,
 * so the soak can put them into docs/reliability.md.
 */
class ReliabilityReport
{
public:
    /** The positive integer in environment variable name, else shortForm. */
    static int count(const char *name, int shortForm);
    /** The seed for this run's random choices: CIRCLE_RELIABILITY_SEED, else a fresh one. */
    static quint32 seed();

    static void add(const QString &figure);
    static QStringList figures();
    /** Prints the figures and writes them where CIRCLE_RELIABILITY_FIGURES says. */
    static void publish();
};

} // namespace circle::reliability
