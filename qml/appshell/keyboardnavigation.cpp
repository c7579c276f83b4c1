#include "keyboardnavigation.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

namespace circle {

KeyboardNavigation::KeyboardNavigation(QObject *parent)
    : QObject(parent)
{
}

KeyboardNavigation::~KeyboardNavigation()
{
    if (m_window)
        m_window->removeEventFilter(this);
}

QObject *KeyboardNavigation::window() const
{
    return m_window.data();
}

void KeyboardNavigation::setWindow(QObject *object)
{
    auto *window = qobject_cast<QQuickWindow *>(object);
    if (m_window == window)
        return;
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window) {
        m_window->installEventFilter(this);
        connect(m_window, &QQuickWindow::activeFocusItemChanged, this, [this] {
            if (m_active && m_window)
                scrollIntoView(m_window->activeFocusItem());
        });
    }
    Q_EMIT windowChanged();
}

bool KeyboardNavigation::isButton(const QQuickItem *item)
{
    // The templates' class is private API; its name is not.
    for (const QMetaObject *mo = item ? item->metaObject() : nullptr; mo; mo = mo->superClass()) {
        if (qstrcmp(mo->className(), "QQuickAbstractButton") == 0)
            return true;
    }
    return false;
}

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        setActive(false);
        break;
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Left:
        case Qt::Key_Right:
            if (event->type() == QEvent::KeyPress)
                setActive(true);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            QQuickItem *focus = m_window ? m_window->activeFocusItem() : nullptr;
            if (!isButton(focus) || key->modifiers() & ~Qt::KeypadModifier)
                break;
            // The button presses and releases as it does for Space, so it shows
            // its pressed state and clicks on release, exactly once.
            QKeyEvent space(event->type(), Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "),
                key->isAutoRepeat());
            QCoreApplication::sendEvent(focus, &space);
            return true;
        }
        default:
            break;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KeyboardNavigation::scrollIntoView(QQuickItem *item)
{
    if (!item)
        return;
    // Focus never goes where no one can see it: the next Tab finds the rows built.
    for (QQuickItem *area = item->parentItem(); area; area = area->parentItem()) {
        bool flickable = false;
        for (const QMetaObject *mo = area->metaObject(); mo && !flickable; mo = mo->superClass())
            flickable = qstrcmp(mo->className(), "QQuickFlickable") == 0;
        if (!flickable)
            continue;
        const QRectF r = item->mapRectToItem(area, item->boundingRect());
        const qreal margin = 16;
        qreal move = 0;
        if (r.top() < 0)
            move = r.top() - margin;
        else if (r.bottom() > area->height())
            move = std::min(r.bottom() - area->height() + margin, r.top() - margin);
        if (move == 0)
            continue;
        const qreal top = area->property("originY").toReal() - area->property("topMargin").toReal();
        const qreal bottom = area->property("originY").toReal()
            + area->property("contentHeight").toReal() + area->property("bottomMargin").toReal()
            - area->height();
        const qreal y = area->property("contentY").toReal() + move;
        area->setProperty("contentY", std::clamp(y, top, std::max(top, bottom)));
    }
}

void KeyboardNavigation::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

} // namespace circle
