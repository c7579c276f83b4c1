#pragma once

#include "today/todaymodel.h"

#include <QPointer>
#include <QQmlEngine>

namespace circle {

/**
 * Hands the view models that main() builds (with their store, clock and other
 * real dependencies) to QML as singletons.
 *
 * Each model gets a small foreign struct whose create() returns the instance
 * set here, owned by C++. Only the QML engine reads these pointers; C++ code
 * passes its objects around explicitly. Setting them after the first engine has
 * asked for a singleton has no effect on that engine.
 */
class QmlSingletons
{
public:
    static void setTodayModel(TodayModel *model) { s_today = model; }

private:
    friend struct TodayModelSingleton;

    template<typename T> static T *hand(const QPointer<T> &instance)
    {
        // A null here means main() or the test setup forgot to build the model;
        // QML then reports that the singleton could not be created.
        if (instance)
            QQmlEngine::setObjectOwnership(instance.data(), QQmlEngine::CppOwnership);
        return instance.data();
    }

    static inline QPointer<TodayModel> s_today;
};

struct TodayModelSingleton
{
    Q_GADGET
    QML_FOREIGN(circle::TodayModel)
    QML_NAMED_ELEMENT(TodayModel)
    QML_SINGLETON

public:
    static TodayModel *create(QQmlEngine *, QJSEngine *)
    {
        return QmlSingletons::hand(QmlSingletons::s_today);
    }
};

} // namespace circle
