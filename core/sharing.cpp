#include "sharing.h"

#include "repository.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace circle::sharing {

namespace {

template<typename T> bool parse(T &record, const QByteArray &bytes)
{
    return record.ParseFromArray(bytes.constData(), int(bytes.size()));
}

// What sync sends is the serialized record, so the fields a reader of that
// payload finds are exactly the ones the record has set.
QStringList setFields(const google::protobuf::Message &message)
{
    std::vector<const google::protobuf::FieldDescriptor *> fields;
    message.GetReflection()->ListFields(message, &fields);
    QStringList names;
    for (const auto *field : fields)
        names.append(QString::fromStdString(field->name()));
    return names;
}

} // namespace

Visibility visibility(const QString &recordType)
{
    if (recordType == u"rsvp"_s)
        return Visibility::Clear;
    if (recordType == u"goal"_s || recordType == u"goal_check_in"_s
        || recordType == u"homework_response"_s)
        return Visibility::WhenShared;
    return Visibility::Sealed; // private unless a rule above says otherwise
}

bool travelsInClear(const v1::Goal &goal)
{
    return !goal.meta().deleted() && goal.shared_with_therapist();
}

bool travelsInClear(const v1::GoalCheckIn &checkIn, const v1::Goal &goal)
{
    return !checkIn.meta().deleted() && checkIn.goal_id() == goal.meta().id()
        && travelsInClear(goal);
}

bool travelsInClear(const v1::HomeworkResponse &response)
{
    return !response.meta().deleted() && response.shared();
}

bool travelsInClear(Store &store, const QString &recordType, const QByteArray &payload)
{
    switch (visibility(recordType)) {
    case Visibility::Clear:
        return true;
    case Visibility::Sealed:
        return false;
    case Visibility::WhenShared:
        break;
    }
    if (recordType == u"homework_response"_s) {
        v1::HomeworkResponse r;
        return parse(r, payload) && travelsInClear(r);
    }
    if (recordType == u"goal"_s) {
        v1::Goal g;
        return parse(g, payload) && travelsInClear(g);
    }
    if (recordType == u"goal_check_in"_s) {
        v1::GoalCheckIn c;
        if (!parse(c, payload))
            return false;
        auto goal = Repository<v1::Goal>(store).get(qs(c.goal_id()));
        return goal.ok() && travelsInClear(c, goal.value());
    }
    return false;
}

Result<std::vector<v1::Group>> groupsInJoinOrder(Store &store)
{
    return Repository<v1::Group>(store).listBetween(
        0, std::numeric_limits<qint64>::max(), SortOrder::Ascending);
}

QString groupForGoal(const std::vector<v1::Group> &groupsInJoinOrder, const v1::Goal &goal)
{
    if (groupsInJoinOrder.empty())
        return {};
    for (const auto &g : groupsInJoinOrder)
        if (!goal.shared_group_id().empty() && g.meta().id() == goal.shared_group_id())
            return qs(g.meta().id());
    return qs(groupsInJoinOrder.front().meta().id());
}

QString groupForGoal(Store &store, const v1::Goal &goal)
{
    auto groups = groupsInJoinOrder(store);
    return groups ? groupForGoal(groups.value(), goal) : QString();
}

QStringList fieldsInClear(const v1::Goal &goal)
{
    return travelsInClear(goal) ? setFields(goal) : QStringList();
}

QStringList fieldsInClear(const v1::GoalCheckIn &checkIn, const v1::Goal &goal)
{
    return travelsInClear(checkIn, goal) ? setFields(checkIn) : QStringList();
}

} // namespace circle::sharing
