#pragma once

#include "serverextensions.h"

#include <QStringList>

namespace circle::server {

/** `circle-server serve ...`: the clinic's HTTPS server. Returns the process exit code. */
int runServe(const QStringList &arguments, const ServerExtensions &extensions = {});

/**
 * `circle-server dev --data-dir D ...`: a server for this machine only, with a self-signed
 * certificate for 127.0.0.1/localhost kept in D (made on first start) and a SQLite
 * database in D unless --db says otherwise.
 */
int runDev(const QStringList &arguments, const ServerExtensions &extensions = {});

} // namespace circle::server
