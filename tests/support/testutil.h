#pragma once

#include "gtest-qt-printing.h"

#include <QByteArray>
#include <QString>

namespace circle::test {

/** A fixed 32-byte key, so tests can reopen what they wrote. */
QByteArray testKey(char fill = 'k');

/** Reads a whole file; empty when it cannot. */
QByteArray readFile(const QString &path);

} // namespace circle::test
