import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Circle

// Someone to reach: a name, a number, and buttons that hand the number to the phone.
// On the safety plan page (managing) the patient's own contacts can also be
// changed in place and removed from there; crisis help only offers calling and
// texting, so a slip of the finger in a crisis changes nothing.
Pane {
    id: root

    required property int index
    required property string name
    required property string phone
    required property string note
    required property string kind
    required property string callUrl
    required property string textUrl
    required property bool editable

    /** Shows Change, which also offers Remove, for the patient's own contacts (the safety plan page). */
    property bool managing: false
    /** The contact's fields are open for changing. */
    property bool editing: false
    /** "call" or "text" when the phone could not do it; the number to dial is shown instead. */
    property string unreachable: ""
    readonly property string shownName: root.name !== "" ? root.name : root.phone

    /** Asks for this contact to be removed from the plan (only the patient's own contacts). */
    signal removeRequested(int row)

    padding: 12
    Accessible.role: Accessible.Grouping
    Accessible.name: root.name + ", " + root.phone

    background: CardBackground {
        warning: root.kind === "crisis"
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        Label {
            Layout.fillWidth: true
            visible: !root.editing
            text: root.shownName
            font.weight: Font.Medium
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.note !== "" && !root.editing
            text: root.note
            opacity: 0.75
            wrapMode: Text.WordWrap
        }
        // A Flow in a layout reports one long row as its width; this holder gives it the column's.
        Item {
            Layout.fillWidth: true
            visible: !root.editing
            implicitHeight: actions.implicitHeight

            Flow {
                id: actions

                width: parent.width
                spacing: 8

                Button {
                    id: callButton

                    objectName: "call"
                    visible: root.callUrl !== ""
                    height: Math.max(implicitHeight, 48)
                    text: qsTr("Call %1").arg(root.phone)
                    highlighted: root.kind === "crisis"
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Call %1").arg(root.shownName)
                    Keys.onReturnPressed: callButton.clicked()
                    Keys.onEnterPressed: callButton.clicked()
                    onClicked: root.unreachable = SafetyPlanModel.reach(root.index, false) ? "" : "call"
                }
                Button {
                    id: textButton

                    objectName: "text"
                    visible: root.textUrl !== ""
                    height: Math.max(implicitHeight, 48)
                    text: qsTr("Text")
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Send a text message to %1").arg(root.shownName)
                    Keys.onReturnPressed: textButton.clicked()
                    Keys.onEnterPressed: textButton.clicked()
                    onClicked: root.unreachable = SafetyPlanModel.reach(root.index, true) ? "" : "text"
                }
                Button {
                    objectName: "change"
                    visible: root.managing && root.editable
                    height: Math.max(implicitHeight, 48)
                    flat: true
                    text: qsTr("Change")
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Change %1").arg(root.shownName)
                    onClicked: root.editing = true
                }
            }
        }
        // Nothing here can call or text (a tablet, a computer): say so, and show the
        // number large enough to read off and dial from another phone.
        ColumnLayout {
            objectName: "dialFallback"
            Layout.fillWidth: true
            visible: root.unreachable !== "" && !root.editing
            spacing: 2

            Label {
                objectName: "dialFallbackText"
                Layout.fillWidth: true
                text: root.unreachable === "text"
                      ? qsTr("This device cannot send text messages. From a phone, text this number:")
                      : qsTr("This device cannot make calls. From a phone, dial this number:")
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text + " " + root.phone
            }
            // Selectable, so it can be copied into another app.
            TextEdit {
                objectName: "dialFallbackNumber"
                Layout.fillWidth: true
                text: root.phone
                readOnly: true
                selectByMouse: true
                font.pixelSize: Math.round(28 * SettingsModel.effectiveTextScale)
                font.weight: Font.Medium
                color: root.Material.foreground
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Number to dial: %1").arg(root.phone)
            }
        }
        // Built when Change is pressed; a stored change rebuilds the list, which closes it.
        Loader {
            Layout.fillWidth: true
            active: root.editing
            sourceComponent: ContactEditor {
                saveText: qsTr("Save changes")
                cancellable: true
                removable: true
            }
            onLoaded: {
                const editor = item as ContactEditor
                editor.name = root.name
                editor.phone = root.phone
                editor.note = root.note
                editor.kind = root.kind
                editor.saveAccessibleName = qsTr("Save the changes to %1").arg(root.shownName)
                editor.saveRequested.connect((kind, name, phone, note) => {
                    if (!SafetyPlanModel.updateContact(root.index, kind, name, phone, note)) {
                        // Shown next to the fields, and only there.
                        editor.errorMessage = SafetyPlanModel.errorMessage
                        SafetyPlanModel.clearError()
                    }
                })
                editor.removeAccessibleName = qsTr("Remove %1 from the plan").arg(root.shownName)
                editor.cancelled.connect(() => root.editing = false)
                editor.removeRequested.connect(() => root.removeRequested(root.index))
            }
        }
    }
}
