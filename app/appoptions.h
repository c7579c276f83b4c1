#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace circle {

/**
 * What the app was started with (--help lists it). Parsing exits the process for
 * --help and --version, as QCommandLineParser does.
 */
struct AppOptions
{
    QString dataDir; // the encrypted store's folder; the platform's app data folder by default
    bool selfTest = false;
    QString screenshot; // a PNG to save once the window settles; empty for none
    QString page; // the page to open, by the name Main.qml knows it
    QString theme; // light or dark; empty to follow the system
    bool benchReport = false; // started by circle_startbench (bench/startreport.h)
    QStringList benchWords; // what the start benchmark searches the journal for

    static AppOptions parse(const QCoreApplication &app);

    /**
     * Whether the window may show the first run. The one place that decides it: a
     * screenshot of another page pictures that page, and the start benchmark's
     * journal of thousands of entries has long been past the first run. Told before
     * loading, the window does not even build it.
     */
    bool firstRunAllowed() const;
};

} // namespace circle
