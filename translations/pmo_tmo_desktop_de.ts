<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/app.py" line="41"/>
        <source>Something went wrong: {error}

Everything you entered before this is saved in the workspace file.</source>
        <translation>Etwas ist schiefgelaufen: {error}

Alles, was Sie bis dahin eingegeben haben, ist in der Arbeitsbereichsdatei gespeichert.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="43"/>
        <source>Created {file} from the {template} methodology</source>
        <translation>{file} aus der Methodik „{template}“ erstellt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="55"/>
        <source>Created the demo workspace {file}</source>
        <translation>Demo-Arbeitsbereich {file} erstellt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="69"/>
        <source>integrity check: {result}</source>
        <translation>Integritätsprüfung: {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="73"/>
        <source>{n} broken references</source>
        <translation>{n} fehlerhafte Verweise</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="90"/>
        <source>{name} ({variant}), schema {schema}, journal {journal}</source>
        <translation>{name} ({variant}), Schema {schema}, Journal {journal}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="97"/>
        <source>File integrity: {result}</source>
        <translation>Dateiintegrität: {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="99"/>
        <source>offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="100"/>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="101"/>
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="102"/>
        <source>activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="103"/>
        <source>deliverables</source>
        <translation>Lieferobjekte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="104"/>
        <source>control points</source>
        <translation>Kontrollpunkte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="105"/>
        <source>RACI cells filled</source>
        <translation>belegte RACI-Zellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="106"/>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="182"/>
        <source>workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="107"/>
        <source>proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="108"/>
        <source>ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="113"/>
        <source>error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="138"/>
        <source>No workshops yet.</source>
        <translation>Noch keine Workshops.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="151"/>
        <source>PMO–TMO Desktop, headless: workspaces, checks and workshops.</source>
        <translation>PMO–TMO Desktop ohne Oberfläche: Arbeitsbereiche, Prüfungen und Workshops.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="157"/>
        <source>language of the output</source>
        <translation>Sprache der Ausgabe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="174"/>
        <source>a workspace from a starter methodology</source>
        <translation>ein Arbeitsbereich aus einer Vorlagenmethodik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="177"/>
        <source>a realistic demo, with a finished workshop</source>
        <translation>eine realistische Demo mit abgeschlossenem Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="179"/>
        <source>check the file and report what it holds</source>
        <translation>die Datei prüfen und ihren Inhalt melden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="188"/>
        <source>the workshops, with ids</source>
        <translation>die Workshops mit IDs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="220"/>
        <source>interrupted; nothing was changed</source>
        <translation>abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="228"/>
        <source>internal error ({kind}: {error}); please report it</source>
        <translation>interner Fehler ({kind}: {error}); bitte melden Sie ihn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="79"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="90"/>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="91"/>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="92"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="121"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="122"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="123"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Restore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="126"/>
        <source>Workspace &amp;Properties…</source>
        <translation>Arbeitsbereich-&amp;Eigenschaften…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="133"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Methodology</source>
        <translation>&amp;Methodik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;RACI Matrix</source>
        <translation>&amp;RACI-Matrix</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Workshops</source>
        <translation>&amp;Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="143"/>
        <source>&amp;About PMO–TMO Desktop</source>
        <translation>Ü&amp;ber PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="150"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="163"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="177"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="220"/>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="228"/>
        <source>{message}

Open a copy of that backup? The damaged file stays as it is.</source>
        <translation>{message}

Eine Kopie dieser Sicherung öffnen? Die beschädigte Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="230"/>
        <source>Open Backup Copy</source>
        <translation>Sicherungskopie öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="257"/>
        <source>Opened {file}</source>
        <translation>{file} geöffnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="302"/>
        <source>Restored {file}</source>
        <translation>{file} wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="310"/>
        <source>Backup failed: {error}</source>
        <translation>Sicherung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="314"/>
        <source>Backed up to {file}</source>
        <translation>Gesichert in {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="346"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="370"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="386"/>
        <source>Change workspace properties</source>
        <translation>Eigenschaften des Arbeitsbereichs ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="394"/>
        <source>About PMO–TMO Desktop</source>
        <translation>Über PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="396"/>
        <source>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;One common delivery methodology for the Project and the Technical Management Office, a RACI matrix that checks their integration, and joint workshops to assess proposals.&lt;/p&gt;&lt;p&gt;Works offline; your data stays in your workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;Eine gemeinsame Vorgehensmethodik für das Project und das Technical Management Office, eine RACI-Matrix, die ihr Zusammenspiel prüft, und gemeinsame Workshops zur Bewertung von Vorschlägen.&lt;/p&gt;&lt;p&gt;Funktioniert offline; Ihre Daten bleiben in Ihrer Arbeitsbereichsdatei.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="254"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="256"/>
        <source>PMO–TMO workspaces (*.pmotmo);;All files (*)</source>
        <translation>PMO–TMO-Arbeitsbereiche (*.pmotmo);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="264"/>
        <source>Save workspace as</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="266"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>PMO–TMO-Arbeitsbereiche (*.pmotmo)</translation>
    </message>
</context>
<context>
    <name>MethodologyArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="191"/>
        <source>Methodology: phases, activities, deliverables</source>
        <translation>Methodik: Phasen, Aktivitäten, Lieferobjekte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="210"/>
        <source>{phases} phases · {activities} activities · {deliverables} deliverables · {controls} gates, reviews and sign-offs · {roles} roles in {offices} offices</source>
        <translation>{phases} Phasen · {activities} Aktivitäten · {deliverables} Lieferobjekte · {controls} Gates, Reviews und Freigaben · {roles} Rollen in {offices} Offices</translation>
    </message>
</context>
<context>
    <name>MethodologyTree</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="133"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="135"/>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="136"/>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="137"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="138"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="139"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="140"/>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="144"/>
        <source>{kind} deliverable</source>
        <translation>Lieferobjekt ({kind})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="156"/>
        <source>Approved by {roles}</source>
        <translation>Freigabe durch {roles}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="169"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="170"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="171"/>
        <source>Owning office</source>
        <translation>Zuständiges Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="172"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="43"/>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="84"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="45"/>
        <source>e.g. Acme delivery method</source>
        <translation>z. B. Acme-Vorgehensmodell</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="49"/>
        <source>Integrated PMO–TMO lifecycle (8 phases, 18 roles)</source>
        <translation>Integrierter PMO–TMO-Lebenszyklus (8 Phasen, 18 Rollen)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="51"/>
        <source>Light lifecycle for small teams</source>
        <translation>Schlanker Lebenszyklus für kleine Teams</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="52"/>
        <source>Empty: only the standard offices</source>
        <translation>Leer: nur die Standard-Offices</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="55"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="63"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="64"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="65"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="69"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="86"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>PMO–TMO-Arbeitsbereiche (*.pmotmo)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="93"/>
        <source>Give the workspace a name.</source>
        <translation>Geben Sie dem Arbeitsbereich einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="96"/>
        <source>Choose where to save it.</source>
        <translation>Wählen Sie einen Speicherort.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="122"/>
        <source>Workspace properties</source>
        <translation>Eigenschaften des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="127"/>
        <source>RACI: Responsible, Accountable, Consulted, Informed</source>
        <translation>RACI: Verantwortlich, Rechenschaftspflichtig, Konsultiert, Informiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="128"/>
        <source>RASCI: adds Supportive</source>
        <translation>RASCI: zusätzlich Unterstützend</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="129"/>
        <source>RACI-VS: adds Verifies and Signs</source>
        <translation>RACI-VS: zusätzlich Prüft und Unterzeichnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="135"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="136"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="137"/>
        <source>RACI &amp;variant:</source>
        <translation>RACI-&amp;Variante:</translation>
    </message>
</context>
<context>
    <name>RaciArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="101"/>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="109"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="110"/>
        <source>Accountable</source>
        <translation>Rechenschaftspflichtig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="111"/>
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="112"/>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="113"/>
        <source>Supportive</source>
        <translation>Unterstützend</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="114"/>
        <source>Verifies</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="136"/>
        <source>{variant} matrix: {activities} activities × {roles} roles, {cells} cells filled</source>
        <translation>{variant}-Matrix: {activities} Aktivitäten × {roles} Rollen, {cells} Zellen belegt</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="164"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="166"/>
        <source>Timed backup</source>
        <translation>Zeitgesteuerte Sicherung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="167"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Upgrade</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="168"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="169"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="170"/>
        <source>Manual backup</source>
        <translation>Manuelle Sicherung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="176"/>
        <source>Taken</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="181"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="183"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="187"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="203"/>
        <source>The workspace is backed up as it is now before it is restored, so a restore can itself be undone from this list.</source>
        <translation>Vor dem Wiederherstellen wird der aktuelle Stand des Arbeitsbereichs gesichert, sodass sich auch eine Wiederherstellung über diese Liste rückgängig machen lässt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="211"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="35"/>
        <source>&apos;{letters}&apos; is not a {variant} letter</source>
        <translation>„{letters}“ ist kein {variant}-Buchstabe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="85"/>
        <source>workspace name: must not be empty</source>
        <translation>Name des Arbeitsbereichs: darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="91"/>
        <source>RACI variant: must be RACI, RASCI or RACI-VS</source>
        <translation>RACI-Variante: muss RACI, RASCI oder RACI-VS sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="103"/>
        <source>RACI variant: some cells hold letters {variant} does not have; clear them first</source>
        <translation>RACI-Variante: einige Zellen enthalten Buchstaben, die {variant} nicht kennt; leeren Sie diese zuerst</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/queries.py" line="147"/>
        <source>no workshop with id {id}</source>
        <translation>kein Workshop mit ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="161"/>
        <source>another {what} already has this {field}</source>
        <translation>ein anderer Datensatz vom Typ {what} hat bereits diesen Wert für {field}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="165"/>
        <source>it is still used elsewhere, or refers to something missing</source>
        <translation>wird noch an anderer Stelle verwendet oder verweist auf etwas Fehlendes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="168"/>
        <source>the value breaks the rule &apos;{rule}&apos;</source>
        <translation>der Wert verletzt die Regel „{rule}“</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/templates.py" line="23"/>
        <source>unknown template &apos;{name}&apos; (choose {names})</source>
        <translation>unbekannte Vorlage „{name}“ (zur Wahl: {names})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="33"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="45"/>
        <source>must be one of: {allowed}</source>
        <translation>muss einer dieser Werte sein: {allowed}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="55"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="63"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="70"/>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="77"/>
        <source>must be a whole number, zero or more</source>
        <translation>muss eine ganze Zahl ab null sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="87"/>
        <source>must be a colour like #2F6DB5</source>
        <translation>muss eine Farbe wie #2F6DB5 sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="100"/>
        <source>must be a date like 2026-11-25</source>
        <translation>muss ein Datum wie 2026-11-25 sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="278"/>
        <source>{what}: unknown field {field}</source>
        <translation>{what}: unbekanntes Feld {field}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="288"/>
        <source>{what} {field}: {problem}</source>
        <translation>{what} {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="300"/>
        <source>no {what} with id {id}</source>
        <translation>{what} mit ID {id} nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="330"/>
        <source>{what} {field}: must be given</source>
        <translation>{what} {field}: muss angegeben werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="403"/>
        <source>{what}: the new order must list each record of the list once</source>
        <translation>{what}: die neue Reihenfolge muss jeden Eintrag der Liste genau einmal enthalten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="11"/>
        <source>office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="12"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="13"/>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="14"/>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="15"/>
        <source>deliverable</source>
        <translation>Lieferobjekt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="16"/>
        <source>control point</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="17"/>
        <source>workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="18"/>
        <source>agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="19"/>
        <source>participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="20"/>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="21"/>
        <source>proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="22"/>
        <source>action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="23"/>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="35"/>
        <source>a round is already open; close it first</source>
        <translation>es ist bereits eine Bewertungsrunde offen; schließen Sie diese zuerst</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="64"/>
        <source>no round is open</source>
        <translation>es ist keine Bewertungsrunde offen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="91"/>
        <source>no round with id {id}</source>
        <translation>keine Bewertungsrunde mit ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="94"/>
        <source>this round is closed; ratings can no longer change</source>
        <translation>diese Bewertungsrunde ist geschlossen; Bewertungen können nicht mehr geändert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="102"/>
        <source>no criterion with id {id}</source>
        <translation>kein Kriterium mit ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="119"/>
        <source>{criterion}: {value} is outside the scale {low}–{high}</source>
        <translation>{criterion}: {value} liegt außerhalb der Skala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="180"/>
        <source>decision: must be approve, reject, defer or needs-information</source>
        <translation>Entscheidung: muss „genehmigen“, „ablehnen“, „zurückstellen“ oder „Informationen anfordern“ sein</translation>
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
        <translation>Ein gemeinsames Vorgehensmodell für Projekt- und Technik-Office, eine RACI-Matrix, auf die sich beide Seiten verlassen können, und Workshops, in denen beide gemeinsam Vorschläge bewerten.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="30"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="31"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="32"/>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="38"/>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt verwendete Arbeitsbereiche&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>WorkshopsArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="69"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="70"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="76"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="93"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="94"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="95"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="96"/>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="97"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="102"/>
        <source>Proposals of the workshop</source>
        <translation>Vorschläge des Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="121"/>
        <source>No workshops yet. Workshops you plan and run appear here.</source>
        <translation>Noch keine Workshops. Hier erscheinen die Workshops, die Sie planen und durchführen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="126"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="127"/>
        <source>Live</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="128"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="133"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="135"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="136"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="137"/>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="138"/>
        <source>Needs information</source>
        <translation>Informationen fehlen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="173"/>
        <source>round {n}: {status}, {count} ratings</source>
        <translation>Runde {n}: {status}, {count} Bewertungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="175"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="175"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="179"/>
        <source>no rounds yet</source>
        <translation>noch keine Runden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="183"/>
        <source>&lt;b&gt;Date:&lt;/b&gt; {date} · &lt;b&gt;Place:&lt;/b&gt; {place} · &lt;b&gt;Facilitator:&lt;/b&gt; {who}</source>
        <translation>&lt;b&gt;Datum:&lt;/b&gt; {date} · &lt;b&gt;Ort:&lt;/b&gt; {place} · &lt;b&gt;Moderation:&lt;/b&gt; {who}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="189"/>
        <source>&lt;b&gt;Participants:&lt;/b&gt; {n} ({people})</source>
        <translation>&lt;b&gt;Teilnehmende:&lt;/b&gt; {n} ({people})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="192"/>
        <source>&lt;b&gt;Criteria:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Kriterien:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="195"/>
        <source>&lt;b&gt;Rounds:&lt;/b&gt; {rounds}</source>
        <translation>&lt;b&gt;Bewertungsrunden:&lt;/b&gt; {rounds}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="196"/>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {n} items · &lt;b&gt;Actions:&lt;/b&gt; {a} ({open} open)</source>
        <translation>&lt;b&gt;Agenda:&lt;/b&gt; {n} Punkte · &lt;b&gt;Maßnahmen:&lt;/b&gt; {a} ({open} offen)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="32"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="347"/>
        <source>{file}: already exists</source>
        <translation>{file}: existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="54"/>
        <source>{file}: the file is damaged ({detail}); it was not changed.</source>
        <translation>{file}: Die Datei ist beschädigt ({detail}); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="58"/>
        <source>Newest good backup: {backup}</source>
        <translation>Neueste intakte Sicherung: {backup}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="67"/>
        <source>{file}: no such file</source>
        <translation>{file}: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="69"/>
        <source>{file}: not a file</source>
        <translation>{file}: keine Datei</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="74"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="80"/>
        <source>{file}: not a PMO–TMO workspace (not an SQLite database)</source>
        <translation>{file}: kein PMO–TMO-Arbeitsbereich (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="86"/>
        <source>{file}: not a PMO–TMO workspace (a database of another application)</source>
        <translation>{file}: kein PMO–TMO-Arbeitsbereich (Datenbank einer anderen Anwendung)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="105"/>
        <source>{file}: not a PMO–TMO workspace (it has no schema version)</source>
        <translation>{file}: kein PMO–TMO-Arbeitsbereich (keine Schemaversion vorhanden)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="112"/>
        <source>{file} was written by a newer version of PMO–TMO Desktop (schema {found}); this version reads up to schema {head}. Update the app to open it; the file was not changed.</source>
        <translation>{file} wurde von einer neueren Version von PMO–TMO Desktop geschrieben (Schema {found}); diese Version liest bis Schema {head}. Aktualisieren Sie die Anwendung, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="179"/>
        <source>{file} is open read-only; nothing can be changed</source>
        <translation>{file} ist schreibgeschützt geöffnet; es kann nichts geändert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="277"/>
        <source>{file}: the upgrade left {count} broken references</source>
        <translation>{file}: Nach dem Upgrade bestehen {count} fehlerhafte Verweise</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="302"/>
        <source>{file} is already open in PMO–TMO Desktop ({holder}); close it there, or open it read-only</source>
        <translation>{file} ist bereits in PMO–TMO Desktop geöffnet ({holder}); schließen Sie die Datei dort oder öffnen Sie sie schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="310"/>
        <source>{file}: cannot be opened for writing ({reason})</source>
        <translation>{file}: kann nicht zum Schreiben geöffnet werden ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="326"/>
        <source>{file} needs an upgrade to this version; open it for writing once</source>
        <translation>{file} muss auf diese Version aktualisiert werden; öffnen Sie die Datei einmal mit Schreibzugriff</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="350"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}: Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="377"/>
        <source>{file}: cannot be created ({reason})</source>
        <translation>{file}: kann nicht erstellt werden ({reason})</translation>
    </message>
</context>
</TS>
