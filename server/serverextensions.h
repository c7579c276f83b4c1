#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace circle::server {

struct AdminContext;
class WebFront;

/** What the serving command tells a web front about where it runs. */
struct WebFrontSettings
{
    bool tls = true;
    /// A signed-in browser session ends after this long without a request.
    qint64 idleTimeoutMs = 15 * 60 * 1000;
    /// Requests per remote address, as the API's limit (--rate-burst, --rate-per-minute).
    int rateBurst = 120;
    double ratePerMinute = 600;
};

/** One more `circle-server admin` command. */
struct AdminCommand
{
    QString name;
    QString usage; ///< one line for --help
    std::function<int(AdminContext &)> run;
};

/**
 * Parts built on the server's library that main() plugs in: the clinic portal's pages
 * and its admin commands. The server library cannot name them (they depend on it), so
 * they come in through here and `main.cpp` stays a switch.
 */
struct ServerExtensions
{
    std::function<std::unique_ptr<WebFront>(const WebFrontSettings &)> makeWebFront;
    std::vector<AdminCommand> adminCommands;
};

} // namespace circle::server
