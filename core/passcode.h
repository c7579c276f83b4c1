#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace circle {

class Store;

/**
 * The optional app passcode as the store keeps it. The passcode itself is never
 * stored: only libsodium's crypto_pwhash string (Argon2id, a random salt, slow
 * on purpose) in the encrypted store's settings. The app's lock screen
 * (AppLock) and circlectl's demo store both go through here.
 */
namespace passcode {

/** A passcode's length in characters, at least and at most. */
inline constexpr int MinimumLength = 4;
inline constexpr int MaximumLength = 64;

/** The store setting holding the hash; empty or missing means no passcode. */
inline constexpr const char *HashSetting = "passcode_hash";

/** Why hashing or checking could not be done at all (not a wrong passcode). */
enum class Problem {
    NoSodium, // libsodium could not start on this system
    NoMemory, // the hash's memory (64 MiB) could not be had
};

/** The stored form of code; on failure, why it could not be made goes to problem. */
Result<QByteArray> hash(const QString &code, std::optional<Problem> *problem = nullptr);

/** Whether code matches storedHash; false for an empty hash. Errors only when libsodium is missing.
 */
Result<bool> matches(const QByteArray &storedHash, const QString &code);

/**
 * Hashes code and stores it as the store's passcode. When the hash could not be
 * made, problem says why; when it stays empty, the store refused the write.
 */
Result<void> store(Store &store, const QString &code, std::optional<Problem> *problem = nullptr);

} // namespace passcode
} // namespace circle
