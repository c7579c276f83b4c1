import QtQuick
import QtTest
import Circle

// The More page: its crisis entry asks the window for the help dialog.
TestCase {
    id: root

    name: "MorePage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        MorePage {
            width: root.width
            height: root.height
        }
    }

    SignalSpy {
        id: helpSpy

        signalName: "helpRequested"
    }

    function test_getHelpAsksForTheDialog() {
        const page = createTemporaryObject(pageComponent, root)
        helpSpy.target = page
        const item = findChild(page, "moreGetHelp")
        verify(item)
        compare(item.Accessible.name, "Get help now")
        verify(item.height >= 48, "touch target too small: " + item.height)
        mouseClick(item)
        compare(helpSpy.count, 1)
    }
}
