#pragma once

#include <QString>
#include <QStringList>

namespace circle::bench {

class ResultTable;

/**
 * Writes the benchmark figures into docs/benchmarks.md together with what is
 * needed to judge and repeat them: the machine, its load, the date and the
 * command. Only the part between the markers is replaced, so the prose around
 * it (what the figures mean, what was changed because of them) survives reruns.
 */
class BenchReport
{
public:
    static constexpr auto BeginMarker = "<!-- bench:begin (written by circle_bench) -->";
    static constexpr auto EndMarker = "<!-- bench:end -->";

    BenchReport();

    void setCommand(const QString &command) { m_command = command; }
    void setCipherVersion(const QString &version) { m_cipherVersion = version; }
    void addSetupNote(const QString &note) { m_setup << note; }
    /** Call when the runs are over: the load then says whether others were busy meanwhile. */
    void finish();

    QString machineSummary() const;
    /** The machine, date, command and load lines every generated section starts with. */
    QString preamble() const;
    QString generatedSection(const ResultTable &table) const;
    /** Replaces the generated section of the document at path, or writes a new one. */
    bool writeDocument(const QString &path, const ResultTable &table) const;
    /**
     * Replaces what lies between begin and end in the document at path with
     * body; appends heading, the markers and body when the markers are missing.
     */
    static bool writeSection(const QString &path, const QString &heading, const QString &begin,
        const QString &end, const QString &body);

private:
    QString m_command;
    QString m_cipherVersion;
    QString m_cpu;
    QString m_memory;
    QString m_os;
    QString m_date;
    QString m_loadBefore;
    QString m_loadAfter;
    QStringList m_setup;
    int m_cores = 0;
};

} // namespace circle::bench
