// circlectl: export, import and inspect a Circle store from a terminal.
#include "commands.h"
#include "keystore.h"
#include "store.h"
#include "storeopener.h"
#include "synccommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Exit codes a script can rely on.
constexpr int ExitOk = 0;
constexpr int ExitError = 1;
constexpr int ExitUsage = 2;

struct CommandInfo
{
    QString name;
    int arguments; // how many positional arguments follow the command
    circle::StoreOpener::Mode mode;
};

const QList<CommandInfo> &commandTable()
{
    using Mode = circle::StoreOpener::Mode;
    static const QList<CommandInfo> table = {
        { u"export"_s, 1, Mode::ExistingOnly },
        { u"import"_s, 1, Mode::CreateIfMissing },
        { u"stats"_s, 0, Mode::ExistingOnly },
        { u"check"_s, 0, Mode::ExistingOnly },
        { u"seed-demo"_s, 0, Mode::CreateIfMissing },
        { u"enroll"_s, 1, Mode::CreateIfMissing },
        { u"sync"_s, 0, Mode::ExistingOnly },
    };
    return table;
}

int usage(QTextStream &err, const QString &problem)
{
    err << u"circlectl: "_s << problem << u"\nRun \"circlectl --help\" for how to use it."_s
        << Qt::endl;
    return ExitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    // The key store answers through an event loop, so the application object comes first.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"circlectl"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Export, import and inspect a Circle store.\n\n"
        "Commands:\n"
        "  export FILE   write every record, deletions included, as JSON (FILE - for stdout)\n"
        "  import FILE   merge an export into the store, all or nothing (FILE - for stdin)\n"
        "  stats         record counts per type, pending outbox, schema and cipher version\n"
        "  check         integrity check of the database and of every stored record\n"
        "  seed-demo     fill an empty store with a realistic demo week\n"
        "  enroll INVITE enroll with a clinic's invite line; prints the recovery code once\n"
        "  sync          sync once with the clinic's server"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s, u"The folder that holds the store (circle.db)."_s, u"DIR"_s);
    parser.addOption(dataDir);
    const QCommandLineOption recoveryCode(u"recovery-code"_s,
        u"With enroll: restore onto this store with the recovery code from the first phone."_s,
        u"CODE"_s);
    const QCommandLineOption plainHttp(u"plain-http-for-development"_s,
        u"With enroll: allow plain HTTP to a server on this computer (development only)."_s);
    const QCommandLineOption patientOnly(u"patient-only"_s,
        u"With seed-demo: only the patient's own records, for a store whose clinic data came by sync."_s);
    const QCommandLineOption passcode(u"passcode"_s,
        u"With seed-demo: also set this app passcode, so the app starts at its lock screen."_s,
        u"CODE"_s);
    parser.addOptions({ recoveryCode, plainHttp, patientOnly, passcode });
    parser.addPositionalArgument(
        u"command"_s, u"export, import, stats, check, seed-demo, enroll or sync"_s);
    parser.addPositionalArgument(
        u"ARG"_s, u"FILE for export and import, INVITE for enroll"_s, u"[ARG]"_s);

    if (!parser.parse(QCoreApplication::arguments()))
        return usage(err, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText() << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(u"version"_s)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return ExitOk;
    }
    if (!parser.isSet(dataDir) || parser.value(dataDir).isEmpty())
        return usage(err, u"--data-dir DIR is required"_s);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(err, u"no command given"_s);
    const auto &table = commandTable();
    const auto it = std::find_if(
        table.begin(), table.end(), [&](const CommandInfo &c) { return c.name == args.first(); });
    if (it == table.end())
        return usage(err, u"unknown command \"%1\""_s.arg(args.first()));
    if (args.size() - 1 != it->arguments)
        return usage(err,
            it->arguments == 1 ? u"%1 needs exactly one argument"_s.arg(it->name)
                               : u"%1 takes no arguments"_s.arg(it->name));

    auto store = circle::StoreOpener::open(parser.value(dataDir), it->mode);
    if (!store) {
        err << u"circlectl: "_s << store.error().message << Qt::endl;
        return ExitError;
    }
    if (it->name == u"enroll"_s || it->name == u"sync"_s) {
        auto keys = circle::KeyStore::createDefault();
        circle::SyncCommands sync(*store.value(), *keys, parser.value(dataDir), out, err);
        return it->name == u"sync"_s
            ? sync.sync()
            : sync.enroll(args.at(1), parser.value(recoveryCode), parser.isSet(plainHttp));
    }
    circle::Commands commands(*store.value(), out, err);
    if (it->name == u"export"_s)
        return commands.exportTo(args.at(1));
    if (it->name == u"import"_s)
        return commands.importFrom(args.at(1));
    if (it->name == u"stats"_s)
        return commands.stats();
    if (it->name == u"check"_s)
        return commands.check();
    return commands.seedDemo(parser.isSet(patientOnly), parser.value(passcode));
}
