#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace circle::reliability {

/**
 * What circle_crashwriter and the tests that drive it agree on.
 *
 * The writer prints "ready" once the store is open, then the sequence number
 * of every entry whose create() has returned, one per line, each with a single
 * write(2) so that a line in the pipe is a whole acknowledgement. A number in
 * the pipe therefore means "the app told the patient it was saved".
 */
namespace protocol {

/** Hex of the 32-byte raw key; a fixed test key, never the platform key store. */
constexpr auto KeyVariable = "CIRCLE_CRASHWRITER_KEY";
constexpr auto ReadyLine = "ready";
/** Printed after a disk-full error once every entry has been read back. */
constexpr auto StillReadablePrefix = "still-readable ";

enum ExitCode {
    Finished = 0, // wrote the requested count
    Failed = 1, // any error but a full disk
    Usage = 2,
    DiskFull = 3, // the store reported a full disk, and earlier entries still read back
};

/**
 * The text of entry seq: the number to find it by, then filler. Every fifth
 * entry is longer than a page, so overflow pages are written and checked too.
 */
inline QString entryText(qint64 seq)
{
    const int fillerChars = seq % 5 == 0 ? 5000 : 300;
    QString text = QStringLiteral("crash-writer seq %1 ").arg(seq);
    static const QString words = QStringLiteral("steady honest slow breath patient kind ");
    while (text.size() < fillerChars)
        text += words;
    return text;
}

/** The sequence number in an entry's text; empty for text the writer did not make. */
inline std::optional<qint64> seqOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^crash-writer seq (\\d+) "));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong();
}

} // namespace protocol

} // namespace circle::reliability
