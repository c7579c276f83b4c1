<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementItemDelegate</name>
    <message>
        <location filename="../firstrun/AgreementItemDelegate.qml" line="47"/>
        <source>I agree to my group&apos;s agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/AgreementItemDelegate.qml" line="47"/>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/AgreementItemDelegate.qml" line="48"/>
        <source>I agree: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <location filename="../appshell/BackButton.qml" line="11"/>
        <location filename="../appshell/BackButton.qml" line="16"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannotAttendDialog</name>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="22"/>
        <source>Can&apos;t come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="50"/>
        <source>Your facilitator will see that you can&apos;t come to this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="55"/>
        <source>You can add a note for them. Only the group&apos;s facilitators read it, never other members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="65"/>
        <source>Note for your facilitator (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="67"/>
        <source>Note for your facilitator, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="73"/>
        <source>A note can have up to %1 characters; this one has %2. Shorten it to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="87"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="90"/>
        <source>Back without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="96"/>
        <source>Let them know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="100"/>
        <source>Let the facilitator know I can&apos;t come</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="79"/>
        <location filename="../safety/ContactDelegate.qml" line="82"/>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="93"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="95"/>
        <source>Send a text message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="105"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="107"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="124"/>
        <source>This device cannot send text messages. From a phone, text this number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="125"/>
        <source>This device cannot make calls. From a phone, dial this number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="141"/>
        <source>Number to dial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="149"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="159"/>
        <source>Save the changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="167"/>
        <source>Remove %1 from the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../safety/ContactEditor.qml" line="19"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="20"/>
        <source>Add to my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="25"/>
        <source>Remove from my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="51"/>
        <location filename="../safety/ContactEditor.qml" line="52"/>
        <source>Name or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="62"/>
        <location filename="../safety/ContactEditor.qml" line="64"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="74"/>
        <source>When or how to reach them (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="75"/>
        <source>When or how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="87"/>
        <source>Someone I know, or a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="88"/>
        <source>A professional (therapist, doctor, clinic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="89"/>
        <source>A crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="92"/>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="120"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="122"/>
        <source>Cancel the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="130"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountTile</name>
    <message>
        <location filename="../today/CountTile.qml" line="16"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunFlow</name>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="75"/>
        <location filename="../firstrun/FirstRunFlow.qml" line="90"/>
        <source>Welcome to Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="90"/>
        <source>What Circle keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="90"/>
        <source>Our group agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="91"/>
        <source>A passcode, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="102"/>
        <location filename="../firstrun/FirstRunFlow.qml" line="105"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="106"/>
        <source>What to do if you are in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="130"/>
        <source>Circle is your companion between group sessions: a place to journal, note good things, work on your goals, check in with your mood, do your group&apos;s homework and see when the group meets next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="138"/>
        <source>It takes a minute to get started. If things get hard at any point, &quot;Get help now&quot; is always one tap away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="159"/>
        <source>Circle keeps what you write here: journal entries, good things, mood check-ins, goals and their check-ins, homework answers and your safety plan. It also keeps your group&apos;s schedule and homework from the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="167"/>
        <source>All of it stays on this phone in an encrypted store. The key to it lives in your phone&apos;s secure key store, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="174"/>
        <source>Your journal, good things, mood and safety plan are private. If your phone is linked to your clinic, they are backed up there sealed with a key the clinic does not have. Your therapist sees a goal or a homework answer only when you choose to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="189"/>
        <source>Every member of the group agrees to the same few things. They keep the room safe for everyone. Please read each one and tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="202"/>
        <source>The points of the group agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="227"/>
        <source>A passcode keeps Circle closed when someone else picks up your phone. You can set one now, or later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="235"/>
        <source>There is no way to recover a forgotten passcode, so choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="245"/>
        <source>Set passcode and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="291"/>
        <location filename="../firstrun/FirstRunFlow.qml" line="293"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="303"/>
        <source>%1 of %2 agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="321"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="322"/>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="322"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="325"/>
        <source>Tick every point of the agreement first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="15"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="24"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="27"/>
        <source>Close crisis help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="48"/>
        <source>If you are in danger, or might hurt yourself or someone else, call your local emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="68"/>
        <source>You can also go to the nearest emergency department, or ask someone you trust to stay with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="73"/>
        <location filename="../appshell/GetHelpDialog.qml" line="75"/>
        <source>Open my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalBuilderCalendar</name>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="35"/>
        <source>‹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="37"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="53"/>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="54"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="145"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="147"/>
        <source>Close the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalBuilderPage</name>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="29"/>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="30"/>
        <source>How will you measure it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="31"/>
        <source>What small steps will get you there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="32"/>
        <source>Why does it matter to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="33"/>
        <source>By when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="34"/>
        <source>Does this look right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="37"/>
        <source>Say it plainly enough that you will know when you have done it, for example &quot;Go to recovery meetings&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="38"/>
        <source>A number and what it counts, for example 3 meetings a week or 20 minutes a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="39"/>
        <source>Steps small enough to start this week. Put them in the order you will take them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="40"/>
        <source>A few words for the days it feels hard. Only you see this unless you share the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="41"/>
        <source>Pick a day that gives you a fair chance. You can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="42"/>
        <source>Your goal is kept on this phone. You choose later whether your therapist sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="71"/>
        <source>Change goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="71"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="88"/>
        <source>Back to summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="89"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="89"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="91"/>
        <source>Back to the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="92"/>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="93"/>
        <source>Cancel the new goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="93"/>
        <source>Leave the goal as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="104"/>
        <source>Save goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="104"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="104"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="106"/>
        <source>Save the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="107"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="107"/>
        <source>Done, back to the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="136"/>
        <location filename="../goals/GoalBuilderPage.qml" line="144"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="171"/>
        <source>My goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="172"/>
        <location filename="../goals/GoalBuilderPage.qml" line="401"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="193"/>
        <source>3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="195"/>
        <source>Target number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="203"/>
        <source>meetings a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="204"/>
        <source>What the number counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="235"/>
        <source>Count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="260"/>
        <source>(done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="268"/>
        <source>Move &quot;%1&quot; up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="276"/>
        <source>Move &quot;%1&quot; down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="283"/>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="298"/>
        <source>A small step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="299"/>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="306"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="308"/>
        <source>Add this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="326"/>
        <source>Because…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="327"/>
        <location filename="../goals/GoalBuilderPage.qml" line="412"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="343"/>
        <source>For example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="345"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="346"/>
        <source>Type a date like %1, or pick one below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="355"/>
        <source>In 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="355"/>
        <source>In a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="356"/>
        <source>In 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="366"/>
        <source>Due date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="373"/>
        <source>Pick a day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="376"/>
        <source>Pick the due date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="403"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="405"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../goals/GoalBuilderPage.qml" line="409"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="415"/>
        <source>Not written (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="421"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCheckInDelegate</name>
    <message>
        <location filename="../goals/GoalCheckInDelegate.qml" line="51"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInDelegate.qml" line="53"/>
        <source>Correct or delete the check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCheckInEditDialog</name>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="39"/>
        <source>Correct this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="59"/>
        <source>Value in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="69"/>
        <source>Corrected value in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="75"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="84"/>
        <source>Corrected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="96"/>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="103"/>
        <source>Delete this check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="110"/>
        <source>Go back without changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCheckInForm</name>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="34"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="39"/>
        <source>How many %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="49"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="51"/>
        <source>Value in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="62"/>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="72"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="81"/>
        <source>This goal is shared, so your therapist reads the note too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="82"/>
        <source>Only you see the note, unless you share this goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="96"/>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="98"/>
        <source>Save goal check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalConfirmDialog</name>
    <message>
        <location filename="../goals/GoalConfirmDialog.qml" line="12"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message numerus="yes">
        <location filename="../goals/GoalDelegate.qml" line="26"/>
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../goals/GoalDelegate.qml" line="35"/>
        <source>Opens the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDelegate.qml" line="99"/>
        <source>Shared with your therapist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetailPage</name>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="44"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="46"/>
        <source>Change this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="122"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="162"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="162"/>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="182"/>
        <source>Shared with your therapist: see or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="183"/>
        <source>Share with your therapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="185"/>
        <source>See what your therapist sees, or stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="186"/>
        <source>Preview and share this goal with your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="265"/>
        <source>Is this number right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="266"/>
        <source>Yes, save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="267"/>
        <source>Let me change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="281"/>
        <source>Delete this check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="283"/>
        <source>It goes from your history and chart, and from what your therapist sees after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="284"/>
        <source>It goes from your history and chart. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="285"/>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="296"/>
        <source>Delete this goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="298"/>
        <source>The goal, its steps and all its check-ins go from this phone, and from what your therapist sees after the next sync. This cannot be undone. If you only want a break from it, put it aside instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="299"/>
        <source>The goal, its steps and all its check-ins go from this phone. This cannot be undone. If you only want a break from it, put it aside instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="300"/>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="201"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="36"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="226"/>
        <source>Check-ins, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalLifecycleActions</name>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="19"/>
        <source>This goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="26"/>
        <source>I reached this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="27"/>
        <source>Mark this goal as reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="35"/>
        <source>Put aside for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="37"/>
        <source>Put this goal aside for now; you can take it up again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="44"/>
        <source>Take it up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="45"/>
        <source>Make this goal active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="52"/>
        <source>Delete goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="54"/>
        <source>Delete this goal and its check-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalListPane</name>
    <message>
        <location filename="../goals/GoalListPane.qml" line="37"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalListPane.qml" line="54"/>
        <source>No goals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalListPane.qml" line="55"/>
        <source>Set a goal step by step: what, how much, the small steps, why, and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalListPane.qml" line="66"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalListPane.qml" line="69"/>
        <source>Set a new goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalProgressChart</name>
    <message>
        <location filename="../goals/GoalProgressChart.qml" line="48"/>
        <source>Progress towards the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalProgressChart.qml" line="119"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalReviewHeading</name>
    <message>
        <location filename="../goals/GoalReviewHeading.qml" line="25"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalReviewHeading.qml" line="27"/>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalSharePage</name>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="15"/>
        <source>Share with your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="36"/>
        <source>Shared. Your therapist can see this goal and its check-ins after each sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="37"/>
        <source>Not shared. Only you can see this goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="52"/>
        <source>This phone has not joined a clinic yet, so there is no therapist to share with. To join, go to More, then Clinic sync, and paste the invite your clinic gave you. Until then, everything here stays on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="61"/>
        <source>Share with the therapists of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="71"/>
        <source>Group whose therapists see this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="78"/>
        <source>What your therapist sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="79"/>
        <source>What your therapist would see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="118"/>
        <source>Stays private, sealed so the clinic cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="138"/>
        <source>Share this goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="140"/>
        <source>Share this goal with your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="148"/>
        <source>Stop sharing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="149"/>
        <source>Stop sharing this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="162"/>
        <source>Share this goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="163"/>
        <source>Your therapist will see the goal and its check-ins as listed, the next time Circle syncs with your clinic. You can stop sharing at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="164"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="174"/>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="172"/>
        <source>Stop sharing this goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="173"/>
        <source>Your therapist loses this goal and its check-ins at the next sync. It stays on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalUnits</name>
    <message>
        <location filename="../goals/goalunits.cpp" line="17"/>
        <source>times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="17"/>
        <source>time a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="18"/>
        <source>meetings a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="18"/>
        <source>meeting a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="19"/>
        <source>minutes a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="19"/>
        <source>minute a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="20"/>
        <source>days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="20"/>
        <source>day a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="52"/>
        <source>%1 %2</source>
        <extracomment>A goal&apos;s number and what it counts, as in &quot;3 meetings a week&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="70"/>
        <source>%1 of %2</source>
        <extracomment>A check-in of one against the goal&apos;s target, as in &quot;1 of 5 walks a week&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsGlanceCard</name>
    <message>
        <location filename="../goals/GoalsGlanceCard.qml" line="16"/>
        <source>Goal progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalsGlanceCard.qml" line="39"/>
        <source>No active goals. Set one on the Goals page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/GoalsGlanceCard.qml" line="70"/>
        <source>%1, %2. Open this goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../goals/GoalsPage.qml" line="11"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GratitudeDayDelegate</name>
    <message>
        <location filename="../gratitude/GratitudeDayDelegate.qml" line="36"/>
        <source>Copy from another device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GratitudePage</name>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="12"/>
        <source>Gratitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="30"/>
        <source>Earlier good things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="49"/>
        <source>Three good things today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="69"/>
        <location filename="../gratitude/GratitudePage.qml" line="70"/>
        <source>Good thing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="88"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="91"/>
        <source>Save today&apos;s good things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="105"/>
        <source>Your good things, day by day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeworkDelegate</name>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="75"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="76"/>
        <source>Your answer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="103"/>
        <source>Attached journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="104"/>
        <source>Attached: entry from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="122"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="125"/>
        <source>Remove the attached entry from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="152"/>
        <source>Change entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="152"/>
        <source>Attach an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="154"/>
        <source>Change the journal entry attached to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="155"/>
        <source>Choose a journal entry to attach to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="144"/>
        <location filename="../homework/HomeworkDelegate.qml" line="146"/>
        <source>Save answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="164"/>
        <source>Share with therapists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="166"/>
        <source>See what your therapists would see of %1, then share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="177"/>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="180"/>
        <source>Stop sharing %1 with your therapists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="188"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="190"/>
        <source>Mark %1 as done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeworkDueCard</name>
    <message>
        <location filename="../today/HomeworkDueCard.qml" line="24"/>
        <source>Homework due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/HomeworkDueCard.qml" line="44"/>
        <source>Your homework could not be read just now. Open the Homework page to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/HomeworkDueCard.qml" line="46"/>
        <location filename="../today/HomeworkDueCard.qml" line="47"/>
        <source>Nothing due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/HomeworkDueCard.qml" line="49"/>
        <location filename="../today/HomeworkDueCard.qml" line="76"/>
        <source>Opens your homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../today/HomeworkDueCard.qml" line="105"/>
        <source>%n more on the Homework page</source>
        <translation>
            <numerusform>%n more on the Homework page</numerusform>
            <numerusform>%n more on the Homework page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeworkEntryPicker</name>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="17"/>
        <source>Attach a journal entry to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="30"/>
        <source>Your journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="47"/>
        <source>Chosen: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="78"/>
        <source>No journal entries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="79"/>
        <source>Write one in your journal, then come back to attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="94"/>
        <source>Tap an entry to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="95"/>
        <source>Chosen: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="123"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="127"/>
        <source>Attach the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="136"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="139"/>
        <source>Close without attaching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeworkPage</name>
    <message>
        <location filename="../homework/HomeworkPage.qml" line="11"/>
        <location filename="../homework/HomeworkPage.qml" line="54"/>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkPage.qml" line="123"/>
        <source>No homework right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkPage.qml" line="124"/>
        <source>What your group is asked to practise between sessions will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeworkSharePreview</name>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="22"/>
        <source>Share with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="42"/>
        <source>They will see exactly this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="60"/>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="74"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="82"/>
        <source>(no written answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="89"/>
        <source>Marked as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="90"/>
        <source>Not marked as done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="97"/>
        <source>That a journal entry is attached, without its words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="106"/>
        <source>The attached journal entry stays private, like the rest of your journal, your mood, your good things and your safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="107"/>
        <source>Your journal, mood, good things and safety plan stay private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="112"/>
        <source>If you change the answer later, they see the new version. You can stop sharing at any time, and they will no longer see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="146"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="149"/>
        <source>Share this answer with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="159"/>
        <source>Keep private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="162"/>
        <source>Keep this answer private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="31"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="33"/>
        <source>Done, back to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="50"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="52"/>
        <source>Delete this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="66"/>
        <source>This is a copy kept because the entry was changed on two devices at once. Keep what you want and delete the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="89"/>
        <source>Write whatever is on your mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="90"/>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="119"/>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="127"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="133"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="147"/>
        <source>It is removed from this phone and from your other devices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntryDelegate</name>
    <message>
        <location filename="../journal/JournalEntryDelegate.qml" line="70"/>
        <source>Mood %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalEntryDelegate.qml" line="82"/>
        <source>Copy from another device: compare and keep what you want</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalListPane</name>
    <message>
        <location filename="../journal/JournalListPane.qml" line="29"/>
        <location filename="../journal/JournalListPane.qml" line="31"/>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="54"/>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="72"/>
        <source>These are the newest %1 entries that match. Add another word to find older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="85"/>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="85"/>
        <source>No journal entries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="87"/>
        <source>Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="88"/>
        <source>Your entries stay on this phone, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="103"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="106"/>
        <source>Write a new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="113"/>
        <source>Use a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="115"/>
        <source>Choose a writing prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../journal/JournalPage.qml" line="12"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPromptsPage</name>
    <message>
        <location filename="../journal/JournalPromptsPage.qml" line="17"/>
        <source>Back to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalPromptsPage.qml" line="22"/>
        <source>Choose a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/JournalPromptsPage.qml" line="37"/>
        <source>Writing prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lock/LockScreen.qml" line="51"/>
        <source>Circle is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="62"/>
        <source>Type your passcode to open your journal, goals and the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="77"/>
        <location filename="../lock/LockScreen.qml" line="78"/>
        <source>Passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="101"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="103"/>
        <source>Unlock Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="111"/>
        <source>Forgot your passcode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="125"/>
        <source>No one can look up or reset your passcode, not even your clinic: that is what keeps your entries private. If you cannot remember it, you can remove Circle from this phone and install it again. If your phone is linked to your clinic, your recovery code brings back your journal, good things, mood and safety plan; your group&apos;s schedule and homework come back on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="134"/>
        <location filename="../lock/LockScreen.qml" line="137"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="138"/>
        <source>Crisis lines and your safety contacts, without unlocking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="58"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Main.qml" line="115"/>
        <location filename="../Main.qml" line="119"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Main.qml" line="120"/>
        <source>What to do if you are in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Main.qml" line="196"/>
        <source>Main sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Main.qml" line="215"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Main.qml" line="216"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Main.qml" line="217"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Main.qml" line="218"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Main.qml" line="219"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodPage</name>
    <message>
        <location filename="../mood/MoodPage.qml" line="18"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="42"/>
        <source>How are you feeling right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="56"/>
        <source>Words for it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="101"/>
        <source>A note for yourself (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="102"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="116"/>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="119"/>
        <source>Save mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="143"/>
        <source>Last 8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="155"/>
        <source>Recent check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="168"/>
        <source>%1: %2/10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodSavedNote</name>
    <message>
        <location filename="../mood/MoodSavedNote.qml" line="26"/>
        <source>Saved. Thank you for being honest about a hard moment. You do not have to carry it alone: your safety plan and the people on it are one tap away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodSavedNote.qml" line="27"/>
        <source>Saved. Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodSavedNote.qml" line="36"/>
        <source>Open my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodScoreSlider</name>
    <message>
        <location filename="../mood/MoodScoreSlider.qml" line="19"/>
        <location filename="../mood/MoodScoreSlider.qml" line="36"/>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodScoreSlider.qml" line="35"/>
        <source>Mood from 0, very low, to 10, very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodScoreSlider.qml" line="46"/>
        <source>0&#xa0;·&#xa0;very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodScoreSlider.qml" line="56"/>
        <source>very good&#xa0;·&#xa0;10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodTrendChart</name>
    <message>
        <location filename="../mood/MoodTrendChart.qml" line="59"/>
        <source>Mood by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/MoodTrendChart.qml" line="140"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoreMenuPane</name>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="26"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="32"/>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="33"/>
        <source>Homework from your group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="40"/>
        <source>Gratitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="41"/>
        <source>Gratitude: three good things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="48"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="49"/>
        <source>Mood check-in and trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="56"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="57"/>
        <source>Reminders: sessions, homework, daily practice and quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="64"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="71"/>
        <location filename="../more/MoreMenuPane.qml" line="72"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="73"/>
        <source>What to do if you are in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="80"/>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="81"/>
        <source>My safety plan: crisis lines, my contacts and my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="88"/>
        <source>Clinic sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="89"/>
        <source>Clinic sync: joining your clinic, sync status and changes not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="96"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="102"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="103"/>
        <source>Settings: passcode, lock, language, export and about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="111"/>
        <source>Circle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="117"/>
        <source>Everything you write in Circle is stored encrypted on this phone. The key is kept in your phone&apos;s secure key store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <location filename="../more/MorePage.qml" line="12"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSessionCard</name>
    <message>
        <location filename="../today/NextSessionCard.qml" line="41"/>
        <source>Next group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="45"/>
        <location filename="../today/NextSessionCard.qml" line="60"/>
        <source>No upcoming sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="66"/>
        <source>Happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="66"/>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="140"/>
        <source>I&apos;ll be there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="143"/>
        <source>I&apos;ll be there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="151"/>
        <source>Can&apos;t come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="154"/>
        <source>I can&apos;t come: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotSyncedDelegate</name>
    <message>
        <location filename="../sync/NotSyncedDelegate.qml" line="46"/>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/NotSyncedDelegate.qml" line="52"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/NotSyncedDelegate.qml" line="55"/>
        <source>Dismiss: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasscodeForm</name>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="17"/>
        <source>Save passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="18"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="45"/>
        <location filename="../lock/PasscodeForm.qml" line="46"/>
        <source>Passcode you use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="58"/>
        <location filename="../lock/PasscodeForm.qml" line="59"/>
        <source>New passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="70"/>
        <source>At least %1 characters: numbers, letters or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="83"/>
        <source>The same passcode again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="84"/>
        <source>Repeat the new passcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeWeek</name>
    <message>
        <location filename="../today/PracticeWeek.qml" line="53"/>
        <source>%1: practiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/PracticeWeek.qml" line="54"/>
        <source>%1: nothing logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickGratitudeCard</name>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="13"/>
        <location filename="../today/QuickGratitudeCard.qml" line="40"/>
        <source>One good thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="25"/>
        <source>Good things today: %1 of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="26"/>
        <source>What went well today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="41"/>
        <source>One good thing from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="49"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="53"/>
        <source>Add this good thing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickMoodCard</name>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="15"/>
        <source>Mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="27"/>
        <source>How are you now? Last time: %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="28"/>
        <source>How are you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="41"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="45"/>
        <source>Save mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPlanner</name>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="230"/>
        <source>Time for your daily practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="237"/>
        <source>Your group meets today at %1. You let them know you can&apos;t come, and you are still part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="241"/>
        <source>Your group meets tomorrow at %1. You let them know you can&apos;t come, and you are still part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="244"/>
        <source>Your group meets on %1. You let them know you can&apos;t come, and you are still part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="250"/>
        <source>Group session at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="250"/>
        <source>Homework due today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="252"/>
        <source>Group session tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="252"/>
        <source>Homework due tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="256"/>
        <source>Group session on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="256"/>
        <source>Homework due on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="298"/>
        <source>Circle: you have a reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="13"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="49"/>
        <source>Group sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="55"/>
        <source>Remind me before each session of my group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="73"/>
        <source>Session reminder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="98"/>
        <source>%1: at the times above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="100"/>
        <source>Use the times above for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="132"/>
        <source>When I&apos;ve said I can&apos;t come, a kind note instead of reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="134"/>
        <source>A kind note for sessions I can&apos;t attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="142"/>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="148"/>
        <source>The evening before it is due and that morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="150"/>
        <source>Homework reminders, the evening before and the morning it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="158"/>
        <source>Daily practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="164"/>
        <source>A reminder to journal or note good things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="166"/>
        <source>Daily practice reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="175"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="176"/>
        <source>Time of the daily practice reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="220"/>
        <location filename="../reminders/RemindersPage.qml" line="228"/>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="226"/>
        <source>Hold reminders during these hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="243"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="244"/>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="253"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="254"/>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="265"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="275"/>
        <source>No limit per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../reminders/RemindersPage.qml" line="276"/>
        <source>At most %n a day</source>
        <translation>
            <numerusform>At most %n a day</numerusform>
            <numerusform>At most %n a day</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="284"/>
        <source>Most reminders a day, 0 for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="293"/>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="299"/>
        <source>Say what a reminder is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="301"/>
        <source>Show what a reminder is about on the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="311"/>
        <source>Reminders show a kind and a time, like &quot;Group session at 18:00&quot;. Never a topic, a place or anything you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="312"/>
        <source>Reminders only say &quot;Circle: you have a reminder&quot;, so no one glancing at your phone learns more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="323"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="329"/>
        <source>Use the group&apos;s name in my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="331"/>
        <source>Use the group&apos;s name for sessions added to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="341"/>
        <source>Sessions you add to your calendar are called “%1”. Anyone who can see that calendar sees the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="342"/>
        <source>Sessions you add to your calendar are called “%1”, so a shared or work calendar says nothing about your group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanEditor</name>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="14"/>
        <source>Signs that a crisis may be coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="24"/>
        <source>One per line: thoughts, moods, situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="25"/>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="29"/>
        <location filename="../safety/SafetyPlanEditor.qml" line="40"/>
        <source>Things I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="39"/>
        <source>One per line: what helps me get through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="44"/>
        <location filename="../safety/SafetyPlanEditor.qml" line="55"/>
        <source>What keeps me going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="54"/>
        <source>People, plans, things I care about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="59"/>
        <location filename="../safety/SafetyPlanEditor.qml" line="70"/>
        <source>Making my surroundings safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="69"/>
        <source>What I can put away or ask someone to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="75"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="78"/>
        <source>Save my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="18"/>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="44"/>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="80"/>
        <source>Add someone to call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="12"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="31"/>
        <location filename="../schedule/SchedulePage.qml" line="102"/>
        <source>Upcoming sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="31"/>
        <source>Past sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="97"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="110"/>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="115"/>
        <source>Past sessions and what I answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="160"/>
        <source>No upcoming sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="160"/>
        <source>No past sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="162"/>
        <source>Sessions you had, and what you answered, appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="163"/>
        <source>Sessions appear here once your clinic has scheduled them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="113"/>
        <source>Your note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="129"/>
        <source>I&apos;ll be there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="132"/>
        <source>I&apos;ll be there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="139"/>
        <source>Can&apos;t come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="142"/>
        <source>I can&apos;t come: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="149"/>
        <source>Join online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="152"/>
        <source>Join the session online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="153"/>
        <source>Opens the link in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="161"/>
        <location filename="../schedule/SessionDelegate.qml" line="164"/>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="180"/>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="182"/>
        <source>Add this session to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="195"/>
        <source>Every session of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="197"/>
        <source>Add every session of the group to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../settings/SettingsPage.qml" line="18"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="30"/>
        <source>The passcode is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="31"/>
        <source>Your new passcode is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="32"/>
        <source>The passcode is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="59"/>
        <source>Passcode and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="66"/>
        <source>Ask for a passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="68"/>
        <source>Ask for a passcode to open Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="81"/>
        <location filename="../settings/SettingsPage.qml" line="83"/>
        <source>Change passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="96"/>
        <source>Turn passcode off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="96"/>
        <source>Save passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="116"/>
        <source>Lock Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="138"/>
        <source>Only when I leave Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="139"/>
        <source>After 1 minute without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="140"/>
        <source>After %1 minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="151"/>
        <source>Circle always locks at once when you leave it for another app or turn off the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="152"/>
        <source>Set a passcode to choose when Circle locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="161"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="180"/>
        <source>Same as the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="202"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="209"/>
        <source>Every page uses the size you pick here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="231"/>
        <source>Same as the phone (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="232"/>
        <source>Usual size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="233"/>
        <source>Larger (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="250"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="256"/>
        <source>Save a copy of everything in Circle to a file, for your own records or to move it by hand. The file is not encrypted: anyone who opens it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="264"/>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="266"/>
        <source>Export everything to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="285"/>
        <source>About Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="292"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="299"/>
        <source>Where things are kept: everything you write, and your group&apos;s schedule, in one encrypted database in %1. Its key is in the phone&apos;s key store. Settings such as this page&apos;s choices are kept in the same database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="307"/>
        <source>Privacy in short: what you write stays yours. The clinic&apos;s server only ever holds your private pages sealed, and your therapist sees only what you choose to share. Notifications on the lock screen stay general unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="316"/>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="321"/>
        <source>Qt %1: LGPL 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="322"/>
        <source>SQLCipher %1: BSD-style licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="323"/>
        <source>libsodium %1: ISC licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="324"/>
        <source>Protocol Buffers %1: BSD 3-Clause licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../sync/SyncIndicator.qml" line="22"/>
        <source>Clinic sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncIndicator.qml" line="23"/>
        <source>Opens the clinic sync page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncJoinPane</name>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="24"/>
        <source>Sync with your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="29"/>
        <source>Circle works without a clinic. If you join yours, Circle keeps a copy of your entries on your clinic&apos;s server, so a new phone can get them back, and your group&apos;s schedule and homework come to you by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="35"/>
        <source>Stays sealed: your journal, gratitude notes, mood check-ins and safety plan are locked on this phone before they leave it. The clinic keeps them but cannot read them, and neither can your therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="40"/>
        <source>Shared only if you choose: a goal and its check-ins, a homework answer, or your reply to a session. Only the therapists of your group see those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="46"/>
        <source>Your invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="54"/>
        <source>Paste the invite from your clinic (circle-invite:…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="58"/>
        <source>Invite from your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="65"/>
        <source>I used Circle with this clinic on another phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="74"/>
        <source>Type the recovery code you wrote down when you first joined. With it, this phone can read your private entries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="82"/>
        <source>Recovery code, e.g. 7K2Q-F9XA-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="85"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="103"/>
        <source>Join my clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="116"/>
        <source>Joining your clinic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../sync/SyncPage.qml" line="18"/>
        <source>Clinic sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRecoveryCodePane</name>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="23"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="28"/>
        <source>Write this code on paper and keep it somewhere safe. If you lose this phone or get a new one, it is the only way to read your private entries again: your clinic does not have it. Circle shows it only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="46"/>
        <source>Recovery code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="54"/>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="59"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="63"/>
        <source>Continue: I have written the recovery code down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusPane</name>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="34"/>
        <source>Clinic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="41"/>
        <source>Waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="42"/>
        <source>Nothing is waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="50"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="64"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="77"/>
        <source>Your journal, gratitude notes, mood check-ins and safety plan are sealed on this phone before they leave it; the clinic cannot read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="83"/>
        <source>Not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="91"/>
        <source>Your clinic&apos;s server has accepted every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="98"/>
        <source>The clinic&apos;s server refused these changes. They are still on this phone; nothing else was held up. Dismiss one once you have read why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../../sync/enrollment.cpp" line="23"/>
        <source>The clinic&apos;s server does not accept this invite: it is unknown, already used or expired. Ask your clinic for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/enrollment.cpp" line="27"/>
        <source>The clinic&apos;s server did not show the certificate named in the invite, so Circle did not connect. Check that the invite is the one your clinic gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/enrollment.cpp" line="31"/>
        <source>Circle could not reach the clinic&apos;s server. Check that you are online and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/enrollment.cpp" line="43"/>
        <source>The clinic&apos;s server sent an enrollment answer Circle could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/enrollment.cpp" line="46"/>
        <source>The clinic&apos;s server speaks a newer protocol; update Circle to enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="24"/>
        <source>The clinic&apos;s server refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="72"/>
        <source>Circle talks to the clinic&apos;s server only over HTTPS; plain HTTP is for development on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="76"/>
        <source>The clinic&apos;s server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="81"/>
        <source>No certificate pin is known for the clinic&apos;s server; enroll again with an invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="105"/>
        <source>The clinic&apos;s server presented a certificate that does not match the one in your invite. Circle did not connect, in case someone is listening in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="113"/>
        <location filename="../../sync/httptransport.cpp" line="161"/>
        <source>Could not reach the clinic&apos;s server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="116"/>
        <source>The clinic&apos;s server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="160"/>
        <source>The clinic&apos;s server could not be verified (%1); Circle did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="14"/>
        <source>This invite cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="24"/>
        <source>it is of a newer kind than this version of Circle understands; update Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="25"/>
        <source>it does not start with &quot;circle-invite:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="34"/>
        <source>the server address is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="37"/>
        <source>the server address must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="39"/>
        <source>the invite code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="45"/>
        <source>the certificate pin is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="48"/>
        <source>the certificate pin is not a SHA-256 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="136"/>
        <source>%1 and %2</source>
        <extracomment>A list of recovery code group numbers: &quot;3, 7 and 12&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="216"/>
        <source>Group %1 of the recovery code contains “%2”, which recovery codes never use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="232"/>
        <source>The recovery code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="239"/>
        <source>Group %1 of the recovery code should have %2 characters, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="247"/>
        <source>The recovery code should have %1 groups, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="252"/>
        <source>The recovery code should have %1 characters (%2 groups of %3), not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="270"/>
        <source>The recovery code has a typo in group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="273"/>
        <source>The recovery code has typos in groups %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="293"/>
        <source>The recovery code has a typo the group checks could not place, probably two in one group. Compare every group with your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/syncaccount.cpp" line="31"/>
        <source>The sync settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/syncsession.cpp" line="16"/>
        <source>This phone&apos;s device token is missing from the system key store; enroll again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/syncsession.cpp" line="20"/>
        <source>The sync key in the system key store is unusable (%1); restore it with the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../reminders/TimeField.qml" line="37"/>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../today/TodayPage.qml" line="13"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="97"/>
        <source>Next group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="130"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="145"/>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="159"/>
        <source>Your goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="170"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../today/TodayPage.qml" line="187"/>
        <source>journal entries</source>
        <translation>
            <numerusform>journal entry</numerusform>
            <numerusform>journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../today/TodayPage.qml" line="195"/>
        <source>days with good things</source>
        <translation>
            <numerusform>day with good things</numerusform>
            <numerusform>days with good things</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>circle::AppLock</name>
    <message>
        <location filename="../lock/applock.cpp" line="63"/>
        <location filename="../lock/applock.cpp" line="196"/>
        <source>Could not save the setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="87"/>
        <source>Too many wrong tries. Try again in %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="90"/>
        <source>Too many wrong tries. Try again in a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="91"/>
        <source>Too many wrong tries. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="103"/>
        <source>Could not read the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="108"/>
        <source>The passcode cannot be checked on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="131"/>
        <source>That passcode is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="132"/>
        <source>That passcode is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="151"/>
        <source>You can try your passcode again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="159"/>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="163"/>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="167"/>
        <source>The two passcodes are not the same. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="175"/>
        <source>A passcode cannot be set on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="177"/>
        <source>There was not enough memory to protect the passcode. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="173"/>
        <source>Could not save the passcode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="212"/>
        <source>Type your passcode to open Circle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::ClinicEnrollment</name>
    <message>
        <location filename="../sync/clinicenrollment.cpp" line="79"/>
        <source>This phone has already joined a clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicenrollment.cpp" line="83"/>
        <source>Paste the invite your clinic gave you. It starts with &quot;circle-invite:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicenrollment.cpp" line="124"/>
        <source>Your clinic&apos;s server does not accept this invite: it is unknown, already used or expired. Ask your clinic for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::ClinicSync</name>
    <message>
        <location filename="../sync/clinicsync.cpp" line="78"/>
        <source>Circle could not read this phone&apos;s clinic settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="107"/>
        <source>This phone&apos;s keys for syncing are missing from its key store, so it cannot sync. Everything on this phone is still here. Ask your clinic for a new invite and join again with your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="209"/>
        <source>Circle could not reach your clinic&apos;s server. Your changes are kept on this phone and will be sent when it is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="212"/>
        <source>The server did not prove it is your clinic&apos;s, so Circle sent nothing. If this keeps happening, tell your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="215"/>
        <source>Your clinic no longer recognises this phone. Ask them for a new invite. Nothing on this phone is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="218"/>
        <source>Your clinic&apos;s server is busy or having trouble. Circle will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="221"/>
        <source>Your clinic&apos;s server did not accept this sync. Circle will try again; if this keeps happening, tell your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="224"/>
        <source>Your clinic&apos;s server needs a newer version of Circle. Update Circle to keep syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="227"/>
        <source>Circle could not read or write its own storage on this phone while syncing. Restart Circle; if this keeps happening, free up some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="245"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="249"/>
        <source>Synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="251"/>
        <source>Synced %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="256"/>
        <source>Synced today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="258"/>
        <source>Synced yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="259"/>
        <source>Synced %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="268"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="271"/>
        <source>Sync needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="272"/>
        <source>Not synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="275"/>
        <source>Waiting to sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::FirstRunModel</name>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="41"/>
        <source>What is said here stays here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="43"/>
        <source>I may pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="45"/>
        <source>Dignity and respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="47"/>
        <source>No violence, no threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="49"/>
        <source>Sober at group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="51"/>
        <source>Showing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="53"/>
        <source>Saying goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="60"/>
        <source>I keep to myself who comes to group and what others tell there. I can talk about my own part, never about someone else&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="63"/>
        <source>I never have to answer a question or share more than feels right. Saying &quot;I pass&quot; is always fine, and I let others pass too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="66"/>
        <source>I treat everyone in the room as I would like to be treated: no put-downs, no mocking, no name-calling. I let people finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="69"/>
        <source>I do not hurt, threaten or frighten anyone, in words or in deeds. Anyone who feels unsafe can tell the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="72"/>
        <source>I do not drink or use drugs before a session, so I can be there with a clear head and so can everyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="75"/>
        <source>I come to every session, on time. If something urgent keeps me away, I let the group know when I can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="78"/>
        <source>When I decide to leave the group, I come once more to say goodbye instead of just staying away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="224"/>
        <source>%1: our own agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="241"/>
        <source>Could not read the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="172"/>
        <source>Please read and tick each point first (%1 left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="259"/>
        <location filename="../firstrun/firstrunmodel.cpp" line="273"/>
        <location filename="../firstrun/firstrunmodel.cpp" line="282"/>
        <location filename="../firstrun/firstrunmodel.cpp" line="287"/>
        <source>Could not save your agreement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="299"/>
        <source>Please acknowledge the agreement first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::GoalBuilder</name>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="86"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="172"/>
        <source>This goal could not be read, so it cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="243"/>
        <source>Write the step before adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="245"/>
        <source>Keep a step under %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="249"/>
        <source>A goal can have up to %1 steps. Remove one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="351"/>
        <source>%1, chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="353"/>
        <source>%1, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="416"/>
        <source>Your goal was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="434"/>
        <source>Write what you want to do, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="436"/>
        <source>Keep the goal under %1 characters; it has %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="447"/>
        <source>Enter a number for your target, such as 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="450"/>
        <source>&quot;%1&quot; is not a number. Use digits, such as 3 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="454"/>
        <source>The target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="457"/>
        <source>The target needs to be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="460"/>
        <source>That number is too large for a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="465"/>
        <source>Say what you will count, such as &quot;meetings a week&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="467"/>
        <source>Keep the unit under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="474"/>
        <source>Add at least one small step you can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="478"/>
        <source>Keep this under %1 characters; it has %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="490"/>
        <source>Choose the day you want to reach this goal by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="492"/>
        <source>&quot;%1&quot; is not a date Circle can read. Write it like %2, or pick a day from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="496"/>
        <source>That day has already passed. Choose today or a day after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="498"/>
        <source>The due date cannot be before the goal started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::GoalDetailModel</name>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="62"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="90"/>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="96"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="103"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../goals/goaldetailmodel.cpp" line="124"/>
        <source>%1 of %n step(s) done</source>
        <extracomment>How many of a goal&apos;s action steps are ticked, as in &quot;1 of 2 steps done&quot;.</extracomment>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="144"/>
        <source>You reached this goal. Well done. It stays here with its check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="146"/>
        <source>Put aside for now. It stays here with its check-ins, and you can take it up again whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="175"/>
        <source>This goal is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="176"/>
        <source>This goal could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="201"/>
        <source>Enter a value, such as 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="204"/>
        <source>&quot;%1&quot; is not a number. Use digits, such as 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="208"/>
        <source>A check-in cannot be negative. Enter 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="212"/>
        <source>That number is too large for a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="221"/>
        <source>Keep the note under %1 characters; it has %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="231"/>
        <source>%1 is far above your target of %2. Is that right? If you meant a smaller number, go back and change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="243"/>
        <source>Open a goal before checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="266"/>
        <source>Your check-in was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="296"/>
        <source>The correction was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="307"/>
        <source>The check-in was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="313"/>
        <source>The step was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="334"/>
        <source>The goal was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="341"/>
        <source>The goal was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="395"/>
        <source>No check-ins yet. The target is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="428"/>
        <source>One check-in, on %1: %2, against a target of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../goals/goaldetailmodel.cpp" line="431"/>
        <source>%n check-in(s), all on %1. The latest is %2 against a target of %3.</source>
        <translation>
            <numerusform>%n check-in, on %1. The latest is %2 against a target of %3.</numerusform>
            <numerusform>%n check-ins, all on %1. The latest is %2 against a target of %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../goals/goaldetailmodel.cpp" line="435"/>
        <source>%n check-in(s) from %1 to %2. The latest is %3 against a target of %4; the highest is %5.</source>
        <translation>
            <numerusform>%n check-in from %1 to %2. The latest is %3 against a target of %4; the highest is %5.</numerusform>
            <numerusform>%n check-ins from %1 to %2. The latest is %3 against a target of %4; the highest is %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>circle::GoalListModel</name>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="147"/>
        <source>Your goals could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="164"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="161"/>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="176"/>
        <source>Latest: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="198"/>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="219"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="221"/>
        <source>Put aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="223"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="225"/>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::GoalSharePreview</name>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="28"/>
        <source>Your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="30"/>
        <source>The good things you write down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="32"/>
        <source>Your mood check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="34"/>
        <source>Your safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="36"/>
        <source>Your reminder settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="38"/>
        <source>When you agreed to the group agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="94"/>
        <source>Your other goals, unless you share them too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="110"/>
        <source>This phone has not joined a clinic, so there is no therapist to share with yet. Your goal stays private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="135"/>
        <source>The goal could not be shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="136"/>
        <source>The goal could not be made private: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="149"/>
        <source>The group could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="213"/>
        <source>This goal could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="230"/>
        <source>Check-in, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="239"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="241"/>
        <source>%1: included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="259"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="261"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="263"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="265"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="267"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="269"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="273"/>
        <source>%1 (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="274"/>
        <source>Action steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="279"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="282"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="285"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="288"/>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="293"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="312"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="313"/>
        <source>Set on %1, last changed on %2. A code goes with it so the clinic can tell this goal from your others; it says nothing about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="300"/>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="301"/>
        <source>The therapists of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="302"/>
        <source>The therapists of your group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="318"/>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::GratitudeModel</name>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="64"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="66"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="92"/>
        <source>Whenever you are ready: one good thing is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gratitude/gratitudemodel.cpp" line="94"/>
        <source>You noted good things %n days in a row.</source>
        <translation>
            <numerusform>You noted good things %n day in a row.</numerusform>
            <numerusform>You noted good things %n days in a row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gratitude/gratitudemodel.cpp" line="95"/>
        <source>You noted good things on %n of the last 7 days.</source>
        <translation>
            <numerusform>You noted good things on %n of the last 7 days.</numerusform>
            <numerusform>You noted good things on %n of the last 7 days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="106"/>
        <location filename="../gratitude/gratitudemodel.cpp" line="149"/>
        <source>Write at least one good thing, however small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="111"/>
        <source>A good thing can have up to %1 characters; this one has %2. Shorten it to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="153"/>
        <source>Today already has three good things. You can change them on the Gratitude page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="172"/>
        <source>Your gratitude entries could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::GroupStage</name>
    <message>
        <location filename="../schedule/groupstage.cpp" line="24"/>
        <source>Ongoing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="26"/>
        <source>New members can join at any time, so every session welcomes someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="27"/>
        <source>The group meets without a set number of sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="29"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="34"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="35"/>
        <source>All planned sessions of this group are over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="36"/>
        <source>%1 sessions in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="40"/>
        <source>Session %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="44"/>
        <source>Closing sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="46"/>
        <source>A time to look back on what changed and plan what comes after the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="48"/>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="49"/>
        <source>Members get to know each other and the group&apos;s agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="51"/>
        <source>Working together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="53"/>
        <source>The middle of the group: practising skills and giving each other feedback.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::HomeworkModel</name>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="88"/>
        <source>Shared with %1. They see this answer as it is saved, until you stop sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="90"/>
        <source>Private: only you can see this answer until you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="130"/>
        <source>Write an answer, attach a journal entry, or mark it done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="134"/>
        <source>An answer can have up to %1 characters; this one has %2. Shorten it to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="208"/>
        <source>Choose a journal entry to attach, or write a new one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="237"/>
        <source>The entry could not be taken off. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="278"/>
        <source>This phone is not linked to your clinic yet, so nothing can be shared. Join your clinic in Clinic sync, then share your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="307"/>
        <source>your group&apos;s therapists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="308"/>
        <source>your therapists in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="348"/>
        <source>Next: %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="416"/>
        <source>This entry is no longer in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="370"/>
        <source>Your homework could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::HomeworkText</name>
    <message>
        <location filename="../homework/homeworktext.cpp" line="24"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworktext.cpp" line="26"/>
        <source>Was due %1. It still counts whenever you do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../homework/homeworktext.cpp" line="28"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::JournalEditor</name>
    <message>
        <location filename="../journal/journaleditor.cpp" line="77"/>
        <source>This entry could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="102"/>
        <source>Write something first: an empty entry is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="137"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="158"/>
        <source>This entry could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="174"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::JournalListModel</name>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="156"/>
        <source>Your journal could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="199"/>
        <source>Your journal could not be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="258"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="260"/>
        <source>Yesterday, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::JournalPromptModel</name>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="28"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="29"/>
        <source>Goal setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="30"/>
        <source>Emotional expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="31"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="32"/>
        <source>Coping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="33"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="34"/>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="35"/>
        <source>Self-esteem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="36"/>
        <source>Grief and loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="37"/>
        <source>Life transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="38"/>
        <source>Mindfulness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="42"/>
        <source>Who in your life felt easy to be around this week, and what made it easy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="43"/>
        <source>Think of a relationship that feels strained. What do you wish the other person understood?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="44"/>
        <source>Which of your relationships helps your recovery, and how could you tend to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="45"/>
        <source>Describe a moment when you felt close to someone. What made that moment possible?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="46"/>
        <source>Is there someone you have been avoiding? Write about what keeps the distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="47"/>
        <source>How did you show someone you cared about them recently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="48"/>
        <source>What is one thing you want to be different a month from now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="49"/>
        <source>Pick one goal and break it into the smallest step you could take tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="50"/>
        <source>What got in the way of a goal this week, and what could you try differently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="51"/>
        <source>Why does your most important goal matter to you? Write it for a hard day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="52"/>
        <source>What progress have you made lately that nobody else may have noticed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="53"/>
        <source>Name three feelings you had today and where you noticed them in your body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="54"/>
        <source>Which feeling is hardest for you to show to others? Where did you learn to hide it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="55"/>
        <source>Write about a moment this week when a feeling surprised you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="56"/>
        <source>If your anger, sadness or fear could speak, what would it want you to know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="57"/>
        <source>What helps you put a feeling into words instead of acting on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="58"/>
        <source>Which words describe who you are, apart from any diagnosis or role?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="59"/>
        <source>What values do you want your choices to reflect this week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="60"/>
        <source>How is the person you are now different from who you were a year ago?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="61"/>
        <source>What part of yourself would you like others in the group to see more of?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="62"/>
        <source>Describe something you do that feels truly like you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="63"/>
        <source>What did you do the last time a craving or strong urge came up, and how did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="64"/>
        <source>List the things that calm you down in five minutes or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="65"/>
        <source>Which warning signs tell you that a hard stretch is starting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="66"/>
        <source>Write about a difficult moment you got through. What helped you get through it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="67"/>
        <source>Which coping habit would you like to swap for a kinder one, and what could replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="68"/>
        <source>Think of a conversation that went badly. What would you say differently now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="69"/>
        <source>When do you find it hardest to listen, and what happens inside you then?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="70"/>
        <source>Write the words you would use to ask for something you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="71"/>
        <source>What did you say in group, or hold back, that you keep thinking about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="72"/>
        <source>How do you let people know that you are struggling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="73"/>
        <source>Where did you say yes this week when you wanted to say no?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="74"/>
        <source>Describe a boundary you kept. How did you feel before and after?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="75"/>
        <source>Which people or places make your limits harder to hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="76"/>
        <source>Write a short, kind sentence you could use to say no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="77"/>
        <source>What boundary would protect your recovery right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="78"/>
        <source>Write down three things you did well this week, however small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="79"/>
        <source>What would you say to a friend who talked to themselves the way you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="80"/>
        <source>Which criticism of yourself do you hear most often? Is it fair?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="81"/>
        <source>Describe a strength that has helped you survive hard times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="82"/>
        <source>When did you last feel proud of yourself, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="83"/>
        <source>What or whom are you missing right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="84"/>
        <source>Write a letter to someone or something you have lost. You do not have to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="85"/>
        <source>How has your grief changed over time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="86"/>
        <source>What have you lost through your struggles, and what might you still be able to regain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="87"/>
        <source>Which memory of the person or time you lost do you want to keep close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="88"/>
        <source>What change in your life are you in the middle of right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="89"/>
        <source>What are you leaving behind with this change, and what are you moving towards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="90"/>
        <source>Which change in the past turned out better than you feared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="91"/>
        <source>Who can you lean on while things are uncertain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="92"/>
        <source>What stays the same for you, whatever else changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="93"/>
        <source>Stop for a minute. What can you hear, see and feel right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="94"/>
        <source>Describe one ordinary thing you did today as if you were noticing it for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="95"/>
        <source>Which thought kept coming back today? Write it down without judging it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="96"/>
        <source>How does your breathing feel at this moment? Take three slow breaths and write what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="97"/>
        <source>What is one thing you can enjoy slowly today?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::MoodModel</name>
    <message>
        <location filename="../mood/moodmodel.cpp" line="34"/>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="35"/>
        <source>hopeful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="36"/>
        <source>grateful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="37"/>
        <source>proud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="38"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="39"/>
        <source>tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="40"/>
        <source>anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="41"/>
        <source>sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="42"/>
        <source>angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="43"/>
        <source>lonely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="44"/>
        <source>ashamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="45"/>
        <source>restless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="92"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="129"/>
        <source>Choose a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="134"/>
        <source>The note can have up to %1 characters; this one has %2. Shorten it to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="175"/>
        <source>Your mood check-ins could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::NotSyncedModel</name>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="48"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="52"/>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="76"/>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="77"/>
        <source>Gratitude entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="78"/>
        <source>Mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="79"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="80"/>
        <source>Goal check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="81"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="82"/>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="83"/>
        <source>Reply to a session invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="84"/>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="85"/>
        <source>Homework answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="86"/>
        <source>Reminder settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="87"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="88"/>
        <source>Group agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="93"/>
        <source>Other change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::ReminderSettings</name>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="38"/>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="39"/>
        <source>%1 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="43"/>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="44"/>
        <source>%1 hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="46"/>
        <source>%1 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="99"/>
        <source>Your reminder settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="136"/>
        <source>%1, reminder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="182"/>
        <source>Your reminder settings could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="253"/>
        <source>&quot;%1&quot; is not a time of day. Write hours and minutes, like 20:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="293"/>
        <source>&quot;%1&quot; is not a time of day. Write hours and minutes, like 22:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="296"/>
        <source>&quot;%1&quot; is not a time of day. Write hours and minutes, like 07:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="299"/>
        <source>Quiet hours need to end at a different time than they start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::SafetyPlanModel</name>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="76"/>
        <source>Circle does not know a crisis line for where you are yet. Add your local crisis line to your safety plan, so it is here when you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="145"/>
        <source>A line can have up to %1 characters; one has %2. Shorten it to save the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="174"/>
        <source>&quot;%1&quot; is not a kind of contact; choose someone you know, a professional or a crisis line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="180"/>
        <source>Add a name or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="185"/>
        <source>The phone number needs at least one digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="193"/>
        <source>%1 is already on your plan as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="201"/>
        <source>%1 can have up to %2 characters; this one has %3. Shorten it to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="207"/>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="208"/>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="209"/>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="229"/>
        <source>The lines Circle comes with cannot be changed; add your own instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="280"/>
        <source>Your safety plan could not be read. The crisis lines below still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::ScheduleModel</name>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="129"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="131"/>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="198"/>
        <source>Your schedule could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="217"/>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="223"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="226"/>
        <source>Session %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="227"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="319"/>
        <source>You planned to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="321"/>
        <source>You let the group know you couldn&apos;t go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="325"/>
        <source>No answer given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="357"/>
        <location filename="../schedule/schedulemodel.cpp" line="476"/>
        <location filename="../schedule/schedulemodel.cpp" line="493"/>
        <source>This session is no longer in your schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="359"/>
        <source>This session is cancelled, so there is nothing to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="361"/>
        <source>This session is over, so it can no longer be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="364"/>
        <source>The note for your facilitator is too long: it can have %1 characters, this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="373"/>
        <location filename="../schedule/schedulemodel.cpp" line="382"/>
        <source>Your answer could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="386"/>
        <source>Saved: you&apos;re going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="387"/>
        <source>Saved: your facilitator will see that you can&apos;t come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="395"/>
        <location filename="../schedule/schedulemodel.cpp" line="399"/>
        <source>Your answer could not be changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="403"/>
        <source>Your answer is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="425"/>
        <source>Your choice could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="433"/>
        <source>Circle: session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="440"/>
        <source>the group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="450"/>
        <source>The calendar file could not be made. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="458"/>
        <source>Your %1 folder could not be used to save the calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="461"/>
        <source>The calendar file could not be saved in your %1 folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="464"/>
        <source>Sent to your calendar app, where it is called “%1”. Check it there and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="467"/>
        <source>Saved in your %1 folder as %2. Open that file to add it to your calendar, where it is called “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="479"/>
        <location filename="../schedule/schedulemodel.cpp" line="498"/>
        <source>The group of this session could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="510"/>
        <source>This session has no link to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="515"/>
        <source>The link for this session does not look like a web address, so it was not opened. Please ask your facilitator for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="518"/>
        <source>No browser opened the link. It is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="519"/>
        <source>The session opened in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::SessionText</name>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="32"/>
        <source>Now, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="34"/>
        <source>%1 – %2</source>
        <comment>time range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="37"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="39"/>
        <source>Tomorrow, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="41"/>
        <source>Yesterday, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="45"/>
        <source>%1, %2</source>
        <comment>day, time range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="54"/>
        <source>Starts in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/sessiontext.cpp" line="58"/>
        <source>Starts in %n minute(s)</source>
        <translation>
            <numerusform>Starts in %n minute</numerusform>
            <numerusform>Starts in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/sessiontext.cpp" line="62"/>
        <source>Starts in %n hour(s)</source>
        <translation>
            <numerusform>Starts in %n hour</numerusform>
            <numerusform>Starts in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/sessiontext.cpp" line="64"/>
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Starts in %n day</numerusform>
            <numerusform>Starts in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="70"/>
        <source>You&apos;re going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="72"/>
        <source>You can&apos;t go; your facilitator knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::SettingsModel</name>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="100"/>
        <source>Circle does not have the language &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="106"/>
        <source>Could not save the language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="123"/>
        <source>Circle does not offer the text size %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="129"/>
        <source>Could not save the text size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="162"/>
        <source>The translation for &quot;%1&quot; is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="194"/>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="198"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="207"/>
        <location filename="../settings/settingsmodel.cpp" line="212"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="216"/>
        <source>Saved everything to %1. This file is not encrypted: keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::StoreText</name>
    <message>
        <location filename="../appshell/storetext.cpp" line="22"/>
        <source>Not saved: the phone is out of storage space. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appshell/storetext.cpp" line="23"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::TodayModel</name>
    <message>
        <location filename="../today/todaymodel.cpp" line="104"/>
        <location filename="../today/todaymodel.cpp" line="144"/>
        <source>Your schedule could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="124"/>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="131"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="164"/>
        <location filename="../today/todaymodel.cpp" line="174"/>
        <source>Your homework could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="205"/>
        <location filename="../today/todaymodel.cpp" line="233"/>
        <source>Your entries could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="267"/>
        <source>Nothing logged in the last 7 days yet. Any small step counts, whenever you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="270"/>
        <source>You practiced on each of the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../today/todaymodel.cpp" line="271"/>
        <source>You practiced on %n of the last 7 days.</source>
        <translation>
            <numerusform>You practiced on %n of the last 7 days.</numerusform>
            <numerusform>You practiced on %n of the last 7 days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="278"/>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="280"/>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="282"/>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="284"/>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circle::crisis</name>
    <message>
        <location filename="../../core/crisislines.cpp" line="29"/>
        <source>Call or text, any time. Help in Spanish too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/crisislines.cpp" line="32"/>
        <source>Free, confidential help with substance use and mental health, any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/crisislines.cpp" line="40"/>
        <source>Call or text, any time, in English or French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/crisislines.cpp" line="47"/>
        <location filename="../../core/crisislines.cpp" line="54"/>
        <source>Free and confidential, any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/crisislines.cpp" line="61"/>
        <source>Free, any time, whatever you are facing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
