<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/app.py" line="41"/>
        <source>Something went wrong: {error}

Everything you entered before this is saved in the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="43"/>
        <source>Created {file} from the {template} methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="55"/>
        <source>Created the demo workspace {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="69"/>
        <source>integrity check: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="73"/>
        <source>{n} broken references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="90"/>
        <source>{name} ({variant}), schema {schema}, journal {journal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="97"/>
        <source>File integrity: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="99"/>
        <source>offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="100"/>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="101"/>
        <source>phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="102"/>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="103"/>
        <source>deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="104"/>
        <source>control points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="105"/>
        <source>RACI cells filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="106"/>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="182"/>
        <source>workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="107"/>
        <source>proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="108"/>
        <source>ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="113"/>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="138"/>
        <source>No workshops yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="151"/>
        <source>PMO–TMO Desktop, headless: workspaces, checks and workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="157"/>
        <source>language of the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="174"/>
        <source>a workspace from a starter methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="177"/>
        <source>a realistic demo, with a finished workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="179"/>
        <source>check the file and report what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="188"/>
        <source>the workshops, with ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="220"/>
        <source>interrupted; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="228"/>
        <source>internal error ({kind}: {error}); please report it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="79"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="90"/>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="91"/>
        <source>RACI matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="92"/>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="121"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="122"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="123"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Restore Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="126"/>
        <source>Workspace &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="133"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;RACI Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="143"/>
        <source>&amp;About PMO–TMO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="147"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="150"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="163"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="177"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="220"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="228"/>
        <source>{message}

Open a copy of that backup? The damaged file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="230"/>
        <source>Open Backup Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="257"/>
        <source>Opened {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="302"/>
        <source>Restored {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="310"/>
        <source>Backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="314"/>
        <source>Backed up to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="346"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="370"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="386"/>
        <source>Change workspace properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="394"/>
        <source>About PMO–TMO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="396"/>
        <source>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;One common delivery methodology for the Project and the Technical Management Office, a RACI matrix that checks their integration, and joint workshops to assess proposals.&lt;/p&gt;&lt;p&gt;Works offline; your data stays in your workspace file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="254"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="256"/>
        <source>PMO–TMO workspaces (*.pmotmo);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="264"/>
        <source>Save workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="266"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodologyArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="191"/>
        <source>Methodology: phases, activities, deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="210"/>
        <source>{phases} phases · {activities} activities · {deliverables} deliverables · {controls} gates, reviews and sign-offs · {roles} roles in {offices} offices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodologyTree</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="133"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="135"/>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="136"/>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="137"/>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="138"/>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="139"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="140"/>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="144"/>
        <source>{kind} deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="156"/>
        <source>Approved by {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="169"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="170"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="171"/>
        <source>Owning office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="172"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="43"/>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="84"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="45"/>
        <source>e.g. Acme delivery method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="49"/>
        <source>Integrated PMO–TMO lifecycle (8 phases, 18 roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="51"/>
        <source>Light lifecycle for small teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="52"/>
        <source>Empty: only the standard offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="55"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="62"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="63"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="64"/>
        <source>&amp;Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="65"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="69"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="86"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="93"/>
        <source>Give the workspace a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="96"/>
        <source>Choose where to save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="122"/>
        <source>Workspace properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="127"/>
        <source>RACI: Responsible, Accountable, Consulted, Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="128"/>
        <source>RASCI: adds Supportive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="129"/>
        <source>RACI-VS: adds Verifies and Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="135"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="136"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="137"/>
        <source>RACI &amp;variant:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaciArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="101"/>
        <source>RACI matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="109"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="110"/>
        <source>Accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="111"/>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="112"/>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="113"/>
        <source>Supportive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="114"/>
        <source>Verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="136"/>
        <source>{variant} matrix: {activities} activities × {roles} roles, {cells} cells filled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="164"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="166"/>
        <source>Timed backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="167"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="168"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="169"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="170"/>
        <source>Manual backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="176"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="181"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="183"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="187"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="203"/>
        <source>The workspace is backed up as it is now before it is restored, so a restore can itself be undone from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="211"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="35"/>
        <source>&apos;{letters}&apos; is not a {variant} letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="85"/>
        <source>workspace name: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="91"/>
        <source>RACI variant: must be RACI, RASCI or RACI-VS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="103"/>
        <source>RACI variant: some cells hold letters {variant} does not have; clear them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/queries.py" line="147"/>
        <source>no workshop with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="161"/>
        <source>another {what} already has this {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="165"/>
        <source>it is still used elsewhere, or refers to something missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="168"/>
        <source>the value breaks the rule &apos;{rule}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/templates.py" line="23"/>
        <source>unknown template &apos;{name}&apos; (choose {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="33"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="45"/>
        <source>must be one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="55"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="63"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="70"/>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="77"/>
        <source>must be a whole number, zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="87"/>
        <source>must be a colour like #2F6DB5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="100"/>
        <source>must be a date like 2026-11-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="278"/>
        <source>{what}: unknown field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="288"/>
        <source>{what} {field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="300"/>
        <source>no {what} with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="330"/>
        <source>{what} {field}: must be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="403"/>
        <source>{what}: the new order must list each record of the list once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="11"/>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="12"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="13"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="14"/>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="15"/>
        <source>deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="16"/>
        <source>control point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="17"/>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="18"/>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="19"/>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="20"/>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="21"/>
        <source>proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="22"/>
        <source>action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="23"/>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="35"/>
        <source>a round is already open; close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="64"/>
        <source>no round is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="91"/>
        <source>no round with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="94"/>
        <source>this round is closed; ratings can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="102"/>
        <source>no criterion with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="119"/>
        <source>{criterion}: {value} is outside the scale {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="180"/>
        <source>decision: must be approve, reject, defer or needs-information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="19"/>
        <source>&lt;h1&gt;PMO–TMO Desktop&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="22"/>
        <source>One delivery method for the project and the technical offices, a RACI matrix both sides can trust, and workshops where both rate proposals together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="30"/>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="31"/>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="32"/>
        <source>Open the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="38"/>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopsArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="69"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="70"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="76"/>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="93"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="94"/>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="95"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="96"/>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="97"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="102"/>
        <source>Proposals of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="121"/>
        <source>No workshops yet. Workshops you plan and run appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="126"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="127"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="128"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="133"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="135"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="136"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="137"/>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="138"/>
        <source>Needs information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="173"/>
        <source>round {n}: {status}, {count} ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="175"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="175"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="179"/>
        <source>no rounds yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="183"/>
        <source>&lt;b&gt;Date:&lt;/b&gt; {date} · &lt;b&gt;Place:&lt;/b&gt; {place} · &lt;b&gt;Facilitator:&lt;/b&gt; {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="189"/>
        <source>&lt;b&gt;Participants:&lt;/b&gt; {n} ({people})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="192"/>
        <source>&lt;b&gt;Criteria:&lt;/b&gt; {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="195"/>
        <source>&lt;b&gt;Rounds:&lt;/b&gt; {rounds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="196"/>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {n} items · &lt;b&gt;Actions:&lt;/b&gt; {a} ({open} open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="32"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="347"/>
        <source>{file}: already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="54"/>
        <source>{file}: the file is damaged ({detail}); it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="58"/>
        <source>Newest good backup: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="67"/>
        <source>{file}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="69"/>
        <source>{file}: not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="74"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="80"/>
        <source>{file}: not a PMO–TMO workspace (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="86"/>
        <source>{file}: not a PMO–TMO workspace (a database of another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="105"/>
        <source>{file}: not a PMO–TMO workspace (it has no schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="112"/>
        <source>{file} was written by a newer version of PMO–TMO Desktop (schema {found}); this version reads up to schema {head}. Update the app to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="179"/>
        <source>{file} is open read-only; nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="277"/>
        <source>{file}: the upgrade left {count} broken references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="302"/>
        <source>{file} is already open in PMO–TMO Desktop ({holder}); close it there, or open it read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="310"/>
        <source>{file}: cannot be opened for writing ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="326"/>
        <source>{file} needs an upgrade to this version; open it for writing once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="350"/>
        <source>{folder}: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="377"/>
        <source>{file}: cannot be created ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
