#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace circle {

/**
 * What a goal's number counts, written so it agrees with the number.
 *
 * The unit is the patient's own text. The units the goal builder suggests are
 * known in both forms, so "1 meeting a week" and "3 meetings a week" read right
 * whichever form was stored; any other unit is shown exactly as typed.
 */
class GoalUnits
{
    Q_DECLARE_TR_FUNCTIONS(GoalUnits)

public:
    /** The units offered as one-tap choices, in the form for several. */
    static QStringList suggestions();

    /** unit in the form that agrees with value (one is singular, anything else plural). */
    static QString unitFor(double value, const QString &unit);

    /** The number in the app's locale followed by its unit: "1 meeting a week". */
    static QString amount(double value, const QString &unit);
};

} // namespace circle
