#include "reliabilityreport.h"

#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <cstdio>

namespace circle::reliability {

namespace {

QStringList &collected()
{
    static QStringList figures;
    return figures;
}

/** Publishes once every test has run, whatever the filter. */
class PublishAtEnd : public ::testing::Environment
{
public:
    void TearDown() override { ReliabilityReport::publish(); }
};

[[maybe_unused]] ::testing::Environment *const publisher
    = ::testing::AddGlobalTestEnvironment(new PublishAtEnd);

} // namespace

int ReliabilityReport::count(const char *name, int shortForm)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(name, &ok);
    return ok && n > 0 ? n : shortForm;
}

quint32 ReliabilityReport::seed()
{
    bool ok = false;
    const int fixed = qEnvironmentVariableIntValue("CIRCLE_RELIABILITY_SEED", &ok);
    return ok ? quint32(fixed) : QRandomGenerator::system()->generate() & 0x7fffffff;
}

void ReliabilityReport::add(const QString &figure)
{
    collected() << figure;
}

QStringList ReliabilityReport::figures()
{
    return collected();
}

void ReliabilityReport::publish()
{
    for (const QString &f : collected())
        std::printf("[figures] %s\n", qPrintable(f));
    const QString path = qEnvironmentVariable("CIRCLE_RELIABILITY_FIGURES");
    if (path.isEmpty() || collected().isEmpty())
        return;
    QFile out(path);
    if (out.open(QIODevice::WriteOnly | QIODevice::Append)) {
        for (const QString &f : collected())
            out.write("- " + f.toUtf8() + '\n');
    }
}

} // namespace circle::reliability
