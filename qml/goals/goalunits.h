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

    /** Whether unit is one of the suggested units, whose two forms are known. */
    static bool isKnown(const QString &unit);

    /**
     * A check-in's value next to the goal's target. A unit the patient typed
     * has only the form they wrote, for their target ("walks a week" for 5);
     * a value of one then reads against the target, "1 of 5 walks a week",
     * rather than as "1 walks a week". Known units agree as amount() does.
     */
    static QString amountAgainst(double value, double target, const QString &unit);
};

} // namespace circle
