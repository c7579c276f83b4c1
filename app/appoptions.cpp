#include "appoptions.h"

#include "startreport.h"

#include <QCommandLineParser>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace circle {

AppOptions AppOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Circle: between-session companion for group therapy"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Folder of the encrypted store."_s, u"DIR"_s);
    const QCommandLineOption selfTestOption(
        u"self-test"_s, u"Load the UI, show every page once, exit 0 if no QML problem."_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        u"Save the window as a PNG once it has settled (no new frame for 300 ms, at most 3 s "
        "after the first), print its path, exit."_s,
        u"FILE"_s);
    const QCommandLineOption pageOption(u"page"_s,
        u"Page to open: today, journal, goals, schedule or more; journal/new opens the editor, "
        "goals/new the goal builder, goals/detail and goals/share a goal and its sharing, "
        "more/gratitude, more/mood, more/safety and more/homework those pages, help crisis "
        "help, firstrun/STEP a step of the first run."_s,
        u"NAME"_s, u"today"_s);
    const QCommandLineOption themeOption(u"theme"_s,
        u"light or dark instead of the system's theme (for screenshots)."_s, u"THEME"_s);
    parser.addOptions({ dataDirOption, selfTestOption, screenshotOption, pageOption, themeOption });
    const QCommandLineOption benchReportOption = startreport::option();
    parser.addOption(benchReportOption);
    parser.process(app);

    AppOptions options;
    options.dataDir = parser.isSet(dataDirOption)
        ? parser.value(dataDirOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.selfTest = parser.isSet(selfTestOption);
    options.screenshot = parser.value(screenshotOption);
    options.page = parser.value(pageOption);
    options.theme = parser.value(themeOption);
    options.benchReport = parser.isSet(benchReportOption);
    options.benchWords = parser.value(benchReportOption).split(u',', Qt::SkipEmptyParts);
    return options;
}

bool AppOptions::firstRunAllowed() const
{
    if (benchReport)
        return false;
    return screenshot.isEmpty() || page.startsWith(u"firstrun"_s);
}

} // namespace circle
