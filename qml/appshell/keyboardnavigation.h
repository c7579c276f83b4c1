#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickWindow>

class QQuickItem;

namespace circle {

/**
 * What a keyboard user needs from the whole window, in one place rather than
 * on every page:
 *
 * - Enter and Return press the button that has focus, as Space already does
 *   (Qt Quick Controls take only Space). A text field keeps its Enter.
 * - What Tab reaches is scrolled into view, in pages and lists alike.
 * - `active` tells whether the patient is moving by keyboard (Tab, the arrows)
 *   rather than by touch or mouse, so the focus frame shows only then and a
 *   tap never leaves a ring behind.
 *
 * Declared once in Main.qml with the window it serves.
 */
class KeyboardNavigation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // A QObject, not a QQuickWindow: qmllint then needs no QtQuick C++ types to check Main.qml.
    Q_PROPERTY(QObject *window READ window WRITE setWindow NOTIFY windowChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)

public:
    explicit KeyboardNavigation(QObject *parent = nullptr);
    ~KeyboardNavigation() override;

    QObject *window() const;
    /** The window to serve; anything that is not a Qt Quick window is ignored. */
    void setWindow(QObject *window);
    bool isActive() const { return m_active; }

    /** True for a Qt Quick Controls button of any kind (Button, ItemDelegate, CheckBox…). */
    static bool isButton(const QQuickItem *item);
    /**
     * Scrolls every scrolling area around item until it is on screen, innermost
     * first, as a swipe would; a list builds the rows that come into view.
     */
    static void scrollIntoView(QQuickItem *item);

Q_SIGNALS:
    void windowChanged();
    void activeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setActive(bool active);

    QPointer<QQuickWindow> m_window;
    bool m_active = false;
};

} // namespace circle
