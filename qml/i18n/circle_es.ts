<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgreementItemDelegate</name>
    <message>
        <location filename="../firstrun/AgreementItemDelegate.qml" line="47"/>
        <source>I agree to my group&apos;s agreement</source>
        <translation>Acepto el acuerdo de mi grupo</translation>
    </message>
    <message>
        <location filename="../firstrun/AgreementItemDelegate.qml" line="47"/>
        <source>I agree</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <location filename="../firstrun/AgreementItemDelegate.qml" line="48"/>
        <source>I agree: %1</source>
        <translation>Acepto: %1</translation>
    </message>
</context>
<context>
    <name>BackButton</name>
    <message>
        <location filename="../appshell/BackButton.qml" line="11"/>
        <location filename="../appshell/BackButton.qml" line="16"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>CannotAttendDialog</name>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="22"/>
        <source>Can&apos;t come</source>
        <translation>No puedo ir</translation>
    </message>
    <message>
        <source>Your facilitator will see that you can&apos;t come on %1.</source>
        <translation type="vanished">La coordinación del grupo verá que no puedes ir el %1.</translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="50"/>
        <source>Your facilitator will see that you can&apos;t come to this session.</source>
        <translation>La coordinación del grupo verá que no puedes ir a esta sesión.</translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="55"/>
        <source>You can add a note for them. Only the group&apos;s facilitators read it, never other members.</source>
        <translation>Puedes añadir una nota. Solo la lee la coordinación del grupo, nunca los demás miembros.</translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="65"/>
        <source>Note for your facilitator (optional)</source>
        <translation>Nota para la coordinación (opcional)</translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="67"/>
        <source>Note for your facilitator, optional</source>
        <translation>Nota para la coordinación, opcional</translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="73"/>
        <source>A note can have up to %1 characters; this one has %2. Shorten it to send it.</source>
        <translation>Una nota puede tener hasta %1 caracteres; esta tiene %2. Acórtala para enviarla.</translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="87"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="90"/>
        <source>Back without answering</source>
        <translation>Volver sin responder</translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="96"/>
        <source>Let them know</source>
        <translation>Avisar</translation>
    </message>
    <message>
        <location filename="../schedule/CannotAttendDialog.qml" line="100"/>
        <source>Let the facilitator know I can&apos;t come</source>
        <translation>Avisar a la coordinación de que no puedo ir</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="79"/>
        <location filename="../safety/ContactDelegate.qml" line="82"/>
        <source>Call %1</source>
        <translation>Llamar al %1</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="93"/>
        <source>Text</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="95"/>
        <source>Send a text message to %1</source>
        <translation>Enviar un mensaje de texto a %1</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="105"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="107"/>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="124"/>
        <source>This device cannot send text messages. From a phone, text this number:</source>
        <translation>Este dispositivo no puede enviar mensajes de texto. Desde un teléfono, escribe a este número:</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="125"/>
        <source>This device cannot make calls. From a phone, dial this number:</source>
        <translation>Este dispositivo no puede hacer llamadas. Desde un teléfono, marca este número:</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="141"/>
        <source>Number to dial: %1</source>
        <translation>Número para marcar: %1</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="149"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="159"/>
        <source>Save the changes to %1</source>
        <translation>Guardar los cambios de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Quitar</translation>
    </message>
    <message>
        <location filename="../safety/ContactDelegate.qml" line="167"/>
        <source>Remove %1 from the plan</source>
        <translation>Quitar a %1 del plan</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../safety/ContactEditor.qml" line="19"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="20"/>
        <source>Add to my safety plan</source>
        <translation>Añadir a mi plan de seguridad</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="25"/>
        <source>Remove from my safety plan</source>
        <translation>Quitar de mi plan de seguridad</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="51"/>
        <location filename="../safety/ContactEditor.qml" line="52"/>
        <source>Name or place</source>
        <translation>Nombre o lugar</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="62"/>
        <location filename="../safety/ContactEditor.qml" line="64"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="74"/>
        <source>When or how to reach them (optional)</source>
        <translation>Cuándo o cómo localizarle (opcional)</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="75"/>
        <source>When or how to reach them</source>
        <translation>Cuándo o cómo localizarle</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="87"/>
        <source>Someone I know, or a place</source>
        <translation>Alguien que conozco, o un lugar</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="88"/>
        <source>A professional (therapist, doctor, clinic)</source>
        <translation>Un profesional (terapeuta, médico, clínica)</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="89"/>
        <source>A crisis line</source>
        <translation>Una línea de crisis</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="92"/>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="120"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="122"/>
        <source>Cancel the change</source>
        <translation>Cancelar el cambio</translation>
    </message>
    <message>
        <location filename="../safety/ContactEditor.qml" line="130"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>CountTile</name>
    <message>
        <location filename="../today/CountTile.qml" line="16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunFlow</name>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="75"/>
        <location filename="../firstrun/FirstRunFlow.qml" line="90"/>
        <source>Welcome to Circle</source>
        <translation>Te damos la bienvenida a Circle</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="90"/>
        <source>What Circle keeps</source>
        <translation>Lo que guarda Circle</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="90"/>
        <source>Our group agreement</source>
        <translation>Nuestro acuerdo de grupo</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="91"/>
        <source>A passcode, if you like</source>
        <translation>Un código de acceso, si quieres</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="102"/>
        <location filename="../firstrun/FirstRunFlow.qml" line="105"/>
        <source>Get help now</source>
        <translation>Pedir ayuda ya</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="106"/>
        <source>What to do if you are in crisis</source>
        <translation>Qué hacer si estás en crisis</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="130"/>
        <source>Circle is your companion between group sessions: a place to journal, note good things, work on your goals, check in with your mood, do your group&apos;s homework and see when the group meets next.</source>
        <translation>Circle te acompaña entre las sesiones de grupo: un lugar para escribir tu diario, anotar cosas buenas, trabajar en tus metas, registrar tu ánimo, hacer las tareas del grupo y ver cuándo es la próxima reunión.</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="138"/>
        <source>It takes a minute to get started. If things get hard at any point, &quot;Get help now&quot; is always one tap away.</source>
        <translation>Empezar lleva un minuto. Si en algún momento las cosas se ponen difíciles, &quot;Pedir ayuda ya&quot; siempre está a un toque.</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="159"/>
        <source>Circle keeps what you write here: journal entries, good things, mood check-ins, goals and their check-ins, homework answers and your safety plan. It also keeps your group&apos;s schedule and homework from the clinic.</source>
        <translation>Circle guarda lo que escribes aquí: entradas del diario, cosas buenas, registros de ánimo, metas y sus registros, respuestas de tareas y tu plan de seguridad. También guarda el calendario y las tareas de tu grupo que llegan de la clínica.</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="167"/>
        <source>All of it stays on this phone in an encrypted store. The key to it lives in your phone&apos;s secure key store, never in a file.</source>
        <translation>Todo se queda en este teléfono, guardado de forma cifrada. La clave está en el almacén seguro de claves del teléfono, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="174"/>
        <source>Your journal, good things, mood and safety plan are private. If your phone is linked to your clinic, they are backed up there sealed with a key the clinic does not have. Your therapist sees a goal or a homework answer only when you choose to share it.</source>
        <translation>Tu diario, tus cosas buenas, tu ánimo y tu plan de seguridad son privados. Si tu teléfono está vinculado a tu clínica, se guarda una copia allí, sellada con una clave que la clínica no tiene. Tu terapeuta solo ve una meta o una respuesta de tarea cuando tú decides compartirla.</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="189"/>
        <source>Every member of the group agrees to the same few things. They keep the room safe for everyone. Please read each one and tick it.</source>
        <translation>Cada miembro del grupo acepta los mismos pocos puntos. Ayudan a que el grupo sea un espacio seguro para todos. Lee cada uno y márcalo, por favor.</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="202"/>
        <source>The points of the group agreement</source>
        <translation>Los puntos del acuerdo de grupo</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="227"/>
        <source>A passcode keeps Circle closed when someone else picks up your phone. You can set one now, or later in Settings.</source>
        <translation>Un código de acceso mantiene Circle cerrado si otra persona toma tu teléfono. Puedes crear uno ahora o más tarde en Ajustes.</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="235"/>
        <source>There is no way to recover a forgotten passcode, so choose one you will remember.</source>
        <translation>No hay forma de recuperar un código de acceso olvidado, así que elige uno que vayas a recordar.</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="245"/>
        <source>Set passcode and finish</source>
        <translation>Crear código y terminar</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="291"/>
        <location filename="../firstrun/FirstRunFlow.qml" line="293"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="303"/>
        <source>%1 of %2 agreed</source>
        <translation>%1 de %2 aceptados</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="321"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="322"/>
        <source>Skip for now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="322"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../firstrun/FirstRunFlow.qml" line="325"/>
        <source>Tick every point of the agreement first</source>
        <translation>Marca primero cada punto del acuerdo</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="15"/>
        <source>Get help now</source>
        <translation>Pedir ayuda ya</translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="24"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="27"/>
        <source>Close crisis help</source>
        <translation>Cerrar la ayuda en crisis</translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="48"/>
        <source>If you are in danger, or might hurt yourself or someone else, call your local emergency number now.</source>
        <translation>Si estás en peligro, o podrías hacerte daño o hacérselo a otra persona, llama ahora al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="68"/>
        <source>You can also go to the nearest emergency department, or ask someone you trust to stay with you.</source>
        <translation>También puedes ir a la sala de urgencias más cercana o pedir a alguien de confianza que se quede contigo.</translation>
    </message>
    <message>
        <location filename="../appshell/GetHelpDialog.qml" line="73"/>
        <location filename="../appshell/GetHelpDialog.qml" line="75"/>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
</context>
<context>
    <name>GoalBuilderCalendar</name>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="35"/>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="37"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="53"/>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="54"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="145"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderCalendar.qml" line="147"/>
        <source>Close the calendar</source>
        <translation>Cerrar el calendario</translation>
    </message>
</context>
<context>
    <name>GoalBuilderPage</name>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="29"/>
        <source>What do you want to do?</source>
        <translation>¿Qué quieres hacer?</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="30"/>
        <source>How will you measure it?</source>
        <translation>¿Cómo lo vas a medir?</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="31"/>
        <source>What small steps will get you there?</source>
        <translation>¿Qué pasos pequeños te llevarán ahí?</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="32"/>
        <source>Why does it matter to you?</source>
        <translation>¿Por qué te importa?</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="33"/>
        <source>By when?</source>
        <translation>¿Para cuándo?</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="34"/>
        <source>Does this look right?</source>
        <translation>¿Está todo bien?</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="37"/>
        <source>Say it plainly enough that you will know when you have done it, for example &quot;Go to recovery meetings&quot;.</source>
        <translation>Dilo de forma tan clara que sepas cuándo lo has logrado, por ejemplo &quot;Ir a reuniones de recuperación&quot;.</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="38"/>
        <source>A number and what it counts, for example 3 meetings a week or 20 minutes a day.</source>
        <translation>Un número y lo que cuenta, por ejemplo 3 reuniones a la semana o 20 minutos al día.</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="39"/>
        <source>Steps small enough to start this week. Put them in the order you will take them.</source>
        <translation>Pasos tan pequeños que puedas empezar esta semana. Ponlos en el orden en que los vas a dar.</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="40"/>
        <source>A few words for the days it feels hard. Only you see this unless you share the goal.</source>
        <translation>Unas palabras para los días difíciles. Solo tú lo ves, a menos que compartas la meta.</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="41"/>
        <source>Pick a day that gives you a fair chance. You can change it later.</source>
        <translation>Elige un día que te dé un margen razonable. Puedes cambiarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="42"/>
        <source>Your goal is kept on this phone. You choose later whether your therapist sees it.</source>
        <translation>Tu meta se guarda en este teléfono. Más adelante decides si tu terapeuta puede verla.</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="71"/>
        <source>Change goal</source>
        <translation>Cambiar meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="71"/>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="88"/>
        <source>Back to summary</source>
        <translation>Volver al resumen</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="89"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="89"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="91"/>
        <source>Back to the summary</source>
        <translation>Volver al resumen</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="92"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="93"/>
        <source>Cancel the new goal</source>
        <translation>Cancelar la nueva meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="93"/>
        <source>Leave the goal as it was</source>
        <translation>Dejar la meta como estaba</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="104"/>
        <source>Save goal</source>
        <translation>Guardar meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="104"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="104"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="106"/>
        <source>Save the goal</source>
        <translation>Guardar la meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="107"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="107"/>
        <source>Done, back to the summary</source>
        <translation>Hecho, volver al resumen</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="136"/>
        <location filename="../goals/GoalBuilderPage.qml" line="144"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="171"/>
        <source>My goal</source>
        <translation>Mi meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="172"/>
        <location filename="../goals/GoalBuilderPage.qml" line="401"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="193"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="195"/>
        <source>Target number</source>
        <translation>Número objetivo</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="203"/>
        <source>meetings a week</source>
        <translation>reuniones a la semana</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="204"/>
        <source>What the number counts</source>
        <translation>Lo que cuenta el número</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="343"/>
        <source>For example %1</source>
        <translation>Por ejemplo, %1</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="345"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="346"/>
        <source>Type a date like %1, or pick one below</source>
        <translation>Escribe una fecha como %1 o elige una abajo</translation>
    </message>
    <message>
        <source>times a week</source>
        <translation type="vanished">veces a la semana</translation>
    </message>
    <message>
        <source>minutes a day</source>
        <translation type="vanished">minutos al día</translation>
    </message>
    <message>
        <source>days a week</source>
        <translation type="vanished">días a la semana</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="235"/>
        <source>Count %1</source>
        <translation>Contar %1</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="260"/>
        <source>(done)</source>
        <translation>(hecho)</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="268"/>
        <source>Move &quot;%1&quot; up</source>
        <translation>Subir &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="276"/>
        <source>Move &quot;%1&quot; down</source>
        <translation>Bajar &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="283"/>
        <source>Remove &quot;%1&quot;</source>
        <translation>Quitar &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="298"/>
        <source>A small step</source>
        <translation>Un paso pequeño</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="299"/>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="306"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="308"/>
        <source>Add this step</source>
        <translation>Añadir este paso</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="326"/>
        <source>Because…</source>
        <translation>Porque…</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="327"/>
        <location filename="../goals/GoalBuilderPage.qml" line="412"/>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Year-month-day, such as 2025-06-30</source>
        <translation type="vanished">Año-mes-día, por ejemplo 2025-06-30</translation>
    </message>
    <message>
        <source>Due date, as year-month-day</source>
        <translation type="vanished">Fecha límite, en formato año-mes-día</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="355"/>
        <source>In 2 weeks</source>
        <translation>En 2 semanas</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="355"/>
        <source>In a month</source>
        <translation>En un mes</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="356"/>
        <source>In 3 months</source>
        <translation>En 3 meses</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="366"/>
        <source>Due date: %1</source>
        <translation>Fecha límite: %1</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="373"/>
        <source>Pick a day…</source>
        <translation>Elegir un día…</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="376"/>
        <source>Pick the due date from a calendar</source>
        <translation>Elegir la fecha límite en un calendario</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="403"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="405"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message numerus="yes">
        <location filename="../goals/GoalBuilderPage.qml" line="409"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="415"/>
        <source>Not written (optional)</source>
        <translation>Sin escribir (opcional)</translation>
    </message>
    <message>
        <location filename="../goals/GoalBuilderPage.qml" line="421"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>GoalCheckInDelegate</name>
    <message>
        <location filename="../goals/GoalCheckInDelegate.qml" line="51"/>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInDelegate.qml" line="53"/>
        <source>Correct or delete the check-in of %1</source>
        <translation>Corregir o borrar el registro del %1</translation>
    </message>
</context>
<context>
    <name>GoalCheckInEditDialog</name>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="39"/>
        <source>Correct this check-in</source>
        <translation>Corregir este registro</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="59"/>
        <source>Value in %1</source>
        <translation>Valor en %1</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="69"/>
        <source>Corrected value in %1</source>
        <translation>Valor corregido en %1</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="75"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="84"/>
        <source>Corrected note</source>
        <translation>Nota corregida</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="96"/>
        <source>Save correction</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="103"/>
        <source>Delete this check-in…</source>
        <translation>Borrar este registro…</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInEditDialog.qml" line="110"/>
        <source>Go back without changes</source>
        <translation>Volver sin cambios</translation>
    </message>
</context>
<context>
    <name>GoalCheckInForm</name>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="34"/>
        <source>Check in</source>
        <translation>Registrar avance</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="39"/>
        <source>How many %1 now?</source>
        <translation>¿Cuánto llevas ahora, en %1?</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="49"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="51"/>
        <source>Value in %1</source>
        <translation>Valor en %1</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="62"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="72"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="81"/>
        <source>This goal is shared, so your therapist reads the note too.</source>
        <translation>Esta meta está compartida, así que tu terapeuta también lee la nota.</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="82"/>
        <source>Only you see the note, unless you share this goal.</source>
        <translation>Solo tú ves la nota, a menos que compartas esta meta.</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="96"/>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <location filename="../goals/GoalCheckInForm.qml" line="98"/>
        <source>Save goal check-in</source>
        <translation>Guardar el registro de la meta</translation>
    </message>
</context>
<context>
    <name>GoalConfirmDialog</name>
    <message>
        <location filename="../goals/GoalConfirmDialog.qml" line="12"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation type="vanished">Pasos hechos: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../goals/GoalDelegate.qml" line="26"/>
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 de %n paso hecho</numerusform>
            <numerusform>%1 de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../goals/GoalDelegate.qml" line="35"/>
        <source>Opens the goal</source>
        <translation>Abre la meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalDelegate.qml" line="99"/>
        <source>Shared with your therapist</source>
        <translation>Compartida con tu terapeuta</translation>
    </message>
</context>
<context>
    <name>GoalDetailPage</name>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="36"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="44"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="46"/>
        <source>Change this goal</source>
        <translation>Cambiar esta meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="122"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="162"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="162"/>
        <source>Not done yet</source>
        <translation>Aún sin hacer</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="182"/>
        <source>Shared with your therapist: see or stop</source>
        <translation>Compartida con tu terapeuta: ver o dejar de compartir</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="183"/>
        <source>Share with your therapist…</source>
        <translation>Compartir con tu terapeuta…</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="185"/>
        <source>See what your therapist sees, or stop sharing</source>
        <translation>Ver lo que ve tu terapeuta o dejar de compartir</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="186"/>
        <source>Preview and share this goal with your therapist</source>
        <translation>Revisar y compartir esta meta con tu terapeuta</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="265"/>
        <source>Is this number right?</source>
        <translation>¿Es correcto este número?</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="266"/>
        <source>Yes, save it</source>
        <translation>Sí, guardarlo</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="267"/>
        <source>Let me change it</source>
        <translation>Quiero cambiarlo</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="281"/>
        <source>Delete this check-in?</source>
        <translation>¿Borrar este registro?</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="283"/>
        <source>It goes from your history and chart, and from what your therapist sees after the next sync.</source>
        <translation>Desaparece de tu historial y de tu gráfico, y de lo que ve tu terapeuta tras la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="284"/>
        <source>It goes from your history and chart. This cannot be undone.</source>
        <translation>Desaparece de tu historial y de tu gráfico. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="285"/>
        <source>Delete check-in</source>
        <translation>Borrar registro</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="296"/>
        <source>Delete this goal?</source>
        <translation>¿Borrar esta meta?</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="298"/>
        <source>The goal, its steps and all its check-ins go from this phone, and from what your therapist sees after the next sync. This cannot be undone. If you only want a break from it, put it aside instead.</source>
        <translation>La meta, sus pasos y todos sus registros desaparecen de este teléfono y de lo que ve tu terapeuta tras la próxima sincronización. No se puede deshacer. Si solo quieres un descanso, apártala en su lugar.</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="299"/>
        <source>The goal, its steps and all its check-ins go from this phone. This cannot be undone. If you only want a break from it, put it aside instead.</source>
        <translation>La meta, sus pasos y todos sus registros desaparecen de este teléfono. No se puede deshacer. Si solo quieres un descanso, apártala en su lugar.</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="300"/>
        <source>Delete goal</source>
        <translation>Borrar meta</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="vanished">Registrar avance</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Valor</translation>
    </message>
    <message>
        <source>Value in %1</source>
        <translation type="vanished">Valor en %1</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation type="vanished">Una nota para ti (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">Nota</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="vanished">Guardar registro</translation>
    </message>
    <message>
        <source>Save goal check-in</source>
        <translation type="vanished">Guardar registro de la meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="201"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../goals/GoalDetailPage.qml" line="226"/>
        <source>Check-ins, newest first</source>
        <translation>Registros, del más reciente al más antiguo</translation>
    </message>
</context>
<context>
    <name>GoalLifecycleActions</name>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="19"/>
        <source>This goal</source>
        <translation>Esta meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="26"/>
        <source>I reached this goal</source>
        <translation>Alcancé esta meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="27"/>
        <source>Mark this goal as reached</source>
        <translation>Marcar esta meta como alcanzada</translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="35"/>
        <source>Put aside for now</source>
        <translation>Apartar por ahora</translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="37"/>
        <source>Put this goal aside for now; you can take it up again later</source>
        <translation>Apartar esta meta por ahora; puedes retomarla más adelante</translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="44"/>
        <source>Take it up again</source>
        <translation>Retomarla</translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="45"/>
        <source>Make this goal active again</source>
        <translation>Volver a activar esta meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="52"/>
        <source>Delete goal…</source>
        <translation>Borrar meta…</translation>
    </message>
    <message>
        <location filename="../goals/GoalLifecycleActions.qml" line="54"/>
        <source>Delete this goal and its check-ins</source>
        <translation>Borrar esta meta y sus registros</translation>
    </message>
</context>
<context>
    <name>GoalListPane</name>
    <message>
        <location filename="../goals/GoalListPane.qml" line="37"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../goals/GoalListPane.qml" line="54"/>
        <source>No goals yet</source>
        <translation>Aún no hay metas</translation>
    </message>
    <message>
        <location filename="../goals/GoalListPane.qml" line="55"/>
        <source>Set a goal step by step: what, how much, the small steps, why, and by when.</source>
        <translation>Fija una meta paso a paso: qué, cuánto, los pasos pequeños, por qué y para cuándo.</translation>
    </message>
    <message>
        <location filename="../goals/GoalListPane.qml" line="66"/>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalListPane.qml" line="69"/>
        <source>Set a new goal</source>
        <translation>Fijar una nueva meta</translation>
    </message>
</context>
<context>
    <name>GoalProgressChart</name>
    <message>
        <location filename="../goals/GoalProgressChart.qml" line="48"/>
        <source>Progress towards the target</source>
        <translation>Progreso hacia el objetivo</translation>
    </message>
    <message>
        <location filename="../goals/GoalProgressChart.qml" line="119"/>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
</context>
<context>
    <name>GoalReviewHeading</name>
    <message>
        <location filename="../goals/GoalReviewHeading.qml" line="25"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../goals/GoalReviewHeading.qml" line="27"/>
        <source>Change: %1</source>
        <translation>Cambiar: %1</translation>
    </message>
</context>
<context>
    <name>GoalSharePage</name>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="15"/>
        <source>Share with your therapist</source>
        <translation>Compartir con tu terapeuta</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="36"/>
        <source>Shared. Your therapist can see this goal and its check-ins after each sync.</source>
        <translation>Compartida. Tu terapeuta puede ver esta meta y sus registros después de cada sincronización.</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="37"/>
        <source>Not shared. Only you can see this goal.</source>
        <translation>Sin compartir. Solo tú puedes ver esta meta.</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="52"/>
        <source>This phone has not joined a clinic yet, so there is no therapist to share with. To join, go to More, then Clinic sync, and paste the invite your clinic gave you. Until then, everything here stays on your phone.</source>
        <translation>Este teléfono todavía no se ha unido a ninguna clínica, así que no hay terapeuta con quien compartir. Para unirte, ve a Más, luego a Sincronización con la clínica, y pega la invitación que te dio tu clínica. Hasta entonces, todo lo de aquí se queda en tu teléfono.</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="61"/>
        <source>Share with the therapists of</source>
        <translation>Compartir con los terapeutas de</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="71"/>
        <source>Group whose therapists see this goal</source>
        <translation>Grupo cuyos terapeutas ven esta meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="78"/>
        <source>What your therapist sees</source>
        <translation>Lo que ve tu terapeuta</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="79"/>
        <source>What your therapist would see</source>
        <translation>Lo que vería tu terapeuta</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="118"/>
        <source>Stays private, sealed so the clinic cannot read it</source>
        <translation>Sigue siendo privado, sellado para que la clínica no pueda leerlo</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="138"/>
        <source>Share this goal…</source>
        <translation>Compartir esta meta…</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="140"/>
        <source>Share this goal with your therapist</source>
        <translation>Compartir esta meta con tu terapeuta</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="148"/>
        <source>Stop sharing…</source>
        <translation>Dejar de compartir…</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="149"/>
        <source>Stop sharing this goal</source>
        <translation>Dejar de compartir esta meta</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="162"/>
        <source>Share this goal?</source>
        <translation>¿Compartir esta meta?</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="163"/>
        <source>Your therapist will see the goal and its check-ins as listed, the next time Circle syncs with your clinic. You can stop sharing at any time.</source>
        <translation>Tu terapeuta verá la meta y sus registros tal como aparecen aquí la próxima vez que Circle se sincronice con tu clínica. Puedes dejar de compartir cuando quieras.</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="164"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="174"/>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Your therapist will see the goal and its check-ins as listed, after the next sync. You can stop sharing at any time.</source>
        <translation type="vanished">Tu terapeuta verá la meta y sus registros tal como aparecen aquí, después de la próxima sincronización. Puedes dejar de compartirla cuando quieras.</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="172"/>
        <source>Stop sharing this goal?</source>
        <translation>¿Dejar de compartir esta meta?</translation>
    </message>
    <message>
        <location filename="../goals/GoalSharePage.qml" line="173"/>
        <source>Your therapist loses this goal and its check-ins at the next sync. It stays on your phone.</source>
        <translation>Tu terapeuta dejará de ver esta meta y sus registros en la próxima sincronización. Se queda en tu teléfono.</translation>
    </message>
</context>
<context>
    <name>GoalUnits</name>
    <message>
        <location filename="../goals/goalunits.cpp" line="17"/>
        <source>times a week</source>
        <translation>veces a la semana</translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="17"/>
        <source>time a week</source>
        <translation>vez a la semana</translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="18"/>
        <source>meetings a week</source>
        <translation>reuniones a la semana</translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="18"/>
        <source>meeting a week</source>
        <translation>reunión a la semana</translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="19"/>
        <source>minutes a day</source>
        <translation>minutos al día</translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="19"/>
        <source>minute a day</source>
        <translation>minuto al día</translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="20"/>
        <source>days a week</source>
        <translation>días a la semana</translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="20"/>
        <source>day a week</source>
        <translation>día a la semana</translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="52"/>
        <source>%1 %2</source>
        <extracomment>A goal&apos;s number and what it counts, as in &quot;3 meetings a week&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../goals/goalunits.cpp" line="70"/>
        <source>%1 of %2</source>
        <extracomment>A check-in of one against the goal&apos;s target, as in &quot;1 of 5 walks a week&quot;.</extracomment>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>GoalsGlanceCard</name>
    <message>
        <location filename="../goals/GoalsGlanceCard.qml" line="16"/>
        <source>Goal progress</source>
        <translation>Avance de las metas</translation>
    </message>
    <message>
        <location filename="../goals/GoalsGlanceCard.qml" line="39"/>
        <source>No active goals. Set one on the Goals page.</source>
        <translation>No tienes metas activas. Puedes crear una en la página Metas.</translation>
    </message>
    <message>
        <location filename="../goals/GoalsGlanceCard.qml" line="70"/>
        <source>%1, %2. Open this goal</source>
        <translation>%1, %2. Abrir esta meta</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../goals/GoalsPage.qml" line="11"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation type="vanished">Todavía no hay metas</translation>
    </message>
    <message>
        <source>Goals you set with your group will be listed here.</source>
        <translation type="vanished">Aquí aparecerán las metas que te pongas con tu grupo.</translation>
    </message>
</context>
<context>
    <name>GratitudeDayDelegate</name>
    <message>
        <location filename="../gratitude/GratitudeDayDelegate.qml" line="36"/>
        <source>Copy from another device</source>
        <translation>Copia de otro dispositivo</translation>
    </message>
</context>
<context>
    <name>GratitudePage</name>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="12"/>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="30"/>
        <source>Earlier good things</source>
        <translation>Cosas buenas anteriores</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="49"/>
        <source>Three good things today</source>
        <translation>Tres cosas buenas de hoy</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="69"/>
        <location filename="../gratitude/GratitudePage.qml" line="70"/>
        <source>Good thing %1</source>
        <translation>Cosa buena %1</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="88"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="91"/>
        <source>Save today&apos;s good things</source>
        <translation>Guardar las cosas buenas de hoy</translation>
    </message>
    <message>
        <location filename="../gratitude/GratitudePage.qml" line="105"/>
        <source>Your good things, day by day</source>
        <translation>Tus cosas buenas, día a día</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="vanished">Antes</translation>
    </message>
</context>
<context>
    <name>HomeworkDelegate</name>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="75"/>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="76"/>
        <source>Your answer to %1</source>
        <translation>Tu respuesta a %1</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="103"/>
        <source>Attached journal entry</source>
        <translation>Entrada del diario adjunta</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="104"/>
        <source>Attached: entry from %1</source>
        <translation>Adjunta: entrada del %1</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="122"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="125"/>
        <source>Remove the attached entry from %1</source>
        <translation>Quitar la entrada adjunta del %1</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="152"/>
        <source>Change entry</source>
        <translation>Cambiar entrada</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="152"/>
        <source>Attach an entry</source>
        <translation>Adjuntar una entrada</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="154"/>
        <source>Change the journal entry attached to %1</source>
        <translation>Cambiar la entrada del diario adjunta a %1</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="155"/>
        <source>Choose a journal entry to attach to %1</source>
        <translation>Elegir una entrada del diario para adjuntar a %1</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="164"/>
        <source>Share with therapists…</source>
        <translation>Compartir con terapeutas…</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="166"/>
        <source>See what your therapists would see of %1, then share it</source>
        <translation>Ver lo que verían tus terapeutas de %1 y luego compartirlo</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="177"/>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="180"/>
        <source>Stop sharing %1 with your therapists</source>
        <translation>Dejar de compartir %1 con tus terapeutas</translation>
    </message>
    <message>
        <source>A journal entry is attached.</source>
        <translation type="vanished">Hay una entrada del diario adjunta.</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="144"/>
        <location filename="../homework/HomeworkDelegate.qml" line="146"/>
        <source>Save answer</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <source>Attach my latest entry</source>
        <translation type="vanished">Adjuntar mi última entrada</translation>
    </message>
    <message>
        <source>Attach my latest journal entry</source>
        <translation type="vanished">Adjuntar mi última entrada del diario</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="188"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkDelegate.qml" line="190"/>
        <source>Mark %1 as done</source>
        <translation>Marcar %1 como hecha</translation>
    </message>
</context>
<context>
    <name>HomeworkDueCard</name>
    <message>
        <location filename="../today/HomeworkDueCard.qml" line="24"/>
        <source>Homework due</source>
        <translation>Tareas pendientes</translation>
    </message>
    <message>
        <location filename="../today/HomeworkDueCard.qml" line="44"/>
        <source>Your homework could not be read just now. Open the Homework page to try again.</source>
        <translation>No se pudieron leer tus tareas ahora mismo. Abre la página de Tareas para volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../today/HomeworkDueCard.qml" line="46"/>
        <location filename="../today/HomeworkDueCard.qml" line="47"/>
        <source>Nothing due this week.</source>
        <translation>Nada pendiente esta semana.</translation>
    </message>
    <message>
        <location filename="../today/HomeworkDueCard.qml" line="49"/>
        <location filename="../today/HomeworkDueCard.qml" line="76"/>
        <source>Opens your homework</source>
        <translation>Abre tus tareas</translation>
    </message>
    <message numerus="yes">
        <location filename="../today/HomeworkDueCard.qml" line="105"/>
        <source>%n more on the Homework page</source>
        <translation>
            <numerusform>%n más en la página de Tareas</numerusform>
            <numerusform>%n más en la página de Tareas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeworkEntryPicker</name>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="17"/>
        <source>Attach a journal entry to “%1”</source>
        <translation>Adjuntar una entrada del diario a «%1»</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="30"/>
        <source>Your journal entries</source>
        <translation>Tus entradas del diario</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="47"/>
        <source>Chosen: </source>
        <translation>Elegida: </translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="78"/>
        <source>No journal entries yet</source>
        <translation>Aún no hay entradas en el diario</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="79"/>
        <source>Write one in your journal, then come back to attach it.</source>
        <translation>Escribe una en tu diario y vuelve para adjuntarla.</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="94"/>
        <source>Tap an entry to choose it.</source>
        <translation>Toca una entrada para elegirla.</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="95"/>
        <source>Chosen: %1. %2</source>
        <translation>Elegida: %1. %2</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="123"/>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="127"/>
        <source>Attach the chosen entry</source>
        <translation>Adjuntar la entrada elegida</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="136"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkEntryPicker.qml" line="139"/>
        <source>Close without attaching</source>
        <translation>Cerrar sin adjuntar</translation>
    </message>
</context>
<context>
    <name>HomeworkPage</name>
    <message>
        <location filename="../homework/HomeworkPage.qml" line="11"/>
        <location filename="../homework/HomeworkPage.qml" line="54"/>
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkPage.qml" line="123"/>
        <source>No homework right now</source>
        <translation>No hay tareas por ahora</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkPage.qml" line="124"/>
        <source>What your group is asked to practise between sessions will show here.</source>
        <translation>Aquí verás lo que tu grupo debe practicar entre sesiones.</translation>
    </message>
</context>
<context>
    <name>HomeworkSharePreview</name>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="22"/>
        <source>Share with %1?</source>
        <translation>¿Compartir con %1?</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="42"/>
        <source>They will see exactly this:</source>
        <translation>Verán exactamente esto:</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="60"/>
        <source>Homework</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="74"/>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="82"/>
        <source>(no written answer)</source>
        <translation>(sin respuesta escrita)</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="89"/>
        <source>Marked as done</source>
        <translation>Marcada como hecha</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="90"/>
        <source>Not marked as done yet</source>
        <translation>Aún no marcada como hecha</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="97"/>
        <source>That a journal entry is attached, without its words</source>
        <translation>Que hay una entrada del diario adjunta, sin su texto</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="106"/>
        <source>The attached journal entry stays private, like the rest of your journal, your mood, your good things and your safety plan.</source>
        <translation>La entrada del diario adjunta sigue siendo privada, como el resto de tu diario, tu ánimo, tus cosas buenas y tu plan de seguridad.</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="107"/>
        <source>Your journal, mood, good things and safety plan stay private.</source>
        <translation>Tu diario, tu ánimo, tus cosas buenas y tu plan de seguridad siguen siendo privados.</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="112"/>
        <source>If you change the answer later, they see the new version. You can stop sharing at any time, and they will no longer see it.</source>
        <translation>Si cambias la respuesta más adelante, verán la nueva versión. Puedes dejar de compartirla cuando quieras y dejarán de verla.</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="146"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="149"/>
        <source>Share this answer with %1</source>
        <translation>Compartir esta respuesta con %1</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="159"/>
        <source>Keep private</source>
        <translation>Mantener privada</translation>
    </message>
    <message>
        <location filename="../homework/HomeworkSharePreview.qml" line="162"/>
        <source>Keep this answer private</source>
        <translation>Mantener privada esta respuesta</translation>
    </message>
</context>
<context>
    <name>JournalEditorPage</name>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="31"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="33"/>
        <source>Done, back to the journal</source>
        <translation>Listo, volver al diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="50"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="52"/>
        <source>Delete this entry</source>
        <translation>Borrar esta entrada</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="66"/>
        <source>This is a copy kept because the entry was changed on two devices at once. Keep what you want and delete the other.</source>
        <translation>Guardamos esta copia porque la entrada se cambió en dos dispositivos a la vez. Quédate con lo que quieras y borra la otra.</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="89"/>
        <source>Write whatever is on your mind.</source>
        <translation>Escribe lo que tengas en mente.</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="90"/>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="119"/>
        <source>Delete this entry?</source>
        <translation>¿Borrar esta entrada?</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="127"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="133"/>
        <source>Delete entry</source>
        <translation>Borrar entrada</translation>
    </message>
    <message>
        <location filename="../journal/JournalEditorPage.qml" line="147"/>
        <source>It is removed from this phone and from your other devices.</source>
        <translation>Se borra de este teléfono y de tus otros dispositivos.</translation>
    </message>
</context>
<context>
    <name>JournalEntryDelegate</name>
    <message>
        <location filename="../journal/JournalEntryDelegate.qml" line="70"/>
        <source>Mood %1/10</source>
        <translation>Ánimo %1/10</translation>
    </message>
    <message>
        <location filename="../journal/JournalEntryDelegate.qml" line="82"/>
        <source>Copy from another device: compare and keep what you want</source>
        <translation>Copia de otro dispositivo: compara y quédate con lo que quieras</translation>
    </message>
</context>
<context>
    <name>JournalListPane</name>
    <message>
        <location filename="../journal/JournalListPane.qml" line="29"/>
        <location filename="../journal/JournalListPane.qml" line="31"/>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="54"/>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="72"/>
        <source>These are the newest %1 entries that match. Add another word to find older ones.</source>
        <translation>Estas son las %1 entradas más recientes que coinciden. Añade otra palabra para encontrar las más antiguas.</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="85"/>
        <source>Nothing found</source>
        <translation>No se ha encontrado nada</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="85"/>
        <source>No journal entries yet</source>
        <translation>Todavía no hay entradas en el diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="87"/>
        <source>Try fewer or shorter words.</source>
        <translation>Prueba con menos palabras o más cortas.</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="88"/>
        <source>Your entries stay on this phone, encrypted.</source>
        <translation>Tus entradas se quedan en este teléfono, cifradas.</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="103"/>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="106"/>
        <source>Write a new entry</source>
        <translation>Escribir una entrada nueva</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="113"/>
        <source>Use a prompt</source>
        <translation>Usar una pregunta</translation>
    </message>
    <message>
        <location filename="../journal/JournalListPane.qml" line="115"/>
        <source>Choose a writing prompt</source>
        <translation>Elegir una pregunta para escribir</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../journal/JournalPage.qml" line="12"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
</context>
<context>
    <name>JournalPromptsPage</name>
    <message>
        <source>Back</source>
        <translation type="vanished">Atrás</translation>
    </message>
    <message>
        <location filename="../journal/JournalPromptsPage.qml" line="17"/>
        <source>Back to the journal</source>
        <translation>Volver al diario</translation>
    </message>
    <message>
        <location filename="../journal/JournalPromptsPage.qml" line="22"/>
        <source>Choose a prompt</source>
        <translation>Elige una pregunta</translation>
    </message>
    <message>
        <location filename="../journal/JournalPromptsPage.qml" line="37"/>
        <source>Writing prompts</source>
        <translation>Preguntas para escribir</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lock/LockScreen.qml" line="51"/>
        <source>Circle is locked</source>
        <translation>Circle está bloqueado</translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="62"/>
        <source>Type your passcode to open your journal, goals and the rest.</source>
        <translation>Escribe tu código de acceso para abrir tu diario, tus metas y todo lo demás.</translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="77"/>
        <location filename="../lock/LockScreen.qml" line="78"/>
        <source>Passcode</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="101"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="103"/>
        <source>Unlock Circle</source>
        <translation>Desbloquear Circle</translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="111"/>
        <source>Forgot your passcode?</source>
        <translation>¿Olvidaste tu código?</translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="125"/>
        <source>No one can look up or reset your passcode, not even your clinic: that is what keeps your entries private. If you cannot remember it, you can remove Circle from this phone and install it again. If your phone is linked to your clinic, your recovery code brings back your journal, good things, mood and safety plan; your group&apos;s schedule and homework come back on their own.</source>
        <translation>Nadie puede consultar ni restablecer tu código, ni siquiera tu clínica: eso es lo que mantiene privadas tus entradas. Si no lo recuerdas, puedes quitar Circle de este teléfono e instalarlo de nuevo. Si tu teléfono está vinculado con tu clínica, tu código de recuperación devuelve tu diario, tus cosas buenas, tu ánimo y tu plan de seguridad; el calendario y las tareas de tu grupo vuelven por sí solos.</translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="134"/>
        <location filename="../lock/LockScreen.qml" line="137"/>
        <source>Get help now</source>
        <translation>Pedir ayuda ya</translation>
    </message>
    <message>
        <location filename="../lock/LockScreen.qml" line="138"/>
        <source>Crisis lines and your safety contacts, without unlocking</source>
        <translation>Líneas de crisis y tus contactos de seguridad, sin desbloquear</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="58"/>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="115"/>
        <location filename="../Main.qml" line="119"/>
        <source>Get help now</source>
        <translation>Pedir ayuda ya</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="120"/>
        <source>What to do if you are in crisis</source>
        <translation>Qué hacer si estás en crisis</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="196"/>
        <source>Main sections</source>
        <translation>Secciones principales</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="215"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="216"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="217"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="218"/>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="219"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>MoodPage</name>
    <message>
        <location filename="../mood/MoodPage.qml" line="18"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="42"/>
        <source>How are you feeling right now?</source>
        <translation>¿Cómo te sientes ahora mismo?</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="56"/>
        <source>Words for it (optional)</source>
        <translation>Palabras para describirlo (opcional)</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="101"/>
        <source>A note for yourself (optional)</source>
        <translation>Una nota para ti (opcional)</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="102"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="116"/>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="119"/>
        <source>Save mood check-in</source>
        <translation>Guardar registro de ánimo</translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in.</source>
        <translation type="vanished">Guardado. Gracias por contar cómo estás.</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="143"/>
        <source>Last 8 weeks</source>
        <translation>Últimas 8 semanas</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="155"/>
        <source>Recent check-ins</source>
        <translation>Registros recientes</translation>
    </message>
    <message>
        <location filename="../mood/MoodPage.qml" line="168"/>
        <source>%1: %2/10</source>
        <translation>%1: %2/10</translation>
    </message>
</context>
<context>
    <name>MoodSavedNote</name>
    <message>
        <location filename="../mood/MoodSavedNote.qml" line="26"/>
        <source>Saved. Thank you for being honest about a hard moment. You do not have to carry it alone: your safety plan and the people on it are one tap away.</source>
        <translation>Guardado. Gracias por contar con sinceridad un momento difícil. No tienes que cargar con esto en soledad: tu plan de seguridad y las personas que hay en él están a un toque.</translation>
    </message>
    <message>
        <location filename="../mood/MoodSavedNote.qml" line="27"/>
        <source>Saved. Thank you for checking in.</source>
        <translation>Guardado. Gracias por contar cómo estás.</translation>
    </message>
    <message>
        <location filename="../mood/MoodSavedNote.qml" line="36"/>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
</context>
<context>
    <name>MoodScoreSlider</name>
    <message>
        <source>Mood from 0 to 10</source>
        <translation type="vanished">Ánimo del 0 al 10</translation>
    </message>
    <message>
        <location filename="../mood/MoodScoreSlider.qml" line="19"/>
        <location filename="../mood/MoodScoreSlider.qml" line="36"/>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <location filename="../mood/MoodScoreSlider.qml" line="35"/>
        <source>Mood from 0, very low, to 10, very good</source>
        <translation>Ánimo de 0, muy bajo, a 10, muy bueno</translation>
    </message>
    <message>
        <location filename="../mood/MoodScoreSlider.qml" line="46"/>
        <source>0&#xa0;·&#xa0;very low</source>
        <translation>0&#xa0;·&#xa0;muy bajo</translation>
    </message>
    <message>
        <location filename="../mood/MoodScoreSlider.qml" line="56"/>
        <source>very good&#xa0;·&#xa0;10</source>
        <translation>muy bueno&#xa0;·&#xa0;10</translation>
    </message>
    <message>
        <source>0 · very low</source>
        <translation type="vanished">0 · muy bajo</translation>
    </message>
    <message>
        <source>very good · 10</source>
        <translation type="vanished">muy bueno · 10</translation>
    </message>
</context>
<context>
    <name>MoodTrendChart</name>
    <message>
        <location filename="../mood/MoodTrendChart.qml" line="59"/>
        <source>Mood by week</source>
        <translation>Ánimo por semana</translation>
    </message>
    <message>
        <location filename="../mood/MoodTrendChart.qml" line="140"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
</context>
<context>
    <name>MoreMenuPane</name>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="26"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="32"/>
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="33"/>
        <source>Homework from your group</source>
        <translation>Tareas de tu grupo</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="40"/>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="41"/>
        <source>Gratitude: three good things</source>
        <translation>Gratitud: tres cosas buenas</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="48"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="49"/>
        <source>Mood check-in and trend</source>
        <translation>Registro de ánimo y evolución</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="56"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="57"/>
        <source>Reminders: sessions, homework, daily practice and quiet hours</source>
        <translation>Recordatorios: sesiones, tareas, práctica diaria y horas de silencio</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="64"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="71"/>
        <location filename="../more/MoreMenuPane.qml" line="72"/>
        <source>Get help now</source>
        <translation>Pedir ayuda ya</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="73"/>
        <source>What to do if you are in crisis</source>
        <translation>Qué hacer si estás en crisis</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="80"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="81"/>
        <source>My safety plan: crisis lines, my contacts and my plan</source>
        <translation>Mi plan de seguridad: líneas de crisis, mis contactos y mi plan</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="88"/>
        <source>Clinic sync</source>
        <translation>Sincronización con la clínica</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="89"/>
        <source>Clinic sync: joining your clinic, sync status and changes not synced</source>
        <translation>Sincronización con la clínica: unirte a tu clínica, estado de la sincronización y cambios sin sincronizar</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="96"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="102"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="103"/>
        <source>Settings: passcode, lock, language, export and about</source>
        <translation>Ajustes: código de acceso, bloqueo, idioma, exportación e información</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="111"/>
        <source>Circle %1</source>
        <translation>Circle %1</translation>
    </message>
    <message>
        <location filename="../more/MoreMenuPane.qml" line="117"/>
        <source>Everything you write in Circle is stored encrypted on this phone. The key is kept in your phone&apos;s secure key store.</source>
        <translation>Todo lo que escribes en Circle se guarda cifrado en este teléfono. La clave está en el almacén seguro de claves del teléfono.</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <location filename="../more/MorePage.qml" line="12"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>NextSessionCard</name>
    <message>
        <location filename="../today/NextSessionCard.qml" line="41"/>
        <source>Next group session</source>
        <translation>Próxima sesión de grupo</translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="45"/>
        <location filename="../today/NextSessionCard.qml" line="60"/>
        <source>No upcoming sessions</source>
        <translation>No hay próximas sesiones</translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="66"/>
        <source>Happening now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="66"/>
        <source>New time</source>
        <translation>Nueva hora</translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="140"/>
        <source>I&apos;ll be there</source>
        <translation>Iré</translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="143"/>
        <source>I&apos;ll be there: %1</source>
        <translation>Iré: %1</translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="151"/>
        <source>Can&apos;t come</source>
        <translation>No puedo ir</translation>
    </message>
    <message>
        <location filename="../today/NextSessionCard.qml" line="154"/>
        <source>I can&apos;t come: %1</source>
        <translation>No puedo ir: %1</translation>
    </message>
</context>
<context>
    <name>NotSyncedDelegate</name>
    <message>
        <location filename="../sync/NotSyncedDelegate.qml" line="46"/>
        <source>The server said: %1</source>
        <translation>Respuesta del servidor: %1</translation>
    </message>
    <message>
        <location filename="../sync/NotSyncedDelegate.qml" line="52"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../sync/NotSyncedDelegate.qml" line="55"/>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
</context>
<context>
    <name>PasscodeForm</name>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="17"/>
        <source>Save passcode</source>
        <translation>Guardar código</translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="18"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="45"/>
        <location filename="../lock/PasscodeForm.qml" line="46"/>
        <source>Passcode you use now</source>
        <translation>Código de acceso actual</translation>
    </message>
    <message>
        <source>New passcode (at least %1 characters)</source>
        <translation type="vanished">Código de acceso nuevo (mínimo %1 caracteres)</translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="58"/>
        <location filename="../lock/PasscodeForm.qml" line="59"/>
        <source>New passcode</source>
        <translation>Código de acceso nuevo</translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="70"/>
        <source>At least %1 characters: numbers, letters or both.</source>
        <translation>Al menos %1 caracteres: números, letras o ambos.</translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="83"/>
        <source>The same passcode again</source>
        <translation>Repite el mismo código</translation>
    </message>
    <message>
        <location filename="../lock/PasscodeForm.qml" line="84"/>
        <source>Repeat the new passcode</source>
        <translation>Repite el código de acceso nuevo</translation>
    </message>
</context>
<context>
    <name>PracticeWeek</name>
    <message>
        <location filename="../today/PracticeWeek.qml" line="53"/>
        <source>%1: practiced</source>
        <translation>%1: practicaste</translation>
    </message>
    <message>
        <location filename="../today/PracticeWeek.qml" line="54"/>
        <source>%1: nothing logged</source>
        <translation>%1: nada registrado</translation>
    </message>
</context>
<context>
    <name>QuickGratitudeCard</name>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="13"/>
        <location filename="../today/QuickGratitudeCard.qml" line="40"/>
        <source>One good thing</source>
        <translation>Una cosa buena</translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="25"/>
        <source>Good things today: %1 of 3</source>
        <translation>Cosas buenas de hoy: %1 de 3</translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="26"/>
        <source>What went well today?</source>
        <translation>¿Qué ha ido bien hoy?</translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="41"/>
        <source>One good thing from today</source>
        <translation>Una cosa buena de hoy</translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="49"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../today/QuickGratitudeCard.qml" line="53"/>
        <source>Add this good thing</source>
        <translation>Añadir esta cosa buena</translation>
    </message>
</context>
<context>
    <name>QuickMoodCard</name>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="15"/>
        <source>Mood check-in</source>
        <translation>Registro de ánimo</translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="27"/>
        <source>How are you now? Last time: %1/10</source>
        <translation>¿Cómo estás ahora? La última vez: %1/10</translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="28"/>
        <source>How are you now?</source>
        <translation>¿Cómo estás ahora?</translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="41"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../today/QuickMoodCard.qml" line="45"/>
        <source>Save mood check-in</source>
        <translation>Guardar registro de ánimo</translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in.</source>
        <translation type="vanished">Guardado. Gracias por contar cómo estás.</translation>
    </message>
</context>
<context>
    <name>ReminderPlanner</name>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="230"/>
        <source>Time for your daily practice</source>
        <translation>Es hora de tu práctica diaria</translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="237"/>
        <source>Your group meets today at %1. You let them know you can&apos;t come, and you are still part of it.</source>
        <translation>Tu grupo se reúne hoy a las %1. Avisaste de que no puedes ir, y sigues siendo parte de él.</translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="241"/>
        <source>Your group meets tomorrow at %1. You let them know you can&apos;t come, and you are still part of it.</source>
        <translation>Tu grupo se reúne mañana a las %1. Avisaste de que no puedes ir, y sigues siendo parte de él.</translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="244"/>
        <source>Your group meets on %1. You let them know you can&apos;t come, and you are still part of it.</source>
        <translation>Tu grupo se reúne el %1. Avisaste de que no puedes ir, y sigues siendo parte de él.</translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="250"/>
        <source>Group session at %1</source>
        <translation>Sesión de grupo a las %1</translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="250"/>
        <source>Homework due today at %1</source>
        <translation>Tarea para hoy a las %1</translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="252"/>
        <source>Group session tomorrow at %1</source>
        <translation>Sesión de grupo mañana a las %1</translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="252"/>
        <source>Homework due tomorrow at %1</source>
        <translation>Tarea para mañana a las %1</translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="256"/>
        <source>Group session on %1 at %2</source>
        <translation>Sesión de grupo el %1 a las %2</translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="256"/>
        <source>Homework due on %1 at %2</source>
        <translation>Tarea para el %1 a las %2</translation>
    </message>
    <message>
        <location filename="../../core/schedule/reminderplanner.cpp" line="298"/>
        <source>Circle: you have a reminder</source>
        <translation>Circle: tienes un recordatorio</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="13"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="49"/>
        <source>Group sessions</source>
        <translation>Sesiones de grupo</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="55"/>
        <source>Remind me before each session of my group:</source>
        <translation>Recordarme antes de cada sesión de mi grupo:</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="73"/>
        <source>Session reminder %1</source>
        <translation>Recordatorio de sesión %1</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="98"/>
        <source>%1: at the times above</source>
        <translation>%1: a las horas de arriba</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="100"/>
        <source>Use the times above for %1</source>
        <translation>Usar las horas de arriba para %1</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="132"/>
        <source>When I&apos;ve said I can&apos;t come, a kind note instead of reminders</source>
        <translation>Cuando he dicho que no puedo ir, una nota amable en lugar de recordatorios</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="134"/>
        <source>A kind note for sessions I can&apos;t attend</source>
        <translation>Una nota amable para las sesiones a las que no puedo ir</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="142"/>
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="148"/>
        <source>The evening before it is due and that morning</source>
        <translation>La tarde anterior a la entrega y esa misma mañana</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="150"/>
        <source>Homework reminders, the evening before and the morning it is due</source>
        <translation>Recordatorios de tareas, la tarde anterior y la mañana de la entrega</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="158"/>
        <source>Daily practice</source>
        <translation>Práctica diaria</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="164"/>
        <source>A reminder to journal or note good things</source>
        <translation>Un recordatorio para escribir en el diario o anotar cosas buenas</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="166"/>
        <source>Daily practice reminder</source>
        <translation>Recordatorio de práctica diaria</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="175"/>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="176"/>
        <source>Time of the daily practice reminder</source>
        <translation>Hora del recordatorio de práctica diaria</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="220"/>
        <location filename="../reminders/RemindersPage.qml" line="228"/>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="226"/>
        <source>Hold reminders during these hours</source>
        <translation>Retener los recordatorios durante estas horas</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="243"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="244"/>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="253"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="254"/>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="265"/>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="275"/>
        <source>No limit per day</source>
        <translation>Sin límite diario</translation>
    </message>
    <message numerus="yes">
        <location filename="../reminders/RemindersPage.qml" line="276"/>
        <source>At most %n a day</source>
        <translation>
            <numerusform>Como máximo %n al día</numerusform>
            <numerusform>Como máximo %n al día</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="284"/>
        <source>Most reminders a day, 0 for no limit</source>
        <translation>Máximo de recordatorios al día, 0 para no poner límite</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="293"/>
        <source>Lock screen</source>
        <translation>Pantalla de bloqueo</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="299"/>
        <source>Say what a reminder is about</source>
        <translation>Decir de qué trata el recordatorio</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="301"/>
        <source>Show what a reminder is about on the lock screen</source>
        <translation>Mostrar de qué trata el recordatorio en la pantalla de bloqueo</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="311"/>
        <source>Reminders show a kind and a time, like &quot;Group session at 18:00&quot;. Never a topic, a place or anything you wrote.</source>
        <translation>Los recordatorios muestran un tipo y una hora, como &quot;Sesión de grupo a las 18:00&quot;. Nunca un tema, un lugar ni nada que hayas escrito.</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="312"/>
        <source>Reminders only say &quot;Circle: you have a reminder&quot;, so no one glancing at your phone learns more.</source>
        <translation>Los recordatorios solo dicen &quot;Circle: tienes un recordatorio&quot;, así nadie que mire tu teléfono de pasada sabrá nada más.</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="323"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="329"/>
        <source>Use the group&apos;s name in my calendar</source>
        <translation>Usar el nombre del grupo en mi calendario</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="331"/>
        <source>Use the group&apos;s name for sessions added to my calendar</source>
        <translation>Usar el nombre del grupo en las sesiones que añado a mi calendario</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="341"/>
        <source>Sessions you add to your calendar are called “%1”. Anyone who can see that calendar sees the name.</source>
        <translation>Las sesiones que añades a tu calendario se llaman «%1». Cualquier persona que pueda ver ese calendario verá el nombre.</translation>
    </message>
    <message>
        <location filename="../reminders/RemindersPage.qml" line="342"/>
        <source>Sessions you add to your calendar are called “%1”, so a shared or work calendar says nothing about your group.</source>
        <translation>Las sesiones que añades a tu calendario se llaman «%1», así que un calendario compartido o del trabajo no dice nada de tu grupo.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanEditor</name>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="14"/>
        <source>Signs that a crisis may be coming</source>
        <translation>Señales de que puede venir una crisis</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="24"/>
        <source>One per line: thoughts, moods, situations</source>
        <translation>Una por línea: pensamientos, estados de ánimo, situaciones</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="25"/>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="29"/>
        <location filename="../safety/SafetyPlanEditor.qml" line="40"/>
        <source>Things I can do on my own</source>
        <translation>Lo que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="39"/>
        <source>One per line: what helps me get through</source>
        <translation>Una por línea: lo que me ayuda a salir adelante</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="44"/>
        <location filename="../safety/SafetyPlanEditor.qml" line="55"/>
        <source>What keeps me going</source>
        <translation>Lo que me da fuerzas</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="54"/>
        <source>People, plans, things I care about</source>
        <translation>Personas, planes y cosas que me importan</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="59"/>
        <location filename="../safety/SafetyPlanEditor.qml" line="70"/>
        <source>Making my surroundings safer</source>
        <translation>Hacer mi entorno más seguro</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="69"/>
        <source>What I can put away or ask someone to keep</source>
        <translation>Lo que puedo guardar lejos o pedir a alguien que guarde</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="75"/>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanEditor.qml" line="78"/>
        <source>Save my safety plan</source>
        <translation>Guardar mi plan de seguridad</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="18"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="44"/>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <location filename="../safety/SafetyPlanPage.qml" line="80"/>
        <source>Add someone to call</source>
        <translation>Añadir a alguien a quien llamar</translation>
    </message>
    <message>
        <source>Name or place</source>
        <translation type="vanished">Nombre o lugar</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="vanished">Número de teléfono</translation>
    </message>
    <message>
        <source>A professional (therapist, doctor, clinic)</source>
        <translation type="vanished">Un profesional (terapeuta, médico, clínica)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="vanished">Añadir</translation>
    </message>
    <message>
        <source>Add to my safety plan</source>
        <translation type="vanished">Añadir a mi plan de seguridad</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="12"/>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="31"/>
        <location filename="../schedule/SchedulePage.qml" line="102"/>
        <source>Upcoming sessions</source>
        <translation>Próximas sesiones</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="31"/>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="97"/>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="110"/>
        <source>Past</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="115"/>
        <source>Past sessions and what I answered</source>
        <translation>Sesiones anteriores y lo que respondí</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="160"/>
        <source>No upcoming sessions</source>
        <translation>No hay próximas sesiones</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="160"/>
        <source>No past sessions yet</source>
        <translation>Aún no hay sesiones anteriores</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="162"/>
        <source>Sessions you had, and what you answered, appear here.</source>
        <translation>Aquí aparecerán las sesiones que tuviste y lo que respondiste.</translation>
    </message>
    <message>
        <location filename="../schedule/SchedulePage.qml" line="163"/>
        <source>Sessions appear here once your clinic has scheduled them.</source>
        <translation>Las sesiones aparecerán aquí cuando tu clínica las programe.</translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="113"/>
        <source>Your note: %1</source>
        <translation>Tu nota: %1</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="129"/>
        <source>I&apos;ll be there</source>
        <translation>Iré</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="132"/>
        <source>I&apos;ll be there: %1</source>
        <translation>Iré: %1</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="139"/>
        <source>Can&apos;t come</source>
        <translation>No puedo ir</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="142"/>
        <source>I can&apos;t come: %1</source>
        <translation>No puedo ir: %1</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="149"/>
        <source>Join online</source>
        <translation>Unirme en línea</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="152"/>
        <source>Join the session online</source>
        <translation>Unirme a la sesión en línea</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="153"/>
        <source>Opens the link in your browser</source>
        <translation>Abre el enlace en tu navegador</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="161"/>
        <location filename="../schedule/SessionDelegate.qml" line="164"/>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="180"/>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="182"/>
        <source>Add this session to my calendar</source>
        <translation>Añadir esta sesión a mi calendario</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="195"/>
        <source>Every session of the group</source>
        <translation>Todas las sesiones del grupo</translation>
    </message>
    <message>
        <location filename="../schedule/SessionDelegate.qml" line="197"/>
        <source>Add every session of the group to my calendar</source>
        <translation>Añadir todas las sesiones del grupo a mi calendario</translation>
    </message>
    <message>
        <source>All sessions of the group</source>
        <translation type="vanished">Todas las sesiones del grupo</translation>
    </message>
    <message>
        <source>Add all sessions of the group to my calendar</source>
        <translation type="vanished">Añadir todas las sesiones del grupo a mi calendario</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../settings/SettingsPage.qml" line="18"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="30"/>
        <source>The passcode is off.</source>
        <translation>El código de acceso está desactivado.</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="31"/>
        <source>Your new passcode is saved.</source>
        <translation>Tu nuevo código de acceso está guardado.</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="32"/>
        <source>The passcode is on.</source>
        <translation>El código de acceso está activado.</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="59"/>
        <source>Passcode and lock</source>
        <translation>Código de acceso y bloqueo</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="66"/>
        <source>Ask for a passcode</source>
        <translation>Pedir código de acceso</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="68"/>
        <source>Ask for a passcode to open Circle</source>
        <translation>Pedir un código de acceso para abrir Circle</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="81"/>
        <location filename="../settings/SettingsPage.qml" line="83"/>
        <source>Change passcode</source>
        <translation>Cambiar código de acceso</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="96"/>
        <source>Turn passcode off</source>
        <translation>Desactivar código de acceso</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="96"/>
        <source>Save passcode</source>
        <translation>Guardar código</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="116"/>
        <source>Lock Circle</source>
        <translation>Bloquear Circle</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="138"/>
        <source>Only when I leave Circle</source>
        <translation>Solo al salir de Circle</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="139"/>
        <source>After 1 minute without use</source>
        <translation>Tras 1 minuto sin usarlo</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="140"/>
        <source>After %1 minutes without use</source>
        <translation>Tras %1 minutos sin usarlo</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="151"/>
        <source>Circle always locks at once when you leave it for another app or turn off the screen.</source>
        <translation>Circle siempre se bloquea al instante cuando cambias a otra app o apagas la pantalla.</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="152"/>
        <source>Set a passcode to choose when Circle locks.</source>
        <translation>Pon un código de acceso para elegir cuándo se bloquea Circle.</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="161"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="180"/>
        <source>Same as the phone</source>
        <translation>El del teléfono</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="202"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="209"/>
        <source>Every page uses the size you pick here.</source>
        <translation>Todas las páginas usan el tamaño que elijas aquí.</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="231"/>
        <source>Same as the phone (%1%)</source>
        <translation>Igual que el teléfono (%1 %)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="232"/>
        <source>Usual size (100%)</source>
        <translation>Tamaño habitual (100 %)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="233"/>
        <source>Larger (%1%)</source>
        <translation>Más grande (%1 %)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="250"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="256"/>
        <source>Save a copy of everything in Circle to a file, for your own records or to move it by hand. The file is not encrypted: anyone who opens it can read it.</source>
        <translation>Guarda una copia de todo lo que hay en Circle en un archivo, para tus propios registros o para moverlo a mano. El archivo no está cifrado: cualquiera que lo abra puede leerlo.</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="264"/>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="266"/>
        <source>Export everything to a file</source>
        <translation>Exportar todo a un archivo</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="285"/>
        <source>About Circle</source>
        <translation>Acerca de Circle</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="292"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="299"/>
        <source>Where things are kept: everything you write, and your group&apos;s schedule, in one encrypted database in %1. Its key is in the phone&apos;s key store. Settings such as this page&apos;s choices are kept in the same database.</source>
        <translation>Dónde se guarda todo: todo lo que escribes y el calendario de tu grupo están en una única base de datos cifrada en %1. Su clave está en el almacén de claves del teléfono. Los ajustes, como las opciones de esta página, se guardan en la misma base de datos.</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="307"/>
        <source>Privacy in short: what you write stays yours. The clinic&apos;s server only ever holds your private pages sealed, and your therapist sees only what you choose to share. Notifications on the lock screen stay general unless you choose otherwise.</source>
        <translation>La privacidad en pocas palabras: lo que escribes sigue siendo tuyo. El servidor de la clínica solo guarda tus páginas privadas selladas, y tu terapeuta solo ve lo que tú decides compartir. Las notificaciones en la pantalla de bloqueo son generales, a menos que elijas otra cosa.</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="316"/>
        <source>Built with</source>
        <translation>Creado con</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="321"/>
        <source>Qt %1: LGPL 3.0</source>
        <translation>Qt %1: LGPL 3.0</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="322"/>
        <source>SQLCipher %1: BSD-style licence</source>
        <translation>SQLCipher %1: licencia de tipo BSD</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="323"/>
        <source>libsodium %1: ISC licence</source>
        <translation>libsodium %1: licencia ISC</translation>
    </message>
    <message>
        <location filename="../settings/SettingsPage.qml" line="324"/>
        <source>Protocol Buffers %1: BSD 3-Clause licence</source>
        <translation>Protocol Buffers %1: licencia BSD de 3 cláusulas</translation>
    </message>
</context>
<context>
    <name>SubpageHeader</name>
    <message>
        <source>Back</source>
        <translation type="vanished">Atrás</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../sync/SyncIndicator.qml" line="22"/>
        <source>Clinic sync: %1</source>
        <translation>Sincronización con la clínica: %1</translation>
    </message>
    <message>
        <location filename="../sync/SyncIndicator.qml" line="23"/>
        <source>Opens the clinic sync page</source>
        <translation>Abre la página de sincronización con la clínica</translation>
    </message>
</context>
<context>
    <name>SyncJoinPane</name>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="24"/>
        <source>Sync with your clinic</source>
        <translation>Sincronizar con tu clínica</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="29"/>
        <source>Circle works without a clinic. If you join yours, Circle keeps a copy of your entries on your clinic&apos;s server, so a new phone can get them back, and your group&apos;s schedule and homework come to you by themselves.</source>
        <translation>Circle funciona sin clínica. Si te unes a la tuya, Circle guarda una copia de tus entradas en el servidor de tu clínica, para que un teléfono nuevo pueda recuperarlas, y el calendario y las tareas de tu grupo te llegan solos.</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="35"/>
        <source>Stays sealed: your journal, gratitude notes, mood check-ins and safety plan are locked on this phone before they leave it. The clinic keeps them but cannot read them, and neither can your therapist.</source>
        <translation>Se quedan sellados: tu diario, tus notas de gratitud, tus registros de ánimo y tu plan de seguridad se cifran en este teléfono antes de salir de él. La clínica los guarda, pero no puede leerlos, y tu terapeuta tampoco.</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="40"/>
        <source>Shared only if you choose: a goal and its check-ins, a homework answer, or your reply to a session. Only the therapists of your group see those.</source>
        <translation>Solo se comparte si tú lo eliges: una meta y sus registros, una respuesta de tarea o tu respuesta a una sesión. Solo los terapeutas de tu grupo lo ven.</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="46"/>
        <source>Your invite</source>
        <translation>Tu invitación</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="54"/>
        <source>Paste the invite from your clinic (circle-invite:…)</source>
        <translation>Pega la invitación de tu clínica (circle-invite:…)</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="58"/>
        <source>Invite from your clinic</source>
        <translation>Invitación de tu clínica</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="65"/>
        <source>I used Circle with this clinic on another phone</source>
        <translation>Ya usé Circle con esta clínica en otro teléfono</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="74"/>
        <source>Type the recovery code you wrote down when you first joined. With it, this phone can read your private entries again.</source>
        <translation>Escribe el código de recuperación que anotaste cuando te uniste por primera vez. Con él, este teléfono podrá volver a leer tus entradas privadas.</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="82"/>
        <source>Recovery code, e.g. 7K2Q-F9XA-…</source>
        <translation>Código de recuperación, p. ej. 7K2Q-F9XA-…</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="85"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="103"/>
        <source>Join my clinic</source>
        <translation>Unirme a mi clínica</translation>
    </message>
    <message>
        <location filename="../sync/SyncJoinPane.qml" line="116"/>
        <source>Joining your clinic</source>
        <translation>Uniéndote a tu clínica</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../sync/SyncPage.qml" line="18"/>
        <source>Clinic sync</source>
        <translation>Sincronización con la clínica</translation>
    </message>
</context>
<context>
    <name>SyncRecoveryCodePane</name>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="23"/>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="28"/>
        <source>Write this code on paper and keep it somewhere safe. If you lose this phone or get a new one, it is the only way to read your private entries again: your clinic does not have it. Circle shows it only now.</source>
        <translation>Escribe este código en papel y guárdalo en un lugar seguro. Si pierdes este teléfono o cambias a uno nuevo, es la única forma de volver a leer tus entradas privadas: tu clínica no lo tiene. Circle solo lo muestra ahora.</translation>
    </message>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="46"/>
        <source>Recovery code: %1</source>
        <translation>Código de recuperación: %1</translation>
    </message>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="54"/>
        <source>I have written it down</source>
        <translation>Ya lo anoté</translation>
    </message>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="59"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../sync/SyncRecoveryCodePane.qml" line="63"/>
        <source>Continue: I have written the recovery code down</source>
        <translation>Continuar: ya anoté el código de recuperación</translation>
    </message>
</context>
<context>
    <name>SyncStatusPane</name>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="34"/>
        <source>Clinic: %1</source>
        <translation>Clínica: %1</translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="41"/>
        <source>Waiting to be sent: %1</source>
        <translation>Pendiente de enviar: %1</translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="42"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>No hay nada pendiente de enviar.</translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="50"/>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="64"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="77"/>
        <source>Your journal, gratitude notes, mood check-ins and safety plan are sealed on this phone before they leave it; the clinic cannot read them.</source>
        <translation>Tu diario, tus notas de gratitud, tus registros de ánimo y tu plan de seguridad se cifran en este teléfono antes de salir de él; la clínica no puede leerlos.</translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="83"/>
        <source>Not synced</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="91"/>
        <source>Your clinic&apos;s server has accepted every change.</source>
        <translation>El servidor de tu clínica aceptó todos los cambios.</translation>
    </message>
    <message>
        <location filename="../sync/SyncStatusPane.qml" line="98"/>
        <source>The clinic&apos;s server refused these changes. They are still on this phone; nothing else was held up. Dismiss one once you have read why.</source>
        <translation>El servidor de la clínica rechazó estos cambios. Siguen en este teléfono y lo demás no se ha retrasado. Descarta cada uno cuando hayas leído el motivo.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../../sync/enrollment.cpp" line="23"/>
        <source>The clinic&apos;s server does not accept this invite: it is unknown, already used or expired. Ask your clinic for a new one.</source>
        <translation>El servidor de la clínica no acepta esta invitación: no la conoce, ya se usó o caducó. Pide una nueva a tu clínica.</translation>
    </message>
    <message>
        <location filename="../../sync/enrollment.cpp" line="27"/>
        <source>The clinic&apos;s server did not show the certificate named in the invite, so Circle did not connect. Check that the invite is the one your clinic gave you.</source>
        <translation>El servidor de la clínica no mostró el certificado que indica la invitación, así que Circle no se conectó. Comprueba que es la invitación que te dio tu clínica.</translation>
    </message>
    <message>
        <location filename="../../sync/enrollment.cpp" line="31"/>
        <source>Circle could not reach the clinic&apos;s server. Check that you are online and try again.</source>
        <translation>Circle no pudo comunicarse con el servidor de la clínica. Comprueba que tienes conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../sync/enrollment.cpp" line="43"/>
        <source>The clinic&apos;s server sent an enrollment answer Circle could not read.</source>
        <translation>El servidor de la clínica respondió a la inscripción con algo que Circle no pudo leer.</translation>
    </message>
    <message>
        <location filename="../../sync/enrollment.cpp" line="46"/>
        <source>The clinic&apos;s server speaks a newer protocol; update Circle to enroll.</source>
        <translation>El servidor de la clínica usa un protocolo más reciente; actualiza Circle para unirte.</translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="24"/>
        <source>The clinic&apos;s server refused the request (HTTP %1): %2</source>
        <translation>El servidor de la clínica rechazó la petición (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="72"/>
        <source>Circle talks to the clinic&apos;s server only over HTTPS; plain HTTP is for development on this computer only.</source>
        <translation>Circle solo se comunica con el servidor de la clínica por HTTPS; HTTP sin cifrar es solo para pruebas en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="76"/>
        <source>The clinic&apos;s server address must start with https://.</source>
        <translation>La dirección del servidor de la clínica debe empezar por https://.</translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="81"/>
        <source>No certificate pin is known for the clinic&apos;s server; enroll again with an invite.</source>
        <translation>No hay ninguna huella de certificado guardada para el servidor de la clínica; vuelve a unirte con una invitación.</translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="105"/>
        <source>The clinic&apos;s server presented a certificate that does not match the one in your invite. Circle did not connect, in case someone is listening in.</source>
        <translation>El servidor de la clínica presentó un certificado distinto del de tu invitación. Circle no se conectó, por si alguien estuviera escuchando.</translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="113"/>
        <location filename="../../sync/httptransport.cpp" line="161"/>
        <source>Could not reach the clinic&apos;s server (%1).</source>
        <translation>No se pudo comunicar con el servidor de la clínica (%1).</translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="116"/>
        <source>The clinic&apos;s server did not answer in time.</source>
        <translation>El servidor de la clínica no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../../sync/httptransport.cpp" line="160"/>
        <source>The clinic&apos;s server could not be verified (%1); Circle did not connect.</source>
        <translation>No se pudo verificar el servidor de la clínica (%1); Circle no se conectó.</translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="14"/>
        <source>This invite cannot be used: %1.</source>
        <translation>Esta invitación no sirve: %1.</translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="24"/>
        <source>it is of a newer kind than this version of Circle understands; update Circle</source>
        <translation>es de un tipo más reciente del que entiende esta versión de Circle; actualiza Circle</translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="25"/>
        <source>it does not start with &quot;circle-invite:&quot;</source>
        <translation>no empieza por &quot;circle-invite:&quot;</translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="34"/>
        <source>the server address is missing or malformed</source>
        <translation>falta la dirección del servidor o está mal escrita</translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="37"/>
        <source>the server address must start with https://</source>
        <translation>la dirección del servidor debe empezar por https://</translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="39"/>
        <source>the invite code is missing</source>
        <translation>falta el código de invitación</translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="45"/>
        <source>the certificate pin is missing</source>
        <translation>falta la huella del certificado</translation>
    </message>
    <message>
        <location filename="../../sync/invite.cpp" line="48"/>
        <source>the certificate pin is not a SHA-256 value</source>
        <translation>la huella del certificado no es un valor SHA-256</translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="136"/>
        <source>%1 and %2</source>
        <extracomment>A list of recovery code group numbers: &quot;3, 7 and 12&quot;.</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="216"/>
        <source>Group %1 of the recovery code contains “%2”, which recovery codes never use.</source>
        <translation>El grupo %1 del código de recuperación contiene «%2», que los códigos de recuperación nunca usan.</translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="232"/>
        <source>The recovery code is empty.</source>
        <translation>El código de recuperación está vacío.</translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="239"/>
        <source>Group %1 of the recovery code should have %2 characters, not %3.</source>
        <translation>El grupo %1 del código de recuperación debería tener %2 caracteres, no %3.</translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="247"/>
        <source>The recovery code should have %1 groups, not %2.</source>
        <translation>El código de recuperación debería tener %1 grupos, no %2.</translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="252"/>
        <source>The recovery code should have %1 characters (%2 groups of %3), not %4.</source>
        <translation>El código de recuperación debería tener %1 caracteres (%2 grupos de %3), no %4.</translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="270"/>
        <source>The recovery code has a typo in group %1.</source>
        <translation>El código de recuperación tiene un error en el grupo %1.</translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="273"/>
        <source>The recovery code has typos in groups %1.</source>
        <translation>El código de recuperación tiene errores en los grupos %1.</translation>
    </message>
    <message>
        <location filename="../../sync/recoverycode.cpp" line="293"/>
        <source>The recovery code has a typo the group checks could not place, probably two in one group. Compare every group with your copy.</source>
        <translation>El código de recuperación tiene un error que las comprobaciones no pudieron situar; quizá haya dos en un mismo grupo. Compara cada grupo con tu copia.</translation>
    </message>
    <message>
        <location filename="../../sync/syncaccount.cpp" line="31"/>
        <source>The sync settings could not be read.</source>
        <translation>No se pudieron leer los ajustes de sincronización.</translation>
    </message>
    <message>
        <location filename="../../sync/syncsession.cpp" line="16"/>
        <source>This phone&apos;s device token is missing from the system key store; enroll again.</source>
        <translation>Falta el token de este teléfono en el almacén de claves del sistema; vuelve a unirte.</translation>
    </message>
    <message>
        <location filename="../../sync/syncsession.cpp" line="20"/>
        <source>The sync key in the system key store is unusable (%1); restore it with the recovery code.</source>
        <translation>La clave de sincronización del almacén de claves del sistema no sirve (%1); recupérala con el código de recuperación.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../reminders/TimeField.qml" line="37"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../today/TodayPage.qml" line="13"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="97"/>
        <source>Next group session</source>
        <translation>Próxima sesión de grupo</translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="130"/>
        <source>Check in</source>
        <translation>Cómo estás</translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="145"/>
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="159"/>
        <source>Your goals</source>
        <translation>Tus metas</translation>
    </message>
    <message>
        <location filename="../today/TodayPage.qml" line="170"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message numerus="yes">
        <location filename="../today/TodayPage.qml" line="187"/>
        <source>journal entries</source>
        <translation>
            <numerusform>entrada del diario</numerusform>
            <numerusform>entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../today/TodayPage.qml" line="195"/>
        <source>days with good things</source>
        <translation>
            <numerusform>día con cosas buenas</numerusform>
            <numerusform>días con cosas buenas</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="vanished">Entradas del diario</translation>
    </message>
    <message>
        <source>Gratitude entries</source>
        <translation type="vanished">Entradas de gratitud</translation>
    </message>
</context>
<context>
    <name>circle::AppLock</name>
    <message>
        <location filename="../lock/applock.cpp" line="63"/>
        <location filename="../lock/applock.cpp" line="196"/>
        <source>Could not save the setting: %1</source>
        <translation>No se pudo guardar el ajuste: %1</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="87"/>
        <source>Too many wrong tries. Try again in %1 minutes.</source>
        <translation>Demasiados intentos fallidos. Vuelve a intentarlo en %1 minutos.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="90"/>
        <source>Too many wrong tries. Try again in a second.</source>
        <translation>Demasiados intentos fallidos. Vuelve a intentarlo en un segundo.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="91"/>
        <source>Too many wrong tries. Try again in %1 seconds.</source>
        <translation>Demasiados intentos fallidos. Vuelve a intentarlo en %1 segundos.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="103"/>
        <source>Could not read the store: %1</source>
        <translation>No se pudo leer el almacenamiento: %1</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="108"/>
        <source>The passcode cannot be checked on this phone.</source>
        <translation>El código de acceso no se puede comprobar en este teléfono.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="131"/>
        <source>That passcode is not right. Please try again.</source>
        <translation>Ese código de acceso no es correcto. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="132"/>
        <source>That passcode is not right.</source>
        <translation>Ese código de acceso no es correcto.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="151"/>
        <source>You can try your passcode again now.</source>
        <translation>Ya puedes volver a probar tu código.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="159"/>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="163"/>
        <source>Use at most %1 characters.</source>
        <translation>Usa como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="167"/>
        <source>The two passcodes are not the same. Please type it again.</source>
        <translation>Los dos códigos de acceso no coinciden. Escríbelo otra vez.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="175"/>
        <source>A passcode cannot be set on this phone.</source>
        <translation>No se puede poner un código de acceso en este teléfono.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="177"/>
        <source>There was not enough memory to protect the passcode. Please try again.</source>
        <translation>No había memoria suficiente para proteger el código de acceso. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="173"/>
        <source>Could not save the passcode: %1</source>
        <translation>No se pudo guardar el código de acceso: %1</translation>
    </message>
    <message>
        <location filename="../lock/applock.cpp" line="212"/>
        <source>Type your passcode to open Circle.</source>
        <translation>Escribe tu código de acceso para abrir Circle.</translation>
    </message>
</context>
<context>
    <name>circle::ClinicEnrollment</name>
    <message>
        <location filename="../sync/clinicenrollment.cpp" line="79"/>
        <source>This phone has already joined a clinic.</source>
        <translation>Este teléfono ya se unió a una clínica.</translation>
    </message>
    <message>
        <location filename="../sync/clinicenrollment.cpp" line="83"/>
        <source>Paste the invite your clinic gave you. It starts with &quot;circle-invite:&quot;.</source>
        <translation>Pega la invitación que te dio tu clínica. Empieza por &quot;circle-invite:&quot;.</translation>
    </message>
    <message>
        <location filename="../sync/clinicenrollment.cpp" line="124"/>
        <source>Your clinic&apos;s server does not accept this invite: it is unknown, already used or expired. Ask your clinic for a new one.</source>
        <translation>El servidor de tu clínica no acepta esta invitación: no la reconoce, ya se usó o caducó. Pide una nueva a tu clínica.</translation>
    </message>
</context>
<context>
    <name>circle::ClinicSync</name>
    <message>
        <location filename="../sync/clinicsync.cpp" line="78"/>
        <source>Circle could not read this phone&apos;s clinic settings.</source>
        <translation>Circle no pudo leer los ajustes de clínica de este teléfono.</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="107"/>
        <source>This phone&apos;s keys for syncing are missing from its key store, so it cannot sync. Everything on this phone is still here. Ask your clinic for a new invite and join again with your recovery code.</source>
        <translation>Faltan las claves de sincronización de este teléfono en su almacén de claves, así que no puede sincronizar. Todo lo que hay en este teléfono sigue aquí. Pide una nueva invitación a tu clínica y vuelve a unirte con tu código de recuperación.</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="209"/>
        <source>Circle could not reach your clinic&apos;s server. Your changes are kept on this phone and will be sent when it is back online.</source>
        <translation>Circle no pudo conectar con el servidor de tu clínica. Tus cambios se guardan en este teléfono y se enviarán cuando vuelva a haber conexión.</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="212"/>
        <source>The server did not prove it is your clinic&apos;s, so Circle sent nothing. If this keeps happening, tell your clinic.</source>
        <translation>El servidor no demostró ser el de tu clínica, así que Circle no envió nada. Si sigue pasando, avisa a tu clínica.</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="215"/>
        <source>Your clinic no longer recognises this phone. Ask them for a new invite. Nothing on this phone is lost.</source>
        <translation>Tu clínica ya no reconoce este teléfono. Pídele una nueva invitación. No se ha perdido nada de este teléfono.</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="218"/>
        <source>Your clinic&apos;s server is busy or having trouble. Circle will try again by itself.</source>
        <translation>El servidor de tu clínica está ocupado o tiene problemas. Circle volverá a intentarlo por sí solo.</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="221"/>
        <source>Your clinic&apos;s server did not accept this sync. Circle will try again; if this keeps happening, tell your clinic.</source>
        <translation>El servidor de tu clínica no aceptó esta sincronización. Circle lo volverá a intentar; si sigue pasando, avisa a tu clínica.</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="224"/>
        <source>Your clinic&apos;s server needs a newer version of Circle. Update Circle to keep syncing.</source>
        <translation>El servidor de tu clínica necesita una versión más nueva de Circle. Actualiza Circle para seguir sincronizando.</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="227"/>
        <source>Circle could not read or write its own storage on this phone while syncing. Restart Circle; if this keeps happening, free up some space.</source>
        <translation>Circle no pudo leer ni escribir en su propio almacenamiento de este teléfono al sincronizar. Reinicia Circle; si sigue pasando, libera algo de espacio.</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="245"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="249"/>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="251"/>
        <source>Synced %1 min ago</source>
        <translation>Sincronizado hace %1 min</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="256"/>
        <source>Synced today at %1</source>
        <translation>Sincronizado hoy a las %1</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="258"/>
        <source>Synced yesterday at %1</source>
        <translation>Sincronizado ayer a las %1</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="259"/>
        <source>Synced %1 at %2</source>
        <translation>Sincronizado el %1 a las %2</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="268"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="271"/>
        <source>Sync needs your attention</source>
        <translation>La sincronización necesita tu atención</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="272"/>
        <source>Not synced: %1</source>
        <translation>Sin sincronizar: %1</translation>
    </message>
    <message>
        <location filename="../sync/clinicsync.cpp" line="275"/>
        <source>Waiting to sync: %1</source>
        <translation>Pendiente de sincronizar: %1</translation>
    </message>
</context>
<context>
    <name>circle::FirstRunModel</name>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="41"/>
        <source>What is said here stays here</source>
        <translation>Lo que se dice aquí, se queda aquí</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="43"/>
        <source>I may pass</source>
        <translation>Puedo pasar</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="45"/>
        <source>Dignity and respect</source>
        <translation>Dignidad y respeto</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="47"/>
        <source>No violence, no threats</source>
        <translation>Sin violencia ni amenazas</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="49"/>
        <source>Sober at group</source>
        <translation>Venir al grupo sin consumir</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="51"/>
        <source>Showing up</source>
        <translation>Asistir</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="53"/>
        <source>Saying goodbye</source>
        <translation>Despedirse</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="60"/>
        <source>I keep to myself who comes to group and what others tell there. I can talk about my own part, never about someone else&apos;s.</source>
        <translation>Guardo para mí quién viene al grupo y lo que otros cuentan allí. Puedo hablar de mi propia parte, nunca de la de otra persona.</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="63"/>
        <source>I never have to answer a question or share more than feels right. Saying &quot;I pass&quot; is always fine, and I let others pass too.</source>
        <translation>Nunca tengo que responder una pregunta ni compartir más de lo que me parezca bien. Decir &quot;paso&quot; siempre está bien, y también dejo pasar a los demás.</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="66"/>
        <source>I treat everyone in the room as I would like to be treated: no put-downs, no mocking, no name-calling. I let people finish.</source>
        <translation>Trato a todas las personas de la sala como me gustaría que me trataran: sin desprecios, sin burlas, sin insultos. Dejo que la gente termine de hablar.</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="69"/>
        <source>I do not hurt, threaten or frighten anyone, in words or in deeds. Anyone who feels unsafe can tell the facilitator.</source>
        <translation>No hago daño, ni amenazo, ni asusto a nadie, ni con palabras ni con hechos. Cualquier persona que no se sienta segura puede decírselo a quien coordina el grupo.</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="72"/>
        <source>I do not drink or use drugs before a session, so I can be there with a clear head and so can everyone else.</source>
        <translation>No bebo ni consumo drogas antes de una sesión, para poder estar con la mente clara y que los demás también puedan.</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="75"/>
        <source>I come to every session, on time. If something urgent keeps me away, I let the group know when I can.</source>
        <translation>Vengo a todas las sesiones y llego a tiempo. Si algo urgente me lo impide, aviso al grupo en cuanto pueda.</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="78"/>
        <source>When I decide to leave the group, I come once more to say goodbye instead of just staying away.</source>
        <translation>Cuando decida dejar el grupo, vendré una vez más para despedirme en lugar de simplemente dejar de venir.</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="224"/>
        <source>%1: our own agreement</source>
        <translation>%1: nuestro propio acuerdo</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="241"/>
        <source>Could not read the store: %1</source>
        <translation>No se pudo leer el almacenamiento: %1</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="172"/>
        <source>Please read and tick each point first (%1 left).</source>
        <translation>Primero lee y marca cada punto (faltan %1).</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="259"/>
        <location filename="../firstrun/firstrunmodel.cpp" line="273"/>
        <location filename="../firstrun/firstrunmodel.cpp" line="282"/>
        <location filename="../firstrun/firstrunmodel.cpp" line="287"/>
        <source>Could not save your agreement: %1</source>
        <translation>No se pudo guardar tu acuerdo: %1</translation>
    </message>
    <message>
        <location filename="../firstrun/firstrunmodel.cpp" line="299"/>
        <source>Please acknowledge the agreement first.</source>
        <translation>Primero acepta el acuerdo.</translation>
    </message>
</context>
<context>
    <name>circle::GoalBuilder</name>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="86"/>
        <source>By %1</source>
        <translation>Para el %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="172"/>
        <source>This goal could not be read, so it cannot be changed now.</source>
        <translation>No se pudo leer esta meta, así que ahora no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="243"/>
        <source>Write the step before adding it.</source>
        <translation>Escribe el paso antes de añadirlo.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="245"/>
        <source>Keep a step under %1 characters; this one has %2.</source>
        <translation>Mantén cada paso por debajo de %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="249"/>
        <source>A goal can have up to %1 steps. Remove one to add another.</source>
        <translation>Una meta puede tener hasta %1 pasos. Quita uno para añadir otro.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="351"/>
        <source>%1, chosen</source>
        <translation>%1, elegido</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="353"/>
        <source>%1, today</source>
        <translation>%1, hoy</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="416"/>
        <source>Your goal was not saved: %1</source>
        <translation>Tu meta no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="434"/>
        <source>Write what you want to do, in a few words.</source>
        <translation>Escribe lo que quieres hacer, en pocas palabras.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="436"/>
        <source>Keep the goal under %1 characters; it has %2 now.</source>
        <translation>Mantén la meta por debajo de %1 caracteres; ahora tiene %2.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="447"/>
        <source>Enter a number for your target, such as 3.</source>
        <translation>Escribe un número para tu objetivo, como 3.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="450"/>
        <source>&quot;%1&quot; is not a number. Use digits, such as 3 or 2.5.</source>
        <translation>&quot;%1&quot; no es un número. Usa cifras, como 3 o 2.5.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="454"/>
        <source>The target cannot be negative.</source>
        <translation>El objetivo no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="457"/>
        <source>The target needs to be more than 0.</source>
        <translation>El objetivo tiene que ser mayor que 0.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="460"/>
        <source>That number is too large for a target.</source>
        <translation>Ese número es demasiado grande para un objetivo.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="465"/>
        <source>Say what you will count, such as &quot;meetings a week&quot;.</source>
        <translation>Di qué vas a contar, como &quot;reuniones por semana&quot;.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="467"/>
        <source>Keep the unit under %1 characters.</source>
        <translation>Mantén la unidad por debajo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="474"/>
        <source>Add at least one small step you can take.</source>
        <translation>Añade al menos un pequeño paso que puedas dar.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="478"/>
        <source>Keep this under %1 characters; it has %2 now.</source>
        <translation>Mantenlo por debajo de %1 caracteres; ahora tiene %2.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="490"/>
        <source>Choose the day you want to reach this goal by.</source>
        <translation>Elige el día en que quieres alcanzar esta meta.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="492"/>
        <source>&quot;%1&quot; is not a date Circle can read. Write it like %2, or pick a day from the calendar.</source>
        <translation>«%1» no es una fecha que Circle pueda leer. Escríbela como %2 o elige un día en el calendario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as year-month-day, such as %2.</source>
        <translation type="vanished">&quot;%1&quot; no es una fecha. Escríbela como año-mes-día, por ejemplo %2.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="496"/>
        <source>That day has already passed. Choose today or a day after it.</source>
        <translation>Ese día ya pasó. Elige hoy o un día posterior.</translation>
    </message>
    <message>
        <location filename="../goals/goalbuilder.cpp" line="498"/>
        <source>The due date cannot be before the goal started (%1).</source>
        <translation>La fecha límite no puede ser anterior al inicio de la meta (%1).</translation>
    </message>
</context>
<context>
    <name>circle::GoalDetailModel</name>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="62"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="90"/>
        <source>Target: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="96"/>
        <source>By %1</source>
        <translation>Para el %1</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="103"/>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../goals/goaldetailmodel.cpp" line="124"/>
        <source>%1 of %n step(s) done</source>
        <extracomment>How many of a goal&apos;s action steps are ticked, as in &quot;1 of 2 steps done&quot;.</extracomment>
        <translation>
            <numerusform>%1 de %n paso hecho</numerusform>
            <numerusform>%1 de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="144"/>
        <source>You reached this goal. Well done. It stays here with its check-ins.</source>
        <translation>Alcanzaste esta meta. ¡Bien hecho! Se queda aquí con sus registros.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="146"/>
        <source>Put aside for now. It stays here with its check-ins, and you can take it up again whenever you like.</source>
        <translation>Apartada por ahora. Se queda aquí con sus registros, y puedes retomarla cuando quieras.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="175"/>
        <source>This goal is no longer here.</source>
        <translation>Esta meta ya no está aquí.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="176"/>
        <source>This goal could not be read.</source>
        <translation>No se pudo leer esta meta.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="201"/>
        <source>Enter a value, such as 2.</source>
        <translation>Escribe un valor, por ejemplo 2.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="204"/>
        <source>&quot;%1&quot; is not a number. Use digits, such as 2 or 1.5.</source>
        <translation>&quot;%1&quot; no es un número. Usa cifras, por ejemplo 2 o 1.5.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="208"/>
        <source>A check-in cannot be negative. Enter 0 or more.</source>
        <translation>Un registro no puede ser negativo. Escribe 0 o más.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="212"/>
        <source>That number is too large for a check-in.</source>
        <translation>Ese número es demasiado grande para un registro.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="221"/>
        <source>Keep the note under %1 characters; it has %2 now.</source>
        <translation>La nota debe tener menos de %1 caracteres; ahora tiene %2.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="231"/>
        <source>%1 is far above your target of %2. Is that right? If you meant a smaller number, go back and change it.</source>
        <translation>%1 está muy por encima de tu objetivo de %2. ¿Es correcto? Si querías poner un número más pequeño, vuelve y cámbialo.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="243"/>
        <source>Open a goal before checking in.</source>
        <translation>Abre una meta antes de hacer un registro.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="266"/>
        <source>Your check-in was not saved: %1</source>
        <translation>Tu registro no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="296"/>
        <source>The correction was not saved: %1</source>
        <translation>La corrección no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="307"/>
        <source>The check-in was not deleted: %1</source>
        <translation>El registro no se borró: %1</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="313"/>
        <source>The step was not saved: %1</source>
        <translation>El paso no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="334"/>
        <source>The goal was not changed: %1</source>
        <translation>La meta no se cambió: %1</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="341"/>
        <source>The goal was not deleted: %1</source>
        <translation>La meta no se borró: %1</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="395"/>
        <source>No check-ins yet. The target is %1.</source>
        <translation>Aún no hay registros. El objetivo es %1.</translation>
    </message>
    <message>
        <location filename="../goals/goaldetailmodel.cpp" line="428"/>
        <source>One check-in, on %1: %2, against a target of %3.</source>
        <translation>Un registro, el %1: %2, frente a un objetivo de %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../goals/goaldetailmodel.cpp" line="431"/>
        <source>%n check-in(s), all on %1. The latest is %2 against a target of %3.</source>
        <translation>
            <numerusform>%n registro, el %1. El último es %2, con un objetivo de %3.</numerusform>
            <numerusform>%n registros, todos el %1. El último es %2, con un objetivo de %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../goals/goaldetailmodel.cpp" line="435"/>
        <source>%n check-in(s) from %1 to %2. The latest is %3 against a target of %4; the highest is %5.</source>
        <translation>
            <numerusform>%n registro del %1 al %2. El último es %3, con un objetivo de %4; el más alto es %5.</numerusform>
            <numerusform>%n registros del %1 al %2. El último es %3, con un objetivo de %4; el más alto es %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 check-ins from %2 to %3. The latest is %4 against a target of %5; the highest is %6.</source>
        <translation type="vanished">%1 registros entre el %2 y el %3. El último es %4, frente a un objetivo de %5; el más alto es %6.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
</context>
<context>
    <name>circle::GoalListModel</name>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="147"/>
        <source>Your goals could not be read.</source>
        <translation>No se pudieron leer tus metas.</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation type="vanished">Objetivo: %1 %2</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="164"/>
        <source>By %1</source>
        <translation>Para el %1</translation>
    </message>
    <message>
        <source>Latest: %1 of %2 %3</source>
        <translation type="vanished">Último: %1 de %2 %3</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="161"/>
        <source>Target: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="176"/>
        <source>Latest: %1 of %2</source>
        <translation>Último: %1 de %2</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="198"/>
        <source>No check-ins yet</source>
        <translation>Aún no hay registros</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="219"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="221"/>
        <source>Put aside</source>
        <translation>Apartada</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="223"/>
        <source>Reached</source>
        <translation>Alcanzada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="vanished">En pausa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="vanished">Lograda</translation>
    </message>
    <message>
        <location filename="../goals/goallistmodel.cpp" line="225"/>
        <source>Let go</source>
        <translation>Dejada</translation>
    </message>
</context>
<context>
    <name>circle::GoalSharePreview</name>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="28"/>
        <source>Your journal</source>
        <translation>Tu diario</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="30"/>
        <source>The good things you write down</source>
        <translation>Las cosas buenas que anotas</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="32"/>
        <source>Your mood check-ins</source>
        <translation>Tus registros de ánimo</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="34"/>
        <source>Your safety plan</source>
        <translation>Tu plan de seguridad</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="36"/>
        <source>Your reminder settings</source>
        <translation>Tus ajustes de recordatorios</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="38"/>
        <source>When you agreed to the group agreement</source>
        <translation>Cuándo aceptaste el acuerdo del grupo</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="94"/>
        <source>Your other goals, unless you share them too</source>
        <translation>Tus otras metas, salvo que también las compartas</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="110"/>
        <source>This phone has not joined a clinic, so there is no therapist to share with yet. Your goal stays private.</source>
        <translation>Este teléfono no se ha unido a ninguna clínica, así que todavía no hay terapeuta con quien compartir. Tu meta sigue siendo privada.</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="135"/>
        <source>The goal could not be shared: %1</source>
        <translation>No se pudo compartir la meta: %1</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="136"/>
        <source>The goal could not be made private: %1</source>
        <translation>No se pudo hacer privada la meta: %1</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="149"/>
        <source>The group could not be changed: %1</source>
        <translation>No se pudo cambiar el grupo: %1</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="213"/>
        <source>This goal could not be read.</source>
        <translation>No se pudo leer esta meta.</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="230"/>
        <source>Check-in, %1</source>
        <translation>Registro, %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="239"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="241"/>
        <source>%1: included</source>
        <translation>%1: incluido</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="259"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="261"/>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="263"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="265"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="267"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="269"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="273"/>
        <source>%1 (done)</source>
        <translation>%1 (hecho)</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="274"/>
        <source>Action steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="279"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="282"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="285"/>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="288"/>
        <source>Let go</source>
        <translation>Dejada</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="293"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="312"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="313"/>
        <source>Set on %1, last changed on %2. A code goes with it so the clinic can tell this goal from your others; it says nothing about you.</source>
        <translation>Creada el %1, cambiada por última vez el %2. La acompaña un código para que la clínica la distinga de tus otras metas; no dice nada sobre ti.</translation>
    </message>
    <message>
        <source>Shared with your therapist</source>
        <translation type="vanished">Compartida con tu terapeuta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Sí</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="300"/>
        <source>Seen by</source>
        <translation>La ven</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="301"/>
        <source>The therapists of %1</source>
        <translation>Los terapeutas de %1</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="302"/>
        <source>The therapists of your group</source>
        <translation>Los terapeutas de tu grupo</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation type="vanished">Datos técnicos</translation>
    </message>
    <message>
        <source>An id, and when the goal was made and last changed</source>
        <translation type="vanished">Un identificador, y cuándo se creó la meta y cuándo se cambió por última vez</translation>
    </message>
    <message>
        <location filename="../goals/goalsharepreview.cpp" line="318"/>
        <source>Included</source>
        <translation>Incluido</translation>
    </message>
</context>
<context>
    <name>circle::GratitudeModel</name>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="64"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="66"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="92"/>
        <source>Whenever you are ready: one good thing is enough.</source>
        <translation>Cuando quieras: con una cosa buena basta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gratitude/gratitudemodel.cpp" line="94"/>
        <source>You noted good things %n days in a row.</source>
        <translation>
            <numerusform>Anotaste cosas buenas %n día seguido.</numerusform>
            <numerusform>Anotaste cosas buenas %n días seguidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gratitude/gratitudemodel.cpp" line="95"/>
        <source>You noted good things on %n of the last 7 days.</source>
        <translation>
            <numerusform>Anotaste cosas buenas %n día de los últimos 7.</numerusform>
            <numerusform>Anotaste cosas buenas %n días de los últimos 7.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="106"/>
        <location filename="../gratitude/gratitudemodel.cpp" line="149"/>
        <source>Write at least one good thing, however small.</source>
        <translation>Escribe al menos una cosa buena, aunque sea pequeña.</translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="111"/>
        <source>A good thing can have up to %1 characters; this one has %2. Shorten it to save it.</source>
        <translation>Una cosa buena puede tener hasta %1 caracteres; esta tiene %2. Acórtala para guardarla.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="vanished">No se ha guardado: %1</translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="153"/>
        <source>Today already has three good things. You can change them on the Gratitude page.</source>
        <translation>Hoy ya tiene tres cosas buenas. Puedes cambiarlas en la página de Gratitud.</translation>
    </message>
    <message>
        <location filename="../gratitude/gratitudemodel.cpp" line="172"/>
        <source>Your gratitude entries could not be read.</source>
        <translation>No se pudieron leer tus entradas de gratitud.</translation>
    </message>
</context>
<context>
    <name>circle::GroupStage</name>
    <message>
        <location filename="../schedule/groupstage.cpp" line="24"/>
        <source>Ongoing group</source>
        <translation>Grupo abierto</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="26"/>
        <source>New members can join at any time, so every session welcomes someone.</source>
        <translation>Pueden unirse personas nuevas en cualquier momento, así que en cada sesión se da la bienvenida a alguien.</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="27"/>
        <source>The group meets without a set number of sessions.</source>
        <translation>El grupo se reúne sin un número fijo de sesiones.</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="29"/>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="34"/>
        <source>Completed</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="35"/>
        <source>All planned sessions of this group are over.</source>
        <translation>Ya terminaron todas las sesiones previstas de este grupo.</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="36"/>
        <source>%1 sessions in all</source>
        <translation>%1 sesiones en total</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="40"/>
        <source>Session %1 of %2</source>
        <translation>Sesión %1 de %2</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="44"/>
        <source>Closing sessions</source>
        <translation>Sesiones de cierre</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="46"/>
        <source>A time to look back on what changed and plan what comes after the group.</source>
        <translation>Un momento para mirar atrás, ver lo que ha cambiado y planear lo que viene después del grupo.</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="48"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="49"/>
        <source>Members get to know each other and the group&apos;s agreement.</source>
        <translation>Las personas del grupo se conocen y conocen el acuerdo del grupo.</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="51"/>
        <source>Working together</source>
        <translation>Trabajo en conjunto</translation>
    </message>
    <message>
        <location filename="../schedule/groupstage.cpp" line="53"/>
        <source>The middle of the group: practising skills and giving each other feedback.</source>
        <translation>La etapa central del grupo: practicar habilidades y darse opiniones unos a otros.</translation>
    </message>
</context>
<context>
    <name>circle::HomeworkModel</name>
    <message>
        <source>Done</source>
        <translation type="vanished">Hecho</translation>
    </message>
    <message>
        <source>Was due %1. It still counts whenever you do it.</source>
        <translation type="vanished">Era para el %1. Sigue valiendo cuando la hagas.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="vanished">Para el %1</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="130"/>
        <source>Write an answer, attach a journal entry, or mark it done.</source>
        <translation>Escribe una respuesta, adjunta una entrada del diario o márcala como hecha.</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="134"/>
        <source>An answer can have up to %1 characters; this one has %2. Shorten it to save it.</source>
        <translation>Una respuesta puede tener hasta %1 caracteres; esta tiene %2. Acórtala para guardarla.</translation>
    </message>
    <message>
        <source>Not saved: the phone is out of storage space. Free some space and try again.</source>
        <translation type="vanished">No se ha guardado: el teléfono no tiene espacio libre. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Not saved: the phone could not store it. Please try again.</source>
        <translation type="vanished">No se ha guardado: el teléfono no pudo almacenarlo. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="88"/>
        <source>Shared with %1. They see this answer as it is saved, until you stop sharing.</source>
        <translation>Compartida con %1. La ven tal como la guardas, hasta que dejes de compartirla.</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="90"/>
        <source>Private: only you can see this answer until you share it.</source>
        <translation>Privada: solo tú puedes ver esta respuesta hasta que la compartas.</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="208"/>
        <source>Choose a journal entry to attach, or write a new one first.</source>
        <translation>Elige una entrada del diario para adjuntar, o escribe una nueva primero.</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="237"/>
        <source>The entry could not be taken off. Try again.</source>
        <translation>No se pudo quitar la entrada. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="278"/>
        <source>This phone is not linked to your clinic yet, so nothing can be shared. Join your clinic in Clinic sync, then share your answer.</source>
        <translation>Este teléfono aún no está vinculado a tu clínica, así que no se puede compartir nada. Únete a tu clínica en Sincronización con la clínica y luego comparte tu respuesta.</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="307"/>
        <source>your group&apos;s therapists</source>
        <translation>tus terapeutas del grupo</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="308"/>
        <source>your therapists in %1</source>
        <translation>tus terapeutas de %1</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="348"/>
        <source>Next: %1, due %2</source>
        <translation>Próxima: %1, para el %2</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="416"/>
        <source>This entry is no longer in your journal.</source>
        <translation>Esta entrada ya no está en tu diario.</translation>
    </message>
    <message>
        <source>Write a journal entry first, then attach it here.</source>
        <translation type="vanished">Escribe primero una entrada en el diario y luego adjúntala aquí.</translation>
    </message>
    <message>
        <location filename="../homework/homeworkmodel.cpp" line="370"/>
        <source>Your homework could not be read.</source>
        <translation>No se pudieron leer tus tareas.</translation>
    </message>
</context>
<context>
    <name>circle::HomeworkText</name>
    <message>
        <location filename="../homework/homeworktext.cpp" line="24"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../homework/homeworktext.cpp" line="26"/>
        <source>Was due %1. It still counts whenever you do it.</source>
        <translation>Era para el %1. Sigue valiendo cuando la hagas.</translation>
    </message>
    <message>
        <location filename="../homework/homeworktext.cpp" line="28"/>
        <source>Due %1</source>
        <translation>Para el %1</translation>
    </message>
</context>
<context>
    <name>circle::JournalEditor</name>
    <message>
        <location filename="../journal/journaleditor.cpp" line="77"/>
        <source>This entry could not be opened.</source>
        <translation>No se pudo abrir esta entrada.</translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="102"/>
        <source>Write something first: an empty entry is not saved.</source>
        <translation>Escribe algo primero: una entrada vacía no se guarda.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="vanished">No se ha guardado: %1</translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="137"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="158"/>
        <source>This entry could not be deleted.</source>
        <translation>No se pudo borrar esta entrada.</translation>
    </message>
    <message>
        <location filename="../journal/journaleditor.cpp" line="174"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>circle::JournalListModel</name>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="156"/>
        <source>Your journal could not be read.</source>
        <translation>No se pudo leer tu diario.</translation>
    </message>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="199"/>
        <source>Your journal could not be searched.</source>
        <translation>No se pudo buscar en tu diario.</translation>
    </message>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="258"/>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location filename="../journal/journallistmodel.cpp" line="260"/>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
</context>
<context>
    <name>circle::JournalPromptModel</name>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="28"/>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="29"/>
        <source>Goal setting</source>
        <translation>Fijar metas</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="30"/>
        <source>Emotional expression</source>
        <translation>Expresar emociones</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="31"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="32"/>
        <source>Coping</source>
        <translation>Afrontamiento</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="33"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="34"/>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="35"/>
        <source>Self-esteem</source>
        <translation>Autoestima</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="36"/>
        <source>Grief and loss</source>
        <translation>Duelo y pérdida</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="37"/>
        <source>Life transitions</source>
        <translation>Cambios en la vida</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="38"/>
        <source>Mindfulness</source>
        <translation>Atención plena</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="42"/>
        <source>Who in your life felt easy to be around this week, and what made it easy?</source>
        <translation>¿Con quién te has sentido a gusto esta semana y qué lo hizo fácil?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="43"/>
        <source>Think of a relationship that feels strained. What do you wish the other person understood?</source>
        <translation>Piensa en una relación que se siente tensa. ¿Qué te gustaría que la otra persona entendiera?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="44"/>
        <source>Which of your relationships helps your recovery, and how could you tend to it?</source>
        <translation>¿Cuál de tus relaciones ayuda a tu recuperación y cómo podrías cuidarla?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="45"/>
        <source>Describe a moment when you felt close to someone. What made that moment possible?</source>
        <translation>Describe un momento en que te sentiste cerca de alguien. ¿Qué hizo posible ese momento?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="46"/>
        <source>Is there someone you have been avoiding? Write about what keeps the distance.</source>
        <translation>¿Hay alguien a quien has estado evitando? Escribe sobre lo que mantiene esa distancia.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="47"/>
        <source>How did you show someone you cared about them recently?</source>
        <translation>¿Cómo le mostraste hace poco a alguien que te importa?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="48"/>
        <source>What is one thing you want to be different a month from now?</source>
        <translation>¿Qué te gustaría que fuera distinto dentro de un mes?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="49"/>
        <source>Pick one goal and break it into the smallest step you could take tomorrow.</source>
        <translation>Elige una meta y divídela en el paso más pequeño que podrías dar mañana.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="50"/>
        <source>What got in the way of a goal this week, and what could you try differently?</source>
        <translation>¿Qué se interpuso en una de tus metas esta semana y qué podrías intentar de otra forma?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="51"/>
        <source>Why does your most important goal matter to you? Write it for a hard day.</source>
        <translation>¿Por qué te importa tu meta más importante? Escríbelo para leerlo en un día difícil.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="52"/>
        <source>What progress have you made lately that nobody else may have noticed?</source>
        <translation>¿Qué avances has hecho últimamente que quizá nadie más haya notado?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="53"/>
        <source>Name three feelings you had today and where you noticed them in your body.</source>
        <translation>Nombra tres sentimientos de hoy y dónde los notaste en el cuerpo.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="54"/>
        <source>Which feeling is hardest for you to show to others? Where did you learn to hide it?</source>
        <translation>¿Qué sentimiento te cuesta más mostrar a los demás? ¿Dónde aprendiste a esconderlo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="55"/>
        <source>Write about a moment this week when a feeling surprised you.</source>
        <translation>Escribe sobre un momento de esta semana en que un sentimiento te sorprendió.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="56"/>
        <source>If your anger, sadness or fear could speak, what would it want you to know?</source>
        <translation>Si tu enojo, tu tristeza o tu miedo pudieran hablar, ¿qué querrían que supieras?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="57"/>
        <source>What helps you put a feeling into words instead of acting on it?</source>
        <translation>¿Qué te ayuda a poner un sentimiento en palabras en lugar de actuar por impulso?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="58"/>
        <source>Which words describe who you are, apart from any diagnosis or role?</source>
        <translation>¿Qué palabras describen quién eres, más allá de cualquier diagnóstico o papel?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="59"/>
        <source>What values do you want your choices to reflect this week?</source>
        <translation>¿Qué valores quieres que reflejen tus decisiones esta semana?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="60"/>
        <source>How is the person you are now different from who you were a year ago?</source>
        <translation>¿En qué se diferencia la persona que eres hoy de la que eras hace un año?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="61"/>
        <source>What part of yourself would you like others in the group to see more of?</source>
        <translation>¿Qué parte de ti te gustaría que el grupo viera más?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="62"/>
        <source>Describe something you do that feels truly like you.</source>
        <translation>Describe algo que haces y que sientes de verdad tuyo.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="63"/>
        <source>What did you do the last time a craving or strong urge came up, and how did it go?</source>
        <translation>¿Qué hiciste la última vez que sentiste un deseo o un impulso fuerte y cómo te fue?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="64"/>
        <source>List the things that calm you down in five minutes or less.</source>
        <translation>Haz una lista de lo que te calma en cinco minutos o menos.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="65"/>
        <source>Which warning signs tell you that a hard stretch is starting?</source>
        <translation>¿Qué señales te avisan de que empieza una temporada difícil?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="66"/>
        <source>Write about a difficult moment you got through. What helped you get through it?</source>
        <translation>Escribe sobre un momento difícil que superaste. ¿Qué te ayudó a superarlo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="67"/>
        <source>Which coping habit would you like to swap for a kinder one, and what could replace it?</source>
        <translation>¿Qué forma de afrontar las cosas te gustaría cambiar por una más amable contigo y qué podría sustituirla?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="68"/>
        <source>Think of a conversation that went badly. What would you say differently now?</source>
        <translation>Piensa en una conversación que salió mal. ¿Qué dirías de otra manera ahora?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="69"/>
        <source>When do you find it hardest to listen, and what happens inside you then?</source>
        <translation>¿Cuándo te cuesta más escuchar y qué pasa dentro de ti en ese momento?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="70"/>
        <source>Write the words you would use to ask for something you need.</source>
        <translation>Escribe las palabras que usarías para pedir algo que necesitas.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="71"/>
        <source>What did you say in group, or hold back, that you keep thinking about?</source>
        <translation>¿Qué dijiste en el grupo, o te callaste, que sigues pensando?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="72"/>
        <source>How do you let people know that you are struggling?</source>
        <translation>¿Cómo haces saber a los demás que lo estás pasando mal?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="73"/>
        <source>Where did you say yes this week when you wanted to say no?</source>
        <translation>¿En qué momento de esta semana dijiste que sí cuando querías decir que no?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="74"/>
        <source>Describe a boundary you kept. How did you feel before and after?</source>
        <translation>Describe un límite que mantuviste. ¿Cómo te sentiste antes y después?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="75"/>
        <source>Which people or places make your limits harder to hold?</source>
        <translation>¿Qué personas o lugares te hacen más difícil mantener tus límites?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="76"/>
        <source>Write a short, kind sentence you could use to say no.</source>
        <translation>Escribe una frase corta y amable que podrías usar para decir que no.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="77"/>
        <source>What boundary would protect your recovery right now?</source>
        <translation>¿Qué límite protegería tu recuperación en este momento?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="78"/>
        <source>Write down three things you did well this week, however small.</source>
        <translation>Anota tres cosas que hiciste bien esta semana, por pequeñas que sean.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="79"/>
        <source>What would you say to a friend who talked to themselves the way you do?</source>
        <translation>¿Qué le dirías a una amistad que se hablara a sí misma como te hablas tú?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="80"/>
        <source>Which criticism of yourself do you hear most often? Is it fair?</source>
        <translation>¿Qué crítica hacia ti mismo o misma oyes más a menudo? ¿Es justa?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="81"/>
        <source>Describe a strength that has helped you survive hard times.</source>
        <translation>Describe una fortaleza que te ha ayudado a superar tiempos difíciles.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="82"/>
        <source>When did you last feel proud of yourself, and why?</source>
        <translation>¿Cuándo fue la última vez que sentiste orgullo de ti y por qué?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="83"/>
        <source>What or whom are you missing right now?</source>
        <translation>¿Qué o a quién echas de menos ahora mismo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="84"/>
        <source>Write a letter to someone or something you have lost. You do not have to send it.</source>
        <translation>Escribe una carta a alguien o algo que perdiste. No hace falta enviarla.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="85"/>
        <source>How has your grief changed over time?</source>
        <translation>¿Cómo ha cambiado tu duelo con el tiempo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="86"/>
        <source>What have you lost through your struggles, and what might you still be able to regain?</source>
        <translation>¿Qué has perdido en tus dificultades y qué podrías todavía recuperar?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="87"/>
        <source>Which memory of the person or time you lost do you want to keep close?</source>
        <translation>¿Qué recuerdo de esa persona o de esa época que perdiste quieres mantener cerca?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="88"/>
        <source>What change in your life are you in the middle of right now?</source>
        <translation>¿En medio de qué cambio de tu vida estás ahora mismo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="89"/>
        <source>What are you leaving behind with this change, and what are you moving towards?</source>
        <translation>¿Qué dejas atrás con este cambio y hacia qué te diriges?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="90"/>
        <source>Which change in the past turned out better than you feared?</source>
        <translation>¿Qué cambio del pasado salió mejor de lo que temías?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="91"/>
        <source>Who can you lean on while things are uncertain?</source>
        <translation>¿En quién puedes apoyarte mientras las cosas son inciertas?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="92"/>
        <source>What stays the same for you, whatever else changes?</source>
        <translation>¿Qué sigue igual para ti, cambie lo que cambie?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="93"/>
        <source>Stop for a minute. What can you hear, see and feel right now?</source>
        <translation>Para un momento. ¿Qué oyes, ves y sientes ahora mismo?</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="94"/>
        <source>Describe one ordinary thing you did today as if you were noticing it for the first time.</source>
        <translation>Describe algo cotidiano que hiciste hoy como si lo notaras por primera vez.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="95"/>
        <source>Which thought kept coming back today? Write it down without judging it.</source>
        <translation>¿Qué pensamiento volvió una y otra vez hoy? Escríbelo sin juzgarlo.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="96"/>
        <source>How does your breathing feel at this moment? Take three slow breaths and write what changed.</source>
        <translation>¿Cómo sientes tu respiración en este momento? Respira despacio tres veces y escribe qué cambió.</translation>
    </message>
    <message>
        <location filename="../journal/journalpromptmodel.cpp" line="97"/>
        <source>What is one thing you can enjoy slowly today?</source>
        <translation>¿Qué es algo que puedes disfrutar con calma hoy?</translation>
    </message>
</context>
<context>
    <name>circle::MoodModel</name>
    <message>
        <location filename="../mood/moodmodel.cpp" line="34"/>
        <source>calm</source>
        <translation>en calma</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="35"/>
        <source>hopeful</source>
        <translation>con esperanza</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="36"/>
        <source>grateful</source>
        <translation>con gratitud</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="37"/>
        <source>proud</source>
        <translation>con orgullo</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="38"/>
        <source>connected</source>
        <translation>en compañía</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="39"/>
        <source>tired</source>
        <translation>con cansancio</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="40"/>
        <source>anxious</source>
        <translation>con ansiedad</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="41"/>
        <source>sad</source>
        <translation>triste</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="42"/>
        <source>angry</source>
        <translation>con enfado</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="43"/>
        <source>lonely</source>
        <translation>en soledad</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="44"/>
        <source>ashamed</source>
        <translation>con vergüenza</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="45"/>
        <source>restless</source>
        <translation>con inquietud</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="92"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="129"/>
        <source>Choose a number from 0 to 10.</source>
        <translation>Elige un número del 0 al 10.</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="134"/>
        <source>The note can have up to %1 characters; this one has %2. Shorten it to save it.</source>
        <translation>La nota puede tener hasta %1 caracteres; esta tiene %2. Acórtala para guardarla.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="vanished">No se ha guardado: %1</translation>
    </message>
    <message>
        <location filename="../mood/moodmodel.cpp" line="175"/>
        <source>Your mood check-ins could not be read.</source>
        <translation>No se pudieron leer tus registros de ánimo.</translation>
    </message>
</context>
<context>
    <name>circle::NotSyncedModel</name>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="48"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="52"/>
        <source>The server gave no reason.</source>
        <translation>El servidor no dio ningún motivo.</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="76"/>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="77"/>
        <source>Gratitude entry</source>
        <translation>Entrada de gratitud</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="78"/>
        <source>Mood check-in</source>
        <translation>Registro de ánimo</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="79"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="80"/>
        <source>Goal check-in</source>
        <translation>Registro de meta</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="81"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="82"/>
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="83"/>
        <source>Reply to a session invitation</source>
        <translation>Respuesta a una invitación a sesión</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="84"/>
        <source>Homework</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="85"/>
        <source>Homework answer</source>
        <translation>Respuesta de tarea</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="86"/>
        <source>Reminder settings</source>
        <translation>Ajustes de recordatorios</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="87"/>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="88"/>
        <source>Group agreement</source>
        <translation>Acuerdo del grupo</translation>
    </message>
    <message>
        <location filename="../sync/notsyncedmodel.cpp" line="93"/>
        <source>Other change (%1)</source>
        <translation>Otro cambio (%1)</translation>
    </message>
</context>
<context>
    <name>circle::ReminderSettings</name>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="38"/>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="39"/>
        <source>%1 days before</source>
        <translation>%1 días antes</translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="43"/>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="44"/>
        <source>%1 hours before</source>
        <translation>%1 horas antes</translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="46"/>
        <source>%1 minutes before</source>
        <translation>%1 minutos antes</translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="99"/>
        <source>Your reminder settings could not be read.</source>
        <translation>No se pudieron leer tus ajustes de recordatorios.</translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="136"/>
        <source>%1, reminder %2</source>
        <translation>%1, recordatorio %2</translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="182"/>
        <source>Your reminder settings could not be saved. Please try again.</source>
        <translation>No se pudieron guardar tus ajustes de recordatorios. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="253"/>
        <source>&quot;%1&quot; is not a time of day. Write hours and minutes, like 20:00.</source>
        <translation>&quot;%1&quot; no es una hora del día. Escribe horas y minutos, por ejemplo 20:00.</translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="293"/>
        <source>&quot;%1&quot; is not a time of day. Write hours and minutes, like 22:00.</source>
        <translation>&quot;%1&quot; no es una hora del día. Escribe horas y minutos, por ejemplo 22:00.</translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="296"/>
        <source>&quot;%1&quot; is not a time of day. Write hours and minutes, like 07:00.</source>
        <translation>&quot;%1&quot; no es una hora del día. Escribe horas y minutos, por ejemplo 07:00.</translation>
    </message>
    <message>
        <location filename="../reminders/remindersettings.cpp" line="299"/>
        <source>Quiet hours need to end at a different time than they start.</source>
        <translation>Las horas de silencio deben terminar a una hora distinta de la de inicio.</translation>
    </message>
</context>
<context>
    <name>circle::SafetyPlanModel</name>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="76"/>
        <source>Circle does not know a crisis line for where you are yet. Add your local crisis line to your safety plan, so it is here when you need it.</source>
        <translation>Circle aún no conoce una línea de crisis para donde estás. Añade la línea de crisis de tu zona a tu plan de seguridad, para tenerla a mano cuando la necesites.</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="145"/>
        <source>A line can have up to %1 characters; one has %2. Shorten it to save the plan.</source>
        <translation>Una línea puede tener hasta %1 caracteres; una tiene %2. Acórtala para guardar el plan.</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="174"/>
        <source>&quot;%1&quot; is not a kind of contact; choose someone you know, a professional or a crisis line.</source>
        <translation>«%1» no es un tipo de contacto; elige alguien que conoces, un profesional o una línea de crisis.</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="180"/>
        <source>Add a name or a phone number.</source>
        <translation>Añade un nombre o un número de teléfono.</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="185"/>
        <source>The phone number needs at least one digit.</source>
        <translation>El número de teléfono necesita al menos un dígito.</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="193"/>
        <source>%1 is already on your plan as %2.</source>
        <translation>%1 ya está en tu plan como %2.</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="201"/>
        <source>%1 can have up to %2 characters; this one has %3. Shorten it to save it.</source>
        <translation>%1 puede tener hasta %2 caracteres; aquí hay %3. Acórtalo para guardarlo.</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="207"/>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="208"/>
        <source>The phone number</source>
        <translation>El número de teléfono</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="209"/>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="229"/>
        <source>The lines Circle comes with cannot be changed; add your own instead.</source>
        <translation>Las líneas que trae Circle no se pueden cambiar; añade las tuyas.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="vanished">No se ha guardado: %1</translation>
    </message>
    <message>
        <location filename="../safety/safetyplanmodel.cpp" line="280"/>
        <source>Your safety plan could not be read. The crisis lines below still work.</source>
        <translation>No se pudo leer tu plan de seguridad. Las líneas de crisis de abajo siguen funcionando.</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation type="vanished">988 Línea de Prevención del Suicidio y Crisis</translation>
    </message>
    <message>
        <source>Call or text, any time (US)</source>
        <translation type="vanished">Llamada o mensaje, a cualquier hora (EE. UU.)</translation>
    </message>
    <message>
        <source>SAMHSA National Helpline</source>
        <translation type="vanished">Línea Nacional de Ayuda de SAMHSA</translation>
    </message>
    <message>
        <source>Free, confidential help with substance use and mental health, any time (US)</source>
        <translation type="vanished">Ayuda gratuita y confidencial sobre consumo de sustancias y salud mental, a cualquier hora (EE. UU.)</translation>
    </message>
</context>
<context>
    <name>circle::ScheduleModel</name>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="129"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="131"/>
        <source>New time</source>
        <translation>Nueva hora</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="198"/>
        <source>Your schedule could not be read.</source>
        <translation>No se pudo leer tu calendario.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="217"/>
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="223"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="226"/>
        <source>Session %1 of %2</source>
        <translation>Sesión %1 de %2</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="227"/>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="319"/>
        <source>You planned to go</source>
        <translation>Tenías pensado ir</translation>
    </message>
    <message>
        <source>You&apos;re going</source>
        <translation type="vanished">Vas a ir</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="321"/>
        <source>You let the group know you couldn&apos;t go</source>
        <translation>Avisaste al grupo de que no podías ir</translation>
    </message>
    <message>
        <source>You can&apos;t go; your facilitator knows</source>
        <translation type="vanished">No puedes ir; tu facilitador lo sabe</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="325"/>
        <source>No answer given</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="357"/>
        <location filename="../schedule/schedulemodel.cpp" line="476"/>
        <location filename="../schedule/schedulemodel.cpp" line="493"/>
        <source>This session is no longer in your schedule.</source>
        <translation>Esta sesión ya no está en tu calendario.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="359"/>
        <source>This session is cancelled, so there is nothing to answer.</source>
        <translation>Esta sesión se canceló, así que no hay nada que responder.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="361"/>
        <source>This session is over, so it can no longer be answered.</source>
        <translation>Esta sesión ya terminó, así que ya no se puede responder.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="364"/>
        <source>The note for your facilitator is too long: it can have %1 characters, this one has %2.</source>
        <translation>La nota para tu facilitador es demasiado larga: puede tener %1 caracteres y esta tiene %2.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="373"/>
        <location filename="../schedule/schedulemodel.cpp" line="382"/>
        <source>Your answer could not be saved. Please try again.</source>
        <translation>No se pudo guardar tu respuesta. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="386"/>
        <source>Saved: you&apos;re going.</source>
        <translation>Guardado: vas a ir.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="387"/>
        <source>Saved: your facilitator will see that you can&apos;t come.</source>
        <translation>Guardado: tu facilitador verá que no puedes venir.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="395"/>
        <location filename="../schedule/schedulemodel.cpp" line="399"/>
        <source>Your answer could not be changed. Please try again.</source>
        <translation>No se pudo cambiar tu respuesta. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="403"/>
        <source>Your answer is withdrawn.</source>
        <translation>Retiraste tu respuesta.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="425"/>
        <source>Your choice could not be saved. Please try again.</source>
        <translation>No se pudo guardar tu elección. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="433"/>
        <source>Circle: session</source>
        <translation>Circle: sesión</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="440"/>
        <source>the group&apos;s name</source>
        <translation>el nombre del grupo</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="450"/>
        <source>The calendar file could not be made. Please try again.</source>
        <translation>No se pudo crear el archivo de calendario. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="458"/>
        <source>Your %1 folder could not be used to save the calendar file.</source>
        <translation>No se pudo usar tu carpeta %1 para guardar el archivo del calendario.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="461"/>
        <source>The calendar file could not be saved in your %1 folder.</source>
        <translation>No se pudo guardar el archivo del calendario en tu carpeta %1.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="464"/>
        <source>Sent to your calendar app, where it is called “%1”. Check it there and save it.</source>
        <translation>Enviado a tu app de calendario, donde se llama «%1». Revísalo allí y guárdalo.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="467"/>
        <source>Saved in your %1 folder as %2. Open that file to add it to your calendar, where it is called “%3”.</source>
        <translation>Guardado en tu carpeta %1 como %2. Abre ese archivo para añadirlo a tu calendario, donde se llama «%3».</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="vanished">No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The calendar file could not be saved in %1.</source>
        <translation type="vanished">No se pudo guardar el archivo de calendario en %1.</translation>
    </message>
    <message>
        <source>Saved as %1 and handed to your calendar app.</source>
        <translation type="vanished">Guardado como %1 y enviado a tu app de calendario.</translation>
    </message>
    <message>
        <source>Saved as %1. Open that file with your calendar app to add it.</source>
        <translation type="vanished">Guardado como %1. Abre ese archivo con tu app de calendario para añadirlo.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="479"/>
        <location filename="../schedule/schedulemodel.cpp" line="498"/>
        <source>The group of this session could not be read.</source>
        <translation>No se pudo leer el grupo de esta sesión.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="510"/>
        <source>This session has no link to join.</source>
        <translation>Esta sesión no tiene un enlace para unirse.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="515"/>
        <source>The link for this session does not look like a web address, so it was not opened. Please ask your facilitator for it.</source>
        <translation>El enlace de esta sesión no parece una dirección web, así que no se abrió. Pídeselo a tu facilitador.</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="518"/>
        <source>No browser opened the link. It is: %1</source>
        <translation>Ningún navegador abrió el enlace. Es este: %1</translation>
    </message>
    <message>
        <location filename="../schedule/schedulemodel.cpp" line="519"/>
        <source>The session opened in your browser.</source>
        <translation>La sesión se abrió en tu navegador.</translation>
    </message>
</context>
<context>
    <name>circle::SessionText</name>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="32"/>
        <source>Now, until %1</source>
        <translation>Ahora, hasta las %1</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="34"/>
        <source>%1 – %2</source>
        <comment>time range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="37"/>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="39"/>
        <source>Tomorrow, %1</source>
        <translation>Mañana, %1</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="41"/>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="45"/>
        <source>%1, %2</source>
        <comment>day, time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="54"/>
        <source>Starts in less than a minute</source>
        <translation>Empieza en menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/sessiontext.cpp" line="58"/>
        <source>Starts in %n minute(s)</source>
        <translation>
            <numerusform>Empieza en %n minuto</numerusform>
            <numerusform>Empieza en %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/sessiontext.cpp" line="62"/>
        <source>Starts in %n hour(s)</source>
        <translation>
            <numerusform>Empieza en %n hora</numerusform>
            <numerusform>Empieza en %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../schedule/sessiontext.cpp" line="64"/>
        <source>Starts in %n day(s)</source>
        <translation>
            <numerusform>Empieza en %n día</numerusform>
            <numerusform>Empieza en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="70"/>
        <source>You&apos;re going</source>
        <translation>Vas a ir</translation>
    </message>
    <message>
        <location filename="../schedule/sessiontext.cpp" line="72"/>
        <source>You can&apos;t go; your facilitator knows</source>
        <translation>No puedes ir; tu facilitador lo sabe</translation>
    </message>
</context>
<context>
    <name>circle::SettingsModel</name>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="100"/>
        <source>Circle does not have the language &quot;%1&quot;.</source>
        <translation>Circle no tiene el idioma &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="106"/>
        <source>Could not save the language: %1</source>
        <translation>No se pudo guardar el idioma: %1</translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="123"/>
        <source>Circle does not offer the text size %1.</source>
        <translation>Circle no ofrece el tamaño de texto %1.</translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="129"/>
        <source>Could not save the text size: %1</source>
        <translation>No se pudo guardar el tamaño del texto: %1</translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="162"/>
        <source>The translation for &quot;%1&quot; is missing from this build.</source>
        <translation>Falta la traducción de &quot;%1&quot; en esta versión.</translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="194"/>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="198"/>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="207"/>
        <location filename="../settings/settingsmodel.cpp" line="212"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../settings/settingsmodel.cpp" line="216"/>
        <source>Saved everything to %1. This file is not encrypted: keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>Se guardó todo en %1. Este archivo no está cifrado: guárdalo en un lugar seguro y bórralo cuando ya no lo necesites.</translation>
    </message>
</context>
<context>
    <name>circle::StoreText</name>
    <message>
        <location filename="../appshell/storetext.cpp" line="22"/>
        <source>Not saved: the phone is out of storage space. Free some space and try again.</source>
        <translation>No se ha guardado: el teléfono no tiene espacio libre. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../appshell/storetext.cpp" line="23"/>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>circle::TodayModel</name>
    <message>
        <location filename="../today/todaymodel.cpp" line="104"/>
        <location filename="../today/todaymodel.cpp" line="144"/>
        <source>Your schedule could not be read.</source>
        <translation>No se pudo leer tu calendario.</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="124"/>
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="131"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="164"/>
        <location filename="../today/todaymodel.cpp" line="174"/>
        <source>Your homework could not be read.</source>
        <translation>No se pudieron leer tus tareas.</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="205"/>
        <location filename="../today/todaymodel.cpp" line="233"/>
        <source>Your entries could not be counted.</source>
        <translation>No se pudieron contar tus entradas.</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="267"/>
        <source>Nothing logged in the last 7 days yet. Any small step counts, whenever you&apos;re ready.</source>
        <translation>Aún no hay nada registrado en los últimos 7 días. Cualquier paso pequeño cuenta, cuando te venga bien.</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="270"/>
        <source>You practiced on each of the last 7 days.</source>
        <translation>Practicaste en cada uno de los últimos 7 días.</translation>
    </message>
    <message numerus="yes">
        <location filename="../today/todaymodel.cpp" line="271"/>
        <source>You practiced on %n of the last 7 days.</source>
        <translation>
            <numerusform>Practicaste en %n de los últimos 7 días.</numerusform>
            <numerusform>Practicaste en %n de los últimos 7 días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="278"/>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="280"/>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="282"/>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <location filename="../today/todaymodel.cpp" line="284"/>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
</context>
<context>
    <name>circle::crisis</name>
    <message>
        <location filename="../../core/crisislines.cpp" line="29"/>
        <source>Call or text, any time. Help in Spanish too.</source>
        <translation>Llama o escribe, a cualquier hora. Atención en español: marca 2.</translation>
    </message>
    <message>
        <location filename="../../core/crisislines.cpp" line="32"/>
        <source>Free, confidential help with substance use and mental health, any time</source>
        <translation>Ayuda gratuita y confidencial sobre consumo de sustancias y salud mental, a cualquier hora</translation>
    </message>
    <message>
        <location filename="../../core/crisislines.cpp" line="40"/>
        <source>Call or text, any time, in English or French</source>
        <translation>Llama o escribe, a cualquier hora, en inglés o en francés</translation>
    </message>
    <message>
        <location filename="../../core/crisislines.cpp" line="47"/>
        <location filename="../../core/crisislines.cpp" line="54"/>
        <source>Free and confidential, any time</source>
        <translation>Gratuita y confidencial, a cualquier hora</translation>
    </message>
    <message>
        <location filename="../../core/crisislines.cpp" line="61"/>
        <source>Free, any time, whatever you are facing</source>
        <translation>Gratuita, a cualquier hora, sea lo que sea por lo que estés pasando</translation>
    </message>
</context>
</TS>
