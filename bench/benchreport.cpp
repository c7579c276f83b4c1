#include "benchreport.h"

#include "resulttable.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>

#include <thread>

using namespace Qt::StringLiterals;

namespace circle::bench {

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The value after "key:" on the first line that starts with key.
QString field(const QString &text, const QString &key)
{
    const QRegularExpression re(u"^"_s + QRegularExpression::escape(key) + u"\\s*:\\s*(.*)$"_s,
        QRegularExpression::MultilineOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString loadAverage()
{
    // The first three fields: load over 1, 5 and 15 minutes.
    return readText(u"/proc/loadavg"_s).section(u' ', 0, 2);
}

} // namespace

BenchReport::BenchReport()
{
    m_cores = int(std::thread::hardware_concurrency());
    m_cpu = field(readText(u"/proc/cpuinfo"_s), u"model name"_s);
    const qint64 kib
        = field(readText(u"/proc/meminfo"_s), u"MemTotal"_s).section(u' ', 0, 0).toLongLong();
    m_memory = u"%1 GiB"_s.arg(double(kib) / (1024.0 * 1024.0), 0, 'f', 1);
    m_os = QSysInfo::prettyProductName() + u", kernel "_s + QSysInfo::kernelVersion();
    m_date = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    m_loadBefore = loadAverage();
}

void BenchReport::finish()
{
    m_loadAfter = loadAverage();
}

QString BenchReport::machineSummary() const
{
    return u"%1 cores, %2, %3 RAM; %4; Qt %5; SQLCipher %6"_s.arg(m_cores).arg(
        m_cpu.isEmpty() ? u"unknown CPU"_s : m_cpu, m_memory, m_os, QString::fromLatin1(qVersion()),
        m_cipherVersion);
}

QString BenchReport::preamble() const
{
    QString out;
    out += u"- Machine: %1\n"_s.arg(machineSummary());
    out += u"- Date: %1\n"_s.arg(m_date);
    out += u"- Command: `%1`\n"_s.arg(m_command);
    out += u"- Load average (1, 5, 15 min) before: %1; after: %2. The machine is shared; "
           "a load near or above the core count means others were busy and single rows "
           "may be noisy, while each ratio still compares neighbours in time.\n"_s.arg(
               m_loadBefore, m_loadAfter);
    for (const QString &note : m_setup)
        out += u"- Setup: %1\n"_s.arg(note);
    return out;
}

QString BenchReport::generatedSection(const ResultTable &table) const
{
    QString out = preamble();
    out += u"\nTimes are medians of the repetitions, wall clock, per operation.\n\n"_s;
    out += table.markdown();
    out += u"\nTargets (issue 6):\n\n"_s;
    for (const QString &v : table.verdicts())
        out += u"- %1\n"_s.arg(v);
    const QStringList failed = table.failures();
    for (const QString &f : failed)
        out += u"- Failed: %1\n"_s.arg(f);
    return out;
}

bool BenchReport::writeDocument(const QString &path, const ResultTable &table) const
{
    const QString begin = QString::fromLatin1(BeginMarker);
    const QString end = QString::fromLatin1(EndMarker);
    QString doc = readText(path);
    const qsizetype from = doc.indexOf(begin);
    const qsizetype to = doc.indexOf(end);
    const QString section = begin + u'\n' + generatedSection(table) + end;
    if (from >= 0 && to > from)
        doc.replace(from, to + end.size() - from, section);
    else
        doc = u"# Benchmarks\n\n"_s + section + u'\n';
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(doc.toUtf8()) >= 0;
}

bool BenchReport::writeSection(const QString &path, const QString &heading, const QString &begin,
    const QString &end, const QString &body)
{
    QString doc = readText(path);
    const qsizetype from = doc.indexOf(begin);
    const qsizetype to = doc.indexOf(end);
    const QString section = begin + u'\n' + body + end;
    if (from >= 0 && to > from) {
        doc.replace(from, to + end.size() - from, section);
    } else {
        if (!doc.isEmpty() && !doc.endsWith(u'\n'))
            doc += u'\n';
        doc += u"\n"_s + heading + u"\n\n"_s + section + u'\n';
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(doc.toUtf8()) >= 0;
}

} // namespace circle::bench
