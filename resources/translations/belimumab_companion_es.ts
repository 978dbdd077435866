<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Belimumab Companion helps you keep track of your treatment. It is not medical advice and does not replace your care team: always follow your doctor&apos;s, nurse&apos;s and pharmacist&apos;s instructions. In an emergency, call your local emergency number.</source>
        <translation>Belimumab Companion le ayuda a llevar el control de su tratamiento. No es un consejo médico y no sustituye a su equipo médico: siga siempre las instrucciones de su médico, enfermero y farmacéutico. En caso de urgencia, llame al número de emergencias de su zona.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. No network, no telemetry.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Sin red, sin telemetría.</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>Cierra esta ventana</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Infusion appointment</source>
        <translation>Cita de infusión</translation>
    </message>
    <message>
        <source>The infusion centre&apos;s date you entered: %1.</source>
        <translation>La fecha del centro de infusión que usted introdujo: %1.</translation>
    </message>
    <message>
        <source>Proposed from the usual schedule: %1. Not yet confirmed.</source>
        <translation>Propuesta según el calendario habitual: %1. Aún no confirmada.</translation>
    </message>
    <message>
        <source>Enter the date and time your infusion centre gave you. Only this infusion moves; the later ones keep their dates until you enter the centre&apos;s dates for them.</source>
        <translation>Introduzca la fecha y la hora que le dio su centro de infusión. Solo se mueve esta infusión; las siguientes conservan sus fechas hasta que introduzca las fechas del centro para ellas.</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Fecha y hora de la cita</translation>
    </message>
    <message>
        <source>The date and time of this infusion, as your infusion centre gave it.</source>
        <translation>La fecha y la hora de esta infusión, tal como se las dio su centro de infusión.</translation>
    </message>
    <message>
        <source>&amp;Save this date</source>
        <translation>&amp;Guardar esta fecha</translation>
    </message>
    <message>
        <source>Save this date and time for this infusion.</source>
        <translation>Guardar esta fecha y hora para esta infusión.</translation>
    </message>
    <message>
        <source>Close without saving.</source>
        <translation>Cerrar sin guardar.</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
</context>
<context>
    <name>AsksBeforeDiscarding</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <source>What you typed in this form is not saved. Discard it and close?</source>
        <translation>Lo que escribió en este formulario no está guardado. ¿Desea descartarlo y cerrar?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Selected.</source>
        <translation>Seleccionada.</translation>
    </message>
    <message>
        <source>Not selected.</source>
        <translation>No seleccionada.</translation>
    </message>
    <message>
        <source>Suggested: used least recently.</source>
        <translation>Sugerida: la que lleva más tiempo sin usarse.</translation>
    </message>
    <message>
        <source>Site %1 of %2.</source>
        <translation>Zona %1 de %2.</translation>
    </message>
    <message>
        <source>Injection sites, front view: abdomen or thigh only. Arrow keys move between the sites; Space or Enter selects or clears one.</source>
        <translation>Zonas de inyección, vista de frente: solo abdomen o muslo. Las teclas de flecha pasan de una zona a otra; la barra espaciadora o Intro selecciona o deselecciona una.</translation>
    </message>
    <message>
        <source>Your right</source>
        <translation>Su derecha</translation>
    </message>
    <message>
        <source>Your left</source>
        <translation>Su izquierda</translation>
    </message>
    <message>
        <source>%1: not used yet</source>
        <translation>%1: aún no usada</translation>
    </message>
    <message>
        <source>%1: last used %2</source>
        <translation>%1: usada por última vez el %2</translation>
    </message>
    <message>
        <source>%1, not used yet</source>
        <translation>%1, aún no usada</translation>
    </message>
    <message>
        <source>%1, last used %2</source>
        <translation>%1, usada por última vez el %2</translation>
    </message>
</context>
<context>
    <name>ContraceptionItems</name>
    <message>
        <source>Contraception reminders to mark</source>
        <translation>Recordatorios de anticoncepción por marcar</translation>
    </message>
    <message>
        <source>Select a reminder with the arrow keys, then mark it done or missed below</source>
        <translation>Seleccione un recordatorio con las teclas de flecha y márquelo abajo como hecho u olvidado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Mark the selected reminder done</source>
        <translation>Marcar como hecho el recordatorio seleccionado</translation>
    </message>
    <message>
        <source>Records that you did what the selected reminder asked</source>
        <translation>Registra que usted hizo lo que pedía el recordatorio seleccionado</translation>
    </message>
    <message>
        <source>M&amp;issed</source>
        <translation>Ol&amp;vidado</translation>
    </message>
    <message>
        <source>Mark the selected reminder missed</source>
        <translation>Marcar como olvidado el recordatorio seleccionado</translation>
    </message>
    <message>
        <source>Records that it was missed and shows what to do next</source>
        <translation>Registra que se olvidó y muestra qué hacer a continuación</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>olvidado</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
</context>
<context>
    <name>ContraceptionPage</name>
    <message>
        <source>Contraception</source>
        <translation>Anticoncepción</translation>
    </message>
    <message>
        <source>&amp;Set up your method…</source>
        <translation>&amp;Configurar su método…</translation>
    </message>
    <message>
        <source>The last week&apos;s reminders</source>
        <translation>Recordatorios de la última semana</translation>
    </message>
    <message>
        <source>Everything you marked, newest first</source>
        <translation>Todo lo que ha marcado, lo más reciente primero</translation>
    </message>
    <message>
        <source>Your log</source>
        <translation>Su registro</translation>
    </message>
    <message>
        <source>Replace by %1; reminders 4 weeks before and on the day, at %2.</source>
        <translation>Sustituir antes del %1; recordatorios 4 semanas antes y el mismo día, a las %2.</translation>
    </message>
    <message>
        <source>Every day, no break, at %1; a new pack every %2 days.</source>
        <translation>Todos los días, sin descanso, a las %1; un envase nuevo cada %2 días.</translation>
    </message>
    <message>
        <source>%1 days on, %2 days off, reminders at %3.</source>
        <translation>%1 días de uso, %2 días de descanso, recordatorios a las %3.</translation>
    </message>
    <message>
        <source>Every %1 days, at %2.</source>
        <translation>Cada %1 días, a las %2.</translation>
    </message>
    <message>
        <source>Every day at %1.</source>
        <translation>Todos los días a las %1.</translation>
    </message>
    <message>
        <source>Set up or change your contraception method</source>
        <translation>Configurar o cambiar su método anticonceptivo</translation>
    </message>
    <message>
        <source>Opens a form for your method and its rhythm, for its reminders</source>
        <translation>Abre un formulario para su método y su ritmo, para sus recordatorios</translation>
    </message>
    <message>
        <source>Pregnancy and breastfeeding</source>
        <translation>Embarazo y lactancia</translation>
    </message>
    <message>
        <source>I &amp;might be pregnant / I am pregnant…</source>
        <translation>&amp;Puede que esté embarazada / Estoy embarazada…</translation>
    </message>
    <message>
        <source>Opens what to do now and lets you record it</source>
        <translation>Abre qué hacer ahora y le permite registrarlo</translation>
    </message>
    <message>
        <source>&amp;Breastfeeding…</source>
        <translation>&amp;Lactancia…</translation>
    </message>
    <message>
        <source>Opens what is known about breastfeeding on Benlysta and lets you record it</source>
        <translation>Abre lo que se sabe sobre la lactancia durante el tratamiento con Benlysta y le permite registrarla</translation>
    </message>
    <message>
        <source>Recorded pregnancy and breastfeeding events</source>
        <translation>Acontecimientos de embarazo y lactancia registrados</translation>
    </message>
    <message>
        <source>Each with its date; select one to delete it with the button below</source>
        <translation>Cada uno con su fecha; seleccione uno para eliminarlo con el botón de abajo</translation>
    </message>
    <message>
        <source>De&amp;lete the selected event</source>
        <translation>&amp;Eliminar el acontecimiento seleccionado</translation>
    </message>
    <message>
        <source>Deletes the selected event at once; Undo (Ctrl+Z) brings it back</source>
        <translation>Elimina de inmediato el acontecimiento seleccionado; Deshacer (Ctrl+Z) lo recupera</translation>
    </message>
    <message>
        <source>Contraception reminders are off. You can turn them on in Settings.</source>
        <translation>Los recordatorios de anticoncepción están desactivados. Puede activarlos en Configuración.</translation>
    </message>
    <message>
        <source>No method set up yet.</source>
        <translation>Todavía no ha configurado ningún método.</translation>
    </message>
    <message>
        <source>Choose your method to get reminders in its own rhythm.</source>
        <translation>Elija su método para recibir recordatorios a su propio ritmo.</translation>
    </message>
    <message>
        <source>&amp;Change method or rhythm…</source>
        <translation>&amp;Cambiar el método o el ritmo…</translation>
    </message>
    <message>
        <source>Next reminder: %1 — %2</source>
        <translation>Próximo recordatorio: %1 — %2</translation>
    </message>
    <message>
        <source>No more reminders: the window has ended.</source>
        <translation>No hay más recordatorios: el periodo ha terminado.</translation>
    </message>
    <message>
        <source>No reminder coming up.</source>
        <translation>No hay ningún recordatorio próximo.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>olvidado</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Event deleted.</source>
        <translation>Acontecimiento eliminado.</translation>
    </message>
</context>
<context>
    <name>ContraceptionQuestionDialog</name>
    <message>
        <source>Contraception reminders</source>
        <translation>Recordatorios de anticoncepción</translation>
    </message>
    <message>
        <source>Benlysta&apos;s label asks anyone who could become pregnant to use effective contraception during treatment and for at least 4 months after the last dose.

Would you like reminders for your contraception, tied to your treatment? They keep going after treatment stops, until those 4 months are over.

You can change this at any time in Settings.</source>
        <translation>La ficha técnica de Benlysta pide a toda persona que pueda quedarse embarazada que use un método anticonceptivo eficaz durante el tratamiento y durante al menos 4 meses después de la última dosis.

¿Desea recibir recordatorios de su método anticonceptivo, vinculados a su tratamiento? Continúan después de que termine el tratamiento, hasta que pasen esos 4 meses.

Puede cambiarlo en cualquier momento en Configuración.</translation>
    </message>
    <message>
        <source>&amp;Yes, set them up</source>
        <translation>&amp;Sí, configurarlos</translation>
    </message>
    <message>
        <source>Turn contraception reminders on and choose your method.</source>
        <translation>Activar los recordatorios de anticoncepción y elegir su método.</translation>
    </message>
    <message>
        <source>&amp;No, this does not apply to me</source>
        <translation>&amp;No, esto no se aplica a mi caso</translation>
    </message>
    <message>
        <source>Turn contraception reminders off; you can turn them on in Settings.</source>
        <translation>Desactivar los recordatorios de anticoncepción; puede activarlos en Configuración.</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Leave the question unanswered for now.</source>
        <translation>Dejar la pregunta sin responder por ahora.</translation>
    </message>
</context>
<context>
    <name>ContraceptionSetupDialog</name>
    <message>
        <source>Contraception method</source>
        <translation>Método anticonceptivo</translation>
    </message>
    <message>
        <source>The reminders follow your method&apos;s own rhythm. For what to do after a missed pill, patch or ring, the app points to your method&apos;s leaflet and your care team.</source>
        <translation>Los recordatorios siguen el ritmo propio de su método. Para saber qué hacer si olvida una píldora, un parche o un anillo, la aplicación le remite al prospecto de su método y a su equipo médico.</translation>
    </message>
    <message>
        <source>Pill pack</source>
        <translation>Envase de píldoras</translation>
    </message>
    <message>
        <source>21 pills, 7 days without</source>
        <translation>21 píldoras, 7 días sin</translation>
    </message>
    <message>
        <source>24 pills, 4 days without</source>
        <translation>24 píldoras, 4 días sin</translation>
    </message>
    <message>
        <source>Continuous, no break</source>
        <translation>Continuo, sin descanso</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Days on</source>
        <translation>Días con</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>The method you use; only the fields it needs are shown.</source>
        <translation>El método que usa; solo se muestran los campos que necesita.</translation>
    </message>
    <message>
        <source>How your pack is laid out: pills and days without, as in its leaflet.</source>
        <translation>Cómo es su envase: píldoras y días sin ellas, según su prospecto.</translation>
    </message>
    <message>
        <source>The first day (day 1) of your method or of its current cycle.</source>
        <translation>El primer día (día 1) de su método o de su ciclo actual.</translation>
    </message>
    <message>
        <source>The time of day the contraception reminders come.</source>
        <translation>La hora del día a la que llegan los recordatorios de anticoncepción.</translation>
    </message>
    <message>
        <source>How many days in a row you take pills or wear the patch or ring.</source>
        <translation>Cuántos días seguidos toma las píldoras o lleva el parche o el anillo.</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Días sin</translation>
    </message>
    <message>
        <source>How many days without pills, patch or ring follow.</source>
        <translation>Cuántos días sin píldoras, parche o anillo vienen después.</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>How often the reminder comes, in days.</source>
        <translation>Cada cuántos días llega el recordatorio.</translation>
    </message>
    <message>
        <source>Replace by</source>
        <translation>Reemplazar antes del</translation>
    </message>
    <message>
        <source>The date your implant or IUD is to be replaced by.</source>
        <translation>La fecha antes de la cual debe reemplazarse su implante o DIU.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>&amp;Envase:</translation>
    </message>
    <message>
        <source>&amp;Start (day 1):</source>
        <translation>&amp;Inicio (día 1):</translation>
    </message>
    <message>
        <source>Reminder &amp;time:</source>
        <translation>&amp;Hora del recordatorio:</translation>
    </message>
    <message>
        <source>Days &amp;on:</source>
        <translation>Días &amp;con:</translation>
    </message>
    <message>
        <source>Days o&amp;ff:</source>
        <translation>Días &amp;sin:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>Ca&amp;da:</translation>
    </message>
    <message>
        <source>&amp;Replace by:</source>
        <translation>&amp;Reemplazar antes del:</translation>
    </message>
    <message>
        <source>Save this method and its reminders.</source>
        <translation>Guardar este método y sus recordatorios.</translation>
    </message>
    <message>
        <source>Close without saving.</source>
        <translation>Cerrar sin guardar.</translation>
    </message>
    <message>
        <source>Enter the date it is to be replaced by.</source>
        <translation>Introduzca la fecha antes de la cual debe reemplazarse.</translation>
    </message>
    <message>
        <source>The replace-by date is before the start date.</source>
        <translation>La fecha de reemplazo es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>Check the days on and off: a patch or ring cycle has days off.</source>
        <translation>Revise los días con y sin: un ciclo de parche o de anillo tiene días sin.</translation>
    </message>
    <message>
        <source>Check how often: 1 to 366 days.</source>
        <translation>Revise cada cuántos días: de 1 a 366 días.</translation>
    </message>
</context>
<context>
    <name>ContraindicationBanner</name>
    <message>
        <source>Do not take Benlysta; contact your care team.</source>
        <translation>No use Benlysta; póngase en contacto con su equipo médico.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>You recorded in Settings a past severe allergic reaction (anaphylaxis) to belimumab.</source>
        <translation>Indicó en Configuración que ha tenido una reacción alérgica grave (anafilaxia) a belimumab.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>CountryNotice</name>
    <message>
        <source>Where are you?</source>
        <translation>¿Dónde se encuentra?</translation>
    </message>
    <message>
        <source>Please confirm your country, so that the emergency and crisis screens show the right numbers. You can change it later in Settings.</source>
        <translation>Confirme su país para que las pantallas de emergencia y de crisis muestren los números correctos. Puede cambiarlo más tarde en Configuración.</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Su país</translation>
    </message>
    <message>
        <source>The emergency and crisis screens show this country&apos;s numbers</source>
        <translation>Las pantallas de emergencia y de crisis muestran los números de este país</translation>
    </message>
    <message>
        <source>Another country (enter the numbers in Settings)</source>
        <translation>Otro país (introduzca los números en Configuración)</translation>
    </message>
    <message>
        <source>Confirm this country</source>
        <translation>Confirmar este país</translation>
    </message>
    <message>
        <source>Keeps this country for the emergency and crisis numbers</source>
        <translation>Guarda este país para los números de emergencia y de crisis</translation>
    </message>
    <message>
        <source>Emergency number: %1. Crisis line: %2.</source>
        <translation>Número de emergencias: %1. Línea de crisis: %2.</translation>
    </message>
    <message>
        <source>not known, enter yours in Settings</source>
        <translation>desconocido; introduzca el suyo en Configuración</translation>
    </message>
    <message>
        <source>not known, the emergency number is shown; add a local line</source>
        <translation>desconocida; se muestra el número de emergencias; añada una línea local</translation>
    </message>
</context>
<context>
    <name>DataRestore</name>
    <message numerus="yes">
        <source>%n treatment plan versions</source>
        <translation>
            <numerusform>%n versión del plan de tratamiento</numerusform>
            <numerusform>%n versiones del plan de tratamiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses logged</source>
        <translation>
            <numerusform>%n dosis registrada</numerusform>
            <numerusform>%n dosis registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diary entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mood check-ins</source>
        <translation>
            <numerusform>%n control del estado de ánimo</numerusform>
            <numerusform>%n controles del estado de ánimo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vaccinations</source>
        <translation>
            <numerusform>%n vacuna</numerusform>
            <numerusform>%n vacunas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contraception reminders answered</source>
        <translation>
            <numerusform>%n recordatorio de anticoncepción respondido</numerusform>
            <numerusform>%n recordatorios de anticoncepción respondidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pregnancy events</source>
        <translation>
            <numerusform>%n acontecimiento de embarazo</numerusform>
            <numerusform>%n acontecimientos de embarazo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries of pens or syringes</source>
        <translation>
            <numerusform>%n entrega de plumas o jeringas</numerusform>
            <numerusform>%n entregas de plumas o jeringas</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Hecha: %1</translation>
    </message>
    <message>
        <source>Newest entry in it: %1</source>
        <translation>Entrada más reciente que contiene: %1</translation>
    </message>
    <message>
        <source>It was made by an earlier version; it is brought up to date as it opens.</source>
        <translation>La hizo una versión anterior; se actualiza al abrirla.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Your data will be replaced by what this backup holds. Your current data is backed up first and kept aside, and you can undo the restore.</source>
        <translation>Sus datos se sustituirán por lo que contiene esta copia de seguridad. Antes se hace una copia de seguridad de sus datos actuales, que se guarda aparte, y puede deshacer la restauración.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Replace your data with this backup; your current data is kept aside</source>
        <translation>Sustituir sus datos por esta copia de seguridad; sus datos actuales se guardan aparte</translation>
    </message>
    <message>
        <source>Keep your data as it is</source>
        <translation>Dejar sus datos como están</translation>
    </message>
    <message>
        <source>Your data file could not be read: it is damaged. It was moved, unchanged, to:
%1</source>
        <translation>No se ha podido leer su archivo de datos: está dañado. Se ha movido, sin cambios, a:
%1</translation>
    </message>
    <message>
        <source>Your data file is missing</source>
        <translation>Falta su archivo de datos</translation>
    </message>
    <message>
        <source>There is no data file, but earlier data was found (a restore or a move that did not finish). It is kept, unchanged, in:
%1</source>
        <translation>No hay archivo de datos, pero se encontraron datos anteriores (una restauración o un traslado que no terminó). Se conservan, sin cambios, en:
%1</translation>
    </message>
    <message>
        <source>That data is from %1. Restore it? If you start with no data instead, it stays where it is.</source>
        <translation>Esos datos son del %1. ¿Restaurarlos? Si empieza sin datos, se quedan donde están.</translation>
    </message>
    <message>
        <source>There is no good backup to restore. The app starts with no data; the damaged file stays where it is, for a repair service or your own checks.</source>
        <translation>No hay ninguna copia de seguridad correcta que restaurar. La aplicación se inicia sin datos; el archivo dañado se queda donde está, para un servicio de reparación o para que usted lo compruebe.</translation>
    </message>
    <message>
        <source>Your newest good backup is from %1. Restore it?</source>
        <translation>Su copia de seguridad correcta más reciente es del %1. ¿Desea restaurarla?</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Su archivo de datos está dañado</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore your newest good backup now</source>
        <translation>Restaurar ahora su copia de seguridad correcta más reciente</translation>
    </message>
    <message>
        <source>Start with &amp;no data</source>
        <translation>Empezar &amp;sin datos</translation>
    </message>
    <message>
        <source>Start the app with no data; the damaged file stays where it is</source>
        <translation>Iniciar la aplicación sin datos; el archivo dañado se queda donde está</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Add a delivery</source>
        <translation>Añadir una entrega</translation>
    </message>
    <message>
        <source>Correct a delivery</source>
        <translation>Corregir una entrega</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <source>How many pens or syringes came in this delivery</source>
        <translation>Cuántas plumas o jeringas llegaron en esta entrega</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>The autoinjector (pen) or the prefilled syringe</source>
        <translation>El autoinyector (pluma) o la jeringa precargada</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>The lot number printed on the box</source>
        <translation>El número de lote impreso en la caja</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Usar antes de</translation>
    </message>
    <message>
        <source>The expiry date printed on the box</source>
        <translation>La fecha de caducidad impresa en la caja</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>The day the delivery came</source>
        <translation>El día en que llegó la entrega</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Where it came from (optional)</source>
        <translation>De dónde vino (opcional)</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Cuántos:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Lot number (on the box):</source>
        <translation>Número de &amp;lote (en la caja):</translation>
    </message>
    <message>
        <source>&amp;Use by (expiry date):</source>
        <translation>&amp;Usar antes de (fecha de caducidad):</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Recibido el:</translation>
    </message>
    <message>
        <source>&amp;Pharmacy (optional):</source>
        <translation>&amp;Farmacia (opcional):</translation>
    </message>
    <message>
        <source>The expiry date is before the day it was received.</source>
        <translation>La fecha de caducidad es anterior al día en que se recibió.</translation>
    </message>
    <message>
        <source>These pens are already past their expiry date and must not be used: check the date on the box.</source>
        <translation>Estas plumas ya han caducado y no deben usarse: compruebe la fecha en la caja.</translation>
    </message>
    <message>
        <source>Delivery added.</source>
        <translation>Entrega añadida.</translation>
    </message>
</context>
<context>
    <name>DiaryChart</name>
    <message>
        <source>Choose a symptom, or select an entry, to see its severity over time.</source>
        <translation>Elija un síntoma, o seleccione una entrada, para ver su intensidad a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>No entries for “%1” between these dates.</source>
        <translation>No hay entradas de «%1» entre estas fechas.</translation>
    </message>
    <message>
        <source>No entries for “%1” yet, so there is nothing to draw.</source>
        <translation>Aún no hay entradas de «%1», así que no hay nada que dibujar.</translation>
    </message>
    <message>
        <source>Severity chart</source>
        <translation>Gráfico de intensidad</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Dose given</source>
        <translation>Dosis administrada</translation>
    </message>
    <message>
        <source>Severity of “%1” over time</source>
        <translation>Intensidad de «%1» a lo largo del tiempo</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>%1 of “%2”, from %3 to %4. Latest severity: %5, on %6.</source>
        <translation>%1 de «%2», del %3 al %4. Última intensidad: %5, el %6.</translation>
    </message>
    <message>
        <source>1 dose given in that time.</source>
        <translation>1 dosis administrada en ese tiempo.</translation>
    </message>
    <message>
        <source>%1 doses given in that time.</source>
        <translation>%1 dosis administradas en ese tiempo.</translation>
    </message>
    <message>
        <source>The diary table lists every entry as text.</source>
        <translation>La tabla del diario muestra todas las entradas como texto.</translation>
    </message>
</context>
<context>
    <name>DiaryEntryDialog</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Intenso</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Muy intenso</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada por ahora</translation>
    </message>
    <message>
        <source>Called my care team</source>
        <translation>Llamé a mi equipo médico</translation>
    </message>
    <message>
        <source>Went to urgent care</source>
        <translation>Acudí a atención urgente</translation>
    </message>
    <message>
        <source>Went to the emergency department</source>
        <translation>Acudí a urgencias del hospital</translation>
    </message>
    <message>
        <source>possible signs of an allergic reaction (itching, rash, dizziness, headache, nausea, feeling anxious)</source>
        <translation>posibles signos de una reacción alérgica (picor, erupción, mareo, dolor de cabeza, náuseas, sensación de ansiedad)</translation>
    </message>
    <message>
        <source>possible signs of an infection (fever, chills, burning or frequent urination, coughing up mucus, warm, red or painful skin or sores)</source>
        <translation>posibles signos de una infección (fiebre, escalofríos, escozor al orinar u orinar con frecuencia, tos con mucosidad, piel caliente, enrojecida o dolorosa, o llagas)</translation>
    </message>
    <message>
        <source>new or worsening confusion, memory problems, trouble speaking, changes in vision, weakness, clumsiness, or trouble walking or with balance</source>
        <translation>confusión nueva o que empeora, problemas de memoria, dificultad para hablar, cambios en la vista, debilidad, torpeza o dificultad para caminar o para mantener el equilibrio</translation>
    </message>
    <message>
        <source>new or worse depression or anxiety, trouble sleeping, or changes in mood or behaviour</source>
        <translation>depresión o ansiedad nuevas o peores, dificultad para dormir, o cambios en el estado de ánimo o el comportamiento</translation>
    </message>
    <message>
        <source>you rated it very severe: any very severe symptom</source>
        <translation>lo ha valorado como muy grave: cualquier síntoma muy grave</translation>
    </message>
    <message>
        <source>Log a symptom</source>
        <translation>Registrar un síntoma</translation>
    </message>
    <message>
        <source>Edit a symptom</source>
        <translation>Editar un síntoma</translation>
    </message>
    <message>
        <source>Symptom: pick from the list or type it</source>
        <translation>Síntoma: elíjalo de la lista o escríbalo</translation>
    </message>
    <message>
        <source>Side effects from the drug information are listed; type to search them; Enter saves the entry</source>
        <translation>La lista muestra los efectos adversos de la información del medicamento; escriba para buscar en ellos; Intro guarda la entrada</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Cuándo empezó</translation>
    </message>
    <message>
        <source>The day and time the symptom started</source>
        <translation>El día y la hora en que empezó el síntoma</translation>
    </message>
    <message>
        <source>It has &amp;ended:</source>
        <translation>Ha &amp;terminado:</translation>
    </message>
    <message>
        <source>Tick when the symptom has stopped, then say when</source>
        <translation>Marque esta casilla cuando el síntoma haya desaparecido y después indique cuándo</translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation>Cuándo terminó</translation>
    </message>
    <message>
        <source>The day and time the symptom stopped</source>
        <translation>El día y la hora en que desapareció el síntoma</translation>
    </message>
    <message>
        <source>How bad it is</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>From none to very severe</source>
        <translation>De ninguno a muy intenso</translation>
    </message>
    <message>
        <source>How much it gets in the way</source>
        <translation>Cuánto le afecta</translation>
    </message>
    <message>
        <source>How much it gets in the way of what you do, from none to very severe</source>
        <translation>Cuánto le afecta en lo que hace, de ninguno a muy intenso</translation>
    </message>
    <message>
        <source>What you did about it</source>
        <translation>Qué hizo al respecto</translation>
    </message>
    <message>
        <source>Whether you called your care team or went for care</source>
        <translation>Si llamó a su equipo médico o acudió a recibir atención</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else worth telling your care team; Tab moves on</source>
        <translation>Cualquier otra cosa que convenga contar a su equipo médico; el tabulador pasa al siguiente campo</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Guardar esta entrada</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>&amp;Symptom:</source>
        <translation>&amp;Síntoma:</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>&amp;Empezó:</translation>
    </message>
    <message>
        <source>How &amp;bad:</source>
        <translation>&amp;Intensidad:</translation>
    </message>
    <message>
        <source>Gets in the &amp;way:</source>
        <translation>Cuánto le &amp;afecta:</translation>
    </message>
    <message>
        <source>What you &amp;did:</source>
        <translation>Qué &amp;hizo:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; the limit is %2. Shorten them before saving.</source>
        <translation>Las notas tienen %1 caracteres; el límite es %2. Acórtelas antes de guardar.</translation>
    </message>
    <message>
        <source>No dose logged before this.</source>
        <translation>No hay ninguna dosis registrada antes de esto.</translation>
    </message>
    <message>
        <source>The same day as your dose on %2.</source>
        <translation>El mismo día que su dosis del %2.</translation>
    </message>
    <message>
        <source>%1 days after your dose on %2.</source>
        <translation>%1 días después de su dosis del %2.</translation>
    </message>
    <message>
        <source>Contact your care team today</source>
        <translation>Póngase en contacto con su equipo médico hoy</translation>
    </message>
    <message>
        <source>You reported: %1.</source>
        <translation>Ha indicado: %1.</translation>
    </message>
    <message>
        <source>Why: what you reported matches</source>
        <translation>Por qué: lo que ha indicado coincide con</translation>
    </message>
    <message>
        <source>Do not wait for your next appointment.</source>
        <translation>No espere a su próxima cita.</translation>
    </message>
    <message>
        <source>If you have trouble breathing, swelling of the face, lips, mouth, tongue or throat, or you faint, call %1 now.</source>
        <translation>Si tiene dificultad para respirar, hinchazón de la cara, los labios, la boca, la lengua o la garganta, o se desmaya, llame al %1 ahora.</translation>
    </message>
    <message>
        <source>If you have trouble breathing, swelling of the face, lips, mouth, tongue or throat, or you faint, call your local emergency number now.</source>
        <translation>Si tiene dificultad para respirar, hinchazón de la cara, los labios, la boca, la lengua o la garganta, o se desmaya, llame ahora al número de emergencias de su zona.</translation>
    </message>
    <message>
        <source>Closes this message. The entry is saved.</source>
        <translation>Cierra este mensaje. La entrada está guardada.</translation>
    </message>
    <message>
        <source>If it gets worse, or you have trouble breathing, call %1.</source>
        <translation>Si empeora, o si tiene dificultad para respirar, llame al %1.</translation>
    </message>
    <message>
        <source>If it gets worse, or you have trouble breathing, call your local emergency number.</source>
        <translation>Si empeora, o si tiene dificultad para respirar, llame a su número local de emergencias.</translation>
    </message>
    <message>
        <source>Saved in your diary</source>
        <translation>Guardado en su diario</translation>
    </message>
    <message>
        <source>Tell your care team about any side effect that bothers you or does not go away.</source>
        <translation>Informe a su equipo médico de cualquier efecto secundario que le moleste o que no desaparezca.</translation>
    </message>
    <message>
        <source>1 day after your dose on %2.</source>
        <translation>1 día después de su dosis del %2.</translation>
    </message>
</context>
<context>
    <name>DiaryModel</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>intenso</translation>
    </message>
    <message>
        <source>very severe</source>
        <translation>muy intenso</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>emergencia</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>crisis</translation>
    </message>
    <message>
        <source>contact care team today</source>
        <translation>contactar hoy con el equipo médico</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>called the care team</source>
        <translation>llamó al equipo médico</translation>
    </message>
    <message>
        <source>went to urgent care</source>
        <translation>acudió a atención urgente</translation>
    </message>
    <message>
        <source>went to the emergency department</source>
        <translation>acudió a urgencias del hospital</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Gets in the way</source>
        <translation>Le afecta</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triaje</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Qué hizo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation>Abriendo su diario…</translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation>Todos los síntomas</translation>
    </message>
    <message>
        <source>Show symptom</source>
        <translation>Mostrar síntoma</translation>
    </message>
    <message>
        <source>Show only the entries of one symptom, or all symptoms</source>
        <translation>Mostrar solo las entradas de un síntoma, o de todos los síntomas</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Intensidad mínima</translation>
    </message>
    <message>
        <source>Show only the entries at least this severe</source>
        <translation>Mostrar solo las entradas de al menos esta intensidad</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Mild or worse</source>
        <translation>Leve o más</translation>
    </message>
    <message>
        <source>Moderate or worse</source>
        <translation>Moderado o más</translation>
    </message>
    <message>
        <source>Severe or worse</source>
        <translation>Intenso o más</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Muy intenso</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>Only show entries between two dates</source>
        <translation>Mostrar solo las entradas entre dos fechas</translation>
    </message>
    <message>
        <source>When ticked, the From and Until dates limit the entries shown</source>
        <translation>Si está marcada, las fechas Desde y Hasta limitan las entradas que se muestran</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>The first day of entries to show</source>
        <translation>El primer día de las entradas que se muestran</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>The last day of entries to show</source>
        <translation>El último día de las entradas que se muestran</translation>
    </message>
    <message>
        <source>Search symptoms and notes</source>
        <translation>Buscar en síntomas y notas</translation>
    </message>
    <message>
        <source>Show only the entries whose symptom or notes contain these words</source>
        <translation>Mostrar solo las entradas cuyo síntoma o cuyas notas contienen estas palabras</translation>
    </message>
    <message>
        <source>Words in the symptom or notes</source>
        <translation>Palabras del síntoma o de las notas</translation>
    </message>
    <message>
        <source>&amp;Log a symptom…</source>
        <translation>&amp;Registrar un síntoma…</translation>
    </message>
    <message>
        <source>Log a symptom or side effect</source>
        <translation>Registrar un síntoma o un efecto adverso</translation>
    </message>
    <message>
        <source>Write down a new symptom: what it was, when it started and how bad it was</source>
        <translation>Anotar un nuevo síntoma: qué era, cuándo empezó y qué intensidad tenía</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Editar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Change the entry selected in the table</source>
        <translation>Cambiar la entrada seleccionada en la tabla</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Eliminar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Delete the entry selected in the table; you can undo it</source>
        <translation>Eliminar la entrada seleccionada en la tabla; puede deshacerlo</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>One row per entry: when, symptom, severity, how much it gets in the way, triage, action and notes. Enter edits the selected entry.</source>
        <translation>Una fila por entrada: cuándo, síntoma, intensidad, cuánto le afecta, triaje, qué hizo y notas. Intro edita la entrada seleccionada.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>%1 The search finds words and numbers; “%2” has none, so it is not used.</source>
        <translation>%1 La búsqueda encuentra palabras y números; «%2» no tiene ninguno, así que no se usa.</translation>
    </message>
    <message>
        <source>&amp;Symptom:</source>
        <translation>&amp;Síntoma:</translation>
    </message>
    <message>
        <source>Minimum se&amp;verity:</source>
        <translation>I&amp;ntensidad mínima:</translation>
    </message>
    <message>
        <source>fr&amp;om</source>
        <translation>desde e&amp;l</translation>
    </message>
    <message>
        <source>u&amp;ntil</source>
        <translation>&amp;hasta el</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <source>Shows or hides the chart of one symptom&apos;s severity over time</source>
        <translation>Muestra u oculta el gráfico de la intensidad de un síntoma a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Entr&amp;ies</source>
        <translation>En&amp;tradas</translation>
    </message>
    <message>
        <source>Severity &amp;chart</source>
        <translation>&amp;Gráfico de intensidad</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Your diary is empty. Use “Log a symptom…” to write down a side effect or symptom: what it was, when it started and how bad it was.</source>
        <translation>Su diario está vacío. Use «Registrar un síntoma…» para anotar un efecto adverso o un síntoma: qué era, cuándo empezó y qué intensidad tenía.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>1 entry matches the filters.</source>
        <translation>1 entrada coincide con los filtros.</translation>
    </message>
    <message>
        <source>%1 entries match the filters.</source>
        <translation>%1 entradas coinciden con los filtros.</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
</context>
<context>
    <name>DoseActions</name>
    <message>
        <source>Ta&amp;ken now</source>
        <translation>Admi&amp;nistrada ahora</translation>
    </message>
    <message>
        <source>Taken now</source>
        <translation>Administrada ahora</translation>
    </message>
    <message>
        <source>Records this dose as given now, at the suggested injection site</source>
        <translation>Registra esta dosis como administrada ahora, en la zona de inyección sugerida</translation>
    </message>
    <message>
        <source>R&amp;emind me in…</source>
        <translation>Recordarme lue&amp;go…</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Recordarme más tarde</translation>
    </message>
    <message>
        <source>Choose when the reminder for this dose comes again</source>
        <translation>Elija cuándo vuelve el recordatorio de esta dosis</translation>
    </message>
    <message>
        <source>Taken now records dose #%1, planned %2.</source>
        <translation>«Administrada ahora» registra la dosis n.º %1, prevista para %2.</translation>
    </message>
    <message>
        <source>You will be reminded again at %1.</source>
        <translation>Se lo recordaremos de nuevo a las %1.</translation>
    </message>
</context>
<context>
    <name>DoseCalendar</name>
    <message>
        <source>Dose given</source>
        <translation>Dosis administrada</translation>
    </message>
    <message>
        <source>given</source>
        <translation>administrada</translation>
    </message>
    <message>
        <source>Dose given late</source>
        <translation>Dosis administrada con retraso</translation>
    </message>
    <message>
        <source>given late</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>Dose missed, not to be made up</source>
        <translation>Dosis olvidada, no se recupera</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>olvidada</translation>
    </message>
    <message>
        <source>Dose missed, still to give</source>
        <translation>Dosis olvidada, aún por administrar</translation>
    </message>
    <message>
        <source>still to give</source>
        <translation>por administrar</translation>
    </message>
    <message>
        <source>Date to be given by your care team</source>
        <translation>Fecha que le dará su equipo médico</translation>
    </message>
    <message>
        <source>date to confirm</source>
        <translation>fecha por confirmar</translation>
    </message>
    <message>
        <source>Dose due now, not logged yet</source>
        <translation>Dosis que toca ahora, aún no registrada</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>toca ahora</translation>
    </message>
    <message>
        <source>Dose due later today</source>
        <translation>Dosis que toca hoy más tarde</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <source>Dose planned</source>
        <translation>Dosis prevista</translation>
    </message>
    <message>
        <source>Dose skipped on the care team&apos;s advice</source>
        <translation>Dosis omitida por indicación del equipo médico</translation>
    </message>
    <message>
        <source>skipped on advice</source>
        <translation>omitida por indicación</translation>
    </message>
    <message>
        <source>Dose calendar</source>
        <translation>Calendario de dosis</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Arrow keys move between days; each day is read with its doses</source>
        <translation>Las teclas de flecha pasan de un día a otro; cada día se lee con sus dosis</translation>
    </message>
    <message>
        <source>Shows the month before (Page Up in the days)</source>
        <translation>Muestra el mes anterior (Re Pág en los días)</translation>
    </message>
    <message>
        <source>Shows the month after (Page Down in the days)</source>
        <translation>Muestra el mes siguiente (Av Pág en los días)</translation>
    </message>
    <message>
        <source>Days of %1</source>
        <translation>Días de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dose #%1 given late (planned %2)</source>
        <translation>Dosis n.º %1 administrada con retraso (prevista el %2)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Symbols: %1. Arrow keys move between days.</source>
        <translation>Símbolos: %1. Las teclas de flecha se mueven entre los días.</translation>
    </message>
</context>
<context>
    <name>DoseDueWindow</name>
    <message>
        <source>Dose due</source>
        <translation>Dosis pendiente</translation>
    </message>
    <message>
        <source>&amp;Answer each reminder:</source>
        <translation>&amp;Responda a cada recordatorio:</translation>
    </message>
    <message>
        <source>Reminders to answer</source>
        <translation>Recordatorios por responder</translation>
    </message>
    <message>
        <source>Choose a reminder, then log the dose, snooze the reminder, or say that the dose was missed or skipped.</source>
        <translation>Elija un recordatorio y después registre la dosis, posponga el recordatorio o indique que la dosis se olvidó o se omitió.</translation>
    </message>
    <message>
        <source>&amp;Log it…</source>
        <translation>Re&amp;gistrarla…</translation>
    </message>
    <message>
        <source>Open the form to log the chosen dose as given.</source>
        <translation>Abrir el formulario para registrar como administrada la dosis elegida.</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Remind me again later: in 10 minutes, in 1 hour or tomorrow morning.</source>
        <translation>Recordármelo de nuevo más tarde: dentro de 10 minutos, dentro de 1 hora o mañana por la mañana.</translation>
    </message>
    <message>
        <source>It was &amp;missed</source>
        <translation>Se &amp;olvidó</translation>
    </message>
    <message>
        <source>Record that this dose was missed and see what to do now.</source>
        <translation>Registrar que esta dosis se olvidó y ver qué hacer ahora.</translation>
    </message>
    <message>
        <source>S&amp;kipped on my care team&apos;s advice</source>
        <translation>Omitida por indicación de mi &amp;equipo médico</translation>
    </message>
    <message>
        <source>Record that your care team told you to skip this dose.</source>
        <translation>Registrar que su equipo médico le indicó omitir esta dosis.</translation>
    </message>
</context>
<context>
    <name>DoseLot</name>
    <message>
        <source>Lot %1 is not among your pens on hand: a pen of lot %2 will be counted instead.</source>
        <translation>El lote %1 no está entre las plumas que tiene: se contará en su lugar una pluma del lote %2.</translation>
    </message>
    <message>
        <source>No prefilled syringe is in stock: no pen will be counted.</source>
        <translation>No tiene ninguna jeringa precargada: no se contará ninguna.</translation>
    </message>
    <message>
        <source>No autoinjector is in stock: no pen will be counted.</source>
        <translation>No tiene ningún autoinyector: no se contará ninguno.</translation>
    </message>
    <message>
        <source>No pen is in stock: none will be counted.</source>
        <translation>No tiene ninguna pluma: no se contará ninguna.</translation>
    </message>
    <message>
        <source>Lot %1 is not among your pens on hand.</source>
        <translation>El lote %1 no está entre las plumas que tiene.</translation>
    </message>
</context>
<context>
    <name>DoseVersionsDialog</name>
    <message>
        <source>Logged</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <source>Restored by undo</source>
        <translation>Restaurada al deshacer</translation>
    </message>
    <message>
        <source>Given before the app was set up</source>
        <translation>Administrada antes de configurar la aplicación</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Yo mismo/a</translation>
    </message>
    <message>
        <source>A caregiver</source>
        <translation>Un cuidador</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>La clínica</translation>
    </message>
    <message>
        <source>Changes to this dose</source>
        <translation>Cambios en esta dosis</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Administrada</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Introducida</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Versions of this dose, oldest first</source>
        <translation>Versiones de esta dosis, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <source>Every version of this dose: when it was given, where, by whom, and its state.</source>
        <translation>Cada versión de esta dosis: cuándo se administró, dónde, quién la administró y su estado.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Eliminada el %1</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>Reemplazada el %1</translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation>Cerrar esta ventana.</translation>
    </message>
</context>
<context>
    <name>DosesModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Administrada</translation>
    </message>
</context>
<context>
    <name>DrugInfoPage</name>
    <message>
        <source>not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>The drug information is in English only. It follows the US prescribing information; it does not replace the leaflet in your language that comes in the pack.</source>
        <translation>La información del medicamento está solo en inglés; sigue la ficha técnica de EE. UU.; no sustituye al prospecto en español del envase.</translation>
    </message>
    <message>
        <source>Language of the drug information</source>
        <translation>Idioma de la información del medicamento</translation>
    </message>
    <message>
        <source>&amp;Open another monograph…</source>
        <translation>A&amp;brir otra monografía…</translation>
    </message>
    <message>
        <source>Open another monograph file</source>
        <translation>Abrir otro archivo de monografía</translation>
    </message>
    <message>
        <source>Show the drug information from a monograph file you choose</source>
        <translation>Mostrar la información del medicamento de un archivo de monografía que usted elija</translation>
    </message>
    <message>
        <source>Use the &amp;built-in monograph</source>
        <translation>Usar la &amp;monografía integrada</translation>
    </message>
    <message>
        <source>Use the built-in monograph</source>
        <translation>Usar la monografía integrada</translation>
    </message>
    <message>
        <source>Go back to the drug information that comes with the app</source>
        <translation>Volver a la información del medicamento que incluye la aplicación</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F)</source>
        <translation>Buscar en la página (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Sections of the drug information; Enter jumps to one</source>
        <translation>Secciones de la información del medicamento; Intro lleva a una de ellas</translation>
    </message>
    <message>
        <source>Drug information text</source>
        <translation>Texto de la información del medicamento</translation>
    </message>
    <message>
        <source>Read-only. Ctrl+F finds a word; the Contents list jumps to a section</source>
        <translation>Solo lectura. Ctrl+F busca una palabra; la lista Contenido lleva a una sección</translation>
    </message>
    <message>
        <source>This information is for learning only. It is not medical advice: follow your care team.</source>
        <translation>Esta información es solo para aprender. No es un consejo médico: siga las indicaciones de su equipo médico.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Your chosen monograph could not be read, so the built-in one is shown: %1</source>
        <translation>No se ha podido leer la monografía que eligió, así que se muestra la integrada: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It could not be read: %1</source>
        <translation>No se ha podido leer: %1</translation>
    </message>
    <message>
        <source>Open a monograph</source>
        <translation>Abrir una monografía</translation>
    </message>
    <message>
        <source>Monographs (*.md *.txt);;All files (*)</source>
        <translation>Monografías (*.md *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 was not opened: %2 The current drug information is still shown.</source>
        <translation>%1 no se ha abierto: %2 Se sigue mostrando la información del medicamento actual.</translation>
    </message>
    <message>
        <source>Monograph not opened</source>
        <translation>Monografía no abierta</translation>
    </message>
    <message>
        <source>Built-in monograph</source>
        <translation>Monografía integrada</translation>
    </message>
    <message>
        <source>not stated in the file</source>
        <translation>no consta en el archivo</translation>
    </message>
    <message>
        <source>%1 · Source: %2 · Revised: %3</source>
        <translation>%1 · Fuente: %2 · Revisada: %3</translation>
    </message>
</context>
<context>
    <name>EraseDataDialog</name>
    <message>
        <source>Erase all data</source>
        <translation>Borrar todos los datos</translation>
    </message>
    <message>
        <source>This removes everything Belimumab Companion keeps on this computer. It cannot be undone: no backup is left afterwards.</source>
        <translation>Esto elimina todo lo que Belimumab Companion guarda en esta computadora. No se puede deshacer: después no queda ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>What will be removed:</source>
        <translation>Qué se eliminará:</translation>
    </message>
    <message>
        <source>Your data file: %1 (with its -wal and -shm files)</source>
        <translation>Su archivo de datos: %1 (con sus archivos -wal y -shm)</translation>
    </message>
    <message>
        <source>Every backup, in %1</source>
        <translation>Todas las copias de seguridad, en %1</translation>
    </message>
    <message>
        <source>The log files, in %1</source>
        <translation>Los archivos de registro, en %1</translation>
    </message>
    <message>
        <source>Data files set aside after damage or a restore, in %1</source>
        <translation>Los archivos de datos apartados tras un daño o una restauración, en %1</translation>
    </message>
    <message>
        <source>The start-at-login entry, if you turned it on</source>
        <translation>La entrada de inicio al iniciar sesión, si la activó</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Qué se eliminará</translation>
    </message>
    <message>
        <source>What stays:</source>
        <translation>Qué se conserva:</translation>
    </message>
    <message>
        <source>Files you exported and saved elsewhere (CSV, calendar, FHIR, PDF reports).</source>
        <translation>Los archivos que exportó y guardó en otro lugar (CSV, calendario, FHIR, informes en PDF).</translation>
    </message>
    <message>
        <source>Files in the data folder that the app did not make; the app lists them afterwards.</source>
        <translation>Los archivos de la carpeta de datos que no creó la aplicación; la aplicación los enumera después.</translation>
    </message>
    <message>
        <source>What stays</source>
        <translation>Qué se conserva</translation>
    </message>
    <message>
        <source>The files are deleted the ordinary way, from this computer&apos;s folder; they are not securely wiped. If you may want your data later, export it or copy a backup somewhere else first. The app closes when it is done.</source>
        <translation>Los archivos se eliminan de la forma habitual de la carpeta de esta computadora; no se borran de forma segura. Si es posible que más adelante quiera sus datos, expórtelos o copie antes una copia de seguridad en otro lugar. La aplicación se cierra al terminar.</translation>
    </message>
    <message>
        <source>How the files are removed</source>
        <translation>Cómo se eliminan los archivos</translation>
    </message>
    <message>
        <source>To confirm, type %1 here:</source>
        <translation>Para confirmar, escriba %1 aquí:</translation>
    </message>
    <message>
        <source>Confirmation prompt</source>
        <translation>Petición de confirmación</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escriba %1 para confirmar</translation>
    </message>
    <message>
        <source>The Erase everything button works only once the word is typed here</source>
        <translation>El botón Borrar todo solo funciona cuando la palabra está escrita aquí</translation>
    </message>
    <message>
        <source>Erase or cancel</source>
        <translation>Borrar o cancelar</translation>
    </message>
    <message>
        <source>Cancel: erase nothing</source>
        <translation>Cancelar: no borrar nada</translation>
    </message>
    <message>
        <source>Close this window and keep your data</source>
        <translation>Cerrar esta ventana y conservar sus datos</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Delete all the data listed above now, then close the app. It cannot be undone.</source>
        <translation>Eliminar ahora todos los datos indicados arriba y después cerrar la aplicación. No se puede deshacer.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message numerus="yes">
        <source>Removed from this computer&apos;s folder (%n files in all): your data file, its backups, the log files and any set-aside files. They were deleted, not securely wiped.</source>
        <translation>
            <numerusform>Eliminado de la carpeta de esta computadora (%n archivo en total): su archivo de datos, sus copias de seguridad, los archivos de registro y los archivos apartados. Se ha eliminado, no se ha borrado de forma segura.</numerusform>
            <numerusform>Eliminados de la carpeta de esta computadora (%n archivos en total): su archivo de datos, sus copias de seguridad, los archivos de registro y los archivos apartados. Se han eliminado, no se han borrado de forma segura.</numerusform>
        </translation>
    </message>
    <message>
        <source>There was no data to remove.</source>
        <translation>No había datos que eliminar.</translation>
    </message>
    <message>
        <source>The app will no longer start at login.</source>
        <translation>La aplicación ya no se iniciará al iniciar sesión.</translation>
    </message>
    <message>
        <source>The start-at-login entry could not be removed: %1</source>
        <translation>No se ha podido eliminar la entrada de inicio al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>These files could not be removed; please delete them yourself:</source>
        <translation>No se han podido eliminar estos archivos; elimínelos usted, por favor:</translation>
    </message>
    <message>
        <source>These files were not made by the app and were left as they are:</source>
        <translation>Estos archivos no los creó la aplicación y se han dejado como estaban:</translation>
    </message>
    <message>
        <source>Files you exported elsewhere were not touched. The app will now close.</source>
        <translation>No se han tocado los archivos que exportó a otros lugares. La aplicación se cerrará ahora.</translation>
    </message>
    <message>
        <source>Your data was erased</source>
        <translation>Sus datos se han borrado</translation>
    </message>
    <message>
        <source>Not everything was erased</source>
        <translation>No se ha borrado todo</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <source>Find in drug information</source>
        <translation>Buscar en la información del medicamento</translation>
    </message>
    <message>
        <source>Every match is highlighted; Enter goes to the next one, Shift+Enter back</source>
        <translation>Se resaltan todas las coincidencias; Intro va a la siguiente y Mayús+Intro a la anterior</translation>
    </message>
    <message>
        <source>Type a word, e.g. fridge</source>
        <translation>Escriba una palabra en inglés, p. ej., fridge</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>An&amp;terior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Ir a la coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Go to the next match (F3)</source>
        <translation>Ir a la coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Hide the find bar and its highlights (Escape)</source>
        <translation>Ocultar la barra de búsqueda y sus resaltados (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ninguna coincidencia</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>FirstStartGuide</name>
    <message>
        <source>Set up Belimumab Companion</source>
        <translation>Configurar Belimumab Companion</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Goes back to the step before.</source>
        <translation>Vuelve al paso anterior.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Sig&amp;uiente</translation>
    </message>
    <message>
        <source>Saves this step and goes on to the next one.</source>
        <translation>Guarda este paso y pasa al siguiente.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Saves this last step and closes the guide.</source>
        <translation>Guarda este último paso y cierra la guía.</translation>
    </message>
    <message>
        <source>Lea&amp;ve for now</source>
        <translation>De&amp;jar para más tarde</translation>
    </message>
    <message>
        <source>Closes the guide; what is done is kept. Today offers to finish it.</source>
        <translation>Cierra la guía; lo que ya hizo se conserva. La página Hoy le ofrece terminarla.</translation>
    </message>
</context>
<context>
    <name>GuideContraceptionPage</name>
    <message>
        <source>Contraception reminders</source>
        <translation>Recordatorios de anticoncepción</translation>
    </message>
    <message>
        <source>Benlysta&apos;s label asks anyone who could become pregnant to use effective contraception during treatment and for at least 4 months after the last dose.

Would you like reminders for your contraception, tied to your treatment? They keep going after treatment stops, until those 4 months are over.

You can change this at any time in Settings.</source>
        <translation>La ficha técnica de Benlysta pide a toda persona que pueda quedarse embarazada que use un método anticonceptivo eficaz durante el tratamiento y durante al menos 4 meses después de la última dosis.

¿Desea recibir recordatorios de su método anticonceptivo, vinculados a su tratamiento? Continúan después de que termine el tratamiento, hasta que pasen esos 4 meses.

Puede cambiarlo en cualquier momento en Configuración.</translation>
    </message>
    <message>
        <source>&amp;Yes, set them up</source>
        <translation>&amp;Sí, configurarlos</translation>
    </message>
    <message>
        <source>N&amp;o, this does not apply</source>
        <translation>&amp;No, no se aplica a mi caso</translation>
    </message>
    <message>
        <source>&amp;Decide later (in Settings)</source>
        <translation>&amp;Decidir más tarde (en Configuración)</translation>
    </message>
    <message>
        <source>Turn contraception reminders on and choose your method when you finish.</source>
        <translation>Activar los recordatorios de anticoncepción y elegir su método al terminar.</translation>
    </message>
    <message>
        <source>Turn contraception reminders off; you can turn them on in Settings.</source>
        <translation>Desactivar los recordatorios de anticoncepción; puede activarlos en Configuración.</translation>
    </message>
    <message>
        <source>Leave the question unanswered for now.</source>
        <translation>Dejar la pregunta sin responder por ahora.</translation>
    </message>
</context>
<context>
    <name>GuideNumbersPage</name>
    <message>
        <source>Emergency and crisis numbers</source>
        <translation>Números de emergencias y de crisis</translation>
    </message>
    <message>
        <source>Please check your country: the emergency and crisis screens show its numbers. You can change them later in Settings.</source>
        <translation>Compruebe su país: las pantallas de emergencia y de crisis muestran sus números. Puede cambiarlos más tarde en Configuración.</translation>
    </message>
</context>
<context>
    <name>GuidePlanForm</name>
    <message>
        <source>The date of birth of the person treated, written as %1.</source>
        <translation>La fecha de nacimiento de la persona en tratamiento, escrita como %1.</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>aaaa</translation>
    </message>
    <message>
        <source>The date of birth must be from 1900 on.</source>
        <translation>La fecha de nacimiento debe ser de 1900 en adelante.</translation>
    </message>
    <message>
        <source>Write the date of birth as %1.</source>
        <translation>Escriba la fecha de nacimiento como %1.</translation>
    </message>
</context>
<context>
    <name>GuidePlanPage</name>
    <message>
        <source>Your treatment plan</source>
        <translation>Su plan de tratamiento</translation>
    </message>
    <message>
        <source>Enter what the care team told you. The plan is saved when you go on to the next step.</source>
        <translation>Indique lo que le dijo el equipo médico. El plan se guarda al pasar al paso siguiente.</translation>
    </message>
    <message>
        <source>A treatment plan is saved. You can change it on the Schedule page.</source>
        <translation>Ya hay un plan de tratamiento guardado. Puede cambiarlo en la página Calendario.</translation>
    </message>
</context>
<context>
    <name>GuideRemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>The app reminds you the evening before a dose and on the day, and says when to take the pen out of the fridge. Reminders come only while the app is running, so it starts when you log in to this computer, quietly, in the tray. Without this, reminders stop after a restart until you open the app.</source>
        <translation>La aplicación le recuerda cada dosis la tarde anterior y el mismo día, y le avisa cuándo sacar la pluma del refrigerador. Los recordatorios solo llegan mientras la aplicación está abierta; por eso se inicia al iniciar sesión en esta computadora, discretamente, en la bandeja del sistema. Sin esto, después de reiniciar no llegan recordatorios hasta que abra la aplicación.</translation>
    </message>
    <message>
        <source>&amp;Start at login, so reminders can come</source>
        <translation>&amp;Iniciar al iniciar sesión, para que lleguen los recordatorios</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Starts the app in the tray when you log in, so reminders keep coming.</source>
        <translation>Inicia la aplicación en la bandeja del sistema al iniciar sesión, para que sigan llegando los recordatorios.</translation>
    </message>
    <message>
        <source>Start at login cannot be set on this computer.</source>
        <translation>En esta computadora no se puede configurar el inicio al iniciar sesión.</translation>
    </message>
    <message>
        <source>The times of the reminders can be changed in Settings.</source>
        <translation>Las horas de los recordatorios se pueden cambiar en Configuración.</translation>
    </message>
    <message>
        <source>Could not set start at login: %1. Untick it to go on; you can try again in Settings.</source>
        <translation>No se pudo configurar el inicio al iniciar sesión: %1. Desmarque la casilla para continuar; puede volver a intentarlo en Configuración.</translation>
    </message>
</context>
<context>
    <name>GuideWhoPage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>A few questions set up your doses and reminders. You can leave at any time: Today offers to finish setting up later.</source>
        <translation>Unas pocas preguntas configuran sus dosis y recordatorios. Puede dejarlo en cualquier momento: la página Hoy le ofrece terminar la configuración más tarde.</translation>
    </message>
    <message>
        <source>Who is this app for?</source>
        <translation>¿Para quién es esta aplicación?</translation>
    </message>
    <message>
        <source>&amp;Me: I am the one on belimumab</source>
        <translation>&amp;Yo: soy quien recibe belimumab</translation>
    </message>
    <message>
        <source>For me</source>
        <translation>Para mí</translation>
    </message>
    <message>
        <source>You use the app for your own treatment.</source>
        <translation>Usa la aplicación para su propio tratamiento.</translation>
    </message>
    <message>
        <source>My &amp;child: I look after their treatment</source>
        <translation>Mi &amp;hijo o hija: yo me ocupo de su tratamiento</translation>
    </message>
    <message>
        <source>For my child</source>
        <translation>Para mi hijo o hija</translation>
    </message>
    <message>
        <source>You use the app for your child&apos;s treatment; the plan follows their age.</source>
        <translation>Usa la aplicación para el tratamiento de su hijo o hija; el plan depende de su edad.</translation>
    </message>
    <message>
        <source>Your child&apos;s name (optional)</source>
        <translation>Nombre de su hijo o hija (opcional)</translation>
    </message>
    <message>
        <source>Shown on Today, so everyone at home knows whose doses these are.</source>
        <translation>Se muestra en la página Hoy, para que todos en casa sepan de quién son estas dosis.</translation>
    </message>
    <message>
        <source>Your child&apos;s name (o&amp;ptional):</source>
        <translation>No&amp;mbre de su hijo o hija (opcional):</translation>
    </message>
</context>
<context>
    <name>HealthSettingsBox</name>
    <message>
        <source>Your health</source>
        <translation>Su salud</translation>
    </message>
    <message>
        <source>I have had a severe allergic reaction (anaphylaxis) to belimumab (&amp;Benlysta) in the past</source>
        <translation>He tenido en el pasado una reacción alérgica grave (ana&amp;filaxia) a belimumab (Benlysta)</translation>
    </message>
    <message>
        <source>When ticked, the Today page warns you not to take Benlysta and to contact your care team</source>
        <translation>Si se marca, la página Hoy le advierte que no use Benlysta y que se ponga en contacto con su equipo médico</translation>
    </message>
    <message>
        <source>If this has ever happened to you, tick the box: the Today page then shows a warning at the top.</source>
        <translation>Si le ha ocurrido alguna vez, marque la casilla: la página Hoy mostrará entonces una advertencia arriba.</translation>
    </message>
    <message>
        <source>Name on the care-team report</source>
        <translation>Nombre en el informe para el equipo médico</translation>
    </message>
    <message>
        <source>Optional. Shown on the report and in the health-record export; saved on Enter</source>
        <translation>Opcional. Aparece en el informe y en la exportación para la historia clínica; se guarda con Intro</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Name on the care-team report (optional):</source>
        <translation>Nombre en el informe para el equipo médico (opcional):</translation>
    </message>
    <message>
        <source>Saved: the report shows this name.</source>
        <translation>Guardado: el informe muestra este nombre.</translation>
    </message>
    <message>
        <source>Name removed.</source>
        <translation>Nombre eliminado.</translation>
    </message>
</context>
<context>
    <name>HelpNumbersBox</name>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumanía</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>another country</source>
        <translation>otro país</translation>
    </message>
    <message>
        <source>Emergency and crisis numbers</source>
        <translation>Números de emergencias y de crisis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Where you are: the emergency and crisis screens show its numbers.</source>
        <translation>Dónde se encuentra: las pantallas de emergencia y de crisis muestran sus números.</translation>
    </message>
    <message>
        <source>Another country (enter the numbers)</source>
        <translation>Otro país (introduzca los números)</translation>
    </message>
    <message>
        <source>These numbers are right for me</source>
        <translation>Estos números son correctos para mí</translation>
    </message>
    <message>
        <source>These numbers are only partly verified: tick if they are right for you, or enter your own below.</source>
        <translation>Estos números solo están verificados en parte: marque la casilla si son correctos para usted, o introduzca los suyos más abajo.</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>The emergency number the emergency screen shows.</source>
        <translation>El número de emergencias que muestra la pantalla de emergencia.</translation>
    </message>
    <message>
        <source>Crisis line number</source>
        <translation>Número de la línea de crisis</translation>
    </message>
    <message>
        <source>The crisis line number the crisis screen shows.</source>
        <translation>El número de la línea de crisis que muestra la pantalla de crisis.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Emergency number:</source>
        <translation>Número de &amp;emergencias:</translation>
    </message>
    <message>
        <source>C&amp;risis line:</source>
        <translation>Línea de &amp;crisis:</translation>
    </message>
    <message>
        <source>The emergency number can have only digits, letters, spaces and + * # ( ) -. It is not saved until it is corrected.</source>
        <translation>El número de emergencias solo puede tener dígitos, letras, espacios y + * # ( ) -. No se guarda hasta que se corrija.</translation>
    </message>
    <message>
        <source>The emergency number needs at least one digit. It is not saved until it is corrected.</source>
        <translation>El número de emergencias necesita al menos un dígito. No se guarda hasta que se corrija.</translation>
    </message>
    <message>
        <source>The emergency number is too long: at most 20 characters.</source>
        <translation>El número de emergencias es demasiado largo: como máximo 20 caracteres.</translation>
    </message>
    <message>
        <source>The crisis line number can have only digits, letters, spaces and + * # ( ) -. It is not saved until it is corrected.</source>
        <translation>El número de la línea de crisis solo puede tener dígitos, letras, espacios y + * # ( ) -. No se guarda hasta que se corrija.</translation>
    </message>
    <message>
        <source>The crisis line number needs at least one digit. It is not saved until it is corrected.</source>
        <translation>El número de la línea de crisis necesita al menos un dígito. No se guarda hasta que se corrija.</translation>
    </message>
    <message>
        <source>The crisis line number is too long: at most 20 characters.</source>
        <translation>El número de la línea de crisis es demasiado largo: como máximo 20 caracteres.</translation>
    </message>
    <message>
        <source>Enter your number</source>
        <translation>Introduzca su número</translation>
    </message>
    <message>
        <source>These numbers are right for me: %1 (partly verified)</source>
        <translation>Estos números son correctos para mí: %1 (verificados en parte)</translation>
    </message>
    <message>
        <source>The screens show: emergency %1, crisis line %2.</source>
        <translation>Las pantallas muestran: emergencias %1, línea de crisis %2.</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>sin introducir</translation>
    </message>
    <message>
        <source>The crisis line listed for this country is only partly verified and needs your confirmation; until then the crisis screen shows the emergency number.</source>
        <translation>La línea de crisis indicada para este país solo está verificada en parte y necesita su confirmación; hasta entonces, la pantalla de crisis muestra el número de emergencias.</translation>
    </message>
    <message>
        <source>No crisis line is known here: the crisis screen shows the emergency number. Please add a local crisis line.</source>
        <translation>No se conoce ninguna línea de crisis aquí: la pantalla de crisis muestra el número de emergencias. Añada una línea de crisis local.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>The language of the app&apos;s text, dates and numbers, used from the next start</source>
        <translation>El idioma de los textos, las fechas y los números de la aplicación, que se usa a partir del próximo inicio</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>No se ha podido guardar la elección: %1</translation>
    </message>
    <message>
        <source>The app will use this language the next time it starts.</source>
        <translation>La aplicación usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Dates and numbers are written the way this language writes them.</source>
        <translation>Las fechas y los números se escriben como se escriben en este idioma.</translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Como máximo %n carácter.</numerusform>
            <numerusform>Como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes are %1 characters long; the limit is %2. Shorten them before saving.</source>
        <translation>Las notas tienen %1 caracteres; el límite es %2. Acórtelas antes de guardar.</translation>
    </message>
</context>
<context>
    <name>LogDoseDialog</name>
    <message>
        <source>Log a dose</source>
        <translation>Registrar una dosis</translation>
    </message>
    <message>
        <source>Correct a dose</source>
        <translation>Corregir una dosis</translation>
    </message>
    <message>
        <source>Planned: %1 — %2</source>
        <translation>Prevista: %1 — %2</translation>
    </message>
    <message>
        <source>When it was given</source>
        <translation>Cuándo se administró</translation>
    </message>
    <message>
        <source>The date and time the dose was given, in the plan&apos;s time zone.</source>
        <translation>La fecha y la hora en que se administró la dosis, en la zona horaria del plan.</translation>
    </message>
    <message>
        <source>Who gave it</source>
        <translation>Quién la administró</translation>
    </message>
    <message>
        <source>Choose who gave the dose: yourself, a caregiver or the clinic.</source>
        <translation>Elija quién administró la dosis: usted, un cuidador o la clínica.</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Yo mismo/a</translation>
    </message>
    <message>
        <source>A caregiver</source>
        <translation>Un cuidador</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>La clínica</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Choose what the injection was given with: the pen or the prefilled syringe.</source>
        <translation>Elija con qué se administró la inyección: la pluma o la jeringa precargada.</translation>
    </message>
    <message>
        <source>Autoinjector (pen)</source>
        <translation>Autoinyector (pluma)</translation>
    </message>
    <message>
        <source>Prefilled syringe</source>
        <translation>Jeringa precargada</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>Optional: the lot number printed on the pack or the pen.</source>
        <translation>Opcional: el número de lote impreso en el envase o en la pluma.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Optional: anything you want to remember about this dose.</source>
        <translation>Opcional: cualquier cosa que quiera recordar sobre esta dosis.</translation>
    </message>
    <message>
        <source>The dose may not have been fully given</source>
        <translation>Puede que la dosis no se haya administrado por completo</translation>
    </message>
    <message>
        <source>Tick this if you are not sure that the whole dose was given.</source>
        <translation>Marque esta casilla si no está seguro/a de que se administrara la dosis completa.</translation>
    </message>
    <message>
        <source>Do not inject where the skin is tender, bruised, red or hard.</source>
        <translation>No se inyecte donde la piel esté sensible, amoratada, enrojecida o dura.</translation>
    </message>
    <message>
        <source>With one site only, the dose is saved as incomplete (not fully given).</source>
        <translation>Con una sola zona, la dosis se guarda como incompleta (no administrada por completo).</translation>
    </message>
    <message>
        <source>Do not inject another dose on your own. Contact your care team or pharmacist and ask what to do.</source>
        <translation>No se inyecte otra dosis por su cuenta. Póngase en contacto con su equipo médico o su farmacéutico y pregunte qué hacer.</translation>
    </message>
    <message>
        <source>The time you entered does not fit dose #%1 (planned %2). It fits dose #%3 (planned %4).</source>
        <translation>La hora que ha introducido no corresponde a la dosis n.º %1 (prevista el %2). Corresponde a la dosis n.º %3 (prevista el %4).</translation>
    </message>
    <message>
        <source>Which dose was this?</source>
        <translation>¿Qué dosis era?</translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Log it as dose #%1</source>
        <translation>Registrarla como dosis n.º %1</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Cambiar la hora</translation>
    </message>
    <message>
        <source>Incomplete dose — contact your care team</source>
        <translation>Dosis incompleta: póngase en contacto con su equipo médico</translation>
    </message>
    <message>
        <source>Only one of the two injections of this dose was logged, so it is saved as incomplete (not fully given).</source>
        <translation>Solo se ha registrado una de las dos inyecciones de esta dosis, así que se guarda como incompleta (no administrada por completo).</translation>
    </message>
    <message>
        <source>This dose is saved as incomplete (not fully given).</source>
        <translation>Esta dosis se guarda como incompleta (no administrada por completo).</translation>
    </message>
    <message>
        <source>Incomplete dose</source>
        <translation>Dosis incompleta</translation>
    </message>
    <message>
        <source>Closes this message. The dose is saved.</source>
        <translation>Cierra este mensaje. La dosis está guardada.</translation>
    </message>
    <message>
        <source>Save this dose in your log.</source>
        <translation>Guardar esta dosis en su registro.</translation>
    </message>
    <message>
        <source>Close without saving.</source>
        <translation>Cerrar sin guardar.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Given &amp;by:</source>
        <translation>&amp;Administrada por:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Lot number:</source>
        <translation>Número de &amp;lote:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Click the body to choose where you injected (★ suggested: used least recently).</source>
        <translation>Haga clic en el cuerpo para elegir dónde se inyectó (★ sugerida: la usada hace más tiempo).</translation>
    </message>
    <message>
        <source>400 mg is two injections: choose two sites at least 5 cm apart.</source>
        <translation>400 mg son dos inyecciones: elija dos zonas separadas al menos 5 cm.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Contraception</source>
        <translation>Anticoncepción</translation>
    </message>
    <message>
        <source>Drug information</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>another program is using the data file</source>
        <translation>otro programa está usando el archivo de datos</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>no se puede escribir en la carpeta de datos</translation>
    </message>
    <message>
        <source>the computer could not read or write the disk</source>
        <translation>la computadora no ha podido leer ni escribir en el disco</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys; %1 to %2 open one directly</source>
        <translation>Elija una página con las teclas de flecha; de %1 a %2 se abre una directamente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>Entry saved.</source>
        <translation>Entrada guardada.</translation>
    </message>
    <message>
        <source>Entry changed.</source>
        <translation>Entrada modificada.</translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation>Entrada eliminada.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open a monograph…</source>
        <translation>A&amp;brir una monografía…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Belimumab Companion</source>
        <translation>&amp;Acerca de Belimumab Companion</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Acci&amp;ones</translation>
    </message>
    <message>
        <source>Log a &amp;dose…</source>
        <translation>Registrar una &amp;dosis…</translation>
    </message>
    <message>
        <source>Record the next dose, as the Today page&apos;s button does</source>
        <translation>Registrar la próxima dosis, como el botón de la página Hoy</translation>
    </message>
    <message>
        <source>Log a &amp;symptom…</source>
        <translation>Registrar un &amp;síntoma…</translation>
    </message>
    <message>
        <source>Write a new diary entry for a symptom or side effect</source>
        <translation>Escribir una nueva entrada del diario sobre un síntoma o un efecto adverso</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find in the drug information when it is open; otherwise search the diary</source>
        <translation>Buscar en la información del medicamento cuando está abierta; si no, buscar en el diario</translation>
    </message>
    <message>
        <source>Your data is not open yet.</source>
        <translation>Sus datos aún no están abiertos.</translation>
    </message>
    <message>
        <source>There is no dose to log: no dose is planned.</source>
        <translation>No hay ninguna dosis que registrar: no hay ninguna dosis prevista.</translation>
    </message>
    <message>
        <source>Your data could not be opened just now (%1). Nothing was changed; start the app again in a moment.</source>
        <translation>No se han podido abrir sus datos en este momento (%1). No se ha cambiado nada; vuelva a iniciar la aplicación dentro de un momento.</translation>
    </message>
    <message>
        <source>Your data is stored on this computer only.</source>
        <translation>Sus datos se guardan solo en esta computadora.</translation>
    </message>
    <message>
        <source>Read-only: your data folder cannot be written to, so nothing can be saved and there are no reminders. Everything you recorded is shown, and nothing was changed. Check the permissions of %1 (or the disk it is on), then start the app again.</source>
        <translation>Solo lectura: no se puede escribir en su carpeta de datos, así que no se puede guardar nada y no hay recordatorios. Se muestra todo lo que ha registrado y no se ha cambiado nada. Compruebe los permisos de %1 (o del disco en el que está) y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>Read-only warning</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>Read-only: nothing can be saved.</source>
        <translation>Solo lectura: no se puede guardar nada.</translation>
    </message>
    <message>
        <source>The restore could not be undone: %1</source>
        <translation>No se ha podido deshacer la restauración: %1</translation>
    </message>
    <message>
        <source>The restore failed and your data is unchanged: %1</source>
        <translation>La restauración ha fallado y sus datos no han cambiado: %1</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurado</translation>
    </message>
    <message>
        <source>Your data file is missing: earlier data was found.</source>
        <translation>Falta su archivo de datos: se encontraron datos anteriores.</translation>
    </message>
    <message>
        <source>Your data file is damaged: it was moved aside.</source>
        <translation>Su archivo de datos está dañado: se ha apartado.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>No se ha podido restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>It is on a network drive (%1).</source>
        <translation>Está en una unidad de red (%1).</translation>
    </message>
    <message>
        <source>It is inside a folder that a cloud service synchronises (%1).</source>
        <translation>Está dentro de una carpeta que sincroniza un servicio en la nube (%1).</translation>
    </message>
    <message>
        <source>Your data folder %1 is not a safe place for your data. %2 There, the data file can be damaged, or replaced by an older copy. Keep it on this computer instead, for example in %3: quit the app, move the folder there, and start the app with that folder.</source>
        <translation>Su carpeta de datos %1 no es un lugar seguro para sus datos. %2 Allí, el archivo de datos puede dañarse o ser sustituido por una copia más antigua. Guárdela en esta computadora, por ejemplo en %3: cierre la aplicación, mueva la carpeta allí e inicie la aplicación con esa carpeta.</translation>
    </message>
    <message>
        <source>Your data folder is not on this computer&apos;s disk.</source>
        <translation>Su carpeta de datos no está en el disco de esta computadora.</translation>
    </message>
    <message>
        <source>Your data folder is not a safe place</source>
        <translation>Su carpeta de datos no es un lugar seguro</translation>
    </message>
    <message>
        <source>Your data could not be opened.</source>
        <translation>No se han podido abrir sus datos.</translation>
    </message>
    <message>
        <source>Your data could not be opened</source>
        <translation>No se han podido abrir sus datos</translation>
    </message>
    <message>
        <source>Nothing was erased</source>
        <translation>No se ha borrado nada</translation>
    </message>
    <message>
        <source>Your data was erased. The app is closing.</source>
        <translation>Sus datos se han borrado. La aplicación se está cerrando.</translation>
    </message>
</context>
<context>
    <name>MakeUpDialog</name>
    <message>
        <source>Your next dose</source>
        <translation>Su próxima dosis</translation>
    </message>
    <message>
        <source>You gave the dose planned for %1 late. Choose how to go on:</source>
        <translation>Se administró tarde la dosis prevista para el %1. Elija cómo continuar:</translation>
    </message>
    <message>
        <source>Your next doses stay on your usual weekday.</source>
        <translation>Sus próximas dosis siguen en su día habitual de la semana.</translation>
    </message>
    <message>
        <source>Your next doses move to the weekday of the dose you just gave.</source>
        <translation>Sus próximas dosis pasan al día de la semana de la dosis que acaba de administrarse.</translation>
    </message>
    <message>
        <source>Next date from your care team</source>
        <translation>Próxima fecha de su equipo médico</translation>
    </message>
    <message>
        <source>The date of your next dose, as your care team gave it.</source>
        <translation>La fecha de su próxima dosis, tal como se la dio su equipo médico.</translation>
    </message>
    <message>
        <source>Keep my usual day — next dose %1</source>
        <translation>Mantener mi día habitual — próxima dosis: %1</translation>
    </message>
    <message>
        <source>Make %1 my new weekly day — next dose %2</source>
        <translation>Hacer del %1 mi nuevo día semanal — próxima dosis: %2</translation>
    </message>
    <message>
        <source>Never inject two doses on the same day.</source>
        <translation>Nunca se inyecte dos dosis el mismo día.</translation>
    </message>
    <message>
        <source>Never inject two doses on the same day. Your usual day is tomorrow: both are possible. Ask your care team if unsure.</source>
        <translation>Nunca se inyecte dos dosis el mismo día. Su día habitual es mañana: ambas opciones son posibles. Consulte a su equipo médico si tiene dudas.</translation>
    </message>
    <message>
        <source>Contact your care team for the date of your next dose, then enter it here.</source>
        <translation>Pida a su equipo médico la fecha de su próxima dosis y después introdúzcala aquí.</translation>
    </message>
    <message>
        <source>&amp;Next dose on:</source>
        <translation>&amp;Próxima dosis el:</translation>
    </message>
    <message>
        <source>Save your choice for the next dose.</source>
        <translation>Guardar su elección para la próxima dosis.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Decide later: you can choose from the Today page.</source>
        <translation>Decidir más tarde: puede elegir desde la página Hoy.</translation>
    </message>
    <message>
        <source>Choose one of the two.</source>
        <translation>Elija una de las dos opciones.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is larger than 1 MB, too large for a monograph.</source>
        <translation>El archivo ocupa más de 1 MB, demasiado para una monografía.</translation>
    </message>
    <message>
        <source>The file is not text; it looks like a binary file.</source>
        <translation>El archivo no es de texto; parece un archivo binario.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>El archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The file has no title (a line starting with &apos;# &apos;).</source>
        <translation>El archivo no tiene título (una línea que empiece por &apos;# &apos;).</translation>
    </message>
    <message>
        <source>The file has no sections (lines starting with &apos;### &apos;).</source>
        <translation>El archivo no tiene secciones (líneas que empiecen por &apos;### &apos;).</translation>
    </message>
    <message>
        <source>The block between the &apos;---&apos; lines at the top is malformed.</source>
        <translation>El bloque entre las líneas &apos;---&apos; del principio está mal formado.</translation>
    </message>
    <message>
        <source>Choose the condition (lupus or lupus nephritis).</source>
        <translation>Elija la enfermedad (lupus o nefritis lúpica).</translation>
    </message>
    <message>
        <source>Choose injection or infusion.</source>
        <translation>Elija inyección o infusión.</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>Introduzca la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>For children on injections the weight decides the schedule: enter the weight your care team measured.</source>
        <translation>En los niños con inyecciones, el peso determina el calendario: introduzca el peso que midió su equipo médico.</translation>
    </message>
    <message>
        <source>The date of birth is after the first dose.</source>
        <translation>La fecha de nacimiento es posterior a la primera dosis.</translation>
    </message>
    <message>
        <source>Belimumab has no labelled schedule under 5 years. Enter the interval and amount your prescriber gave you.</source>
        <translation>Belimumab no tiene una pauta autorizada para menores de 5 años. Introduzca el intervalo y la cantidad que le indicó su médico prescriptor.</translation>
    </message>
    <message>
        <source>There is no injection schedule under 15 kg. Ask your care team; enter the interval and amount they prescribe.</source>
        <translation>No hay pauta de inyecciones por debajo de 15 kg. Consulte a su equipo médico; introduzca el intervalo y la cantidad que le prescriba.</translation>
    </message>
    <message>
        <source>For a child with lupus nephritis on injections, the prescriber sets the schedule. Enter the interval and amount they prescribed.</source>
        <translation>En un niño con nefritis lúpica tratado con inyecciones, el médico prescriptor fija la pauta. Introduzca el intervalo y la cantidad que prescribió.</translation>
    </message>
    <message>
        <source>Check the prescribed interval (1 to 366 days) and amount.</source>
        <translation>Revise el intervalo prescrito (de 1 a 366 días) y la cantidad.</translation>
    </message>
    <message>
        <source>The weight must be between 2 and 400 kg.</source>
        <translation>El peso debe estar entre 2 y 400 kg.</translation>
    </message>
    <message>
        <source>Children use the autoinjector (pen) only.</source>
        <translation>Los niños usan solo el autoinyector (pluma).</translation>
    </message>
    <message>
        <source>Your doses so far were given another way (infusions or injections). Changing how belimumab is given at this point is decided by your prescriber: enter the interval and amount they prescribed for the new plan.</source>
        <translation>Sus dosis hasta ahora se administraron de otra forma (infusiones o inyecciones). Cambiar la forma de administrar belimumab en este momento lo decide su médico prescriptor: introduzca el intervalo y la cantidad que le indicó para el nuevo plan.</translation>
    </message>
    <message>
        <source>A dose cannot be logged more than 5 minutes ahead. Check the date and time.</source>
        <translation>No se puede registrar una dosis con más de 5 minutos de antelación. Revise la fecha y la hora.</translation>
    </message>
    <message>
        <source>The time needs its time zone.</source>
        <translation>La hora necesita su zona horaria.</translation>
    </message>
    <message>
        <source>There is no planned dose for that time. Check the date, or set up the plan first.</source>
        <translation>No hay ninguna dosis prevista para esa hora. Revise la fecha o configure primero el plan.</translation>
    </message>
    <message>
        <source>That planned dose is already logged.</source>
        <translation>Esa dosis prevista ya está registrada.</translation>
    </message>
    <message>
        <source>Another dose is already logged that day. Never inject two doses on the same day; ask your care team if you are unsure.</source>
        <translation>Ya hay otra dosis registrada ese día. Nunca se inyecte dos dosis el mismo día; consulte a su equipo médico si tiene dudas.</translation>
    </message>
    <message>
        <source>A 400 mg dose is two injections: choose two sites.</source>
        <translation>Una dosis de 400 mg son dos inyecciones: elija dos zonas.</translation>
    </message>
    <message>
        <source>Use two different sites, at least 5 cm apart.</source>
        <translation>Use dos zonas distintas, separadas al menos 5 cm.</translation>
    </message>
    <message>
        <source>An infusion has no injection site.</source>
        <translation>Una infusión no tiene zona de inyección.</translation>
    </message>
    <message>
        <source>Children use the autoinjector (pen) only, not the prefilled syringe.</source>
        <translation>Los niños usan solo el autoinyector (pluma), no la jeringa precargada.</translation>
    </message>
    <message>
        <source>That device is not used for this plan.</source>
        <translation>Ese dispositivo no se usa en este plan.</translation>
    </message>
    <message>
        <source>Under 10 years, a caregiver or a nurse gives the injection: choose who gave it.</source>
        <translation>En menores de 10 años, la inyección la administra un cuidador o un enfermero: elija quién la administró.</translation>
    </message>
    <message>
        <source>An infusion is given at the clinic.</source>
        <translation>Una infusión se administra en la clínica.</translation>
    </message>
    <message>
        <source>That date does not fit this planned dose: it is on or beyond the day of the dose before or after it. Check the date and time.</source>
        <translation>Esa fecha no corresponde a esta dosis prevista: coincide con el día de la dosis anterior o posterior, o lo sobrepasa. Compruebe la fecha y la hora.</translation>
    </message>
    <message>
        <source>No dose is due now. Choose the planned dose on the Schedule page.</source>
        <translation>Ahora no toca ninguna dosis. Elija la dosis prevista en la página Calendario.</translation>
    </message>
    <message>
        <source>Weight band changed — confirm dose schedule with your care team.</source>
        <translation>Ha cambiado la franja de peso: confirme la pauta de dosis con su equipo médico.</translation>
    </message>
    <message>
        <source>Your entry was not saved: the disk is full. What you typed is still here; free some space and try again.</source>
        <translation>No se ha guardado lo que ha introducido: el disco está lleno. Lo que ha escrito sigue aquí; libere algo de espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your entry was not saved: another program is using the data file right now. What you typed is still here; try again in a moment.</source>
        <translation>No se ha guardado lo que ha introducido: otro programa está usando el archivo de datos en este momento. Lo que ha escrito sigue aquí; inténtelo de nuevo dentro de un momento.</translation>
    </message>
    <message>
        <source>Your entry was not saved: the data folder cannot be written to (it is read-only or you do not have permission). What you typed is still here; make the folder writable again, then try again.</source>
        <translation>No se ha guardado lo que ha introducido: no se puede escribir en la carpeta de datos (es de solo lectura o usted no tiene permiso). Lo que ha escrito sigue aquí; haga que se pueda volver a escribir en la carpeta y después inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your entry was not saved: the computer could not write to the disk. What you typed is still here; check that the disk is connected and working, then try again.</source>
        <translation>No se ha guardado lo que ha introducido: la computadora no ha podido escribir en el disco. Lo que ha escrito sigue aquí; compruebe que el disco está conectado y funciona, y después inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>cannot tell which program is running (sys.executable is empty)</source>
        <translation>no se puede saber qué programa se está ejecutando (sys.executable está vacío)</translation>
    </message>
    <message>
        <source>the program&apos;s location cannot be written in a login entry (%1)</source>
        <translation>la ubicación del programa no se puede escribir en una entrada de inicio de sesión (%1)</translation>
    </message>
    <message>
        <source>HOME is not set, so there is nowhere to put the login entry</source>
        <translation>HOME no está definido, así que no hay dónde poner la entrada de inicio de sesión</translation>
    </message>
    <message>
        <source>the Windows registry is only reachable on Windows</source>
        <translation>el registro de Windows solo es accesible en Windows</translation>
    </message>
    <message>
        <source>that restore replaced no data file: there is nothing to put back</source>
        <translation>esa restauración no sustituyó ningún archivo de datos: no hay nada que volver a poner</translation>
    </message>
    <message>
        <source>there is no data file to back up at %1</source>
        <translation>no hay ningún archivo de datos del que hacer una copia de seguridad en %1</translation>
    </message>
    <message>
        <source>That is the data file in use now, not a backup of it.</source>
        <translation>Ese es el archivo de datos que se está usando ahora, no una copia de seguridad de él.</translation>
    </message>
    <message>
        <source>The backup could not be brought up to date for this version (%1); nothing was changed.</source>
        <translation>No se pudo actualizar la copia de seguridad para esta versión (%1); no se cambió nada.</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>la fecha es futura</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB, far more than a diary export; it was not imported.</source>
        <translation>El archivo %1 ocupa más de %2 MB, mucho más que un diario exportado; no se ha importado.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>El archivo %1 está vacío.</translation>
    </message>
    <message>
        <source>The file %1 is not a text file (it contains binary data).</source>
        <translation>El archivo %1 no es un archivo de texto (contiene datos binarios).</translation>
    </message>
    <message>
        <source>The file %1 is not UTF-8 text (byte %2 cannot be read). Export the diary again from Belimumab Companion, or save it as &quot;CSV UTF-8&quot; in your spreadsheet.</source>
        <translation>El archivo %1 no es texto UTF-8 (no se puede leer el byte %2). Vuelva a exportar el diario desde Belimumab Companion, o guárdelo como &quot;CSV UTF-8&quot; en su hoja de cálculo.</translation>
    </message>
    <message>
        <source>The file %1 is not a diary exported by Belimumab Companion (its first line is not a header). Only the diary CSV export can be imported.</source>
        <translation>El archivo %1 no es un diario exportado por Belimumab Companion (su primera línea no es un encabezado). Solo se puede importar el diario exportado en CSV.</translation>
    </message>
    <message>
        <source>The file %1 is not a diary exported by Belimumab Companion (unknown column %2). Only the diary CSV export can be imported.</source>
        <translation>El archivo %1 no es un diario exportado por Belimumab Companion (columna desconocida: %2). Solo se puede importar el diario exportado en CSV.</translation>
    </message>
    <message>
        <source>The file %1 is not a diary exported by Belimumab Companion (a column appears twice). Only the diary CSV export can be imported.</source>
        <translation>El archivo %1 no es un diario exportado por Belimumab Companion (una columna aparece dos veces). Solo se puede importar el diario exportado en CSV.</translation>
    </message>
    <message>
        <source>The file %1 is not a diary exported by Belimumab Companion (no %2 column). Only the diary CSV export can be imported.</source>
        <translation>El archivo %1 no es un diario exportado por Belimumab Companion (falta la columna %2). Solo se puede importar el diario exportado en CSV.</translation>
    </message>
    <message>
        <source>the time zone name is too long</source>
        <translation>el nombre de la zona horaria es demasiado largo</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>zona horaria desconocida: %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 %2 is not a date and time like 2026-05-12T18:07:00+02:00</source>
        <translation>%1 %2 no es una fecha y hora como 2026-05-12T18:07:00+02:00</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible date</source>
        <translation>%1 %2 no es una fecha verosímil</translation>
    </message>
    <message>
        <source>%1 %2 is not a level from 0 (none) to 4 (very severe)</source>
        <translation>%1 %2 no es un nivel de 0 (ninguno) a 4 (muy intenso)</translation>
    </message>
    <message>
        <source>%1 %2 is not true or false</source>
        <translation>%1 %2 no es true ni false</translation>
    </message>
    <message>
        <source>action %1 is not one of %2</source>
        <translation>la acción %1 no es ninguna de estas: %2</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos y hay %2</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>The file %1 has more than %2 rows; it was not imported.</source>
        <translation>El archivo %1 tiene más de %2 filas; no se ha importado.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read as CSV at line %2 (%3); it was not imported.</source>
        <translation>El archivo %1 no se puede leer como CSV en la línea %2 (%3); no se ha importado.</translation>
    </message>
    <message>
        <source>The file %1 is not a diary exported by Belimumab Companion (it has no header). Only the diary CSV export can be imported.</source>
        <translation>El archivo %1 no es un diario exportado por Belimumab Companion (no tiene encabezado). Solo se puede importar el diario exportado en CSV.</translation>
    </message>
    <message>
        <source>%1 row(s) of %2 have errors; nothing was imported. Correct them, or import only the rows without errors.</source>
        <translation>%1 fila(s) de %2 tienen errores; no se ha importado nada. Corríjalas, o importe solo las filas sin errores.</translation>
    </message>
    <message>
        <source>A row of %1 was refused (%2); nothing was imported.</source>
        <translation>Se ha rechazado una fila de %1 (%2); no se ha importado nada.</translation>
    </message>
    <message>
        <source>that entry does not exist</source>
        <translation>esa entrada no existe</translation>
    </message>
    <message>
        <source>choose or type the symptom</source>
        <translation>elija o escriba el síntoma</translation>
    </message>
    <message>
        <source>keep the symptom under 200 characters</source>
        <translation>el síntoma debe tener menos de 200 caracteres</translation>
    </message>
    <message>
        <source>the notes are %1 characters long; keep them to %2 (nothing was saved: shorten them, or keep the rest elsewhere)</source>
        <translation>las notas tienen %1 caracteres; no supere los %2 (no se ha guardado nada: acórtelas o guarde el resto en otro lugar)</translation>
    </message>
    <message>
        <source>the symptom</source>
        <translation>el síntoma</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>the start cannot be in the future</source>
        <translation>el inicio no puede ser en el futuro</translation>
    </message>
    <message>
        <source>it cannot end before it started</source>
        <translation>no puede terminar antes de haber empezado</translation>
    </message>
    <message>
        <source>choose a level from none to very severe</source>
        <translation>elija un nivel entre ninguno y muy intenso</translation>
    </message>
    <message>
        <source>The data file is still open (in this app or in another program), so nothing was erased: %1</source>
        <translation>El archivo de datos sigue abierto (en esta aplicación o en otro programa), así que no se ha borrado nada: %1</translation>
    </message>
    <message>
        <source>the start-at-login entry could not be checked on this system</source>
        <translation>no se ha podido comprobar la entrada de inicio al iniciar sesión en este sistema</translation>
    </message>
    <message>
        <source>the new plan must start after the current one (%1)</source>
        <translation>el nuevo plan debe empezar después del actual (%1)</translation>
    </message>
    <message>
        <source>there is no logged injection for that dose</source>
        <translation>no hay ninguna inyección registrada para esa dosis</translation>
    </message>
    <message>
        <source>a later dose is already logged: the schedule goes on from it, nothing to choose</source>
        <translation>ya hay registrada una dosis posterior: el calendario continúa a partir de ella, no hay nada que elegir</translation>
    </message>
    <message>
        <source>that dose was given on its day: nothing to choose</source>
        <translation>esa dosis se administró en su día: no hay nada que elegir</translation>
    </message>
    <message>
        <source>that choice does not apply to this schedule</source>
        <translation>esa opción no corresponde a este calendario</translation>
    </message>
    <message>
        <source>enter the next date your care team gave, after the make-up day</source>
        <translation>introduzca la próxima fecha que le ha indicado su equipo médico, posterior al día de la dosis de recuperación</translation>
    </message>
    <message>
        <source>the plan changed since that dose</source>
        <translation>el plan ha cambiado desde esa dosis</translation>
    </message>
    <message>
        <source>the notes are too long (at most %1 characters)</source>
        <translation>las notas son demasiado largas (como máximo %1 caracteres)</translation>
    </message>
    <message>
        <source>that dose is already in the log</source>
        <translation>esa dosis ya está en el registro</translation>
    </message>
    <message>
        <source>that dose is not in the plan</source>
        <translation>esa dosis no está en el plan</translation>
    </message>
    <message>
        <source>this dose was changed or deleted meanwhile</source>
        <translation>esta dosis se ha cambiado o eliminado mientras tanto</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>no hay nada que deshacer</translation>
    </message>
    <message>
        <source>this dose was changed again since</source>
        <translation>esta dosis se ha vuelto a cambiar desde entonces</translation>
    </message>
    <message>
        <source>only infusions have appointments</source>
        <translation>solo las infusiones tienen citas</translation>
    </message>
    <message>
        <source>this infusion is not in the plan</source>
        <translation>esta infusión no está en el plan</translation>
    </message>
    <message>
        <source>this infusion is already in the log</source>
        <translation>esta infusión ya está en el registro</translation>
    </message>
    <message>
        <source>the date must be after the previous dose (%1)</source>
        <translation>la fecha debe ser posterior a la dosis anterior (%1)</translation>
    </message>
    <message>
        <source>the date must be before the next infusion (%1); if the centre moved that one too, move it first</source>
        <translation>la fecha debe ser anterior a la próxima infusión (%1); si el centro también ha cambiado esa, cámbiela primero</translation>
    </message>
    <message>
        <source>weight must be between 0 and %1 kg</source>
        <translation>el peso debe estar entre 0 y %1 kg</translation>
    </message>
    <message>
        <source>the weight cannot be measured in the future</source>
        <translation>el peso no puede haberse medido en una fecha futura</translation>
    </message>
    <message>
        <source>give the reason for stopping</source>
        <translation>indique el motivo de la interrupción</translation>
    </message>
    <message>
        <source>a dose is logged after that date</source>
        <translation>hay una dosis registrada después de esa fecha</translation>
    </message>
    <message>
        <source>dose #%1 is logged on or after %2: start the new plan after it</source>
        <translation>la dosis n.º %1 está registrada el %2 o después: empiece la nueva pauta después de ella</translation>
    </message>
    <message>
        <source>the new plan must start on or after %1, when the last one ended</source>
        <translation>la nueva pauta debe empezar el %1 o después, cuando terminó la anterior</translation>
    </message>
    <message>
        <source>there is no current treatment plan</source>
        <translation>no hay ningún plan de tratamiento actual</translation>
    </message>
    <message>
        <source>the last dose given cannot be in the future</source>
        <translation>la última dosis administrada no puede estar en el futuro</translation>
    </message>
    <message>
        <source>the number of doses given must be 1 to %1</source>
        <translation>el número de dosis administradas debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>the date %1 is outside the years %2 to %3</source>
        <translation>la fecha %1 está fuera de los años %2 a %3</translation>
    </message>
    <message>
        <source>Your data file cannot be opened, so nothing was changed: %1. Check that you can read and write it, then start again.</source>
        <translation>No se puede abrir su archivo de datos, así que no se ha cambiado nada: %1. Compruebe que puede leerlo y escribir en él, y después vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>Another program is using your data file right now, so nothing was changed. Close it (or wait a moment), then start Belimumab Companion again.</source>
        <translation>Otro programa está usando su archivo de datos en este momento, así que no se ha cambiado nada. Ciérrelo (o espere un momento) y después vuelva a iniciar Belimumab Companion.</translation>
    </message>
    <message>
        <source>Your data file %1 is damaged (%2), and its folder cannot be written to, so it was left exactly as it is. Fix the folder&apos;s permissions and start again: the app then keeps the damaged file aside and offers your newest good backup.</source>
        <translation>Su archivo de datos %1 está dañado (%2) y no se puede escribir en su carpeta, así que se ha dejado exactamente como está. Corrija los permisos de la carpeta y vuelva a iniciar la aplicación: entonces la aplicación guardará aparte el archivo dañado y le ofrecerá su copia de seguridad correcta más reciente.</translation>
    </message>
    <message>
        <source>There is no data file, but earlier data was found in %1. Restore it, or start with no data (it stays where it is).</source>
        <translation>No hay archivo de datos, pero se encontraron datos anteriores en %1. Restáurelos o empiece sin datos (se quedan donde están).</translation>
    </message>
    <message>
        <source>The data file was damaged (%1) and was moved to %2, unchanged.</source>
        <translation>El archivo de datos estaba dañado (%1) y se ha movido, sin cambios, a %2.</translation>
    </message>
    <message>
        <source>The data file was damaged (unreadable) and was moved to %1, unchanged.</source>
        <translation>El archivo de datos estaba dañado (no se podía leer) y se ha movido, sin cambios, a %1.</translation>
    </message>
    <message>
        <source>the copy failed its integrity check (%1), so it was not kept; your data is unchanged</source>
        <translation>la copia no superó la comprobación de integridad (%1), así que no se ha guardado; sus datos no han cambiado</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2).</source>
        <translation>No se puede leer el archivo %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Belimumab Companion backup file.</source>
        <translation>%1 no es un archivo de copia de seguridad de Belimumab Companion.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: too large to be a Belimumab Companion backup.</source>
        <translation>%1 ocupa más de %2 MB: es demasiado grande para ser una copia de seguridad de Belimumab Companion.</translation>
    </message>
    <message>
        <source>The backup cannot be opened (%1).</source>
        <translation>No se puede abrir la copia de seguridad (%1).</translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be used (%1).</source>
        <translation>La copia de seguridad está dañada y no se puede usar (%1).</translation>
    </message>
    <message>
        <source>This SQLite file was not made by Belimumab Companion.</source>
        <translation>Este archivo SQLite no lo ha creado Belimumab Companion.</translation>
    </message>
    <message>
        <source>The backup contains things Belimumab Companion never makes (%1); it was refused for safety.</source>
        <translation>La copia de seguridad contiene elementos que Belimumab Companion nunca crea (%1); se ha rechazado por seguridad.</translation>
    </message>
    <message>
        <source>The backup has no single schema version.</source>
        <translation>La copia de seguridad no tiene una única versión de esquema.</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of Belimumab Companion (schema %1). Install the newer version to restore it.</source>
        <translation>La copia de seguridad la escribió una versión más reciente de Belimumab Companion (esquema %1). Instale la versión más reciente para restaurarla.</translation>
    </message>
    <message>
        <source>The backup has tables Belimumab Companion does not know (%1).</source>
        <translation>La copia de seguridad tiene tablas que Belimumab Companion no conoce (%1).</translation>
    </message>
    <message>
        <source>The backup&apos;s tables are not the ones Belimumab Companion makes (%1); it was refused.</source>
        <translation>Las tablas de la copia de seguridad no son las que crea Belimumab Companion (%1); se rechazó.</translation>
    </message>
    <message>
        <source>The backup has entries that point at entries it does not hold (in %1).</source>
        <translation>La copia de seguridad tiene entradas que remiten a entradas que no contiene (en %1).</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of Belimumab Companion (schema %2). It has not been changed. Install the newer version to use it.</source>
        <translation>El archivo de datos %1 lo escribió una versión más reciente de Belimumab Companion (esquema %2). No se ha modificado. Instale la versión más reciente para usarlo.</translation>
    </message>
    <message>
        <source>The file %1 is not a Belimumab Companion data file (%2).</source>
        <translation>El archivo %1 no es un archivo de datos de Belimumab Companion (%2).</translation>
    </message>
    <message>
        <source>Your data could not be brought up to date for this version of Belimumab Companion (%1). Nothing was lost: the data file %2 is unchanged, still at its earlier version (%3). The app will not open it like this; please report the problem (the log has the details), or go back to the version you had before.</source>
        <translation>Sus datos no se han podido actualizar para esta versión de Belimumab Companion (%1). No se ha perdido nada: el archivo de datos %2 no ha cambiado y sigue en su versión anterior (%3). La aplicación no lo abrirá así; comunique el problema (el registro tiene los detalles) o vuelva a la versión que tenía antes.</translation>
    </message>
    <message>
        <source>Your data could not be brought up to date for this version of Belimumab Companion (%1). Nothing was lost: the data file %2 is unchanged, still at its earlier version (%3). A copy made just before the attempt is in %4. The app will not open it like this; please report the problem (the log has the details), or go back to the version you had before.</source>
        <translation>Sus datos no se han podido actualizar para esta versión de Belimumab Companion (%1). No se ha perdido nada: el archivo de datos %2 no ha cambiado y sigue en su versión anterior (%3). Hay una copia hecha justo antes del intento en %4. La aplicación no lo abrirá así; comunique el problema (el registro tiene los detalles) o vuelva a la versión que tenía antes.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written to, and there is no data in it yet. Choose a folder you can write to, or fix this one&apos;s permissions.</source>
        <translation>No se puede escribir en la carpeta de datos %1 y todavía no contiene datos. Elija una carpeta en la que pueda escribir o corrija los permisos de esta.</translation>
    </message>
    <message>
        <source>Your data in %1 was saved by an earlier version and must be brought up to date, which needs to write to it; the folder cannot be written to. Nothing was changed. Fix the folder&apos;s permissions, then start again.</source>
        <translation>Sus datos de %1 los guardó una versión anterior y hay que actualizarlos, para lo que hace falta escribir en ellos; no se puede escribir en la carpeta. No se ha cambiado nada. Corrija los permisos de la carpeta y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>the data file %1 is still open, in this app or in another program</source>
        <translation>el archivo de datos %1 sigue abierto, en esta aplicación o en otro programa</translation>
    </message>
    <message>
        <source>the data file %1 still has changes not yet written into it: it is still open, in this app or in another program</source>
        <translation>el archivo de datos %1 todavía tiene cambios que no se han escrito en él: sigue abierto, en esta aplicación o en otro programa</translation>
    </message>
    <message>
        <source>the data in %1 is in use by another program (the app or a command): quit it, then try again</source>
        <translation>otro programa (la aplicación o un comando) está usando los datos de %1: ciérrelo y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>no se pudo leer ni escribir en el disco</translation>
    </message>
    <message>
        <source>it is in use by another program</source>
        <translation>otro programa lo está usando</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>se ha agotado su cuota de disco</translation>
    </message>
    <message>
        <source>system error: %1</source>
        <translation>error del sistema: %1</translation>
    </message>
    <message>
        <source>The backup holds values this app cannot read (%1: %2); it was refused.</source>
        <translation>La copia de seguridad contiene valores que esta aplicación no puede leer (%1: %2); se rechazó.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name</source>
        <translation>%1 es una carpeta: elija un nombre de archivo</translation>
    </message>
    <message>
        <source>%1 is a data file or a backup (or belongs to one): an export never replaces it; choose another name</source>
        <translation>%1 es un archivo de datos o una copia de seguridad (o forma parte de uno): una exportación nunca lo sustituye; elija otro nombre</translation>
    </message>
    <message>
        <source>%1 must be a number (%2 is not one)</source>
        <translation>%1 debe ser un número (%2 no lo es)</translation>
    </message>
    <message>
        <source>%1 is too small (%2)</source>
        <translation>%1 es demasiado pequeño (%2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2)</source>
        <translation>%1 es demasiado grande (%2)</translation>
    </message>
    <message>
        <source>the date %1 is outside %2 to %3</source>
        <translation>la fecha %1 está fuera del intervalo de %2 a %3</translation>
    </message>
    <message>
        <source>the date of birth %1 is not plausible (from 1900 until today)</source>
        <translation>la fecha de nacimiento %1 no es plausible (desde 1900 hasta hoy)</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters)</source>
        <translation>%1 supera el máximo de %2 caracteres</translation>
    </message>
    <message>
        <source>%1 contains control characters; type plain text only</source>
        <translation>%1 contiene caracteres de control; escriba solo texto sin formato</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be read</source>
        <translation>el archivo tiene demasiados niveles anidados para leerlo</translation>
    </message>
    <message>
        <source>infusions are given with the infusion centre&apos;s supplies: nothing to record</source>
        <translation>las infusiones se administran con los suministros del centro de infusión: no hay nada que registrar</translation>
    </message>
    <message>
        <source>set up the treatment plan before recording supplies</source>
        <translation>configure el plan de tratamiento antes de registrar suministros</translation>
    </message>
    <message>
        <source>a child&apos;s injections are given with the autoinjector, not a prefilled syringe</source>
        <translation>las inyecciones de un niño se administran con el autoinyector (pluma), no con una jeringa precargada</translation>
    </message>
    <message>
        <source>supplies are autoinjectors or prefilled syringes</source>
        <translation>los suministros son autoinyectores (plumas) o jeringas precargadas</translation>
    </message>
    <message>
        <source>the number of pens must be from 1 to 1000</source>
        <translation>el número de plumas debe estar entre 1 y 1000</translation>
    </message>
    <message>
        <source>that lot has only %1 left on hand</source>
        <translation>de ese lote solo le quedan %1</translation>
    </message>
    <message>
        <source>that lot has none left on hand</source>
        <translation>de ese lote no le queda ninguna</translation>
    </message>
    <message>
        <source>no delivery of that lot is recorded (it may have been deleted meanwhile)</source>
        <translation>no hay ninguna entrega registrada de ese lote (puede que se haya eliminado mientras tanto)</translation>
    </message>
    <message>
        <source>the expiry date is before the day it was received</source>
        <translation>la fecha de caducidad es anterior al día en que se recibió</translation>
    </message>
    <message>
        <source>these pens are already past their expiry date and must not be used: check the date on the box</source>
        <translation>estas plumas ya han caducado y no deben usarse: compruebe la fecha en la caja</translation>
    </message>
    <message>
        <source>enter the lot number from the box</source>
        <translation>introduzca el número de lote que figura en el envase</translation>
    </message>
    <message>
        <source>the refill reminder must be from 0 to 60 days before</source>
        <translation>el recordatorio para reponer debe ser de 0 a 60 días antes</translation>
    </message>
    <message>
        <source>the refills left must be from 0 to 99</source>
        <translation>las reposiciones restantes deben estar entre 0 y 99</translation>
    </message>
    <message>
        <source>this lot already gave %1 (doses and pens set aside): it cannot have fewer</source>
        <translation>este lote ya entregó %1 (dosis y plumas apartadas): no puede tener menos</translation>
    </message>
    <message>
        <source>with this date, pen type, expiry or lot number, a dose or a pen set aside that was counted from this delivery would lose its pen: correct that dose or pen set aside first</source>
        <translation>con esta fecha, tipo de pluma, caducidad o número de lote, una dosis o una pluma apartada que se contó de esta entrega se quedaría sin su pluma: corrija antes esa dosis o esa pluma apartada</translation>
    </message>
    <message>
        <source>No autoinjector was in stock: no pen was counted.</source>
        <translation>No tenía ningún autoinyector: no se ha contado ninguno.</translation>
    </message>
    <message>
        <source>No prefilled syringe was in stock: no pen was counted.</source>
        <translation>No tenía ninguna jeringa precargada: no se ha contado ninguna.</translation>
    </message>
    <message>
        <source>No pen was in stock: none was counted.</source>
        <translation>No tenía ninguna pluma: no se ha contado ninguna.</translation>
    </message>
    <message>
        <source>Lot %1 is not among your pens on hand.</source>
        <translation>El lote %1 no está entre las plumas que tiene.</translation>
    </message>
    <message>
        <source>Lot %1 is not among your pens on hand: counted a pen of lot %2.</source>
        <translation>El lote %1 no está entre las plumas que tiene: se ha contado una pluma del lote %2.</translation>
    </message>
    <message>
        <source>Lot %1 is not among your pens on hand: counted 2 pens of lot %2.</source>
        <translation>El lote %1 no está entre las plumas que tiene: se han contado 2 plumas del lote %2.</translation>
    </message>
    <message>
        <source>Lot %1 is not among your pens on hand: counted pens of lots %2 and %3.</source>
        <translation>El lote %1 no está entre las plumas que tiene: se han contado plumas de los lotes %2 y %3.</translation>
    </message>
    <message>
        <source>Pen used: lot %1.</source>
        <translation>Pluma usada: lote %1.</translation>
    </message>
    <message>
        <source>Pens used: both from lot %1.</source>
        <translation>Plumas usadas: las dos del lote %1.</translation>
    </message>
    <message>
        <source>Pens used: lot %1 and lot %2.</source>
        <translation>Plumas usadas: lote %1 y lote %2.</translation>
    </message>
    <message>
        <source>The second pen of this dose was not in stock.</source>
        <translation>No tenía la segunda pluma de esta dosis.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>the pharmacy&apos;s phone</source>
        <translation>el teléfono de la farmacia</translation>
    </message>
    <message>
        <source>the lot number</source>
        <translation>el número de lote</translation>
    </message>
    <message>
        <source>the pharmacy&apos;s name</source>
        <translation>el nombre de la farmacia</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>No check-ins yet.</source>
        <translation>Aún no hay controles.</translation>
    </message>
    <message>
        <source>Latest check-ins</source>
        <translation>Últimos controles</translation>
    </message>
    <message>
        <source>%1: PHQ-9 total %2 of 27</source>
        <translation>%1: total PHQ-9 %2 de 27</translation>
    </message>
    <message>
        <source>%1: PHQ-2 total %2 of 6</source>
        <translation>%1: total PHQ-2 %2 de 6</translation>
    </message>
    <message>
        <source>%1 PHQ-9 and %2 PHQ-2 check-ins.</source>
        <translation>Controles: %1 PHQ-9 y %2 PHQ-2.</translation>
    </message>
    <message>
        <source>Mood check-in scores over time</source>
        <translation>Puntuaciones de los controles del estado de ánimo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Latest PHQ-9 total: %1 of 27, on %2.</source>
        <translation>Último total PHQ-9: %1 de 27, el %2.</translation>
    </message>
    <message>
        <source>Latest PHQ-2 total: %1 of 6, on %2.</source>
        <translation>Último total PHQ-2: %1 de 6, el %2.</translation>
    </message>
    <message>
        <source>The latest check-ins are listed under the chart.</source>
        <translation>Los últimos controles se enumeran debajo del gráfico.</translation>
    </message>
    <message>
        <source>Latest check-ins, newest first:</source>
        <translation>Últimos controles, del más reciente al más antiguo:</translation>
    </message>
    <message>
        <source>Earlier check-ins not listed: %1</source>
        <translation>Controles anteriores no mostrados: %1</translation>
    </message>
    <message>
        <source>PHQ-9 total</source>
        <translation>Total PHQ-9</translation>
    </message>
    <message>
        <source>PHQ-2 total</source>
        <translation>Total PHQ-2</translation>
    </message>
</context>
<context>
    <name>MoodDialog</name>
    <message>
        <source>minimal</source>
        <translation>mínima</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>Mood check-in</source>
        <translation>Control del estado de ánimo</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Answer %1 of 4 to question %2</source>
        <translation>Respuesta %1 de 4 a la pregunta %2</translation>
    </message>
    <message>
        <source>Answer all &amp;nine questions</source>
        <translation>Responder a las &amp;nueve preguntas</translation>
    </message>
    <message>
        <source>Show all nine questions instead of the first two</source>
        <translation>Mostrar las nueve preguntas en lugar de las dos primeras</translation>
    </message>
    <message>
        <source>Save your answers</source>
        <translation>Guardar sus respuestas</translation>
    </message>
    <message>
        <source>Close the mood check-in</source>
        <translation>Cerrar el control del estado de ánimo</translation>
    </message>
    <message>
        <source>Answer every question shown.</source>
        <translation>Responda a todas las preguntas que se muestran.</translation>
    </message>
    <message>
        <source>Your answers suggest talking with your care team. Please answer the full set of nine questions now.</source>
        <translation>Sus respuestas indican que conviene hablar con su equipo médico. Por favor, responda ahora a las nueve preguntas completas.</translation>
    </message>
    <message>
        <source>Saved. These two questions do not ask about thoughts of hurting yourself: if you have any, answer all nine questions or call your crisis line.</source>
        <translation>Guardado. Estas dos preguntas no preguntan por pensamientos de hacerse daño: si los tiene, responda a las nueve preguntas o llame a su línea de crisis.</translation>
    </message>
    <message>
        <source>Saved. Score %1 of 27 (%2). Share it with your care team.</source>
        <translation>Guardado. Puntuación: %1 de 27 (%2). Compártala con su equipo médico.</translation>
    </message>
    <message>
        <source>thoughts of being better off dead or of hurting yourself</source>
        <translation>pensamientos de que estaría mejor muerto o muerta, o de hacerse daño</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>That change was made before the data was restored: it cannot be made again.</source>
        <translation>Ese cambio se hizo antes de restaurar los datos: ya no se puede volver a hacer.</translation>
    </message>
    <message>
        <source>Not done again.</source>
        <translation>No se ha vuelto a hacer.</translation>
    </message>
    <message>
        <source>That change was made before the data was restored: it cannot be undone any more.</source>
        <translation>Ese cambio se hizo antes de restaurar los datos: ya no se puede deshacer.</translation>
    </message>
    <message>
        <source>Not undone.</source>
        <translation>No se deshizo.</translation>
    </message>
</context>
<context>
    <name>PlanSetupDialog</name>
    <message>
        <source>Set up your treatment plan</source>
        <translation>Configurar su plan de tratamiento</translation>
    </message>
    <message>
        <source>Lupus (SLE)</source>
        <translation>Lupus (LES)</translation>
    </message>
    <message>
        <source>Lupus nephritis (kidneys)</source>
        <translation>Nefritis lúpica (riñones)</translation>
    </message>
    <message>
        <source>Injection under the skin (pen or syringe)</source>
        <translation>Inyección subcutánea (pluma o jeringa)</translation>
    </message>
    <message>
        <source>Infusion into a vein, at a clinic</source>
        <translation>Infusión en vena, en una clínica</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>This is my first dose of belimumab</source>
        <translation>Es mi primera dosis de belimumab</translation>
    </message>
    <message>
        <source>I am already on belimumab</source>
        <translation>Ya estoy en tratamiento con belimumab</translation>
    </message>
    <message>
        <source>from your prescriber</source>
        <translation>según su médico prescriptor</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Enfermedad:</translation>
    </message>
    <message>
        <source>The condition belimumab is prescribed for.</source>
        <translation>La enfermedad para la que se le ha recetado belimumab.</translation>
    </message>
    <message>
        <source>How you get belimumab</source>
        <translation>Cómo recibe belimumab</translation>
    </message>
    <message>
        <source>&amp;How you get belimumab:</source>
        <translation>&amp;Cómo recibe belimumab:</translation>
    </message>
    <message>
        <source>Injections under the skin, or infusions into a vein at a clinic.</source>
        <translation>Inyecciones subcutáneas o infusiones en vena en una clínica.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>The date of birth of the person treated.</source>
        <translation>La fecha de nacimiento de la persona en tratamiento.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <source>The weight your care team measured, in kilograms. Leave it at “not given” if it is not needed.</source>
        <translation>El peso que midió su equipo médico, en kilogramos. Déjelo en «no indicado» si no es necesario.</translation>
    </message>
    <message>
        <source>First dose or already on it</source>
        <translation>Primera dosis o ya en tratamiento</translation>
    </message>
    <message>
        <source>Is this your first d&amp;ose?</source>
        <translation>¿Es &amp;su primera dosis?</translation>
    </message>
    <message>
        <source>Choose whether you are starting belimumab, or are already on it and are setting up the app now.</source>
        <translation>Indique si empieza ahora con belimumab o si ya está en tratamiento y configura la aplicación ahora.</translation>
    </message>
    <message>
        <source>First dose date</source>
        <translation>Fecha de la primera dosis</translation>
    </message>
    <message>
        <source>&amp;First dose date:</source>
        <translation>Fecha de la p&amp;rimera dosis:</translation>
    </message>
    <message>
        <source>The date of the first dose, as your care team planned it.</source>
        <translation>La fecha de la primera dosis, tal como la planificó su equipo médico.</translation>
    </message>
    <message>
        <source>Doses given so far</source>
        <translation>Dosis administradas hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Doses given so far:</source>
        <translation>&amp;Dosis administradas hasta ahora:</translation>
    </message>
    <message>
        <source>How many doses you have had, the last one included. It matters for the starting doses of some plans.</source>
        <translation>Cuántas dosis ha recibido, incluida la última. Importa para las dosis iniciales de algunas pautas.</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Hora habitual</translation>
    </message>
    <message>
        <source>Usual &amp;time:</source>
        <translation>&amp;Hora habitual:</translation>
    </message>
    <message>
        <source>The time of day you usually have your dose; reminders use it.</source>
        <translation>La hora del día a la que suele recibir su dosis; los recordatorios la usan.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>The time zone your doses follow, for example Europe/Madrid. Choose it from the list or type it.</source>
        <translation>La zona horaria que siguen sus dosis, por ejemplo Europe/Madrid. Elíjala de la lista o escríbala.</translation>
    </message>
    <message>
        <source>Prescribed interval</source>
        <translation>Intervalo prescrito</translation>
    </message>
    <message>
        <source>Prescribed &amp;interval:</source>
        <translation>&amp;Intervalo prescrito:</translation>
    </message>
    <message>
        <source>The number of days between doses, as your prescriber wrote it.</source>
        <translation>El número de días entre dosis, tal como lo indicó su médico prescriptor.</translation>
    </message>
    <message>
        <source>Prescribed amount</source>
        <translation>Cantidad prescrita</translation>
    </message>
    <message>
        <source>Prescribed &amp;amount:</source>
        <translation>Cantidad prescri&amp;ta:</translation>
    </message>
    <message>
        <source>The amount of each dose in milligrams, as your prescriber wrote it.</source>
        <translation>La cantidad de cada dosis en miligramos, tal como la indicó su médico prescriptor.</translation>
    </message>
    <message>
        <source>Save this treatment plan.</source>
        <translation>Guardar este plan de tratamiento.</translation>
    </message>
    <message>
        <source>Close without saving.</source>
        <translation>Cerrar sin guardar.</translation>
    </message>
    <message>
        <source>Enter what your care team told you. Nothing is saved until you press Save.</source>
        <translation>Introduzca lo que le indicó su equipo médico. No se guarda nada hasta que presione Guardar.</translation>
    </message>
    <message>
        <source>&amp;Last dose given on:</source>
        <translation>Ú&amp;ltima dosis administrada el:</translation>
    </message>
    <message>
        <source>Date of the last dose given</source>
        <translation>Fecha de la última dosis administrada</translation>
    </message>
    <message>
        <source>The date of your most recent dose; the schedule continues from it.</source>
        <translation>La fecha de su dosis más reciente; el calendario continúa a partir de ella.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Europe/Madrid or America/New_York.</source>
        <translation>Elija una zona horaria de la lista, p. ej., Europe/Madrid o America/New_York.</translation>
    </message>
    <message>
        <source>Your next doses (nothing before your last dose counts as missed):</source>
        <translation>Sus próximas dosis (nada anterior a su última dosis cuenta como olvidado):</translation>
    </message>
    <message>
        <source>Your first six doses:</source>
        <translation>Sus seis primeras dosis:</translation>
    </message>
    <message>
        <source>  %1 — %2</source>
        <translation>  %1 — %2</translation>
    </message>
    <message>
        <source>Your first injection is given at the clinic, where you are shown how.</source>
        <translation>Su primera inyección se la administran en la clínica, donde le enseñan cómo hacerlo.</translation>
    </message>
    <message>
        <source>Under 10 years: a trained caregiver or a nurse gives the injections.</source>
        <translation>Menores de 10 años: las inyecciones las administra un cuidador con formación o un enfermero.</translation>
    </message>
    <message>
        <source>Children use the autoinjector (pen) only.</source>
        <translation>Los niños usan solo el autoinyector (pluma).</translation>
    </message>
    <message>
        <source>As prescribed by your care team.</source>
        <translation>Según lo prescrito por su equipo médico.</translation>
    </message>
</context>
<context>
    <name>PregnancyDialog</name>
    <message>
        <source>Pregnancy or breastfeeding</source>
        <translation>Embarazo o lactancia</translation>
    </message>
    <message>
        <source>What to record; the arrow keys move between the choices.</source>
        <translation>Qué registrar; las teclas de flecha se mueven entre las opciones.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The day this happened or you found out; not later than today.</source>
        <translation>El día en que ocurrió o en que lo supo; no posterior a hoy.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: a short note for your care-team report.</source>
        <translation>Opcional: una nota breve para el informe para su equipo médico.</translation>
    </message>
    <message>
        <source>For example: positive home test</source>
        <translation>Por ejemplo: prueba casera positiva</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Record this with its date and show what to do next.</source>
        <translation>Registrar esto con su fecha y mostrar qué hacer a continuación.</translation>
    </message>
    <message>
        <source>Close without recording anything.</source>
        <translation>Cerrar sin registrar nada.</translation>
    </message>
    <message>
        <source>This is kept with its date for your care-team report, and tells you what to do next.</source>
        <translation>Esto se guarda con su fecha para el informe para su equipo médico y le indica qué hacer a continuación.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation>Cerrar esta ventana.</translation>
    </message>
</context>
<context>
    <name>PreparePanel</name>
    <message>
        <source>It is past its expiry date</source>
        <translation>Ha pasado su fecha de caducidad</translation>
    </message>
    <message>
        <source>It was dropped on a hard surface</source>
        <translation>Se ha caído sobre una superficie dura</translation>
    </message>
    <message>
        <source>The liquid is cloudy, discoloured or has bits in it</source>
        <translation>El líquido está turbio, ha cambiado de color o tiene partículas</translation>
    </message>
    <message>
        <source>It has been frozen</source>
        <translation>Se ha congelado</translation>
    </message>
    <message>
        <source>Keep in the fridge at 2–8 °C (36–46 °F).</source>
        <translation>Conservar en refrigerador entre 2 y 8 °C (36–46 °F).</translation>
    </message>
    <message>
        <source>Keep in the carton until use, away from light.</source>
        <translation>Conservar en el embalaje hasta su uso, protegido de la luz.</translation>
    </message>
    <message>
        <source>Do not freeze.</source>
        <translation>No congelar.</translation>
    </message>
    <message>
        <source>Do not shake.</source>
        <translation>No agitar.</translation>
    </message>
    <message>
        <source>Keep away from heat and direct sunlight.</source>
        <translation>Mantener alejado del calor y de la luz solar directa.</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>I took it &amp;out of the fridge</source>
        <translation>La he sacado &amp;del refrigerador</translation>
    </message>
    <message>
        <source>Start the 30-minute warm-up timer</source>
        <translation>Iniciar el temporizador de 30 minutos para que alcance la temperatura ambiente</translation>
    </message>
    <message>
        <source>Press when you take the pen or syringe out of the fridge: the timer starts</source>
        <translation>Presiónelo cuando saque la pluma o la jeringa del refrigerador: se inicia el temporizador</translation>
    </message>
    <message>
        <source>&amp;Reset timer</source>
        <translation>Reiniciar el &amp;temporizador</translation>
    </message>
    <message>
        <source>Stops and clears the warm-up timer</source>
        <translation>Detiene y borra el temporizador</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>Warmest temperature it reached</source>
        <translation>Temperatura máxima que alcanzó</translation>
    </message>
    <message>
        <source>Over 25 °C (77 °F) it must not be used; leave it at not measured if unknown</source>
        <translation>Por encima de 25 °C (77 °F) no debe usarse; déjelo en «sin medir» si no lo sabe</translation>
    </message>
    <message>
        <source>&amp;Warmest temperature it reached, if you know it:</source>
        <translation>Te&amp;mperatura máxima que alcanzó, si la conoce:</translation>
    </message>
    <message>
        <source>Tick if true: the result below says whether you can use it</source>
        <translation>Márquelo si es cierto: el resultado de abajo indica si puede usarla</translation>
    </message>
    <message>
        <source>Before injecting, tick anything that is true:</source>
        <translation>Antes de inyectar, marque lo que sea cierto:</translation>
    </message>
    <message>
        <source>The infusion dose is 10 mg per kg of body weight; the team prepares it.</source>
        <translation>La dosis de la infusión es de 10 mg por kg de peso corporal; la prepara el equipo.</translation>
    </message>
    <message>
        <source>%1 × %2 mg</source>
        <translation>%1 × %2 mg</translation>
    </message>
    <message>
        <source>For %1 kg: about %2 mg (10 mg/kg), from %3 vials. For your information only: the infusion team prepares the dose.</source>
        <translation>Para %1 kg: unos %2 mg (10 mg/kg), con estos viales: %3. Solo para su información: el equipo de infusión prepara la dosis.</translation>
    </message>
    <message>
        <source>Take it out of the fridge 30 minutes before you inject. Do not warm it any other way.</source>
        <translation>Sáquela del refrigerador 30 minutos antes de inyectarse. No la caliente de ninguna otra forma.</translation>
    </message>
    <message>
        <source>Warming up: ready at %1. Do not warm it any other way.</source>
        <translation>Alcanzando la temperatura ambiente: lista a las %1. No la caliente de ninguna otra forma.</translation>
    </message>
    <message>
        <source>Ready to inject. Use it before %1 (12 hours out of the fridge).</source>
        <translation>Lista para inyectar. Úsela antes de las %1 (12 horas fuera del refrigerador).</translation>
    </message>
    <message>
        <source>DO NOT USE: it got warmer than 25 °C (77 °F). Do not put it back in the fridge. Contact your pharmacy.</source>
        <translation>NO LA USE: ha estado a más de 25 °C (77 °F). No la vuelva a meter en el refrigerador. Consulte a su farmacia.</translation>
    </message>
    <message>
        <source>DO NOT USE: it has been out of the fridge for more than 12 hours. Do not put it back in the fridge. Contact your pharmacy.</source>
        <translation>NO LA USE: ha estado fuera del refrigerador más de 12 horas. No la vuelva a meter en el refrigerador. Consulte a su farmacia.</translation>
    </message>
    <message>
        <source>Do not use this pen or syringe. Use a new one and tell your pharmacy.</source>
        <translation>No use esta pluma o jeringa. Use una nueva e informe a su farmacia.</translation>
    </message>
    <message>
        <source>Clear to slightly pearly, colourless to pale yellow, small air bubbles: normal.</source>
        <translation>Transparente a ligeramente perlada, de incolora a amarillo pálido, con pequeñas burbujas de aire: es normal.</translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Call %1 now</source>
        <translation>Llame ahora al %1</translation>
    </message>
    <message>
        <source>Call your local emergency number now</source>
        <translation>Llame ahora al número de emergencias de su zona</translation>
    </message>
    <message>
        <source>Help is available now</source>
        <translation>Hay ayuda disponible ahora</translation>
    </message>
    <message>
        <source>Call or text %1 now</source>
        <translation>Llame o envíe un mensaje de texto ahora al %1</translation>
    </message>
    <message>
        <source>Crisis line number: %1</source>
        <translation>Número de la línea de crisis: %1</translation>
    </message>
    <message>
        <source>No crisis line is known for your country. Please add a local crisis line in Settings so it shows here.</source>
        <translation>No se conoce ninguna línea de crisis para su país. Añada una línea de crisis local en Configuración para que aparezca aquí.</translation>
    </message>
    <message>
        <source>Call a crisis line or your local emergency number now</source>
        <translation>Llame ahora a una línea de crisis o al número de emergencias de su zona</translation>
    </message>
    <message>
        <source>A crisis line is listed for your country, but it is only partly verified. Please check it and confirm it in Settings so it shows here.</source>
        <translation>Hay una línea de crisis indicada para su país, pero solo está verificada en parte. Compruébela y confírmela en Configuración para que aparezca aquí.</translation>
    </message>
    <message>
        <source>If you are in immediate danger, call %1.</source>
        <translation>Si está en peligro inmediato, llame al %1.</translation>
    </message>
    <message>
        <source>If you are in immediate danger, call your local emergency number.</source>
        <translation>Si está en peligro inmediato, llame al número de emergencias de su zona.</translation>
    </message>
    <message>
        <source>You reported: %1.</source>
        <translation>Ha indicado: %1.</translation>
    </message>
    <message>
        <source>Tell your care team as well.</source>
        <translation>Avise también a su equipo médico.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter your country&apos;s numbers in Settings so they show here.</source>
        <translation>Introduzca los números de su país en Configuración para que aparezcan aquí.</translation>
    </message>
    <message>
        <source>Emergency number: %1</source>
        <translation>Número de emergencias: %1</translation>
    </message>
    <message>
        <source>You reported: %1.

This can be a medical emergency. Do not wait to see if it gets better.</source>
        <translation>Ha indicado: %1.

Puede ser una urgencia médica. No espere a ver si mejora.</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Lo he leído</translation>
    </message>
    <message>
        <source>I have read this; close</source>
        <translation>Lo he leído; cerrar</translation>
    </message>
    <message>
        <source>Closes this screen. Only this button closes it.</source>
        <translation>Cierra esta pantalla. Solo este botón la cierra.</translation>
    </message>
</context>
<context>
    <name>RedFlagNotice</name>
    <message>
        <source>Emergency or crisis reported</source>
        <translation>Emergencia o crisis indicada</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the emergency reminder</source>
        <translation>Descartar el recordatorio de emergencia</translation>
    </message>
    <message>
        <source>Hides this reminder. The entry stays in your diary.</source>
        <translation>Oculta este recordatorio. La entrada sigue en su diario.</translation>
    </message>
    <message>
        <source>thoughts of being better off dead or of hurting yourself (mood check-in)</source>
        <translation>pensamientos de que estaría mejor muerto o de hacerse daño (control del estado de ánimo)</translation>
    </message>
    <message>
        <source>On %1 %2 you reported: %3.</source>
        <translation>El %1 a las %2 indicó: %3.</translation>
    </message>
    <message>
        <source>If you have not yet called, call %1 now.</source>
        <translation>Si todavía no ha llamado, llame ahora al %1.</translation>
    </message>
    <message>
        <source>If you have not yet called, call your local emergency number now.</source>
        <translation>Si todavía no ha llamado, llame ahora a su número local de emergencias.</translation>
    </message>
    <message>
        <source>The crisis line is %1.</source>
        <translation>La línea de crisis es el %1.</translation>
    </message>
    <message>
        <source>If you have not yet called, call or text %1 now.</source>
        <translation>Si todavía no ha llamado, llame o envíe un mensaje de texto ahora al %1.</translation>
    </message>
    <message>
        <source>If you are in immediate danger, call %1.</source>
        <translation>Si está en peligro inmediato, llame al %1.</translation>
    </message>
</context>
<context>
    <name>ReminderCentre</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Log a dose…</source>
        <translation>&amp;Registrar una dosis…</translation>
    </message>
    <message>
        <source>&amp;Snooze reminders 10 minutes</source>
        <translation>&amp;Posponer los recordatorios 10 minutos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Next dose: %1</source>
        <translation>Próxima dosis: %1</translation>
    </message>
    <message>
        <source>Next dose: the date your care team gives</source>
        <translation>Próxima dosis: la fecha que le dé su equipo médico</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsBox</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>The e&amp;vening before, at</source>
        <translation>La &amp;noche anterior, a las</translation>
    </message>
    <message>
        <source>A reminder the evening before each dose, at the time next to it.</source>
        <translation>Un recordatorio la noche anterior a cada dosis, a la hora indicada al lado.</translation>
    </message>
    <message>
        <source>Evening reminder time</source>
        <translation>Hora del recordatorio de la noche</translation>
    </message>
    <message>
        <source>The time of the reminder the evening before a dose.</source>
        <translation>La hora del recordatorio de la noche anterior a una dosis.</translation>
    </message>
    <message>
        <source>The m&amp;orning of the dose, at</source>
        <translation>La &amp;mañana de la dosis, a las</translation>
    </message>
    <message>
        <source>A reminder on the morning of each dose, at the time next to it.</source>
        <translation>Un recordatorio la mañana de cada dosis, a la hora indicada al lado.</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Hora del recordatorio de la mañana</translation>
    </message>
    <message>
        <source>The time of the reminder on the morning of a dose.</source>
        <translation>La hora del recordatorio de la mañana de una dosis.</translation>
    </message>
    <message>
        <source>At the &amp;time of the dose</source>
        <translation>A la ho&amp;ra de la dosis</translation>
    </message>
    <message>
        <source>A reminder at the planned time of each dose.</source>
        <translation>Un recordatorio a la hora prevista de cada dosis.</translation>
    </message>
    <message>
        <source>Take the &amp;pen out of the fridge 30 minutes before an injection</source>
        <translation>Sacar la pluma del refrigerador &amp;30 minutos antes de una inyección</translation>
    </message>
    <message>
        <source>A reminder to let the pen or syringe reach room temperature first.</source>
        <translation>Un recordatorio para dejar antes que la pluma o la jeringa alcance la temperatura ambiente.</translation>
    </message>
    <message>
        <source>When I travel, &amp;keep my home time</source>
        <translation>C&amp;uando viaje, mantener la hora de mi casa</translation>
    </message>
    <message>
        <source>Away from home, reminders keep the time of day at home.</source>
        <translation>Fuera de casa, los recordatorios mantienen la hora de su casa.</translation>
    </message>
    <message>
        <source>When I travel, follow the local ti&amp;me</source>
        <translation>Cuando &amp;viaje, seguir la hora local</translation>
    </message>
    <message>
        <source>A daily question about how you feel, for 7 days after each dose.</source>
        <translation>Una pregunta diaria sobre cómo se encuentra, durante 7 días después de cada dosis.</translation>
    </message>
    <message>
        <source>How-are-you check-ins for 7 &amp;days after each dose, at</source>
        <translation>Preguntas de &amp;seguimiento («¿cómo se encuentra?») durante 7 días después de cada dosis, a las</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Hora del seguimiento</translation>
    </message>
    <message>
        <source>The time of the daily check-in question.</source>
        <translation>La hora de la pregunta diaria de seguimiento.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Horas de silencio desde las</translation>
    </message>
    <message>
        <source>Delay reminders between these two times; the dose itself and its fridge reminder still come.</source>
        <translation>Retrasar los recordatorios entre estas dos horas; el de la propia dosis y el de sacarla del refrigerador siguen llegando.</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Silencio desde</translation>
    </message>
    <message>
        <source>The time quiet hours start.</source>
        <translation>La hora a la que empiezan las horas de silencio.</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Silencio hasta</translation>
    </message>
    <message>
        <source>The time quiet hours end.</source>
        <translation>La hora a la que terminan las horas de silencio.</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>has&amp;ta las</translation>
    </message>
    <message>
        <source>Quiet hours delay the other reminders; the dose itself and its fridge reminder still come.</source>
        <translation>Las horas de silencio retrasan los demás recordatorios; el de la propia dosis y el de sacarla del refrigerador siguen llegando.</translation>
    </message>
    <message>
        <source>Away from home, reminders come at the same clock time where you are.</source>
        <translation>Fuera de casa, los recordatorios llegan a la misma hora del reloj del lugar donde esté.</translation>
    </message>
    <message>
        <source>&amp;Start at login, in the tray, so reminders can come</source>
        <translation>Iniciar al iniciar sesión, en la &amp;bandeja del sistema, para que lleguen los recordatorios</translation>
    </message>
    <message>
        <source>Start the app in the tray when you log in to this computer.</source>
        <translation>Iniciar la aplicación en la bandeja del sistema cuando inicie sesión en esta computadora.</translation>
    </message>
    <message>
        <source>Reminders come only while the app is running (in the window or the tray).</source>
        <translation>Los recordatorios solo llegan mientras la aplicación está abierta (en la ventana o en la bandeja del sistema).</translation>
    </message>
    <message>
        <source>Starts at login: %1</source>
        <translation>Se inicia al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>No longer starts at login.</source>
        <translation>Ya no se inicia al iniciar sesión.</translation>
    </message>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>No se pudo cambiar el inicio al iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your care team</source>
        <translation>Informe para su equipo médico</translation>
    </message>
    <message>
        <source>A PDF of your plan, doses, side effects, mood check-ins, contraception and vaccinations between two dates, to share with your care team.</source>
        <translation>Un PDF con su plan, sus dosis, los efectos adversos, los controles del estado de ánimo, la anticoncepción y las vacunas entre dos fechas, para compartirlo con su equipo médico.</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Primer día del informe</translation>
    </message>
    <message>
        <source>The report covers what happened from this day on</source>
        <translation>El informe recoge lo ocurrido a partir de este día</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Último día del informe</translation>
    </message>
    <message>
        <source>The report covers what happened up to this day</source>
        <translation>El informe recoge lo ocurrido hasta este día</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Show the report for these dates below</source>
        <translation>Mostrar debajo el informe de estas fechas</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file you choose</source>
        <translation>Guardar el informe en un archivo PDF que usted elija</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>No hay ninguna impresora configurada en esta computadora.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>The report as it will be saved or printed, without the page numbers</source>
        <translation>El informe tal como se guardará o imprimirá, sin los números de página</translation>
    </message>
    <message>
        <source>Choose the dates, then Preview.</source>
        <translation>Elija las fechas y después presione Vista previa.</translation>
    </message>
    <message>
        <source>The first day is after the last day: change one of them.</source>
        <translation>El primer día es posterior al último: cambie uno de los dos.</translation>
    </message>
    <message>
        <source>Preview of the report; the PDF adds page numbers.</source>
        <translation>Vista previa del informe; el PDF añade los números de página.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Se ha guardado el informe en %1.</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>No se ha guardado el informe</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Choose another place.</source>
        <translation>No se ha podido escribir el informe en %1: %2. Elija otro lugar.</translation>
    </message>
    <message>
        <source>Care-team report</source>
        <translation>Informe para el equipo médico</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>No se ha podido imprimir el informe: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports, exports and backups</source>
        <translation>Informes, exportaciones y copias de seguridad</translation>
    </message>
    <message>
        <source>A report for your care team</source>
        <translation>Un informe para su equipo médico</translation>
    </message>
    <message>
        <source>A PDF for the dates you choose: your plan, the doses given, late, missed or skipped, side effects (the urgent ones first), mood check-ins, contraception and vaccinations. Preview it, save it or print it.</source>
        <translation>Un PDF de las fechas que usted elija: su plan, las dosis administradas, tardías, olvidadas u omitidas, los efectos adversos (primero los urgentes), los controles del estado de ánimo, la anticoncepción y las vacunas. Puede verlo antes, guardarlo o imprimirlo.</translation>
    </message>
    <message>
        <source>Make a &amp;report…</source>
        <translation>C&amp;rear un informe…</translation>
    </message>
    <message>
        <source>Make a report for your care team</source>
        <translation>Crear un informe para su equipo médico</translation>
    </message>
    <message>
        <source>Choose the dates, then preview, save or print the PDF report</source>
        <translation>Elegir las fechas y después ver, guardar o imprimir el informe en PDF</translation>
    </message>
    <message>
        <source>Export or import your data</source>
        <translation>Exportar o importar sus datos</translation>
    </message>
    <message>
        <source>Files you save here are yours: the app never sends them anywhere. They hold health information, so keep them somewhere private.</source>
        <translation>Los archivos que guarde aquí son suyos: la aplicación nunca los envía a ninguna parte. Contienen información de salud, así que guárdelos en un lugar privado.</translation>
    </message>
    <message>
        <source>&amp;Doses (CSV)…</source>
        <translation>Dosi&amp;s (CSV)…</translation>
    </message>
    <message>
        <source>Export the doses as a CSV file</source>
        <translation>Exportar las dosis a un archivo CSV</translation>
    </message>
    <message>
        <source>Save every dose to a spreadsheet file you choose</source>
        <translation>Guardar todas las dosis en un archivo de hoja de cálculo que usted elija</translation>
    </message>
    <message>
        <source>Side-&amp;effect diary (CSV)…</source>
        <translation>&amp;Diario de efectos adversos (CSV)…</translation>
    </message>
    <message>
        <source>Export the side-effect diary as a CSV file</source>
        <translation>Exportar el diario de efectos adversos a un archivo CSV</translation>
    </message>
    <message>
        <source>Save every diary entry to a spreadsheet file you choose</source>
        <translation>Guardar todas las entradas del diario en un archivo de hoja de cálculo que usted elija</translation>
    </message>
    <message>
        <source>E&amp;verything, for a health record (FHIR)…</source>
        <translation>Todo, para una &amp;historia clínica (FHIR)…</translation>
    </message>
    <message>
        <source>Export everything as a FHIR bundle for a health record system</source>
        <translation>Exportar todo como un paquete FHIR para un sistema de historia clínica</translation>
    </message>
    <message>
        <source>Save all your data in the FHIR format that health record systems read</source>
        <translation>Guardar todos sus datos en el formato FHIR que leen los sistemas de historia clínica</translation>
    </message>
    <message>
        <source>Upcoming doses for your &amp;calendar…</source>
        <translation>Próximas dosis para su ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Export the upcoming doses as a calendar file</source>
        <translation>Exportar las próximas dosis a un archivo de calendario</translation>
    </message>
    <message>
        <source>Save about a year of upcoming doses to a file your calendar app opens</source>
        <translation>Guardar las próximas dosis de aproximadamente un año en un archivo que abre su aplicación de calendario</translation>
    </message>
    <message>
        <source>&amp;Import a diary (CSV)…</source>
        <translation>I&amp;mportar un diario (CSV)…</translation>
    </message>
    <message>
        <source>Import a side-effect diary from a CSV file</source>
        <translation>Importar un diario de efectos adversos desde un archivo CSV</translation>
    </message>
    <message>
        <source>Add the entries of a diary exported by this app; you see them first</source>
        <translation>Añadir las entradas de un diario exportado por esta aplicación; antes se le muestran</translation>
    </message>
    <message>
        <source>A diary exported by this app, from this computer or another one</source>
        <translation>Un diario exportado por esta aplicación, desde esta computadora o desde otra</translation>
    </message>
    <message>
        <source>Discreet calendar titles</source>
        <translation>Títulos discretos en el calendario</translation>
    </message>
    <message>
        <source>Discreet calendar &amp;titles</source>
        <translation>Títulos dis&amp;cretos</translation>
    </message>
    <message>
        <source>Stock of &amp;pens (CSV)…</source>
        <translation>&amp;Existencias de plumas (CSV)…</translation>
    </message>
    <message>
        <source>Export the stock of pens as a CSV file</source>
        <translation>Exportar las existencias de plumas como archivo CSV</translation>
    </message>
    <message>
        <source>Save each delivery of pens or syringes, with how many are left, to a file</source>
        <translation>Guardar cada entrega de plumas o jeringas, con cuántas quedan, en un archivo</translation>
    </message>
    <message>
        <source>The calendar file names no medicine, only &apos;Reminder&apos;: for a calendar others can see</source>
        <translation>El archivo de calendario no nombra ningún medicamento, solo dice «Recordatorio»: para un calendario que otras personas pueden ver</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is made when you start the app (once a day) and when you quit, if anything changed, and before every upgrade and restore. Each one is checked. The app keeps 7 daily, 4 weekly and 12 monthly backups, and every one you make.</source>
        <translation>Se hace una copia de seguridad al iniciar la aplicación (una vez al día) y al salir, si ha cambiado algo, y antes de cada actualización y de cada restauración. Cada copia se comprueba. La aplicación conserva 7 copias diarias, 4 semanales y 12 mensuales, y todas las que haga usted.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>When each backup was made, why, its size and whether its check passed. Enter restores the selected backup.</source>
        <translation>Cuándo se hizo cada copia de seguridad, por qué, su tamaño y si superó la comprobación. Intro restaura la copia seleccionada.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer una co&amp;pia de seguridad ahora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Make a backup of your data now and check it</source>
        <translation>Hacer ahora una copia de seguridad de sus datos y comprobarla</translation>
    </message>
    <message>
        <source>Re&amp;store the selected backup…</source>
        <translation>Res&amp;taurar la copia seleccionada…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>Replace your data with the backup selected in the list; you can undo it</source>
        <translation>Sustituir sus datos por la copia de seguridad seleccionada en la lista; puede deshacerlo</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Replace your data with a backup file you choose; you can undo it</source>
        <translation>Sustituir sus datos por un archivo de copia de seguridad que usted elija; puede deshacerlo</translation>
    </message>
    <message>
        <source>&amp;Open the backups folder</source>
        <translation>A&amp;brir la carpeta de las copias de seguridad</translation>
    </message>
    <message>
        <source>Open the backups folder in the file manager</source>
        <translation>Abrir la carpeta de las copias de seguridad en el gestor de archivos</translation>
    </message>
    <message>
        <source>Show the folder where the backups are kept</source>
        <translation>Mostrar la carpeta donde se guardan las copias de seguridad</translation>
    </message>
    <message>
        <source>good</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>damaged: not used</source>
        <translation>dañada: no se usa</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>automatic (start)</source>
        <translation>automática (al iniciar)</translation>
    </message>
    <message>
        <source>automatic (quit)</source>
        <translation>automática (al salir)</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se ha podido escribir el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n doses to %1.</source>
        <translation>
            <numerusform>Se ha guardado %n dosis en %1.</numerusform>
            <numerusform>Se han guardado %n dosis en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n diary entries to %1.</source>
        <translation>
            <numerusform>Se ha guardado %n entrada del diario en %1.</numerusform>
            <numerusform>Se han guardado %n entradas del diario en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a FHIR bundle of %n entries to %1.</source>
        <translation>
            <numerusform>Se ha guardado un paquete FHIR de %n entrada en %1.</numerusform>
            <numerusform>Se ha guardado un paquete FHIR de %n entradas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the next %n doses to %1. Open it with your calendar app.</source>
        <translation>
            <numerusform>Se ha guardado la próxima dosis (%n) en %1. Ábralo con su aplicación de calendario.</numerusform>
            <numerusform>Se han guardado las próximas %n dosis en %1. Ábralo con su aplicación de calendario.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message>
        <source>Save the doses as CSV</source>
        <translation>Guardar las dosis como CSV</translation>
    </message>
    <message>
        <source>Restore from a fi&amp;le…</source>
        <translation>Restaurar desde un archi&amp;vo…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the side-effect diary as CSV</source>
        <translation>Guardar el diario de efectos adversos como CSV</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n deliveries to %1.</source>
        <translation>
            <numerusform>Se ha guardado %n entrega en %1.</numerusform>
            <numerusform>Se han guardado %n entregas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the stock of pens as CSV</source>
        <translation>Guardar las existencias de plumas como CSV</translation>
    </message>
    <message>
        <source>Save everything as a FHIR bundle</source>
        <translation>Guardar todo como un paquete FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the upcoming doses as a calendar file</source>
        <translation>Guardar las próximas dosis como archivo de calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Choose a diary CSV to import</source>
        <translation>Elija un diario CSV para importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message numerus="yes">
        <source>%n new entries</source>
        <translation>
            <numerusform>%n entrada nueva</numerusform>
            <numerusform>%n entradas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your diary</source>
        <translation>
            <numerusform>%n que ya está en su diario</numerusform>
            <numerusform>%n que ya están en su diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors</source>
        <translation>
            <numerusform>%n fila con errores</numerusform>
            <numerusform>%n filas con errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Import this diary?</source>
        <translation>¿Importar este diario?</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Rows with errors are left out; the details list them by line.</source>
        <translation>Las filas con errores se dejan fuera; los detalles las enumeran por línea.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n entries</source>
        <translation>
            <numerusform>&amp;Importar %n entrada</numerusform>
            <numerusform>&amp;Importar %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 No se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n diary entries from %1.</source>
        <translation>
            <numerusform>Se ha importado %n entrada del diario desde %1.</numerusform>
            <numerusform>Se han importado %n entradas del diario desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>No se ha hecho ninguna copia de seguridad</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad ha fallado: %1</translation>
    </message>
    <message>
        <source>Backed up and checked: %1.</source>
        <translation>Copia de seguridad hecha y comprobada: %1.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Copias de seguridad (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restored %1. Your previous data is kept in %2.</source>
        <translation>Se ha restaurado %1. Sus datos anteriores se conservan en %2.</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>&amp;Set up my treatment plan…</source>
        <translation>&amp;Configurar mi plan de tratamiento…</translation>
    </message>
    <message>
        <source>Set up or change the treatment plan</source>
        <translation>Configurar o cambiar el plan de tratamiento</translation>
    </message>
    <message>
        <source>Opens a form for the dates, times and kind of treatment your care team gave you</source>
        <translation>Abre un formulario para las fechas, las horas y el tipo de tratamiento que le indicó su equipo médico</translation>
    </message>
    <message>
        <source>&amp;Vaccinations…</source>
        <translation>&amp;Vacunas…</translation>
    </message>
    <message>
        <source>Vaccination log</source>
        <translation>Registro de vacunas</translation>
    </message>
    <message>
        <source>Opens the list of vaccinations you planned or received</source>
        <translation>Abre la lista de las vacunas que ha previsto o recibido</translation>
    </message>
    <message>
        <source>S&amp;witch to injections…</source>
        <translation>Cambiar a &amp;inyecciones…</translation>
    </message>
    <message>
        <source>Switch from infusions to injections</source>
        <translation>Cambiar de infusiones a inyecciones</translation>
    </message>
    <message>
        <source>Opens a form to record the switch your care team decided, and its first date</source>
        <translation>Abre un formulario para registrar el cambio que decidió su equipo médico y su primera fecha</translation>
    </message>
    <message>
        <source>S&amp;top treatment…</source>
        <translation>Fin del &amp;tratamiento…</translation>
    </message>
    <message>
        <source>Record that treatment stopped</source>
        <translation>Registrar que el tratamiento ha terminado</translation>
    </message>
    <message>
        <source>Opens a form to record when treatment stopped; your history is kept</source>
        <translation>Abre un formulario para registrar cuándo terminó el tratamiento; su historial se conserva</translation>
    </message>
    <message>
        <source>Record &amp;weight…</source>
        <translation>Registrar el pe&amp;so…</translation>
    </message>
    <message>
        <source>Record a new weight</source>
        <translation>Registrar un peso nuevo</translation>
    </message>
    <message>
        <source>Opens a form for your weight; an infusion dose depends on it</source>
        <translation>Abre un formulario para su peso; la dosis de una infusión depende de él</translation>
    </message>
    <message>
        <source>Confirm or &amp;move appointment…</source>
        <translation>Confirmar o ca&amp;mbiar la cita…</translation>
    </message>
    <message>
        <source>Enter the infusion centre&apos;s date for the selected infusion</source>
        <translation>Introducir la fecha del centro de infusión para la infusión seleccionada</translation>
    </message>
    <message>
        <source>Select an infusion in the upcoming doses first</source>
        <translation>Seleccione antes una infusión en las próximas dosis</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>Corre&amp;gir…</translation>
    </message>
    <message>
        <source>Correct the selected logged dose</source>
        <translation>Corregir la dosis registrada seleccionada</translation>
    </message>
    <message>
        <source>Select a logged dose in the dose history first; the change can be undone</source>
        <translation>Seleccione antes una dosis registrada en el historial de dosis; el cambio se puede deshacer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected logged dose</source>
        <translation>Eliminar la dosis registrada seleccionada</translation>
    </message>
    <message>
        <source>Deletes the selected logged dose at once; Undo (Ctrl+Z) brings it back</source>
        <translation>Elimina de inmediato la dosis registrada seleccionada; Deshacer (Ctrl+Z) la recupera</translation>
    </message>
    <message>
        <source>Changes…</source>
        <translation>Cambios…</translation>
    </message>
    <message>
        <source>Show every version of this dose</source>
        <translation>Mostrar todas las versiones de esta dosis</translation>
    </message>
    <message>
        <source>Lists every correction of the selected logged dose, with its date</source>
        <translation>Muestra cada corrección de la dosis registrada seleccionada, con su fecha</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>Calendar symbols</source>
        <translation>Símbolos del calendario</translation>
    </message>
    <message>
        <source>Upcoming doses</source>
        <translation>Próximas dosis</translation>
    </message>
    <message>
        <source>The doses to come, the next first; arrow keys move between them</source>
        <translation>Las dosis que vienen, la siguiente primero; las teclas de flecha se mueven entre ellas</translation>
    </message>
    <message>
        <source>Dose history</source>
        <translation>Historial de dosis</translation>
    </message>
    <message>
        <source>Past doses and what happened to each, the newest first</source>
        <translation>Las dosis pasadas y qué pasó con cada una, la más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Upcoming doses</source>
        <translation>&amp;Próximas dosis</translation>
    </message>
    <message>
        <source>Dose hi&amp;story</source>
        <translation>&amp;Historial de dosis</translation>
    </message>
    <message>
        <source>Dose corrected.</source>
        <translation>Dosis corregida.</translation>
    </message>
    <message>
        <source>Dose deleted.</source>
        <translation>Dosis eliminada.</translation>
    </message>
    <message>
        <source>No treatment plan yet. Set it up with the dates and times your care team gave you.</source>
        <translation>Todavía no hay ningún plan de tratamiento. Configúrelo con las fechas y las horas que le indicó su equipo médico.</translation>
    </message>
    <message>
        <source>&amp;Change the plan…</source>
        <translation>&amp;Cambiar el plan…</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>cada %1 días</translation>
    </message>
    <message>
        <source> (as prescribed)</source>
        <translation> (según la prescripción)</translation>
    </message>
    <message>
        <source> Treatment stopped.</source>
        <translation> El tratamiento ha terminado.</translation>
    </message>
    <message>
        <source>Plan since %1: %2 by %3, %4, at %5 (%6).%7</source>
        <translation>Plan desde el %1: %2 por %3, %4, a las %5 (%6).%7</translation>
    </message>
    <message>
        <source>lupus (SLE)</source>
        <translation>lupus (LES)</translation>
    </message>
    <message>
        <source>lupus nephritis</source>
        <translation>nefritis lúpica</translation>
    </message>
    <message>
        <source>infusion</source>
        <translation>infusión</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>inyección</translation>
    </message>
    <message>
        <source>No doses due yet.</source>
        <translation>Todavía no ha tocado ninguna dosis.</translation>
    </message>
    <message>
        <source>So far (doses not logged before %1, when the app was set up, are not counted):</source>
        <translation>Hasta ahora (no se cuentan las dosis no registradas antes del %1, cuando se configuró la aplicación):</translation>
    </message>
    <message>
        <source>So far:</source>
        <translation>Hasta ahora:</translation>
    </message>
    <message>
        <source>Starting doses</source>
        <translation>Dosis iniciales</translation>
    </message>
    <message>
        <source>Regular doses</source>
        <translation>Dosis habituales</translation>
    </message>
    <message>
        <source>%1: %2 on time, %3 late, %4 early, %5 missed, %6 skipped on advice</source>
        <translation>%1: a tiempo, %2; tarde, %3; antes de tiempo, %4; olvidadas, %5; omitidas por indicación, %6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The app follows your system&apos;s light or dark appearance.</source>
        <translation>La aplicación sigue la apariencia clara u oscura de su sistema.</translation>
    </message>
    <message>
        <source>Ope&amp;n the data folder</source>
        <translation>Abrir &amp;la carpeta de datos</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Abrir la carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <source>Shows the folder that holds your data, backups and log files</source>
        <translation>Muestra la carpeta que contiene sus datos, las copias de seguridad y los archivos de registro</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Sus datos:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Copias de seguridad:</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Archivos de registro:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Apariencia:</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in the folder above. The app never uses the network and sends nothing anywhere. Log files hold no health information.</source>
        <translation>Todo se queda en esta computadora, en la carpeta indicada arriba. La aplicación nunca usa la red y no envía nada a ninguna parte. Los archivos de registro no contienen información de salud.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Contraception</source>
        <translation>Anticoncepción</translation>
    </message>
    <message>
        <source>Contraception reminders, t&amp;ied to the treatment</source>
        <translation>Recordatorios de anticoncepción, li&amp;gados al tratamiento</translation>
    </message>
    <message>
        <source>Turns the contraception page and its reminders on or off</source>
        <translation>Activa o desactiva la página de anticoncepción y sus recordatorios</translation>
    </message>
    <message>
        <source>For anyone who could become pregnant: reminders in your method&apos;s rhythm during treatment and for at least 4 months after the last dose. When off, nothing of it shows; what you recorded is kept.</source>
        <translation>Para cualquier persona que pueda quedarse embarazada: recordatorios al ritmo de su método durante el tratamiento y durante al menos 4 meses después de la última dosis. Si está desactivado, no se muestra nada de ello; lo que ha registrado se conserva.</translation>
    </message>
    <message>
        <source>Erase all data</source>
        <translation>Borrar todos los datos</translation>
    </message>
    <message>
        <source>Removes your data file, every backup, the log files, set-aside files and the start-at-login entry from this computer, after you type a word to confirm. Files you exported and saved elsewhere are not touched. This cannot be undone.</source>
        <translation>Elimina de esta computadora su archivo de datos, todas las copias de seguridad, los archivos de registro, los archivos apartados y la entrada de inicio con la sesión, después de que escriba una palabra para confirmarlo. Los archivos que exportó y guardó en otro lugar no se tocan. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase all data…</source>
        <translation>Borrar todos los datos…</translation>
    </message>
    <message>
        <source>Opens a confirmation first; nothing is erased until you confirm</source>
        <translation>Primero abre una confirmación; no se borra nada hasta que usted confirme</translation>
    </message>
</context>
<context>
    <name>SetupNotice</name>
    <message>
        <source>Fi&amp;nish setting up…</source>
        <translation>Com&amp;pletar la configuración…</translation>
    </message>
    <message>
        <source>Finish setting up</source>
        <translation>Completar la configuración</translation>
    </message>
    <message>
        <source>Opens the set-up guide where you left it</source>
        <translation>Abre la guía de configuración donde la dejó</translation>
    </message>
    <message>
        <source>Welcome to Belimumab Companion</source>
        <translation>Bienvenido a Belimumab Companion</translation>
    </message>
    <message>
        <source>Nothing is set up yet. A short guide asks who the app is for, your treatment plan, your country&apos;s emergency numbers and your reminders. Your next dose and what to prepare are then shown here.</source>
        <translation>Todavía no hay nada configurado. Una guía breve le pregunta para quién es la aplicación, su plan de tratamiento, los números de emergencias de su país y sus recordatorios. Después verá aquí su próxima dosis y lo que debe preparar.</translation>
    </message>
    <message>
        <source>Setting up is not finished</source>
        <translation>La configuración no está terminada</translation>
    </message>
    <message>
        <source>A few questions of the set-up guide are still open. It goes on where you left it.</source>
        <translation>Quedan algunas preguntas de la guía de configuración. Continúa donde la dejó.</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <source>No data folder was given (the --data-dir option is empty). Give a folder, or leave the option out to use your own.</source>
        <translation>No se indicó ninguna carpeta de datos (la opción --data-dir está vacía). Indique una carpeta, o quite la opción para usar la suya.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for your data.</source>
        <translation>%1 es un archivo, no una carpeta. Elija una carpeta para sus datos.</translation>
    </message>
    <message>
        <source>Where your data file should be, there is a folder: %2. Nothing was changed. Move it away, then start the app again.</source>
        <translation>Donde debería estar su archivo de datos hay una carpeta: %2. No se cambió nada. Muévala a otro sitio y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>Your data folder %1 cannot be read (permission denied). Nothing was changed. Check its permissions, then start the app again.</source>
        <translation>No se puede leer su carpeta de datos %1 (permiso denegado). No se cambió nada. Revise sus permisos y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>Your data folder %1 belongs to another user. The app keeps your data only in a folder of your own; nothing was changed.</source>
        <translation>Su carpeta de datos %1 pertenece a otro usuario. La aplicación guarda sus datos solo en una carpeta suya; no se cambió nada.</translation>
    </message>
    <message>
        <source>Your data folder %1 could not be made. Check that you can write to the folder around it, then start the app again.</source>
        <translation>No se pudo crear su carpeta de datos %1. Compruebe que puede escribir en la carpeta que la contiene y vuelva a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>Your data folder cannot be used</source>
        <translation>No se puede usar su carpeta de datos</translation>
    </message>
    <message>
        <source>Belimumab Companion is already open</source>
        <translation>Belimumab Companion ya está abierto</translation>
    </message>
    <message>
        <source>Belimumab Companion is already open with the data folder %1, but its window did not come up. Look for it in the task bar or the tray; if it does not answer, close it (or restart the computer), then start the app again.</source>
        <translation>Belimumab Companion ya está abierto con la carpeta de datos %1, pero su ventana no apareció. Búsquela en la barra de tareas o en la bandeja del sistema; si no responde, ciérrela (o reinicie la computadora) y vuelva a iniciar la aplicación.</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Stop treatment</source>
        <translation>Finalizar el tratamiento</translation>
    </message>
    <message>
        <source>Record that treatment stopped, as decided with your care team. Your history is kept. If you use contraception, it is still needed for at least 4 months after the last dose.</source>
        <translation>Registre que el tratamiento terminó, según lo decidido con su equipo médico. Su historial se conserva. Si usa un método anticonceptivo, sigue siendo necesario durante al menos 4 meses después de la última dosis.</translation>
    </message>
    <message>
        <source>Last day of treatment</source>
        <translation>Último día de tratamiento</translation>
    </message>
    <message>
        <source>The day treatment stopped: the day of your last dose or later.</source>
        <translation>El día en que terminó el tratamiento: el día de su última dosis o uno posterior.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why treatment stopped, for example: decided with my rheumatologist.</source>
        <translation>Por qué terminó el tratamiento, por ejemplo: decidido con mi reumatólogo.</translation>
    </message>
    <message>
        <source>Record that treatment stopped on this day; your history is kept.</source>
        <translation>Registrar que el tratamiento terminó este día; su historial se conserva.</translation>
    </message>
    <message>
        <source>Close without changing your plan.</source>
        <translation>Cerrar sin cambiar su plan.</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Please give the reason (for example: decided with my rheumatologist).</source>
        <translation>Indique el motivo (por ejemplo: decidido con mi reumatólogo).</translation>
    </message>
    <message>
        <source>A dose is logged after that day. Choose the day of your last dose or later.</source>
        <translation>Hay una dosis registrada después de ese día. Elija el día de su última dosis o uno posterior.</translation>
    </message>
    <message>
        <source>There is no current treatment plan.</source>
        <translation>No hay ningún plan de tratamiento en curso.</translation>
    </message>
</context>
<context>
    <name>SuppliesBox</name>
    <message>
        <source>autoinjector (pen)</source>
        <translation>autoinyector (pluma)</translation>
    </message>
    <message>
        <source>prefilled syringe</source>
        <translation>jeringa precargada</translation>
    </message>
    <message>
        <source>out of the fridge more than 12 hours</source>
        <translation>más de 12 horas fuera del refrigerador</translation>
    </message>
    <message>
        <source>warmer than 25 °C (77 °F)</source>
        <translation>a más de 25 °C (77 °F)</translation>
    </message>
    <message>
        <source>past its expiry date</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>dropped on a hard surface</source>
        <translation>se cayó sobre una superficie dura</translation>
    </message>
    <message>
        <source>cloudy, discoloured or with particles</source>
        <translation>turbio, con cambio de color o con partículas</translation>
    </message>
    <message>
        <source>it was frozen</source>
        <translation>se congeló</translation>
    </message>
    <message>
        <source>other (lost, broken, returned)</source>
        <translation>otro motivo (perdido, roto, devuelto)</translation>
    </message>
    <message>
        <source>Supplies: pens and syringes</source>
        <translation>Suministros: plumas y jeringas</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Each delivery: its lot, device, expiry date and how many are left</source>
        <translation>Cada entrega: su lote, dispositivo, fecha de caducidad y cuántas quedan</translation>
    </message>
    <message>
        <source>Add a delivery…</source>
        <translation>Añadir una entrega…</translation>
    </message>
    <message>
        <source>Record pens or syringes received</source>
        <translation>Registrar las plumas o jeringas recibidas</translation>
    </message>
    <message>
        <source>Edit this delivery…</source>
        <translation>Editar esta entrega…</translation>
    </message>
    <message>
        <source>Edit this delivery</source>
        <translation>Editar esta entrega</translation>
    </message>
    <message>
        <source>Corrects the selected delivery in its form; it can be undone</source>
        <translation>Corrige la entrega seleccionada en su formulario; se puede deshacer</translation>
    </message>
    <message>
        <source>Delete this delivery</source>
        <translation>Eliminar esta entrega</translation>
    </message>
    <message>
        <source>Removes the selected delivery; it can be undone</source>
        <translation>Elimina la entrega elegida; se puede deshacer</translation>
    </message>
    <message>
        <source>Why a pen is set aside</source>
        <translation>Por qué se aparta una pluma</translation>
    </message>
    <message>
        <source>The reason a pen must not be used</source>
        <translation>El motivo por el que una pluma no debe usarse</translation>
    </message>
    <message>
        <source>Set one pen aside</source>
        <translation>Apartar una pluma</translation>
    </message>
    <message>
        <source>Days before running out</source>
        <translation>Días antes de que se acaben</translation>
    </message>
    <message>
        <source>How many days before the first dose not covered the refill reminder comes</source>
        <translation>Cuántos días antes de la primera dosis no cubierta llega el recordatorio de reposición</translation>
    </message>
    <message>
        <source>Refills left on the prescription</source>
        <translation>Renovaciones que quedan en la receta</translation>
    </message>
    <message>
        <source>At 0 the reminder says to ask the care team for a new prescription</source>
        <translation>En 0, el recordatorio le dice que pida una receta nueva a su equipo médico</translation>
    </message>
    <message>
        <source>Pharmacy phone</source>
        <translation>Teléfono de la farmacia</translation>
    </message>
    <message>
        <source>Shown in the refill reminder (optional)</source>
        <translation>Se muestra en el recordatorio de reposición (opcional)</translation>
    </message>
    <message>
        <source>Save the refill reminder</source>
        <translation>Guardar el recordatorio de reposición</translation>
    </message>
    <message>
        <source>Saves the days ahead, the refills left and the pharmacy phone</source>
        <translation>Guarda los días de antelación, las renovaciones que quedan y el teléfono de la farmacia</translation>
    </message>
    <message>
        <source>Why a pen is set aside:</source>
        <translation>Por qué se aparta una pluma:</translation>
    </message>
    <message>
        <source>Remind me this many days before I run out:</source>
        <translation>Avisarme estos días antes de que se acaben:</translation>
    </message>
    <message>
        <source>Refills left on the prescription:</source>
        <translation>Renovaciones que quedan en la receta:</translation>
    </message>
    <message>
        <source>Pharmacy phone (optional):</source>
        <translation>Teléfono de la farmacia (opcional):</translation>
    </message>
    <message>
        <source>A pen of the selected delivery that must not be used, with the reason</source>
        <translation>Una pluma de la entrega elegida que no debe usarse, con el motivo</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Lot %1 · %2 · use by %3 · %4 of %5 on hand%6</source>
        <translation>Lote %1 · %2 · usar antes del %3 · quedan %4 de %5%6</translation>
    </message>
    <message>
        <source> · past its expiry date: do not use</source>
        <translation> · caducado: no lo use</translation>
    </message>
    <message>
        <source>Supplies are kept for injections at home, once a plan is set up.</source>
        <translation>Los suministros son para las inyecciones en casa, una vez configurado el plan.</translation>
    </message>
    <message>
        <source>Choose a delivery in the list first.</source>
        <translation>Primero elija una entrega de la lista.</translation>
    </message>
    <message>
        <source>Delivery corrected.</source>
        <translation>Entrega corregida.</translation>
    </message>
    <message>
        <source>Delivery deleted.</source>
        <translation>Entrega eliminada.</translation>
    </message>
    <message>
        <source>One pen set aside: not to be used.</source>
        <translation>Una pluma apartada: no debe usarse.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>SuppliesCard</name>
    <message>
        <source>Supplies</source>
        <translation>Suministros</translation>
    </message>
    <message>
        <source>Deliveries and refills…</source>
        <translation>Entregas y reposiciones…</translation>
    </message>
    <message>
        <source>Record a delivery, set a pen aside, or set the refill reminder</source>
        <translation>Registrar una entrega, apartar una pluma o configurar el recordatorio de reposición</translation>
    </message>
    <message numerus="yes">
        <source>On hand: %n pens or syringes.</source>
        <translation>
            <numerusform>Tiene: %n pluma o jeringa.</numerusform>
            <numerusform>Tiene: %n plumas o jeringas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No delivery recorded yet: add one to see how far your pens go.</source>
        <translation>Aún no hay ninguna entrega registrada: añada una para ver hasta cuándo le alcanzan las plumas.</translation>
    </message>
    <message>
        <source>They cover your doses up to %1.</source>
        <translation>Cubren sus dosis hasta el %1.</translation>
    </message>
    <message>
        <source>None on hand for your next dose.</source>
        <translation>No le queda ninguna para su próxima dosis.</translation>
    </message>
    <message>
        <source>Next expiry: lot %1, use by %2.</source>
        <translation>Próxima caducidad: lote %1, usar antes del %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n pens will be past their expiry date on %1: do not use them then.</source>
        <translation>
            <numerusform>%n pluma estará caducada el %1: no la use entonces.</numerusform>
            <numerusform>%n plumas estarán caducadas el %1: no las use entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>No refills left: ask your care team for a new prescription.</source>
        <translation>No quedan renovaciones: pida una receta nueva a su equipo médico.</translation>
    </message>
    <message>
        <source>Time to order more pens or syringes.</source>
        <translation>Es hora de pedir más plumas o jeringas.</translation>
    </message>
</context>
<context>
    <name>SwitchDialog</name>
    <message>
        <source>Switch from infusions to injections</source>
        <translation>Cambiar de infusiones a inyecciones</translation>
    </message>
    <message>
        <source>Enter the date of your first injection, as your care team planned it. Your infusion history is kept.</source>
        <translation>Introduzca la fecha de su primera inyección, tal como la planificó su equipo médico. Su historial de infusiones se conserva.</translation>
    </message>
    <message>
        <source>First injection date</source>
        <translation>Fecha de la primera inyección</translation>
    </message>
    <message>
        <source>The date of your first injection, as your care team planned it.</source>
        <translation>La fecha de su primera inyección, tal como la planificó su equipo médico.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change your plan from infusions to injections from this date.</source>
        <translation>Cambiar su plan de infusiones a inyecciones a partir de esta fecha.</translation>
    </message>
    <message>
        <source>Close without changing your plan.</source>
        <translation>Cerrar sin cambiar su plan.</translation>
    </message>
    <message>
        <source>&amp;First injection:</source>
        <translation>&amp;Primera inyección:</translation>
    </message>
    <message>
        <source>1 to 4 weeks</source>
        <translation>de 1 a 4 semanas</translation>
    </message>
    <message>
        <source>1 to 2 weeks</source>
        <translation>de 1 a 2 semanas</translation>
    </message>
    <message>
        <source>The first injection must be %1 after your last infusion: between %2 and %3. If your care team chose another date, ask them to confirm it.</source>
        <translation>La primera inyección debe ser %1 después de su última infusión: entre el %2 y el %3. Si su equipo médico eligió otra fecha, pídale que la confirme.</translation>
    </message>
    <message>
        <source>With lupus nephritis, the switch comes after at least 2 infusions. Log your infusions first.</source>
        <translation>Con nefritis lúpica, el cambio se hace después de al menos 2 infusiones. Registre primero sus infusiones.</translation>
    </message>
    <message>
        <source>No infusion is logged yet. Log your infusions first.</source>
        <translation>Aún no hay ninguna infusión registrada. Registre primero sus infusiones.</translation>
    </message>
    <message>
        <source>This switch is decided by your prescriber: set up the new plan with the dates and doses they give you.</source>
        <translation>Este cambio lo decide su médico prescriptor: configure el nuevo plan con las fechas y dosis que le indique.</translation>
    </message>
    <message>
        <source>Your plan already uses injections.</source>
        <translation>Su plan ya usa inyecciones.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Log this dose…</source>
        <translation>&amp;Registrar esta dosis…</translation>
    </message>
    <message>
        <source>Log the next dose</source>
        <translation>Registrar la próxima dosis</translation>
    </message>
    <message>
        <source>Opens a form to record when the dose was given and who gave it (shortcut: %1)</source>
        <translation>Abre un formulario para registrar cuándo se administró la dosis y quién la administró (atajo: %1)</translation>
    </message>
    <message>
        <source>Log this dose (%1)</source>
        <translation>Registrar esta dosis (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>&amp;Choose your next dose date…</source>
        <translation>Elegir la &amp;fecha de su próxima dosis…</translation>
    </message>
    <message>
        <source>Choose the next dose date after a late dose</source>
        <translation>Elegir la fecha de la próxima dosis después de una dosis tardía</translation>
    </message>
    <message>
        <source>Opens a form to choose the date of your next dose</source>
        <translation>Abre un formulario para elegir la fecha de su próxima dosis</translation>
    </message>
    <message>
        <source>Log the dose I &amp;missed…</source>
        <translation>Registrar la dosis &amp;olvidada…</translation>
    </message>
    <message>
        <source>Log the missed dose</source>
        <translation>Registrar la dosis olvidada</translation>
    </message>
    <message>
        <source>Opens the form for the missed dose that is still to give</source>
        <translation>Abre el formulario de la dosis olvidada que aún debe administrarse</translation>
    </message>
    <message>
        <source>How are you?</source>
        <translation>¿Cómo se encuentra?</translation>
    </message>
    <message>
        <source>Log a &amp;symptom…</source>
        <translation>Registrar un &amp;síntoma…</translation>
    </message>
    <message>
        <source>Log a symptom in the diary</source>
        <translation>Registrar un síntoma en el diario</translation>
    </message>
    <message>
        <source>Opens a new diary entry for a symptom or side effect (shortcut: %1)</source>
        <translation>Abre una nueva entrada del diario para un síntoma o un efecto adverso (atajo: %1)</translation>
    </message>
    <message>
        <source>Log a symptom (%1)</source>
        <translation>Registrar un síntoma (%1)</translation>
    </message>
    <message>
        <source>&amp;Mood check-in…</source>
        <translation>&amp;Control del estado de ánimo…</translation>
    </message>
    <message>
        <source>Answer the mood check-in questions</source>
        <translation>Responder a las preguntas del control del estado de ánimo</translation>
    </message>
    <message>
        <source>Opens a few short questions about your mood</source>
        <translation>Abre unas breves preguntas sobre su estado de ánimo</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>Contraception</source>
        <translation>Anticoncepción</translation>
    </message>
    <message>
        <source>Set &amp;up your method…</source>
        <translation>Config&amp;urar su método…</translation>
    </message>
    <message>
        <source>Set up your contraception method</source>
        <translation>Configurar su método anticonceptivo</translation>
    </message>
    <message>
        <source>Opens a form for your method and its rhythm, for its reminders</source>
        <translation>Abre un formulario para su método y su ritmo, para sus recordatorios</translation>
    </message>
    <message>
        <source>I might be &amp;pregnant…</source>
        <translation>Puede que esté &amp;embarazada…</translation>
    </message>
    <message>
        <source>I might be pregnant or I am pregnant: what to do</source>
        <translation>Puede que esté embarazada o estoy embarazada: qué hacer</translation>
    </message>
    <message>
        <source>Opens what to do now and lets you record it</source>
        <translation>Abre qué hacer ahora y le permite registrarlo</translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <translation>Próximo: %1 — %2</translation>
    </message>
    <message>
        <source>Set up your method to get its reminders.</source>
        <translation>Configure su método para recibir sus recordatorios.</translation>
    </message>
    <message>
        <source>Day %1 after your dose. Note anything new. Trouble breathing, swelling of the face, lips, mouth, tongue or throat, or fainting: call your emergency number now.</source>
        <translation>Día %1 después de su dosis. Anote cualquier novedad. Si tiene dificultad para respirar, hinchazón de la cara, los labios, la boca, la lengua o la garganta, o se desmaya: llame ahora a su número de emergencias.</translation>
    </message>
    <message>
        <source>Your mood check-in is due.</source>
        <translation>Le toca el control del estado de ánimo.</translation>
    </message>
    <message>
        <source>No treatment plan yet. Set it up on the Schedule page (Ctrl+2): your next dose, anything overdue, and what to prepare will then be shown here.</source>
        <translation>Todavía no hay ningún plan de tratamiento. Configúrelo en la página Calendario (Ctrl+2): después se mostrarán aquí su próxima dosis, lo que esté pendiente y lo que debe preparar.</translation>
    </message>
    <message>
        <source>You gave a dose late: choose the date of your next dose.</source>
        <translation>Se administró una dosis tarde: elija la fecha de su próxima dosis.</translation>
    </message>
    <message>
        <source>%1: %2, %3. %4</source>
        <translation>%1: %2, %3. %4</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Requiere su atención</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Taken at another &amp;time…</source>
        <translation>Registrar&amp;la con otra fecha u hora…</translation>
    </message>
    <message>
        <source>Next dose</source>
        <translation>Próxima dosis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date to be given by your care team (the usual schedule: %1)</source>
        <translation>Fecha que le dará su equipo médico (según la pauta habitual: %1)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No dose planned</source>
        <translation>No hay ninguna dosis prevista</translation>
    </message>
    <message>
        <source>Treatment has stopped. Your history is kept on the Schedule page.</source>
        <translation>El tratamiento ha terminado. Su historial se conserva en la página Calendario.</translation>
    </message>
    <message>
        <source>Saved: dose #%1, planned %2, given %3</source>
        <translation>Guardado: dosis n.º %1, prevista el %2, administrada el %3</translation>
    </message>
    <message>
        <source>Today: %1&apos;s treatment</source>
        <translation>Hoy: tratamiento de %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Deshacer (%1)</translation>
    </message>
    <message>
        <source>Undoes the change described beside it (%1)</source>
        <translation>Deshace el cambio descrito al lado (%1)</translation>
    </message>
    <message>
        <source>A later change comes first: use Edit → Undo to undo it.</source>
        <translation>Hay un cambio posterior: deshágalo primero con Edición → Deshacer.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>&amp;User guide</source>
        <translation>Guía del &amp;usuario</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The guide&apos;s text; the contents at the top link to each section</source>
        <translation>El texto de la guía; el contenido del principio enlaza con cada sección</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Go to the next place it is found</source>
        <translation>Ir al siguiente lugar donde aparece</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>An&amp;terior</translation>
    </message>
    <message>
        <source>Go to the previous place it is found</source>
        <translation>Ir al lugar anterior donde aparece</translation>
    </message>
    <message>
        <source>Closes the user guide</source>
        <translation>Cierra la guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation (%1 was not found). Reinstalling the app brings it back.</source>
        <translation>La guía del usuario no está en esta instalación (no se encontró %1). Vuelva a instalar la aplicación para recuperarla.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
</context>
<context>
    <name>VaccinationsDialog</name>
    <message>
        <source>ask your care team whether it is live</source>
        <translation>pregunte a su equipo médico si es una vacuna viva</translation>
    </message>
    <message>
        <source>LIVE, within 30 days before starting or during treatment: talk to your care team</source>
        <translation>VIVA, en los 30 días antes de empezar o durante el tratamiento: hable con su equipo médico</translation>
    </message>
    <message>
        <source>care team&apos;s answer recorded</source>
        <translation>respuesta del equipo médico registrada</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vacunas</translation>
    </message>
    <message>
        <source>Live vaccines should not be given within 30 days before starting belimumab or during treatment. Check with your care team whether a vaccine is live.</source>
        <translation>No se deben administrar vacunas vivas en los 30 días anteriores al inicio del tratamiento con belimumab ni durante el tratamiento. Consulte con su equipo médico si una vacuna es viva.</translation>
    </message>
    <message>
        <source>Your vaccinations, with the live-vaccine check for each one.</source>
        <translation>Sus vacunas, con la comprobación de vacuna viva de cada una.</translation>
    </message>
    <message>
        <source>Vaccine name</source>
        <translation>Nombre de la vacuna</translation>
    </message>
    <message>
        <source>The name of the vaccine, as your care team or the pharmacy wrote it.</source>
        <translation>El nombre de la vacuna, tal como lo escribió su equipo médico o la farmacia.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The day the vaccine is planned or was given.</source>
        <translation>El día previsto para la vacuna o en que se administró.</translation>
    </message>
    <message>
        <source>Planned or received</source>
        <translation>Prevista o recibida</translation>
    </message>
    <message>
        <source>Whether the vaccine is planned or was already given.</source>
        <translation>Si la vacuna está prevista o ya se administró.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>What the care team said</source>
        <translation>Lo que dijo el equipo médico</translation>
    </message>
    <message>
        <source>What your care team said about whether this vaccine is live.</source>
        <translation>Lo que dijo su equipo médico sobre si esta vacuna es viva.</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Aún no se ha preguntado</translation>
    </message>
    <message>
        <source>Care team says it is live</source>
        <translation>El equipo médico dice que es viva</translation>
    </message>
    <message>
        <source>Care team says it is not live</source>
        <translation>El equipo médico dice que no es viva</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add this vaccine to the list.</source>
        <translation>Añadir esta vacuna a la lista.</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Eliminar la seleccionada</translation>
    </message>
    <message>
        <source>Delete the vaccine chosen in the list; you can undo it.</source>
        <translation>Eliminar la vacuna elegida en la lista; puede deshacerlo.</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Bring back the vaccine just deleted.</source>
        <translation>Recuperar la vacuna que acaba de eliminar.</translation>
    </message>
    <message>
        <source>&amp;Vaccine:</source>
        <translation>&amp;Vacuna:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Live?</source>
        <translation>¿V&amp;iva?</translation>
    </message>
    <message>
        <source>Close this window; what you added is already saved.</source>
        <translation>Cerrar esta ventana; lo que ha añadido ya está guardado.</translation>
    </message>
    <message>
        <source>%1  %2 (%3) — %4</source>
        <translation>%1  %2 (%3) — %4</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>The vaccine&apos;s name is too long: at most 120 characters.</source>
        <translation>El nombre de la vacuna es demasiado largo: como máximo 120 caracteres.</translation>
    </message>
    <message>
        <source>Enter the vaccine&apos;s name.</source>
        <translation>Introduzca el nombre de la vacuna.</translation>
    </message>
    <message>
        <source>Vaccination deleted.</source>
        <translation>Vacuna eliminada.</translation>
    </message>
</context>
<context>
    <name>WeightDialog</name>
    <message>
        <source>Record weight</source>
        <translation>Registrar el peso</translation>
    </message>
    <message>
        <source>Last recorded: %1 kg on %2.</source>
        <translation>Último registro: %1 kg el %2.</translation>
    </message>
    <message>
        <source>No weight recorded yet.</source>
        <translation>Aún no hay ningún peso registrado.</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Peso en kilogramos</translation>
    </message>
    <message>
        <source>Your weight in kilograms, with one decimal if you know it.</source>
        <translation>Su peso en kilogramos, con un decimal si lo conoce.</translation>
    </message>
    <message>
        <source>Date measured</source>
        <translation>Fecha de la medición</translation>
    </message>
    <message>
        <source>The day the weight was measured.</source>
        <translation>El día en que se midió el peso.</translation>
    </message>
    <message>
        <source>Save this weight.</source>
        <translation>Guardar este peso.</translation>
    </message>
    <message>
        <source>Close without saving.</source>
        <translation>Cerrar sin guardar.</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <source>&amp;Measured on:</source>
        <translation>&amp;Medido el:</translation>
    </message>
</context>
<context>
    <name>body_map</name>
    <message>
        <source>Right abdomen</source>
        <translation>Abdomen, lado derecho</translation>
    </message>
    <message>
        <source>Left abdomen</source>
        <translation>Abdomen, lado izquierdo</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Muslo derecho</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Muslo izquierdo</translation>
    </message>
</context>
<context>
    <name>contraception_text</name>
    <message>
        <source>Combined pill</source>
        <translation>Píldora combinada</translation>
    </message>
    <message>
        <source>Progestin-only pill</source>
        <translation>Píldora de solo progestágeno</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Parche</translation>
    </message>
    <message>
        <source>Vaginal ring</source>
        <translation>Anillo vaginal</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Implant</source>
        <translation>Implante</translation>
    </message>
    <message>
        <source>IUD (coil)</source>
        <translation>DIU (dispositivo intrauterino)</translation>
    </message>
    <message>
        <source>Barrier method (condom, diaphragm…)</source>
        <translation>Método de barrera (preservativo, diafragma…)</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Otro método</translation>
    </message>
    <message>
        <source>Start a new pack today and take the first pill</source>
        <translation>Empiece hoy un envase nuevo y tome la primera píldora</translation>
    </message>
    <message>
        <source>Take your pill</source>
        <translation>Tome su píldora</translation>
    </message>
    <message>
        <source>Put on a new patch (first week of the cycle)</source>
        <translation>Póngase un parche nuevo (primera semana del ciclo)</translation>
    </message>
    <message>
        <source>Change your patch</source>
        <translation>Cambie su parche</translation>
    </message>
    <message>
        <source>Take off your patch: your patch-free week starts</source>
        <translation>Quítese el parche: empieza su semana sin parche</translation>
    </message>
    <message>
        <source>Put in a new ring</source>
        <translation>Colóquese un anillo nuevo</translation>
    </message>
    <message>
        <source>Take out your ring: your ring-free week starts</source>
        <translation>Retírese el anillo: empieza su semana sin anillo</translation>
    </message>
    <message>
        <source>Your contraceptive injection is due</source>
        <translation>Le toca su inyección anticonceptiva</translation>
    </message>
    <message>
        <source>Book the replacement of your implant or IUD: due in 4 weeks</source>
        <translation>Pida cita para sustituir su implante o DIU: toca dentro de 4 semanas</translation>
    </message>
    <message>
        <source>Your implant or IUD is due to be replaced</source>
        <translation>Toca sustituir su implante o DIU</translation>
    </message>
    <message>
        <source>A reminder to use your contraception every time</source>
        <translation>Un recordatorio para usar su método anticonceptivo siempre</translation>
    </message>
    <message>
        <source>In two weeks, the period in which Benlysta requires contraception ends (4 months after your last dose). Your method keeps working for as long as you use it: talk with your care team about what suits you after that.</source>
        <translation>Dentro de dos semanas termina el periodo en el que Benlysta exige usar un método anticonceptivo (4 meses después de su última dosis). Su método sigue siendo eficaz mientras lo use: hable con su equipo médico sobre lo que más le conviene después.</translation>
    </message>
    <message>
        <source>The 4 months after your last Benlysta dose are over: the period in which Benlysta requires contraception has ended, and so do the reminders tied to it. Your method keeps working for as long as you use it. You can turn the module off in Settings.</source>
        <translation>Han pasado los 4 meses desde su última dosis de Benlysta: ha terminado el periodo en el que Benlysta exige usar un método anticonceptivo, y con él los recordatorios ligados a ese periodo. Su método sigue siendo eficaz mientras lo use. Puede desactivar el módulo en Configuración.</translation>
    </message>
    <message>
        <source>I might be pregnant</source>
        <translation>Puede que esté embarazada</translation>
    </message>
    <message>
        <source>I am pregnant (or had a positive test)</source>
        <translation>Estoy embarazada (o he tenido una prueba positiva)</translation>
    </message>
    <message>
        <source>I am breastfeeding or plan to</source>
        <translation>Estoy en periodo de lactancia o tengo previsto estarlo</translation>
    </message>
    <message>
        <source>combined pill</source>
        <translation>píldora combinada</translation>
    </message>
    <message>
        <source>progestin-only pill</source>
        <translation>píldora de solo progestágeno</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>parche</translation>
    </message>
    <message>
        <source>vaginal ring</source>
        <translation>anillo vaginal</translation>
    </message>
    <message>
        <source>Contraception is needed during treatment and for at least 4 months after the last dose. No treatment is recorded yet.</source>
        <translation>Es necesario usar un método anticonceptivo durante el tratamiento y durante al menos 4 meses después de la última dosis. Todavía no hay ningún tratamiento registrado.</translation>
    </message>
    <message>
        <source>Contraception is needed during treatment and for at least 4 months after your last dose. No dose is logged yet, so there is no end date.</source>
        <translation>La anticoncepción es necesaria durante el tratamiento y al menos 4 meses después de su última dosis. Aún no hay ninguna dosis registrada, así que no hay fecha de fin.</translation>
    </message>
    <message>
        <source>Contraception needed during treatment and for at least 4 months after your last dose: at present, until %1.</source>
        <translation>Método anticonceptivo necesario durante el tratamiento y durante al menos 4 meses después de su última dosis: por ahora, hasta el %1.</translation>
    </message>
    <message>
        <source>Contraception tied to Benlysta was needed until %1: that time is over.</source>
        <translation>El método anticonceptivo ligado a Benlysta era necesario hasta el %1: ese periodo ha terminado.</translation>
    </message>
    <message>
        <source>Contraception needed until %1 (4 months after your last dose on %2). That is two weeks or less from now.</source>
        <translation>Método anticonceptivo necesario hasta el %1 (4 meses después de su última dosis, el %2). Eso es dentro de dos semanas o menos.</translation>
    </message>
    <message>
        <source>Contraception needed until %1 (4 months after your last dose on %2).</source>
        <translation>Método anticonceptivo necesario hasta el %1 (4 meses después de su última dosis, el %2).</translation>
    </message>
    <message>
        <source>Follow the leaflet that came with your %1 for what to do after a missed one, and ask your pharmacist or care team if you are unsure. You may not be protected: contraception is needed while on Benlysta.</source>
        <translation>Siga el prospecto de su %1 para saber qué hacer tras un olvido y consulte a su farmacéutico o a su equipo médico si tiene dudas. Puede que no esté protegida: es necesario usar un método anticonceptivo durante el tratamiento con Benlysta.</translation>
    </message>
    <message>
        <source>Ask your care team or pharmacist what to do.</source>
        <translation>Pregunte a su equipo médico o a su farmacéutico qué hacer.</translation>
    </message>
    <message>
        <source>There are no human data on whether Benlysta passes into breast milk or affects a breastfed baby. Decide with your care team whether to breastfeed while on Benlysta.</source>
        <translation>No hay datos en humanos sobre si Benlysta pasa a la leche materna o afecta a un bebé lactante. Decida con su equipo médico si dar el pecho durante el tratamiento con Benlysta.</translation>
    </message>
    <message>
        <source>Contact your care team promptly and tell them you are on Benlysta or took it in the last 4 months. Do not stop or change your treatment on your own: decide it with them.</source>
        <translation>Póngase en contacto con su equipo médico cuanto antes e infórmeles de que está en tratamiento con Benlysta o lo ha recibido en los últimos 4 meses. No interrumpa ni cambie su tratamiento por su cuenta: decídalo con ellos.</translation>
    </message>
    <message>
        <source>Contact your care team and tell them about any medicines you have taken. Do not change your treatment on your own.</source>
        <translation>Póngase en contacto con su equipo médico e infórmeles de los medicamentos que haya tomado. No cambie su tratamiento por su cuenta.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>Belimumab Companion hit an error it did not expect. What you saved before is safe. The details below were written to the log; please include them if you report the problem.</source>
        <translation>Belimumab Companion ha encontrado un error inesperado. Lo que guardó antes está a salvo. Los detalles de abajo se han escrito en el registro; inclúyalos si informa del problema.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>Part of your data cannot be read</source>
        <translation>No se puede leer parte de sus datos</translation>
    </message>
    <message>
        <source>Your data file holds a value the app cannot read (%1). Nothing was changed. Restore a recent backup (Reports), or run &apos;belimumab-companion check&apos;.</source>
        <translation>Su archivo de datos contiene un valor que la aplicación no puede leer (%1). No se cambió nada. Restaure una copia de seguridad reciente (Informes) o ejecute «belimumab-companion check».</translation>
    </message>
</context>
<context>
    <name>dose_text</name>
    <message>
        <source>%1 mg per kg of body weight</source>
        <translation>%1 mg por kg de peso corporal</translation>
    </message>
    <message>
        <source>%1 mg (two 200 mg injections, at two sites at least 5 cm apart)</source>
        <translation>%1 mg (dos inyecciones de 200 mg, en dos zonas separadas al menos 5 cm)</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>%1 mg/kg</source>
        <translation>%1 mg/kg</translation>
    </message>
    <message>
        <source>%1 mg, 2 injections</source>
        <translation>%1 mg, 2 inyecciones</translation>
    </message>
    <message>
        <source>infusion at the clinic</source>
        <translation>infusión en el centro</translation>
    </message>
    <message>
        <source>first injection, at the clinic</source>
        <translation>primera inyección, en el centro</translation>
    </message>
    <message>
        <source>injection under the skin</source>
        <translation>inyección subcutánea</translation>
    </message>
    <message>
        <source>starting dose</source>
        <translation>dosis inicial</translation>
    </message>
    <message>
        <source>regular dose</source>
        <translation>dosis habitual</translation>
    </message>
    <message>
        <source>given</source>
        <translation>administrada</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>toca hoy</translation>
    </message>
    <message>
        <source>due now, not logged yet</source>
        <translation>toca ahora, aún no registrada</translation>
    </message>
    <message>
        <source>missed, still to give</source>
        <translation>olvidada, aún por administrar</translation>
    </message>
    <message>
        <source>missed — not to be made up</source>
        <translation>olvidada — no se recupera</translation>
    </message>
    <message>
        <source>given late</source>
        <translation>administrada con retraso</translation>
    </message>
    <message>
        <source>date to be given by your care team</source>
        <translation>fecha que le dará su equipo médico</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <source>skipped on the care team&apos;s advice</source>
        <translation>omitida por indicación del equipo médico</translation>
    </message>
    <message>
        <source>%1 (confirmed)</source>
        <translation>%1 (confirmada)</translation>
    </message>
    <message>
        <source>%1 (proposed date)</source>
        <translation>%1 (fecha propuesta)</translation>
    </message>
    <message>
        <source>lupus (SLE)</source>
        <translation>lupus (LES)</translation>
    </message>
    <message>
        <source>lupus nephritis</source>
        <translation>nefritis lúpica</translation>
    </message>
    <message>
        <source>infusion</source>
        <translation>infusión</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>inyección</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>cada %1 días</translation>
    </message>
    <message>
        <source>every %1 days (as prescribed)</source>
        <translation>cada %1 días (según lo prescrito)</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 por %2, %3</translation>
    </message>
    <message>
        <source>Date confirmed with your infusion centre.</source>
        <translation>Fecha confirmada con su centro de infusión.</translation>
    </message>
    <message>
        <source>Proposed date from the usual schedule: confirm it with your infusion centre, then enter their date on the Schedule page.</source>
        <translation>Fecha propuesta según el calendario habitual: confírmela con su centro de infusión y luego introduzca su fecha en la página Calendario.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dentro de %1 días</translation>
    </message>
    <message>
        <source>in 1 day and 1 hour</source>
        <translation>dentro de 1 día y 1 hora</translation>
    </message>
    <message>
        <source>in 1 day and %1 hours</source>
        <translation>dentro de 1 día y %1 horas</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>dentro de %1 h %2 min</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>dentro de 1 minuto</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>dentro de %1 minutos</translation>
    </message>
    <message>
        <source>Go to your infusion appointment. Tell the team how you have been since the last one.</source>
        <translation>Acuda a su cita de infusión. Cuente al equipo cómo se ha encontrado desde la última.</translation>
    </message>
    <message>
        <source>Your first injection is given at the clinic, where you are shown how. Bring your pen or syringe if the clinic asked you to.</source>
        <translation>Su primera inyección se la administran en el centro, donde le enseñan cómo hacerlo. Lleve su pluma o jeringa si el centro se lo ha pedido.</translation>
    </message>
    <message>
        <source>Take both pens or syringes out of the fridge 30 minutes before (do not warm them any other way). Inject into your abdomen (not within 5 cm of the navel) or thigh, never the upper arm.</source>
        <translation>Saque las dos plumas o jeringas del refrigerador 30 minutos antes (no las caliente de ninguna otra forma). Inyéctese en el abdomen (no a menos de 5 cm del ombligo) o en el muslo, nunca en la parte superior del brazo.</translation>
    </message>
    <message>
        <source>Take the pen or syringe out of the fridge 30 minutes before (do not warm it any other way). Inject into your abdomen (not within 5 cm of the navel) or thigh, never the upper arm.</source>
        <translation>Saque la pluma o jeringa del refrigerador 30 minutos antes (no la caliente de ninguna otra forma). Inyéctese en el abdomen (no a menos de 5 cm del ombligo) o en el muslo, nunca en la parte superior del brazo.</translation>
    </message>
    <message>
        <source>Inject as soon as you remember. Never two doses on the same day.</source>
        <translation>Inyéctese en cuanto se acuerde. Nunca dos dosis el mismo día.</translation>
    </message>
    <message>
        <source>Inject as soon as you remember, then contact your care team for the next date.</source>
        <translation>Inyéctese en cuanto se acuerde y luego póngase en contacto con su equipo médico para la próxima fecha.</translation>
    </message>
    <message>
        <source>Contact your infusion centre to book a new appointment.</source>
        <translation>Póngase en contacto con su centro de infusión para pedir una nueva cita.</translation>
    </message>
    <message>
        <source>Do not inject on your own: contact your care team, who will give you the date.</source>
        <translation>No se inyecte por su cuenta: contacte con su equipo médico, que le dará la fecha.</translation>
    </message>
    <message>
        <source>Nothing to do for this dose.</source>
        <translation>No hay nada que hacer con esta dosis.</translation>
    </message>
</context>
<context>
    <name>gui_main</name>
    <message>
        <source>%1 (demo: nothing is kept)</source>
        <translation>%1 (demostración: no se guarda nada)</translation>
    </message>
</context>
<context>
    <name>phq</name>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by the following problems?</source>
        <translation>Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Ningún día</translation>
    </message>
    <message>
        <source>Several days</source>
        <translation>Varios días</translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation>Más de la mitad de los días</translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation>Casi todos los días</translation>
    </message>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation>Poco interés o placer en hacer cosas</translation>
    </message>
    <message>
        <source>Feeling down, depressed, or hopeless</source>
        <translation>Se ha sentido decaído(a), deprimido(a) o sin esperanzas</translation>
    </message>
    <message>
        <source>Trouble falling/staying asleep, or sleeping too much</source>
        <translation>Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado</translation>
    </message>
    <message>
        <source>Feeling tired or having little energy</source>
        <translation>Se ha sentido cansado(a) o con poca energía</translation>
    </message>
    <message>
        <source>Poor appetite or overeating</source>
        <translation>Sin apetito o ha comido en exceso</translation>
    </message>
    <message>
        <source>Feeling bad about yourself — or that you are a failure or have let yourself or your family down</source>
        <translation>Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia</translation>
    </message>
    <message>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation>Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión</translation>
    </message>
    <message>
        <source>Moving or speaking so slowly that other people could have noticed, or the opposite — being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation>¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal</translation>
    </message>
    <message>
        <source>Thoughts that you would be better off dead or of hurting yourself in some way</source>
        <translation>Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera</translation>
    </message>
    <message>
        <source>Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.</source>
        <translation>Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.</translation>
    </message>
</context>
<context>
    <name>reminder_text</name>
    <message>
        <source>10 minutes</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Hasta mañana por la mañana</translation>
    </message>
    <message>
        <source>Take the pen or syringe out of the fridge</source>
        <translation>Saque la pluma o la jeringa del refrigerador</translation>
    </message>
    <message>
        <source>How is your child since the dose?</source>
        <translation>¿Cómo está su hijo o hija desde la dosis?</translation>
    </message>
    <message>
        <source>How are you since your dose?</source>
        <translation>¿Cómo se encuentra desde su dosis?</translation>
    </message>
    <message>
        <source>Contraception reminder</source>
        <translation>Recordatorio de anticoncepción</translation>
    </message>
    <message>
        <source>Ask for a new prescription</source>
        <translation>Pida una receta nueva</translation>
    </message>
    <message>
        <source>Time to order more pens</source>
        <translation>Es hora de pedir más plumas</translation>
    </message>
    <message>
        <source>Infusion appointment now</source>
        <translation>Cita de infusión ahora</translation>
    </message>
    <message>
        <source>Infusion appointment coming up</source>
        <translation>Cita de infusión próxima</translation>
    </message>
    <message>
        <source>First injection at the clinic</source>
        <translation>Primera inyección en la clínica</translation>
    </message>
    <message>
        <source>Injection coming up</source>
        <translation>Inyección próxima</translation>
    </message>
    <message>
        <source>Injection due now (given by a caregiver)</source>
        <translation>Inyección pendiente ahora (la administra un cuidador)</translation>
    </message>
    <message>
        <source>Time for your injection</source>
        <translation>Es la hora de su inyección</translation>
    </message>
    <message>
        <source>Injection at %1. Let it reach room temperature for 30 minutes; do not warm it any other way.</source>
        <translation>Inyección: %1. Deje que alcance la temperatura ambiente durante 30 minutos; no la caliente de ninguna otra forma.</translation>
    </message>
    <message>
        <source>Day %1 after the dose: note any new or worse symptoms in your child&apos;s diary.</source>
        <translation>Día %1 después de la dosis: anote en el diario de su hijo o hija cualquier síntoma nuevo o que haya empeorado.</translation>
    </message>
    <message>
        <source>Day %1 after your dose: note any new or worse symptoms in your diary.</source>
        <translation>Día %1 después de su dosis: anote en su diario cualquier síntoma nuevo o que haya empeorado.</translation>
    </message>
    <message>
        <source>No refills are left on your prescription: ask your care team for a new one, then order more pens or syringes before your dose on %1.</source>
        <translation>No quedan renovaciones en su receta: pida una nueva a su equipo médico y luego pida más plumas o jeringas antes de su dosis del %1.</translation>
    </message>
    <message>
        <source>Your pens or syringes do not cover your dose on %1: order more now.</source>
        <translation>Sus plumas o jeringas no cubren su dosis del %1: pida más ahora.</translation>
    </message>
    <message>
        <source>Pharmacy: %1, %2.</source>
        <translation>Farmacia: %1, %2.</translation>
    </message>
    <message>
        <source>Pharmacy: %1.</source>
        <translation>Farmacia: %1.</translation>
    </message>
    <message>
        <source>%1 reminders while you were away</source>
        <translation>%1 recordatorios mientras no estaba</translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
</context>
<context>
    <name>report_pdf</name>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>Generated %1 (%2)</source>
        <translation>Generado el %1 (%2)</translation>
    </message>
    <message>
        <source>lupus (SLE)</source>
        <translation>lupus (LES)</translation>
    </message>
    <message>
        <source>lupus nephritis</source>
        <translation>nefritis lúpica</translation>
    </message>
    <message>
        <source>infusion</source>
        <translation>infusión</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>inyección</translation>
    </message>
    <message>
        <source>%1 mg per kg of body weight (weight %2 kg)</source>
        <translation>%1 mg por kg de peso corporal (peso: %2 kg)</translation>
    </message>
    <message>
        <source>%1 mg per kg of body weight</source>
        <translation>%1 mg por kg de peso corporal</translation>
    </message>
    <message>
        <source>as prescribed</source>
        <translation>según lo prescrito</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>%1 mg for the first %2 doses given, then %3</source>
        <translation>%1 mg en las primeras %2 dosis administradas y después %3</translation>
    </message>
    <message>
        <source>every %1 days (as prescribed)</source>
        <translation>cada %1 días (según lo prescrito)</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>cada %1 días</translation>
    </message>
    <message>
        <source>Starting doses</source>
        <translation>Dosis iniciales</translation>
    </message>
    <message>
        <source>Regular doses</source>
        <translation>Dosis habituales</translation>
    </message>
    <message>
        <source>All doses</source>
        <translation>Todas las dosis</translation>
    </message>
    <message>
        <source>Kept the usual day; next dose %1</source>
        <translation>Se mantuvo el día habitual; próxima dosis el %1</translation>
    </message>
    <message>
        <source>Made %2 the new weekly day; next dose %1</source>
        <translation>El %2 pasó a ser el nuevo día semanal; próxima dosis el %1</translation>
    </message>
    <message>
        <source>Next dose on the date from the care team: %1</source>
        <translation>Próxima dosis en la fecha indicada por el equipo médico: %1</translation>
    </message>
    <message>
        <source>No choice recorded yet for the next dose</source>
        <translation>Aún no se ha registrado ninguna elección para la próxima dosis</translation>
    </message>
    <message>
        <source>given late</source>
        <translation>administrada con retraso</translation>
    </message>
    <message>
        <source>given early</source>
        <translation>administrada antes de tiempo</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>No hay nada registrado en este periodo.</translation>
    </message>
    <message>
        <source>Patient and treatment plan</source>
        <translation>Paciente y plan de tratamiento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>no introducido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>stopped or not started</source>
        <translation>interrumpido o no iniciado</translation>
    </message>
    <message>
        <source>Last dose given</source>
        <translation>Última dosis administrada</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>Past anaphylaxis to belimumab</source>
        <translation>Anafilaxia previa a belimumab</translation>
    </message>
    <message>
        <source>RECORDED by the patient: do not give Benlysta; contact the care team</source>
        <translation>REGISTRADA por el paciente: no administrar Benlysta; contactar con el equipo médico</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>Plan in this period</source>
        <translation>Plan en este periodo</translation>
    </message>
    <message>
        <source>No treatment plan covers this period.</source>
        <translation>Ningún plan de tratamiento abarca este periodo.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Doses missed while out of supply (no pen on hand): %1.</source>
        <translation>Dosis olvidadas por falta de suministro (sin plumas): %1.</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>No doses were due in this period (up to the generated date).</source>
        <translation>No había ninguna dosis prevista en este periodo (hasta la fecha de generación).</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Antes de tiempo</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <source>Skipped on advice</source>
        <translation>Omitida por indicación</translation>
    </message>
    <message>
        <source>Doses still to come on the generated date are not counted. On time: given on the day it was due.</source>
        <translation>No se cuentan las dosis aún pendientes en la fecha de generación. A tiempo: administrada el día previsto.</translation>
    </message>
    <message>
        <source>Doses due before %1, the day the app was set up, are counted only if they were logged; none of them counts as missed.</source>
        <translation>Las dosis previstas antes del %1, día en que se configuró la aplicación, solo se cuentan si se registraron; ninguna de ellas cuenta como olvidada.</translation>
    </message>
    <message>
        <source>Doses not given on their day, and what followed</source>
        <translation>Dosis no administradas en su día y lo que siguió</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Ninguna en este periodo.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Administrada</translation>
    </message>
    <message>
        <source>Advice shown, or choice made</source>
        <translation>Consejo mostrado o elección hecha</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Side effects and symptoms</source>
        <translation>Efectos adversos y síntomas</translation>
    </message>
    <message>
        <source>Severity over time (none, mild, moderate, severe, very severe); squares along the bottom are doses given.</source>
        <translation>Intensidad a lo largo del tiempo (ninguno, leve, moderado, intenso, muy intenso); los cuadrados de la parte inferior son las dosis administradas.</translation>
    </message>
    <message>
        <source>The chart shows %1 of the %2 symptoms: those with red flags first, then those with the most entries. The tables list every entry.</source>
        <translation>El gráfico muestra %1 de los %2 síntomas: primero los que tienen señales de alarma y después los que tienen más entradas. Las tablas enumeran todas las entradas.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Gets in the way</source>
        <translation>Le afecta</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triaje</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>After dose</source>
        <translation>Tras la dosis</translation>
    </message>
    <message>
        <source>Each red flag is circled and labelled on the chart, whatever its symptom.</source>
        <translation>En el gráfico, cada señal de alarma aparece rodeada por un círculo y con su etiqueta, sea cual sea el síntoma.</translation>
    </message>
    <message>
        <source>Red flags (%1)</source>
        <translation>Señales de alarma (%1)</translation>
    </message>
    <message>
        <source>Other entries (%1)</source>
        <translation>Otras entradas (%1)</translation>
    </message>
    <message>
        <source>Mood check-ins</source>
        <translation>Controles del estado de ánimo</translation>
    </message>
    <message>
        <source>above zero</source>
        <translation>mayor que cero</translation>
    </message>
    <message>
        <source>not asked (PHQ-2)</source>
        <translation>no se pregunta (PHQ-2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Item 9</source>
        <translation>Ítem 9</translation>
    </message>
    <message>
        <source>Contraception and pregnancy</source>
        <translation>Anticoncepción y embarazo</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>no configurado</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, desde el %2</translation>
    </message>
    <message>
        <source>Contraception module</source>
        <translation>Módulo de anticoncepción</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Window (as of the generated date)</source>
        <translation>Periodo (a la fecha de generación)</translation>
    </message>
    <message>
        <source>Reminders in this period</source>
        <translation>Recordatorios en este periodo</translation>
    </message>
    <message>
        <source>%1 marked done, %2 marked missed</source>
        <translation>%1 marcados como hechos, %2 marcados como olvidados</translation>
    </message>
    <message>
        <source>Reminders marked missed</source>
        <translation>Recordatorios marcados como olvidados</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Pregnancy and breastfeeding</source>
        <translation>Embarazo y lactancia</translation>
    </message>
    <message>
        <source>No events recorded in this period.</source>
        <translation>No hay ningún acontecimiento registrado en este periodo.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acontecimiento</translation>
    </message>
    <message>
        <source>During treatment or within 4 months of the last dose</source>
        <translation>Durante el tratamiento o en los 4 meses siguientes a la última dosis</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>Vacunas</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Live-vaccine check</source>
        <translation>Comprobación de vacuna viva</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (times in %3)</source>
        <translation>Periodo: del %1 al %2 (horas en %3)</translation>
    </message>
    <message>
        <source>Care-team report</source>
        <translation>Informe para el equipo médico</translation>
    </message>
    <message>
        <source>Recorded by the patient or their caregiver in %1.</source>
        <translation>Registrado por el paciente o su cuidador en %1.</translation>
    </message>
    <message>
        <source>Dose given</source>
        <translation>Dosis administrada</translation>
    </message>
    <message>
        <source>red flag</source>
        <translation>señal de alarma</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Señal de alarma</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>symptom groups</name>
    <message>
        <source>Stomach and gut</source>
        <translation>Estómago e intestino</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Breathing and airways</source>
        <translation>Respiración y vías respiratorias</translation>
    </message>
    <message>
        <source>Sleep and mood</source>
        <translation>Sueño y estado de ánimo</translation>
    </message>
    <message>
        <source>Head and nerves</source>
        <translation>Cabeza y nervios</translation>
    </message>
    <message>
        <source>Muscles and joints</source>
        <translation>Músculos y articulaciones</translation>
    </message>
    <message>
        <source>Injection site</source>
        <translation>Zona de inyección</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Piel</translation>
    </message>
    <message>
        <source>Infections</source>
        <translation>Infecciones</translation>
    </message>
    <message>
        <source>Immune system</source>
        <translation>Sistema inmunitario</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>Infusión</translation>
    </message>
    <message>
        <source>Brain and nerves</source>
        <translation>Cerebro y nervios</translation>
    </message>
    <message>
        <source>Most common (reported by 5 in 100 people or more in studies)</source>
        <translation>Más frecuentes (en 5 o más de cada 100 personas en los estudios)</translation>
    </message>
    <message>
        <source>Other side effects reported (these can also be signs of a delayed allergic reaction)</source>
        <translation>Otros efectos adversos notificados (también pueden ser signos de una reacción alérgica tardía)</translation>
    </message>
    <message>
        <source>Serious side effects (see Warning Signs)</source>
        <translation>Efectos adversos graves (vea «Warning Signs» en la información del medicamento, en inglés)</translation>
    </message>
</context>
<context>
    <name>symptoms</name>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>Diarrhea</source>
        <translation>Diarrea</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fiebre</translation>
    </message>
    <message>
        <source>Common cold</source>
        <translation>Resfriado común</translation>
    </message>
    <message>
        <source>Sore throat</source>
        <translation>Dolor de garganta</translation>
    </message>
    <message>
        <source>Bronchitis</source>
        <translation>Bronquitis</translation>
    </message>
    <message>
        <source>Trouble sleeping</source>
        <translation>Dificultad para dormir</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depresión</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migraña</translation>
    </message>
    <message>
        <source>Pain in arms or legs</source>
        <translation>Dolor en brazos o piernas</translation>
    </message>
    <message>
        <source>Injection-site reaction</source>
        <translation>Reacción en la zona de inyección</translation>
    </message>
    <message>
        <source>Rash</source>
        <translation>Erupción en la piel</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Picazón</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Mareo</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>Muscle pain</source>
        <translation>Dolor muscular</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>Serious infection</source>
        <translation>Infección grave</translation>
    </message>
    <message>
        <source>Allergic reaction</source>
        <translation>Reacción alérgica</translation>
    </message>
    <message>
        <source>Anaphylaxis</source>
        <translation>Anafilaxia</translation>
    </message>
    <message>
        <source>Infusion reaction</source>
        <translation>Reacción a la infusión</translation>
    </message>
    <message>
        <source>PML</source>
        <translation>LMP (leucoencefalopatía multifocal progresiva)</translation>
    </message>
    <message>
        <source>Worsening depression</source>
        <translation>Empeoramiento de la depresión</translation>
    </message>
    <message>
        <source>Suicidal thoughts</source>
        <translation>Pensamientos suicidas</translation>
    </message>
</context>
</TS>
