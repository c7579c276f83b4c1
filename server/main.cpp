#include "admincommand.h"
#include "portal.h"
#include "servecommand.h"

#include <QCoreApplication>

#include <sys/stat.h>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // The database, its WAL and the development key hold patient data and secrets:
    // nothing this process creates is readable by other users.
    umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"circle-server"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == u"serve" || command == u"dev" || command == u"admin") {
        args.removeAt(1);
        args[0] = u"circle-server "_s + command;
        const circle::server::ServerExtensions portal = circle::portal::extensions();
        if (command == u"serve")
            return circle::server::runServe(args, portal);
        if (command == u"dev")
            return circle::server::runDev(args, portal);
        return circle::server::runAdmin(args, portal);
    }
    std::fputs("usage: circle-server serve --cert C --key K --db DB [--listen HOST:PORT] ...\n"
               "       circle-server dev --data-dir D [--listen 127.0.0.1:0] [--seed-demo] ...\n"
               "       circle-server admin (--db DB | --data-dir D) COMMAND ...\n"
               "Each takes --help.\n",
        stderr);
    return command == u"--help" || command == u"-h" ? 0 : 2;
}
