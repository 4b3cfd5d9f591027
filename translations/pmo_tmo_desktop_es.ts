<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="186"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="187"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="188"/>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="195"/>
        <source>— none</source>
        <translation>— ninguno</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="255"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Con %n día de retraso</numerusform>
            <numerusform>Con %n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="302"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="303"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="304"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="305"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="306"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="307"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="87"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="114"/>
        <source>Open Room</source>
        <translation>Abrir sala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="91"/>
        <source>Participants rate on their own phones. Their phones must be on the same network as this laptop: its Wi-Fi or its hotspot.</source>
        <translation>Los participantes valoran desde sus propios teléfonos. Los teléfonos deben estar en la misma red que este portátil: su Wi-Fi o su punto de acceso.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="96"/>
        <source>&amp;Address for phones:</source>
        <translation>&amp;Dirección para los teléfonos:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="99"/>
        <source>Address for phones</source>
        <translation>Dirección para los teléfonos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="128"/>
        <source>{address} — this laptop only</source>
        <translation>{address} — solo este portátil</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="130"/>
        <source>All interfaces (not recommended)</source>
        <translation>Todas las interfaces (no recomendado)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="125"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="151"/>
        <source>Planned start, counted from the beginning of the workshop (give the workshop a start time on its Set-up page for clock times)</source>
        <translation>Inicio previsto, contado desde el comienzo del taller (dé al taller una hora de inicio en su página Preparación para ver horas del reloj)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="155"/>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="157"/>
        <source>Time used so far</source>
        <translation>Tiempo empleado hasta ahora</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="169"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="170"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="171"/>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="172"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="340"/>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="173"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="174"/>
        <source>Used</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="339"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="341"/>
        <source>Minutes planned</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="342"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="346"/>
        <source>What was said and agreed; it goes into the minutes</source>
        <translation>Lo que se dijo y acordó; pasa al acta</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="96"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="97"/>
        <source>The selected item is the current one</source>
        <translation>El punto seleccionado es el actual</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="135"/>
        <source>Time left on the current item</source>
        <translation>Tiempo restante del punto actual</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="145"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="193"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="146"/>
        <source>Next item</source>
        <translation>Punto siguiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="148"/>
        <source>Previous item</source>
        <translation>Punto anterior</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="150"/>
        <source>Reset timer</source>
        <translation>Reiniciar temporizador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="151"/>
        <source>Start or pause the timer</source>
        <translation>Iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="153"/>
        <source>Make the previous item current</source>
        <translation>Convertir el punto anterior en el actual</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="155"/>
        <source>Make the next item current</source>
        <translation>Convertir el punto siguiente en el actual</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="157"/>
        <source>Start the current item&apos;s time again</source>
        <translation>Volver a empezar el tiempo del punto actual</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="166"/>
        <source>Minutes of the current item</source>
        <translation>Acta del punto actual</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="167"/>
        <source>Leaving the field or Ctrl+Enter saves it</source>
        <translation>Se guarda al salir del campo o con Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="168"/>
        <source>What was said and agreed on this item…</source>
        <translation>Lo que se dijo y acordó sobre este punto…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="193"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="193"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="196"/>
        <source>A&amp;genda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="231"/>
        <source>&amp;Minutes of this item</source>
        <translation>A&amp;cta de este punto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="251"/>
        <source>F5 starts or pauses the timer · Ctrl+Right next item · Ctrl+Left previous item · Ctrl+Enter or leaving the minutes saves them</source>
        <translation>F5 inicia o pausa el temporizador · Ctrl+Derecha punto siguiente · Ctrl+Izquierda punto anterior · Ctrl+Intro o salir del acta la guarda</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="293"/>
        <source>Items: %n</source>
        <translation>
            <numerusform>Puntos: %n</numerusform>
            <numerusform>Puntos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="293"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="355"/>
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min previsto</numerusform>
            <numerusform>%n min previstos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="328"/>
        <source>No agenda</source>
        <translation>Sin orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="329"/>
        <source>This workshop has no agenda items yet.</source>
        <translation>Este taller aún no tiene puntos en el orden del día.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="332"/>
        <source>Item {n} of {count}</source>
        <translation>Punto {n} de {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="335"/>
        <source>Presenter: {name}</source>
        <translation>Ponente: {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="357"/>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="359"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="361"/>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="363"/>
        <source>over time</source>
        <translation>tiempo excedido</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="488"/>
        <source>Edit minutes of “{item}”</source>
        <translation>Editar el acta de «{item}»</translation>
    </message>
</context>
<context>
    <name>AlignmentArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="51"/>
        <source>Alignment index</source>
        <translation>Índice de alineación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="54"/>
        <source>Findings by severity</source>
        <translation>Hallazgos por gravedad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="62"/>
        <source>PMO and TMO involvement per phase</source>
        <translation>Participación de PMO y TMO por fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="65"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="85"/>
        <source>Role load</source>
        <translation>Carga por rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="76"/>
        <source>Who takes part, phase by phase</source>
        <translation>Quién participa, fase a fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="78"/>
        <source>Share of each phase&apos;s activities where roles of both offices, of one office only, or of neither hold a letter. Touchpoints count the PMO × TMO role pairs that meet on an activity.</source>
        <translation>Proporción de actividades de cada fase en las que tienen alguna letra roles de ambas oficinas, de una sola oficina o de ninguna. Los puntos de contacto cuentan los pares de roles PMO × TMO que coinciden en una actividad.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="87"/>
        <source>Activities each role is Responsible or Accountable for; the number at the right counts every activity where it holds any letter.</source>
        <translation>Actividades de las que cada rol es Responsable o Aprobador; el número de la derecha cuenta todas las actividades en las que tiene alguna letra.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="150"/>
        <source>The alignment figures look for offices named PMO and TMO; this methodology has no {office} office.</source>
        <translation>Las cifras de alineación buscan oficinas llamadas PMO y TMO; esta metodología no tiene oficina {office}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="157"/>
        <source>The alignment figures look for offices named PMO and TMO; this methodology has neither.</source>
        <translation>Las cifras de alineación buscan oficinas llamadas PMO y TMO; esta metodología no tiene ninguna de las dos.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="169"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="172"/>
        <source>{value} of activities involve both PMO and TMO</source>
        <translation>{value} de las actividades implican tanto a PMO como a TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="176"/>
        <source>No activities yet: add some to see how PMO and TMO share them.</source>
        <translation>Todavía no hay actividades: añada algunas para ver cómo las comparten PMO y TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="181"/>
        <source>Errors: {count}</source>
        <translation>Errores: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="182"/>
        <source>Warnings: {count}</source>
        <translation>Advertencias: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="183"/>
        <source>Alignment findings: {count}</source>
        <translation>Hallazgos de alineación: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="201"/>
        <source>Joint (PMO and TMO)</source>
        <translation>Conjuntas (PMO y TMO)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="202"/>
        <source>PMO only</source>
        <translation>Solo PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="203"/>
        <source>TMO only</source>
        <translation>Solo TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="204"/>
        <source>Neither</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="214"/>
        <source>{phase}: {activities}</source>
        <translation>{phase}: {activities}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="239"/>
        <source>{phase}: {activities}, {joint} joint, {pmo} PMO only, {tmo} TMO only, {neither} with neither, {touchpoints}.</source>
        <translation>{phase}: {activities}, {joint} conjuntas, {pmo} solo PMO, {tmo} solo TMO, {neither} sin ninguna, {touchpoints}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="289"/>
        <source>{role} ({office})
Responsible: {r}
Accountable: {a}
Holds a letter in {total}</source>
        <translation>{role} ({office})
Responsable: {r}
Aprobador: {a}
Tiene alguna letra en {total}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="293"/>
        <source>{role} ({office}): Responsible {r}, Accountable {a}, a letter in {total}.</source>
        <translation>{role} ({office}): Responsable {r}, Aprobador {a}, alguna letra en {total}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="220"/>
        <source>{label}: {count} ({percent} %)</source>
        <translation>{label}: {count} ({percent} %)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="224"/>
        <source>Touchpoints: {count}</source>
        <translation>Puntos de contacto: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="234"/>
        <source>no activities</source>
        <translation>sin actividades</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="251"/>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="257"/>
        <source>Responsible (R)</source>
        <translation>Responsable (R)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="258"/>
        <source>Accountable (A)</source>
        <translation>Aprobador (A)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="270"/>
        <source>No office</source>
        <translation>Sin oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="283"/>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="284"/>
        <source>{role} ({office})
Idle: holds no letter in any activity</source>
        <translation>{role} ({office})
Inactivo: no tiene ninguna letra en ninguna actividad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="285"/>
        <source>{role} ({office}): idle, holds no letter.</source>
        <translation>{role} ({office}): inactivo, sin ninguna letra.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="287"/>
        <source>no R or A</source>
        <translation>sin R ni A</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="311"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="101"/>
        <source>Alignment of PMO and TMO</source>
        <translation>Alineación de PMO y TMO</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="38"/>
        <source>Record an amendment</source>
        <translation>Registrar una enmienda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="39"/>
        <source>This workshop is closed: the change is recorded as an amendment.</source>
        <translation>Este taller está cerrado: el cambio se registra como enmienda.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="47"/>
        <source>&amp;Why is it changed?</source>
        <translation>¿&amp;Por qué se cambia?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="50"/>
        <source>Reason for the amendment</source>
        <translation>Motivo de la enmienda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="51"/>
        <source>e.g. the minutes recorded the wrong owner</source>
        <translation>p. ej., el acta registró un responsable equivocado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="59"/>
        <source>Record Amendment</source>
        <translation>Registrar enmienda</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/app.py" line="51"/>
        <source>Something went wrong: {error}

Everything you entered before this is saved in the workspace file.</source>
        <translation>Algo ha salido mal: {error}

Todo lo que introdujo hasta ahora está guardado en el archivo del espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="128"/>
        <source>{criterion}: {low} to {high}</source>
        <translation>{criterion}: de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="151"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="154"/>
        <source>can&apos;t judge</source>
        <translation>no puedo juzgar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="156"/>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="191"/>
        <source>{value} is outside {low}–{high} for {criterion}; type a number from {low} to {high}, or {cant} if you can&apos;t judge it.</source>
        <translation>{value} está fuera de {low}–{high} en {criterion}; escriba un número de {low} a {high}, o {cant} si no puede juzgarlo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="218"/>
        <source>higher is better</source>
        <translation>cuanto más alto, mejor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="220"/>
        <source>lower is better</source>
        <translation>cuanto más bajo, mejor</translation>
    </message>
</context>
<context>
    <name>BallotStatusModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="178"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="178"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="178"/>
        <source>Ballot</source>
        <translation>Papeleta</translation>
    </message>
</context>
<context>
    <name>BallotWorkbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="205"/>
        <source>can&apos;t judge</source>
        <translation>no puedo juzgar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="206"/>
        <source>Rate each proposal on each criterion from {low} to {high}.</source>
        <translation>Valore cada propuesta en cada criterio de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="209"/>
        <source>Rate each proposal on each criterion on the scale shown in its column.</source>
        <translation>Valore cada propuesta en cada criterio con la escala indicada en su columna.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="213"/>
        <source>Leave no cell empty: type a number or choose &quot;{cant_judge}&quot;. Details: sheet {sheet}.</source>
        <translation>No deje ninguna celda vacía: escriba un número o elija «{cant_judge}». Detalles: hoja {sheet}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="217"/>
        <source>Save the file and send it back to {facilitator}.</source>
        <translation>Guarde el archivo y devuélvaselo a {facilitator}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="218"/>
        <source>Not on the scale</source>
        <translation>Fuera de la escala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="219"/>
        <source>{criterion}: enter a number from {low} to {high}, or &quot;{cant_judge}&quot;.</source>
        <translation>{criterion}: introduzca un número de {low} a {high}, o «{cant_judge}».</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="223"/>
        <source>{low}–{high}, {direction}; or &quot;{cant_judge}&quot;</source>
        <translation>{low}–{high}, {direction}; o «{cant_judge}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="224"/>
        <source>Criteria weights</source>
        <translation>Ponderaciones de los criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="225"/>
        <source>Optional, before rating: for each pair of criteria, choose which matters more and how much. Leave a pair empty if you cannot say.</source>
        <translation>Opcional, antes de valorar: para cada par de criterios, elija cuál importa más y cuánto. Deje un par vacío si no sabe decirlo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="231"/>
        <source>Criterion A</source>
        <translation>Criterio A</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="232"/>
        <source>Criterion B</source>
        <translation>Criterio B</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="233"/>
        <source>Which matters more, and how much?</source>
        <translation>¿Cuál importa más y cuánto?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="79"/>
        <source>{side} extremely more important</source>
        <translation>{side} extremadamente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="80"/>
        <source>{side} very strongly to extremely more important</source>
        <translation>{side} muy fuerte a extremadamente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="81"/>
        <source>{side} very strongly more important</source>
        <translation>{side} muy fuertemente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="82"/>
        <source>{side} strongly to very strongly more important</source>
        <translation>{side} fuerte a muy fuertemente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="83"/>
        <source>{side} strongly more important</source>
        <translation>{side} fuertemente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="84"/>
        <source>{side} moderately to strongly more important</source>
        <translation>{side} moderada a fuertemente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="85"/>
        <source>{side} moderately more important</source>
        <translation>{side} moderadamente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="86"/>
        <source>{side} equally to moderately more important</source>
        <translation>{side} entre igual y moderadamente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="88"/>
        <source>Equal</source>
        <translation>Igual de importante</translation>
    </message>
</context>
<context>
    <name>Ballots</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/ballot_xlsx_read.py" line="147"/>
        <source>{a} vs {b}: &apos;{answer}&apos; is not one of the answers offered (from &apos;{first}&apos; to &apos;{last}&apos;); choose one or leave it empty</source>
        <translation>{a} frente a {b}: &apos;{answer}&apos; no es una de las respuestas ofrecidas (de &apos;{first}&apos; a &apos;{last}&apos;); elija una o déjela vacía</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/ballot_xlsx_read.py" line="181"/>
        <source>{criterion}: the formula &apos;{formula}&apos; has no saved value; type the number, or open and save the file in a spreadsheet app</source>
        <translation>{criterion}: la fórmula &apos;{formula}&apos; no tiene valor guardado; escriba el número, o abra y guarde el archivo en una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/ballot_xlsx_read.py" line="237"/>
        <source>the ballot shows &apos;{shown}&apos; but its hidden participant id belongs to &apos;{name}&apos; (written for &apos;{written}&apos;); nothing is guessed: use the ballot exported for this participant</source>
        <translation>la papeleta muestra &apos;{shown}&apos; pero su ID de participante oculto pertenece a &apos;{name}&apos; (escrita para &apos;{written}&apos;); no se adivina nada: use la papeleta exportada para este participante</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="23"/>
        <source>Created {file} from the {template} methodology</source>
        <translation>Se ha creado {file} a partir de la metodología «{template}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="36"/>
        <source>Created the demo workspace {file}</source>
        <translation>Se ha creado el espacio de trabajo de demostración {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="55"/>
        <source>integrity check: {result}</source>
        <translation>comprobación de integridad: {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="59"/>
        <source>{n} broken references</source>
        <translation>{n} referencias rotas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="98"/>
        <source>{name} ({variant}), schema {schema}, journal {journal}</source>
        <translation>{name} ({variant}), esquema {schema}, journal {journal}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="106"/>
        <source>Team library on PostgreSQL (its integrity is the server&apos;s)</source>
        <translation>Biblioteca de equipo en PostgreSQL (su integridad depende del servidor)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="108"/>
        <source>File integrity: {result}</source>
        <translation>Integridad del archivo: {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="110"/>
        <source>{phases}, {activities}, {roles}, {cells}, {workshops} with {ratings}</source>
        <translation>{phases}, {activities}, {roles}, {cells}, {workshops} con {ratings}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="131"/>
        <source>  {phase}: {joint} joint, {pmo} PMO only, {tmo} TMO only, {touch}</source>
        <translation>  {phase}: {joint} conjuntas, {pmo} solo PMO, {tmo} solo TMO, {touch}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="192"/>
        <source>Imported {file} ({layout} layout): {roles} and {activities} added, {cells} changed</source>
        <translation>Se ha importado {file} (formato {layout}): {roles} y {activities} añadidos, {cells} modificadas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="76"/>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="26"/>
        <source>{title}: no closed round with ratings yet</source>
        <translation>{title}: todavía no hay ninguna ronda cerrada con valoraciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="32"/>
        <source>{title} — round {n}, {rated} of {total} ballots complete, {partial} started</source>
        <translation>{title} — ronda {n}, {rated} de {total} papeletas completas, {partial} iniciadas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="43"/>
        <source>This round is blind and still open: results once it is closed.</source>
        <translation>Esta ronda es a ciegas y sigue abierta: habrá resultados cuando se cierre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="67"/>
        <source>— withheld: fewer than two participants of an office rated it; the other office&apos;s figure beside it is withheld too, so that neither shows one person&apos;s rating</source>
        <translation>— oculta: menos de dos participantes de una oficina la valoraron; la cifra de la otra oficina junto a ella también se oculta, para que ninguna muestre la valoración de una sola persona</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="144"/>
        <source>preread,minutes,handbook,methodology,results</source>
        <comment>the --sections help: the names a user types, comma-separated</comment>
        <translation>secciones, separadas por comas: preread,minutes,handbook,methodology,results</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="106"/>
        <source>workshops</source>
        <translation>talleres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="125"/>
        <source>Alignment index (activities where PMO and TMO both take part): {value:.0%}</source>
        <translation>Índice de alineación (actividades en las que participan PMO y TMO): {value:.0%}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="145"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="146"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="147"/>
        <source>alignment</source>
        <translation>alineación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="152"/>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="160"/>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="95"/>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="97"/>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="51"/>
        <source>Wrote {file}</source>
        <translation>Se ha escrito {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="170"/>
        <source>Read as: {reading} ({words})</source>
        <translation>Leído como: {reading} ({words})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="177"/>
        <source>Could also be read as: {reading} ({words}); use --layout {reading}</source>
        <translation>También podría leerse como: {reading} ({words}); use --layout {reading}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="45"/>
        <source>rank  score    PMO    TMO    gap  dissent  proposal</source>
        <translation>pos.  punt.    PMO    TMO brecha  disenso  propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="61"/>
        <source>! dissent of {threshold} or more (the workshop&apos;s threshold)</source>
        <translation>! disenso de {threshold} o más (el umbral del taller)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="77"/>
        <source>Budget fit for {budget:,.0f}: {titles} (cost {cost:,.0f})</source>
        <translation>Ajuste al presupuesto de {budget:,.0f}: {titles} (coste {cost:,.0f})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="36"/>
        <source>No workshops yet.</source>
        <translation>Todavía no hay talleres.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="35"/>
        <source>PMO–TMO Desktop, headless: workspaces, checks and workshops.</source>
        <translation>PMO–TMO Desktop sin interfaz: espacios de trabajo, comprobaciones y talleres.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="41"/>
        <source>language of the output</source>
        <translation>idioma de la salida</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="217"/>
        <source>a workspace from a starter methodology</source>
        <translation>un espacio de trabajo a partir de una metodología inicial</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="222"/>
        <source>a realistic demo, with a finished workshop</source>
        <translation>una demo realista, con un taller terminado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="226"/>
        <source>check the file and report what it holds</source>
        <translation>comprobar el archivo e informar de su contenido</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="235"/>
        <source>R/A per role and phase above which a role is overloaded</source>
        <translation>R/A por rol y fase a partir de los cuales un rol está sobrecargado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="242"/>
        <source>Consulted roles per activity above which it is too many</source>
        <translation>roles Consultados por actividad a partir de los cuales son demasiados</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="248"/>
        <source>methodology and RACI from a workbook, all or nothing</source>
        <translation>metodología y RACI desde un libro de Excel, todo o nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="255"/>
        <source>also remove activities and roles the workbook lacks</source>
        <translation>eliminar también las actividades y los roles que no estén en el libro</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="261"/>
        <source>how to read a hand-made matrix: roles (role names across, letters in the cells), letters (one column per letter R, A, C, I..., role names in the cells); -flat: rows without letters are activities, not phase rows; auto (default): the first that reads</source>
        <translation>cómo leer una matriz hecha a mano: roles (nombres de roles en horizontal, letras en las celdas), letters (una columna por letra R, A, C, I…, nombres de roles en las celdas); -flat: las filas sin letras son actividades, no filas de fase; auto (por defecto): la primera lectura que funciona</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="269"/>
        <source>methodology and RACI workbook</source>
        <translation>libro de Excel de metodología y RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="117"/>
        <source>scores, ranks and PMO/TMO gaps</source>
        <translation>puntuaciones, posiciones y brechas PMO/TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="127"/>
        <source>the PDF minutes of a workshop (and its results workbook)</source>
        <translation>el acta en PDF de un taller (y su libro de resultados)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="135"/>
        <source>the whole meeting pack of a workshop</source>
        <translation>el dosier completo de la reunión de un taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="108"/>
        <source>the workshops, with ids</source>
        <translation>los talleres, con sus ID</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="82"/>
        <source>interrupted; nothing was changed</source>
        <translation>interrumpido; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="91"/>
        <source>internal error ({kind}: {error}); please report it</source>
        <translation>error interno ({kind}: {error}); por favor, notifíquelo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="70"/>
        <source>Closed workshop {id}; later corrections are recorded as amendments</source>
        <translation>Se ha cerrado el taller {id}; las correcciones posteriores se registran como enmiendas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="33"/>
        <source>Closed and revealed round {n}: {rated} of {total} ballots complete, {partial} started</source>
        <translation>Ronda {n} cerrada y revelada: {rated} de {total} papeletas completas, {partial} iniciadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="84"/>
        <source>Wrote %n ballot(s) to {folder}</source>
        <translation>
            <numerusform>%n papeleta escrita en {folder}</numerusform>
            <numerusform>%n papeletas escritas en {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="116"/>
        <source>a blank workshop set-up workbook</source>
        <translation>un libro de preparación de taller en blanco</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="123"/>
        <source>offer this workspace&apos;s offices (default PMO, TMO, Business, Vendor)</source>
        <translation>ofrecer las oficinas de este espacio de trabajo (por defecto PMO, TMO, Business, Vendor)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="131"/>
        <source>a workshop from a filled set-up workbook; prints its id</source>
        <translation>un taller a partir de un libro de preparación rellenado; muestra su ID</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="139"/>
        <source>close a workshop: its ratings, decisions and actions are frozen</source>
        <translation>cerrar un taller: sus valoraciones, decisiones y acciones quedan congeladas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="48"/>
        <source>rating rounds</source>
        <translation>rondas de valoración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="50"/>
        <source>open a new blind round; prints its number</source>
        <translation>abrir una nueva ronda a ciegas; muestra su número</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="51"/>
        <source>close the open round and reveal it</source>
        <translation>cerrar la ronda abierta y revelarla</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="144"/>
        <source>ballot workbooks</source>
        <translation>libros de papeletas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="149"/>
        <source>one ballot workbook per participant</source>
        <translation>un libro de papeleta por participante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="155"/>
        <source>filled ballots, all or nothing</source>
        <translation>papeletas rellenadas, todo o nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="35"/>
        <source>{value}: a port number from 0 to 65535 is needed</source>
        <translation>{value}: se necesita un número de puerto de 0 a 65535</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="106"/>
        <source>Room closed; every rating it accepted is saved.</source>
        <translation>Sala cerrada; todas las valoraciones que aceptó están guardadas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="129"/>
        <source>{value}: an address like http://192.168.1.20:8765 is needed</source>
        <translation>{value}: se necesita una dirección como http://192.168.1.20:8765</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="151"/>
        <source>Wrote %n name card(s) to {file} (room at {url})</source>
        <translation>
            <numerusform>%n tarjeta con nombre escrita en {file} (sala en {url})</numerusform>
            <numerusform>%n tarjetas con nombre escritas en {file} (sala en {url})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="164"/>
        <source>The room of {title} is open at {url} (room code {code})</source>
        <translation>La sala de «{title}» está abierta en {url} (código de sala {code})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="169"/>
        <source>Personal links:</source>
        <translation>Enlaces personales:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="175"/>
        <source>Press Ctrl+C to close the room.</source>
        <translation>Pulse Ctrl+C para cerrar la sala.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="199"/>
        <source>serve a workshop&apos;s room: participants rate from their own phones until Ctrl+C</source>
        <translation>abrir la sala de un taller: los participantes valoran desde sus propios teléfonos hasta pulsar Ctrl+C</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="208"/>
        <source>&apos;%(prog)s cards&apos; prints a name card for each participant: their personal link as a QR code and as text, and their personal code (see &apos;%(prog)s cards --help&apos;).</source>
        <translation>«%(prog)s cards» genera una tarjeta identificativa para cada participante: su enlace personal como código QR y como texto, y su código personal (véase «%(prog)s cards --help»).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="215"/>
        <source>a PDF of name cards: each participant&apos;s personal link as a QR code and as text, and their personal code</source>
        <translation>un PDF de tarjetas identificativas: el enlace personal de cada participante como código QR y como texto, y su código personal</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="229"/>
        <source>the room&apos;s address as phones reach it, http://IP:PORT (default: this machine&apos;s network address and port {port})</source>
        <translation>la dirección de la sala a la que se conectan los teléfonos, http://IP:PUERTO (por defecto: la dirección de red de este equipo y el puerto {port})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="242"/>
        <source>the address to listen on (default 127.0.0.1)</source>
        <translation>la dirección en la que escuchar (por defecto 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="249"/>
        <source>the port (default {port}; 0 picks a free one)</source>
        <translation>el puerto (por defecto {port}; 0 elige uno libre)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="257"/>
        <source>claiming a name asks for the personal code of the name cards (default: as the workshop&apos;s room was last set)</source>
        <translation>elegir un nombre pide el código personal de las tarjetas identificativas (predeterminado: como se configuró la sala del taller por última vez)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="267"/>
        <source>participants&apos; pages show the presenter&apos;s ranking once a round is revealed (default: as the workshop&apos;s room was last set; off for a new room)</source>
        <translation>las páginas de los participantes muestran la clasificación de la vista de presentación una vez revelada una ronda (predeterminado: como se configuró la sala del taller por última vez; desactivado en una sala nueva)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="276"/>
        <source>first line: the address, room code and personal links as JSON</source>
        <translation>primera línea: la dirección, el código de sala y los enlaces personales en JSON</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="29"/>
        <source>no comparisons yet</source>
        <translation>todavía no hay comparaciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="34"/>
        <source>— withheld: fewer than two participants of an office compared the criteria, or they would be one person&apos;s judgements</source>
        <translation>— oculto: menos de dos participantes de una oficina compararon los criterios; de lo contrario serían los juicios de una sola persona</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="41"/>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="64"/>
        <source>pairs not compared: {n}</source>
        <translation>pares sin comparar: {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="46"/>
        <source>no weights yet: {names} not linked to the other criteria</source>
        <translation>todavía no hay ponderaciones: {names} sin conexión con los demás criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="56"/>
        <source>consistency ratio {cr}</source>
        <translation>razón de consistencia {cr}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="62"/>
        <source>most inconsistent: {a} vs {b}</source>
        <translation>mayor inconsistencia: {a} frente a {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="79"/>
        <source>group weights adopted {when}</source>
        <translation>ponderaciones del grupo, adoptadas el {when}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="83"/>
        <source>the criteria&apos;s set weights</source>
        <translation>las ponderaciones fijadas de los criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="85"/>
        <source>{title} — pairwise criterion weights; in force: {force}</source>
        <translation>{title} — ponderaciones de los criterios por comparación por pares; en vigor: {force}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="91"/>
        <source>Group ({n} compared)</source>
        <translation>Grupo ({n} han comparado)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="95"/>
        <source>{office} ({n} compared)</source>
        <translation>{office} ({n} han comparado)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="102"/>
        <source>Participant {n}</source>
        <translation>Participante {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="113"/>
        <source>pairwise (AHP) criterion weights and their consistency</source>
        <translation>ponderaciones de los criterios por comparación por pares (AHP) y su consistencia</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="36"/>
        <source>the budget must be an amount of 0 or more, not &apos;{value}&apos;</source>
        <translation>el presupuesto debe ser un importe de 0 o más, no &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="51"/>
        <source>draws must be a whole number of 0 or more, not &apos;{value}&apos;</source>
        <translation>el número de extracciones debe ser un número entero de 0 o más, no &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="133"/>
        <source>{title} — round {n}: what to fund</source>
        <translation>{title} — ronda {n}: qué financiar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="139"/>
        <source>No budget set: {spent} spent; total score {score}</source>
        <translation>Sin presupuesto: {spent} gastados; puntuación total {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="145"/>
        <source>Budget {budget}: {spent} spent, {left} left; total score {score}</source>
        <translation>Presupuesto {budget}: {spent} gastados, {left} restantes; puntuación total {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="157"/>
        <source>{resource}: {used} of {limit} used</source>
        <translation>{resource}: {used} de {limit} usados</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="158"/>
        <source>Second resource</source>
        <translation>Segundo recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="171"/>
        <source>Funded: {n} of {m} proposals</source>
        <translation>Financiadas: {n} de {m} propuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="175"/>
        <source>score</source>
        <translation>punt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="175"/>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="185"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="199"/>
        <source>joint</source>
        <translation>conjunta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="204"/>
        <source>What the PMO alone, the TMO alone and both together would fund</source>
        <translation>Lo que financiarían la PMO sola, la TMO sola y ambas juntas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="208"/>
        <source>proposal</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="211"/>
        <source>only PMO</source>
        <translation>solo PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="212"/>
        <source>only TMO</source>
        <translation>solo TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="234"/>
        <source>total score</source>
        <translation>puntuación total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="238"/>
        <source>— withheld: fewer than two participants of an office rated it; such a figure counts as not rated in that office&apos;s set, and an office with no figure shown has no set</source>
        <translation>— oculta: menos de dos participantes de una oficina la valoraron; esa cifra cuenta como no valorada en la selección de esa oficina, y una oficina sin ninguna cifra mostrada no tiene selección</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="252"/>
        <source>Frontier: the rules cannot hold at any budget</source>
        <translation>Frontera eficiente: las reglas no pueden cumplirse con ningún presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="256"/>
        <source>budget</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="257"/>
        <source>best score</source>
        <translation>mejor puntuación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="258"/>
        <source>rank order</source>
        <translation>orden de clasificación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="263"/>
        <source>Frontier: the best total score at each budget, beside funding strictly in rank order</source>
        <translation>Frontera eficiente: la mejor puntuación total con cada presupuesto, junto a la financiación estrictamente por orden de clasificación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="268"/>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="282"/>
        <source>{n} of {m} budgets shown; --json lists every one</source>
        <translation>{n} de {m} presupuestos mostrados; --json los enumera todos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="295"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="306"/>
        <source>criterion</source>
        <translation>criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="307"/>
        <source>weight</source>
        <translation>ponderación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="308"/>
        <source>top-ranked stays</source>
        <translation>primera posición sin cambios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="309"/>
        <source>funded set stays</source>
        <translation>selección financiada sin cambios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="313"/>
        <source>Sensitivity: the weights within which each criterion leaves the decision as it is (the other weights unchanged)</source>
        <translation>Sensibilidad: las ponderaciones dentro de las cuales cada criterio deja la decisión como está (con las demás ponderaciones sin cambios)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="327"/>
        <source>— no funded set: the rules cannot hold</source>
        <translation>— ninguna selección financiada: las reglas no pueden cumplirse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="341"/>
        <source>Probability funded: how often each proposal is funded in {n} random draws of the weights around the agreed ones (• funded now)</source>
        <translation>Probabilidad de financiación: con qué frecuencia se financia cada propuesta en {n} extracciones aleatorias de las ponderaciones en torno a las acordadas (• financiada ahora)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="387"/>
        <source>what to fund under the budget and the funding rules, what each office alone would fund, the frontier and the decision&apos;s sensitivity</source>
        <translation>qué financiar con el presupuesto y las reglas de financiación, qué financiaría cada oficina por sí sola, la frontera eficiente y la sensibilidad de la decisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="400"/>
        <source>decide under this budget instead of the workshop&apos;s</source>
        <translation>decidir con este presupuesto en lugar del del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="407"/>
        <source>random weight draws for the probability of funding (0: leave it out)</source>
        <translation>extracciones aleatorias de ponderaciones para la probabilidad de financiación (0: omitirla)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/library.py" line="20"/>
        <source>Password for {url}: </source>
        <translation>Contraseña para {url}: </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/library.py" line="40"/>
        <source>Copied {source} to {target}: {records}</source>
        <translation>{source} copiado a {target}: {records}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/library.py" line="55"/>
        <source>copy a whole workspace between a file and a team library (postgresql://…), either way; the target must be new or an empty database</source>
        <translation>copiar un espacio de trabajo completo entre un archivo y una biblioteca de equipo (postgresql://…), en ambos sentidos; el destino debe ser nuevo o una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="20"/>
        <source>Checked out workshop {id} &apos;{title}&apos; to {file}; it is read-only in the library until it is checked in</source>
        <translation>Taller {id} «{title}» extraído a {file}; es de solo lectura en la biblioteca hasta que se reintegre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="35"/>
        <source>Checked in workshop {id} &apos;{title}&apos; from {file}: {records}</source>
        <translation>Taller {id} «{title}» reintegrado desde {file}: {records}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="51"/>
        <source>Released workshop {id} &apos;{title}&apos; (checked out to {file} by {who}); what was done in that file stays there</source>
        <translation>Taller {id} «{title}» liberado (extraído a {file} por {who}); lo hecho en ese archivo se queda allí</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="66"/>
        <source>copy a workshop with its methodology into a new file for a session offline; read-only in the library until it is checked in</source>
        <translation>copiar un taller con su metodología a un archivo nuevo para una sesión sin conexión; de solo lectura en la biblioteca hasta que se reintegre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="79"/>
        <source>bring a checked-out workshop back from its file, in one transaction, and release it</source>
        <translation>reintegrar un taller extraído desde su archivo, en una sola transacción, y liberarlo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="90"/>
        <source>refuse the file unless it holds this workshop</source>
        <translation>rechazar el archivo si no contiene este taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="96"/>
        <source>release a checked-out workshop without its file (a lost file); what was done in the file is not brought back</source>
        <translation>liberar un taller extraído sin su archivo (archivo perdido); lo hecho en el archivo no se reintegra</translation>
    </message>
</context>
<context>
    <name>CopySetupDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="28"/>
        <source>Copy from an earlier workshop</source>
        <translation>Copiar de un taller anterior</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="30"/>
        <source>Workshop to copy from</source>
        <translation>Taller del que copiar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="33"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="35"/>
        <source>&amp;Participants, with their offices</source>
        <translation>&amp;Participantes, con sus oficinas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="36"/>
        <source>&amp;Criteria, with weights, directions and scales</source>
        <translation>&amp;Criterios, con ponderaciones, sentidos y escalas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="40"/>
        <source>Names this workshop already has are left as they are.</source>
        <translation>Los nombres que este taller ya tiene se dejan como están.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="43"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="49"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="42"/>
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n fase</numerusform>
            <numerusform>%n fases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="43"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="44"/>
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n entregable</numerusform>
            <numerusform>%n entregables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="45"/>
        <source>%n gate(s), review(s) or sign-off(s)</source>
        <translation>
            <numerusform>%n puerta de fase, revisión o aprobación</numerusform>
            <numerusform>%n puertas de fase, revisiones y aprobaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="46"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rol</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="47"/>
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n oficina</numerusform>
            <numerusform>%n oficinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="48"/>
        <source>%n RACI letter(s)</source>
        <translation>
            <numerusform>%n letra RACI</numerusform>
            <numerusform>%n letras RACI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="49"/>
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n celda</numerusform>
            <numerusform>%n celdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="50"/>
        <source>%n filled cell(s)</source>
        <translation>
            <numerusform>%n celda rellena</numerusform>
            <numerusform>%n celdas rellenas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="51"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n taller</numerusform>
            <numerusform>%n talleres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="52"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valoración</numerusform>
            <numerusform>%n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="53"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="54"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n propuesta</numerusform>
            <numerusform>%n propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="55"/>
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n punto de contacto</numerusform>
            <numerusform>%n puntos de contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="56"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="275"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="276"/>
        <source>Weight</source>
        <translation>Ponderación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="277"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="278"/>
        <source>Scale from</source>
        <translation>Escala desde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="279"/>
        <source>Scale to</source>
        <translation>Escala hasta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="280"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="286"/>
        <source>How much the criterion counts in the weighted score</source>
        <translation>Cuánto cuenta el criterio en la puntuación ponderada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="287"/>
        <source>Lower is better for costs and risks: a low rating scores high</source>
        <translation>Más bajo es mejor para costes y riesgos: una valoración baja puntúa alto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="288"/>
        <source>The lowest rating a participant can give</source>
        <translation>La valoración más baja que puede dar un participante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="289"/>
        <source>The highest rating a participant can give</source>
        <translation>La valoración más alta que puede dar un participante</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="16"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="17"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="18"/>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="19"/>
        <source>Needs information</source>
        <translation>Falta información</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="87"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="122"/>
        <source>&amp;Approve</source>
        <translation>Apro&amp;bar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="123"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="124"/>
        <source>&amp;Defer</source>
        <translation>A&amp;plazar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="125"/>
        <source>&amp;Needs information</source>
        <translation>Falta i&amp;nformación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="126"/>
        <source>N&amp;o decision</source>
        <translation>Sin &amp;decisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="141"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="144"/>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="146"/>
        <source>Leaving the field or Ctrl+Enter saves it</source>
        <translation>Se guarda al salir del campo o con Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="153"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="159"/>
        <source>F2 edits the current cell, Insert adds an action, Delete deletes it</source>
        <translation>F2 edita la celda actual, Insert añade una acción, Supr la elimina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="229"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="173"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="184"/>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="177"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="187"/>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="185"/>
        <source>Add an action for the selected proposal (Ins)</source>
        <translation>Añadir una acción para la propuesta seleccionada (Ins)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="188"/>
        <source>Delete the selected action (Del)</source>
        <translation>Eliminar la acción seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="195"/>
        <source>This workshop is closed. Changes are recorded as amendments with a reason.</source>
        <translation>Este taller está cerrado. Los cambios se registran como enmiendas con un motivo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="199"/>
        <source>Amendments</source>
        <translation>Enmiendas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="205"/>
        <source>A&amp;mendments</source>
        <translation>&amp;Enmiendas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="241"/>
        <source>&amp;Proposals</source>
        <translation>Pr&amp;opuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="253"/>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="257"/>
        <source>Ra&amp;tionale</source>
        <translation>&amp;Justificación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="258"/>
        <source>&amp;Conditions</source>
        <translation>&amp;Condiciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="274"/>
        <source>Action &amp;items</source>
        <translation>Acc&amp;iones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="285"/>
        <source>Ctrl+Enter or leaving a field saves it · Ins adds an action for the proposal · F2 edits a cell · Del deletes the action</source>
        <translation>Ctrl+Intro o salir de un campo lo guarda · Ins añade una acción para la propuesta · F2 edita una celda · Supr elimina la acción</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="54"/>
        <source>Actions: %n</source>
        <translation>
            <numerusform>Acciones: %n</numerusform>
            <numerusform>Acciones: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="55"/>
        <source>not done: %n</source>
        <translation>
            <numerusform>sin completar: %n</numerusform>
            <numerusform>sin completar: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="60"/>
        <source>overdue: %n</source>
        <translation>
            <numerusform>vencidas: %n</numerusform>
            <numerusform>vencidas: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="70"/>
        <source>{when} · {what} · {why}</source>
        <translation>{when} · {what} · {why}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="75"/>
        <source>Recorded by {who}</source>
        <translation>Registrada por {who}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="395"/>
        <source>A&amp;mendments (%n)</source>
        <translation>
            <numerusform>En&amp;miendas (%n)</numerusform>
            <numerusform>En&amp;miendas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="420"/>
        <source>Choose a decision first, then record why.</source>
        <translation>Elija primero una decisión y después indique el motivo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="426"/>
        <source>No proposals in this workshop</source>
        <translation>No hay propuestas en este taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="440"/>
        <source>Decision: {decision}</source>
        <translation>Decisión: {decision}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="23"/>
        <source>Sponsor: {name}</source>
        <translation>Patrocinador: {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="29"/>
        <source>Cost: {cost}</source>
        <translation>Coste: {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="35"/>
        <source>Benefit: {benefit}</source>
        <translation>Beneficio: {benefit}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="41"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="45"/>
        <source>decided {when}</source>
        <translation>decidida el {when}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="94"/>
        <source>Withdraw decision on “{proposal}”</source>
        <translation>Retirar la decisión sobre «{proposal}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="106"/>
        <source>Decide “{proposal}”: {decision}</source>
        <translation>Decidir «{proposal}»: {decision}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="123"/>
        <source>Decision on “{proposal}”: {old} → {new}</source>
        <translation>Decisión sobre «{proposal}»: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="132"/>
        <source>Amend decision on “{proposal}”</source>
        <translation>Enmendar la decisión sobre «{proposal}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="158"/>
        <source>Edit rationale and conditions of “{proposal}”</source>
        <translation>Editar la justificación y las condiciones de «{proposal}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="162"/>
        <source>Edit rationale of “{proposal}”</source>
        <translation>Editar la justificación de «{proposal}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="164"/>
        <source>Edit conditions of “{proposal}”</source>
        <translation>Editar las condiciones de «{proposal}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="191"/>
        <source>Edit action text</source>
        <translation>Editar el texto de la acción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="192"/>
        <source>Change action owner</source>
        <translation>Cambiar el responsable de la acción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="193"/>
        <source>Change action due date</source>
        <translation>Cambiar la fecha límite de la acción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="194"/>
        <source>Change action status</source>
        <translation>Cambiar el estado de la acción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="195"/>
        <source>Link action to a proposal</source>
        <translation>Vincular la acción a una propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="196"/>
        <source>Link action to an agenda item</source>
        <translation>Vincular la acción a un punto del orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="208"/>
        <source>{change}: “{action}”</source>
        <translation>{change}: «{action}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="227"/>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="244"/>
        <source>Delete action “{action}”</source>
        <translation>Eliminar la acción «{action}»</translation>
    </message>
</context>
<context>
    <name>DiscardRoundDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="187"/>
        <source>Discard round</source>
        <translation>Descartar ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="197"/>
        <source>A backup is taken first; File → Restore Backup brings the round back. The discard is recorded with its reason and cannot be undone with Undo.</source>
        <translation>Antes se hace una copia de seguridad; Archivo → Restaurar copia de seguridad recupera la ronda. El descarte se registra con su motivo y no se puede deshacer con Deshacer.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="202"/>
        <source>&amp;Why is it discarded?</source>
        <translation>¿&amp;Por qué se descarta?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="205"/>
        <source>Reason for discarding the round</source>
        <translation>Motivo para descartar la ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="206"/>
        <source>e.g. opened by mistake before the briefing</source>
        <translation>p. ej., abierta por error antes de las instrucciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="212"/>
        <source>Discard Round</source>
        <translation>Descartar ronda</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_editors.py" line="165"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_editors.py" line="168"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_editors.py" line="170"/>
        <source>Up/Down change the date, Alt+Down opens the calendar, Delete empties it</source>
        <translation>Arriba/Abajo cambian la fecha, Alt+Abajo abre el calendario, Supr la vacía</translation>
    </message>
</context>
<context>
    <name>EmptyWorkshops</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="68"/>
        <source>No workshops yet</source>
        <translation>Aún no hay talleres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="75"/>
        <source>In a workshop the PMO and the TMO rate project proposals together, see where they disagree and decide. Make one here, then add its participants, criteria and proposals on its Set-up page — or fill a set-up workbook in Excel and bring it in.</source>
        <translation>En un taller, la PMO y la TMO valoran juntas propuestas de proyecto, ven dónde discrepan y deciden. Cree uno aquí y añada sus participantes, criterios y propuestas en su página Preparación, o rellene un libro de preparación en Excel e impórtelo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="82"/>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="84"/>
        <source>New from a Set-up &amp;Workbook…</source>
        <translation>Nuevo desde un &amp;libro de preparación…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="85"/>
        <source>Save a &amp;Blank Set-up Workbook…</source>
        <translation>Guardar un libro de preparación en &amp;blanco…</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="129"/>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="170"/>
        <source>{message}

Open a copy of that backup? The damaged file stays as it is.</source>
        <translation>{message}

¿Abrir una copia de esa copia de seguridad? El archivo dañado se queda como está.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="172"/>
        <source>Open Backup Copy</source>
        <translation>Abrir copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="196"/>
        <source>Opened {file}</source>
        <translation>Se ha abierto {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="255"/>
        <source>Restored {file}</source>
        <translation>Se ha restaurado {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="279"/>
        <source>Exported to {file}</source>
        <translation>Exportado a {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="301"/>
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="311"/>
        <source>Backup failed: {error}</source>
        <translation>Error en la copia de seguridad: {error}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="315"/>
        <source>Backed up to {file}</source>
        <translation>Copia de seguridad guardada en {file}</translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="44"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="68"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="48"/>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="66"/>
        <source>Wrote {file}</source>
        <translation>{file} escrito</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="69"/>
        <source>Open {file}</source>
        <translation>Abrir {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="78"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="80"/>
        <source>Open the folder {folder}</source>
        <translation>Abrir la carpeta {folder}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="102"/>
        <source>The system could not open {path}; it is there, open it from your file manager.</source>
        <translation>El sistema no pudo abrir {path}; el archivo está ahí, ábralo desde su explorador de archivos.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="32"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="33"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="34"/>
        <source>%n alignment finding(s)</source>
        <translation>
            <numerusform>%n hallazgo de alineación</numerusform>
            <numerusform>%n hallazgos de alineación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="41"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="42"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="43"/>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="49"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="51"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="57"/>
        <source>Findings of the methodology check</source>
        <translation>Hallazgos de la comprobación de la metodología</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="80"/>
        <source>&lt;b&gt;Check:&lt;/b&gt; checking…</source>
        <translation>&lt;b&gt;Comprobación:&lt;/b&gt; en curso…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="87"/>
        <source>&lt;b&gt;Check:&lt;/b&gt; no findings — every activity has one Accountable, and PMO and TMO work is integrated.</source>
        <translation>&lt;b&gt;Comprobación:&lt;/b&gt; sin hallazgos — cada actividad tiene un Aprobador, y el trabajo de PMO y TMO está integrado.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="93"/>
        <source>&lt;b&gt;Check:&lt;/b&gt; {counts}</source>
        <translation>&lt;b&gt;Comprobación:&lt;/b&gt; {counts}</translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="83"/>
        <source>From a budget of {budget}: total score {score}, {count} funded.</source>
        <translation>A partir de un presupuesto de {budget}: puntuación total {score}, {count} financiadas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="174"/>
        <source>Best set from a budget of {budget}: total score {score}</source>
        <translation>Mejor selección a partir de un presupuesto de {budget}: puntuación total {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="178"/>
        <source>In rank order, cost {budget}: total score {score}</source>
        <translation>Por orden de clasificación, coste {budget}: puntuación total {score}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="184"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="186"/>
        <source>Nothing funded</source>
        <translation>Nada financiado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="325"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="332"/>
        <source>Total score</source>
        <translation>Puntuación total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="338"/>
        <source>Best set for each budget</source>
        <translation>Mejor selección para cada presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="339"/>
        <source>Funding in rank order</source>
        <translation>Financiación por orden de clasificación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="345"/>
        <source>Budget {budget}</source>
        <translation>Presupuesto {budget}</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="41"/>
        <source> ({reason})</source>
        <translation> ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="45"/>
        <source>the budget of {budget}</source>
        <translation>el presupuesto de {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="47"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="70"/>
        <source>the second resource</source>
        <translation>el segundo recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="48"/>
        <source>the limit of {limit} on {resource}</source>
        <translation>el límite de {limit} para {resource}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="52"/>
        <source>&apos;{proposal}&apos; requires &apos;{other}&apos;</source>
        <translation>&apos;{proposal}&apos; requiere &apos;{other}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="56"/>
        <source>&apos;{proposal}&apos; must be funded</source>
        <translation>&apos;{proposal}&apos; debe financiarse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="60"/>
        <source>&apos;{proposal}&apos; must not be funded</source>
        <translation>&apos;{proposal}&apos; no debe financiarse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="65"/>
        <source>at most {limit} of group &apos;{group}&apos; may be funded ({titles})</source>
        <translation>el grupo &apos;{group}&apos; limita la financiación a {limit} de sus propuestas ({titles})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="72"/>
        <source>&apos;{proposal}&apos; has no cost, so it is funded only as a must</source>
        <translation>&apos;{proposal}&apos; no tiene coste, así que solo se financia con financiación obligatoria</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="84"/>
        <source>The funding rules cannot all hold, so nothing is funded. These conflict:</source>
        <translation>Las reglas de financiación no pueden cumplirse todas a la vez, así que no se financia nada. Están en conflicto:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="91"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="92"/>
        <source>Funded as a must without a cost (counted as 0 in the total): {titles}</source>
        <translation>Financiadas por financiación obligatoria sin coste (cuentan como 0 en el total): {titles}</translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/gap_view.py" line="155"/>
        <source>{proposal}: PMO {pmo}, TMO {tmo}</source>
        <translation>{proposal}: PMO {pmo}, TMO {tmo}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/gap_view.py" line="162"/>
        <source>{proposal} · {criterion}: PMO {pmo}, TMO {tmo}</source>
        <translation>{proposal} · {criterion}: PMO {pmo}, TMO {tmo}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/gap_view.py" line="178"/>
        <source>Overall</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/formatting.py" line="44"/>
        <source>Withheld for privacy: fewer than two participants of an office rated it; the other office&apos;s figure is withheld with it, so that neither shows one person&apos;s rating.</source>
        <translation>Oculta por privacidad: menos de dos participantes de una oficina dieron una valoración; la cifra de la otra oficina se oculta con ella, para que ninguna muestre la valoración de una sola persona.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/gap_view.py" line="55"/>
        <source>PMO rates higher&amp;nbsp;{pmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; TMO rates higher&amp;nbsp;{tmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; The stronger the colour, the larger the gap: full colour at {top} points, the largest gap shown.</source>
        <translation>La PMO valora más alto&amp;nbsp;{pmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; La TMO valora más alto&amp;nbsp;{tmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; Cuanto más intenso el color, mayor la brecha: color pleno a {top} puntos, la mayor brecha mostrada.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="155"/>
        <source>Ctrl+Space / Shift+Space</source>
        <translation>Ctrl+Espacio / Mayús+Espacio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="153"/>
        <source>Select the current role&apos;s column (Ctrl+Space) or activity&apos;s row (Shift+Space)</source>
        <translation>Seleccionar la columna del rol actual (Ctrl+Espacio) o la fila de la actividad (Mayús+Espacio)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="170"/>
        <source>More keys, and every menu command that has one</source>
        <translation>Más teclas, y cada orden de menú que tiene una</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="44"/>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="47"/>
        <source>Getting started guide</source>
        <translation>Guía de primeros pasos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="63"/>
        <source>What the app is for</source>
        <translation>Para qué sirve la aplicación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="64"/>
        <source>The five areas</source>
        <translation>Las cinco áreas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="65"/>
        <source>Keyboard essentials</source>
        <translation>Lo esencial del teclado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="66"/>
        <source>How a workshop runs</source>
        <translation>Cómo se desarrolla un taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="67"/>
        <source>Rating from phones: the room</source>
        <translation>Valorar desde el teléfono: la sala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="68"/>
        <source>How the scores are computed</source>
        <translation>Cómo se calculan las puntuaciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="69"/>
        <source>Where your data lives</source>
        <translation>Dónde se guardan sus datos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="76"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="81"/>
        <source>&lt;p&gt;Most organisations have a &lt;b&gt;Project Management Office (PMO)&lt;/b&gt; that owns the delivery method. The technical side — architects, technical managers, consultants, design and configuration specialists — deserves the same: a &lt;b&gt;Technical Management Office (TMO)&lt;/b&gt;, beside the PMO or inside it.&lt;/p&gt;&lt;p&gt;PMO–TMO Desktop helps the two offices agree on &lt;b&gt;one common methodology&lt;/b&gt; that covers the management &lt;i&gt;and&lt;/i&gt; the technical work, with the roles, deliverables, gates and sign-offs of both, so that each office knows the other&apos;s duties. With it both offices also &lt;b&gt;assess project proposals together&lt;/b&gt; in workshops: they rate, see where they disagree, decide and record the actions.&lt;/p&gt;&lt;p&gt;It works offline, on your laptop. Nothing is ever sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La mayoría de las organizaciones tienen una &lt;b&gt;Oficina de Gestión de Proyectos (PMO)&lt;/b&gt; responsable del método de entrega. La parte técnica — arquitectos, responsables técnicos, consultores, especialistas en diseño y configuración — merece lo mismo: una &lt;b&gt;Oficina de Gestión Técnica (TMO)&lt;/b&gt;, junto a la PMO o dentro de ella.&lt;/p&gt;&lt;p&gt;PMO–TMO Desktop ayuda a ambas oficinas a acordar &lt;b&gt;una metodología común&lt;/b&gt; que abarque la gestión &lt;i&gt;y&lt;/i&gt; el trabajo técnico, con los roles, entregables, puertas de fase y aprobaciones de ambas, para que cada oficina conozca las obligaciones de la otra. Con ella, ambas oficinas también &lt;b&gt;evalúan juntas las propuestas de proyecto&lt;/b&gt; en talleres: valoran, ven en qué discrepan, deciden y registran las acciones.&lt;/p&gt;&lt;p&gt;Funciona sin conexión, en su portátil. Nunca se envía nada a ningún sitio.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="95"/>
        <source>&lt;p&gt;Once a workspace is open, the list on the left leads to five areas:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Methodology&lt;/td&gt;&lt;td&gt;Phases, their activities (management, technical or governance work, owned by an office), deliverables and the gates, reviews and sign-offs that control them — with a form for every property.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;RACI matrix&lt;/td&gt;&lt;td&gt;Who is Responsible, Accountable, Consulted or Informed for each activity. The findings below the grid are checked again with every edit: a missing or double Accountable, overloaded or idle roles, technical work without a TMO owner, gates only one office signs.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Roles &amp;amp; offices&lt;/td&gt;&lt;td&gt;The offices (PMO, TMO, Business, Vendor, …) with their colours, and the roles that belong to them.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Alignment&lt;/td&gt;&lt;td&gt;Per phase, the activities where PMO and TMO work together, alone or not at all, and the load each role carries.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Workshops&lt;/td&gt;&lt;td&gt;The joint workshops: set-up, agenda, rating, results with the PMO-vs-TMO gap view, and decisions and actions.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Con un espacio de trabajo abierto, la lista de la izquierda lleva a cinco áreas:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Metodología&lt;/td&gt;&lt;td&gt;Las fases, sus actividades (trabajo de gestión, técnico o de gobernanza, a cargo de una oficina), los entregables y las puertas de fase, revisiones y aprobaciones que los controlan — con un formulario para cada propiedad.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Matriz RACI&lt;/td&gt;&lt;td&gt;Quién es Responsable, Aprobador, Consultado o Informado en cada actividad. Los hallazgos bajo la cuadrícula se vuelven a comprobar con cada cambio: un Aprobador que falta o duplicado, roles sobrecargados o inactivos, trabajo técnico sin responsable de la TMO, puertas de fase que solo firma una oficina.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Roles &amp;amp; oficinas&lt;/td&gt;&lt;td&gt;Las oficinas (PMO, TMO, Business, Vendor, …) con sus colores, y los roles que pertenecen a ellas.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Alineación&lt;/td&gt;&lt;td&gt;Por fase, las actividades en las que PMO y TMO trabajan juntas, por separado o en ninguna, y la carga que lleva cada rol.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Talleres&lt;/td&gt;&lt;td&gt;Los talleres conjuntos: preparación, orden del día, valoración, resultados con la vista de brechas PMO frente a TMO, y decisiones y acciones.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="115"/>
        <source>&lt;p&gt;Everything done in the room can be done from the keyboard.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Everywhere&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Go to an area: Methodology, RACI matrix, Roles &amp;amp; offices, Alignment, Workshops&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Z&lt;/td&gt;&lt;td&gt;Undo the last change (Edit → Redo brings it back)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Shift+P&lt;/td&gt;&lt;td&gt;Presenter view for the projector&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F1&lt;/td&gt;&lt;td&gt;This guide&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Methodology tree and lists&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ins&lt;/td&gt;&lt;td&gt;New activity (Ctrl+Ins a deliverable, Shift+Ins a gate or review, Ctrl+Shift+N a phase)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Del&lt;/td&gt;&lt;td&gt;Delete, with everything below it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F2&lt;/td&gt;&lt;td&gt;Rename in place&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Up / Ctrl+Down&lt;/td&gt;&lt;td&gt;Move up or down&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;RACI grid&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;R, A, C, I (S, V)&lt;/td&gt;&lt;td&gt;Toggle that letter in every selected cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Del&lt;/td&gt;&lt;td&gt;Clear the selected cells&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+C / Ctrl+V&lt;/td&gt;&lt;td&gt;Copy and paste cells with Excel or LibreOffice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Hot-seat ballot&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Digits&lt;/td&gt;&lt;td&gt;Type the rating in the cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Enter / Tab&lt;/td&gt;&lt;td&gt;Store it and move to the next cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Enter&lt;/td&gt;&lt;td&gt;Done: hide the ballot for the next participant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Agenda&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F5&lt;/td&gt;&lt;td&gt;Start or pause the timer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Right / Ctrl+Left&lt;/td&gt;&lt;td&gt;Next or previous item&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Todo lo que se hace en la sala puede hacerse con el teclado.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;En todas partes&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Ir a un área: Metodología, Matriz RACI, Roles &amp;amp; oficinas, Alineación, Talleres&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Z&lt;/td&gt;&lt;td&gt;Deshacer el último cambio (Editar → Rehacer lo recupera)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Mayús+P&lt;/td&gt;&lt;td&gt;Vista de presentación para el proyector&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F1&lt;/td&gt;&lt;td&gt;Esta guía&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Árbol de la metodología y listas&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ins&lt;/td&gt;&lt;td&gt;Nueva actividad (Ctrl+Ins un entregable, Mayús+Ins una puerta de fase o revisión, Ctrl+Mayús+N una fase)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Supr&lt;/td&gt;&lt;td&gt;Eliminar, con todo lo que contiene&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F2&lt;/td&gt;&lt;td&gt;Cambiar el nombre en el sitio&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Arriba / Ctrl+Abajo&lt;/td&gt;&lt;td&gt;Subir o bajar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Cuadrícula RACI&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;R, A, C, I (S, V)&lt;/td&gt;&lt;td&gt;Activar o desactivar esa letra en todas las celdas seleccionadas&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Supr&lt;/td&gt;&lt;td&gt;Vaciar las celdas seleccionadas&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+C / Ctrl+V&lt;/td&gt;&lt;td&gt;Copiar y pegar celdas con Excel o LibreOffice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Papeleta por turnos&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Dígitos&lt;/td&gt;&lt;td&gt;Escribir la valoración en la celda&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Intro / Tab&lt;/td&gt;&lt;td&gt;Guardarla y pasar a la celda siguiente&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Intro&lt;/td&gt;&lt;td&gt;Terminado: ocultar la papeleta para el siguiente participante&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Orden del día&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F5&lt;/td&gt;&lt;td&gt;Iniciar o pausar el temporizador&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Derecha / Ctrl+Izquierda&lt;/td&gt;&lt;td&gt;Punto siguiente o anterior&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="175"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Set-up.&lt;/b&gt; Add the participants, each tagged with their office; the criteria, each with a weight, a direction (a benefit, or a cost or risk where less is better) and a scale; and the proposals with their cost, benefit and duration. The Workshop menu can also build a workshop from a filled set-up workbook.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Agenda and timer.&lt;/b&gt; Plan the items with their times. In the room the timer keeps each item on time, and the minutes are written against it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Blind round.&lt;/b&gt; Open a round on the Rating tab. Participants rate at the laptop in the hot seat, on paper (the facilitator types those in), or on Excel ballots imported from the Workshop menu. In the ballot, Enter or Tab moves on, &lt;b&gt;?&lt;/b&gt; answers &quot;can&apos;t judge&quot; and Delete clears a cell. A ballot is complete when every cell holds a rating or &quot;can&apos;t judge&quot;. Nobody sees anyone else&apos;s ratings; the room sees only how many ballots are complete, the Rating tab shows each participant&apos;s state (never a value).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reveal.&lt;/b&gt; Close the round to reveal it: you are first told who is incomplete or has not started. Only now do the results appear, on the Results tab and in the presenter view (F11: full screen, Esc: back). A round opened by mistake can be discarded (Discard Round…): a backup is taken first and the discard is recorded; Undo never takes a round or a rating away.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gap view.&lt;/b&gt; See where PMO and TMO disagree, on which proposal and which criterion. The largest gaps are the list to discuss; a second round can follow the discussion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decide.&lt;/b&gt; Approve, reject, defer or ask for more information, with the rationale and any conditions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Actions.&lt;/b&gt; Record each action with its owner and due date, and send the pack out after the workshop.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Preparación.&lt;/b&gt; Añada los participantes, cada uno con su oficina; los criterios, cada uno con una ponderación, un sentido (un beneficio, o un coste o riesgo en el que menos es mejor) y una escala; y las propuestas con su coste, beneficio y duración. El menú Taller también puede crear un taller a partir de un libro de preparación rellenado.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Orden del día y temporizador.&lt;/b&gt; Planifique los puntos con sus tiempos. En la sala, el temporizador mantiene cada punto en su tiempo, y el acta se redacta punto por punto.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ronda a ciegas.&lt;/b&gt; Abra una ronda en la pestaña Valoración. Los participantes valoran en el portátil por turnos, en papel (el moderador las introduce) o en papeletas de Excel importadas desde el menú Taller. En la papeleta, Intro o Tab pasan a la siguiente celda, &lt;b&gt;?&lt;/b&gt; responde «no puedo juzgar» y Supr vacía una celda. Una papeleta está completa cuando cada celda tiene una valoración o «no puedo juzgar». Nadie ve las valoraciones de los demás; la sala solo ve cuántas papeletas están completas, y la pestaña Valoración muestra el estado de cada participante (nunca un valor).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Revelar.&lt;/b&gt; Cierre la ronda para revelarla: antes se le indica quién no ha terminado o no ha empezado. Solo entonces aparecen los resultados, en la pestaña Resultados y en la vista de presentación (F11: pantalla completa, Esc: volver). Una ronda abierta por error se puede descartar (Descartar ronda…): antes se hace una copia de seguridad y el descarte queda registrado; Deshacer nunca quita una ronda ni una valoración.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vista de brechas.&lt;/b&gt; Vea dónde discrepan PMO y TMO, en qué propuesta y en qué criterio. Las mayores brechas son la lista para debatir; tras el debate puede seguir una segunda ronda.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decidir.&lt;/b&gt; Apruebe, rechace, aplace o pida más información, con la justificación y las condiciones que haya.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Acciones.&lt;/b&gt; Registre cada acción con su responsable y su fecha límite, y envíe el dosier después del taller.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="206"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;One network.&lt;/b&gt; Put this laptop and the phones on the same network: the room&apos;s Wi-Fi, or the laptop&apos;s own hotspot (Windows: Settings → Network &amp;amp; internet → Mobile hotspot; macOS: System Settings → General → Sharing → Internet Sharing). No internet is needed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Open the room.&lt;/b&gt; Workshop → Open Room for Phones, and keep the address offered: the laptop&apos;s address on that network.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Allow it once.&lt;/b&gt; The first time, Windows asks whether the app may communicate on networks (allow private networks) and macOS whether it may accept incoming connections (Allow). Without that, phones cannot reach the room.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Join.&lt;/b&gt; Participants scan the QR code shown on the Rating tab and the presenter view, or type the address, then tap their name. Name cards with a personal code are printed from the Workshop menu.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Devices.&lt;/b&gt; A second phone on a name already taken waits until you admit it on the Rating tab; release frees a name, revoke shuts a phone out.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rate.&lt;/b&gt; Every answer is saved at once; a phone that loses the network keeps its answers and sends them when it is back. Close Room stops the room.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Una sola red.&lt;/b&gt; Conecte este portátil y los teléfonos a la misma red: el Wi-Fi de la sala o el punto de acceso del propio portátil (Windows: Configuración → Red e Internet → Zona con cobertura inalámbrica móvil; macOS: Ajustes del Sistema → General → Compartir → Compartir Internet). No hace falta Internet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Abrir la sala.&lt;/b&gt; Taller → Abrir sala para teléfonos, y mantenga la dirección propuesta: la del portátil en esa red.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Permitirlo una vez.&lt;/b&gt; La primera vez, Windows pregunta si la aplicación puede comunicarse en redes (permita las redes privadas) y macOS si puede aceptar conexiones entrantes (Permitir). Sin ello, los teléfonos no llegan a la sala.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unirse.&lt;/b&gt; Los participantes escanean el código QR que se muestra en la pestaña Valoración y en la vista de presentación, o escriben la dirección, y tocan su nombre. Las tarjetas identificativas con código personal se imprimen desde el menú Taller.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dispositivos.&lt;/b&gt; Un segundo teléfono con un nombre ya ocupado espera hasta que usted lo admita en la pestaña Valoración; liberar deja libre un nombre, revocar excluye un teléfono.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Valorar.&lt;/b&gt; Cada respuesta se guarda al momento; un teléfono que pierde la red conserva sus respuestas y las envía al volver. Cerrar sala detiene la sala.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="228"/>
        <source>&lt;p&gt;The same method is used in the app, the command line and every report.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Each rating is first put on a scale from 0 to 1: the bottom of the criterion&apos;s scale becomes 0, the top 1. Where lower is better (risk, cost, complexity) the scale is turned round.&lt;/li&gt;&lt;li&gt;A participant&apos;s score for a proposal is the average of those 0–1 ratings, each weighted by its criterion&apos;s weight, over the criteria they rated. A criterion left empty is left out — it never counts as zero.&lt;/li&gt;&lt;li&gt;A proposal&apos;s &lt;b&gt;score&lt;/b&gt; is 100 × the average of its participants&apos; scores. The &lt;b&gt;PMO score&lt;/b&gt; and the &lt;b&gt;TMO score&lt;/b&gt; are the same average over each office&apos;s participants, and the &lt;b&gt;gap&lt;/b&gt; is the PMO score minus the TMO score. The same is done criterion by criterion: those are the cells of the gap view.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dissent&lt;/b&gt; shows how far apart the room is: the spread (standard deviation) of the participants&apos; scores divided by 50, so 0 is full agreement and 1 a room split into two extremes. It is flagged at the workshop&apos;s own threshold (Set-up; new workshops take the one in Preferences, 0.3 unless changed).&lt;/li&gt;&lt;li&gt;In office-tagged and anonymous workshops an office&apos;s figure is shown only when at least two of its participants gave it; otherwise it reads —.&lt;/li&gt;&lt;li&gt;Proposals are &lt;b&gt;ranked&lt;/b&gt; by score, and equal scores share a rank. The latest closed round holding ratings counts unless you choose another round on the Results tab; the minutes and the results workbook print that round.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;budget fit&lt;/b&gt; is the set of proposals with the highest total score whose costs fit the budget, found exactly rather than by a rule of thumb.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;El mismo método se usa en la aplicación, en la línea de comandos y en todos los informes.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Cada valoración se lleva primero a una escala de 0 a 1: el extremo inferior de la escala del criterio pasa a ser 0 y el superior, 1. Cuando más bajo es mejor (riesgo, coste, complejidad), la escala se invierte.&lt;/li&gt;&lt;li&gt;La puntuación de un participante para una propuesta es la media de esas valoraciones de 0–1, cada una con la ponderación de su criterio, sobre los criterios que valoró. Un criterio que se deja vacío se omite — nunca cuenta como cero.&lt;/li&gt;&lt;li&gt;La &lt;b&gt;puntuación&lt;/b&gt; de una propuesta es 100 × la media de las puntuaciones de sus participantes. La &lt;b&gt;puntuación PMO&lt;/b&gt; y la &lt;b&gt;puntuación TMO&lt;/b&gt; son la misma media sobre los participantes de cada oficina, y la &lt;b&gt;brecha&lt;/b&gt; es la puntuación PMO menos la puntuación TMO. Lo mismo se hace criterio por criterio: esas son las celdas de la vista de brechas.&lt;/li&gt;&lt;li&gt;El &lt;b&gt;disenso&lt;/b&gt; muestra lo dividida que está la sala: la dispersión (desviación típica) de las puntuaciones de los participantes dividida entre 50, de modo que 0 es acuerdo total y 1 una sala dividida en dos extremos. Se señala a partir del umbral propio del taller (Preparación; los talleres nuevos toman el de Preferencias, 0,3 salvo que se cambie).&lt;/li&gt;&lt;li&gt;En los talleres por oficina y anónimos, la cifra de una oficina solo se muestra cuando al menos dos de sus participantes han dado una valoración; si no, aparece —.&lt;/li&gt;&lt;li&gt;Las propuestas se &lt;b&gt;clasifican&lt;/b&gt; por puntuación, y las puntuaciones iguales comparten posición. Cuenta la última ronda cerrada con valoraciones, salvo que elija otra ronda en la pestaña Resultados; el acta y el libro de resultados imprimen esa ronda.&lt;/li&gt;&lt;li&gt;El &lt;b&gt;ajuste al presupuesto&lt;/b&gt; es el conjunto de propuestas con la mayor puntuación total cuyos costes caben en el presupuesto, calculado de forma exacta y no con una regla aproximada.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="256"/>
        <source>&lt;p&gt;A workspace is &lt;b&gt;one file&lt;/b&gt;, for example &lt;i&gt;acme.pmotmo&lt;/i&gt;. There is no Save: every edit and every rating is written to the file the moment it is made, so nothing is lost if the laptop crashes or its battery runs out. Edit → Undo takes a change back — but never a rating someone entered, nor a round.&lt;/p&gt;&lt;p&gt;While a workspace is open it is &lt;b&gt;backed up&lt;/b&gt; every few minutes into a folder beside it (&lt;i&gt;acme.pmotmo.backups&lt;/i&gt;), and also before every import, upgrade and restore. &lt;b&gt;File → Restore Backup&lt;/b&gt; puts a backup back, after backing up the current state first, so even a restore can be undone.&lt;/p&gt;&lt;p&gt;File → Save As continues in a copy; File → Export to Excel writes the methodology, the RACI matrix and its findings to a workbook.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un espacio de trabajo es &lt;b&gt;un solo archivo&lt;/b&gt;, por ejemplo &lt;i&gt;acme.pmotmo&lt;/i&gt;. No hace falta guardar: cada cambio y cada valoración se escriben en el archivo en el momento en que se hacen, así que no se pierde nada si el portátil se bloquea o se queda sin batería. Editar → Deshacer revierte un cambio — pero nunca una valoración que alguien introdujo, ni una ronda.&lt;/p&gt;&lt;p&gt;Mientras un espacio de trabajo está abierto, se guarda una &lt;b&gt;copia de seguridad&lt;/b&gt; cada pocos minutos en una carpeta junto a él (&lt;i&gt;acme.pmotmo.backups&lt;/i&gt;), y también antes de cada importación, actualización y restauración. &lt;b&gt;Archivo → Restaurar copia de seguridad&lt;/b&gt; recupera una copia, tras guardar antes una copia del estado actual, de modo que incluso una restauración puede deshacerse.&lt;/p&gt;&lt;p&gt;Archivo → Guardar como continúa en una copia; Archivo → Exportar a Excel escribe la metodología, la matriz RACI y sus hallazgos en un libro.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="300"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="175"/>
        <source>Group of alternatives</source>
        <translation>Grupo de alternativas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="175"/>
        <source>At most funded</source>
        <translation>Máx. financiadas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="179"/>
        <source>Proposals name the group in their Group column</source>
        <translation>Las propuestas indican el grupo en su columna Grupo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="180"/>
        <source>How many of the group&apos;s proposals may be funded (a group not listed: 1)</source>
        <translation>Cuántas propuestas del grupo pueden financiarse (grupo no incluido: 1)</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="185"/>
        <source>Role handbook</source>
        <translation>Manual de roles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="186"/>
        <source>Role handbook: {methodology}</source>
        <translation>Manual de roles: {methodology}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="187"/>
        <source>Who does what in the common PMO–TMO methodology</source>
        <translation>Quién hace qué en la metodología común PMO–TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="188"/>
        <source>Roles and responsibilities in {methodology}</source>
        <translation>Roles y responsabilidades en {methodology}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="190"/>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="39"/>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="192"/>
        <source>methodology</source>
        <translation>metodología</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="197"/>
        <source>Role handbook · {date}</source>
        <translation>Manual de roles · {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="199"/>
        <source>Prepared with PMO–TMO Desktop on {date}.</source>
        <translation>Elaborado con PMO–TMO Desktop el {date}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="38"/>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="202"/>
        <source>RACI variant</source>
        <translation>Variante RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="45"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="204"/>
        <source>{n} in %n office(s) ({by_office})</source>
        <translation>
            <numerusform>{n} en %n oficina ({by_office})</numerusform>
            <numerusform>{n} en %n oficinas ({by_office})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="205"/>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="206"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="207"/>
        <source>Gates, reviews and sign-offs</source>
        <translation>Puertas de fase, revisiones y aprobaciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="208"/>
        <source>About this handbook</source>
        <translation>Acerca de este manual</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="209"/>
        <source>One section per role, grouped by office: what the role is for, every activity in which it holds a letter of the RACI matrix, the gates, reviews and sign-offs it approves, and the roles of the other office it works with most. Read your own role, then the roles you work with: each office can see what the other does.</source>
        <translation>Una sección por rol, agrupada por oficina: para qué sirve el rol, cada actividad en la que tiene una letra de la matriz RACI, las puertas de fase, revisiones y aprobaciones que aprueba y los roles de la otra oficina con los que más trabaja. Lea su propio rol y después los roles con los que trabaja: cada oficina puede ver lo que hace la otra.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="216"/>
        <source>The offices</source>
        <translation>Las oficinas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="217"/>
        <source>Owns activities</source>
        <translation>Actividades a su cargo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="218"/>
        <source>The letters</source>
        <translation>Las letras</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="220"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rol</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="46"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="222"/>
        <source>Approves</source>
        <translation>Aprueba</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="223"/>
        <source>{office} · %n activities</source>
        <translation>
            <numerusform>{office} · %n actividad</numerusform>
            <numerusform>{office} · %n actividades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="224"/>
        <source>Holds no letter in the RACI matrix.</source>
        <translation>No tiene ninguna letra en la matriz RACI.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="40"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="41"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="42"/>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="228"/>
        <source>{kind} · {office}</source>
        <translation>{kind} · {office}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="229"/>
        <source>Approves at gates, reviews and sign-offs</source>
        <translation>Aprueba en puertas de fase, revisiones y aprobaciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="43"/>
        <source>Control point</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="44"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="232"/>
        <source>Approves with</source>
        <translation>Aprueba junto con</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="233"/>
        <source>Sole approver</source>
        <translation>Aprobador único</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="234"/>
        <source>Phase: {phase}</source>
        <translation>Fase: {phase}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="235"/>
        <source>{phase} · {activity}</source>
        <translation>{phase} · {activity}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="236"/>
        <source>Works most with in the other office</source>
        <translation>Con quién más trabaja en la otra oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="237"/>
        <source>Works most with in the PMO and the TMO</source>
        <translation>Con quién más trabaja en la PMO y la TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="238"/>
        <source>Roles holding a letter in the same activities, most shared first.</source>
        <translation>Roles con alguna letra en las mismas actividades, primero los que más comparten.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="47"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="242"/>
        <source>Shared activities</source>
        <translation>Actividades compartidas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="243"/>
        <source>Shares no activity with the other office.</source>
        <translation>No comparte ninguna actividad con la otra oficina.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="245"/>
        <source>Accountable for…</source>
        <translation>Aprobador de…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="246"/>
        <source>Responsible for…</source>
        <translation>Responsable de…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="247"/>
        <source>Consulted on…</source>
        <translation>Consultado sobre…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="248"/>
        <source>Informed of…</source>
        <translation>Informado de…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="163"/>
        <source>Signs off…</source>
        <translation>Firma…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="164"/>
        <source>Verifies…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="168"/>
        <source>Signs off</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="173"/>
        <source>approves the finished result formally and signs it off.</source>
        <translation>aprueba formalmente el resultado final y lo firma.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="174"/>
        <source>checks the result against the agreed criteria before it is signed off.</source>
        <translation>comprueba el resultado frente a los criterios acordados antes de su firma.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="169"/>
        <source>Verifies</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="249"/>
        <source>Supports…</source>
        <translation>Apoya en…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="250"/>
        <source>Verifies and signs…</source>
        <translation>Verifica y firma…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="253"/>
        <source>Accountable</source>
        <translation>Aprobador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="254"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="255"/>
        <source>Consulted</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="256"/>
        <source>Informed</source>
        <translation>Informado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="257"/>
        <source>Supports</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="258"/>
        <source>Verifies and signs</source>
        <translation>Verifica y firma</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="261"/>
        <source>owns the outcome and answers for it; exactly one role per activity.</source>
        <translation>asume el resultado y rinde cuentas de él; exactamente un rol por actividad.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="264"/>
        <source>does the work; at least one role per activity.</source>
        <translation>realiza el trabajo; al menos un rol por actividad.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="265"/>
        <source>is asked before the work is done or decided: a two-way exchange.</source>
        <translation>se le pregunta antes de hacer o decidir el trabajo: un intercambio en ambos sentidos.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="268"/>
        <source>is told of the progress or the result: one way.</source>
        <translation>se le comunica el avance o el resultado: en un solo sentido.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="269"/>
        <source>helps the responsible roles with resources or expertise.</source>
        <translation>ayuda a los roles responsables con recursos o conocimientos.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="270"/>
        <source>checks the result against the criteria and signs it off.</source>
        <translation>comprueba el resultado frente a los criterios y lo aprueba con su firma.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="273"/>
        <source>Management</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="274"/>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="275"/>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="278"/>
        <source>Gate</source>
        <translation>Puerta de fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="279"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="280"/>
        <source>Sign-off</source>
        <translation>Aprobación</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="59"/>
        <source>unknown phase &apos;{name}&apos;: not in the Methodology sheet</source>
        <translation>fase desconocida &apos;{name}&apos;: no está en la hoja Methodology</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="74"/>
        <source>unknown activity &apos;{name}&apos; in phase &apos;{phase}&apos;</source>
        <translation>actividad desconocida &apos;{name}&apos; en la fase &apos;{phase}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="86"/>
        <source>unknown role &apos;{name}&apos; as approver</source>
        <translation>rol desconocido &apos;{name}&apos; como aprobador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="147"/>
        <source>the control point&apos;s name is empty</source>
        <translation>el nombre del punto de control está vacío</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="105"/>
        <source>kind &apos;{value}&apos; must be one of: {allowed}</source>
        <translation>el tipo &apos;{value}&apos; debe ser uno de: {allowed}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="122"/>
        <source>the deliverable&apos;s name is empty</source>
        <translation>el nombre del entregable está vacío</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="128"/>
        <source>deliverable &apos;{name}&apos; appears twice (also row {row})</source>
        <translation>el entregable &apos;{name}&apos; aparece dos veces (también fila {row})</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="43"/>
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="56"/>
        <source>Read &amp;as:</source>
        <translation>&amp;Leer como:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="114"/>
        <source>exported by PMO–TMO Desktop</source>
        <translation>exportado por PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="116"/>
        <source>a hand-made matrix</source>
        <translation>una matriz hecha a mano</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="119"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;, sheet &lt;b&gt;{sheet}&lt;/b&gt; ({layout})</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;, hoja &lt;b&gt;{sheet}&lt;/b&gt; ({layout})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="122"/>
        <source>{roles} ({new} new), {activities} ({new_a} new), {cells}</source>
        <translation>{roles} ({new} nuevos), {activities} ({new_a} nuevas), {cells}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="132"/>
        <source>Read as: {reading}</source>
        <translation>Leído como: {reading}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="139"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="159"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="141"/>
        <source>New roles: {names}{more}</source>
        <translation>Roles nuevos: {names}{more}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="145"/>
        <source>New offices (from the row above the roles): {names}</source>
        <translation>Oficinas nuevas (de la fila sobre los roles): {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="151"/>
        <source>Rows read as phases: {cells}</source>
        <translation>Filas leídas como fases: {cells}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="154"/>
        <source>Activity ids (such as 1.1) are kept out of the names.</source>
        <translation>Los identificadores de actividad (como 1.1) se dejan fuera de los nombres.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="62"/>
        <source>Matched cells take the workbook&apos;s letters. Nothing is deleted unless you ask for it below. A backup is taken first, and Edit → Undo takes the whole import back.</source>
        <translation>Las celdas coincidentes toman las letras del libro. No se elimina nada salvo que lo pida abajo. Antes se hace una copia de seguridad, y Editar → Deshacer revierte toda la importación.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="68"/>
        <source>&amp;Remove activities and roles the workbook does not have</source>
        <translation>&amp;Eliminar las actividades y los roles que no estén en el libro</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="72"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="132"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="91"/>
        <source>Set-up</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="92"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="93"/>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="94"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="95"/>
        <source>Decisions &amp;&amp; actions</source>
        <translation>Decisiones &amp;&amp; acciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="149"/>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="150"/>
        <source>RACI matrix</source>
        <translation>Matriz RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="151"/>
        <source>Roles &amp; offices</source>
        <translation>Roles &amp; oficinas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="152"/>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="153"/>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="188"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="189"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="190"/>
        <source>Save &amp;As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="191"/>
        <source>Restore &amp;Backup…</source>
        <translation>Res&amp;taurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="195"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportar a Excel…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="198"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importar desde Excel…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="201"/>
        <source>Workspace &amp;Properties…</source>
        <translation>&amp;Propiedades del espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="204"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Cerrar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="206"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="210"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="406"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="211"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="409"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="224"/>
        <source>&amp;Methodology</source>
        <translation>&amp;Metodología</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="225"/>
        <source>&amp;RACI Matrix</source>
        <translation>Matriz &amp;RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="226"/>
        <source>R&amp;oles and Offices</source>
        <translation>R&amp;oles y oficinas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="227"/>
        <source>&amp;Alignment</source>
        <translation>&amp;Alineación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="228"/>
        <source>&amp;Workshops</source>
        <translation>&amp;Talleres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="238"/>
        <source>Presenter &amp;Full Screen</source>
        <translation>Vista de presentación a &amp;pantalla completa</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="243"/>
        <source>Workshop &amp;List</source>
        <translation>&amp;Lista de talleres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="233"/>
        <source>&amp;Presenter View</source>
        <translation>&amp;Vista de presentación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="248"/>
        <source>&amp;About PMO–TMO Desktop</source>
        <translation>&amp;Acerca de PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="252"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="255"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="271"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="288"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="295"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="315"/>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/context.py" line="102"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="406"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="409"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer: {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="460"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="483"/>
        <source>Change workspace properties</source>
        <translation>Cambiar las propiedades del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="491"/>
        <source>About PMO–TMO Desktop</source>
        <translation>Acerca de PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="493"/>
        <source>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;One common delivery methodology for the Project and the Technical Management Office, a RACI matrix that checks their integration, and joint workshops to assess proposals.&lt;/p&gt;&lt;p&gt;Works offline; your data stays in your workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;Una metodología de entrega común para la Oficina de Gestión de Proyectos y la Oficina de Gestión Técnica, una matriz RACI que comprueba su integración y talleres conjuntos para evaluar propuestas.&lt;/p&gt;&lt;p&gt;Funciona sin conexión; sus datos permanecen en su archivo de espacio de trabajo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="361"/>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="363"/>
        <source>PMO–TMO workspaces (*.pmotmo);;All files (*)</source>
        <translation>Espacios de trabajo PMO–TMO (*.pmotmo);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="371"/>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="373"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="383"/>
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="385"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="393"/>
        <source>Save workspace as</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="395"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>Espacios de trabajo PMO–TMO (*.pmotmo)</translation>
    </message>
</context>
<context>
    <name>MethodologyArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="53"/>
        <source>Search phases, activities, deliverables, gates…</source>
        <translation>Buscar fases, actividades, entregables, puertas de fase…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="54"/>
        <source>Search the methodology</source>
        <translation>Buscar en la metodología</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="59"/>
        <source>Methodology: phases, activities, deliverables</source>
        <translation>Metodología: fases, actividades, entregables</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="116"/>
        <source>New Phase</source>
        <translation>Nueva fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="119"/>
        <source>New Activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="122"/>
        <source>New Deliverable</source>
        <translation>Nuevo entregable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="125"/>
        <source>New Gate or Review</source>
        <translation>Nueva puerta de fase o revisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="128"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="130"/>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="131"/>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="160"/>
        <source>{phases} · {activities} · {deliverables} · {controls} · {roles} in {offices}</source>
        <translation>{phases} · {activities} · {deliverables} · {controls} · {roles} en {offices}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="217"/>
        <source>Edit {what}</source>
        <translation>Editar {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="225"/>
        <source>Change approvers</source>
        <translation>Cambiar aprobadores</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="231"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="232"/>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="233"/>
        <source>deliverable</source>
        <translation>entregable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="234"/>
        <source>gate or review</source>
        <translation>puerta de fase o revisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="262"/>
        <source>New phase</source>
        <translation>Nueva fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="268"/>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="275"/>
        <source>New deliverable</source>
        <translation>Nuevo entregable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="284"/>
        <source>New gate</source>
        <translation>Nueva puerta de fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="287"/>
        <source>Add {what}</source>
        <translation>Añadir {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="299"/>
        <source>Delete {what}</source>
        <translation>Eliminar {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="303"/>
        <source>Deleted — Ctrl+Z brings it back</source>
        <translation>Eliminado — Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="330"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="347"/>
        <source>Move {what}</source>
        <translation>Mover {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="62"/>
        <source>Ins adds an activity, Ctrl+Ins a deliverable, Shift+Ins a gate or review, Ctrl+Shift+N a phase; F2 renames, Delete deletes, Ctrl+Up and Ctrl+Down move</source>
        <translation>Insert añade una actividad, Ctrl+Insert un entregable, Mayús+Insert una puerta de fase o revisión, Ctrl+Mayús+N una fase; F2 cambia el nombre, Supr elimina, Ctrl+Arriba y Ctrl+Abajo mueven</translation>
    </message>
</context>
<context>
    <name>MethodologyTree</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="153"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="155"/>
        <source>Management</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="156"/>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="157"/>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="158"/>
        <source>Gate</source>
        <translation>Puerta de fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="159"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="160"/>
        <source>Sign-off</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="164"/>
        <source>{kind} deliverable</source>
        <translation>Entregable ({kind})</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="172"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="176"/>
        <source>Approved by {roles}</source>
        <translation>Aprobado por {roles}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="189"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="190"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="191"/>
        <source>Owning office</source>
        <translation>Oficina responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="192"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>MethodologyWorkbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="54"/>
        <source>Control points</source>
        <translation>Puntos de control</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="59"/>
        <source>Findings</source>
        <comment>a sheet&apos;s name</comment>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="60"/>
        <source>Lists</source>
        <comment>the name of a hidden sheet holding dropdown lists</comment>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="65"/>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="68"/>
        <source>Approvers</source>
        <translation>Aprobadores</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="71"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="72"/>
        <source>Owning office</source>
        <translation>Oficina responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="73"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="78"/>
        <source>R count</source>
        <comment>how many activities a role is R in</comment>
        <translation>Número de R</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="79"/>
        <source>A count</source>
        <comment>how many activities a role is A in</comment>
        <translation>Número de A</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="80"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="81"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="82"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="83"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="84"/>
        <source>Responsible: does the work</source>
        <translation>Responsable: realiza el trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="85"/>
        <source>Accountable: owns the outcome (one per activity)</source>
        <translation>Aprobador: responde del resultado (uno por actividad)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="88"/>
        <source>Supportive: helps the responsible roles</source>
        <translation>Apoyo: ayuda a los roles responsables</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="89"/>
        <source>Consulted: asked before (two-way)</source>
        <translation>Consultado: se le pregunta antes (en ambos sentidos)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="90"/>
        <source>Informed: told after (one-way)</source>
        <translation>Informado: se le comunica después (en un sentido)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="91"/>
        <source>Verifies: checks the result</source>
        <translation>Verifica: comprueba el resultado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="92"/>
        <source>Signs: approves the result</source>
        <translation>Firma: aprueba el resultado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="93"/>
        <source>RACI letters</source>
        <comment>the title of a message; at most 32 characters</comment>
        <translation>Letras RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="96"/>
        <source>Choose letters from the list, or leave the cell empty.</source>
        <translation>Elija letras de la lista o deje la celda vacía.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="23"/>
        <source>en</source>
        <comment>the ISO 639-1 code of this translation&apos;s language</comment>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="30"/>
        <source>.</source>
        <comment>the decimal separator of numbers</comment>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="31"/>
        <source>,</source>
        <comment>the thousands separator of numbers</comment>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="144"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="145"/>
        <source>Minutes of the workshop {title}</source>
        <translation>Acta del taller {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="146"/>
        <source>minutes</source>
        <translation>acta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="107"/>
        <source>workshop</source>
        <translation>taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="13"/>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="14"/>
        <source>The set of proposals with the highest total score that the workshop&apos;s rules allow (computed exactly). It informs the decisions; it does not take them.</source>
        <translation>La selección de propuestas con la mayor puntuación total que permiten las reglas del taller (calculada de forma exacta). Sirve de base para las decisiones; no las toma.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="19"/>
        <source>The rules</source>
        <translation>Las reglas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="21"/>
        <source>No budget set</source>
        <translation>Sin presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="22"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="23"/>
        <source>at most {limit}</source>
        <translation>como máximo {limit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="24"/>
        <source>No proposal has a rule of its own.</source>
        <translation>Ninguna propuesta tiene una regla propia.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="25"/>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="26"/>
        <source>Must fund</source>
        <translation>Financiación obligatoria</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="27"/>
        <source>Must not fund</source>
        <translation>Financiación excluida</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="28"/>
        <source>Requires</source>
        <translation>Requiere</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="29"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="30"/>
        <source>{group} (at most {limit})</source>
        <translation>{group} (como máximo {limit})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="31"/>
        <source>The funded set</source>
        <translation>La selección financiada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="38"/>
        <source>must</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="39"/>
        <source>must: funded because the rules say it must be.</source>
        <translation>obligatoria: financiada porque las reglas lo exigen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="40"/>
        <source>Cost {cost} of {budget}.</source>
        <translation>Coste {cost} de {budget}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="41"/>
        <source>Cost {cost} (no budget set).</source>
        <translation>Coste {cost} (sin presupuesto).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="42"/>
        <source>{resource} {used} of {limit}.</source>
        <translation>{resource} {used} de {limit}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="43"/>
        <source>No proposal can be funded under these rules.</source>
        <translation>Ninguna propuesta puede financiarse con estas reglas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="44"/>
        <source>These rules cannot all hold together, so no set is proposed:</source>
        <translation>Estas reglas no pueden cumplirse todas a la vez, así que no se propone ninguna selección:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="47"/>
        <source>Funded as a must without a cost (counted as 0): {titles}.</source>
        <translation>Financiadas como obligatorias sin coste (contadas como 0): {titles}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="48"/>
        <source>The efficient frontier</source>
        <translation>La frontera eficiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="49"/>
        <source>The best total score each budget can buy under the rules, beside funding strictly in rank order until the money runs out.</source>
        <translation>La mejor puntuación total que puede obtenerse con cada presupuesto según las reglas, junto a la financiación estrictamente por orden de clasificación hasta agotar el dinero.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="54"/>
        <source>With this many proposals the frontier is drawn from the best set at {n} budgets, each exact; a change between two of them may not show.</source>
        <translation>Con tantas propuestas, la frontera se traza a partir de la mejor selección en {n} presupuestos, cada una calculada de forma exacta; puede que no se vea un cambio entre dos de ellos.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="59"/>
        <source>Best set for the budget</source>
        <translation>Mejor selección para cada presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="60"/>
        <source>In rank order</source>
        <translation>Por orden de clasificación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="61"/>
        <source>Budget {budget}</source>
        <translation>Presupuesto {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="64"/>
        <source>No frontier can be drawn: no proposal has both a score and a cost.</source>
        <translation>No se puede trazar ninguna frontera: ninguna propuesta tiene a la vez puntuación y coste.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="67"/>
        <source>What each office alone would fund</source>
        <translation>Lo que financiaría cada oficina por sí sola</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="68"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="108"/>
        <source>PMO</source>
        <translation>PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="69"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="109"/>
        <source>TMO</source>
        <translation>TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="70"/>
        <source>Joint</source>
        <translation>Conjunta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="71"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="72"/>
        <source>only PMO</source>
        <translation>solo PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="73"/>
        <source>only TMO</source>
        <translation>solo TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="74"/>
        <source>Each column is the set the same rules fund on that office&apos;s scores alone; the joint set is the one above. Proposals no set funds are left out.</source>
        <translation>Cada columna es la selección que las mismas reglas financian solo con las puntuaciones de esa oficina; la selección conjunta es la de arriba. Se omiten las propuestas que ninguna selección financia.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="79"/>
        <source>— withheld: fewer than two participants of an office rated it, so its figure is not used (the proposal counts as not rated by that office).</source>
        <translation>— oculta: menos de dos participantes de una oficina la valoraron, así que su cifra no se usa (la propuesta cuenta como no valorada por esa oficina).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="84"/>
        <source>— withheld: the office&apos;s figures are withheld for privacy, so no set of its own is shown.</source>
        <translation>— oculta: las cifras de la oficina se ocultan por privacidad, así que no se muestra ninguna selección propia.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="89"/>
        <source>No proposal is funded by any set.</source>
        <translation>Ninguna selección financia ninguna propuesta.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="90"/>
        <source>How far the weights may move</source>
        <translation>Cuánto pueden variar las ponderaciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="91"/>
        <source>Per criterion, its weight now and the weights between which the top-ranked proposal and the funded set stay the same, the other weights held.</source>
        <translation>Por criterio, su ponderación actual y las ponderaciones entre las que la propuesta en primera posición y la selección financiada no cambian, con las demás ponderaciones fijas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="98"/>
        <source>Same top proposal</source>
        <translation>Misma propuesta en primera posición</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="99"/>
        <source>Same funded set</source>
        <translation>Misma selección financiada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="100"/>
        <source>{low} to {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="101"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="102"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="103"/>
        <source>How often each proposal is funded</source>
        <translation>Con qué frecuencia se financia cada propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="104"/>
        <source>Funded in</source>
        <translation>Financiada en</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="105"/>
        <source>Share of the {draws} random weight draws under which each proposal is funded. Each draw multiplies every criterion&apos;s weight by its own random factor (log-normal, median 1, spread {spread}); the draws are seeded, so the same workshop always gives the same shares.</source>
        <translation>Proporción de las {draws} extracciones aleatorias de las ponderaciones en las que se financia cada propuesta. Cada extracción multiplica la ponderación de cada criterio por su propio factor aleatorio (log-normal, mediana 1, dispersión {spread}); las extracciones usan una semilla fija, de modo que el mismo taller da siempre las mismas proporciones.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="110"/>
        <source>proposals</source>
        <translation>propuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="83"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="148"/>
        <source>Minutes · {date}</source>
        <translation>Acta · {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="84"/>
        <source>Prepared with PMO–TMO Desktop on {date}.</source>
        <translation>Elaborada con PMO–TMO Desktop el {date}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="85"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="86"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="87"/>
        <source>Facilitator</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="88"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="89"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="90"/>
        <source>Ratings shown</source>
        <translation>Valoraciones mostradas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="138"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="139"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="140"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="160"/>
        <source>{n} recorded, {done} done</source>
        <translation>{n} registradas, {done} completadas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="20"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="62"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="91"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="162"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="92"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="164"/>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="165"/>
        <source>Agenda and notes</source>
        <translation>Orden del día y notas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="166"/>
        <source>Proposals assessed</source>
        <translation>Propuestas evaluadas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="168"/>
        <source>PMO–TMO gap view</source>
        <translation>Vista de brechas PMO–TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="169"/>
        <source>Budget fit</source>
        <translation>Ajuste al presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="172"/>
        <source>Amendments since the workshop closed</source>
        <translation>Enmiendas desde el cierre del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="173"/>
        <source>These minutes are re-issued: the corrections below were recorded after the workshop was closed, with their reasons.</source>
        <translation>Esta acta se reemite: las correcciones siguientes se registraron después del cierre del taller, con sus motivos.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="178"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="179"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="180"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="181"/>
        <source>By</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="182"/>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="183"/>
        <source>Assessment method</source>
        <translation>Método de evaluación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="104"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="105"/>
        <source>Title</source>
        <comment>a participant&apos;s job title</comment>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="106"/>
        <source>No office</source>
        <translation>Sin oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="187"/>
        <source>Item and notes</source>
        <translation>Punto y notas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="93"/>
        <source>No.</source>
        <comment>number, as a column heading</comment>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="189"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="190"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="94"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="95"/>
        <source>Presenter: {name}</source>
        <translation>Ponente: {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="32"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="97"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="98"/>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="35"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="195"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="196"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="197"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="33"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="198"/>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="34"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="199"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="202"/>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="203"/>
        <source>Dissent</source>
        <translation>Disenso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="96"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="99"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="97"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="100"/>
        <source>Weight</source>
        <translation>Ponderación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="206"/>
        <source>Set weight</source>
        <translation>Ponderación fijada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="207"/>
        <source>Group weight (AHP)</source>
        <translation>Ponderación del grupo (AHP)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="208"/>
        <source>Criterion weights: set by the facilitator.</source>
        <translation>Ponderaciones de los criterios: fijadas por el moderador.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="209"/>
        <source>Criterion weights: adopted from the participants&apos; pairwise comparisons (AHP) on {date}; consistency ratio of the group {cr}.</source>
        <translation>Ponderaciones de los criterios: adoptadas el {date} a partir de las comparaciones por pares de los participantes (AHP); razón de consistencia del grupo {cr}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="101"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="102"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="103"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="217"/>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="218"/>
        <source>Rated higher by</source>
        <translation>Mejor valorada por</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="36"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="219"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="220"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="221"/>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="222"/>
        <source>Rationale and conditions</source>
        <translation>Justificación y condiciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="223"/>
        <source>Decided {date}</source>
        <translation>Decidida el {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="224"/>
        <source>Rank {rank} · score {score}</source>
        <translation>Posición {rank} · puntuación {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="225"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="226"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="227"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="228"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="229"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="230"/>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="231"/>
        <source>Blind</source>
        <translation>A ciegas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="232"/>
        <source>Open rating</source>
        <translation>Valoración visible</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="233"/>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="141"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="246"/>
        <source>Not shown: %n proposal(s) without both a PMO and a TMO score.</source>
        <translation>
            <numerusform>No se muestra: %n propuesta sin puntuación PMO y TMO a la vez.</numerusform>
            <numerusform>No se muestran: %n propuestas sin puntuación PMO y TMO a la vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="249"/>
        <source>Not shown: %n proposal(s) without both a PMO and a TMO score, {withheld} of them because an office&apos;s score is withheld for privacy (fewer than two of its participants rated the proposal).</source>
        <translation>
            <numerusform>No se muestra: %n propuesta sin puntuación PMO y TMO a la vez, {withheld} de ellas porque la puntuación de una oficina se oculta por privacidad (menos de dos de sus participantes valoraron la propuesta).</numerusform>
            <numerusform>No se muestran: %n propuestas sin puntuación PMO y TMO a la vez, {withheld} de ellas porque la puntuación de una oficina se oculta por privacidad (menos de dos de sus participantes valoraron la propuesta).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="262"/>
        <source>— withheld: fewer than two participants of an office rated it; the other office&apos;s figure beside it is withheld too, and so are the median, minimum and maximum, so that no figure shows one person&apos;s rating.</source>
        <translation>— oculta: menos de dos participantes de una oficina la valoraron; la cifra de la otra oficina junto a ella también se oculta, al igual que la mediana, el mínimo y el máximo, para que ninguna cifra muestre la valoración de una sola persona.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="299"/>
        <source>%n proposal(s), total cost {cost} of {budget} ({share}), {left} left over.</source>
        <translation>
            <numerusform>%n propuesta, coste total {cost} de {budget} ({share}), sobran {left}.</numerusform>
            <numerusform>%n propuestas, coste total {cost} de {budget} ({share}), sobran {left}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="338"/>
        <source>Dissent = the standard deviation of the participants&apos; scores ÷ 50: 0 is full agreement, 1 a complete split. A dissent of {threshold} or more (this workshop&apos;s threshold) is flagged.</source>
        <translation>Disenso = la desviación típica de las puntuaciones de los participantes ÷ 50: 0 es acuerdo total, 1 una división completa. Se señala un disenso de {threshold} o más (el umbral de este taller).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="344"/>
        <source>A ballot is complete when every proposal × criterion cell holds a rating or &quot;can&apos;t judge&quot;. &quot;Can&apos;t judge&quot; is left out of the scores like a missing rating; the scores use every rating given, complete ballot or not.</source>
        <translation>Una papeleta está completa cuando cada celda propuesta × criterio contiene una valoración o «no puedo juzgar». «No puedo juzgar» se omite en las puntuaciones como una valoración que falta; las puntuaciones usan todas las valoraciones dadas, esté completa la papeleta o no.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="364"/>
        <source>The results are from round {n}, the latest closed round with ratings.</source>
        <translation>Los resultados son de la ronda {n}, la última ronda cerrada con valoraciones.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="236"/>
        <source>{rated} of {total}</source>
        <translation>{rated} de {total}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="237"/>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="238"/>
        <source>Score R{n}</source>
        <translation>Puntuación R{n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="239"/>
        <source>Gap R{n}</source>
        <translation>Brecha R{n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="240"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="268"/>
        <source>▲</source>
        <comment>the mark of a flagged dissent; keep it short</comment>
        <translation>▲</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="269"/>
        <source>▲ dissent of {threshold} or more: the room was split on this proposal.</source>
        <translation>▲ disenso de {threshold} o más: la sala estuvo dividida sobre esta propuesta.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="272"/>
        <source>Score by proposal, with the PMO and TMO scores</source>
        <translation>Puntuación por propuesta, con las puntuaciones PMO y TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="273"/>
        <source>Score (0–100)</source>
        <translation>Puntuación (0–100)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="274"/>
        <source>PMO score against TMO score</source>
        <translation>Puntuación PMO frente a puntuación TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="275"/>
        <source>PMO score</source>
        <translation>Puntuación PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="276"/>
        <source>TMO score</source>
        <translation>Puntuación TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="288"/>
        <source>TMO rates higher</source>
        <translation>La TMO valora más alto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="287"/>
        <source>PMO rates higher</source>
        <translation>La PMO valora más alto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="157"/>
        <source>Round {n}, {rated} of {total} ballots complete</source>
        <translation>Ronda {n}, {rated} de {total} papeletas completas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="235"/>
        <source>Complete</source>
        <comment>ballots complete in a round</comment>
        <translation>Completas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="241"/>
        <source>Results of round {n}: {rated} of {total} ballots complete. Scores run from 0 to 100; the gap is the PMO score minus the TMO score.</source>
        <translation>Resultados de la ronda {n}: {rated} de {total} papeletas completas. Las puntuaciones van de 0 a 100; la brecha es la puntuación PMO menos la puntuación TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="258"/>
        <source>Bubble area: cost</source>
        <translation>Área de la burbuja: coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="259"/>
        <source>Bubble area: expected benefit</source>
        <translation>Área de la burbuja: beneficio esperado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="261"/>
        <source>Full colour: a gap of {top} points, the largest shown.</source>
        <translation>Color pleno: una brecha de {top} puntos, la mayor mostrada.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="277"/>
        <source>Each bubble is a proposal, numbered by rank; its area shows the cost. On the dashed line both offices agree; the shaded band is within {band} points.</source>
        <translation>Cada burbuja es una propuesta, numerada según su posición; su área muestra el coste. Sobre la línea discontinua ambas oficinas coinciden; la franja sombreada abarca hasta {band} puntos de diferencia.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="282"/>
        <source>Each cell is the PMO minus the TMO rating of one criterion, in points out of 100. Proposals in rank order.</source>
        <translation>Cada celda es la valoración PMO menos la TMO de un criterio, en puntos sobre 100. Propuestas por orden de posición.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="289"/>
        <source>The stronger the colour, the larger the gap.</source>
        <translation>Cuanto más intenso el color, mayor la brecha.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="290"/>
        <source>Largest gaps: where the offices disagree most</source>
        <translation>Mayores brechas: donde más discrepan las oficinas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="291"/>
        <source>No gap can be shown: it needs ratings from both the PMO and the TMO.</source>
        <translation>No se puede mostrar ninguna brecha: hacen falta valoraciones tanto de la PMO como de la TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="294"/>
        <source>The set of proposals with the highest total score whose total cost stays within the budget (computed exactly). It informs the decisions; it does not take them.</source>
        <translation>El conjunto de propuestas con la mayor puntuación total cuyo coste total cabe en el presupuesto (calculado de forma exacta). Sirve de base para las decisiones; no las toma.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="37"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="96"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="306"/>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="63"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="307"/>
        <source>Total score</source>
        <translation>Puntuación total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="308"/>
        <source>What moved between round {first} and round {last}</source>
        <translation>Qué cambió entre la ronda {first} y la ronda {last}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="309"/>
        <source>No decision recorded for: {titles}.</source>
        <translation>Sin decisión registrada para: {titles}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="310"/>
        <source>No attendees recorded.</source>
        <translation>No se registraron asistentes.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="311"/>
        <source>No agenda items recorded.</source>
        <translation>No se registraron puntos del orden del día.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="312"/>
        <source>No ratings were recorded, so there are no results to report.</source>
        <translation>No se registraron valoraciones, así que no hay resultados que presentar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="315"/>
        <source>Round {n} is blind and still open: its results are not shown until the round is closed.</source>
        <translation>La ronda {n} es a ciegas y sigue abierta: sus resultados no se muestran hasta que se cierre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="320"/>
        <source>No decisions recorded.</source>
        <translation>No se registraron decisiones.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="321"/>
        <source>No action items recorded.</source>
        <translation>No se registraron acciones.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="322"/>
        <source>No rating rounds were held.</source>
        <translation>No se celebraron rondas de valoración.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="323"/>
        <source>How the scores in these minutes were calculated:</source>
        <translation>Cómo se calcularon las puntuaciones de esta acta:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="111"/>
        <source>Each rating is put on a common scale from 0 to 1: n = (rating − scale minimum) ÷ (scale maximum − scale minimum). For a criterion where lower is better, n = 1 − n, so 1 is always the best.</source>
        <translation>Cada valoración se lleva a una escala común de 0 a 1: n = (valoración − mínimo de la escala) ÷ (máximo de la escala − mínimo de la escala). En un criterio en el que más bajo es mejor, n = 1 − n, de modo que 1 es siempre lo mejor.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="117"/>
        <source>A participant&apos;s score for a proposal is the weighted mean of n over the criteria that participant rated: Σ weight × n ÷ Σ weight. A missing rating is left out, never counted as zero.</source>
        <translation>La puntuación de un participante para una propuesta es la media ponderada de n sobre los criterios que ese participante valoró: Σ ponderación × n ÷ Σ ponderación. Una valoración que falta se omite; nunca cuenta como cero.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="327"/>
        <source>A proposal&apos;s score is 100 × the mean of its participants&apos; scores. The PMO and TMO scores are the same mean over that office&apos;s participants only; participants of other offices count in the overall score.</source>
        <translation>La puntuación de una propuesta es 100 × la media de las puntuaciones de sus participantes. Las puntuaciones PMO y TMO son la misma media calculada solo sobre los participantes de esa oficina; los participantes de otras oficinas cuentan en la puntuación general.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="333"/>
        <source>Gap = PMO score − TMO score, overall and per criterion: positive where the PMO rates higher, negative where the TMO does.</source>
        <translation>Brecha = puntuación PMO − puntuación TMO, en general y por criterio: positiva cuando la PMO valora más alto, negativa cuando lo hace la TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="350"/>
        <source>In office-tagged and anonymous workshops an office&apos;s figure for a proposal or criterion is withheld (—) unless at least two of its participants rated it, and the other office&apos;s figure with it; a figure only one person gave is withheld too.</source>
        <translation>En los talleres por oficina y anónimos, la cifra de una oficina para una propuesta o un criterio se oculta (—) salvo que al menos dos de sus participantes hayan dado una valoración, y con ella la cifra de la otra oficina; también se oculta una cifra que haya dado una sola persona.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="357"/>
        <source>Proposals are ranked by score, highest first; equal scores share a rank (1, 2, 2, 4).</source>
        <translation>Las propuestas se clasifican por puntuación, de mayor a menor; las puntuaciones iguales comparten posición (1, 2, 2, 4).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="362"/>
        <source>Individual ratings are never shown; every figure is an average.</source>
        <translation>Nunca se muestran valoraciones individuales; cada cifra es una media.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="367"/>
        <source>The results are from round {n}, chosen for these minutes.</source>
        <translation>Los resultados son de la ronda {n}, elegida para esta acta.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="124"/>
        <source>Higher is better</source>
        <translation>Más alto es mejor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="125"/>
        <source>Lower is better</source>
        <translation>Más bajo es mejor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="141"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="374"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="375"/>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="128"/>
        <source>Named (with the participants&apos; names)</source>
        <translation>Con nombre (con los nombres de los participantes)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="129"/>
        <source>By office, never by person</source>
        <translation>Por oficina, nunca por persona</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="130"/>
        <source>Anonymous (no names)</source>
        <translation>Anónimas (sin nombres)</translation>
    </message>
</context>
<context>
    <name>NameCards</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="25"/>
        <source>Name cards: {title}</source>
        <translation>Tarjetas identificativas: {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="26"/>
        <source>Name cards with the personal links of the workshop {title}</source>
        <translation>Tarjetas identificativas con los enlaces personales del taller {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="30"/>
        <source>name cards</source>
        <translation>tarjetas identificativas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="31"/>
        <source>workshop</source>
        <translation>taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="32"/>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="33"/>
        <source>QR code</source>
        <translation>código QR</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="35"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="36"/>
        <source>Cut along the dashed lines.</source>
        <translation>Recorte por las líneas discontinuas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="37"/>
        <source>Personal code</source>
        <translation>Código personal</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="38"/>
        <source>Scan with your phone&apos;s camera, or open the address and enter the code.</source>
        <translation>Escanee con la cámara de su teléfono o abra la dirección e introduzca el código.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="59"/>
        <source>workshop &apos;{title}&apos; has no participants to print cards for</source>
        <translation>el taller «{title}» no tiene participantes para los que imprimir tarjetas</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="31"/>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="33"/>
        <source>Workshop title</source>
        <translation>Título del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="34"/>
        <source>e.g. Q1 portfolio review</source>
        <translation>p. ej., revisión de cartera del T1</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="36"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="41"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="63"/>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="162"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="65"/>
        <source>e.g. Acme delivery method</source>
        <translation>p. ej., método de entrega de Acme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="69"/>
        <source>Integrated PMO–TMO lifecycle (8 phases, 18 roles)</source>
        <translation>Ciclo de vida integrado PMO–TMO (8 fases, 18 roles)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="71"/>
        <source>Light lifecycle for small teams</source>
        <translation>Ciclo de vida ligero para equipos pequeños</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="72"/>
        <source>Empty: only the standard offices</source>
        <translation>Vacío: solo las oficinas estándar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="80"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="89"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="90"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Basado en:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="91"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="98"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="125"/>
        <source>“{file}” already exists here.</source>
        <translation>«{file}» ya existe aquí.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="138"/>
        <source>“{file}” already exists in {folder}.

Open that workspace, or create the new one under another name?</source>
        <translation>«{file}» ya existe en {folder}.

¿Abrir ese espacio de trabajo o crear el nuevo con otro nombre?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="146"/>
        <source>Open It</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="150"/>
        <source>Choose Another Name</source>
        <translation>Elegir otro nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="164"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>Espacios de trabajo PMO–TMO (*.pmotmo)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="171"/>
        <source>Give the workspace a name.</source>
        <translation>Asigne un nombre al espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="174"/>
        <source>Choose where to save it.</source>
        <translation>Elija dónde guardarlo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="81"/>
        <source>Choose where to save the workspace</source>
        <translation>Elegir dónde guardar el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>OfficeDelegate</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="281"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
</context>
<context>
    <name>OfficeScoreChart</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="52"/>
        <source>Nothing to plot: no proposal has both a PMO and a TMO score.</source>
        <translation>Nada que representar: ninguna propuesta tiene a la vez puntuación PMO y TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="55"/>
        <source>Rank {rank}, {title}: PMO {pmo}, TMO {tmo}, gap {gap}.</source>
        <translation>Posición {rank}, {title}: PMO {pmo}, TMO {tmo}, brecha {gap}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="63"/>
        <source>Cost {cost}.</source>
        <translation>Coste {cost}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="112"/>
        <source>PMO rates higher</source>
        <translation>La PMO valora más alto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="112"/>
        <source>TMO rates higher</source>
        <translation>La TMO valora más alto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="233"/>
        <source>PMO = TMO</source>
        <translation>PMO = TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="234"/>
        <source>agree ±{band}</source>
        <translation>acuerdo ±{band}</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="147"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="167"/>
        <source>Double-click or press Enter to choose a colour</source>
        <translation>Doble clic o Intro para elegir un color</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="149"/>
        <source>How many roles belong to the office</source>
        <translation>Cuántos roles pertenecen a la oficina</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_editors.py" line="133"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="130"/>
        <source>unknown pack section &apos;{name}&apos;; choose from {choices}</source>
        <translation>sección del dosier desconocida «{name}»; elija entre {choices}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="145"/>
        <source>{folder}: cannot be created ({error})</source>
        <translation>{folder}: no se puede crear ({error})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="150"/>
        <source>{folder}: not a folder</source>
        <translation>{folder}: no es una carpeta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="156"/>
        <source>{folder}: cannot be written ({error})</source>
        <translation>{folder}: no se puede escribir ({error})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="183"/>
        <source>workshop</source>
        <comment>a file name</comment>
        <translation>taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="22"/>
        <source>pre-read</source>
        <comment>end of a file name</comment>
        <translation>documentación previa</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="23"/>
        <source>minutes</source>
        <comment>end of a file name</comment>
        <translation>acta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="24"/>
        <source>role handbook</source>
        <comment>end of a file name</comment>
        <translation>manual de roles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="25"/>
        <source>methodology and RACI</source>
        <comment>end of a file name</comment>
        <translation>metodología y RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="26"/>
        <source>results</source>
        <comment>end of a file name</comment>
        <translation>resultados</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="29"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="95"/>
        <source>Meeting pack</source>
        <translation>Dosier de la reunión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="31"/>
        <source>&amp;Pre-read (agenda, proposals, criteria, method — no results)</source>
        <translation>&amp;Documentación previa (orden del día, propuestas, criterios, método — sin resultados)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="32"/>
        <source>&amp;Minutes (PDF)</source>
        <translation>&amp;Acta (PDF)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="33"/>
        <source>Role &amp;handbook (who does what, office by office)</source>
        <translation>&amp;Manual de roles (quién hace qué, oficina por oficina)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="34"/>
        <source>Methodology and &amp;RACI workbook</source>
        <translation>Libro de Excel de metodología y &amp;RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="35"/>
        <source>Results &amp;workbook (every rating, recomputable)</source>
        <translation>&amp;Libro de resultados (todas las valoraciones, recalculables)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="38"/>
        <source>Write these documents:</source>
        <translation>Escribir estos documentos:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="46"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="47"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="51"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="60"/>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="68"/>
        <source>Folder for the pack</source>
        <translation>Carpeta para el dosier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="89"/>
        <source>Writing the meeting pack…</source>
        <translation>Escribiendo el dosier de la reunión…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="104"/>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="48"/>
        <source>Choose the folder for the pack</source>
        <translation>Elegir la carpeta para el dosier</translation>
    </message>
</context>
<context>
    <name>PairwiseField</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="20"/>
        <source>Compare criteria pairwise before rating (AHP)</source>
        <translation>Comparar los criterios por pares antes de valorar (AHP)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="22"/>
        <source>Compare criteria pairwise before rating</source>
        <translation>Comparar los criterios por pares antes de valorar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="25"/>
        <source>Each participant first says, for every pair of criteria, which matters more and how much. The facilitator may then adopt the group&apos;s weights (Results → Criteria Weights…).</source>
        <translation>Cada participante indica primero, para cada par de criterios, cuál importa más y cuánto. Después, el moderador puede adoptar las ponderaciones del grupo (Resultados → Ponderaciones de los criterios…).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="52"/>
        <source>The criteria&apos;s weights are the group&apos;s, adopted on {date}. Setting a weight by hand makes them all set by hand again.</source>
        <translation>Las ponderaciones de los criterios son las del grupo, adoptadas el {date}. Si fija una ponderación a mano, todas vuelven a fijarse a mano.</translation>
    </message>
</context>
<context>
    <name>PairwiseStep</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="63"/>
        <source>For each pair, choose which criterion matters more for these proposals, and how much: the further to its side, the more. Left and Right move the answer, Enter goes to the next pair, Delete clears one. Every answer is saved at once.</source>
        <translation>Para cada par, elija qué criterio importa más para estas propuestas, y cuánto: cuanto más hacia su lado, más. Izquierda y Derecha mueven la respuesta, Intro pasa al par siguiente, Supr borra una. Cada respuesta se guarda al instante.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="83"/>
        <source>Your weights</source>
        <translation>Sus ponderaciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="104"/>
        <source>Go on to the ratings (Ctrl+Enter)</source>
        <translation>Pasar a las valoraciones (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="130"/>
        <source>&lt;h2&gt;Criteria weights of {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ponderaciones de los criterios de {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="150"/>
        <source>◀ the left one matters more</source>
        <translation>◀ el de la izquierda importa más</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="151"/>
        <source>the right one matters more ▶</source>
        <translation>el de la derecha importa más ▶</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="175"/>
        <source>{a} versus {b}</source>
        <translation>{a} frente a {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="189"/>
        <source>Clear this answer (Delete)</source>
        <translation>Borrar esta respuesta (Supr)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="219"/>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="232"/>
        <source>Pairs answered: {answered} of {total}</source>
        <translation>Pares respondidos: {answered} de {total}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="235"/>
        <source>&amp;Continue to Rating</source>
        <translation>&amp;Continuar a la valoración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="235"/>
        <source>&amp;Skip to Rating</source>
        <translation>&amp;Saltar a la valoración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="245"/>
        <source>Your weights appear once your answers link every criterion.</source>
        <translation>Sus ponderaciones aparecen cuando sus respuestas conectan todos los criterios.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="247"/>
        <source>Not yet compared with the others: {names}</source>
        <translation>Aún sin comparar con los demás: {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="265"/>
        <source>Consistency ratio &lt;b&gt;{cr}&lt;/b&gt;: consistent enough (up to {limit}).</source>
        <translation>Razón de consistencia &lt;b&gt;{cr}&lt;/b&gt;: suficientemente consistente (hasta {limit}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="268"/>
        <source>Consistency ratio &lt;b&gt;{cr}&lt;/b&gt;: above {limit}, some answers contradict each other.</source>
        <translation>Razón de consistencia &lt;b&gt;{cr}&lt;/b&gt;: por encima de {limit}, algunas respuestas se contradicen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="273"/>
        <source>Look again at &lt;b&gt;{a}&lt;/b&gt; versus &lt;b&gt;{b}&lt;/b&gt; (⚠).</source>
        <translation>Revise de nuevo &lt;b&gt;{a}&lt;/b&gt; frente a &lt;b&gt;{b}&lt;/b&gt; (⚠).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="287"/>
        <source>Clear comparison</source>
        <translation>Borrar comparación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="294"/>
        <source>Compare criteria</source>
        <translation>Comparar criterios</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="255"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="255"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="255"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="258"/>
        <source>The office the participant speaks for in the gap view</source>
        <translation>La oficina en cuyo nombre habla el participante en la vista de brechas</translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="186"/>
        <source>The pasted cells have no header line, so their columns were matched by position. Check each column&apos;s field (or ignore it), then add the rows.</source>
        <translation>Las celdas pegadas no tienen fila de encabezado, así que sus columnas se asignaron por posición. Compruebe el campo de cada columna (o ignórela) y después añada las filas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="200"/>
        <source>Field of pasted column {n}</source>
        <translation>Campo de la columna pegada {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="201"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="241"/>
        <source>two pasted columns fill the same field</source>
        <translation>dos columnas pegadas rellenan el mismo campo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="247"/>
        <source>Add Rows</source>
        <translation>Añadir filas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="251"/>
        <source>Add %n Row(s)</source>
        <translation>
            <numerusform>Añadir %n fila</numerusform>
            <numerusform>Añadir %n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioProposalsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="95"/>
        <source>Change what “{name}” requires</source>
        <translation>Cambiar lo que requiere “{name}”</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="101"/>
        <source>Selection decides</source>
        <translation>Según la selección</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="102"/>
        <source>Must fund</source>
        <translation>Financiación obligatoria</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="103"/>
        <source>Must not fund</source>
        <translation>Financiación excluida</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="140"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="141"/>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="142"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="143"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="144"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="145"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="146"/>
        <source>Resource use</source>
        <translation>Uso de recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="147"/>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="148"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="149"/>
        <source>Requires</source>
        <translation>Requiere</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="150"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="156"/>
        <source>Who asks for the project</source>
        <translation>Quién solicita el proyecto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="157"/>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="158"/>
        <source>Expected benefit</source>
        <translation>Beneficio esperado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="159"/>
        <source>Expected duration in months</source>
        <translation>Duración prevista en meses</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="161"/>
        <source>How much of the workshop&apos;s second resource (e.g. people) it needs</source>
        <translation>Cuánto necesita del segundo recurso del taller (p. ej., personas)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="162"/>
        <source>Whether the selection decides, or it must or must not be funded</source>
        <translation>Si decide la selección, o si debe o no debe financiarse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="163"/>
        <source>Why it must, or must not, be funded</source>
        <translation>Por qué debe, o no debe, financiarse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="164"/>
        <source>Proposals it depends on: it is funded only if they all are</source>
        <translation>Propuestas de las que depende: solo se financia si se financian todas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="165"/>
        <source>Alternatives share a group; at most the group&apos;s limit of them is funded</source>
        <translation>Las alternativas comparten un grupo; como máximo se financian tantas como permite el límite del grupo</translation>
    </message>
</context>
<context>
    <name>PortfolioRules</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="39"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="68"/>
        <source>{resource} used</source>
        <translation>Uso de {resource}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="40"/>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="124"/>
        <source>Resource use</source>
        <translation>Uso de recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="42"/>
        <source>Requires</source>
        <translation>Requiere</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="43"/>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="44"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="45"/>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="47"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="46"/>
        <source>At most</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="66"/>
        <source>&apos;{proposal}&apos; requires &apos;{other}&apos;, which is not a proposal here</source>
        <translation>&apos;{proposal}&apos; requiere &apos;{other}&apos;, que no figura entre las propuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="70"/>
        <source>&apos;{proposal}&apos; cannot require itself</source>
        <translation>&apos;{proposal}&apos; no puede requerirse a sí misma</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="75"/>
        <source>these proposals require each other in a circle: {circle}</source>
        <translation>estas propuestas se requieren entre sí en círculo: {circle}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="80"/>
        <source>&apos;{proposal}&apos; must be funded but requires &apos;{other}&apos;, which must not be ({chain})</source>
        <translation>&apos;{proposal}&apos; debe financiarse pero requiere &apos;{other}&apos;, que no debe financiarse ({chain})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="89"/>
        <source>group &apos;{group}&apos; allows at most {limit} funded, but {count} of its proposals must be funded ({titles})</source>
        <translation>el grupo &apos;{group}&apos; permite financiar como máximo {limit}, pero {count} de sus propuestas deben financiarse ({titles})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="100"/>
        <source>group &apos;{group}&apos;: at most must be a whole number, 1 or more ({value})</source>
        <translation>grupo &apos;{group}&apos;: el máximo debe ser un número entero, 1 o mayor ({value})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="104"/>
        <source>group &apos;{group}&apos; has no limit of its own, so at most 1 of its proposals is funded</source>
        <translation>el grupo &apos;{group}&apos; no tiene límite propio, así que como máximo se financia 1 de sus propuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="108"/>
        <source>&apos;{proposal}&apos;: the resource use must not be negative ({value})</source>
        <translation>&apos;{proposal}&apos;: el uso de recurso no puede ser negativo ({value})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="24"/>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="60"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="25"/>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="61"/>
        <source>must fund</source>
        <translation>financiación obligatoria</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="26"/>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="62"/>
        <source>must not fund</source>
        <translation>financiación excluida</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="83"/>
        <source>at most</source>
        <translation>máximo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="109"/>
        <source>no proposal is called &apos;{title}&apos; on this sheet</source>
        <translation>ninguna propuesta se llama &apos;{title}&apos; en esta hoja</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="120"/>
        <source>&apos;{value}&apos; is not {choices}</source>
        <translation>&apos;{value}&apos; no es ninguno de estos valores: {choices}</translation>
    </message>
</context>
<context>
    <name>PortfolioTab</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="81"/>
        <source>{rank} (was {before})</source>
        <translation>{rank} (antes {before})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="89"/>
        <source>✗ must not</source>
        <translation>✗ excluida</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="92"/>
        <source>✓ new</source>
        <translation>✓ nueva</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="94"/>
        <source>✗ dropped</source>
        <translation>✗ retirada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="99"/>
        <source>✓ must</source>
        <translation>✓ obligatoria</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="107"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="112"/>
        <source>Must not be funded.</source>
        <translation>Financiación excluida.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="115"/>
        <source>Funded under the moved weights, not under the set ones.</source>
        <translation>Financiada con las ponderaciones modificadas, no con las fijadas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="119"/>
        <source>Funded under the set weights, not under the moved ones.</source>
        <translation>Financiada con las ponderaciones fijadas, no con las modificadas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="124"/>
        <source>Must be funded.</source>
        <translation>Financiación obligatoria.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="126"/>
        <source>Funded.</source>
        <translation>Financiada.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="135"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="162"/>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="164"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="173"/>
        <source>A tie for first place: any move of this weight changes the top proposal.</source>
        <translation>Empate en la primera posición: cualquier cambio de esta ponderación cambia la propuesta en cabeza.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="184"/>
        <source>%n funded</source>
        <translation>
            <numerusform>%n financiada</numerusform>
            <numerusform>%n financiadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="185"/>
        <source>total score {score}</source>
        <translation>puntuación total {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="191"/>
        <source>cost {cost} (no budget set)</source>
        <translation>coste {cost} (sin presupuesto)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="197"/>
        <source>cost {cost} of {budget}</source>
        <translation>coste {cost} de {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="202"/>
        <source>second resource</source>
        <translation>segundo recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="207"/>
        <source>{resource}: {used} (no limit)</source>
        <translation>{resource}: {used} (sin límite)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="213"/>
        <source>{resource}: {used} of {limit}</source>
        <translation>{resource}: {used} de {limit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="221"/>
        <source>(counted as costing nothing, having no cost: {titles})</source>
        <translation>(contadas con coste cero por no tener coste: {titles})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="276"/>
        <source>only PMO</source>
        <translation>solo PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="278"/>
        <source>only TMO</source>
        <translation>solo TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="297"/>
        <source>the rules cannot all hold</source>
        <translation>las reglas no pueden cumplirse todas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="298"/>
        <source>score {score}, cost {cost}</source>
        <translation>puntuación {score}, coste {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="306"/>
        <source>Joint: {summary}</source>
        <translation>Conjunta: {summary}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="309"/>
        <source>PMO alone: {summary}</source>
        <translation>Solo PMO: {summary}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="312"/>
        <source>TMO alone: {summary}</source>
        <translation>Solo TMO: {summary}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="132"/>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="133"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="189"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="134"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="135"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="136"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="295"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="137"/>
        <source>Funded</source>
        <translation>Financiada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="139"/>
        <source>Chance
funded</source>
        <translation>Probabilidad
de financiación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="147"/>
        <source>Proposals and the funded set</source>
        <translation>Propuestas y selección financiada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="161"/>
        <source>Reset to set weights</source>
        <translation>Volver a las ponderaciones fijadas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="169"/>
        <source>Move a criterion&apos;s weight to see how the ranking and the funded set would change. Only this view changes: the workshop&apos;s weights stay as set.</source>
        <translation>Mueva la ponderación de un criterio para ver cómo cambiarían la clasificación y la selección financiada. Solo cambia esta vista: las ponderaciones del taller se mantienen tal como están fijadas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="186"/>
        <source>Efficient frontier</source>
        <translation>Frontera eficiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="190"/>
        <source>Joint</source>
        <translation>Conjunta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="191"/>
        <source>PMO alone</source>
        <translation>Solo PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="192"/>
        <source>TMO alone</source>
        <translation>Solo TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="193"/>
        <source>Differs</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="198"/>
        <source>What the joint, PMO and TMO scores fund</source>
        <translation>Lo que financian las puntuaciones conjunta, PMO y TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="211"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="212"/>
        <source>Weight
now</source>
        <translation>Ponderación
actual</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="214"/>
        <source>Top stays
within</source>
        <translation>Primera posición
sin cambios entre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="220"/>
        <source>Funded set
stays within</source>
        <translation>Selección financiada
sin cambios entre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="226"/>
        <source>How far each weight may move</source>
        <translation>Cuánto puede variar cada ponderación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="238"/>
        <source>Portfolio views</source>
        <translation>Vistas de la cartera</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="239"/>
        <source>What if</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="240"/>
        <source>Fro&amp;ntier</source>
        <translation>Frontera e&amp;ficiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="241"/>
        <source>P&amp;MO · TMO · joint</source>
        <translation>P&amp;MO · TMO · conjunta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="242"/>
        <source>Sensitivit&amp;y</source>
        <translation>Se&amp;nsibilidad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="264"/>
        <source>No revealed round to decide on.</source>
        <translation>No hay ninguna ronda revelada sobre la que decidir.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="327"/>
        <source>&lt;b&gt;What if:&lt;/b&gt; ranks and the funded set under the moved weights. Nothing is stored; “Reset to set weights” shows the decision again.</source>
        <translation>&lt;b&gt;Simulación:&lt;/b&gt; posiciones y selección financiada con las ponderaciones modificadas. No se guarda nada; “Volver a las ponderaciones fijadas” muestra de nuevo la decisión.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="347"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="372"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="374"/>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="352"/>
        <source>&lt;b&gt;No set can be funded:&lt;/b&gt; these rules cannot all hold together&lt;ul&gt;{items}&lt;/ul&gt;Change one of them on the Set-up page, or the budget.</source>
        <translation>&lt;b&gt;No se puede financiar ninguna selección:&lt;/b&gt; estas reglas no pueden cumplirse todas a la vez&lt;ul&gt;{items}&lt;/ul&gt;Cambie una de ellas en la página Preparación, o el presupuesto.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="360"/>
        <source>&lt;b&gt;Funded under the workshop&apos;s rules&lt;/b&gt; (round {n}, the best total score within the budget and every rule).</source>
        <translation>&lt;b&gt;Financiado según las reglas del taller&lt;/b&gt; (ronda {n}, la mejor puntuación total dentro del presupuesto y de todas las reglas).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="381"/>
        <source>No set satisfies the rules at any budget.</source>
        <translation>Ninguna selección cumple las reglas con ningún presupuesto.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="386"/>
        <source>How far each criterion&apos;s weight may move, the others held, before the top proposal or the funded set changes.</source>
        <translation>Cuánto puede variar la ponderación de cada criterio, con las demás fijas, antes de que cambie la propuesta en primera posición o la selección financiada.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="398"/>
        <source>The analysis could not be completed: {error}</source>
        <translation>No se pudo completar el análisis: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="449"/>
        <source>Share of %n random weightings (each weight wobbling around its set value) under which it is funded</source>
        <translation>
            <numerusform>Proporción de %n ponderación aleatoria (cada ponderación oscilando en torno a su valor fijado) en la que se financia</numerusform>
            <numerusform>Proporción de las %n ponderaciones aleatorias (cada ponderación oscilando en torno a su valor fijado) en las que se financia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreRead</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="38"/>
        <source>Pre-read</source>
        <translation>Documentación previa</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="39"/>
        <source>Pre-read for the workshop {title}</source>
        <translation>Documentación previa del taller {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="40"/>
        <source>pre-read</source>
        <translation>documentación previa</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="42"/>
        <source>Pre-read · {date}</source>
        <translation>Documentación previa · {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="33"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="51"/>
        <source>%n item(s), {duration}</source>
        <translation>
            <numerusform>%n punto, {duration}</numerusform>
            <numerusform>%n puntos, {duration}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="34"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="53"/>
        <source>{n} to assess, {cost} estimated cost in total</source>
        <translation>{n} por evaluar, coste estimado total de {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="55"/>
        <source>About this pack</source>
        <translation>Acerca de esta documentación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="56"/>
        <source>Please read this pack before the workshop. It sets out the agenda, the proposals to be assessed, the criteria you will rate them on and how the scores will be computed. It holds no ratings, no results and no decisions: those are made together in the room.</source>
        <translation>Lea esta documentación antes del taller. Recoge el orden del día, las propuestas que se evaluarán, los criterios con los que las valorará y cómo se calcularán las puntuaciones. No contiene valoraciones, resultados ni decisiones: se toman juntos en la sala.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="66"/>
        <source>Criteria and method</source>
        <translation>Criterios y método</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="69"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="70"/>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="35"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="73"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="74"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="77"/>
        <source>Times are counted from the start of the workshop.</source>
        <translation>Los tiempos se cuentan desde el inicio del taller.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="78"/>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="81"/>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="82"/>
        <source>Expected benefit</source>
        <translation>Beneficio esperado</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="84"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="85"/>
        <source>{n} months</source>
        <translation>{n} meses</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="87"/>
        <source>No description given.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="88"/>
        <source>Each proposal is rated on each criterion below, on the criterion&apos;s scale. The weight sets how much a criterion counts; the share is its part of the total weight.</source>
        <translation>Cada propuesta se valora en cada uno de los criterios siguientes, con la escala del criterio. La ponderación fija cuánto cuenta un criterio; la proporción es su parte de la ponderación total.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="98"/>
        <source>How the scores will be computed:</source>
        <translation>Cómo se calcularán las puntuaciones:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="102"/>
        <source>A proposal&apos;s score is 100 × the mean of its participants&apos; scores. The PMO and TMO scores are the same mean over that office&apos;s participants; the gap between them shows where the two offices see a proposal differently.</source>
        <translation>La puntuación de una propuesta es 100 × la media de las puntuaciones de sus participantes. Las puntuaciones PMO y TMO son la misma media sobre los participantes de esa oficina; la brecha entre ellas muestra dónde ven las dos oficinas una propuesta de forma distinta.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="108"/>
        <source>Proposals are ranked by score, highest first. Individual ratings are never shown; every figure is an average.</source>
        <translation>Las propuestas se clasifican por puntuación, de mayor a menor. Nunca se muestran valoraciones individuales; cada cifra es una media.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="114"/>
        <source>Rating rounds</source>
        <translation>Rondas de valoración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="116"/>
        <source>Rating happens in rounds. A round is blind: while it is open nobody sees anyone else&apos;s ratings, and the room sees only how many ballots are complete.</source>
        <translation>La valoración se hace por rondas. Una ronda es a ciegas: mientras está abierta nadie ve las valoraciones de los demás, y la sala solo ve cuántas papeletas están completas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="121"/>
        <source>When the round closes the results are revealed, and the largest differences between the PMO and the TMO become the discussion agenda. A further round may follow; the latest closed round counts.</source>
        <translation>Cuando se cierra la ronda se revelan los resultados, y las mayores diferencias entre la PMO y la TMO pasan a ser el orden del día del debate. Puede seguir otra ronda; cuenta la última ronda cerrada.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="127"/>
        <source>Rate every proposal on every criterion. Where you cannot judge one, answer &quot;can&apos;t judge&quot; rather than guess: it is not counted as zero, and your ballot is complete once every cell holds a rating or &quot;can&apos;t judge&quot;.</source>
        <translation>Valore cada propuesta en cada criterio. Cuando no pueda juzgar uno, responda «no puedo juzgar» en lugar de adivinar: no cuenta como cero, y su papeleta está completa cuando cada celda tiene una valoración o «no puedo juzgar».</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="139"/>
        <source>This workshop is anonymous: only the number of participants from each office is listed.</source>
        <translation>Este taller es anónimo: solo se indica el número de participantes de cada oficina.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="144"/>
        <source>No agenda items yet.</source>
        <translation>Todavía no hay puntos en el orden del día.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="145"/>
        <source>No proposals yet.</source>
        <translation>Todavía no hay propuestas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="146"/>
        <source>No criteria yet.</source>
        <translation>Todavía no hay criterios.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="147"/>
        <source>No participants yet.</source>
        <translation>Todavía no hay participantes.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="102"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="122"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="125"/>
        <source>Follow the system ({language})</source>
        <translation>Según el sistema ({language})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="129"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="130"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="131"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="133"/>
        <source>RACI: Responsible, Accountable, Consulted, Informed</source>
        <translation>RACI: Responsable, Aprobador, Consultado, Informado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="134"/>
        <source>RASCI: adds Supportive</source>
        <translation>RASCI: añade Apoyo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="135"/>
        <source>RACI-VS: adds Verifies and Signs</source>
        <translation>RACI-VS: añade Verifica y firma</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="138"/>
        <source>A role holding R or A in more activities of one phase than this is flagged.</source>
        <translation>Se señala un rol que tenga R o A en más actividades de una fase que este valor.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="142"/>
        <source>More Consulted roles than this on one activity is flagged.</source>
        <translation>Se señala una actividad con más roles Consultados que este valor.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="152"/>
        <source>A new workshop flags proposals whose dissent is at or above this; each workshop keeps its own threshold, changed on its Set-up page. Dissent is the spread of the participants&apos; scores: 0 is full agreement, 1 a room split into two extremes.</source>
        <translation>Un taller nuevo señala las propuestas cuyo disenso alcanza o supera este valor; cada taller conserva su propio umbral, que se cambia en su página Preparación. El disenso es la dispersión de las puntuaciones de los participantes: 0 es acuerdo total, 1 una sala dividida en dos extremos.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="161"/>
        <source>The folder last used for each kind of file</source>
        <translation>La última carpeta usada para cada tipo de archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="163"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="164"/>
        <source>Choose the default export folder</source>
        <translation>Elegir la carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="170"/>
        <source>Reopen the workspace open at &amp;quit</source>
        <translation>&amp;Reabrir el espacio de trabajo abierto al salir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="172"/>
        <source>Started without a file, the app opens the workspace you last worked in.</source>
        <translation>Iniciada sin archivo, la aplicación abre el espacio de trabajo en el que trabajó por última vez.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="178"/>
        <source>applies after a restart</source>
        <translation>se aplica tras reiniciar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="185"/>
        <source>Language and appearance</source>
        <translation>Idioma y aspecto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="186"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="187"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="188"/>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="189"/>
        <source>RACI &amp;variant of new workspaces:</source>
        <translation>&amp;Variante RACI de los nuevos espacios de trabajo:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="190"/>
        <source>Most R or A per role in one &amp;phase:</source>
        <translation>Máximo de R o A por rol en una &amp;fase:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="191"/>
        <source>Most &amp;Consulted roles per activity:</source>
        <translation>Máximo de roles &amp;Consultados por actividad:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="192"/>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="193"/>
        <source>Default dissent threshold for new &amp;workshops:</source>
        <translation>Umbral de &amp;disenso de los nuevos talleres:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="194"/>
        <source>Files and backups</source>
        <translation>Archivos y copias de seguridad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="195"/>
        <source>&amp;Back up every (minutes):</source>
        <translation>Copia de &amp;seguridad cada (minutos):</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="196"/>
        <source>Backups &amp;kept:</source>
        <translation>Copias co&amp;nservadas:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="197"/>
        <source>&amp;Export folder:</source>
        <translation>Carpeta de e&amp;xportación:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="262"/>
        <source>Default export folder</source>
        <translation>Carpeta de exportación predeterminada</translation>
    </message>
</context>
<context>
    <name>PresenterRoom</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter_room.py" line="21"/>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR de la dirección de la sala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter_room.py" line="22"/>
        <source>Rate on your phone</source>
        <translation>Valore desde su teléfono</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter_room.py" line="48"/>
        <source>Room code: {code}</source>
        <translation>Código de sala: {code}</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="73"/>
        <source>PMO–TMO Desktop — presenter view</source>
        <translation>PMO–TMO Desktop — vista de presentación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="96"/>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="97"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="98"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="99"/>
        <source>PMO</source>
        <translation>PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="100"/>
        <source>TMO</source>
        <translation>TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="101"/>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="163"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="168"/>
        <source>&amp;Close Presenter View</source>
        <translation>&amp;Cerrar vista de presentación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="203"/>
        <source>No workshop selected</source>
        <translation>Ningún taller seleccionado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="236"/>
        <source>Round {n}&lt;br&gt;&lt;b&gt;{progress}&lt;/b&gt;</source>
        <translation>Ronda {n}&lt;br&gt;&lt;b&gt;{progress}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="217"/>
        <source>Waiting for the first round</source>
        <translation>Esperando la primera ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="222"/>
        <source>— withheld for privacy: fewer than two participants of an office rated it.</source>
        <translation>— oculta por privacidad: menos de dos participantes de una oficina la valoraron.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="113"/>
        <source>Current agenda item</source>
        <translation>Punto actual del orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="114"/>
        <source>Time left on the current item</source>
        <translation>Tiempo restante del punto actual</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="115"/>
        <source>Rating progress</source>
        <translation>Progreso de la valoración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="116"/>
        <source>Results by proposal</source>
        <translation>Resultados por propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="117"/>
        <source>PMO versus TMO gap by criterion</source>
        <translation>Brecha PMO frente a TMO por criterio</translation>
    </message>
</context>
<context>
    <name>PrintChooser</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="100"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="102"/>
        <source>Print this document:</source>
        <translation>Imprimir este documento:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="124"/>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="73"/>
        <source>&amp;Minutes of the workshop (the round the Results page shows)</source>
        <translation>&amp;Acta del taller (la ronda que muestra la página Resultados)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="76"/>
        <source>&amp;Pre-read with the agenda</source>
        <translation>Documentación &amp;previa con el orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="77"/>
        <source>Role &amp;handbook (each role&apos;s RACI letters, office by office)</source>
        <translation>&amp;Manual de roles (las letras RACI de cada rol, oficina por oficina)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="156"/>
        <source>Print preview — {title}</source>
        <translation>Vista previa de impresión — {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="184"/>
        <source>Print &amp;Document…</source>
        <translation>Imprimir un &amp;documento…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="197"/>
        <source>Print the minutes, the pre-read or the role handbook, with a preview</source>
        <translation>Imprimir el acta, la documentación previa o el manual de roles, con vista previa</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="201"/>
        <source>Open a workspace to print its documents</source>
        <translation>Abra un espacio de trabajo para imprimir sus documentos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="211"/>
        <source>Open a workspace first.</source>
        <translation>Abra primero un espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="215"/>
        <source>Choose a workshop in the Workshops area first.</source>
        <translation>Elija primero un taller en el área Talleres.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="248"/>
        <source>Role handbook</source>
        <translation>Manual de roles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="254"/>
        <source>Pre-read — {title}</source>
        <translation>Documentación previa — {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="257"/>
        <source>Minutes — {title}</source>
        <translation>Acta — {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="277"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="212"/>
        <source>Workspace properties</source>
        <translation>Propiedades del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="217"/>
        <source>RACI: Responsible, Accountable, Consulted, Informed</source>
        <translation>RACI: Responsable, Aprobador, Consultado, Informado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="218"/>
        <source>RASCI: adds Supportive</source>
        <translation>RASCI: añade Apoyo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="219"/>
        <source>RACI-VS: adds Verifies and Signs</source>
        <translation>RACI-VS: añade Verifica y firma</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="225"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="226"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="227"/>
        <source>RACI &amp;variant:</source>
        <translation>&amp;Variante RACI:</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="53"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="56"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="59"/>
        <source>Owning office</source>
        <translation>Oficina responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="64"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="69"/>
        <source>Approving roles</source>
        <translation>Roles aprobadores</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="78"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="79"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="80"/>
        <source>Owning &amp;office:</source>
        <translation>&amp;Oficina responsable:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="81"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="139"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="84"/>
        <source>&amp;Approved by:</source>
        <translation>Apro&amp;bado por:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="94"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="99"/>
        <source>Management</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="95"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="99"/>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="96"/>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="102"/>
        <source>Gate</source>
        <translation>Puerta de fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="103"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="104"/>
        <source>Sign-off</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="113"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="114"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="115"/>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="116"/>
        <source>Gate, review or sign-off</source>
        <translation>Puerta de fase, revisión o aprobación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="118"/>
        <source>Select an item to see its details</source>
        <translation>Seleccione un elemento para ver sus detalles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="131"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="139"/>
        <source>&amp;Criteria:</source>
        <translation>&amp;Criterios:</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="94"/>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="126"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="308"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="126"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="309"/>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="310"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="311"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="312"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="313"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="319"/>
        <source>Who asks for the project</source>
        <translation>Quién solicita el proyecto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="320"/>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="321"/>
        <source>Expected benefit</source>
        <translation>Beneficio esperado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="322"/>
        <source>Expected duration in months</source>
        <translation>Duración prevista en meses</translation>
    </message>
</context>
<context>
    <name>RaciArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="32"/>
        <source>RACI matrix</source>
        <translation>Matriz RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="39"/>
        <source>Phase filter</source>
        <translation>Filtro de fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="40"/>
        <source>Office filter</source>
        <translation>Filtro de oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="41"/>
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="47"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="48"/>
        <source>&amp;Office:</source>
        <translation>&amp;Oficina:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="49"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="58"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="59"/>
        <source>Accountable</source>
        <translation>Aprobador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="60"/>
        <source>Consulted</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="61"/>
        <source>Informed</source>
        <translation>Informado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="62"/>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="135"/>
        <source>Supportive</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="63"/>
        <source>Verifies and signs</source>
        <translation>Verifica y firma</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="76"/>
        <source>Type a letter to toggle it in the selected cells · Delete clears · Ctrl+C / Ctrl+V exchange cells with a spreadsheet</source>
        <translation>Escriba una letra para activarla o desactivarla en las celdas seleccionadas · Supr vacía · Ctrl+C / Ctrl+V intercambian celdas con una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="135"/>
        <source>Signs</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="136"/>
        <source>Verifies</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="255"/>
        <source>Management</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="256"/>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="257"/>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="263"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="290"/>
        <source>Clear letters</source>
        <translation>Borrar letras</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="291"/>
        <source>Paste letters</source>
        <translation>Pegar letras</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="292"/>
        <source>Type letters</source>
        <translation>Escribir letras</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="294"/>
        <source>Toggle {letter}</source>
        <translation>Alternar {letter}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="163"/>
        <source>{variant} matrix: {activities} activities × {roles} roles, {cells} cells filled</source>
        <translation>Matriz {variant}: {activities} actividades × {roles} roles, {cells} celdas rellenas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="33"/>
        <source>Roles by office</source>
        <translation>Roles por oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="84"/>
        <source>Arrows move between the cells; a letter toggles it in the selected cells, Delete clears them; Ctrl+Space selects the role&apos;s column, Shift+Space the activity&apos;s row; Ctrl+C and Ctrl+V exchange cells with a spreadsheet</source>
        <translation>Las flechas pasan de una celda a otra; una letra se activa o desactiva en las celdas seleccionadas, Supr las vacía; Ctrl+Espacio selecciona la columna del rol, Mayús+Espacio la fila de la actividad; Ctrl+C y Ctrl+V intercambian celdas con una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="99"/>
        <source>Rating progress</source>
        <translation>Progreso de la valoración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="101"/>
        <source>&amp;Blind (nobody sees ratings until the round closes)</source>
        <translation>A &amp;ciegas (nadie ve las valoraciones hasta que se cierra la ronda)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="103"/>
        <source>&amp;Open Round</source>
        <translation>A&amp;brir ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="105"/>
        <source>&amp;Close and Reveal</source>
        <translation>Cerrar y &amp;revelar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="106"/>
        <source>Asks first, naming who has not finished</source>
        <translation>Pregunta antes, indicando quién no ha terminado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="109"/>
        <source>Discard Round…</source>
        <translation>Descartar ronda…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="112"/>
        <source>Remove the latest round and its ratings (a backup is taken first)</source>
        <translation>Eliminar la última ronda y sus valoraciones (antes se hace una copia de seguridad)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="119"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="138"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="141"/>
        <source>Ho&amp;t seat: the participant types</source>
        <translation>Por tur&amp;nos: el participante teclea</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="142"/>
        <source>&amp;Paper ballot: the facilitator types</source>
        <translation>&amp;Papeleta en papel: el moderador teclea</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="147"/>
        <source>&amp;Start Ballot</source>
        <translation>&amp;Iniciar papeleta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="149"/>
        <source>Enter on the name starts it too</source>
        <translation>Intro sobre el nombre también la inicia</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="155"/>
        <source>Ballots of this round</source>
        <translation>Papeletas de esta ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="157"/>
        <source>Each participant&apos;s ballot: complete, started or not started. Enter starts it.</source>
        <translation>La papeleta de cada participante: completa, iniciada o sin iniciar. Intro la inicia.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="177"/>
        <source>Who is &amp;rating?</source>
        <translation>¿&amp;Quién valora?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="208"/>
        <source>Ballot</source>
        <translation>Papeleta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="214"/>
        <source>Ballot message</source>
        <translation>Mensaje de la papeleta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="216"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="217"/>
        <source>Hide the ballot again (Ctrl+Enter)</source>
        <translation>Ocultar de nuevo la papeleta (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="226"/>
        <source>Type a number in each cell; Enter or Tab moves on. Type {key} if you can&apos;t judge a cell; Delete clears it. Every answer is saved the moment it is entered.</source>
        <translation>Escriba un número en cada celda; Intro o Tab pasan a la siguiente. Escriba {key} si no puede juzgar una celda; Supr la vacía. Cada respuesta se guarda en el momento en que se introduce.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="342"/>
        <source>&lt;b&gt;Ballots of round {n}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Papeletas de la ronda {n}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="150"/>
        <source>All %n cell(s) answered: this ballot is complete.</source>
        <translation>
            <numerusform>Respondida %n celda: esta papeleta está completa.</numerusform>
            <numerusform>Respondidas las %n celdas: esta papeleta está completa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="156"/>
        <source>{filled} of %n cell(s) answered</source>
        <translation>
            <numerusform>{filled} de %n celda respondida</numerusform>
            <numerusform>{filled} de %n celdas respondidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="326"/>
        <source>No round is open. Rounds so far: {n}.</source>
        <translation>No hay ninguna ronda abierta. Rondas hasta ahora: {n}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="52"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="116"/>
        <source>Open Room…</source>
        <translation>Abrir sala…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="118"/>
        <source>Participants rate on their own phones</source>
        <translation>Los participantes valoran desde sus propios teléfonos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="188"/>
        <source>Go to Set-&amp;up</source>
        <translation>Ir a &amp;Preparación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="236"/>
        <source>Criteria Wei&amp;ghts</source>
        <translation>Pon&amp;deraciones de los criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="237"/>
        <source>Back to comparing the criteria in pairs</source>
        <translation>Volver a comparar los criterios por pares</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="328"/>
        <source>No round yet. Open round 1 when the room is ready.</source>
        <translation>Todavía no hay rondas. Abra la ronda 1 cuando la sala esté lista.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="331"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="332"/>
        <source>&lt;b&gt;Ballots&lt;/b&gt; (once a round is open)</source>
        <translation>&lt;b&gt;Papeletas&lt;/b&gt; (cuando haya una ronda abierta)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="335"/>
        <source>blind</source>
        <translation>a ciegas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="335"/>
        <source>open</source>
        <translation>visible</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="337"/>
        <source>&lt;b&gt;Round {n}&lt;/b&gt; is open ({kind}).</source>
        <translation>La &lt;b&gt;ronda {n}&lt;/b&gt; está abierta ({kind}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="346"/>
        <source>This workshop is closed; its ratings can no longer change.</source>
        <translation>Este taller está cerrado; sus valoraciones ya no pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="352"/>
        <source>Open a round to start rating.</source>
        <translation>Abra una ronda para empezar a valorar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="355"/>
        <source>Every ballot is complete. Close the round when the room is ready.</source>
        <translation>Todas las papeletas están completas. Cierre la ronda cuando la sala esté lista.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="358"/>
        <source>Pick a name and press Enter to start that ballot.</source>
        <translation>Elija un nombre y pulse Intro para iniciar esa papeleta.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="435"/>
        <source>Open round</source>
        <translation>Abrir ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="453"/>
        <source>Close and Reveal</source>
        <translation>Cerrar y revelar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="453"/>
        <source>Close Round</source>
        <translation>Cerrar ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="454"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="457"/>
        <source>Close round</source>
        <translation>Cerrar ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="473"/>
        <source>Discard round</source>
        <translation>Descartar ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="476"/>
        <source>Round {n} and its {ratings} by {raters} will be removed.</source>
        <translation>Se eliminarán la ronda {n} y sus {ratings} de {raters}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="478"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valoración</numerusform>
            <numerusform>%n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="479"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="482"/>
        <source>Round {n} will be removed; it holds no ratings.</source>
        <translation>Se eliminará la ronda {n}; no contiene valoraciones.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="487"/>
        <source>Discard round {n}</source>
        <translation>Descartar la ronda {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="135"/>
        <source>entered by the facilitator</source>
        <translation>introducida por el moderador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="137"/>
        <source>entered by the participant</source>
        <translation>introducida por el participante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="140"/>
        <source>&lt;h2&gt;Ballot of {name}&lt;/h2&gt;Round {n}, {who}</source>
        <translation>&lt;h2&gt;Papeleta de {name}&lt;/h2&gt;Ronda {n}, {who}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="219"/>
        <source>Rate</source>
        <translation>Valorar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="51"/>
        <source>Close Room</source>
        <translation>Cerrar sala</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="254"/>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="256"/>
        <source>Timed backup</source>
        <translation>Copia programada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="257"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="258"/>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="259"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="260"/>
        <source>Manual backup</source>
        <translation>Copia manual</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="266"/>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="271"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="273"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="277"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="295"/>
        <source>The workspace is backed up as it is now before it is restored, so a restore can itself be undone from this list.</source>
        <translation>Antes de restaurar, se guarda una copia del estado actual del espacio de trabajo, de modo que la propia restauración puede deshacerse desde esta lista.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="303"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="283"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="183"/>
        <source>No proposals to plot.</source>
        <translation>No hay propuestas que representar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="234"/>
        <source>Score: {score} (rank {rank})</source>
        <translation>Puntuación: {score} (posición {rank})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="237"/>
        <source>PMO: {pmo} · TMO: {tmo} · Gap: {gap}</source>
        <translation>PMO: {pmo} · TMO: {tmo} · Brecha: {gap}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="240"/>
        <source>Cost: {cost}</source>
        <translation>Coste: {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="241"/>
        <source>Expected benefit: {benefit}</source>
        <translation>Beneficio esperado: {benefit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="247"/>
        <source>⚑ Split room: dissent {dissent}</source>
        <translation>⚑ Sala dividida: disenso {dissent}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="37"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="81"/>
        <source>Results charts</source>
        <translation>Gráficos de resultados</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="41"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="51"/>
        <source>Score against cost</source>
        <translation>Puntuación frente a coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="44"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="60"/>
        <source>PMO score against TMO score</source>
        <translation>Puntuación PMO frente a puntuación TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="53"/>
        <source>Bubble area shows the expected benefit; the number is the rank. Top left: high score at low cost.</source>
        <translation>El área de la burbuja muestra el beneficio esperado; el número es la posición. Arriba a la izquierda: puntuación alta con coste bajo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="62"/>
        <source>Bubble area shows the cost. Above the diagonal the TMO rates a proposal higher, below it the PMO. The shaded band: the offices agree within ±{band} points.</source>
        <translation>El área de la burbuja muestra el coste. Por encima de la diagonal la TMO valora más alto una propuesta; por debajo, la PMO. La franja sombreada: las oficinas coinciden dentro de ±{band} puntos.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="155"/>
        <source>A withheld score is kept back for privacy: fewer than two of that office&apos;s participants rated the proposal.</source>
        <translation>Una puntuación oculta se reserva por privacidad: menos de dos participantes de esa oficina valoraron la propuesta.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="146"/>
        <source>Not plotted: {items}</source>
        <translation>No representadas: {items}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="148"/>
        <source>{title} ({reason})</source>
        <translation>{title} ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="29"/>
        <source>PMO score</source>
        <translation>Puntuación PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="30"/>
        <source>TMO score</source>
        <translation>Puntuación TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="31"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="32"/>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="33"/>
        <source>Expected benefit</source>
        <translation>Beneficio esperado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="40"/>
        <source>Bubble area: cost</source>
        <translation>Área de la burbuja: coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="41"/>
        <source>Bubble area: expected benefit</source>
        <translation>Área de la burbuja: beneficio esperado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="49"/>
        <source>no cost given</source>
        <translation>sin coste indicado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="50"/>
        <source>no benefit given</source>
        <translation>sin beneficio indicado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="58"/>
        <source>no PMO or TMO score</source>
        <translation>sin puntuación PMO ni TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="63"/>
        <source>PMO score withheld</source>
        <translation>puntuación PMO oculta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="65"/>
        <source>TMO score withheld</source>
        <translation>puntuación TMO oculta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="70"/>
        <source>no PMO score</source>
        <translation>sin puntuación PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="71"/>
        <source>no TMO score</source>
        <translation>sin puntuación TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="72"/>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="73"/>
        <source>no cost</source>
        <translation>sin coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="74"/>
        <source>no benefit</source>
        <translation>sin beneficio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="140"/>
        <source>split room (dissent)</source>
        <translation>sala dividida (disenso)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="68"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="73"/>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="80"/>
        <source>Criteria Weights…</source>
        <translation>Ponderaciones de los criterios…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="83"/>
        <source>The weights the participants&apos; pairwise comparisons give; adopt them or not</source>
        <translation>Las ponderaciones que dan las comparaciones por pares de los participantes; adóptelas o no</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="93"/>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="94"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="95"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="96"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="147"/>
        <source>PMO</source>
        <translation>PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="97"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="148"/>
        <source>TMO</source>
        <translation>TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="98"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="149"/>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="100"/>
        <source>Dissent</source>
        <translation>Disenso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="107"/>
        <source>Spread of opinion: 0 = full agreement, 1 = maximal split. ⚑ marks a split room.</source>
        <translation>Dispersión de opiniones: 0 = acuerdo total, 1 = división máxima. ⚑ indica una sala dividida.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="111"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="113"/>
        <source>Min–max</source>
        <translation>Mín.–máx.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="123"/>
        <source>Moved</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="126"/>
        <source>Change of the score since the previous round</source>
        <translation>Cambio de la puntuación desde la ronda anterior</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="128"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="150"/>
        <source>Raters</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="130"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="137"/>
        <source>Results by proposal</source>
        <translation>Resultados por propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="145"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="146"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="157"/>
        <source>Scores per criterion of the selected proposal</source>
        <translation>Puntuaciones por criterio de la propuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="167"/>
        <source>PMO versus TMO gap by criterion</source>
        <translation>Brecha PMO frente a TMO por criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="182"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="192"/>
        <source>Keep as the workshop&apos;s &amp;budget</source>
        <translation>Guardar como &amp;presupuesto del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="194"/>
        <source>B&amp;udget:</source>
        <translation>Presupuest&amp;o:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="204"/>
        <source>&lt;b&gt;Where PMO and TMO disagree&lt;/b&gt; (PMO score − TMO score, per criterion)</source>
        <translation>&lt;b&gt;Dónde discrepan PMO y TMO&lt;/b&gt; (puntuación PMO − puntuación TMO, por criterio)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="228"/>
        <source>&amp;Gap view</source>
        <translation>Vista de &amp;brechas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="229"/>
        <source>Per &amp;criterion</source>
        <translation>Por &amp;criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="230"/>
        <source>Budget fi&amp;t</source>
        <translation>A&amp;juste al presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="232"/>
        <source>Ch&amp;arts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="234"/>
        <source>Portfo&amp;lio</source>
        <translation>Cartera de pro&amp;yectos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="254"/>
        <source>Latest closed round</source>
        <translation>Última ronda cerrada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="317"/>
        <source>No closed round with ratings yet. Results appear here once a round is closed; pick an open round in the Round box to follow it.</source>
        <translation>Todavía no hay ninguna ronda cerrada con valoraciones. Los resultados aparecen aquí cuando se cierra una ronda; elija una ronda abierta en el cuadro Ronda para seguirla.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="328"/>
        <source>&lt;h2&gt;Round {n} is blind and still open&lt;/h2&gt;{rated} of {total} ballots complete, {partial} started. Results are shown when the round is closed.</source>
        <translation>&lt;h2&gt;La ronda {n} es a ciegas y sigue abierta&lt;/h2&gt;{rated} de {total} papeletas completas, {partial} iniciadas. Los resultados se muestran cuando se cierra la ronda.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="343"/>
        <source>Round {n}: {rated} of {total} ballots complete, {partial} started. Dissent is flagged at {threshold} (this workshop&apos;s threshold).</source>
        <translation>Ronda {n}: {rated} de {total} papeletas completas, {partial} iniciadas. El disenso se señala a partir de {threshold} (el umbral de este taller).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="353"/>
        <source>The round is still open: figures change as ratings come.</source>
        <translation>La ronda sigue abierta: las cifras cambian a medida que llegan valoraciones.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="256"/>
        <source>Round {n}</source>
        <translation>Ronda {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="356"/>
        <source>Criterion weights: the group&apos;s, from the pairwise comparisons (AHP).</source>
        <translation>Ponderaciones de los criterios: las del grupo, a partir de las comparaciones por pares (AHP).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="360"/>
        <source>— withheld for privacy: fewer than two participants of an office rated it.</source>
        <translation>— oculta por privacidad: menos de dos participantes de una oficina la valoraron.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="386"/>
        <source>overall</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="387"/>
        <source>PMO higher</source>
        <translation>PMO más alta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="387"/>
        <source>TMO higher</source>
        <translation>TMO más alta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="395"/>
        <source>&lt;b&gt;Discuss these&lt;/b&gt; — no gap can be shown: it needs figures from both the PMO and the TMO.</source>
        <translation>&lt;b&gt;Debatan estas&lt;/b&gt; — no se puede mostrar ninguna brecha: hacen falta cifras tanto de la PMO como de la TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="401"/>
        <source>&lt;b&gt;Discuss these&lt;/b&gt; — the largest gaps between the offices:</source>
        <translation>&lt;b&gt;Debatan estas&lt;/b&gt; — las mayores brechas entre las oficinas:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="412"/>
        <source>Enter a budget to see which proposals give the highest total score within it.</source>
        <translation>Introduzca un presupuesto para ver qué propuestas dan la mayor puntuación total dentro de él.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="421"/>
        <source>&lt;b&gt;Best use of the budget&lt;/b&gt; (exact): total score {score}, cost {cost} of {budget}&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Mejor uso del presupuesto&lt;/b&gt; (exacto): puntuación total {score}, coste {cost} de {budget}&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="447"/>
        <source>Set budget</source>
        <translation>Fijar presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="217"/>
        <source>Largest gaps to discuss</source>
        <translation>Mayores brechas para debatir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="227"/>
        <source>Result details</source>
        <translation>Detalle de los resultados</translation>
    </message>
</context>
<context>
    <name>ResultsWorkbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="24"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="25"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="26"/>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="27"/>
        <source>Gaps</source>
        <translation>Brechas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="28"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="29"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="30"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="60"/>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="61"/>
        <source>Frontier</source>
        <translation>Frontera eficiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="62"/>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="63"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="31"/>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="64"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="32"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="65"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="33"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="69"/>
        <source>Limit on {resource}</source>
        <translation>Límite para {resource}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="75"/>
        <source>Joint</source>
        <translation>Conjunta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="78"/>
        <source>One office alone</source>
        <translation>Una sola oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="79"/>
        <source>only PMO</source>
        <translation>solo PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="80"/>
        <source>only TMO</source>
        <translation>solo TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="81"/>
        <source>funded</source>
        <translation>financiada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="83"/>
        <source>Set</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="84"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="102"/>
        <source>Proposals funded</source>
        <translation>Propuestas financiadas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="85"/>
        <source>Total score</source>
        <translation>Puntuación total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="86"/>
        <source>Total cost</source>
        <translation>Coste total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="87"/>
        <source>Total resource use</source>
        <translation>Uso total de recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="88"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="89"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="90"/>
        <source>Left of the budget</source>
        <translation>Presupuesto restante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="95"/>
        <source>— withheld: fewer than two participants of an office rated it; such a figure counts as not rated in that office&apos;s set, and an office with no figure shown has no set</source>
        <translation>— oculta: menos de dos participantes de una oficina la valoraron; esa cifra cuenta como no valorada en la selección de esa oficina, y una oficina sin ninguna cifra mostrada no tiene selección</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="101"/>
        <source>Best total score</source>
        <translation>Mejor puntuación total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="103"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="104"/>
        <source>Budget (rank order)</source>
        <translation>Presupuesto (orden de clasificación)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="105"/>
        <source>Total score (rank order)</source>
        <translation>Puntuación total (orden de clasificación)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="106"/>
        <source>Proposal added</source>
        <translation>Propuesta añadida</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="107"/>
        <source>Best total score at each budget</source>
        <translation>Mejor puntuación total con cada presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="108"/>
        <source>Best set</source>
        <translation>Mejor selección</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="109"/>
        <source>In rank order</source>
        <translation>Por orden de clasificación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="110"/>
        <source>Each row: from this budget on, up to the next row&apos;s, the best set under the funding rules. Beside it: funding strictly in rank order, skipping nothing, without the rules.</source>
        <translation>Cada fila: desde este presupuesto hasta el de la fila siguiente, la mejor selección según las reglas de financiación. Al lado: la financiación estrictamente por orden de clasificación, sin saltarse nada, sin las reglas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="116"/>
        <source>The funding rules cannot hold at any budget.</source>
        <translation>Las reglas de financiación no pueden cumplirse con ningún presupuesto.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="119"/>
        <source>Top-ranked stays from</source>
        <translation>Primera posición sin cambios desde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="120"/>
        <source>Top-ranked stays up to</source>
        <translation>Primera posición sin cambios hasta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="121"/>
        <source>Funded set stays from</source>
        <translation>Selección financiada sin cambios desde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="122"/>
        <source>Funded set stays up to</source>
        <translation>Selección financiada sin cambios hasta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="123"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="124"/>
        <source>The weights within which each criterion leaves the decision as it is, the other weights unchanged; 0: it holds down to a weight of 0; no limit: for any higher weight; —: no funded set, the rules cannot hold.</source>
        <translation>Las ponderaciones dentro de las cuales cada criterio deja la decisión como está, con las demás ponderaciones sin cambios; 0: se mantiene hasta una ponderación de 0; sin límite: para cualquier ponderación mayor; —: ninguna selección financiada, las reglas no pueden cumplirse.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="130"/>
        <source>Funded now</source>
        <translation>Financiada ahora</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="131"/>
        <source>Probability funded</source>
        <translation>Probabilidad de financiación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="132"/>
        <source>How often each proposal is funded in {n} random draws of the weights around the agreed ones (the same draws every time).</source>
        <translation>Con qué frecuencia se financia cada propuesta en {n} extracciones aleatorias de las ponderaciones en torno a las acordadas (siempre las mismas extracciones).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="34"/>
        <source>PMO score</source>
        <translation>Puntuación PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="35"/>
        <source>TMO score</source>
        <translation>Puntuación TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="36"/>
        <source>Gap (PMO − TMO)</source>
        <translation>Brecha (PMO − TMO)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="37"/>
        <source>Dissent</source>
        <translation>Disenso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="38"/>
        <source>Dissent flag</source>
        <translation>Disenso señalado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="39"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="40"/>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="41"/>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="42"/>
        <source>Raters</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="66"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="43"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="44"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="117"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="45"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="55"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="59"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="118"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="46"/>
        <source>Weight</source>
        <translation>Ponderación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="47"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="48"/>
        <source>Scale min</source>
        <translation>Escala mín.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="49"/>
        <source>Scale max</source>
        <translation>Escala máx.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="50"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="51"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="52"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="53"/>
        <source>Rater</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="54"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="56"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="57"/>
        <source>Entered by</source>
        <translation>Introducida por</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="58"/>
        <source>Entered at</source>
        <translation>Introducida el</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="60"/>
        <source>overall</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="76"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="61"/>
        <source>PMO</source>
        <translation>PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="77"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="62"/>
        <source>TMO</source>
        <translation>TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="63"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="64"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="65"/>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="66"/>
        <source>Decided at</source>
        <translation>Fecha de decisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="67"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="68"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="69"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="70"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="71"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="72"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="73"/>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="74"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="75"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="76"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="77"/>
        <source>Round counted</source>
        <translation>Ronda computada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="78"/>
        <source>none (no ratings yet)</source>
        <translation>ninguna (todavía no hay valoraciones)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="79"/>
        <source>Round chosen</source>
        <translation>Ronda elegida</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="80"/>
        <source>yes: named for this workbook</source>
        <translation>sí: indicada para este libro</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="81"/>
        <source>no: the default, the latest closed round that holds ratings</source>
        <translation>no: la predeterminada, la última ronda cerrada que tiene valoraciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="84"/>
        <source>Complete ballots (rated)</source>
        <translation>Papeletas completas (valoradas)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="85"/>
        <source>Partial ballots</source>
        <translation>Papeletas parciales</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="89"/>
        <source>Named: ratings beside the participants&apos; names</source>
        <translation>Con nombre: valoraciones junto a los nombres de los participantes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="92"/>
        <source>Office-tagged: ratings by office, never by person</source>
        <translation>Por oficina: valoraciones por oficina, nunca por persona</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="95"/>
        <source>Anonymous: ratings with neither names nor offices</source>
        <translation>Anónimo: valoraciones sin nombres ni oficinas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="99"/>
        <source>{office} {n}</source>
        <translation>{office} {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="100"/>
        <source>Rater {n}</source>
        <translation>Evaluador {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="101"/>
        <source>can&apos;t judge</source>
        <translation>no puedo juzgar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="166"/>
        <source>In office-tagged and anonymous workshops an office&apos;s figures for a proposal, and for each of its criteria, are withheld (—) unless at least two participants of that office rated it, and the other office&apos;s figures with them; so are the median, minimum and maximum beside them, and every rating of such a proposal.</source>
        <translation>En los talleres por oficina y anónimos, las cifras de una oficina para una propuesta, y para cada uno de sus criterios, se ocultan (—) salvo que al menos dos participantes de esa oficina la hayan valorado, y con ellas las cifras de la otra oficina; lo mismo ocurre con la mediana, el mínimo y el máximo que las acompañan, y con cada valoración de esa propuesta.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="108"/>
        <source>Office-tagged workshop: raters appear as keys by office (PMO 1, PMO 2 …), dealt at random within each office and the same in every round of this workbook; the time of entry is given to the day only.</source>
        <translation>Taller por oficina: los evaluadores aparecen como claves por oficina (PMO 1, PMO 2 …), repartidas al azar dentro de cada oficina e iguales en todas las rondas de este libro; el momento de introducción se indica solo hasta el día.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="114"/>
        <source>Anonymous workshop: raters appear as keys (Rater 1, Rater 2 …) dealt at random and the same in every round of this workbook, with no office; the time of entry is given to the day only.</source>
        <translation>Taller anónimo: los evaluadores aparecen como claves (Evaluador 1, Evaluador 2 …) repartidas al azar e iguales en todas las rondas de este libro, sin oficina; el momento de introducción se indica solo hasta el día.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="154"/>
        <source>Only the round counted is scored (by default the latest closed round that holds ratings); the Ratings sheet lists it in the column Round beside the other closed rounds.</source>
        <translation>Solo se puntúa la ronda computada (por defecto, la última ronda cerrada que tiene valoraciones); la hoja Valoraciones la incluye en la columna Ronda junto a las demás rondas cerradas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="160"/>
        <source>A ballot is complete when every proposal × criterion cell holds a rating or &quot;can&apos;t judge&quot;; &quot;can&apos;t judge&quot; is listed on the Ratings sheet and never scored.</source>
        <translation>Una papeleta está completa cuando cada celda propuesta × criterio contiene una valoración o «no puedo juzgar»; «no puedo juzgar» figura en la hoja Valoraciones y nunca se puntúa.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="86"/>
        <source>Dissent flag at</source>
        <translation>Umbral de disenso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="87"/>
        <source>Anonymity</source>
        <translation>Anonimato</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="102"/>
        <source>— withheld: fewer than two participants of an office rated it; the other office&apos;s figure beside it is withheld too, so that no figure shows one person&apos;s rating</source>
        <translation>— oculta: menos de dos participantes de una oficina la valoraron; la cifra de la otra oficina junto a ella también se oculta, para que ninguna cifra muestre la valoración de una sola persona</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="120"/>
        <source>Step {n}</source>
        <translation>Paso {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="122"/>
        <source>A rating r on a criterion with scale [lo, hi] normalises to n = (r − lo) / (hi − lo); for a criterion where lower is better, n = 1 − n.</source>
        <translation>Una valoración r en un criterio con escala [lo, hi] se normaliza como n = (r − lo) / (hi − lo); en un criterio en el que más bajo es mejor, n = 1 − n.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="127"/>
        <source>A participant&apos;s score for a proposal is Σ w·n / Σ w over the criteria that participant rated (w: the criterion&apos;s weight; a missing rating is left out, never counted as zero).</source>
        <translation>La puntuación de un participante para una propuesta es Σ w·n / Σ w sobre los criterios que ese participante valoró (w: la ponderación del criterio; una valoración que falta se omite, nunca cuenta como cero).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="133"/>
        <source>A proposal&apos;s score is 100 × the mean of its participants&apos; scores. The PMO score and the TMO score are the same mean over the participants of that office; gap = PMO − TMO.</source>
        <translation>La puntuación de una propuesta es 100 × la media de las puntuaciones de sus participantes. La puntuación PMO y la puntuación TMO son la misma media sobre los participantes de esa oficina; brecha = PMO − TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="139"/>
        <source>Per criterion (sheet Gaps): 100 × the mean of n over the participants who rated it, for PMO and for TMO, and the gap between them.</source>
        <translation>Por criterio (hoja Brechas): 100 × la media de n sobre los participantes que lo valoraron, para PMO y para TMO, y la brecha entre ambas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="144"/>
        <source>Dissent is the population standard deviation of the participant scores (0–100) divided by 50: 0 is full agreement, 1 a maximal split. Median, min and max are of the same participant scores.</source>
        <translation>El disenso es la desviación típica poblacional de las puntuaciones de los participantes (0–100) dividida entre 50: 0 es acuerdo total, 1 una división máxima. La mediana, el mínimo y el máximo se refieren a esas mismas puntuaciones.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="150"/>
        <source>Rank: by score, highest first; equal scores share a rank (1, 2, 2, 4).</source>
        <translation>Posición: por puntuación, de mayor a menor; las puntuaciones iguales comparten posición (1, 2, 2, 4).</translation>
    </message>
</context>
<context>
    <name>RolesArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="60"/>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="64"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="362"/>
        <source>Add office</source>
        <translation>Añadir oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="66"/>
        <source>Choose colour…</source>
        <translation>Elegir color…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="68"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="423"/>
        <source>Delete office</source>
        <translation>Eliminar oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="70"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="81"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="72"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="83"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="74"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="77"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="377"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="383"/>
        <source>Add role</source>
        <translation>Añadir rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="79"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="403"/>
        <source>Delete role</source>
        <translation>Eliminar rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="86"/>
        <source>Add an office and type its name</source>
        <translation>Añadir una oficina y escribir su nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="87"/>
        <source>Choose the colour that marks the office and its roles</source>
        <translation>Elegir el color que identifica la oficina y sus roles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="89"/>
        <source>Delete the office (only when no role belongs to it)</source>
        <translation>Eliminar la oficina (solo si no tiene ningún rol)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="91"/>
        <source>Move the office up</source>
        <translation>Subir la oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="92"/>
        <source>Move the office down</source>
        <translation>Bajar la oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="93"/>
        <source>Add a role to the selected office and type its name</source>
        <translation>Añadir un rol a la oficina seleccionada y escribir su nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="94"/>
        <source>Delete the role with its RACI letters</source>
        <translation>Eliminar el rol con sus letras RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="95"/>
        <source>Move the role up within its office</source>
        <translation>Subir el rol dentro de su oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="96"/>
        <source>Move the role down within its office</source>
        <translation>Bajar el rol dentro de su oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="103"/>
        <source>F2 or double-click edits a cell · Ins adds · Del deletes · Ctrl+Up / Ctrl+Down change the order</source>
        <translation>F2 o doble clic edita una celda · Ins añade · Supr elimina · Ctrl+Arriba / Ctrl+Abajo cambian el orden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="111"/>
        <source>&amp;Offices</source>
        <translation>O&amp;ficinas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="112"/>
        <source>&amp;Roles</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="135"/>
        <source>F2 edits the current cell, Insert adds, Delete deletes, Ctrl+Up and Ctrl+Down move the row</source>
        <translation>F2 edita la celda actual, Insert añade, Supr elimina, Ctrl+Arriba y Ctrl+Abajo mueven la fila</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="228"/>
        <source>{offices} · {roles} · {letters} held</source>
        <translation>{offices} · {roles} · {letters} asignadas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="234"/>
        <source> · read-only</source>
        <translation> · solo lectura</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="345"/>
        <source>Rename office</source>
        <translation>Cambiar el nombre de la oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="345"/>
        <source>Describe office</source>
        <translation>Describir la oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="350"/>
        <source>Rename role</source>
        <translation>Cambiar el nombre del rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="351"/>
        <source>Describe role</source>
        <translation>Describir el rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="352"/>
        <source>Move role to another office</source>
        <translation>Mover el rol a otra oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="358"/>
        <source>New office</source>
        <translation>Nueva oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="378"/>
        <source>Add an office first: every role belongs to one.</source>
        <translation>Añada primero una oficina: cada rol pertenece a una.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="381"/>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="396"/>
        <source>Delete the role “{role}”?</source>
        <translation>¿Eliminar el rol «{role}»?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="398"/>
        <source>It holds %n letter(s) in the RACI matrix.</source>
        <translation>
            <numerusform>Tiene %n letra en la matriz RACI.</numerusform>
            <numerusform>Tiene %n letras en la matriz RACI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="400"/>
        <source>It approves %n control point(s).</source>
        <translation>
            <numerusform>Aprueba %n punto de control.</numerusform>
            <numerusform>Aprueba %n puntos de control.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="401"/>
        <source>They go with it; Undo brings them back.</source>
        <translation>Se eliminan con él; Deshacer los recupera.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="403"/>
        <source>Delete Role</source>
        <translation>Eliminar rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="407"/>
        <source>Delete role “{role}”</source>
        <translation>Eliminar el rol «{role}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="417"/>
        <source>Delete the office “{office}”?</source>
        <translation>¿Eliminar la oficina «{office}»?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="419"/>
        <source>%n activities will have no owning office.</source>
        <translation>
            <numerusform>%n actividad se quedará sin oficina responsable.</numerusform>
            <numerusform>%n actividades se quedarán sin oficina responsable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="421"/>
        <source>%n workshop participant(s) will have no office.</source>
        <translation>
            <numerusform>%n participante de taller se quedará sin oficina.</numerusform>
            <numerusform>%n participantes de taller se quedarán sin oficina.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="423"/>
        <source>Delete Office</source>
        <translation>Eliminar oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="428"/>
        <source>Delete office “{office}”</source>
        <translation>Eliminar la oficina «{office}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="452"/>
        <source>Move office up</source>
        <translation>Subir la oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="452"/>
        <source>Move office down</source>
        <translation>Bajar la oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="474"/>
        <source>Move role up</source>
        <translation>Subir el rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="474"/>
        <source>Move role down</source>
        <translation>Bajar el rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="485"/>
        <source>Change office colour</source>
        <translation>Cambiar el color de la oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="497"/>
        <source>Office colour</source>
        <translation>Color de la oficina</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="221"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="222"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="223"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="224"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="225"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="226"/>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="232"/>
        <source>Double-click or press F2 to move the role to another office</source>
        <translation>Doble clic o F2 para mover el rol a otra oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="234"/>
        <source>Activities where the role is Responsible</source>
        <translation>Actividades en las que el rol es Responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="235"/>
        <source>Activities where the role is Accountable</source>
        <translation>Actividades en las que el rol es Aprobador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="236"/>
        <source>All letters the role holds in the RACI matrix</source>
        <translation>Todas las letras que tiene el rol en la matriz RACI</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="266"/>
        <source>approves %n control point(s)</source>
        <translation>
            <numerusform>aprueba %n punto de control</numerusform>
            <numerusform>aprueba %n puntos de control</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/guard.py" line="116"/>
        <source>Too many requests; please wait a moment and try again.</source>
        <translation>Demasiadas solicitudes; espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="159"/>
        <source>Something went wrong on the facilitator&apos;s laptop.</source>
        <translation>Algo ha fallado en el portátil del moderador.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="166"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="288"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="299"/>
        <source>Nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="168"/>
        <source>Not allowed here.</source>
        <translation>Aquí no está permitido.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="169"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="217"/>
        <source>This request is not valid.</source>
        <translation>Esta solicitud no es válida.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="185"/>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="64"/>
        <source>There is no room with this code.</source>
        <translation>No hay ninguna sala con este código.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="205"/>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="67"/>
        <source>This device is not known in the room; choose your name again.</source>
        <translation>Este dispositivo no es conocido en la sala; vuelva a elegir su nombre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="212"/>
        <source>Send JSON (application/json).</source>
        <translation>Envíe JSON (application/json).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="213"/>
        <source>The request is too large.</source>
        <translation>La solicitud es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="228"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="230"/>
        <source>The request is not valid JSON.</source>
        <translation>La solicitud no es un JSON válido.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="238"/>
        <source>{field}: a whole number is needed</source>
        <translation>{field}: se necesita un número entero</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="248"/>
        <source>{field}: a short text is needed</source>
        <translation>{field}: se necesita un texto breve</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="371"/>
        <source>cant_judge: true or false</source>
        <translation>cant_judge: true o false</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="392"/>
        <source>value: a number or null is needed</source>
        <translation>value: se necesita un número o null</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="416"/>
        <source>Too many open pages; please try again shortly.</source>
        <translation>Demasiadas páginas abiertas; vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="45"/>
        <source>{address}: not a port number</source>
        <translation>{address}: no es un número de puerto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="53"/>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="68"/>
        <source>{address}: not an address of this machine</source>
        <translation>{address}: no es una dirección de este equipo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="66"/>
        <source>{address}: the port is already in use</source>
        <translation>{address}: el puerto ya está en uso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="70"/>
        <source>{address}: not allowed to listen on this port</source>
        <translation>{address}: no se permite escuchar en este puerto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="94"/>
        <location filename="../src/pmo_tmo_desktop/services/room_ballot.py" line="287"/>
        <source>no workshop with id {id}</source>
        <translation>no hay ningún taller con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="147"/>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="175"/>
        <source>workshop &apos;{title}&apos; is closed; its room cannot open</source>
        <translation>el taller «{title}» está cerrado; su sala no se puede abrir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="492"/>
        <source>no device with id {id}</source>
        <translation>no hay ningún dispositivo con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_ballot.py" line="222"/>
        <source>{criterion}: {value} is outside the scale {low}–{high}</source>
        <translation>{criterion}: {value} está fuera de la escala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="71"/>
        <source>This name is not on the workshop&apos;s list; choose it again.</source>
        <translation>Este nombre no está en la lista del taller; vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="75"/>
        <source>Another device holds this name; the facilitator admits you.</source>
        <translation>Otro dispositivo tiene este nombre; el moderador le dará acceso.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="79"/>
        <source>This device no longer rates for this name; choose your name again.</source>
        <translation>Este dispositivo ya no valora con este nombre; vuelva a elegir su nombre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="81"/>
        <source>No round is open yet; wait for the facilitator.</source>
        <translation>Todavía no hay ninguna ronda abierta; espere al moderador.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="84"/>
        <source>The round is closed; ratings can no longer change.</source>
        <translation>La ronda está cerrada; las valoraciones ya no pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="86"/>
        <source>The rating lies outside the criterion&apos;s scale.</source>
        <translation>La valoración está fuera de la escala del criterio.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="87"/>
        <source>A rating must be a number.</source>
        <translation>Una valoración debe ser un número.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="90"/>
        <source>This proposal or criterion is not part of the workshop.</source>
        <translation>Esta propuesta o este criterio no forma parte del taller.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="94"/>
        <source>Too many devices are waiting for this name; ask the facilitator.</source>
        <translation>Hay demasiados dispositivos esperando con este nombre; consulte al moderador.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="98"/>
        <source>The workshop is closed; ratings can no longer change.</source>
        <translation>El taller está cerrado; las valoraciones ya no pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="100"/>
        <source>The personal code is not right.</source>
        <translation>El código personal no es correcto.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="103"/>
        <source>This workshop does not ask for criteria weights.</source>
        <translation>Este taller no pide ponderaciones de los criterios.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="107"/>
        <source>These are not two different criteria of the workshop.</source>
        <translation>No son dos criterios distintos del taller.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="211"/>
        <source>&apos;Can&apos;t judge&apos; takes no value.</source>
        <translation>«No puedo juzgar» no lleva ningún valor.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="133"/>
        <source>An answer must be a number.</source>
        <translation>Una respuesta debe ser un número.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="141"/>
        <source>{a} vs {b}: this is not one of the 17 answers.</source>
        <translation>{a} frente a {b}: no es una de las 17 respuestas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="166"/>
        <source>The workshop is closed; criteria weights can no longer change.</source>
        <translation>El taller está cerrado; las ponderaciones de los criterios ya no pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="174"/>
        <source>The round is closed; criteria weights can no longer change.</source>
        <translation>La ronda está cerrada; las ponderaciones de los criterios ya no pueden cambiar.</translation>
    </message>
</context>
<context>
    <name>RoomControl</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="217"/>
        <source>The room is open at {url}</source>
        <translation>La sala está abierta en {url}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="235"/>
        <source>The room is closed</source>
        <translation>La sala se ha cerrado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="247"/>
        <source>The room pauses for the file</source>
        <translation>La sala se detiene mientras cambia el archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="271"/>
        <source>The room is closed: another workshop was chosen</source>
        <translation>La sala se ha cerrado: se ha elegido otro taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="277"/>
        <source>The room is closed with the workshop</source>
        <translation>La sala se ha cerrado con el taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="327"/>
        <source>Admit device</source>
        <translation>Admitir dispositivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="331"/>
        <source>Release device</source>
        <translation>Liberar dispositivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="335"/>
        <source>Revoke device</source>
        <translation>Revocar dispositivo</translation>
    </message>
</context>
<context>
    <name>RoomDevices</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="34"/>
        <source>Joined</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="36"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="37"/>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="54"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="55"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="56"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="57"/>
        <source>Last seen</source>
        <translation>Última conexión</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="21"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="22"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="23"/>
        <source>Ballot</source>
        <translation>Papeleta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="24"/>
        <source>Who are you?</source>
        <translation>¿Quién es usted?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="25"/>
        <source>Tap your name to start rating.</source>
        <translation>Toque su nombre para empezar a valorar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="26"/>
        <source>already joined on another device</source>
        <translation>ya conectado en otro dispositivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="27"/>
        <source>No participants yet. Ask the facilitator to add you.</source>
        <translation>Todavía no hay participantes. Pida al moderador que le añada.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="28"/>
        <source>Personal code</source>
        <translation>Código personal</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="29"/>
        <source>The personal code is printed on your name card.</source>
        <translation>El código personal figura en su tarjeta con su nombre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="30"/>
        <source>Join</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="31"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="32"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="33"/>
        <source>Pick your name</source>
        <translation>Elegir su nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="34"/>
        <source>No room with this code</source>
        <translation>No hay ninguna sala con este código</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="35"/>
        <source>Check the address or scan the code on the screen again.</source>
        <translation>Compruebe la dirección o vuelva a escanear el código de la pantalla.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="36"/>
        <source>The room cannot be reached</source>
        <translation>No se puede acceder a la sala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="37"/>
        <source>Check that this device is on the room’s Wi-Fi. This page tries again by itself.</source>
        <translation>Compruebe que este dispositivo está en la wifi de la sala. Esta página lo vuelve a intentar sola.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="41"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="42"/>
        <source>Could not join</source>
        <translation>No se pudo entrar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="43"/>
        <source>Waiting for the facilitator to admit this device</source>
        <translation>Esperando a que el moderador admita este dispositivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="44"/>
        <source>{name} has already joined on another device, so the facilitator must admit this one. This page checks again every few seconds.</source>
        <translation>{name} ya está conectado en otro dispositivo, así que el moderador debe admitir este. Esta página vuelve a comprobarlo cada pocos segundos.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="49"/>
        <source>Not {name}? Pick another name</source>
        <translation>¿No es {name}? Elegir otro nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="50"/>
        <source>Leave this ballot and pick another name? The ratings given so far stay saved.</source>
        <translation>¿Salir de esta papeleta y elegir otro nombre? Las valoraciones dadas hasta ahora quedan guardadas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="54"/>
        <source>This device was signed out</source>
        <translation>Este dispositivo se ha desconectado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="55"/>
        <source>The facilitator signed this device out, for example because you joined on another device. Your ratings so far stay saved.</source>
        <translation>El moderador ha desconectado este dispositivo, por ejemplo porque entró desde otro dispositivo. Sus valoraciones hasta ahora quedan guardadas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="60"/>
        <source>Pick my name again</source>
        <translation>Volver a elegir mi nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="61"/>
        <source>This device is no longer joined. Pick your name to join again.</source>
        <translation>Este dispositivo ya no está conectado. Elija su nombre para volver a entrar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="62"/>
        <source>Waiting for the facilitator to open a round</source>
        <translation>Esperando a que el moderador abra una ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="63"/>
        <source>Your ballot appears here by itself as soon as the round opens.</source>
        <translation>Su papeleta aparecerá aquí sola en cuanto se abra la ronda.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="64"/>
        <source>Round {n}</source>
        <translation>Ronda {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="65"/>
        <source>Round {n} (blind)</source>
        <translation>Ronda {n} (a ciegas)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="66"/>
        <source>Round {n} is closed. Your ratings are shown read-only; the ballot opens again by itself if the facilitator opens another round.</source>
        <translation>La ronda {n} está cerrada. Sus valoraciones se muestran solo para lectura; la papeleta se vuelve a abrir sola si el moderador abre otra ronda.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="71"/>
        <source>Every change is saved at once; there is nothing to submit.</source>
        <translation>Cada cambio se guarda al instante; no hay nada que enviar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="72"/>
        <source>{filled} of {cells} answered</source>
        <translation>{filled} de {cells} respondidas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="73"/>
        <source>Complete: all {cells} answered</source>
        <translation>Completa: las {cells} respondidas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="74"/>
        <source>{n} not sent yet</source>
        <translation>{n} sin enviar todavía</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="75"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="76"/>
        <source>Proposal {n} of {count}</source>
        <translation>Propuesta {n} de {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="77"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="78"/>
        <source>Proposal {n}: {title}, {state}</source>
        <translation>Propuesta {n}: {title}, {state}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="79"/>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="80"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="81"/>
        <source>started</source>
        <translation>empezada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="82"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="83"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="84"/>
        <source>can&apos;t judge</source>
        <translation>no puedo juzgar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="85"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="86"/>
        <source>higher is better</source>
        <translation>cuanto más alto, mejor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="87"/>
        <source>lower is better</source>
        <translation>cuanto más bajo, mejor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="88"/>
        <source>Scale {low}–{high}</source>
        <translation>Escala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="89"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="90"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="91"/>
        <source>Offline, queued</source>
        <translation>Sin conexión, en cola</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="92"/>
        <source>Not saved yet, retrying</source>
        <translation>Aún sin guardar, reintentando</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="93"/>
        <source>Not saved: {message}</source>
        <translation>No guardado: {message}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="94"/>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Introduzca un número de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="95"/>
        <source>Offline: your changes are kept on this device and sent as soon as the connection is back.</source>
        <translation>Sin conexión: sus cambios se guardan en este dispositivo y se envían en cuanto vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="100"/>
        <source>The round was closed before these changes could be sent: {n}.</source>
        <translation>La ronda se cerró antes de que estos cambios pudieran enviarse: {n}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="101"/>
        <source>Round {n} was closed before this change could be sent.</source>
        <translation>La ronda {n} se cerró antes de que este cambio pudiera enviarse.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="102"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="103"/>
        <source>Results of round {n}</source>
        <translation>Resultados de la ronda {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="104"/>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="105"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="106"/>
        <source>PMO</source>
        <translation>PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="107"/>
        <source>TMO</source>
        <translation>TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="108"/>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="109"/>
        <source>Scores run from 0 to 100; the gap is the PMO score minus the TMO score.</source>
        <translation>Las puntuaciones van de 0 a 100; la brecha es la puntuación PMO menos la puntuación TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="113"/>
        <source>— withheld for privacy: fewer than two participants of an office rated it.</source>
        <translation>— oculta por privacidad: menos de dos participantes de una oficina la valoraron.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="118"/>
        <source>Criteria weights</source>
        <translation>Ponderaciones de los criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="119"/>
        <source>Before rating, compare the criteria in pairs: which matters more, and how much? This step is optional.</source>
        <translation>Antes de valorar, compare los criterios por pares: ¿cuál importa más y cuánto? Este paso es opcional.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="124"/>
        <source>Slide towards the criterion that matters more. Keys: arrows move, Enter chooses, Delete clears.</source>
        <translation>Deslice hacia el criterio que importa más. Teclas: las flechas mueven, Intro elige, Supr borra.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="129"/>
        <source>The round is closed; your criteria weights are shown read-only.</source>
        <translation>La ronda está cerrada; sus ponderaciones de los criterios se muestran solo para lectura.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="130"/>
        <source>Skip to rating</source>
        <translation>Saltar a la valoración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="131"/>
        <source>Go to rating</source>
        <translation>Ir a la valoración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="132"/>
        <source>{n} of {count} pairs answered</source>
        <translation>{n} de {count} pares respondidos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="133"/>
        <source>Pair {n} of {count}</source>
        <translation>Par {n} de {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="134"/>
        <source>{a} vs {b}</source>
        <translation>{a} frente a {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="135"/>
        <source>{side} extremely more important</source>
        <translation>{side} extremadamente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="136"/>
        <source>{side} very strongly to extremely more important</source>
        <translation>{side} muy fuerte a extremadamente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="137"/>
        <source>{side} very strongly more important</source>
        <translation>{side} muy fuertemente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="138"/>
        <source>{side} strongly to very strongly more important</source>
        <translation>{side} fuerte a muy fuertemente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="139"/>
        <source>{side} strongly more important</source>
        <translation>{side} fuertemente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="140"/>
        <source>{side} moderately to strongly more important</source>
        <translation>{side} moderada a fuertemente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="141"/>
        <source>{side} moderately more important</source>
        <translation>{side} moderadamente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="142"/>
        <source>{side} equally to moderately more important</source>
        <translation>{side} entre igual y moderadamente más importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="143"/>
        <source>Equal</source>
        <translation>Igual de importante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="144"/>
        <source>Not answered yet</source>
        <translation>Aún sin responder</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="145"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="146"/>
        <source>least consistent</source>
        <translation>menos consistente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="147"/>
        <source>Your weights</source>
        <translation>Sus ponderaciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="148"/>
        <source>Only you see this.</source>
        <translation>Solo usted lo ve.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="149"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="150"/>
        <source>Consistency ratio {ratio}: consistent</source>
        <translation>Razón de consistencia {ratio}: consistente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="151"/>
        <source>Consistency ratio {ratio}: above 0.10, worth a second look</source>
        <translation>Razón de consistencia {ratio}: por encima de 0,10, conviene revisarlo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="152"/>
        <source>Least consistent answer: {a} vs {b}</source>
        <translation>Respuesta menos consistente: {a} frente a {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="153"/>
        <source>Compare pairs that link every criterion to see your weights.</source>
        <translation>Compare pares que conecten todos los criterios para ver sus ponderaciones.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="154"/>
        <source>Updated once your answers reach the room.</source>
        <translation>Se actualiza en cuanto sus respuestas llegan a la sala.</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="42"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="46"/>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR de la dirección de la sala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="50"/>
        <source>Room address</source>
        <translation>Dirección de la sala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="55"/>
        <source>Room code</source>
        <translation>Código de sala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="60"/>
        <source>Scan the code or type the address, then tap your name. Nobody sees another person&apos;s ratings.</source>
        <translation>Escanee el código o escriba la dirección y luego toque su nombre. Nadie ve las valoraciones de los demás.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="66"/>
        <source>Require personal &amp;codes</source>
        <translation>Exigir &amp;códigos personales</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="70"/>
        <source>Claiming a name asks for the code on that person&apos;s name card (Workshop → Print QR Name Cards); a personal link needs no code</source>
        <translation>Elegir un nombre pide el código de la tarjeta identificativa de esa persona (Taller → Imprimir tarjetas identificativas con QR); un enlace personal no necesita código</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="74"/>
        <source>Show results on &amp;phones</source>
        <translation>Mostrar resultados en los &amp;teléfonos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="78"/>
        <source>Once a round is closed and revealed, participants&apos; pages show the ranking the presenter shows; never while a round is open</source>
        <translation>Una vez cerrada y revelada una ronda, las páginas de los participantes muestran la clasificación de la vista de presentación; nunca mientras haya una ronda abierta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="95"/>
        <source>Devices in the room</source>
        <translation>Dispositivos en la sala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="109"/>
        <source>&amp;Admit</source>
        <translation>Ad&amp;mitir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="111"/>
        <source>Let this device rate; another device on the same name is signed out</source>
        <translation>Permitir que este dispositivo valore; se cierra la sesión de otro dispositivo con el mismo nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="113"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="114"/>
        <source>Remove this device; the name is free again</source>
        <translation>Quitar este dispositivo; el nombre vuelve a quedar libre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="115"/>
        <source>Revo&amp;ke</source>
        <translation>Rev&amp;ocar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="116"/>
        <source>This device can no longer rate</source>
        <translation>Este dispositivo ya no puede valorar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="147"/>
        <source>Room code: {code}</source>
        <translation>Código de sala: {code}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="165"/>
        <source>&lt;b&gt;Devices&lt;/b&gt;: %n joined</source>
        <translation>
            <numerusform>&lt;b&gt;Dispositivos&lt;/b&gt;: %n conectado</numerusform>
            <numerusform>&lt;b&gt;Dispositivos&lt;/b&gt;: %n conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="167"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n en espera</numerusform>
            <numerusform>, %n en espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundStatus</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="16"/>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="18"/>
        <source>Started ({filled} of {cells})</source>
        <translation>Iniciada ({filled} de {cells})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="21"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="29"/>
        <source>{done} of {total} complete, %n started</source>
        <translation>
            <numerusform>{done} de {total} completas, %n iniciada</numerusform>
            <numerusform>{done} de {total} completas, %n iniciadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="32"/>
        <source>{done} of {total} complete</source>
        <translation>{done} de {total} completas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="65"/>
        <source>Close round {n} and reveal its results?</source>
        <translation>¿Cerrar la ronda {n} y revelar sus resultados?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="67"/>
        <source>Close round {n}?</source>
        <translation>¿Cerrar la ronda {n}?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="72"/>
        <source>Every ballot is complete.</source>
        <translation>Todas las papeletas están completas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="76"/>
        <source>Incomplete (%n):</source>
        <translation>
            <numerusform>Incompleta (%n):</numerusform>
            <numerusform>Incompletas (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="77"/>
        <source>Not started (%n):</source>
        <translation>
            <numerusform>Sin iniciar (%n):</numerusform>
            <numerusform>Sin iniciar (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="86"/>
        <source>{filled} of {cells} cells</source>
        <translation>{filled} de {cells} celdas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="91"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="94"/>
        <source>Once the round is closed, nothing more can be entered in it.</source>
        <translation>Una vez cerrada la ronda, ya no se puede introducir nada en ella.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="18"/>
        <source>Activity &apos;{activity}&apos; has no Accountable role.</source>
        <translation>La actividad «{activity}» no tiene ningún rol Aprobador.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="21"/>
        <source>Activity &apos;{activity}&apos; has {count} Accountable roles ({roles}); it should have one.</source>
        <translation>La actividad «{activity}» tiene {count} roles Aprobadores ({roles}); debería tener uno.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="25"/>
        <source>Activity &apos;{activity}&apos; has no Responsible role.</source>
        <translation>La actividad «{activity}» no tiene ningún rol Responsable.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="28"/>
        <source>Role &apos;{role}&apos; holds no letter in any activity.</source>
        <translation>El rol «{role}» no tiene ninguna letra en ninguna actividad.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="31"/>
        <source>Role &apos;{role}&apos; is Responsible or Accountable for {count} activities in phase &apos;{phase}&apos; (limit {limit}).</source>
        <translation>El rol «{role}» es Responsable o Aprobador de {count} actividades en la fase «{phase}» (límite {limit}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="36"/>
        <source>Activity &apos;{activity}&apos; has {count} Consulted roles (limit {limit}).</source>
        <translation>La actividad «{activity}» tiene {count} roles Consultados (límite {limit}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="39"/>
        <source>Technical activity &apos;{activity}&apos; has no TMO role Responsible or Accountable.</source>
        <translation>La actividad técnica «{activity}» no tiene ningún rol de la TMO Responsable o Aprobador.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="42"/>
        <source>No PMO role takes part in technical activity &apos;{activity}&apos;.</source>
        <translation>Ningún rol de la PMO participa en la actividad técnica «{activity}».</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="45"/>
        <source>No TMO role hears about management activity &apos;{activity}&apos; (not even Informed).</source>
        <translation>Ningún rol de la TMO se entera de la actividad de gestión «{activity}» (ni siquiera Informado).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="49"/>
        <source>Gate &apos;{control_point}&apos; has no approver from {missing}.</source>
        <translation>La puerta de fase «{control_point}» no tiene ningún aprobador de {missing}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="52"/>
        <source>Technical deliverable &apos;{deliverable}&apos; of activity &apos;{activity}&apos; has no TMO role Responsible for producing it.</source>
        <translation>El entregable técnico «{deliverable}» de la actividad «{activity}» no tiene ningún rol de la TMO Responsable de producirlo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="69"/>
        <source>&apos;{name}&apos;</source>
        <comment>one name in a list of names, quoted</comment>
        <translation>«{name}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="75"/>
        <source>{list} or {name}</source>
        <comment>the last of a list of alternatives</comment>
        <translation>{list} o {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="81"/>
        <source>{list}, {name}</source>
        <comment>a list of names continued by one more</comment>
        <translation>{list}, {name}</translation>
    </message>
</context>
<context>
    <name>ScoreCostChart</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/score_cost_chart.py" line="56"/>
        <source>Nothing to plot: no proposal has both a score and a cost.</source>
        <translation>Nada que representar: ninguna propuesta tiene a la vez puntuación y coste.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/score_cost_chart.py" line="60"/>
        <source>Rank {rank}, {title}: score {score}, cost {cost}, benefit {benefit}.</source>
        <translation>Posición {rank}, {title}: puntuación {score}, coste {cost}, beneficio {benefit}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/score_cost_chart.py" line="116"/>
        <source>↖ better: higher score, lower cost</source>
        <translation>↖ mejor: más puntuación, menos coste</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="29"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="41"/>
        <source>must be one of: {allowed}</source>
        <translation>debe ser uno de estos valores: {allowed}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="51"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="59"/>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="72"/>
        <source>must be a whole number, 1 or more</source>
        <translation>debe ser un número entero, 1 o mayor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="79"/>
        <source>must be greater than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="91"/>
        <source>must be a number from 0.05 to 1, like 0.3</source>
        <translation>debe ser un número de 0.05 a 1, como 0.3</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="98"/>
        <source>must be a whole number, zero or more</source>
        <translation>debe ser un número entero, cero o mayor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="108"/>
        <source>must be a colour like #2F6DB5</source>
        <translation>debe ser un color como #2F6DB5</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="121"/>
        <source>must be a date like 2026-11-25</source>
        <translation>debe ser una fecha como 2026-11-25</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="135"/>
        <source>must be a time of day like 09:30</source>
        <translation>debe ser una hora como 09:30</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="147"/>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="152"/>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="156"/>
        <source>must be chosen</source>
        <translation>debe elegirse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="44"/>
        <location filename="../src/pmo_tmo_desktop/services/portfolio_rules.py" line="94"/>
        <location filename="../src/pmo_tmo_desktop/services/portfolio_setup.py" line="50"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="57"/>
        <source>Dissent threshold</source>
        <translation>Umbral de disenso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="59"/>
        <source>Second resource&apos;s limit</source>
        <translation>Límite del segundo recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="67"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="69"/>
        <source>Pairwise criterion weights</source>
        <translation>Ponderaciones de los criterios por comparación por pares</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/freeze.py" line="135"/>
        <source>workshop &apos;{title}&apos; is checked out to {file} by {who} since {at}; it is read-only here until it is checked in</source>
        <translation>el taller «{title}» está extraído a {file} por {who} desde {at}; aquí es de solo lectura hasta que se reintegre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/freeze.py" line="152"/>
        <source>workshop &apos;{title}&apos; is closed; record an amendment instead</source>
        <translation>el taller «{title}» está cerrado; registre una enmienda en su lugar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/freeze.py" line="186"/>
        <source>workshop &apos;{title}&apos; is closed; it cannot be reopened</source>
        <translation>el taller «{title}» está cerrado; no se puede reabrir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="55"/>
        <source>workshop &apos;{title}&apos; is already closed</source>
        <translation>el taller «{title}» ya está cerrado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="77"/>
        <source>an amendment needs a reason (why)</source>
        <translation>una enmienda necesita un motivo (por qué)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="82"/>
        <source>the amendment changes nothing</source>
        <translation>la enmienda no cambia nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="159"/>
        <source>rating: must be a number</source>
        <translation>valoración: debe ser un número</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="185"/>
        <source>can&apos;t judge</source>
        <translation>no puedo juzgar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="195"/>
        <source>Rating of &apos;{proposal}&apos; on &apos;{criterion}&apos; (round {n}): {old} → {new}</source>
        <translation>Valoración de «{proposal}» en «{criterion}» (ronda {n}): {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="199"/>
        <source>Rating by a {office} participant of &apos;{proposal}&apos; on &apos;{criterion}&apos; (round {n}): {old} → {new}</source>
        <translation>Valoración de un participante de {office} de «{proposal}» en «{criterion}» (ronda {n}): {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="206"/>
        <source>Rating by {who} of &apos;{proposal}&apos; on &apos;{criterion}&apos; (round {n}): {old} → {new}</source>
        <translation>Valoración de {who} de «{proposal}» en «{criterion}» (ronda {n}): {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="275"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="279"/>
        <source>Decision on &apos;{proposal}&apos;: {old} → {new}</source>
        <translation>Decisión sobre «{proposal}»: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="284"/>
        <source>Decision on &apos;{proposal}&apos; ({kind}): {fields} changed</source>
        <translation>Decisión sobre «{proposal}» ({kind}): cambios en {fields}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="302"/>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="32"/>
        <source>{what}: unknown field {field}</source>
        <translation>{what}: campo desconocido {field}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="310"/>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="47"/>
        <source>{what} {field}: {problem}</source>
        <translation>{what} {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="324"/>
        <source>Action item &apos;{text}&apos;: {changes}</source>
        <translation>Acción «{text}»: {changes}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="112"/>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="78"/>
        <source>no {what} with id {id}</source>
        <translation>no se encontró {what} con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="108"/>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="159"/>
        <source>{what} {field}: must be given</source>
        <translation>{what} {field}: es obligatorio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="206"/>
        <source>row {n}: {error}</source>
        <translation>fila {n}: {error}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="262"/>
        <source>office {office} still has {count} roles ({names}); move or delete them first</source>
        <translation>la oficina {office} todavía tiene {count} roles ({names}); muévalos o elimínelos primero</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="305"/>
        <source>{what}: the new order must list each record of the list once</source>
        <translation>{what}: el nuevo orden debe incluir cada elemento de la lista una sola vez</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="11"/>
        <source>office</source>
        <translation>oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="12"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="13"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="14"/>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="15"/>
        <source>deliverable</source>
        <translation>entregable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="16"/>
        <source>control point</source>
        <translation>punto de control</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="17"/>
        <source>workshop</source>
        <translation>taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="18"/>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="19"/>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="20"/>
        <source>criterion</source>
        <translation>criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="21"/>
        <source>proposal</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="22"/>
        <source>action item</source>
        <translation>acción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="23"/>
        <source>rating</source>
        <translation>valoración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="24"/>
        <source>group of alternatives</source>
        <translation>grupo de alternativas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="25"/>
        <source>requirement</source>
        <translation>requisito</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="39"/>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="130"/>
        <source>&apos;{letters}&apos; is not a {variant} letter</source>
        <translation>«{letters}» no es una letra de {variant}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="102"/>
        <source>workspace name: must not be empty</source>
        <translation>nombre del espacio de trabajo: no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="108"/>
        <source>RACI variant: must be RACI, RASCI or RACI-VS</source>
        <translation>variante RACI: debe ser RACI, RASCI o RACI-VS</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="122"/>
        <source>RACI variant: some cells hold letters {variant} does not have; clear them first</source>
        <translation>variante RACI: algunas celdas contienen letras que {variant} no tiene; vacíelas primero</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="112"/>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="187"/>
        <location filename="../src/pmo_tmo_desktop/services/freeze.py" line="59"/>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="157"/>
        <location filename="../src/pmo_tmo_desktop/services/queries.py" line="252"/>
        <location filename="../src/pmo_tmo_desktop/services/weights_view.py" line="80"/>
        <location filename="../src/pmo_tmo_desktop/services/workshop_setup.py" line="36"/>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="102"/>
        <source>no workshop with id {id}</source>
        <translation>no hay ningún taller con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="152"/>
        <source>workshop &apos;{title}&apos; in this file was checked out from {library}; check it in there rather than checking it out again</source>
        <translation>el taller «{title}» de este archivo se extrajo de {library}; reintégrelo allí en lugar de extraerlo otra vez</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="159"/>
        <source>workshop &apos;{title}&apos; is already checked out to {file} by {who} since {at}</source>
        <translation>el taller «{title}» ya está extraído a {file} por {who} desde {at}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="188"/>
        <source>workshop &apos;{title}&apos; is not checked out; nothing was changed</source>
        <translation>el taller «{title}» no está extraído; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="198"/>
        <source>{file}: {reason}; nothing was changed</source>
        <translation>{file}: {reason}; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="208"/>
        <source>not a workshop checked out from a library</source>
        <translation>no es un taller extraído de una biblioteca</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="213"/>
        <source>already checked in on {at}</source>
        <translation>ya reintegrado el {at}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="233"/>
        <source>it holds workshop {held}, not workshop {id}</source>
        <translation>contiene el taller {held}, no el taller {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="258"/>
        <source>it was checked out from {library}, not from this library</source>
        <translation>se extrajo de {library}, no de esta biblioteca</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="266"/>
        <source>workshop {id} is no longer checked out to this file (released, or checked out again since)</source>
        <translation>el taller {id} ya no está extraído a este archivo (liberado, o extraído de nuevo desde entonces)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="367"/>
        <source>this would delete %n rating(s) that participants entered; ratings are only removed by discarding their round (Workshop menu)</source>
        <translation>
            <numerusform>esto eliminaría %n valoración introducida por los participantes; las valoraciones solo se eliminan descartando su ronda (menú Taller)</numerusform>
            <numerusform>esto eliminaría %n valoraciones introducidas por los participantes; las valoraciones solo se eliminan descartando su ronda (menú Taller)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="22"/>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="39"/>
        <source>another {what} already has this {field}</source>
        <translation>otro registro de tipo {what} ya tiene este valor de {field}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="26"/>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="43"/>
        <source>it is still used elsewhere, or refers to something missing</source>
        <translation>todavía se usa en otro lugar o hace referencia a algo que falta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="29"/>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="45"/>
        <source>the value breaks the rule &apos;{rule}&apos;</source>
        <translation>el valor incumple la regla «{rule}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="492"/>
        <source>this step no longer applies: what it changed has since been removed (a discarded round, a deleted record)</source>
        <translation>este paso ya no se aplica: lo que cambió se ha eliminado desde entonces (una ronda descartada, un registro eliminado)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/templates.py" line="23"/>
        <source>unknown template &apos;{name}&apos; (choose {names})</source>
        <translation>plantilla desconocida «{name}» (elija entre {names})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="39"/>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="41"/>
        <source>criteria</source>
        <translation>criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="43"/>
        <source>proposals</source>
        <translation>propuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="48"/>
        <source>nothing can be rated yet: add {missing} on the Set-up page first</source>
        <translation>aún no hay nada que valorar: añada primero {missing} en la página Preparación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="61"/>
        <source>a round is already open; close it first</source>
        <translation>ya hay una ronda abierta; ciérrela primero</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="111"/>
        <source>no round is open; there is no round to close</source>
        <translation>no hay ninguna ronda abierta; no hay ninguna ronda que cerrar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="139"/>
        <source>no round with id {id}</source>
        <translation>no hay ninguna ronda con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="144"/>
        <source>this round is closed; ratings can no longer change</source>
        <translation>esta ronda está cerrada; las valoraciones ya no se pueden cambiar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="148"/>
        <source>no criterion with id {id}</source>
        <translation>no hay ningún criterio con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="307"/>
        <source>this workshop has no round to discard</source>
        <translation>este taller no tiene ninguna ronda que descartar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="325"/>
        <source>say why the round is discarded</source>
        <translation>indique por qué se descarta la ronda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="335"/>
        <source>the round changed; try again</source>
        <translation>la ronda ha cambiado; inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="343"/>
        <source>Round {n} discarded with its ratings ({counts})</source>
        <translation>Ronda {n} descartada con sus valoraciones ({counts})</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="349"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valoración</numerusform>
            <numerusform>%n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="350"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="165"/>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="158"/>
        <source>{criterion}: {value} is outside the scale {low}–{high}</source>
        <translation>{criterion}: {value} está fuera de la escala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="232"/>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="391"/>
        <source>decision: must be approve, reject, defer or needs-information</source>
        <translation>decisión: debe ser «aprobar», «rechazar», «aplazar» o «falta información»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results.py" line="117"/>
        <source>workshop {id} has no round {n}</source>
        <translation>el taller {id} no tiene ronda {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results.py" line="270"/>
        <source>round {n} is blind and still open; close it before printing results</source>
        <translation>la ronda {n} es a ciegas y sigue abierta; ciérrela antes de imprimir los resultados</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="151"/>
        <source>activity &apos;{name}&apos; is in several phases ({phases}); add a Phase column to say which</source>
        <translation>la actividad «{name}» está en varias fases ({phases}); añada una columna Fase para indicar cuál</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="338"/>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="375"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="258"/>
        <source>workshop &apos;{title}&apos; has no participants</source>
        <translation>el taller «{title}» no tiene participantes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="262"/>
        <source>workshop &apos;{title}&apos; needs criteria and proposals to rate</source>
        <translation>el taller «{title}» necesita criterios y propuestas para valorar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="325"/>
        <source>no ballot files given</source>
        <translation>no se ha indicado ningún archivo de papeleta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="334"/>
        <source>a second ballot of {name} in this import (the first is {file})</source>
        <translation>una segunda papeleta de {name} en esta importación (la primera es {file})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="356"/>
        <source>workshop &apos;{title}&apos; is closed; ballots can no longer be imported</source>
        <translation>el taller «{title}» está cerrado; ya no se pueden importar papeletas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="380"/>
        <source>no round is open: open the next round (Rating page, or pmo-tmo round open) before importing ballots into it</source>
        <translation>no hay ninguna ronda abierta: abra la siguiente ronda (página Valoración, o pmo-tmo round open) antes de importar papeletas en ella</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_setup.py" line="76"/>
        <source>choose another workshop to copy from than this one</source>
        <translation>elija un taller del que copiar distinto de este</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_setup.py" line="79"/>
        <source>choose participants, criteria or both</source>
        <translation>elija participantes, criterios o ambos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="45"/>
        <source>no participant with id {id}</source>
        <translation>no hay ningún participante con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="67"/>
        <source>no criterion with id {id} in this workshop</source>
        <translation>no hay ningún criterio con ID {id} en este taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="72"/>
        <source>a criterion is not compared with itself</source>
        <translation>un criterio no se compara consigo mismo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="78"/>
        <source>{a} vs {b}: {value} is not on the 1/9 to 9 scale of importance</source>
        <translation>{a} frente a {b}: {value} no está en la escala de importancia de 1/9 a 9</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="182"/>
        <source>nobody has compared the criteria pairwise yet</source>
        <translation>nadie ha comparado todavía los criterios por pares</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="185"/>
        <source>the comparisons do not link every criterion yet: {names} cut off; compare them with the others first</source>
        <translation>las comparaciones aún no conectan todos los criterios (sin conexión: {names}); compárelos primero con los demás</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/portfolio_setup.py" line="34"/>
        <source>no proposal with id {id}</source>
        <translation>no hay ninguna propuesta con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/portfolio_setup.py" line="42"/>
        <source>{field}: no proposal with id {id} in this workshop</source>
        <translation>{field}: no hay ninguna propuesta con ID {id} en este taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="81"/>
        <source>The cell {activity} / {role}</source>
        <translation>La celda {activity} / {role}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="112"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="114"/>
        <source>{record} was removed since; nothing was changed</source>
        <translation>{record} se eliminó entretanto; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="118"/>
        <source>This step cannot be undone: {record} was changed by {who} at {when} since; nothing was changed</source>
        <translation>Este paso no se puede deshacer: {record} fue cambiado por {who} a las {when} desde entonces; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="124"/>
        <source>{record} was changed by {who} at {when} since you read it; your value {value} was kept, nothing was saved</source>
        <translation>{record} fue cambiado por {who} a las {when} desde que lo leyó; su valor {value} se conserva, no se guardó nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="135"/>
        <source>{record} was changed by {who} at {when} since you read it; nothing was deleted</source>
        <translation>{record} fue cambiado por {who} a las {when} desde que lo leyó; no se eliminó nada</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="59"/>
        <source>This workshop is closed. Its participants, criteria and proposals can no longer change; the agenda and its minutes can.</source>
        <translation>Este taller está cerrado. Sus participantes, criterios y propuestas ya no pueden cambiar; el orden del día y su acta sí.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="68"/>
        <source>&amp;Participants ({n})</source>
        <translation>&amp;Participantes ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="69"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="70"/>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="71"/>
        <source>Add a participant in the office of the selected one and type the name</source>
        <translation>Añadir un participante en la oficina del seleccionado y escribir el nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="72"/>
        <source>Delete participant</source>
        <translation>Eliminar participante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="73"/>
        <source>Participant {n}</source>
        <translation>Participante {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="81"/>
        <source>&amp;Criteria ({n})</source>
        <translation>&amp;Criterios ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="82"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="83"/>
        <source>Add criterion</source>
        <translation>Añadir criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="84"/>
        <source>Add a criterion and type its name</source>
        <translation>Añadir un criterio y escribir su nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="85"/>
        <source>Delete criterion</source>
        <translation>Eliminar criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="86"/>
        <source>Criterion {n}</source>
        <translation>Criterio {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="94"/>
        <source>P&amp;roposals ({n})</source>
        <translation>P&amp;ropuestas ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="95"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="96"/>
        <source>Add proposal</source>
        <translation>Añadir propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="97"/>
        <source>Add a proposal and type its title</source>
        <translation>Añadir una propuesta y escribir su título</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="98"/>
        <source>Delete proposal</source>
        <translation>Eliminar propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="99"/>
        <source>Proposal {n}</source>
        <translation>Propuesta {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="108"/>
        <source>Groups ({n})</source>
        <translation>Grupos ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="109"/>
        <source>Groups of alternatives</source>
        <translation>Grupos de alternativas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="110"/>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="111"/>
        <source>Add a group of alternative proposals and type its name</source>
        <translation>Añadir un grupo de propuestas alternativas y escribir su nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="112"/>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="113"/>
        <source>Group {n}</source>
        <translation>Grupo {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="121"/>
        <source>Proposals that are alternatives name one group in their Group column; at most the group&apos;s number of them is funded (a group not listed here: 1).</source>
        <translation>Las propuestas que son alternativas indican un grupo en su columna Grupo; como máximo se financia el número fijado para el grupo (grupo no incluido aquí: 1).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="130"/>
        <source>A&amp;genda ({n})</source>
        <translation>Orden del &amp;día ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="131"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="132"/>
        <source>Add agenda item</source>
        <translation>Añadir punto del orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="133"/>
        <source>Add an agenda item and type its title</source>
        <translation>Añadir un punto del orden del día y escribir su título</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="134"/>
        <source>Delete agenda item</source>
        <translation>Eliminar punto del orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="135"/>
        <source>Agenda item {n}</source>
        <translation>Punto {n} del orden del día</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="152"/>
        <source>Cop&amp;y from earlier workshop…</source>
        <translation>Cop&amp;iar de un taller anterior…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="154"/>
        <source>Copy the participants and criteria of another workshop into this one</source>
        <translation>Copiar en este taller los participantes y criterios de otro taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="160"/>
        <source>F2 or double-click edits a cell · Enter commits · Ins adds · Del deletes · Ctrl+Up / Ctrl+Down change the order</source>
        <translation>F2 o doble clic edita una celda · Intro confirma · Ins añade · Supr elimina · Ctrl+Arriba / Ctrl+Abajo cambian el orden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="79"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="85"/>
        <source>No start time (e.g. 09:00)</source>
        <translation>Sin hora de inicio (p. ej., 09:00)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="89"/>
        <source>With a start time the agenda, the projector and the minutes show clock times.</source>
        <translation>Con una hora de inicio, el orden del día, el proyector y el acta muestran horas del reloj.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="98"/>
        <source>Named</source>
        <translation>Con nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="99"/>
        <source>Office-tagged</source>
        <translation>Por oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="100"/>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="109"/>
        <source>No budget set</source>
        <translation>Sin presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="112"/>
        <source>None (e.g. People)</source>
        <translation>Ninguno (p. ej., Personas)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="115"/>
        <source>What else the proposals draw on besides money; each proposal&apos;s use of it is in the Proposals list</source>
        <translation>Lo que las propuestas consumen además del dinero; el uso de cada propuesta figura en la lista de propuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="123"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="131"/>
        <source>Proposals whose dissent (the spread of the participants&apos; scores: 0 is full agreement, 1 a room split into two extremes) is at or above this are flagged.</source>
        <translation>Se señalan las propuestas cuyo disenso (la dispersión de las puntuaciones de los participantes: 0 es acuerdo total, 1 una sala dividida en dos extremos) alcanza o supera este valor.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="141"/>
        <source>Workshop title</source>
        <translation>Título del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="142"/>
        <source>Workshop date</source>
        <translation>Fecha del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="143"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="144"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="145"/>
        <source>Facilitator</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="146"/>
        <source>Anonymity of ratings</source>
        <translation>Anonimato de las valoraciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="147"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="148"/>
        <source>Second resource</source>
        <translation>Segundo recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="149"/>
        <source>Second resource&apos;s limit</source>
        <translation>Límite del segundo recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="150"/>
        <source>Dissent threshold</source>
        <translation>Umbral de disenso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="151"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="176"/>
        <source>&amp;Title:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="177"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="178"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="179"/>
        <source>P&amp;lace:</source>
        <translation>Lu&amp;gar:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="180"/>
        <source>Fac&amp;ilitator:</source>
        <translation>&amp;Moderación:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="185"/>
        <source>&amp;Anonymity:</source>
        <translation>A&amp;nonimato:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="189"/>
        <source>limit:</source>
        <translation>límite:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="193"/>
        <source>&amp;Budget:</source>
        <translation>Presupuest&amp;o:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="194"/>
        <source>Second resource:</source>
        <translation>Segundo recurso:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="198"/>
        <source>Dissent threshold (ma&amp;x 1):</source>
        <translation>Um&amp;bral de disenso (máx. 1):</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="200"/>
        <source>&amp;Notes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="210"/>
        <source>Everyone&apos;s ratings are shown with their names once a round is revealed.</source>
        <translation>Las valoraciones de todos se muestran con su nombre una vez revelada la ronda.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="214"/>
        <source>Ratings are shown by office (PMO, TMO…), never by person.</source>
        <translation>Las valoraciones se muestran por oficina (PMO, TMO…), nunca por persona.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="217"/>
        <source>Ratings are shown with no names and no offices, only as totals.</source>
        <translation>Las valoraciones se muestran sin nombres ni oficinas, solo como totales.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="235"/>
        <source>This workshop has ratings: weights, directions and scales change its results, and a scale that would leave given ratings outside it is refused.</source>
        <translation>Este taller tiene valoraciones: las ponderaciones, los sentidos y las escalas cambian sus resultados, y se rechaza una escala que deje fuera valoraciones ya dadas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="244"/>
        <source>without office</source>
        <translation>sin oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="251"/>
        <source>&lt;b&gt;Participants:&lt;/b&gt; {people}</source>
        <translation>&lt;b&gt;Participantes:&lt;/b&gt; {people}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="252"/>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {hours} h {minutes:02d} min</source>
        <translation>&lt;b&gt;Orden del día:&lt;/b&gt; {hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="259"/>
        <source>&lt;b&gt;Proposals ask for:&lt;/b&gt; {cost}</source>
        <translation>&lt;b&gt;Las propuestas piden:&lt;/b&gt; {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="263"/>
        <source>&lt;b&gt;Budget:&lt;/b&gt; {budget}</source>
        <translation>&lt;b&gt;Presupuesto:&lt;/b&gt; {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="269"/>
        <source>&lt;b&gt;Ratings given:&lt;/b&gt; {n}</source>
        <translation>&lt;b&gt;Valoraciones dadas:&lt;/b&gt; {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="295"/>
        <source>The decision taken on it goes with it.</source>
        <translation>Se elimina también la decisión tomada sobre ella.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="300"/>
        <source>%n action item(s) refer to it; they stay, without it.</source>
        <translation>
            <numerusform>%n acción hace referencia a él; se conserva, sin el vínculo.</numerusform>
            <numerusform>%n acciones hacen referencia a él; se conservan, sin el vínculo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="320"/>
        <source>Rename workshop</source>
        <translation>Cambiar el nombre del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="321"/>
        <source>Change workshop date</source>
        <translation>Cambiar la fecha del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="322"/>
        <source>Change start time</source>
        <translation>Cambiar la hora de inicio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="323"/>
        <source>Change workshop place</source>
        <translation>Cambiar el lugar del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="324"/>
        <source>Change facilitator</source>
        <translation>Cambiar la moderación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="325"/>
        <source>Change anonymity</source>
        <translation>Cambiar el anonimato</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="326"/>
        <source>Change budget</source>
        <translation>Cambiar el presupuesto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="327"/>
        <source>Rename the second resource</source>
        <translation>Cambiar el nombre del segundo recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="328"/>
        <source>Change the second resource&apos;s limit</source>
        <translation>Cambiar el límite del segundo recurso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="329"/>
        <source>Change dissent threshold</source>
        <translation>Cambiar el umbral de disenso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="330"/>
        <source>Edit workshop notes</source>
        <translation>Editar las notas del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="331"/>
        <source>Change pairwise weights</source>
        <translation>Cambiar las ponderaciones por pares</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="347"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="363"/>
        <source>Copy from an earlier workshop</source>
        <translation>Copiar de un taller anterior</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="348"/>
        <source>There is no other workshop to copy from yet.</source>
        <translation>Todavía no hay ningún otro taller del que copiar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="357"/>
        <source>Copy set-up from “{workshop}”</source>
        <translation>Copiar la preparación de «{workshop}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="365"/>
        <source>Nothing was copied: this workshop already has every name “{w}” has.</source>
        <translation>No se ha copiado nada: este taller ya tiene todos los nombres que tiene «{w}».</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="149"/>
        <source>Participants, criteria, proposals and agenda</source>
        <translation>Participantes, criterios, propuestas y orden del día</translation>
    </message>
</context>
<context>
    <name>SetupPaste</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="113"/>
        <source>no pasted column is the {column} column</source>
        <translation>ninguna columna pegada es la columna {column}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="127"/>
        <source>row {row}: the {column} is empty</source>
        <translation>fila {row}: {column} está vacío</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="143"/>
        <source>row {row}, column {column}</source>
        <translation>fila {row}, columna {column}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="153"/>
        <source>{where}: &apos;{value}&apos; is none of {offered}</source>
        <translation>{where}: &apos;{value}&apos; no es ninguno de {offered}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="161"/>
        <source>{where}: &apos;{value}&apos; is not a number</source>
        <translation>{where}: &apos;{value}&apos; no es un número</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="279"/>
        <source>Nothing to paste: copy rows of a spreadsheet first (one row per line).</source>
        <translation>Nada que pegar: copie primero filas de una hoja de cálculo (una fila por línea).</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="117"/>
        <source>F2 edits the current cell, Enter commits, Insert adds, Delete deletes, Ctrl+Up and Ctrl+Down move the row</source>
        <translation>F2 edita la celda actual, Intro confirma, Insert añade, Supr elimina, Ctrl+Arriba y Ctrl+Abajo mueven la fila</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="140"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="141"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="142"/>
        <source>Paste rows</source>
        <translation>Pegar filas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="145"/>
        <source>Delete the selected row</source>
        <translation>Eliminar la fila seleccionada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="146"/>
        <source>Move the selected row up</source>
        <translation>Subir la fila seleccionada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="147"/>
        <source>Move the selected row down</source>
        <translation>Bajar la fila seleccionada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="271"/>
        <source>Rename “{name}”</source>
        <translation>Cambiar el nombre de «{name}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="273"/>
        <source>Edit “{name}”</source>
        <translation>Editar «{name}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="314"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Pegar %n fila</numerusform>
            <numerusform>Pegar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="335"/>
        <source>“{name}” holds %n rating(s) that participants entered, so it cannot be deleted: ratings are removed only by discarding their round (Rating page). Rename it instead, if it was only misnamed.</source>
        <translation>
            <numerusform>«{name}» tiene %n valoración introducida por los participantes, así que no se puede eliminar: las valoraciones solo se eliminan descartando su ronda (página Valoración). Si solo tenía un nombre equivocado, cámbiele el nombre.</numerusform>
            <numerusform>«{name}» tiene %n valoraciones introducidas por los participantes, así que no se puede eliminar: las valoraciones solo se eliminan descartando su ronda (página Valoración). Si solo tenía un nombre equivocado, cámbiele el nombre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="345"/>
        <source>Delete “{name}”?</source>
        <translation>¿Eliminar «{name}»?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="346"/>
        <source>Undo brings everything back.</source>
        <translation>Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="347"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="351"/>
        <source>Delete “{name}”</source>
        <translation>Eliminar «{name}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="370"/>
        <source>Move “{name}” up</source>
        <translation>Subir «{name}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="372"/>
        <source>Move “{name}” down</source>
        <translation>Bajar «{name}»</translation>
    </message>
</context>
<context>
    <name>SetupTableModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="158"/>
        <source>No office</source>
        <translation>Sin oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="161"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="195"/>
        <source>Higher is better</source>
        <translation>Más alto es mejor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="162"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="194"/>
        <source>Lower is better</source>
        <translation>Más bajo es mejor</translation>
    </message>
</context>
<context>
    <name>WeightSliders</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weight_sliders.py" line="63"/>
        <source>Weight of {criterion}</source>
        <translation>Ponderación de {criterion}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weight_sliders.py" line="73"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weight_sliders.py" line="115"/>
        <source>{weight} (set {set})</source>
        <translation>{weight} (fijada en {set})</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="69"/>
        <source>Criteria weights</source>
        <translation>Ponderaciones de los criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="76"/>
        <source>Weights by criterion</source>
        <translation>Ponderaciones por criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="80"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="81"/>
        <source>Participants who compared</source>
        <translation>Participantes que compararon</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="83"/>
        <source>Consistency ratio</source>
        <translation>Razón de consistencia</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="88"/>
        <source>Least consistent answer</source>
        <translation>Respuesta menos consistente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="89"/>
        <source>Pairs not compared</source>
        <translation>Pares sin comparar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="94"/>
        <source>Consistency of the comparisons</source>
        <translation>Consistencia de las comparaciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="100"/>
        <source>&amp;Adopt Group Weights</source>
        <translation>&amp;Adoptar las ponderaciones del grupo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="103"/>
        <source>Write the group&apos;s weights into the criteria and score the results with them; Undo takes it back</source>
        <translation>Escribir las ponderaciones del grupo en los criterios y calcular los resultados con ellas; Deshacer lo revierte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="108"/>
        <source>&amp;Keep Set Weights</source>
        <translation>&amp;Mantener las ponderaciones fijadas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="109"/>
        <source>Put the weights set by hand back in force</source>
        <translation>Volver a poner en vigor las ponderaciones fijadas a mano</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="133"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="134"/>
        <source>Weight in force</source>
        <translation>Ponderación vigente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="135"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="152"/>
        <source>Office-tagged or anonymous workshop: nobody&apos;s own weights are shown, and an office&apos;s or the group&apos;s only once two of its participants compared the criteria (— withheld).</source>
        <translation>Taller por oficina o anónimo: nunca se muestran las ponderaciones de una persona, y las de una oficina o del grupo solo cuando dos de sus participantes han comparado los criterios (— oculto).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="159"/>
        <source>A consistency ratio up to {limit} is usually accepted.</source>
        <translation>Una razón de consistencia de hasta {limit} suele aceptarse.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="168"/>
        <source>&lt;b&gt;In force:&lt;/b&gt; the group&apos;s weights from the pairwise comparisons (AHP), adopted {date}. Results are scored with them.</source>
        <translation>&lt;b&gt;En vigor:&lt;/b&gt; las ponderaciones del grupo a partir de las comparaciones por pares (AHP), adoptadas el {date}. Los resultados se calculan con ellas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="172"/>
        <source>&lt;b&gt;In force:&lt;/b&gt; the weights set by the facilitator.</source>
        <translation>&lt;b&gt;En vigor:&lt;/b&gt; las ponderaciones fijadas por el moderador.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="177"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="179"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="225"/>
        <source>{a} vs {b}</source>
        <translation>{a} frente a {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="229"/>
        <source>Withheld for privacy: fewer than two participants compared</source>
        <translation>Oculto por privacidad: menos de dos participantes compararon</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="231"/>
        <source>Nobody has compared the criteria yet</source>
        <translation>Nadie ha comparado todavía los criterios</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="246"/>
        <source>Adopt group weights</source>
        <translation>Adoptar las ponderaciones del grupo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="253"/>
        <source>Keep set weights</source>
        <translation>Mantener las ponderaciones fijadas</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="21"/>
        <source>&lt;h1&gt;PMO–TMO Desktop&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;PMO–TMO Desktop&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="24"/>
        <source>One delivery method for the project and the technical offices, a RACI matrix both sides can trust, and workshops where both rate proposals together.</source>
        <translation>Un único método de entrega para las oficinas de proyectos y técnica, una matriz RACI en la que ambas pueden confiar y talleres donde ambas evalúan juntas las propuestas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="32"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="33"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="34"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="40"/>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Espacios de trabajo recientes&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="502"/>
        <source>{ballots} into round {round}: {ratings}; {states}</source>
        <translation>{ballots} en la ronda {round}: {ratings}; {states}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="503"/>
        <source>Imported %n ballot(s)</source>
        <translation>
            <numerusform>%n papeleta importada</numerusform>
            <numerusform>%n papeletas importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="507"/>
        <source>%n rating(s) written</source>
        <translation>
            <numerusform>%n valoración escrita</numerusform>
            <numerusform>%n valoraciones escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="508"/>
        <source>%n can&apos;t judge</source>
        <translation>
            <numerusform>%n «no puedo valorar»</numerusform>
            <numerusform>%n «no puedo valorar»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="509"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminada</numerusform>
            <numerusform>%n eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="514"/>
        <source>%n complete</source>
        <translation>
            <numerusform>%n completa</numerusform>
            <numerusform>%n completas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="515"/>
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n incompleta</numerusform>
            <numerusform>%n incompletas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="520"/>
        <source>{name}: {filled} of {cells} cells</source>
        <translation>{name}: {filled} de {cells} celdas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="527"/>
        <source>(the round was opened for them)</source>
        <translation>(se abrió la ronda para ellas)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="529"/>
        <source>%n pairwise judgement(s) of criteria recorded.</source>
        <translation>
            <numerusform>%n juicio por pares de criterios registrado.</numerusform>
            <numerusform>%n juicios por pares de criterios registrados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="63"/>
        <source>role names across, letters in the cells</source>
        <translation>nombres de roles en horizontal, letras en las celdas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="64"/>
        <source>one column per letter, role names in the cells</source>
        <translation>una columna por letra, nombres de roles en las celdas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="65"/>
        <source>{layout}; rows without letters are activities, not phases</source>
        <translation>{layout}; las filas sin letras son actividades, no fases</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="62"/>
        <source>cannot be read as a workbook ({detail})</source>
        <translation>no se puede leer como libro ({detail})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="70"/>
        <source>refused: part {part} declares a DTD or entities (an XML attack?)</source>
        <translation>rechazado: la parte {part} declara una DTD o entidades (¿un ataque XML?)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="78"/>
        <source>refused: part {part} is not well-formed XML ({detail})</source>
        <translation>rechazado: la parte {part} no es XML bien formado ({detail})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="115"/>
        <source>refused: {count} characters in one cell, more than {limit}</source>
        <translation>rechazado: {count} caracteres en una celda, más de {limit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="123"/>
        <source>refused: more than {limit} characters of text</source>
        <translation>rechazado: más de {limit} caracteres de texto</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="156"/>
        <source>refused: more than {limit} filled cells</source>
        <translation>rechazado: más de {limit} celdas rellenas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="198"/>
        <source>refused: more than {limit} strings in part {part}</source>
        <translation>rechazado: más de {limit} cadenas en la parte {part}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="206"/>
        <source>part {part}, string {number}</source>
        <translation>parte {part}, cadena {number}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="273"/>
        <source>refused: more than {limit} rows</source>
        <translation>rechazado: más de {limit} filas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="279"/>
        <source>refused: more than {limit} columns</source>
        <translation>rechazado: más de {limit} columnas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="311"/>
        <source>cannot be read ({detail})</source>
        <translation>no se puede leer ({detail})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_read.py" line="46"/>
        <source>&apos;{reading}&apos; is not a layout ({readings})</source>
        <translation>«{reading}» no es una disposición ({readings})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_read.py" line="106"/>
        <source>&apos;{name}&apos; heads no letter column (R, A, C, I, S, V)</source>
        <translation>«{name}» no encabeza una columna de letra (R, A, C, I, S, V)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_rows.py" line="212"/>
        <source>&apos;{value}&apos; is not a role name</source>
        <translation>«{value}» no es un nombre de rol</translation>
    </message>
</context>
<context>
    <name>WorkshopListActions</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="80"/>
        <source>New workshop “{title}”</source>
        <translation>Nuevo taller «{title}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="103"/>
        <source>Delete the workshop “{title}” with everything in it?</source>
        <translation>¿Eliminar el taller «{title}» con todo su contenido?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="109"/>
        <source>It holds %n rating(s); they go with it.</source>
        <translation>
            <numerusform>Contiene %n valoración; se elimina con él.</numerusform>
            <numerusform>Contiene %n valoraciones; se eliminan con él.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="117"/>
        <source>It holds no ratings yet.</source>
        <translation>Todavía no contiene valoraciones.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="118"/>
        <source>Undo brings it all back.</source>
        <translation>Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="121"/>
        <source>Delete workshop</source>
        <translation>Eliminar taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="123"/>
        <source>Delete Workshop</source>
        <translation>Eliminar taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="127"/>
        <source>Delete workshop “{title}”</source>
        <translation>Eliminar el taller «{title}»</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="19"/>
        <source>Save a blank set-up workbook</source>
        <translation>Guardar un libro de preparación en blanco</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="21"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="31"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="45"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="63"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="29"/>
        <source>New workshop from a set-up workbook</source>
        <translation>Nuevo taller a partir de un libro de preparación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="38"/>
        <source>Folder for the ballots</source>
        <translation>Carpeta para las papeletas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="44"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="49"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="61"/>
        <source>Import filled ballots</source>
        <translation>Importar papeletas rellenadas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="60"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="62"/>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="65"/>
        <source>&amp;Close Workshop…</source>
        <translation>&amp;Cerrar taller…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="68"/>
        <source>Freeze the workshop; later corrections are recorded as amendments</source>
        <translation>Congelar el taller; las correcciones posteriores se registran como enmiendas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="73"/>
        <source>&amp;Delete Workshop…</source>
        <translation>&amp;Eliminar taller…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="77"/>
        <source>Save a Blank &amp;Set-up Workbook…</source>
        <translation>Guardar un libro de preparación en &amp;blanco…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="81"/>
        <source>New Workshop &amp;from Set-up Workbook…</source>
        <translation>Nuevo taller desde &amp;libro de preparación…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="86"/>
        <source>&amp;Export Ballots…</source>
        <translation>E&amp;xportar papeletas…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="89"/>
        <source>&amp;Import Filled Ballots…</source>
        <translation>&amp;Importar papeletas rellenadas…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="93"/>
        <source>Discard Las&amp;t Round…</source>
        <translation>De&amp;scartar la última ronda…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="97"/>
        <source>Remove the latest round and its ratings, after a backup; recorded with the amendments</source>
        <translation>Eliminar la última ronda y sus valoraciones, tras una copia de seguridad; se registra con las enmiendas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="109"/>
        <source>Print &amp;QR Name Cards…</source>
        <translation>Imprimir tarjetas identificativas con &amp;QR…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="112"/>
        <source>A card for each participant: their personal link to the room as a QR code, and their personal code</source>
        <translation>Una tarjeta para cada participante: su enlace personal a la sala como código QR y su código personal</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="122"/>
        <source>&amp;Minutes (PDF)…</source>
        <translation>&amp;Acta (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="125"/>
        <source>Meeting &amp;Pack…</source>
        <translation>&amp;Dosier de la reunión…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="128"/>
        <source>&amp;Results Workbook…</source>
        <translation>Libro de &amp;resultados…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="209"/>
        <source>Round {n} is still open. Close it on the Rating page first: you will see who has not finished their ballot before it is revealed.</source>
        <translation>La ronda {n} sigue abierta. Ciérrela antes en la página Valoración: verá quién no ha terminado su papeleta antes de que se revele.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="216"/>
        <source>Close the workshop “{title}”?</source>
        <translation>¿Cerrar el taller «{title}»?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="219"/>
        <source>Closing freezes ratings, decisions and actions; later corrections are recorded as amendments.</source>
        <translation>El cierre congela las valoraciones, las decisiones y las acciones; las correcciones posteriores se registran como enmiendas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="287"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="288"/>
        <source>%n criteria</source>
        <translation>
            <numerusform>%n criterio</numerusform>
            <numerusform>%n criterios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="289"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n propuesta</numerusform>
            <numerusform>%n propuestas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="293"/>
        <source>Created the workshop “{title}” from {file}: {counts}</source>
        <translation>Taller «{title}» creado a partir de {file}: {counts}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="452"/>
        <source>name cards</source>
        <comment>a file name</comment>
        <translation>tarjetas identificativas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="462"/>
        <source>Name cards</source>
        <translation>Tarjetas identificativas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="468"/>
        <source>Wrote {file}; its links point to {url}</source>
        <translation>Se ha escrito {file}; sus enlaces apuntan a {url}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="208"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="226"/>
        <source>Close workshop</source>
        <translation>Cerrar taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="228"/>
        <source>Close Workshop</source>
        <translation>Cerrar taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="232"/>
        <source>Close workshop “{title}”</source>
        <translation>Cerrar el taller «{title}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="256"/>
        <source>Set-up workbook</source>
        <translation>Libro de preparación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="276"/>
        <source>New workshop from set-up workbook</source>
        <translation>Nuevo taller a partir de un libro de preparación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="311"/>
        <source>Ballots</source>
        <translation>Papeletas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="317"/>
        <source>Wrote %n ballot(s)</source>
        <translation>
            <numerusform>Se ha escrito %n papeleta</numerusform>
            <numerusform>Se han escrito %n papeletas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="331"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="340"/>
        <source>Import ballots</source>
        <translation>Importar papeletas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="413"/>
        <source>Meeting pack</source>
        <translation>Dosier de la reunión</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="419"/>
        <source>Cancelled after %n file(s)</source>
        <translation>
            <numerusform>Cancelado tras %n archivo</numerusform>
            <numerusform>Cancelado tras %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="427"/>
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>Se ha escrito %n archivo en {folder}</numerusform>
            <numerusform>Se han escrito %n archivos en {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="45"/>
        <source>Close Room for P&amp;hones</source>
        <translation>Cerrar sala para &amp;teléfonos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="46"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="105"/>
        <source>Open Room for P&amp;hones…</source>
        <translation>Abrir sala para &amp;teléfonos…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="26"/>
        <source>Check out the workshop to a file</source>
        <translation>Extraer el taller a un archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="28"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="38"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>Espacios de trabajo PMO–TMO (*.pmotmo)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="36"/>
        <source>Check in a workshop from its file</source>
        <translation>Reintegrar un taller desde su archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="58"/>
        <source>Chec&amp;k Out for the Room…</source>
        <translation>Extraer para traba&amp;jar sin conexión…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="61"/>
        <source>Copy the workshop into a file for a session offline; it stays read-only here until it is checked in</source>
        <translation>Copiar el taller a un archivo para una sesión sin conexión; aquí queda de solo lectura hasta que se reintegre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="69"/>
        <source>Check In from Fi&amp;le…</source>
        <translation>Inte&amp;grar desde el archivo…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="78"/>
        <source>Workshops offline</source>
        <translation>Talleres sin conexión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="98"/>
        <source>Checked out &apos;{title}&apos; to {file}. Open that file for the session; the workshop is read-only here until it is checked in.</source>
        <translation>«{title}» extraído a {file}. Abra ese archivo para la sesión; el taller es de solo lectura aquí hasta que se reintegre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="115"/>
        <source>Check in</source>
        <translation>Reintegrar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="124"/>
        <source>Checked in &apos;{title}&apos; from {file}; it may be changed here again.</source>
        <translation>«{title}» reintegrado desde {file}; aquí se puede volver a cambiar.</translation>
    </message>
</context>
<context>
    <name>WorkshopsArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="123"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="124"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="125"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="130"/>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="148"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="149"/>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="150"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="151"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="152"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="157"/>
        <source>Proposals of the workshop</source>
        <translation>Propuestas del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="173"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="192"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="193"/>
        <source>Live</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="194"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="199"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="294"/>
        <source>round {n}: {status}, {ratings}</source>
        <translation>ronda {n}: {status}, {ratings}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="317"/>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {items} · &lt;b&gt;Actions:&lt;/b&gt; {a} ({open} open)</source>
        <translation>&lt;b&gt;Orden del día:&lt;/b&gt; {items} · &lt;b&gt;Acciones:&lt;/b&gt; {a} ({open} abiertas)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="288"/>
        <source>no office</source>
        <translation>sin oficina</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="296"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="296"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="300"/>
        <source>no rounds yet</source>
        <translation>todavía no hay rondas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="304"/>
        <source>&lt;b&gt;Date:&lt;/b&gt; {date} · &lt;b&gt;Place:&lt;/b&gt; {place} · &lt;b&gt;Facilitator:&lt;/b&gt; {who}</source>
        <translation>&lt;b&gt;Fecha:&lt;/b&gt; {date} · &lt;b&gt;Lugar:&lt;/b&gt; {place} · &lt;b&gt;Moderación:&lt;/b&gt; {who}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="310"/>
        <source>&lt;b&gt;Participants:&lt;/b&gt; {n} ({people})</source>
        <translation>&lt;b&gt;Participantes:&lt;/b&gt; {n} ({people})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="313"/>
        <source>&lt;b&gt;Criteria:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Criterios:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="316"/>
        <source>&lt;b&gt;Rounds:&lt;/b&gt; {rounds}</source>
        <translation>&lt;b&gt;Rondas:&lt;/b&gt; {rounds}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="172"/>
        <source>Pages of the workshop</source>
        <translation>Páginas del taller</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="55"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="549"/>
        <source>{file}: already exists</source>
        <translation>{file}: ya existe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="115"/>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="297"/>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="226"/>
        <source>{file}: already exists; nothing was changed</source>
        <translation>{file}: ya existe; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="57"/>
        <source>{file}: the file is damaged ({detail}); it was not changed.</source>
        <translation>{file}: el archivo está dañado ({detail}); no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="61"/>
        <source>Newest good backup: {backup}</source>
        <translation>Copia de seguridad válida más reciente: {backup}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="69"/>
        <source>{file}: no such file</source>
        <translation>{file}: no existe el archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="71"/>
        <source>{file}: not a file</source>
        <translation>{file}: no es un archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="76"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="82"/>
        <source>{file}: not a PMO–TMO workspace (not an SQLite database)</source>
        <translation>{file}: no es un espacio de trabajo PMO–TMO (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="88"/>
        <source>{file}: not a PMO–TMO workspace (a database of another application)</source>
        <translation>{file}: no es un espacio de trabajo PMO–TMO (base de datos de otra aplicación)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="115"/>
        <source>{file}: not a PMO–TMO workspace (it has no schema version)</source>
        <translation>{file}: no es un espacio de trabajo PMO–TMO (no tiene versión de esquema)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="122"/>
        <source>{file} was written by a newer version of PMO–TMO Desktop (schema {found}); this version reads up to schema {head}. Update the app to open it; the file was not changed.</source>
        <translation>{file} se escribió con una versión más reciente de PMO–TMO Desktop (esquema {found}); esta versión lee hasta el esquema {head}. Actualice la aplicación para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="265"/>
        <source>{file} is closed; nothing was read or changed</source>
        <translation>{file} está cerrado; no se leyó ni se cambió nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="332"/>
        <source>{file} is open read-only; a backup cannot be restored into it</source>
        <translation>{file} está abierto en solo lectura; no se puede restaurar en él una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="98"/>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="80"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="251"/>
        <source>{file} is open read-only; nothing can be changed</source>
        <translation>{file} está abierto en solo lectura; no se puede cambiar nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/migrate.py" line="92"/>
        <source>{file}: the upgrade left {count} broken references</source>
        <translation>{file}: la actualización ha dejado {count} referencias rotas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="412"/>
        <source>{file} cannot be written here ({where} is read-only)</source>
        <translation>{file} no se puede escribir aquí ({where} es de solo lectura)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="377"/>
        <source>{file} is open in PMO–TMO Desktop ({holder}); close it there before replacing it</source>
        <translation>{file} está abierto en PMO–TMO Desktop ({holder}); ciérrelo allí antes de reemplazarlo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="458"/>
        <source>{file}: cannot be replaced ({reason})</source>
        <translation>{file}: no se puede reemplazar ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="414"/>
        <source>{file} cannot be changed here ({where} is read-only); open it read-only</source>
        <translation>{file} no se puede modificar aquí ({where} es de solo lectura); ábralo en solo lectura</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="382"/>
        <source>{file} is already open in PMO–TMO Desktop ({holder}); close it there, or open it read-only</source>
        <translation>{file} ya está abierto en PMO–TMO Desktop ({holder}); ciérrelo allí o ábralo en solo lectura</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="403"/>
        <source>{file} has more than one name (a hard link), so it can be opened read-only only; copy the file instead of linking it</source>
        <translation>{file} tiene más de un nombre (un enlace duro), así que solo puede abrirse en modo de solo lectura; copie el archivo en lugar de enlazarlo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="428"/>
        <source>{file}: cannot be opened for writing ({reason})</source>
        <translation>{file}: no se puede abrir para escritura ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="471"/>
        <source>{file} cannot be changed: {side} beside it is read-only (left by a program that could only read it); close every program that has it open and delete {side}, or open the workspace read-only</source>
        <translation>{file} no se puede cambiar: {side}, a su lado, es de solo lectura (lo dejó un programa que solo podía leerlo); cierre todo programa que lo tenga abierto y borre {side}, o abra el espacio de trabajo en modo de solo lectura</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="498"/>
        <source>this process</source>
        <translation>este proceso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="514"/>
        <source>{file} needs an upgrade to this version; open it for writing once</source>
        <translation>{file} necesita actualizarse a esta versión; ábralo una vez en modo escritura</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="552"/>
        <source>{file}: give the workspace a file name</source>
        <translation>{file}: asigne un nombre de archivo al espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="398"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="556"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}: no existe la carpeta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="587"/>
        <source>{file}: cannot be created ({reason})</source>
        <translation>{file}: no se puede crear ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="72"/>
        <source>{url}: not a valid library address (postgresql://user@host[:port]/database)</source>
        <translation>{url}: dirección de biblioteca no válida (postgresql://usuario@host[:puerto]/base)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="80"/>
        <source>{url}: name the database (postgresql://user@host[:port]/database)</source>
        <translation>{url}: indique la base de datos (postgresql://usuario@host[:puerto]/base)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="93"/>
        <source>{url}: PostgreSQL support (psycopg) is not installed</source>
        <translation>{url}: el soporte de PostgreSQL (psycopg) no está instalado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="131"/>
        <source>{url}: cannot open the library ({reason}); nothing was changed</source>
        <translation>{url}: no se puede abrir la biblioteca ({reason}); no se cambió nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="172"/>
        <source>{url}: not a PMO–TMO library (the database holds other tables); nothing was changed</source>
        <translation>{url}: no es una biblioteca PMO–TMO (la base de datos contiene otras tablas); no se cambió nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="181"/>
        <source>{url} was written by a newer version of PMO–TMO Desktop (schema {found}); this version reads up to schema {head}. Update the app to open it; nothing was changed.</source>
        <translation>{url} fue escrita por una versión más reciente de PMO–TMO Desktop (esquema {found}); esta versión lee hasta el esquema {head}. Actualice la aplicación para abrirla; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="235"/>
        <source>{url}: you may read this library but not change it; nothing was changed</source>
        <translation>{url}: puede leer esta biblioteca pero no cambiarla; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="279"/>
        <source>{url}: {what} is for workspace files; a team library has none</source>
        <translation>{url}: {what} es para archivos de espacio de trabajo; una biblioteca de equipo no lo tiene</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="286"/>
        <source>the SQLite setting {name}</source>
        <translation>el ajuste de SQLite {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="300"/>
        <source>restoring a backup</source>
        <translation>restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="319"/>
        <source>{url}: the database is empty, not a library yet; make it one with pmo-tmo new</source>
        <translation>{url}: la base de datos está vacía, aún no es una biblioteca; conviértala en una con pmo-tmo new</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="361"/>
        <source>{url}: the database is not empty; a library is made in an empty database, nothing was changed</source>
        <translation>{url}: la base de datos no está vacía; una biblioteca se crea en una base de datos vacía, no se cambió nada</translation>
    </message>
</context>
</TS>
