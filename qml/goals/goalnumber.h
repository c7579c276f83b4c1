#pragma once

#include <QLocale>
#include <QString>

namespace circle {

/**
 * A goal's target or check-in value as the goal pages write it: in the app's
 * locale, in the shortest form that reads back as the same number ("2.5", not
 * "2.50000"), so what the builder fills in parses back to what was stored.
 */
inline QString goalNumberText(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace circle
