#pragma once

#include <QString>

#include <optional>

namespace circle::portal::passwords {

constexpr qsizetype kMinLength = 12;
/** Longer input is refused before hashing, so a huge field cannot cost a worker much. */
constexpr qsizetype kMaxLength = 256;

/** Why @p password is too weak, in words for the person choosing it; nullopt when fine. */
std::optional<QString> weakness(const QString &password, const QString &login = {});

/** An Argon2id hash string (libsodium crypto_pwhash_str, interactive limits); empty on failure. */
QString hash(const QString &password);
/** True when @p password matches @p stored (a hash() string). */
bool verify(const QString &stored, const QString &password);

} // namespace circle::portal::passwords
