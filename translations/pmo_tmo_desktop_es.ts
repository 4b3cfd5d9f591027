<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/app.py" line="41"/>
        <source>Something went wrong: {error}

Everything you entered before this is saved in the workspace file.</source>
        <translation>Algo ha salido mal: {error}

Todo lo que introdujo hasta ahora está guardado en el archivo del espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="43"/>
        <source>Created {file} from the {template} methodology</source>
        <translation>Se ha creado {file} a partir de la metodología «{template}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="55"/>
        <source>Created the demo workspace {file}</source>
        <translation>Se ha creado el espacio de trabajo de demostración {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="69"/>
        <source>integrity check: {result}</source>
        <translation>comprobación de integridad: {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="73"/>
        <source>{n} broken references</source>
        <translation>{n} referencias rotas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="90"/>
        <source>{name} ({variant}), schema {schema}, journal {journal}</source>
        <translation>{name} ({variant}), esquema {schema}, journal {journal}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="97"/>
        <source>File integrity: {result}</source>
        <translation>Integridad del archivo: {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="99"/>
        <source>offices</source>
        <translation>oficinas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="100"/>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="101"/>
        <source>phases</source>
        <translation>fases</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="102"/>
        <source>activities</source>
        <translation>actividades</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="103"/>
        <source>deliverables</source>
        <translation>entregables</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="104"/>
        <source>control points</source>
        <translation>puntos de control</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="105"/>
        <source>RACI cells filled</source>
        <translation>celdas RACI rellenas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="106"/>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="182"/>
        <source>workshops</source>
        <translation>talleres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="107"/>
        <source>proposals</source>
        <translation>propuestas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="108"/>
        <source>ratings</source>
        <translation>valoraciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="113"/>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="138"/>
        <source>No workshops yet.</source>
        <translation>Todavía no hay talleres.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="151"/>
        <source>PMO–TMO Desktop, headless: workspaces, checks and workshops.</source>
        <translation>PMO–TMO Desktop sin interfaz: espacios de trabajo, comprobaciones y talleres.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="157"/>
        <source>language of the output</source>
        <translation>idioma de la salida</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="174"/>
        <source>a workspace from a starter methodology</source>
        <translation>un espacio de trabajo a partir de una metodología inicial</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="177"/>
        <source>a realistic demo, with a finished workshop</source>
        <translation>una demo realista, con un taller terminado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="179"/>
        <source>check the file and report what it holds</source>
        <translation>comprobar el archivo e informar de su contenido</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="188"/>
        <source>the workshops, with ids</source>
        <translation>los talleres, con sus ID</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="220"/>
        <source>interrupted; nothing was changed</source>
        <translation>interrumpido; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="228"/>
        <source>internal error ({kind}: {error}); please report it</source>
        <translation>error interno ({kind}: {error}); por favor, notifíquelo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="79"/>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="90"/>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="91"/>
        <source>RACI matrix</source>
        <translation>Matriz RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="92"/>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="121"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="122"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="123"/>
        <source>Save &amp;As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Restore Backup…</source>
        <translation>Res&amp;taurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="126"/>
        <source>Workspace &amp;Properties…</source>
        <translation>&amp;Propiedades del espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Cerrar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="133"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Methodology</source>
        <translation>&amp;Metodología</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;RACI Matrix</source>
        <translation>Matriz &amp;RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Workshops</source>
        <translation>&amp;Talleres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="143"/>
        <source>&amp;About PMO–TMO Desktop</source>
        <translation>&amp;Acerca de PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="150"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="163"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="177"/>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="220"/>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="228"/>
        <source>{message}

Open a copy of that backup? The damaged file stays as it is.</source>
        <translation>{message}

¿Abrir un duplicado de esa copia de seguridad? El archivo dañado se queda como está.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="230"/>
        <source>Open Backup Copy</source>
        <translation>Abrir copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="257"/>
        <source>Opened {file}</source>
        <translation>Se ha abierto {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="302"/>
        <source>Restored {file}</source>
        <translation>Se ha restaurado {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="310"/>
        <source>Backup failed: {error}</source>
        <translation>Error en la copia de seguridad: {error}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="314"/>
        <source>Backed up to {file}</source>
        <translation>Copia de seguridad guardada en {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="346"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="370"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="386"/>
        <source>Change workspace properties</source>
        <translation>cambio de propiedades del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="394"/>
        <source>About PMO–TMO Desktop</source>
        <translation>Acerca de PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="396"/>
        <source>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;One common delivery methodology for the Project and the Technical Management Office, a RACI matrix that checks their integration, and joint workshops to assess proposals.&lt;/p&gt;&lt;p&gt;Works offline; your data stays in your workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;Una metodología de entrega común para la Oficina de Gestión de Proyectos y la Oficina de Gestión Técnica, una matriz RACI que comprueba su integración y talleres conjuntos para evaluar propuestas.&lt;/p&gt;&lt;p&gt;Funciona sin conexión; sus datos permanecen en su archivo de espacio de trabajo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="254"/>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="256"/>
        <source>PMO–TMO workspaces (*.pmotmo);;All files (*)</source>
        <translation>Espacios de trabajo PMO–TMO (*.pmotmo);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="264"/>
        <source>Save workspace as</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="266"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>Espacios de trabajo PMO–TMO (*.pmotmo)</translation>
    </message>
</context>
<context>
    <name>MethodologyArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="191"/>
        <source>Methodology: phases, activities, deliverables</source>
        <translation>Metodología: fases, actividades, entregables</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="210"/>
        <source>{phases} phases · {activities} activities · {deliverables} deliverables · {controls} gates, reviews and sign-offs · {roles} roles in {offices} offices</source>
        <translation>{phases} fases · {activities} actividades · {deliverables} entregables · {controls} puertas de fase, revisiones y aprobaciones · {roles} roles en {offices} oficinas</translation>
    </message>
</context>
<context>
    <name>MethodologyTree</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="133"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="135"/>
        <source>Management</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="136"/>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="137"/>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="138"/>
        <source>Gate</source>
        <translation>Puerta de fase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="139"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="140"/>
        <source>Sign-off</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="144"/>
        <source>{kind} deliverable</source>
        <translation>Entregable ({kind})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="156"/>
        <source>Approved by {roles}</source>
        <translation>Aprobado por {roles}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="169"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="170"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="171"/>
        <source>Owning office</source>
        <translation>Oficina responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="172"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="43"/>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="84"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="45"/>
        <source>e.g. Acme delivery method</source>
        <translation>p. ej., método de entrega de Acme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="49"/>
        <source>Integrated PMO–TMO lifecycle (8 phases, 18 roles)</source>
        <translation>Ciclo de vida integrado PMO–TMO (8 fases, 18 roles)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="51"/>
        <source>Light lifecycle for small teams</source>
        <translation>Ciclo de vida ligero para equipos pequeños</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="52"/>
        <source>Empty: only the standard offices</source>
        <translation>Vacío: solo las oficinas estándar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="55"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="63"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="64"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Basado en:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="65"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="69"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="86"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>Espacios de trabajo PMO–TMO (*.pmotmo)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="93"/>
        <source>Give the workspace a name.</source>
        <translation>Asigne un nombre al espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="96"/>
        <source>Choose where to save it.</source>
        <translation>Elija dónde guardarlo.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="122"/>
        <source>Workspace properties</source>
        <translation>Propiedades del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="127"/>
        <source>RACI: Responsible, Accountable, Consulted, Informed</source>
        <translation>RACI: Responsable, Aprobador, Consultado, Informado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="128"/>
        <source>RASCI: adds Supportive</source>
        <translation>RASCI: añade Apoyo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="129"/>
        <source>RACI-VS: adds Verifies and Signs</source>
        <translation>RACI-VS: añade Verifica y Firma</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="135"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="136"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="137"/>
        <source>RACI &amp;variant:</source>
        <translation>&amp;Variante RACI:</translation>
    </message>
</context>
<context>
    <name>RaciArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="101"/>
        <source>RACI matrix</source>
        <translation>Matriz RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="109"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="110"/>
        <source>Accountable</source>
        <translation>Aprobador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="111"/>
        <source>Consulted</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="112"/>
        <source>Informed</source>
        <translation>Informado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="113"/>
        <source>Supportive</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="114"/>
        <source>Verifies</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="136"/>
        <source>{variant} matrix: {activities} activities × {roles} roles, {cells} cells filled</source>
        <translation>Matriz {variant}: {activities} actividades × {roles} roles, {cells} celdas rellenas</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="164"/>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="166"/>
        <source>Timed backup</source>
        <translation>Copia programada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="167"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="168"/>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="169"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="170"/>
        <source>Manual backup</source>
        <translation>Copia manual</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="176"/>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="181"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="183"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="187"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="203"/>
        <source>The workspace is backed up as it is now before it is restored, so a restore can itself be undone from this list.</source>
        <translation>Antes de restaurar, se guarda una copia del estado actual del espacio de trabajo, de modo que la propia restauración puede deshacerse desde esta lista.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="211"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="33"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="45"/>
        <source>must be one of: {allowed}</source>
        <translation>debe ser uno de estos valores: {allowed}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="55"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="63"/>
        <source>must not be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="70"/>
        <source>must be greater than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="77"/>
        <source>must be a whole number, zero or more</source>
        <translation>debe ser un número entero, cero o mayor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="87"/>
        <source>must be a colour like #2F6DB5</source>
        <translation>debe ser un color como #2F6DB5</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="100"/>
        <source>must be a date like 2026-11-25</source>
        <translation>debe ser una fecha como 2026-11-25</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="278"/>
        <source>{what}: unknown field {field}</source>
        <translation>{what}: campo desconocido {field}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="288"/>
        <source>{what} {field}: {problem}</source>
        <translation>{what} {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="300"/>
        <source>no {what} with id {id}</source>
        <translation>no se encontró {what} con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="330"/>
        <source>{what} {field}: must be given</source>
        <translation>{what} {field}: es obligatorio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="403"/>
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
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="35"/>
        <source>&apos;{letters}&apos; is not a {variant} letter</source>
        <translation>«{letters}» no es una letra de {variant}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="85"/>
        <source>workspace name: must not be empty</source>
        <translation>nombre del espacio de trabajo: no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="91"/>
        <source>RACI variant: must be RACI, RASCI or RACI-VS</source>
        <translation>variante RACI: debe ser RACI, RASCI o RACI-VS</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="103"/>
        <source>RACI variant: some cells hold letters {variant} does not have; clear them first</source>
        <translation>variante RACI: algunas celdas contienen letras que {variant} no tiene; vacíelas primero</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/queries.py" line="147"/>
        <source>no workshop with id {id}</source>
        <translation>no hay ningún taller con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="161"/>
        <source>another {what} already has this {field}</source>
        <translation>otro registro de tipo {what} ya tiene este valor de {field}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="165"/>
        <source>it is still used elsewhere, or refers to something missing</source>
        <translation>todavía se usa en otro lugar o hace referencia a algo que falta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="168"/>
        <source>the value breaks the rule &apos;{rule}&apos;</source>
        <translation>el valor incumple la regla «{rule}»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/templates.py" line="23"/>
        <source>unknown template &apos;{name}&apos; (choose {names})</source>
        <translation>plantilla desconocida «{name}» (elija entre {names})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="35"/>
        <source>a round is already open; close it first</source>
        <translation>ya hay una ronda abierta; ciérrela primero</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="64"/>
        <source>no round is open</source>
        <translation>no hay ninguna ronda abierta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="91"/>
        <source>no round with id {id}</source>
        <translation>no hay ninguna ronda con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="94"/>
        <source>this round is closed; ratings can no longer change</source>
        <translation>esta ronda está cerrada; las valoraciones ya no se pueden cambiar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="102"/>
        <source>no criterion with id {id}</source>
        <translation>no hay ningún criterio con ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="119"/>
        <source>{criterion}: {value} is outside the scale {low}–{high}</source>
        <translation>{criterion}: {value} está fuera de la escala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="180"/>
        <source>decision: must be approve, reject, defer or needs-information</source>
        <translation>decisión: debe ser «aprobar», «rechazar», «aplazar» o «falta información»</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="19"/>
        <source>&lt;h1&gt;PMO–TMO Desktop&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;PMO–TMO Desktop&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="22"/>
        <source>One delivery method for the project and the technical offices, a RACI matrix both sides can trust, and workshops where both rate proposals together.</source>
        <translation>Un único método de entrega para las oficinas de proyectos y técnica, una matriz RACI en la que ambas pueden confiar y talleres donde ambas evalúan juntas las propuestas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="30"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="31"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="32"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="38"/>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Espacios de trabajo recientes&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>WorkshopsArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="69"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="70"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="71"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="76"/>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="93"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="94"/>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="95"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="96"/>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="97"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="102"/>
        <source>Proposals of the workshop</source>
        <translation>Propuestas del taller</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="121"/>
        <source>No workshops yet. Workshops you plan and run appear here.</source>
        <translation>Todavía no hay talleres. Aquí aparecerán los talleres que planifique y celebre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="126"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="127"/>
        <source>Live</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="128"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="133"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="135"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="136"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="137"/>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="138"/>
        <source>Needs information</source>
        <translation>Falta información</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="173"/>
        <source>round {n}: {status}, {count} ratings</source>
        <translation>ronda {n}: {status}, {count} valoraciones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="175"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="175"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="179"/>
        <source>no rounds yet</source>
        <translation>todavía no hay rondas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="183"/>
        <source>&lt;b&gt;Date:&lt;/b&gt; {date} · &lt;b&gt;Place:&lt;/b&gt; {place} · &lt;b&gt;Facilitator:&lt;/b&gt; {who}</source>
        <translation>&lt;b&gt;Fecha:&lt;/b&gt; {date} · &lt;b&gt;Lugar:&lt;/b&gt; {place} · &lt;b&gt;Moderación:&lt;/b&gt; {who}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="189"/>
        <source>&lt;b&gt;Participants:&lt;/b&gt; {n} ({people})</source>
        <translation>&lt;b&gt;Participantes:&lt;/b&gt; {n} ({people})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="192"/>
        <source>&lt;b&gt;Criteria:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Criterios:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="195"/>
        <source>&lt;b&gt;Rounds:&lt;/b&gt; {rounds}</source>
        <translation>&lt;b&gt;Rondas:&lt;/b&gt; {rounds}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="196"/>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {n} items · &lt;b&gt;Actions:&lt;/b&gt; {a} ({open} open)</source>
        <translation>&lt;b&gt;Orden del día:&lt;/b&gt; {n} puntos · &lt;b&gt;Acciones:&lt;/b&gt; {a} ({open} abiertas)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="32"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="347"/>
        <source>{file}: already exists</source>
        <translation>{file}: ya existe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="54"/>
        <source>{file}: the file is damaged ({detail}); it was not changed.</source>
        <translation>{file}: el archivo está dañado ({detail}); no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="58"/>
        <source>Newest good backup: {backup}</source>
        <translation>Copia de seguridad válida más reciente: {backup}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="67"/>
        <source>{file}: no such file</source>
        <translation>{file}: no existe el archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="69"/>
        <source>{file}: not a file</source>
        <translation>{file}: no es un archivo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="74"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="80"/>
        <source>{file}: not a PMO–TMO workspace (not an SQLite database)</source>
        <translation>{file}: no es un espacio de trabajo PMO–TMO (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="86"/>
        <source>{file}: not a PMO–TMO workspace (a database of another application)</source>
        <translation>{file}: no es un espacio de trabajo PMO–TMO (base de datos de otra aplicación)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="105"/>
        <source>{file}: not a PMO–TMO workspace (it has no schema version)</source>
        <translation>{file}: no es un espacio de trabajo PMO–TMO (no tiene versión de esquema)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="112"/>
        <source>{file} was written by a newer version of PMO–TMO Desktop (schema {found}); this version reads up to schema {head}. Update the app to open it; the file was not changed.</source>
        <translation>{file} se escribió con una versión más reciente de PMO–TMO Desktop (esquema {found}); esta versión lee hasta el esquema {head}. Actualice la aplicación para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="179"/>
        <source>{file} is open read-only; nothing can be changed</source>
        <translation>{file} está abierto en solo lectura; no se puede cambiar nada</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="277"/>
        <source>{file}: the upgrade left {count} broken references</source>
        <translation>{file}: la actualización ha dejado {count} referencias rotas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="302"/>
        <source>{file} is already open in PMO–TMO Desktop ({holder}); close it there, or open it read-only</source>
        <translation>{file} ya está abierto en PMO–TMO Desktop ({holder}); ciérrelo allí o ábralo en solo lectura</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="310"/>
        <source>{file}: cannot be opened for writing ({reason})</source>
        <translation>{file}: no se puede abrir para escritura ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="326"/>
        <source>{file} needs an upgrade to this version; open it for writing once</source>
        <translation>{file} necesita actualizarse a esta versión; ábralo una vez en modo escritura</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="350"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}: no existe la carpeta</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="377"/>
        <source>{file}: cannot be created ({reason})</source>
        <translation>{file}: no se puede crear ({reason})</translation>
    </message>
</context>
</TS>
