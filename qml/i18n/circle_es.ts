<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="66" />
        <location filename="../safety/ContactDelegate.qml" line="69" />
        <source>Call %1</source>
        <translation>Llamar al %1</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="76" />
        <source>Text</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="78" />
        <source>Send a text message to %1</source>
        <translation>Enviar un mensaje de texto a %1</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="86" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="88" />
        <source>Remove %1 from the plan</source>
        <translation>Quitar a %1 del plan</translation>
    </message>
</context>
<context>
    <name>CountTile</name>
    <message>
        <location filename="../today/CountTile.qml" line="16" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="15" />
        <source>Get help now</source>
        <translation>Pedir ayuda ya</translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="38" />
        <source>If you are in danger, or might hurt yourself or someone else, call your local emergency number now.</source>
        <translation>Si estás en peligro, o podrías hacerte daño o hacérselo a otra persona, llama ahora al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="51" />
        <source>You can also go to the nearest emergency department, or ask someone you trust to stay with you.</source>
        <translation>También puedes ir a la sala de urgencias más cercana o pedir a alguien de confianza que se quede contigo.</translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="56" />
        <location filename="../appshell/GetHelpDialog.qml" line="58" />
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <location filename="../goals/GoalDelegate.qml" line="22" />
        <source>Steps done: %1 of %2</source>
        <translation>Pasos hechos: %1 de %2</translation>
    </message>
    <message>
        <location filename="../goals/GoalDelegate.qml" line="88" />
        <source>Shared with your therapist</source>
        <translation>Compartida con tu terapeuta</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../goals/GoalsPage.qml" line="9" />
        <location filename="../goals/GoalsPage.qml" line="26" />
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../goals/GoalsPage.qml" line="41" />
        <source>No goals yet</source>
        <translation>Todavía no hay metas</translation>
    </message>
    <message>
        <location filename="../goals/GoalsPage.qml" line="42" />
        <source>Goals you set with your group will be listed here.</source>
        <translation>Aquí aparecerán las metas que te pongas con tu grupo.</translation>
    </message>
</context>
<context>
    <name>GratitudeDayDelegate</name>
    <message>
        <location filename="../gratitude/GratitudeDayDelegate.qml" line="38" />
        <source>Copy from another device</source>
        <translation>Copia de otro dispositivo</translation>
    </message>
</context>
<context>
    <name>GratitudePage</name>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="12" />
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="30" />
        <source>Earlier good things</source>
        <translation>Cosas buenas anteriores</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="49" />
        <source>Three good things today</source>
        <translation>Tres cosas buenas de hoy</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="69" />
        <location filename="../gratitude/GratitudePage.qml" line="70" />
        <source>Good thing %1</source>
        <translation>Cosa buena %1</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="88" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="91" />
        <source>Save today's good things</source>
        <translation>Guardar las cosas buenas de hoy</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="104" />
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
</context>
<context>
    <name>HomeworkDelegate</name>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="63" />
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="64" />
        <source>Your answer to %1</source>
        <translation>Tu respuesta a %1</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="69" />
        <source>A journal entry is attached.</source>
        <translation>Hay una entrada del diario adjunta.</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="87" />
        <location filename="../homework/HomeworkDelegate.qml" line="89" />
        <source>Save answer</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="95" />
        <source>Attach my latest entry</source>
        <translation>Adjuntar mi última entrada</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="97" />
        <source>Attach my latest journal entry</source>
        <translation>Adjuntar mi última entrada del diario</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="103" />
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="105" />
        <source>Mark %1 as done</source>
        <translation>Marcar %1 como hecha</translation>
    </message>
</context>
<context>
    <name>HomeworkPage</name>
    <message>
        <location filename="../homework/HomeworkPage.qml" line="11" />
        <location filename="../homework/HomeworkPage.qml" line="30" />
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkPage.qml" line="57" />
        <source>No homework right now</source>
        <translation>No hay tareas por ahora</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkPage.qml" line="58" />
        <source>What your group is asked to practise between sessions will show here.</source>
        <translation>Aquí verás lo que tu grupo debe practicar entre sesiones.</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="27" />
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="29" />
        <source>Done, back to the journal</source>
        <translation>Listo, volver al diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="46" />
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="48" />
        <source>Delete this entry</source>
        <translation>Borrar esta entrada</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="62" />
        <source>This is a copy kept because the entry was changed on two devices at once. Keep what you want and delete the other.</source>
        <translation>Guardamos esta copia porque la entrada se cambió en dos dispositivos a la vez. Quédate con lo que quieras y borra la otra.</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="85" />
        <source>Write whatever is on your mind.</source>
        <translation>Escribe lo que tengas en mente.</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="86" />
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="112" />
        <source>Delete this entry?</source>
        <translation>¿Borrar esta entrada?</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="122" />
        <source>It is removed from this phone and from your other devices.</source>
        <translation>Se borra de este teléfono y de tus otros dispositivos.</translation>
    </message>
</context>
<context>
    <name>JournalEntryDelegate</name>
    <message>
        <location filename="../journal/JournalEntryDelegate.qml" line="52" />
        <source>Mood %1/10</source>
        <translation>Ánimo %1/10</translation>
    </message>
    <message>
        <location filename="../journal/JournalEntryDelegate.qml" line="64" />
        <source>Copy from another device: compare and keep what you want</source>
        <translation>Copia de otro dispositivo: compara y quédate con lo que quieras</translation>
    </message>
</context>
<context>
    <name>JournalListPane</name>
    <message>
        <location filename="../journal/JournalListPane.qml" line="24" />
        <location filename="../journal/JournalListPane.qml" line="26" />
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="49" />
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="66" />
        <source>Nothing found</source>
        <translation>No se ha encontrado nada</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="66" />
        <source>No journal entries yet</source>
        <translation>Todavía no hay entradas en el diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="68" />
        <source>Try fewer or shorter words.</source>
        <translation>Prueba con menos palabras o más cortas.</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="69" />
        <source>Your entries stay on this phone, encrypted.</source>
        <translation>Tus entradas se quedan en este teléfono, cifradas.</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="84" />
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="87" />
        <source>Write a new entry</source>
        <translation>Escribir una entrada nueva</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="94" />
        <source>Use a prompt</source>
        <translation>Usar una pregunta</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="96" />
        <source>Choose a writing prompt</source>
        <translation>Elegir una pregunta para escribir</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../journal/JournalPage.qml" line="12" />
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
</context>
<context>
    <name>JournalPromptsPage</name>
    <message>
        <location filename="../journal/JournalPromptsPage.qml" line="19" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../journal/JournalPromptsPage.qml" line="21" />
        <source>Back to the journal</source>
        <translation>Volver al diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalPromptsPage.qml" line="26" />
        <source>Choose a prompt</source>
        <translation>Elige una pregunta</translation>
    </message>
    <message>
        <location filename="../journal/JournalPromptsPage.qml" line="41" />
        <source>Writing prompts</source>
        <translation>Preguntas para escribir</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="22" />
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="61" />
        <location filename="../Main.qml" line="65" />
        <source>Get help now</source>
        <translation>Pedir ayuda ya</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="66" />
        <source>What to do if you are in crisis</source>
        <translation>Qué hacer si estás en crisis</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="102" />
        <source>Main sections</source>
        <translation>Secciones principales</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="105" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="105" />
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="105" />
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="105" />
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="105" />
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>MoodPage</name>
    <message>
        <location filename="../mood/MoodPage.qml" line="15" />
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="39" />
        <source>How are you feeling right now?</source>
        <translation>¿Cómo te sientes ahora mismo?</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="53" />
        <source>Words for it (optional)</source>
        <translation>Palabras para describirlo (opcional)</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="96" />
        <source>A note for yourself (optional)</source>
        <translation>Una nota para ti (opcional)</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="97" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="111" />
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="114" />
        <source>Save mood check-in</source>
        <translation>Guardar registro de ánimo</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="127" />
        <source>Saved. Thank you for checking in.</source>
        <translation>Guardado. Gracias por contar cómo estás.</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="135" />
        <source>Last 8 weeks</source>
        <translation>Últimas 8 semanas</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="147" />
        <source>Recent check-ins</source>
        <translation>Registros recientes</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="160" />
        <source>%1: %2/10</source>
        <translation>%1: %2/10</translation>
    </message>
</context>
<context>
    <name>MoodScoreSlider</name>
    <message>
        <location filename="../mood/MoodScoreSlider.qml" line="27" />
        <source>Mood from 0 to 10</source>
        <translation>Ánimo del 0 al 10</translation>
    </message>
</context>
<context>
    <name>MoodTrendChart</name>
    <message>
        <location filename="../mood/MoodTrendChart.qml" line="58" />
        <source>Mood by week</source>
        <translation>Ánimo por semana</translation>
    </message>
    <message>
        <location filename="../mood/MoodTrendChart.qml" line="139" />
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
</context>
<context>
    <name>MoreMenuPane</name>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="26" />
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="32" />
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="33" />
        <source>Homework from your group</source>
        <translation>Tareas de tu grupo</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="40" />
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="41" />
        <source>Gratitude: three good things</source>
        <translation>Gratitud: tres cosas buenas</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="48" />
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="49" />
        <source>Mood check-in and trend</source>
        <translation>Registro de ánimo y evolución</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="56" />
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="62" />
        <location filename="../more/MoreMenuPane.qml" line="63" />
        <source>Get help now</source>
        <translation>Pedir ayuda ya</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="64" />
        <source>What to do if you are in crisis</source>
        <translation>Qué hacer si estás en crisis</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="71" />
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="72" />
        <source>My safety plan: crisis lines, my contacts and my plan</source>
        <translation>Mi plan de seguridad: líneas de crisis, mis contactos y mi plan</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="79" />
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="86" />
        <source>Circle %1</source>
        <translation>Circle %1</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="92" />
        <source>Everything you write in Circle is stored encrypted on this phone. The key is kept in your phone's secure key store.</source>
        <translation>Todo lo que escribes en Circle se guarda cifrado en este teléfono. La clave está en el almacén seguro de claves del teléfono.</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <location filename="../more/MorePage.qml" line="12" />
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>NextSessionCard</name>
    <message>
        <location filename="../today/NextSessionCard.qml" line="21" />
        <source>Next group session</source>
        <translation>Próxima sesión de grupo</translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="23" />
        <location filename="../today/NextSessionCard.qml" line="39" />
        <source>No upcoming sessions</source>
        <translation>No hay próximas sesiones</translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="45" />
        <source>Happening now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="45" />
        <source>New time</source>
        <translation>Nueva hora</translation>
    </message>
</context>
<context>
    <name>QuickGratitudeCard</name>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="13" />
        <location filename="../today/QuickGratitudeCard.qml" line="43" />
        <source>One good thing</source>
        <translation>Una cosa buena</translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="28" />
        <source>Good things today: %1 of 3</source>
        <translation>Cosas buenas de hoy: %1 de 3</translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="29" />
        <source>What went well today?</source>
        <translation>¿Qué ha ido bien hoy?</translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="44" />
        <source>One good thing from today</source>
        <translation>Una cosa buena de hoy</translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="52" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="55" />
        <source>Add this good thing</source>
        <translation>Añadir esta cosa buena</translation>
    </message>
</context>
<context>
    <name>QuickMoodCard</name>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="13" />
        <source>Mood check-in</source>
        <translation>Registro de ánimo</translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="28" />
        <source>How are you now? Last time: %1/10</source>
        <translation>¿Cómo estás ahora? La última vez: %1/10</translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="29" />
        <source>How are you now?</source>
        <translation>¿Cómo estás ahora?</translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="45" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="48" />
        <source>Save mood check-in</source>
        <translation>Guardar registro de ánimo</translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="61" />
        <source>Saved. Thank you for checking in.</source>
        <translation>Guardado. Gracias por contar cómo estás.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanEditor</name>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="14" />
        <source>Signs that a crisis may be coming</source>
        <translation>Señales de que puede venir una crisis</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="23" />
        <source>One per line: thoughts, moods, situations</source>
        <translation>Una por línea: pensamientos, estados de ánimo, situaciones</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="24" />
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="28" />
        <location filename="../safety/SafetyPlanEditor.qml" line="38" />
        <source>Things I can do on my own</source>
        <translation>Lo que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="37" />
        <source>One per line: what helps me get through</source>
        <translation>Una por línea: lo que me ayuda a salir adelante</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="42" />
        <location filename="../safety/SafetyPlanEditor.qml" line="52" />
        <source>What keeps me going</source>
        <translation>Lo que me da fuerzas</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="51" />
        <source>People, plans, things I care about</source>
        <translation>Personas, planes y cosas que me importan</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="56" />
        <location filename="../safety/SafetyPlanEditor.qml" line="66" />
        <source>Making my surroundings safer</source>
        <translation>Hacer mi entorno más seguro</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="65" />
        <source>What I can put away or ask someone to keep</source>
        <translation>Lo que puedo guardar lejos o pedir a alguien que guarde</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="71" />
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="74" />
        <source>Save my safety plan</source>
        <translation>Guardar mi plan de seguridad</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="13" />
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="37" />
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="65" />
        <source>Add someone to call</source>
        <translation>Añadir a alguien a quien llamar</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="73" />
        <location filename="../safety/SafetyPlanPage.qml" line="74" />
        <source>Name or place</source>
        <translation>Nombre o lugar</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="82" />
        <location filename="../safety/SafetyPlanPage.qml" line="84" />
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="91" />
        <source>A professional (therapist, doctor, clinic)</source>
        <translation>Un profesional (terapeuta, médico, clínica)</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="97" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="99" />
        <source>Add to my safety plan</source>
        <translation>Añadir a mi plan de seguridad</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="9" />
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="26" />
        <source>Upcoming sessions</source>
        <translation>Próximas sesiones</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="41" />
        <source>No upcoming sessions</source>
        <translation>No hay próximas sesiones</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="42" />
        <source>Sessions appear here once your clinic has scheduled them.</source>
        <translation>Las sesiones aparecerán aquí cuando tu clínica las programe.</translation>
    </message>
</context>
<context>
    <name>SubpageHeader</name>
    <message>
        <location filename="../appshell/SubpageHeader.qml" line="20" />
        <location filename="../appshell/SubpageHeader.qml" line="22" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../today/TodayPage.qml" line="12" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="69" />
        <source>Next group session</source>
        <translation>Próxima sesión de grupo</translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="86" />
        <source>Check in</source>
        <translation>Cómo estás</translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="100" />
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="111" />
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="118" />
        <source>Gratitude entries</source>
        <translation>Entradas de gratitud</translation>
    </message>
</context>
<context>
    <name>circle::GoalListModel</name>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="132" />
        <source>Your goals could not be read.</source>
        <translation>No se pudieron leer tus metas.</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="145" />
        <source>Target: %1 %2</source>
        <translation>Objetivo: %1 %2</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="150" />
        <source>By %1</source>
        <translation>Para el %1</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="173" />
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="175" />
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="177" />
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="179" />
        <source>Let go</source>
        <translation>Dejada</translation>
    </message>
</context>
<context>
    <name>circle::GratitudeModel</name>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="60" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="62" />
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="88" />
        <source>Whenever you are ready: one good thing is enough.</source>
        <translation>Cuando quieras: con una cosa buena basta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gratitude/gratitudemodel.cpp" line="89" />
        <source>You noted good things on %n of the last 7 days.</source>
        <translation>
            <numerusform>Anotaste cosas buenas %n día de los últimos 7.</numerusform>
            <numerusform>Anotaste cosas buenas %n días de los últimos 7.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="100" />
        <location filename="../gratitude/gratitudemodel.cpp" line="134" />
        <source>Write at least one good thing, however small.</source>
        <translation>Escribe al menos una cosa buena, aunque sea pequeña.</translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="123" />
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="138" />
        <source>Today already has three good things. You can change them on the Gratitude page.</source>
        <translation>Hoy ya tiene tres cosas buenas. Puedes cambiarlas en la página de Gratitud.</translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="157" />
        <source>Your gratitude entries could not be read.</source>
        <translation>No se pudieron leer tus entradas de gratitud.</translation>
    </message>
</context>
<context>
    <name>circle::HomeworkModel</name>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="53" />
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="55" />
        <source>Was due %1. It still counts whenever you do it.</source>
        <translation>Era para el %1. Sigue valiendo cuando la hagas.</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="57" />
        <source>Due %1</source>
        <translation>Para el %1</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="102" />
        <source>Write an answer, attach a journal entry, or mark it done.</source>
        <translation>Escribe una respuesta, adjunta una entrada del diario o márcala como hecha.</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="124" />
        <source>Write a journal entry first, then attach it here.</source>
        <translation>Escribe primero una entrada en el diario y luego adjúntala aquí.</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="145" />
        <source>Your homework could not be read.</source>
        <translation>No se pudieron leer tus tareas.</translation>
    </message>
</context>
<context>
    <name>circle::JournalEditor</name>
    <message>
        <location filename="../journal/journaleditor.cpp" line="74" />
        <source>This entry could not be opened.</source>
        <translation>No se pudo abrir esta entrada.</translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="99" />
        <source>Write something first: an empty entry is not saved.</source>
        <translation>Escribe algo primero: una entrada vacía no se guarda.</translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="125" />
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="134" />
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="155" />
        <source>This entry could not be deleted.</source>
        <translation>No se pudo borrar esta entrada.</translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="171" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>circle::JournalListModel</name>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="157" />
        <source>Your journal could not be read.</source>
        <translation>No se pudo leer tu diario.</translation>
    </message>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="194" />
        <source>Your journal could not be searched.</source>
        <translation>No se pudo buscar en tu diario.</translation>
    </message>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="236" />
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="238" />
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
</context>
<context>
    <name>circle::JournalPromptModel</name>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="28" />
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="29" />
        <source>Goal setting</source>
        <translation>Fijar metas</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="30" />
        <source>Emotional expression</source>
        <translation>Expresar emociones</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="31" />
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="32" />
        <source>Coping</source>
        <translation>Afrontamiento</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="33" />
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="34" />
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="35" />
        <source>Self-esteem</source>
        <translation>Autoestima</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="36" />
        <source>Grief and loss</source>
        <translation>Duelo y pérdida</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="37" />
        <source>Life transitions</source>
        <translation>Cambios en la vida</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="38" />
        <source>Mindfulness</source>
        <translation>Atención plena</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="42" />
        <source>Who in your life felt easy to be around this week, and what made it easy?</source>
        <translation>¿Con quién te has sentido a gusto esta semana y qué lo hizo fácil?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="43" />
        <source>Think of a relationship that feels strained. What do you wish the other person understood?</source>
        <translation>Piensa en una relación que se siente tensa. ¿Qué te gustaría que la otra persona entendiera?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="44" />
        <source>Which of your relationships helps your recovery, and how could you tend to it?</source>
        <translation>¿Cuál de tus relaciones ayuda a tu recuperación y cómo podrías cuidarla?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="45" />
        <source>Describe a moment when you felt close to someone. What made that moment possible?</source>
        <translation>Describe un momento en que te sentiste cerca de alguien. ¿Qué hizo posible ese momento?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="46" />
        <source>Is there someone you have been avoiding? Write about what keeps the distance.</source>
        <translation>¿Hay alguien a quien has estado evitando? Escribe sobre lo que mantiene esa distancia.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="47" />
        <source>How did you show someone you cared about them recently?</source>
        <translation>¿Cómo le mostraste hace poco a alguien que te importa?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="48" />
        <source>What is one thing you want to be different a month from now?</source>
        <translation>¿Qué te gustaría que fuera distinto dentro de un mes?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="49" />
        <source>Pick one goal and break it into the smallest step you could take tomorrow.</source>
        <translation>Elige una meta y divídela en el paso más pequeño que podrías dar mañana.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="50" />
        <source>What got in the way of a goal this week, and what could you try differently?</source>
        <translation>¿Qué se interpuso en una de tus metas esta semana y qué podrías intentar de otra forma?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="51" />
        <source>Why does your most important goal matter to you? Write it for a hard day.</source>
        <translation>¿Por qué te importa tu meta más importante? Escríbelo para leerlo en un día difícil.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="52" />
        <source>What progress have you made lately that nobody else may have noticed?</source>
        <translation>¿Qué avances has hecho últimamente que quizá nadie más haya notado?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="53" />
        <source>Name three feelings you had today and where you noticed them in your body.</source>
        <translation>Nombra tres sentimientos de hoy y dónde los notaste en el cuerpo.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="54" />
        <source>Which feeling is hardest for you to show to others? Where did you learn to hide it?</source>
        <translation>¿Qué sentimiento te cuesta más mostrar a los demás? ¿Dónde aprendiste a esconderlo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="55" />
        <source>Write about a moment this week when a feeling surprised you.</source>
        <translation>Escribe sobre un momento de esta semana en que un sentimiento te sorprendió.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="56" />
        <source>If your anger, sadness or fear could speak, what would it want you to know?</source>
        <translation>Si tu enojo, tu tristeza o tu miedo pudieran hablar, ¿qué querrían que supieras?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="57" />
        <source>What helps you put a feeling into words instead of acting on it?</source>
        <translation>¿Qué te ayuda a poner un sentimiento en palabras en lugar de actuar por impulso?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="58" />
        <source>Which words describe who you are, apart from any diagnosis or role?</source>
        <translation>¿Qué palabras describen quién eres, más allá de cualquier diagnóstico o papel?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="59" />
        <source>What values do you want your choices to reflect this week?</source>
        <translation>¿Qué valores quieres que reflejen tus decisiones esta semana?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="60" />
        <source>How is the person you are now different from who you were a year ago?</source>
        <translation>¿En qué se diferencia la persona que eres hoy de la que eras hace un año?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="61" />
        <source>What part of yourself would you like others in the group to see more of?</source>
        <translation>¿Qué parte de ti te gustaría que el grupo viera más?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="62" />
        <source>Describe something you do that feels truly like you.</source>
        <translation>Describe algo que haces y que sientes de verdad tuyo.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="63" />
        <source>What did you do the last time a craving or strong urge came up, and how did it go?</source>
        <translation>¿Qué hiciste la última vez que sentiste un deseo o un impulso fuerte y cómo te fue?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="64" />
        <source>List the things that calm you down in five minutes or less.</source>
        <translation>Haz una lista de lo que te calma en cinco minutos o menos.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="65" />
        <source>Which warning signs tell you that a hard stretch is starting?</source>
        <translation>¿Qué señales te avisan de que empieza una temporada difícil?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="66" />
        <source>Write about a difficult moment you got through. What helped you get through it?</source>
        <translation>Escribe sobre un momento difícil que superaste. ¿Qué te ayudó a superarlo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="67" />
        <source>Which coping habit would you like to swap for a kinder one, and what could replace it?</source>
        <translation>¿Qué forma de afrontar las cosas te gustaría cambiar por una más amable contigo y qué podría sustituirla?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="68" />
        <source>Think of a conversation that went badly. What would you say differently now?</source>
        <translation>Piensa en una conversación que salió mal. ¿Qué dirías de otra manera ahora?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="69" />
        <source>When do you find it hardest to listen, and what happens inside you then?</source>
        <translation>¿Cuándo te cuesta más escuchar y qué pasa dentro de ti en ese momento?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="70" />
        <source>Write the words you would use to ask for something you need.</source>
        <translation>Escribe las palabras que usarías para pedir algo que necesitas.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="71" />
        <source>What did you say in group, or hold back, that you keep thinking about?</source>
        <translation>¿Qué dijiste en el grupo, o te callaste, que sigues pensando?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="72" />
        <source>How do you let people know that you are struggling?</source>
        <translation>¿Cómo haces saber a los demás que lo estás pasando mal?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="73" />
        <source>Where did you say yes this week when you wanted to say no?</source>
        <translation>¿En qué momento de esta semana dijiste que sí cuando querías decir que no?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="74" />
        <source>Describe a boundary you kept. How did you feel before and after?</source>
        <translation>Describe un límite que mantuviste. ¿Cómo te sentiste antes y después?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="75" />
        <source>Which people or places make your limits harder to hold?</source>
        <translation>¿Qué personas o lugares te hacen más difícil mantener tus límites?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="76" />
        <source>Write a short, kind sentence you could use to say no.</source>
        <translation>Escribe una frase corta y amable que podrías usar para decir que no.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="77" />
        <source>What boundary would protect your recovery right now?</source>
        <translation>¿Qué límite protegería tu recuperación en este momento?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="78" />
        <source>Write down three things you did well this week, however small.</source>
        <translation>Anota tres cosas que hiciste bien esta semana, por pequeñas que sean.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="79" />
        <source>What would you say to a friend who talked to themselves the way you do?</source>
        <translation>¿Qué le dirías a una amistad que se hablara a sí misma como te hablas tú?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="80" />
        <source>Which criticism of yourself do you hear most often? Is it fair?</source>
        <translation>¿Qué crítica hacia ti mismo o misma oyes más a menudo? ¿Es justa?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="81" />
        <source>Describe a strength that has helped you survive hard times.</source>
        <translation>Describe una fortaleza que te ha ayudado a superar tiempos difíciles.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="82" />
        <source>When did you last feel proud of yourself, and why?</source>
        <translation>¿Cuándo fue la última vez que sentiste orgullo de ti y por qué?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="83" />
        <source>What or whom are you missing right now?</source>
        <translation>¿Qué o a quién echas de menos ahora mismo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="84" />
        <source>Write a letter to someone or something you have lost. You do not have to send it.</source>
        <translation>Escribe una carta a alguien o algo que perdiste. No hace falta enviarla.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="85" />
        <source>How has your grief changed over time?</source>
        <translation>¿Cómo ha cambiado tu duelo con el tiempo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="86" />
        <source>What have you lost through your struggles, and what might you still be able to regain?</source>
        <translation>¿Qué has perdido en tus dificultades y qué podrías todavía recuperar?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="87" />
        <source>Which memory of the person or time you lost do you want to keep close?</source>
        <translation>¿Qué recuerdo de esa persona o de esa época que perdiste quieres mantener cerca?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="88" />
        <source>What change in your life are you in the middle of right now?</source>
        <translation>¿En medio de qué cambio de tu vida estás ahora mismo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="89" />
        <source>What are you leaving behind with this change, and what are you moving towards?</source>
        <translation>¿Qué dejas atrás con este cambio y hacia qué te diriges?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="90" />
        <source>Which change in the past turned out better than you feared?</source>
        <translation>¿Qué cambio del pasado salió mejor de lo que temías?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="91" />
        <source>Who can you lean on while things are uncertain?</source>
        <translation>¿En quién puedes apoyarte mientras las cosas son inciertas?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="92" />
        <source>What stays the same for you, whatever else changes?</source>
        <translation>¿Qué sigue igual para ti, cambie lo que cambie?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="93" />
        <source>Stop for a minute. What can you hear, see and feel right now?</source>
        <translation>Para un momento. ¿Qué oyes, ves y sientes ahora mismo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="94" />
        <source>Describe one ordinary thing you did today as if you were noticing it for the first time.</source>
        <translation>Describe algo cotidiano que hiciste hoy como si lo notaras por primera vez.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="95" />
        <source>Which thought kept coming back today? Write it down without judging it.</source>
        <translation>¿Qué pensamiento volvió una y otra vez hoy? Escríbelo sin juzgarlo.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="96" />
        <source>How does your breathing feel at this moment? Take three slow breaths and write what changed.</source>
        <translation>¿Cómo sientes tu respiración en este momento? Respira despacio tres veces y escribe qué cambió.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="97" />
        <source>What is one thing you can enjoy slowly today?</source>
        <translation>¿Qué es algo que puedes disfrutar con calma hoy?</translation>
    </message>
</context>
<context>
    <name>circle::MoodModel</name>
    <message>
        <location filename="../mood/moodmodel.cpp" line="32" />
        <source>calm</source>
        <translation>en calma</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="33" />
        <source>hopeful</source>
        <translation>con esperanza</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="34" />
        <source>grateful</source>
        <translation>agradecido</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="35" />
        <source>proud</source>
        <translation>orgulloso</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="36" />
        <source>connected</source>
        <translation>acompañado</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="37" />
        <source>tired</source>
        <translation>cansado</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="38" />
        <source>anxious</source>
        <translation>ansioso</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="39" />
        <source>sad</source>
        <translation>triste</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="40" />
        <source>angry</source>
        <translation>enfadado</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="41" />
        <source>lonely</source>
        <translation>solo</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="42" />
        <source>ashamed</source>
        <translation>avergonzado</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="43" />
        <source>restless</source>
        <translation>inquieto</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="90" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="127" />
        <source>Choose a number from 0 to 10.</source>
        <translation>Elige un número del 0 al 10.</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="140" />
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="165" />
        <source>Your mood check-ins could not be read.</source>
        <translation>No se pudieron leer tus registros de ánimo.</translation>
    </message>
</context>
<context>
    <name>circle::SafetyPlanModel</name>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="113" />
        <source>Add a name or a phone number.</source>
        <translation>Añade un nombre o un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="117" />
        <source>The phone number needs at least one digit.</source>
        <translation>El número de teléfono necesita al menos un dígito.</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="147" />
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="160" />
        <source>Your safety plan could not be read. The crisis lines below still work.</source>
        <translation>No se pudo leer tu plan de seguridad. Las líneas de crisis de abajo siguen funcionando.</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="168" />
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation>988 Línea de Prevención del Suicidio y Crisis</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="169" />
        <source>Call or text, any time (US)</source>
        <translation>Llamada o mensaje, a cualquier hora (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="170" />
        <source>SAMHSA National Helpline</source>
        <translation>Línea Nacional de Ayuda de SAMHSA</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="171" />
        <source>Free, confidential help with substance use and mental health, any time (US)</source>
        <translation>Ayuda gratuita y confidencial sobre consumo de sustancias y salud mental, a cualquier hora (EE. UU.)</translation>
    </message>
</context>
<context>
    <name>circle::ScheduleModel</name>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="71" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="73" />
        <source>New time</source>
        <translation>Nueva hora</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="109" />
        <source>Your schedule could not be read.</source>
        <translation>No se pudo leer tu calendario.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="125" />
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="130" />
        <source>Online</source>
        <translation>En línea</translation>
    </message>
</context>
<context>
    <name>circle::SessionText</name>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="27" />
        <source>Now, until %1</source>
        <translation>Ahora, hasta las %1</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="29" />
        <source>%1 – %2</source>
        <comment>time range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="32" />
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="34" />
        <source>Tomorrow, %1</source>
        <translation>Mañana, %1</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="36" />
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="40" />
        <source>%1, %2</source>
        <comment>day, time range</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>circle::TodayModel</name>
    <message>
        <location filename="../today/todaymodel.cpp" line="71" />
        <source>Your schedule could not be read.</source>
        <translation>No se pudo leer tu calendario.</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="91" />
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="98" />
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="114" />
        <source>Your entries could not be counted.</source>
        <translation>No se pudieron contar tus entradas.</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="125" />
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="127" />
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="129" />
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="131" />
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
</context>
</TS>
