#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

/**
 * The crisis lines Circle comes with, by country, and the rule for which
 * country's lines a phone shows.
 *
 * A number is in the table only when its service publishes it as a national,
 * free line; each row names the page it was checked against (source), so a
 * reviewer can check it again. A clinic knows its region better than any
 * table: lines it sets replace the built-in ones (linesFor()). Text only: no
 * store, no network, so the lines are there offline and before any setup.
 */
namespace circle::crisis {

struct Line
{
    QString name;
    QString phone; // as people dial it
    QString note; // in the app's language
    bool texts = false; // the number takes text messages too
    QString source; // where the number was checked
};

/** ISO 3166 codes ("US") of the countries the table has lines for. */
QStringList knownCountries();

/** The built-in lines of a country by its ISO 3166 code; empty when the table has none. */
std::vector<Line> builtIn(const QString &country);

/**
 * Whose lines to show: the phone's region when it names a country, else the
 * country the phone's language most often means (Spanish alone: Spain). A
 * region the table does not know gives "" rather than another country's
 * numbers, which could not be dialled there.
 */
QString countryFor(const QLocale &region, const QLocale &language);

/** The clinic's lines when it set any, else the country's built-in ones. */
std::vector<Line> linesFor(const QString &country, const std::vector<Line> &clinicLines);

} // namespace circle::crisis
