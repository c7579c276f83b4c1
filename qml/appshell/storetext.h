#pragma once

#include <QString>

namespace circle {

struct Error;

/** The words every page uses when the store refused to keep what the patient wrote. */
namespace StoreText {

/**
 * "Not saved: …" for a failed write: a full phone in the patient's words, with
 * what to do about it; any other failure with the store's own message, which
 * names what was refused and never the patient's text.
 */
QString notSaved(const Error &error);

} // namespace StoreText
} // namespace circle
