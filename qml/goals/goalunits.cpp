#include "goalunits.h"

#include "goalnumber.h"

#include <array>
#include <utility>

namespace circle {

namespace {

// Each suggested unit as {several, one}. Kept together so a translation gives
// both forms of the same phrase.
std::array<std::pair<QString, QString>, 4> forms()
{
    return { {
        { GoalUnits::tr("times a week"), GoalUnits::tr("time a week") },
        { GoalUnits::tr("meetings a week"), GoalUnits::tr("meeting a week") },
        { GoalUnits::tr("minutes a day"), GoalUnits::tr("minute a day") },
        { GoalUnits::tr("days a week"), GoalUnits::tr("day a week") },
    } };
}

} // namespace

QStringList GoalUnits::suggestions()
{
    QStringList out;
    for (const auto &[several, one] : forms())
        out << several;
    return out;
}

QString GoalUnits::unitFor(double value, const QString &unit)
{
    const QString typed = unit.trimmed();
    for (const auto &[several, one] : forms()) {
        const bool isSeveral = typed.compare(several, Qt::CaseInsensitive) == 0;
        const bool isOne = typed.compare(one, Qt::CaseInsensitive) == 0;
        if (!isSeveral && !isOne)
            continue;
        if ((value == 1) == isOne)
            return typed; // already agrees: keep the patient's own capitals
        return value == 1 ? one : several;
    }
    return typed;
}

QString GoalUnits::amount(double value, const QString &unit)
{
    //: A goal's number and what it counts, as in "3 meetings a week".
    return tr("%1 %2").arg(goalNumberText(value), unitFor(value, unit)).trimmed();
}

bool GoalUnits::isKnown(const QString &unit)
{
    const QString typed = unit.trimmed();
    for (const auto &[several, one] : forms())
        if (typed.compare(several, Qt::CaseInsensitive) == 0
            || typed.compare(one, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString GoalUnits::amountAgainst(double value, double target, const QString &unit)
{
    if (value != 1 || target == 1 || isKnown(unit) || unit.trimmed().isEmpty())
        return amount(value, unit);
    //: A check-in of one against the goal's target, as in "1 of 5 walks a week".
    return tr("%1 of %2").arg(goalNumberText(value), amount(target, unit));
}

} // namespace circle
