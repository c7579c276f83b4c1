#pragma once

#include "mutationcodec.h"
#include "records.h"
#include "sealer.h"
#include "store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace circle::fuzz {

/**
 * Stops the process so libFuzzer keeps the input that got here: a broken
 * promise of the code under test, not an input it rightly refused.
 */
[[noreturn]] void fail(const char *what, const QString &detail = {});

/** Like assert(), but kept in optimised builds and with a message. */
#define CIRCLE_FUZZ_CHECK(condition, ...)                                                          \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::circle::fuzz::fail("check failed: " #condition __VA_OPT__(, ) __VA_ARGS__);          \
    } while (false)

/** Creates the QCoreApplication once (Qt SQL and QTemporaryDir want one). */
void initQt();

/** The bytes of a fuzz input as a QByteArray (a deep copy: libFuzzer owns the buffer). */
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** A real encrypted store in its own temporary directory, with a fixed test key. */
struct TempStore
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
};

/** Opens a new store; aborts when that fails, since nothing could be tested then. */
std::unique_ptr<TempStore> openTempStore(const Clock *clock = nullptr);

/**
 * Reads fuzz input a byte at a time. Past the end it answers zeros, so every input,
 * however short, is a complete program.
 */
class ByteReader
{
public:
    ByteReader(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {
    }
    bool atEnd() const { return m_pos >= m_size; }
    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    /** A number in [0, n). */
    int pick(int n) { return n <= 0 ? 0 : byte() % n; }
    /** Up to maxLength bytes as UTF-8 text, length first. */
    QString text(int maxLength);

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

/**
 * A phone as the single-message targets need it: a real store, the patient's
 * sync key (a fixed test key, the one the seed corpora are sealed with) and the
 * MutationCodec that opens and applies what arrives. One per process, made on
 * first use; each input runs in a transaction that it rolls back.
 */
struct TestPhone
{
    std::unique_ptr<TempStore> temp;
    std::unique_ptr<Sealer> sealer;
    std::unique_ptr<MutationCodec> codec;
    Store &store() { return *temp->store; }
};

/** The process's TestPhone. */
TestPhone &testPhone();

/** Every record of every type, tombstones included, as "type id -> serialized bytes". */
QMap<QString, QByteArray> snapshot(Store &store);

} // namespace circle::fuzz
