#pragma once

#include "serverextensions.h"

#include <QStringList>

namespace circle::server {

/**
 * `circle-server admin (--db SPEC | --data-dir D) COMMAND ...`: clinic administration on
 * the database directly (the server may be running). Output is `key value` lines, so
 * scripts can read it. Returns the process exit code.
 */
int runAdmin(const QStringList &arguments, const ServerExtensions &extensions = {});

} // namespace circle::server
