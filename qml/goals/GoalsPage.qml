import QtQuick
import QtQuick.Controls

Page {
    id: root

    title: qsTr("Goals")
}
