<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="186"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="187"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="188"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="195"/>
        <source>— none</source>
        <translation>— keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="255"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="302"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="303"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="304"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="305"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="306"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="307"/>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="87"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="114"/>
        <source>Open Room</source>
        <translation>Raum öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="91"/>
        <source>Participants rate on their own phones. Their phones must be on the same network as this laptop: its Wi-Fi or its hotspot.</source>
        <translation>Die Teilnehmenden bewerten auf ihren eigenen Smartphones. Diese müssen im selben Netzwerk sein wie dieser Laptop: in seinem WLAN oder seinem Hotspot.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="96"/>
        <source>&amp;Address for phones:</source>
        <translation>&amp;Adresse für Smartphones:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="99"/>
        <source>Address for phones</source>
        <translation>Adresse für Smartphones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="128"/>
        <source>{address} — this laptop only</source>
        <translation>{address} — nur dieser Laptop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="130"/>
        <source>All interfaces (not recommended)</source>
        <translation>Alle Schnittstellen (nicht empfohlen)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="125"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="151"/>
        <source>Planned start, counted from the beginning of the workshop (give the workshop a start time on its Set-up page for clock times)</source>
        <translation>Geplanter Beginn, gerechnet ab Start des Workshops (für Uhrzeiten dem Workshop auf seiner Seite „Vorbereitung“ eine Startzeit geben)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="155"/>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="157"/>
        <source>Time used so far</source>
        <translation>Bisher verbrauchte Zeit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="169"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="170"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="171"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="172"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="340"/>
        <source>Presenter</source>
        <translation>Präsentiert von</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="173"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="174"/>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="339"/>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="341"/>
        <source>Minutes planned</source>
        <translation>Geplante Minuten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="342"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="346"/>
        <source>What was said and agreed; it goes into the minutes</source>
        <translation>Was besprochen und vereinbart wurde; fließt ins Protokoll ein</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="96"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="97"/>
        <source>The selected item is the current one</source>
        <translation>Der ausgewählte Punkt ist der aktuelle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="135"/>
        <source>Time left on the current item</source>
        <translation>Restzeit des aktuellen Punkts</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="145"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="193"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="146"/>
        <source>Next item</source>
        <translation>Nächster Punkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="148"/>
        <source>Previous item</source>
        <translation>Vorheriger Punkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="150"/>
        <source>Reset timer</source>
        <translation>Timer zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="151"/>
        <source>Start or pause the timer</source>
        <translation>Timer starten oder pausieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="153"/>
        <source>Make the previous item current</source>
        <translation>Vorherigen Punkt zum aktuellen machen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="155"/>
        <source>Make the next item current</source>
        <translation>Nächsten Punkt zum aktuellen machen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="157"/>
        <source>Start the current item&apos;s time again</source>
        <translation>Zeit des aktuellen Punkts neu starten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="166"/>
        <source>Minutes of the current item</source>
        <translation>Protokoll des aktuellen Punkts</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="167"/>
        <source>Leaving the field or Ctrl+Enter saves it</source>
        <translation>Verlassen des Felds oder Strg+Enter speichert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="168"/>
        <source>What was said and agreed on this item…</source>
        <translation>Was zu diesem Punkt besprochen und vereinbart wurde …</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="193"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="193"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="196"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="231"/>
        <source>&amp;Minutes of this item</source>
        <translation>&amp;Protokoll zu diesem Punkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="251"/>
        <source>F5 starts or pauses the timer · Ctrl+Right next item · Ctrl+Left previous item · Ctrl+Enter or leaving the minutes saves them</source>
        <translation>F5 startet oder pausiert den Timer · Strg+→ nächster Punkt · Strg+← vorheriger Punkt · Strg+Enter oder Verlassen des Protokolls speichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="293"/>
        <source>Items: %n</source>
        <translation>
            <numerusform>Punkte: %n</numerusform>
            <numerusform>Punkte: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="293"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="355"/>
        <source>%n min planned</source>
        <translation>
            <numerusform>%n Min. geplant</numerusform>
            <numerusform>%n Min. geplant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="328"/>
        <source>No agenda</source>
        <translation>Keine Agenda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="329"/>
        <source>This workshop has no agenda items yet.</source>
        <translation>Dieser Workshop hat noch keine Agendapunkte.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="332"/>
        <source>Item {n} of {count}</source>
        <translation>Punkt {n} von {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="335"/>
        <source>Presenter: {name}</source>
        <translation>Präsentiert von: {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="357"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="359"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="361"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="363"/>
        <source>over time</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="488"/>
        <source>Edit minutes of “{item}”</source>
        <translation>Protokoll zu „{item}“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>AlignmentArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="51"/>
        <source>Alignment index</source>
        <translation>Verzahnungsindex</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="54"/>
        <source>Findings by severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="62"/>
        <source>PMO and TMO involvement per phase</source>
        <translation>Beteiligung von PMO und TMO je Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="65"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="85"/>
        <source>Role load</source>
        <translation>Rollenauslastung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="76"/>
        <source>Who takes part, phase by phase</source>
        <translation>Wer wirkt mit, Phase für Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="78"/>
        <source>Share of each phase&apos;s activities where roles of both offices, of one office only, or of neither hold a letter. Touchpoints count the PMO × TMO role pairs that meet on an activity.</source>
        <translation>Anteil der Aktivitäten jeder Phase, bei denen Rollen beider Offices, nur eines Office oder keines von beiden einen Buchstaben haben. Berührungspunkte zählen die PMO × TMO-Rollenpaare, die sich bei einer Aktivität treffen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="87"/>
        <source>Activities each role is Responsible or Accountable for; the number at the right counts every activity where it holds any letter.</source>
        <translation>Aktivitäten, für die jede Rolle verantwortlich (R) oder rechenschaftspflichtig (A) ist; die Zahl rechts zählt alle Aktivitäten, in denen sie irgendeinen Buchstaben hat.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="150"/>
        <source>The alignment figures look for offices named PMO and TMO; this methodology has no {office} office.</source>
        <translation>Die Verzahnungskennzahlen suchen nach Offices namens PMO und TMO; diese Methodik hat kein Office {office}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="157"/>
        <source>The alignment figures look for offices named PMO and TMO; this methodology has neither.</source>
        <translation>Die Verzahnungskennzahlen suchen nach Offices namens PMO und TMO; diese Methodik hat keines von beiden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="169"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="172"/>
        <source>{value} of activities involve both PMO and TMO</source>
        <translation>{value} der Aktivitäten beziehen PMO und TMO ein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="176"/>
        <source>No activities yet: add some to see how PMO and TMO share them.</source>
        <translation>Noch keine Aktivitäten: Legen Sie welche an, um zu sehen, wie PMO und TMO sie teilen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="181"/>
        <source>Errors: {count}</source>
        <translation>Fehler: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="182"/>
        <source>Warnings: {count}</source>
        <translation>Warnungen: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="183"/>
        <source>Alignment findings: {count}</source>
        <translation>Befunde zur Verzahnung: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="201"/>
        <source>Joint (PMO and TMO)</source>
        <translation>Gemeinsam (PMO und TMO)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="202"/>
        <source>PMO only</source>
        <translation>Nur PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="203"/>
        <source>TMO only</source>
        <translation>Nur TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="204"/>
        <source>Neither</source>
        <translation>Keines von beiden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="214"/>
        <source>{phase}: {activities}</source>
        <translation>{phase}: {activities}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="239"/>
        <source>{phase}: {activities}, {joint} joint, {pmo} PMO only, {tmo} TMO only, {neither} with neither, {touchpoints}.</source>
        <translation>{phase}: {activities}, {joint} gemeinsam, {pmo} nur PMO, {tmo} nur TMO, {neither} ohne beide, {touchpoints}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="289"/>
        <source>{role} ({office})
Responsible: {r}
Accountable: {a}
Holds a letter in {total}</source>
        <translation>{role} ({office})
Verantwortlich: {r}
Rechenschaftspflichtig: {a}
Hat einen Buchstaben in {total}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="293"/>
        <source>{role} ({office}): Responsible {r}, Accountable {a}, a letter in {total}.</source>
        <translation>{role} ({office}): Verantwortlich {r}, Rechenschaftspflichtig {a}, ein Buchstabe in {total}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="220"/>
        <source>{label}: {count} ({percent} %)</source>
        <translation>{label}: {count} ({percent} %)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="224"/>
        <source>Touchpoints: {count}</source>
        <translation>Berührungspunkte: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="234"/>
        <source>no activities</source>
        <translation>keine Aktivitäten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="251"/>
        <source>Touchpoints</source>
        <translation>Berührungspunkte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="257"/>
        <source>Responsible (R)</source>
        <translation>Verantwortlich (R)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="258"/>
        <source>Accountable (A)</source>
        <translation>Rechenschaftspflichtig (A)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="270"/>
        <source>No office</source>
        <translation>Kein Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="283"/>
        <source>idle</source>
        <translation>ohne Einsatz</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="284"/>
        <source>{role} ({office})
Idle: holds no letter in any activity</source>
        <translation>{role} ({office})
Ohne Einsatz: hat in keiner Aktivität einen Buchstaben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="285"/>
        <source>{role} ({office}): idle, holds no letter.</source>
        <translation>{role} ({office}): ohne Einsatz, hat keinen Buchstaben.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="287"/>
        <source>no R or A</source>
        <translation>kein R oder A</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="311"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="101"/>
        <source>Alignment of PMO and TMO</source>
        <translation>Verzahnung von PMO und TMO</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="38"/>
        <source>Record an amendment</source>
        <translation>Änderungsvermerk erfassen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="39"/>
        <source>This workshop is closed: the change is recorded as an amendment.</source>
        <translation>Dieser Workshop ist abgeschlossen: Die Änderung wird als Änderungsvermerk erfasst.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="47"/>
        <source>&amp;Why is it changed?</source>
        <translation>&amp;Warum wird es geändert?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="50"/>
        <source>Reason for the amendment</source>
        <translation>Begründung des Änderungsvermerks</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="51"/>
        <source>e.g. the minutes recorded the wrong owner</source>
        <translation>z. B. im Protokoll wurde die falsche verantwortliche Person erfasst</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="59"/>
        <source>Record Amendment</source>
        <translation>Änderungsvermerk erfassen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/app.py" line="51"/>
        <source>Something went wrong: {error}

Everything you entered before this is saved in the workspace file.</source>
        <translation>Etwas ist schiefgelaufen: {error}

Alles, was Sie bis dahin eingegeben haben, ist in der Arbeitsbereichsdatei gespeichert.</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="128"/>
        <source>{criterion}: {low} to {high}</source>
        <translation>{criterion}: {low} bis {high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="151"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="154"/>
        <source>can&apos;t judge</source>
        <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="156"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="191"/>
        <source>{value} is outside {low}–{high} for {criterion}; type a number from {low} to {high}, or {cant} if you can&apos;t judge it.</source>
        <translation>{value} liegt für {criterion} außerhalb von {low}–{high}; geben Sie eine Zahl von {low} bis {high} ein oder {cant}, wenn Sie es nicht beurteilen können.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="218"/>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="220"/>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
</context>
<context>
    <name>BallotStatusModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="178"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="178"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="178"/>
        <source>Ballot</source>
        <translation>Bewertungsbogen</translation>
    </message>
</context>
<context>
    <name>BallotWorkbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="205"/>
        <source>can&apos;t judge</source>
        <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="206"/>
        <source>Rate each proposal on each criterion from {low} to {high}.</source>
        <translation>Bewerten Sie jeden Vorschlag nach jedem Kriterium von {low} bis {high}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="209"/>
        <source>Rate each proposal on each criterion on the scale shown in its column.</source>
        <translation>Bewerten Sie jeden Vorschlag nach jedem Kriterium auf der Skala, die in seiner Spalte steht.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="213"/>
        <source>Leave no cell empty: type a number or choose &quot;{cant_judge}&quot;. Details: sheet {sheet}.</source>
        <translation>Lassen Sie keine Zelle leer: Geben Sie eine Zahl ein oder wählen Sie „{cant_judge}“. Details: Tabellenblatt {sheet}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="217"/>
        <source>Save the file and send it back to {facilitator}.</source>
        <translation>Speichern Sie die Datei und senden Sie sie an {facilitator} zurück.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="218"/>
        <source>Not on the scale</source>
        <translation>Nicht auf der Skala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="219"/>
        <source>{criterion}: enter a number from {low} to {high}, or &quot;{cant_judge}&quot;.</source>
        <translation>{criterion}: Geben Sie eine Zahl von {low} bis {high} ein oder „{cant_judge}“.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="223"/>
        <source>{low}–{high}, {direction}; or &quot;{cant_judge}&quot;</source>
        <translation>{low}–{high}, {direction}; oder „{cant_judge}“</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="224"/>
        <source>Criteria weights</source>
        <translation>Kriteriengewichtungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="225"/>
        <source>Optional, before rating: for each pair of criteria, choose which matters more and how much. Leave a pair empty if you cannot say.</source>
        <translation>Optional, vor der Bewertung: Wählen Sie für jedes Kriterienpaar, welches Kriterium wichtiger ist und wie viel wichtiger. Lassen Sie ein Paar leer, wenn Sie es nicht sagen können.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="231"/>
        <source>Criterion A</source>
        <translation>Kriterium A</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="232"/>
        <source>Criterion B</source>
        <translation>Kriterium B</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="233"/>
        <source>Which matters more, and how much?</source>
        <translation>Welches ist wichtiger, und wie viel?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="79"/>
        <source>{side} extremely more important</source>
        <translation>{side} extrem wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="80"/>
        <source>{side} very strongly to extremely more important</source>
        <translation>{side} sehr viel bis extrem wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="81"/>
        <source>{side} very strongly more important</source>
        <translation>{side} sehr viel wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="82"/>
        <source>{side} strongly to very strongly more important</source>
        <translation>{side} erheblich bis sehr viel wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="83"/>
        <source>{side} strongly more important</source>
        <translation>{side} erheblich wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="84"/>
        <source>{side} moderately to strongly more important</source>
        <translation>{side} etwas bis erheblich wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="85"/>
        <source>{side} moderately more important</source>
        <translation>{side} etwas wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="86"/>
        <source>{side} equally to moderately more important</source>
        <translation>{side} gleich bis etwas wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="88"/>
        <source>Equal</source>
        <translation>Gleich wichtig</translation>
    </message>
</context>
<context>
    <name>Ballots</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/ballot_xlsx_read.py" line="147"/>
        <source>{a} vs {b}: &apos;{answer}&apos; is not one of the answers offered (from &apos;{first}&apos; to &apos;{last}&apos;); choose one or leave it empty</source>
        <translation>{a} vs. {b}: &apos;{answer}&apos; ist keine der angebotenen Antworten (von &apos;{first}&apos; bis &apos;{last}&apos;); wählen Sie eine aus oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/ballot_xlsx_read.py" line="181"/>
        <source>{criterion}: the formula &apos;{formula}&apos; has no saved value; type the number, or open and save the file in a spreadsheet app</source>
        <translation>{criterion}: Die Formel &apos;{formula}&apos; hat keinen gespeicherten Wert; geben Sie die Zahl ein oder öffnen und speichern Sie die Datei in einer Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/ballot_xlsx_read.py" line="237"/>
        <source>the ballot shows &apos;{shown}&apos; but its hidden participant id belongs to &apos;{name}&apos; (written for &apos;{written}&apos;); nothing is guessed: use the ballot exported for this participant</source>
        <translation>der Bewertungsbogen zeigt &apos;{shown}&apos;, seine verborgene Teilnehmer-ID gehört aber zu &apos;{name}&apos; (geschrieben für &apos;{written}&apos;); nichts wird geraten: verwenden Sie den für diese Person exportierten Bewertungsbogen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="23"/>
        <source>Created {file} from the {template} methodology</source>
        <translation>{file} aus der Methodik „{template}“ erstellt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="36"/>
        <source>Created the demo workspace {file}</source>
        <translation>Demo-Arbeitsbereich {file} erstellt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="55"/>
        <source>integrity check: {result}</source>
        <translation>Integritätsprüfung: {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="59"/>
        <source>{n} broken references</source>
        <translation>{n} fehlerhafte Verweise</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="98"/>
        <source>{name} ({variant}), schema {schema}, journal {journal}</source>
        <translation>{name} ({variant}), Schema {schema}, Journal {journal}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="106"/>
        <source>Team library on PostgreSQL (its integrity is the server&apos;s)</source>
        <translation>Teambibliothek auf PostgreSQL (ihre Integrität verantwortet der Server)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="108"/>
        <source>File integrity: {result}</source>
        <translation>Dateiintegrität: {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="110"/>
        <source>{phases}, {activities}, {roles}, {cells}, {workshops} with {ratings}</source>
        <translation>{phases}, {activities}, {roles}, {cells}, {workshops} mit {ratings}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="131"/>
        <source>  {phase}: {joint} joint, {pmo} PMO only, {tmo} TMO only, {touch}</source>
        <translation>  {phase}: {joint} gemeinsam, {pmo} nur PMO, {tmo} nur TMO, {touch}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="192"/>
        <source>Imported {file} ({layout} layout): {roles} and {activities} added, {cells} changed</source>
        <translation>{file} importiert (Layout {layout}): {roles} und {activities} hinzugefügt, {cells} geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="76"/>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="26"/>
        <source>{title}: no closed round with ratings yet</source>
        <translation>{title}: noch keine geschlossene Runde mit Bewertungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="32"/>
        <source>{title} — round {n}, {rated} of {total} ballots complete, {partial} started</source>
        <translation>{title} — Runde {n}, {rated} von {total} Bewertungsbögen vollständig, {partial} begonnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="43"/>
        <source>This round is blind and still open: results once it is closed.</source>
        <translation>Diese Runde ist blind und noch offen: Ergebnisse erst nach ihrem Abschluss.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="67"/>
        <source>— withheld: fewer than two participants of an office rated it; the other office&apos;s figure beside it is withheld too, so that neither shows one person&apos;s rating</source>
        <translation>— zurückgehalten: Weniger als zwei Teilnehmende eines Office haben bewertet; die Zahl des anderen Office daneben wird ebenfalls zurückgehalten, damit keine der beiden die Bewertung einer einzelnen Person zeigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="144"/>
        <source>preread,minutes,handbook,methodology,results</source>
        <comment>the --sections help: the names a user types, comma-separated</comment>
        <translation>Abschnitte, durch Kommas getrennt: preread,minutes,handbook,methodology,results</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="106"/>
        <source>workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="125"/>
        <source>Alignment index (activities where PMO and TMO both take part): {value:.0%}</source>
        <translation>Verzahnungsindex (Aktivitäten, an denen PMO und TMO beide beteiligt sind): {value:.0%}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="145"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="146"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="147"/>
        <source>alignment</source>
        <translation>Verzahnung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="152"/>
        <source>error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="160"/>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="95"/>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="97"/>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="51"/>
        <source>Wrote {file}</source>
        <translation>{file} geschrieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="170"/>
        <source>Read as: {reading} ({words})</source>
        <translation>Gelesen als: {reading} ({words})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="177"/>
        <source>Could also be read as: {reading} ({words}); use --layout {reading}</source>
        <translation>Ließe sich auch lesen als: {reading} ({words}); dazu --layout {reading}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="45"/>
        <source>rank  score    PMO    TMO    gap  dissent  proposal</source>
        <translation>Rang   Pkt.    PMO    TMO   Abw.  Dissens  Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="61"/>
        <source>! dissent of {threshold} or more (the workshop&apos;s threshold)</source>
        <translation>! Dissens von {threshold} oder mehr (die Schwelle des Workshops)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="77"/>
        <source>Budget fit for {budget:,.0f}: {titles} (cost {cost:,.0f})</source>
        <translation>Budget-Passung für {budget:,.0f}: {titles} (Kosten {cost:,.0f})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="36"/>
        <source>No workshops yet.</source>
        <translation>Noch keine Workshops.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="35"/>
        <source>PMO–TMO Desktop, headless: workspaces, checks and workshops.</source>
        <translation>PMO–TMO Desktop ohne Oberfläche: Arbeitsbereiche, Prüfungen und Workshops.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="41"/>
        <source>language of the output</source>
        <translation>Sprache der Ausgabe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="217"/>
        <source>a workspace from a starter methodology</source>
        <translation>ein Arbeitsbereich aus einer Vorlagenmethodik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="222"/>
        <source>a realistic demo, with a finished workshop</source>
        <translation>eine realistische Demo mit abgeschlossenem Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="226"/>
        <source>check the file and report what it holds</source>
        <translation>die Datei prüfen und ihren Inhalt melden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="235"/>
        <source>R/A per role and phase above which a role is overloaded</source>
        <translation>R/A je Rolle und Phase, ab der eine Rolle als überlastet gilt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="242"/>
        <source>Consulted roles per activity above which it is too many</source>
        <translation>Konsultierte Rollen je Aktivität, ab denen es zu viele sind</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="248"/>
        <source>methodology and RACI from a workbook, all or nothing</source>
        <translation>Methodik und RACI aus einer Arbeitsmappe, ganz oder gar nicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="255"/>
        <source>also remove activities and roles the workbook lacks</source>
        <translation>auch Aktivitäten und Rollen entfernen, die in der Arbeitsmappe fehlen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="261"/>
        <source>how to read a hand-made matrix: roles (role names across, letters in the cells), letters (one column per letter R, A, C, I..., role names in the cells); -flat: rows without letters are activities, not phase rows; auto (default): the first that reads</source>
        <translation>wie eine selbst gebaute Matrix gelesen wird: roles (Rollennamen quer, Buchstaben in den Zellen), letters (eine Spalte je Buchstabe R, A, C, I…, Rollennamen in den Zellen); -flat: Zeilen ohne Buchstaben sind Aktivitäten, keine Phasenzeilen; auto (Standard): die erste Lesart, die passt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="269"/>
        <source>methodology and RACI workbook</source>
        <translation>Arbeitsmappe mit Methodik und RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="117"/>
        <source>scores, ranks and PMO/TMO gaps</source>
        <translation>Punktzahlen, Ränge und PMO/TMO-Abweichungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="127"/>
        <source>the PDF minutes of a workshop (and its results workbook)</source>
        <translation>das PDF-Protokoll eines Workshops (und seine Ergebnis-Arbeitsmappe)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="135"/>
        <source>the whole meeting pack of a workshop</source>
        <translation>die vollständigen Sitzungsunterlagen eines Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="108"/>
        <source>the workshops, with ids</source>
        <translation>die Workshops mit IDs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="82"/>
        <source>interrupted; nothing was changed</source>
        <translation>abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="91"/>
        <source>internal error ({kind}: {error}); please report it</source>
        <translation>interner Fehler ({kind}: {error}); bitte melden Sie ihn</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="70"/>
        <source>Closed workshop {id}; later corrections are recorded as amendments</source>
        <translation>Workshop {id} abgeschlossen; spätere Korrekturen werden als Änderungsvermerke erfasst</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="33"/>
        <source>Closed and revealed round {n}: {rated} of {total} ballots complete, {partial} started</source>
        <translation>Runde {n} geschlossen und aufgedeckt: {rated} von {total} Bewertungsbögen vollständig, {partial} begonnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="84"/>
        <source>Wrote %n ballot(s) to {folder}</source>
        <translation>
            <numerusform>%n Bewertungsbogen nach {folder} geschrieben</numerusform>
            <numerusform>%n Bewertungsbögen nach {folder} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="116"/>
        <source>a blank workshop set-up workbook</source>
        <translation>eine leere Arbeitsmappe für die Workshop-Vorbereitung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="123"/>
        <source>offer this workspace&apos;s offices (default PMO, TMO, Business, Vendor)</source>
        <translation>die Offices dieses Arbeitsbereichs anbieten (Standard: PMO, TMO, Business, Vendor)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="131"/>
        <source>a workshop from a filled set-up workbook; prints its id</source>
        <translation>ein Workshop aus einer ausgefüllten Vorbereitungs-Arbeitsmappe; gibt seine ID aus</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="139"/>
        <source>close a workshop: its ratings, decisions and actions are frozen</source>
        <translation>einen Workshop abschließen: Bewertungen, Entscheidungen und Maßnahmen werden eingefroren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="48"/>
        <source>rating rounds</source>
        <translation>Bewertungsrunden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="50"/>
        <source>open a new blind round; prints its number</source>
        <translation>eine neue blinde Runde eröffnen; gibt ihre Nummer aus</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="51"/>
        <source>close the open round and reveal it</source>
        <translation>die offene Runde schließen und aufdecken</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="144"/>
        <source>ballot workbooks</source>
        <translation>Bewertungsbögen (Arbeitsmappen)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="149"/>
        <source>one ballot workbook per participant</source>
        <translation>ein Bewertungsbogen je Teilnehmer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="155"/>
        <source>filled ballots, all or nothing</source>
        <translation>ausgefüllte Bewertungsbögen, ganz oder gar nicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="35"/>
        <source>{value}: a port number from 0 to 65535 is needed</source>
        <translation>{value}: eine Portnummer von 0 bis 65535 wird benötigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="106"/>
        <source>Room closed; every rating it accepted is saved.</source>
        <translation>Raum geschlossen; jede dort angenommene Bewertung ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="129"/>
        <source>{value}: an address like http://192.168.1.20:8765 is needed</source>
        <translation>{value}: eine Adresse wie http://192.168.1.20:8765 wird benötigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="151"/>
        <source>Wrote %n name card(s) to {file} (room at {url})</source>
        <translation>
            <numerusform>%n Namenskarte nach {file} geschrieben (Raum unter {url})</numerusform>
            <numerusform>%n Namenskarten nach {file} geschrieben (Raum unter {url})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="164"/>
        <source>The room of {title} is open at {url} (room code {code})</source>
        <translation>Der Raum von {title} ist unter {url} geöffnet (Raumcode {code})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="169"/>
        <source>Personal links:</source>
        <translation>Persönliche Links:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="175"/>
        <source>Press Ctrl+C to close the room.</source>
        <translation>Drücken Sie Strg+C, um den Raum zu schließen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="199"/>
        <source>serve a workshop&apos;s room: participants rate from their own phones until Ctrl+C</source>
        <translation>den Raum eines Workshops bereitstellen: Die Teilnehmenden bewerten auf ihren eigenen Smartphones, bis Strg+C gedrückt wird</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="208"/>
        <source>&apos;%(prog)s cards&apos; prints a name card for each participant: their personal link as a QR code and as text, and their personal code (see &apos;%(prog)s cards --help&apos;).</source>
        <translation>&apos;%(prog)s cards&apos; druckt für alle Teilnehmenden je eine Namenskarte: ihren persönlichen Link als QR-Code und als Text sowie ihren persönlichen Code (siehe &apos;%(prog)s cards --help&apos;).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="215"/>
        <source>a PDF of name cards: each participant&apos;s personal link as a QR code and as text, and their personal code</source>
        <translation>ein PDF mit Namenskarten: der persönliche Link jeder teilnehmenden Person als QR-Code und als Text sowie ihr persönlicher Code</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="229"/>
        <source>the room&apos;s address as phones reach it, http://IP:PORT (default: this machine&apos;s network address and port {port})</source>
        <translation>die Adresse, unter der die Smartphones den Raum erreichen, http://IP:PORT (Standard: die Netzwerkadresse dieses Rechners und Port {port})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="242"/>
        <source>the address to listen on (default 127.0.0.1)</source>
        <translation>die Adresse, auf der auf Verbindungen gewartet wird (Standard: 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="249"/>
        <source>the port (default {port}; 0 picks a free one)</source>
        <translation>der Port (Standard: {port}; 0 wählt einen freien)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="257"/>
        <source>claiming a name asks for the personal code of the name cards (default: as the workshop&apos;s room was last set)</source>
        <translation>einen Namen zu wählen verlangt den persönlichen Code der Namenskarten (Standard: wie der Raum des Workshops zuletzt eingestellt war)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="267"/>
        <source>participants&apos; pages show the presenter&apos;s ranking once a round is revealed (default: as the workshop&apos;s room was last set; off for a new room)</source>
        <translation>die Seiten der Teilnehmenden zeigen die Rangfolge der Präsentationsansicht, sobald eine Runde aufgedeckt ist (Standard: wie der Raum des Workshops zuletzt eingestellt war; aus bei einem neuen Raum)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="276"/>
        <source>first line: the address, room code and personal links as JSON</source>
        <translation>erste Zeile: Adresse, Raumcode und persönliche Links als JSON</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="29"/>
        <source>no comparisons yet</source>
        <translation>noch keine Vergleiche</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="34"/>
        <source>— withheld: fewer than two participants of an office compared the criteria, or they would be one person&apos;s judgements</source>
        <translation>— zurückgehalten: Weniger als zwei Teilnehmende eines Office haben die Kriterien verglichen, sonst wären es die Urteile einer einzelnen Person</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="41"/>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="64"/>
        <source>pairs not compared: {n}</source>
        <translation>nicht verglichene Paare: {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="46"/>
        <source>no weights yet: {names} not linked to the other criteria</source>
        <translation>noch keine Gewichtungen: {names} nicht mit den übrigen Kriterien verbunden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="56"/>
        <source>consistency ratio {cr}</source>
        <translation>Konsistenzverhältnis {cr}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="62"/>
        <source>most inconsistent: {a} vs {b}</source>
        <translation>größte Inkonsistenz: {a} vs. {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="79"/>
        <source>group weights adopted {when}</source>
        <translation>Gruppengewichtungen, übernommen am {when}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="83"/>
        <source>the criteria&apos;s set weights</source>
        <translation>die festgelegten Gewichtungen der Kriterien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="85"/>
        <source>{title} — pairwise criterion weights; in force: {force}</source>
        <translation>{title} — Kriteriengewichtungen aus Paarvergleichen; in Kraft: {force}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="91"/>
        <source>Group ({n} compared)</source>
        <translation>Gruppe ({n} haben verglichen)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="95"/>
        <source>{office} ({n} compared)</source>
        <translation>{office} ({n} haben verglichen)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="102"/>
        <source>Participant {n}</source>
        <translation>Teilnehmer {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="113"/>
        <source>pairwise (AHP) criterion weights and their consistency</source>
        <translation>Kriteriengewichtungen aus Paarvergleichen (AHP) und ihre Konsistenz</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="36"/>
        <source>the budget must be an amount of 0 or more, not &apos;{value}&apos;</source>
        <translation>das Budget muss ein Betrag von 0 oder mehr sein, nicht &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="51"/>
        <source>draws must be a whole number of 0 or more, not &apos;{value}&apos;</source>
        <translation>die Anzahl der Ziehungen muss eine ganze Zahl von 0 oder mehr sein, nicht &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="133"/>
        <source>{title} — round {n}: what to fund</source>
        <translation>{title} — Runde {n}: was finanziert wird</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="139"/>
        <source>No budget set: {spent} spent; total score {score}</source>
        <translation>Kein Budget festgelegt: {spent} ausgegeben; Gesamtpunktzahl {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="145"/>
        <source>Budget {budget}: {spent} spent, {left} left; total score {score}</source>
        <translation>Budget {budget}: {spent} ausgegeben, {left} übrig; Gesamtpunktzahl {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="157"/>
        <source>{resource}: {used} of {limit} used</source>
        <translation>{resource}: {used} von {limit} genutzt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="158"/>
        <source>Second resource</source>
        <translation>Zweite Ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="171"/>
        <source>Funded: {n} of {m} proposals</source>
        <translation>Finanziert: {n} von {m} Vorschlägen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="175"/>
        <source>score</source>
        <translation>Pkt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="175"/>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="185"/>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="199"/>
        <source>joint</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="204"/>
        <source>What the PMO alone, the TMO alone and both together would fund</source>
        <translation>Was das PMO allein, das TMO allein und beide gemeinsam finanzieren würden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="208"/>
        <source>proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="211"/>
        <source>only PMO</source>
        <translation>nur PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="212"/>
        <source>only TMO</source>
        <translation>nur TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="234"/>
        <source>total score</source>
        <translation>Gesamtpunktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="238"/>
        <source>— withheld: fewer than two participants of an office rated it; such a figure counts as not rated in that office&apos;s set, and an office with no figure shown has no set</source>
        <translation>— zurückgehalten: Weniger als zwei Teilnehmende eines Office haben bewertet; eine solche Zahl gilt in der Auswahl dieses Office als nicht bewertet, und ein Office ohne gezeigte Zahl hat keine Auswahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="252"/>
        <source>Frontier: the rules cannot hold at any budget</source>
        <translation>Effizienzgrenze: Die Regeln sind bei keinem Budget erfüllbar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="256"/>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="257"/>
        <source>best score</source>
        <translation>beste Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="258"/>
        <source>rank order</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="263"/>
        <source>Frontier: the best total score at each budget, beside funding strictly in rank order</source>
        <translation>Effizienzgrenze: die beste Gesamtpunktzahl bei jedem Budget, daneben die Finanzierung streng nach Rangfolge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="268"/>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="282"/>
        <source>{n} of {m} budgets shown; --json lists every one</source>
        <translation>{n} von {m} Budgets gezeigt; --json listet alle auf</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="295"/>
        <source>no limit</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="306"/>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="307"/>
        <source>weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="308"/>
        <source>top-ranked stays</source>
        <translation>Platz 1 bleibt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="309"/>
        <source>funded set stays</source>
        <translation>finanzierte Auswahl bleibt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="313"/>
        <source>Sensitivity: the weights within which each criterion leaves the decision as it is (the other weights unchanged)</source>
        <translation>Sensitivität: die Gewichtungen, innerhalb derer jedes Kriterium die Entscheidung unverändert lässt (bei unveränderten übrigen Gewichtungen)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="327"/>
        <source>— no funded set: the rules cannot hold</source>
        <translation>— keine finanzierte Auswahl: Die Regeln sind nicht erfüllbar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="341"/>
        <source>Probability funded: how often each proposal is funded in {n} random draws of the weights around the agreed ones (• funded now)</source>
        <translation>Finanzierungswahrscheinlichkeit: wie oft jeder Vorschlag in {n} zufälligen Ziehungen der Gewichtungen um die vereinbarten herum finanziert wird (• jetzt finanziert)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="387"/>
        <source>what to fund under the budget and the funding rules, what each office alone would fund, the frontier and the decision&apos;s sensitivity</source>
        <translation>was innerhalb des Budgets und der Finanzierungsregeln finanziert wird, was jedes Office allein finanzieren würde, die Effizienzgrenze und die Sensitivität der Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="400"/>
        <source>decide under this budget instead of the workshop&apos;s</source>
        <translation>mit diesem Budget statt mit dem des Workshops entscheiden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="407"/>
        <source>random weight draws for the probability of funding (0: leave it out)</source>
        <translation>zufällige Ziehungen der Gewichtungen für die Finanzierungswahrscheinlichkeit (0: weglassen)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/library.py" line="20"/>
        <source>Password for {url}: </source>
        <translation>Passwort für {url}: </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/library.py" line="40"/>
        <source>Copied {source} to {target}: {records}</source>
        <translation>{source} nach {target} kopiert: {records}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/library.py" line="55"/>
        <source>copy a whole workspace between a file and a team library (postgresql://…), either way; the target must be new or an empty database</source>
        <translation>einen ganzen Arbeitsbereich zwischen einer Datei und einer Teambibliothek (postgresql://…) kopieren, in beide Richtungen; das Ziel muss neu oder eine leere Datenbank sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="20"/>
        <source>Checked out workshop {id} &apos;{title}&apos; to {file}; it is read-only in the library until it is checked in</source>
        <translation>Workshop {id} „{title}“ nach {file} ausgecheckt; in der Bibliothek ist er schreibgeschützt, bis er eingecheckt wird</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="35"/>
        <source>Checked in workshop {id} &apos;{title}&apos; from {file}: {records}</source>
        <translation>Workshop {id} „{title}“ aus {file} eingecheckt: {records}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="51"/>
        <source>Released workshop {id} &apos;{title}&apos; (checked out to {file} by {who}); what was done in that file stays there</source>
        <translation>Workshop {id} „{title}“ freigegeben (von {who} nach {file} ausgecheckt); was in dieser Datei getan wurde, bleibt dort</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="66"/>
        <source>copy a workshop with its methodology into a new file for a session offline; read-only in the library until it is checked in</source>
        <translation>einen Workshop mit seiner Methodik für eine Sitzung offline in eine neue Datei kopieren; in der Bibliothek schreibgeschützt, bis er eingecheckt wird</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="79"/>
        <source>bring a checked-out workshop back from its file, in one transaction, and release it</source>
        <translation>einen ausgecheckten Workshop aus seiner Datei in einer Transaktion zurückholen und freigeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="90"/>
        <source>refuse the file unless it holds this workshop</source>
        <translation>die Datei ablehnen, wenn sie nicht diesen Workshop enthält</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="96"/>
        <source>release a checked-out workshop without its file (a lost file); what was done in the file is not brought back</source>
        <translation>einen ausgecheckten Workshop ohne seine Datei freigeben (verlorene Datei); was in der Datei getan wurde, kommt nicht zurück</translation>
    </message>
</context>
<context>
    <name>CopySetupDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="28"/>
        <source>Copy from an earlier workshop</source>
        <translation>Aus einem früheren Workshop kopieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="30"/>
        <source>Workshop to copy from</source>
        <translation>Workshop, aus dem kopiert wird</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="33"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="35"/>
        <source>&amp;Participants, with their offices</source>
        <translation>&amp;Teilnehmende mit ihren Offices</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="36"/>
        <source>&amp;Criteria, with weights, directions and scales</source>
        <translation>&amp;Kriterien mit Gewichtung, Richtung und Skala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="40"/>
        <source>Names this workshop already has are left as they are.</source>
        <translation>Namen, die dieser Workshop bereits hat, bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="43"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="49"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="42"/>
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="43"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="44"/>
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n Lieferobjekt</numerusform>
            <numerusform>%n Lieferobjekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="45"/>
        <source>%n gate(s), review(s) or sign-off(s)</source>
        <translation>
            <numerusform>%n Gate, Review oder Freigabe</numerusform>
            <numerusform>%n Gates, Reviews und Freigaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="46"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n Rolle</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="47"/>
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n Office</numerusform>
            <numerusform>%n Offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="48"/>
        <source>%n RACI letter(s)</source>
        <translation>
            <numerusform>%n RACI-Buchstabe</numerusform>
            <numerusform>%n RACI-Buchstaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="49"/>
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n Zelle</numerusform>
            <numerusform>%n Zellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="50"/>
        <source>%n filled cell(s)</source>
        <translation>
            <numerusform>%n belegte Zelle</numerusform>
            <numerusform>%n belegte Zellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="51"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n Workshop</numerusform>
            <numerusform>%n Workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="52"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="53"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="54"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="55"/>
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n Berührungspunkt</numerusform>
            <numerusform>%n Berührungspunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="56"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="275"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="276"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="277"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="278"/>
        <source>Scale from</source>
        <translation>Skala von</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="279"/>
        <source>Scale to</source>
        <translation>Skala bis</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="280"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="286"/>
        <source>How much the criterion counts in the weighted score</source>
        <translation>Wie stark das Kriterium in die gewichtete Punktzahl eingeht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="287"/>
        <source>Lower is better for costs and risks: a low rating scores high</source>
        <translation>Niedriger ist besser bei Kosten und Risiken: Eine niedrige Bewertung ergibt viele Punkte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="288"/>
        <source>The lowest rating a participant can give</source>
        <translation>Die niedrigste Bewertung, die Teilnehmende vergeben können</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="289"/>
        <source>The highest rating a participant can give</source>
        <translation>Die höchste Bewertung, die Teilnehmende vergeben können</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="16"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="17"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="18"/>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="19"/>
        <source>Needs information</source>
        <translation>Informationen fehlen</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="87"/>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="122"/>
        <source>&amp;Approve</source>
        <translation>Ge&amp;nehmigen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="123"/>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="124"/>
        <source>&amp;Defer</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="125"/>
        <source>&amp;Needs information</source>
        <translation>&amp;Informationen fehlen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="126"/>
        <source>N&amp;o decision</source>
        <translation>&amp;Keine Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="141"/>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="144"/>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="146"/>
        <source>Leaving the field or Ctrl+Enter saves it</source>
        <translation>Verlassen des Felds oder Strg+Enter speichert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="153"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="159"/>
        <source>F2 edits the current cell, Insert adds an action, Delete deletes it</source>
        <translation>F2 bearbeitet die aktuelle Zelle, Einfg fügt eine Maßnahme hinzu, Entf löscht sie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="229"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="173"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="184"/>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="177"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="187"/>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="185"/>
        <source>Add an action for the selected proposal (Ins)</source>
        <translation>Eine Maßnahme zum ausgewählten Vorschlag hinzufügen (Einfg)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="188"/>
        <source>Delete the selected action (Del)</source>
        <translation>Die ausgewählte Maßnahme löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="195"/>
        <source>This workshop is closed. Changes are recorded as amendments with a reason.</source>
        <translation>Dieser Workshop ist abgeschlossen. Änderungen werden als Änderungsvermerke mit Begründung erfasst.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="199"/>
        <source>Amendments</source>
        <translation>Änderungsvermerke</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="205"/>
        <source>A&amp;mendments</source>
        <translation>Än&amp;derungsvermerke</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="241"/>
        <source>&amp;Proposals</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="253"/>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="257"/>
        <source>Ra&amp;tionale</source>
        <translation>Be&amp;gründung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="258"/>
        <source>&amp;Conditions</source>
        <translation>A&amp;uflagen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="274"/>
        <source>Action &amp;items</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="285"/>
        <source>Ctrl+Enter or leaving a field saves it · Ins adds an action for the proposal · F2 edits a cell · Del deletes the action</source>
        <translation>Strg+Enter oder Verlassen eines Felds speichert · Einfg fügt eine Maßnahme zum Vorschlag hinzu · F2 bearbeitet eine Zelle · Entf löscht die Maßnahme</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="54"/>
        <source>Actions: %n</source>
        <translation>
            <numerusform>Maßnahmen: %n</numerusform>
            <numerusform>Maßnahmen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="55"/>
        <source>not done: %n</source>
        <translation>
            <numerusform>nicht erledigt: %n</numerusform>
            <numerusform>nicht erledigt: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="60"/>
        <source>overdue: %n</source>
        <translation>
            <numerusform>überfällig: %n</numerusform>
            <numerusform>überfällig: %n</numerusform>
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
        <translation>Erfasst von {who}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="395"/>
        <source>A&amp;mendments (%n)</source>
        <translation>
            <numerusform>&amp;Änderungsvermerke (%n)</numerusform>
            <numerusform>&amp;Änderungsvermerke (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="420"/>
        <source>Choose a decision first, then record why.</source>
        <translation>Wählen Sie zuerst eine Entscheidung, dann die Begründung.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="426"/>
        <source>No proposals in this workshop</source>
        <translation>Keine Vorschläge in diesem Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="440"/>
        <source>Decision: {decision}</source>
        <translation>Entscheidung: {decision}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="23"/>
        <source>Sponsor: {name}</source>
        <translation>Sponsor: {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="29"/>
        <source>Cost: {cost}</source>
        <translation>Kosten: {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="35"/>
        <source>Benefit: {benefit}</source>
        <translation>Nutzen: {benefit}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="41"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="45"/>
        <source>decided {when}</source>
        <translation>entschieden am {when}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="94"/>
        <source>Withdraw decision on “{proposal}”</source>
        <translation>Entscheidung zu „{proposal}“ zurücknehmen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="106"/>
        <source>Decide “{proposal}”: {decision}</source>
        <translation>„{proposal}“ entscheiden: {decision}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="123"/>
        <source>Decision on “{proposal}”: {old} → {new}</source>
        <translation>Entscheidung zu „{proposal}“: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="132"/>
        <source>Amend decision on “{proposal}”</source>
        <translation>Entscheidung zu „{proposal}“ nachträglich ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="158"/>
        <source>Edit rationale and conditions of “{proposal}”</source>
        <translation>Begründung und Auflagen zu „{proposal}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="162"/>
        <source>Edit rationale of “{proposal}”</source>
        <translation>Begründung zu „{proposal}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="164"/>
        <source>Edit conditions of “{proposal}”</source>
        <translation>Auflagen zu „{proposal}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="191"/>
        <source>Edit action text</source>
        <translation>Text der Maßnahme bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="192"/>
        <source>Change action owner</source>
        <translation>Verantwortliche der Maßnahme ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="193"/>
        <source>Change action due date</source>
        <translation>Fälligkeit der Maßnahme ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="194"/>
        <source>Change action status</source>
        <translation>Status der Maßnahme ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="195"/>
        <source>Link action to a proposal</source>
        <translation>Maßnahme mit einem Vorschlag verknüpfen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="196"/>
        <source>Link action to an agenda item</source>
        <translation>Maßnahme mit einem Agendapunkt verknüpfen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="208"/>
        <source>{change}: “{action}”</source>
        <translation>{change}: „{action}“</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="227"/>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="244"/>
        <source>Delete action “{action}”</source>
        <translation>Maßnahme „{action}“ löschen</translation>
    </message>
</context>
<context>
    <name>DiscardRoundDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="187"/>
        <source>Discard round</source>
        <translation>Runde verwerfen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="197"/>
        <source>A backup is taken first; File → Restore Backup brings the round back. The discard is recorded with its reason and cannot be undone with Undo.</source>
        <translation>Vorher wird eine Sicherung erstellt; Datei → Sicherung wiederherstellen holt die Runde zurück. Das Verwerfen wird mit Begründung erfasst und lässt sich nicht mit Rückgängig aufheben.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="202"/>
        <source>&amp;Why is it discarded?</source>
        <translation>&amp;Warum wird sie verworfen?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="205"/>
        <source>Reason for discarding the round</source>
        <translation>Begründung für das Verwerfen der Runde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="206"/>
        <source>e.g. opened by mistake before the briefing</source>
        <translation>z. B. versehentlich vor der Einweisung eröffnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="212"/>
        <source>Discard Round</source>
        <translation>Runde verwerfen</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_editors.py" line="165"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_editors.py" line="168"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_editors.py" line="170"/>
        <source>Up/Down change the date, Alt+Down opens the calendar, Delete empties it</source>
        <translation>↑/↓ ändern das Datum, Alt+↓ öffnet den Kalender, Entf leert es</translation>
    </message>
</context>
<context>
    <name>EmptyWorkshops</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="68"/>
        <source>No workshops yet</source>
        <translation>Noch keine Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="75"/>
        <source>In a workshop the PMO and the TMO rate project proposals together, see where they disagree and decide. Make one here, then add its participants, criteria and proposals on its Set-up page — or fill a set-up workbook in Excel and bring it in.</source>
        <translation>In einem Workshop bewerten PMO und TMO Projektvorschläge gemeinsam, sehen, wo sie uneins sind, und entscheiden. Legen Sie hier einen an und tragen Sie dann auf seiner Seite „Vorbereitung“ Teilnehmende, Kriterien und Vorschläge ein – oder füllen Sie eine Vorbereitungsmappe in Excel aus und lesen Sie sie ein.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="82"/>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="84"/>
        <source>New from a Set-up &amp;Workbook…</source>
        <translation>Neu aus einer Vorbereitungs&amp;mappe…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="85"/>
        <source>Save a &amp;Blank Set-up Workbook…</source>
        <translation>&amp;Leere Vorbereitungsmappe speichern…</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="129"/>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="170"/>
        <source>{message}

Open a copy of that backup? The damaged file stays as it is.</source>
        <translation>{message}

Eine Kopie dieser Sicherung öffnen? Die beschädigte Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="172"/>
        <source>Open Backup Copy</source>
        <translation>Sicherungskopie öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="196"/>
        <source>Opened {file}</source>
        <translation>{file} geöffnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="255"/>
        <source>Restored {file}</source>
        <translation>{file} wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="279"/>
        <source>Exported to {file}</source>
        <translation>Nach {file} exportiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="301"/>
        <source>Import from Excel</source>
        <translation>Aus Excel importieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="311"/>
        <source>Backup failed: {error}</source>
        <translation>Sicherung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="315"/>
        <source>Backed up to {file}</source>
        <translation>Gesichert in {file}</translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="44"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="68"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="48"/>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="66"/>
        <source>Wrote {file}</source>
        <translation>{file} geschrieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="69"/>
        <source>Open {file}</source>
        <translation>{file} öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="78"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="80"/>
        <source>Open the folder {folder}</source>
        <translation>Den Ordner {folder} öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="102"/>
        <source>The system could not open {path}; it is there, open it from your file manager.</source>
        <translation>Das System konnte {path} nicht öffnen; die Datei ist da – öffnen Sie sie im Dateimanager.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="32"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="33"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="34"/>
        <source>%n alignment finding(s)</source>
        <translation>
            <numerusform>%n Befund zur Verzahnung</numerusform>
            <numerusform>%n Befunde zur Verzahnung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="41"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="42"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="43"/>
        <source>Alignment</source>
        <translation>Verzahnung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="49"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="51"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="57"/>
        <source>Findings of the methodology check</source>
        <translation>Befunde der Methodikprüfung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="80"/>
        <source>&lt;b&gt;Check:&lt;/b&gt; checking…</source>
        <translation>&lt;b&gt;Prüfung:&lt;/b&gt; läuft…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="87"/>
        <source>&lt;b&gt;Check:&lt;/b&gt; no findings — every activity has one Accountable, and PMO and TMO work is integrated.</source>
        <translation>&lt;b&gt;Prüfung:&lt;/b&gt; keine Befunde — jede Aktivität hat genau einen Rechenschaftspflichtigen, und die Arbeit von PMO und TMO ist verzahnt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="93"/>
        <source>&lt;b&gt;Check:&lt;/b&gt; {counts}</source>
        <translation>&lt;b&gt;Prüfung:&lt;/b&gt; {counts}</translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="83"/>
        <source>From a budget of {budget}: total score {score}, {count} funded.</source>
        <translation>Ab einem Budget von {budget}: Gesamtpunktzahl {score}, {count} finanziert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="174"/>
        <source>Best set from a budget of {budget}: total score {score}</source>
        <translation>Beste Auswahl ab einem Budget von {budget}: Gesamtpunktzahl {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="178"/>
        <source>In rank order, cost {budget}: total score {score}</source>
        <translation>Nach Rangfolge, Kosten {budget}: Gesamtpunktzahl {score}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="184"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="186"/>
        <source>Nothing funded</source>
        <translation>Nichts finanziert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="325"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="332"/>
        <source>Total score</source>
        <translation>Gesamtpunktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="338"/>
        <source>Best set for each budget</source>
        <translation>Beste Auswahl je Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="339"/>
        <source>Funding in rank order</source>
        <translation>Finanzierung nach Rangfolge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="345"/>
        <source>Budget {budget}</source>
        <translation>Budget {budget}</translation>
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
        <translation>das Budget von {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="47"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="70"/>
        <source>the second resource</source>
        <translation>die zweite Ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="48"/>
        <source>the limit of {limit} on {resource}</source>
        <translation>die Obergrenze von {limit} für {resource}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="52"/>
        <source>&apos;{proposal}&apos; requires &apos;{other}&apos;</source>
        <translation>&apos;{proposal}&apos; erfordert &apos;{other}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="56"/>
        <source>&apos;{proposal}&apos; must be funded</source>
        <translation>&apos;{proposal}&apos; muss finanziert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="60"/>
        <source>&apos;{proposal}&apos; must not be funded</source>
        <translation>&apos;{proposal}&apos; darf nicht finanziert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="65"/>
        <source>at most {limit} of group &apos;{group}&apos; may be funded ({titles})</source>
        <translation>Gruppe &apos;{group}&apos; begrenzt die Finanzierung auf {limit} ihrer Vorschläge ({titles})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="72"/>
        <source>&apos;{proposal}&apos; has no cost, so it is funded only as a must</source>
        <translation>&apos;{proposal}&apos; hat keine Kosten und wird daher nur finanziert, wenn es finanziert werden muss</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="84"/>
        <source>The funding rules cannot all hold, so nothing is funded. These conflict:</source>
        <translation>Die Finanzierungsregeln sind nicht alle gleichzeitig erfüllbar, daher wird nichts finanziert. Im Konflikt stehen:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="91"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="92"/>
        <source>Funded as a must without a cost (counted as 0 in the total): {titles}</source>
        <translation>Ohne Kosten finanziert, weil sie finanziert werden müssen (in der Summe als 0 gezählt): {titles}</translation>
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
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/formatting.py" line="44"/>
        <source>Withheld for privacy: fewer than two participants of an office rated it; the other office&apos;s figure is withheld with it, so that neither shows one person&apos;s rating.</source>
        <translation>Aus Datenschutzgründen zurückgehalten: Weniger als zwei Teilnehmende eines Office haben es bewertet; die Zahl des anderen Office wird mit zurückgehalten, damit keine der beiden die Bewertung einer einzelnen Person zeigt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/gap_view.py" line="55"/>
        <source>PMO rates higher&amp;nbsp;{pmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; TMO rates higher&amp;nbsp;{tmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; The stronger the colour, the larger the gap: full colour at {top} points, the largest gap shown.</source>
        <translation>PMO bewertet höher&amp;nbsp;{pmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; TMO bewertet höher&amp;nbsp;{tmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; Je kräftiger die Farbe, desto größer die Abweichung: volle Farbe bei {top} Punkten, der größten gezeigten Abweichung.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="155"/>
        <source>Ctrl+Space / Shift+Space</source>
        <translation>Strg+Leertaste / Umschalt+Leertaste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="153"/>
        <source>Select the current role&apos;s column (Ctrl+Space) or activity&apos;s row (Shift+Space)</source>
        <translation>Die Spalte der aktuellen Rolle (Strg+Leertaste) oder die Zeile der Aktivität (Umschalt+Leertaste) auswählen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="170"/>
        <source>More keys, and every menu command that has one</source>
        <translation>Weitere Tasten und jeder Menübefehl, der eine hat</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="44"/>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="47"/>
        <source>Getting started guide</source>
        <translation>Leitfaden für die ersten Schritte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="63"/>
        <source>What the app is for</source>
        <translation>Wofür die Anwendung da ist</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="64"/>
        <source>The five areas</source>
        <translation>Die fünf Bereiche</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="65"/>
        <source>Keyboard essentials</source>
        <translation>Wichtige Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="66"/>
        <source>How a workshop runs</source>
        <translation>So läuft ein Workshop ab</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="67"/>
        <source>Rating from phones: the room</source>
        <translation>Bewerten per Smartphone: der Raum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="68"/>
        <source>How the scores are computed</source>
        <translation>So werden die Punktzahlen berechnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="69"/>
        <source>Where your data lives</source>
        <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="76"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="81"/>
        <source>&lt;p&gt;Most organisations have a &lt;b&gt;Project Management Office (PMO)&lt;/b&gt; that owns the delivery method. The technical side — architects, technical managers, consultants, design and configuration specialists — deserves the same: a &lt;b&gt;Technical Management Office (TMO)&lt;/b&gt;, beside the PMO or inside it.&lt;/p&gt;&lt;p&gt;PMO–TMO Desktop helps the two offices agree on &lt;b&gt;one common methodology&lt;/b&gt; that covers the management &lt;i&gt;and&lt;/i&gt; the technical work, with the roles, deliverables, gates and sign-offs of both, so that each office knows the other&apos;s duties. With it both offices also &lt;b&gt;assess project proposals together&lt;/b&gt; in workshops: they rate, see where they disagree, decide and record the actions.&lt;/p&gt;&lt;p&gt;It works offline, on your laptop. Nothing is ever sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die meisten Organisationen haben ein &lt;b&gt;Project Management Office (PMO)&lt;/b&gt;, das die Vorgehensmethodik verantwortet. Die technische Seite — Architekten, technische Manager, Berater, Design- und Konfigurationsspezialisten — verdient dasselbe: ein &lt;b&gt;Technical Management Office (TMO)&lt;/b&gt;, neben dem PMO oder innerhalb des PMO.&lt;/p&gt;&lt;p&gt;PMO–TMO Desktop hilft beiden Offices, sich auf &lt;b&gt;eine gemeinsame Methodik&lt;/b&gt; zu einigen, die die Management- &lt;i&gt;und&lt;/i&gt; die technische Arbeit abdeckt, mit den Rollen, Lieferobjekten, Gates und Freigaben beider Seiten, sodass jedes Office die Aufgaben des anderen kennt. Damit &lt;b&gt;bewerten beide Offices auch Projektvorschläge gemeinsam&lt;/b&gt; in Workshops: Sie bewerten, sehen, wo sie sich uneinig sind, entscheiden und halten die Maßnahmen fest.&lt;/p&gt;&lt;p&gt;Die Anwendung arbeitet offline auf Ihrem Laptop. Es wird niemals etwas irgendwohin gesendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="95"/>
        <source>&lt;p&gt;Once a workspace is open, the list on the left leads to five areas:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Methodology&lt;/td&gt;&lt;td&gt;Phases, their activities (management, technical or governance work, owned by an office), deliverables and the gates, reviews and sign-offs that control them — with a form for every property.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;RACI matrix&lt;/td&gt;&lt;td&gt;Who is Responsible, Accountable, Consulted or Informed for each activity. The findings below the grid are checked again with every edit: a missing or double Accountable, overloaded or idle roles, technical work without a TMO owner, gates only one office signs.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Roles &amp;amp; offices&lt;/td&gt;&lt;td&gt;The offices (PMO, TMO, Business, Vendor, …) with their colours, and the roles that belong to them.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Alignment&lt;/td&gt;&lt;td&gt;Per phase, the activities where PMO and TMO work together, alone or not at all, and the load each role carries.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Workshops&lt;/td&gt;&lt;td&gt;The joint workshops: set-up, agenda, rating, results with the PMO-vs-TMO gap view, and decisions and actions.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Sobald ein Arbeitsbereich geöffnet ist, führt die Liste links zu fünf Bereichen:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Methodik&lt;/td&gt;&lt;td&gt;Phasen, ihre Aktivitäten (Management-, technische oder Governance-Arbeit, jeweils einem Office zugeordnet), Lieferobjekte sowie die Gates, Reviews und Freigaben, die sie steuern — mit einem Formular für jede Eigenschaft.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;RACI-Matrix&lt;/td&gt;&lt;td&gt;Wer ist für jede Aktivität verantwortlich, rechenschaftspflichtig, konsultiert oder informiert? Die Befunde unter der Tabelle werden bei jeder Änderung neu geprüft: fehlende oder doppelte Rechenschaftspflicht, überlastete oder ungenutzte Rollen, technische Arbeit ohne TMO-Zuständigkeit, Gates, die nur ein Office zeichnet.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Rollen &amp;amp; Offices&lt;/td&gt;&lt;td&gt;Die Offices (PMO, TMO, Business, Vendor, …) mit ihren Farben und die Rollen, die zu ihnen gehören.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Verzahnung&lt;/td&gt;&lt;td&gt;Je Phase die Aktivitäten, bei denen PMO und TMO zusammen, allein oder gar nicht arbeiten, und die Auslastung jeder Rolle.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Workshops&lt;/td&gt;&lt;td&gt;Die gemeinsamen Workshops: Vorbereitung, Agenda, Bewertung, Ergebnisse mit der PMO-TMO-Abweichungsansicht sowie Entscheidungen und Maßnahmen.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="115"/>
        <source>&lt;p&gt;Everything done in the room can be done from the keyboard.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Everywhere&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Go to an area: Methodology, RACI matrix, Roles &amp;amp; offices, Alignment, Workshops&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Z&lt;/td&gt;&lt;td&gt;Undo the last change (Edit → Redo brings it back)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Shift+P&lt;/td&gt;&lt;td&gt;Presenter view for the projector&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F1&lt;/td&gt;&lt;td&gt;This guide&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Methodology tree and lists&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ins&lt;/td&gt;&lt;td&gt;New activity (Ctrl+Ins a deliverable, Shift+Ins a gate or review, Ctrl+Shift+N a phase)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Del&lt;/td&gt;&lt;td&gt;Delete, with everything below it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F2&lt;/td&gt;&lt;td&gt;Rename in place&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Up / Ctrl+Down&lt;/td&gt;&lt;td&gt;Move up or down&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;RACI grid&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;R, A, C, I (S, V)&lt;/td&gt;&lt;td&gt;Toggle that letter in every selected cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Del&lt;/td&gt;&lt;td&gt;Clear the selected cells&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+C / Ctrl+V&lt;/td&gt;&lt;td&gt;Copy and paste cells with Excel or LibreOffice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Hot-seat ballot&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Digits&lt;/td&gt;&lt;td&gt;Type the rating in the cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Enter / Tab&lt;/td&gt;&lt;td&gt;Store it and move to the next cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Enter&lt;/td&gt;&lt;td&gt;Done: hide the ballot for the next participant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Agenda&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F5&lt;/td&gt;&lt;td&gt;Start or pause the timer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Right / Ctrl+Left&lt;/td&gt;&lt;td&gt;Next or previous item&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Alles, was im Raum geschieht, lässt sich mit der Tastatur erledigen.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Überall&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Strg+1 … Strg+5&lt;/td&gt;&lt;td&gt;Zu einem Bereich wechseln: Methodik, RACI-Matrix, Rollen &amp;amp; Offices, Verzahnung, Workshops&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Strg+Z&lt;/td&gt;&lt;td&gt;Letzte Änderung rückgängig machen (Bearbeiten → Wiederherstellen holt sie zurück)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Strg+Umschalt+P&lt;/td&gt;&lt;td&gt;Präsentationsansicht für den Beamer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F1&lt;/td&gt;&lt;td&gt;Dieser Leitfaden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Methodikbaum und Listen&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Einfg&lt;/td&gt;&lt;td&gt;Neue Aktivität (Strg+Einfg ein Lieferobjekt, Umschalt+Einfg ein Gate oder Review, Strg+Umschalt+N eine Phase)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Entf&lt;/td&gt;&lt;td&gt;Löschen, samt allem, was darunter liegt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F2&lt;/td&gt;&lt;td&gt;Direkt umbenennen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Strg+↑ / Strg+↓&lt;/td&gt;&lt;td&gt;Nach oben oder unten verschieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;RACI-Tabelle&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;R, A, C, I (S, V)&lt;/td&gt;&lt;td&gt;Diesen Buchstaben in allen ausgewählten Zellen ein- oder ausschalten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Entf&lt;/td&gt;&lt;td&gt;Ausgewählte Zellen leeren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Strg+C / Strg+V&lt;/td&gt;&lt;td&gt;Zellen mit Excel oder LibreOffice austauschen (kopieren und einfügen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Direkteingabe am Laptop&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ziffern&lt;/td&gt;&lt;td&gt;Bewertung in die Zelle eingeben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Enter / Tab&lt;/td&gt;&lt;td&gt;Speichern und zur nächsten Zelle wechseln&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Strg+Enter&lt;/td&gt;&lt;td&gt;Fertig: Bewertungsbogen für die nächste Person ausblenden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Agenda&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F5&lt;/td&gt;&lt;td&gt;Timer starten oder pausieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Strg+→ / Strg+←&lt;/td&gt;&lt;td&gt;Nächster oder vorheriger Punkt&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="175"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Set-up.&lt;/b&gt; Add the participants, each tagged with their office; the criteria, each with a weight, a direction (a benefit, or a cost or risk where less is better) and a scale; and the proposals with their cost, benefit and duration. The Workshop menu can also build a workshop from a filled set-up workbook.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Agenda and timer.&lt;/b&gt; Plan the items with their times. In the room the timer keeps each item on time, and the minutes are written against it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Blind round.&lt;/b&gt; Open a round on the Rating tab. Participants rate at the laptop in the hot seat, on paper (the facilitator types those in), or on Excel ballots imported from the Workshop menu. In the ballot, Enter or Tab moves on, &lt;b&gt;?&lt;/b&gt; answers &quot;can&apos;t judge&quot; and Delete clears a cell. A ballot is complete when every cell holds a rating or &quot;can&apos;t judge&quot;. Nobody sees anyone else&apos;s ratings; the room sees only how many ballots are complete, the Rating tab shows each participant&apos;s state (never a value).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reveal.&lt;/b&gt; Close the round to reveal it: you are first told who is incomplete or has not started. Only now do the results appear, on the Results tab and in the presenter view (F11: full screen, Esc: back). A round opened by mistake can be discarded (Discard Round…): a backup is taken first and the discard is recorded; Undo never takes a round or a rating away.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gap view.&lt;/b&gt; See where PMO and TMO disagree, on which proposal and which criterion. The largest gaps are the list to discuss; a second round can follow the discussion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decide.&lt;/b&gt; Approve, reject, defer or ask for more information, with the rationale and any conditions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Actions.&lt;/b&gt; Record each action with its owner and due date, and send the pack out after the workshop.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Vorbereitung.&lt;/b&gt; Legen Sie die Teilnehmenden an, jeweils mit ihrem Office; die Kriterien, jeweils mit Gewichtung, Richtung (ein Nutzen oder Kosten bzw. Risiko, bei denen weniger besser ist) und Skala; und die Vorschläge mit Kosten, Nutzen und Dauer. Über das Menü Workshop lässt sich ein Workshop auch aus einer ausgefüllten Vorbereitungs-Arbeitsmappe erstellen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Agenda und Timer.&lt;/b&gt; Planen Sie die Punkte mit ihren Zeiten. Im Raum hält der Timer jeden Punkt in der Zeit, und das Protokoll wird zum jeweiligen Punkt geschrieben.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Blinde Runde.&lt;/b&gt; Eröffnen Sie auf der Seite „Bewertung“ eine Runde. Die Teilnehmenden bewerten per Direkteingabe am Laptop, auf Papier (die Moderation tippt diese Bewertungen ein) oder auf Excel-Bewertungsbögen, die über das Menü Workshop importiert werden. Im Bewertungsbogen geht es mit Enter oder Tab weiter, &lt;b&gt;?&lt;/b&gt; antwortet „nicht beurteilbar“, und Entf leert eine Zelle. Ein Bewertungsbogen ist vollständig, wenn jede Zelle eine Bewertung oder „nicht beurteilbar“ enthält. Niemand sieht die Bewertungen der anderen; der Raum sieht nur, wie viele Bewertungsbögen vollständig sind, die Seite „Bewertung“ zeigt den Stand jeder Person (nie einen Wert).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aufdecken.&lt;/b&gt; Schließen Sie die Runde, um sie aufzudecken: Zuvor erfahren Sie, wer unvollständig ist oder noch nicht begonnen hat. Erst jetzt erscheinen die Ergebnisse, auf der Seite „Ergebnisse“ und in der Präsentationsansicht (F11: Vollbild, Esc: zurück). Eine versehentlich eröffnete Runde kann verworfen werden (Runde verwerfen…): Vorher wird eine Sicherung erstellt, und das Verwerfen wird erfasst; Rückgängig nimmt nie eine Runde oder eine Bewertung weg.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Abweichungsansicht.&lt;/b&gt; Sehen Sie, wo PMO und TMO uneinig sind, bei welchem Vorschlag und welchem Kriterium. Die größten Abweichungen bilden die Diskussionsliste; nach der Diskussion kann eine zweite Runde folgen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Entscheiden.&lt;/b&gt; Genehmigen, ablehnen, zurückstellen oder weitere Informationen anfordern, mit Begründung und etwaigen Auflagen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Maßnahmen.&lt;/b&gt; Erfassen Sie jede Maßnahme mit verantwortlicher Person und Fälligkeit, und versenden Sie die Sitzungsunterlagen nach dem Workshop.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="206"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;One network.&lt;/b&gt; Put this laptop and the phones on the same network: the room&apos;s Wi-Fi, or the laptop&apos;s own hotspot (Windows: Settings → Network &amp;amp; internet → Mobile hotspot; macOS: System Settings → General → Sharing → Internet Sharing). No internet is needed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Open the room.&lt;/b&gt; Workshop → Open Room for Phones, and keep the address offered: the laptop&apos;s address on that network.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Allow it once.&lt;/b&gt; The first time, Windows asks whether the app may communicate on networks (allow private networks) and macOS whether it may accept incoming connections (Allow). Without that, phones cannot reach the room.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Join.&lt;/b&gt; Participants scan the QR code shown on the Rating tab and the presenter view, or type the address, then tap their name. Name cards with a personal code are printed from the Workshop menu.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Devices.&lt;/b&gt; A second phone on a name already taken waits until you admit it on the Rating tab; release frees a name, revoke shuts a phone out.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rate.&lt;/b&gt; Every answer is saved at once; a phone that loses the network keeps its answers and sends them when it is back. Close Room stops the room.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Ein Netzwerk.&lt;/b&gt; Bringen Sie diesen Laptop und die Smartphones in dasselbe Netzwerk: das WLAN des Raums oder den eigenen Hotspot des Laptops (Windows: Einstellungen → Netzwerk und Internet → Mobiler Hotspot; macOS: Systemeinstellungen → Allgemein → Teilen → Internetfreigabe). Internet wird nicht gebraucht.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Den Raum öffnen.&lt;/b&gt; Workshop → Raum für Smartphones öffnen, und die angebotene Adresse behalten: die Adresse des Laptops in diesem Netzwerk.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Einmal erlauben.&lt;/b&gt; Beim ersten Mal fragt Windows, ob die App in Netzwerken kommunizieren darf (private Netzwerke erlauben), und macOS, ob sie eingehende Verbindungen annehmen darf (Erlauben). Ohne das erreichen die Smartphones den Raum nicht.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Beitreten.&lt;/b&gt; Die Teilnehmenden scannen den QR-Code auf der Seite „Bewertung“ und in der Präsentationsansicht oder tippen die Adresse ein und tippen dann auf ihren Namen. Namenskarten mit persönlichem Code druckt das Menü Workshop.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Geräte.&lt;/b&gt; Ein zweites Smartphone auf einem schon vergebenen Namen wartet, bis Sie es auf der Seite „Bewertung“ zulassen; Freigeben macht einen Namen wieder frei, Sperren schließt ein Smartphone aus.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bewerten.&lt;/b&gt; Jede Antwort wird sofort gespeichert; ein Smartphone ohne Netz behält seine Antworten und sendet sie, sobald es wieder verbunden ist. Raum schließen beendet den Raum.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="228"/>
        <source>&lt;p&gt;The same method is used in the app, the command line and every report.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Each rating is first put on a scale from 0 to 1: the bottom of the criterion&apos;s scale becomes 0, the top 1. Where lower is better (risk, cost, complexity) the scale is turned round.&lt;/li&gt;&lt;li&gt;A participant&apos;s score for a proposal is the average of those 0–1 ratings, each weighted by its criterion&apos;s weight, over the criteria they rated. A criterion left empty is left out — it never counts as zero.&lt;/li&gt;&lt;li&gt;A proposal&apos;s &lt;b&gt;score&lt;/b&gt; is 100 × the average of its participants&apos; scores. The &lt;b&gt;PMO score&lt;/b&gt; and the &lt;b&gt;TMO score&lt;/b&gt; are the same average over each office&apos;s participants, and the &lt;b&gt;gap&lt;/b&gt; is the PMO score minus the TMO score. The same is done criterion by criterion: those are the cells of the gap view.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dissent&lt;/b&gt; shows how far apart the room is: the spread (standard deviation) of the participants&apos; scores divided by 50, so 0 is full agreement and 1 a room split into two extremes. It is flagged at the workshop&apos;s own threshold (Set-up; new workshops take the one in Preferences, 0.3 unless changed).&lt;/li&gt;&lt;li&gt;In office-tagged and anonymous workshops an office&apos;s figure is shown only when at least two of its participants gave it; otherwise it reads —.&lt;/li&gt;&lt;li&gt;Proposals are &lt;b&gt;ranked&lt;/b&gt; by score, and equal scores share a rank. The latest closed round holding ratings counts unless you choose another round on the Results tab; the minutes and the results workbook print that round.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;budget fit&lt;/b&gt; is the set of proposals with the highest total score whose costs fit the budget, found exactly rather than by a rule of thumb.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Dieselbe Methode gilt in der Anwendung, auf der Kommandozeile und in jedem Bericht.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Jede Bewertung wird zuerst auf eine Skala von 0 bis 1 gebracht: Das untere Ende der Skala des Kriteriums wird zu 0, das obere zu 1. Wo niedriger besser ist (Risiko, Kosten, Komplexität), wird die Skala umgedreht.&lt;/li&gt;&lt;li&gt;Die Punktzahl eines Teilnehmers für einen Vorschlag ist der Mittelwert dieser 0–1-Bewertungen, jeweils gewichtet mit der Gewichtung ihres Kriteriums, über die Kriterien, die er bewertet hat. Ein leer gelassenes Kriterium bleibt außen vor — es zählt nie als null.&lt;/li&gt;&lt;li&gt;Die &lt;b&gt;Punktzahl&lt;/b&gt; eines Vorschlags ist 100 × der Mittelwert der Punktzahlen seiner Teilnehmenden. &lt;b&gt;PMO-Punktzahl&lt;/b&gt; und &lt;b&gt;TMO-Punktzahl&lt;/b&gt; sind derselbe Mittelwert über die Teilnehmenden des jeweiligen Office, und die &lt;b&gt;Abweichung&lt;/b&gt; ist die PMO-Punktzahl minus die TMO-Punktzahl. Dasselbe geschieht Kriterium für Kriterium: Das sind die Zellen der Abweichungsansicht.&lt;/li&gt;&lt;li&gt;Der &lt;b&gt;Dissens&lt;/b&gt; zeigt, wie weit die Meinungen im Raum auseinanderliegen: die Streuung (Standardabweichung) der Punktzahlen der Teilnehmenden geteilt durch 50, sodass 0 volle Einigkeit ist und 1 ein in zwei Extreme gespaltener Raum. Er wird ab der eigenen Schwelle des Workshops markiert (Vorbereitung; neue Workshops übernehmen die aus den Einstellungen, 0,3, sofern nicht geändert).&lt;/li&gt;&lt;li&gt;In Workshops mit der Anonymität „Nach Office“ oder „Anonym“ wird die Zahl eines Office nur gezeigt, wenn mindestens zwei seiner Teilnehmenden bewertet haben; sonst steht dort —.&lt;/li&gt;&lt;li&gt;Vorschläge werden nach Punktzahl &lt;b&gt;gereiht&lt;/b&gt;, gleiche Punktzahlen teilen sich einen Rang. Es zählt die letzte geschlossene Runde mit Bewertungen, sofern Sie auf der Seite „Ergebnisse“ keine andere Runde wählen; Protokoll und Ergebnis-Arbeitsmappe geben diese Runde aus.&lt;/li&gt;&lt;li&gt;Die &lt;b&gt;Budget-Passung&lt;/b&gt; ist die Auswahl von Vorschlägen mit der höchsten Gesamtpunktzahl, deren Kosten in das Budget passen, exakt ermittelt statt mit einer Faustregel.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="256"/>
        <source>&lt;p&gt;A workspace is &lt;b&gt;one file&lt;/b&gt;, for example &lt;i&gt;acme.pmotmo&lt;/i&gt;. There is no Save: every edit and every rating is written to the file the moment it is made, so nothing is lost if the laptop crashes or its battery runs out. Edit → Undo takes a change back — but never a rating someone entered, nor a round.&lt;/p&gt;&lt;p&gt;While a workspace is open it is &lt;b&gt;backed up&lt;/b&gt; every few minutes into a folder beside it (&lt;i&gt;acme.pmotmo.backups&lt;/i&gt;), and also before every import, upgrade and restore. &lt;b&gt;File → Restore Backup&lt;/b&gt; puts a backup back, after backing up the current state first, so even a restore can be undone.&lt;/p&gt;&lt;p&gt;File → Save As continues in a copy; File → Export to Excel writes the methodology, the RACI matrix and its findings to a workbook.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Arbeitsbereich ist &lt;b&gt;eine Datei&lt;/b&gt;, zum Beispiel &lt;i&gt;acme.pmotmo&lt;/i&gt;. Es gibt kein Speichern: Jede Änderung und jede Bewertung wird in die Datei geschrieben, sobald sie erfolgt, sodass nichts verloren geht, wenn der Laptop abstürzt oder sein Akku leer ist. Bearbeiten → Rückgängig nimmt eine Änderung zurück — aber nie eine Bewertung, die jemand eingegeben hat, und keine Runde.&lt;/p&gt;&lt;p&gt;Solange ein Arbeitsbereich geöffnet ist, wird er alle paar Minuten in einen Ordner daneben &lt;b&gt;gesichert&lt;/b&gt; (&lt;i&gt;acme.pmotmo.backups&lt;/i&gt;), außerdem vor jedem Import, jedem Upgrade und jeder Wiederherstellung. &lt;b&gt;Datei → Sicherung wiederherstellen&lt;/b&gt; spielt eine Sicherung zurück, nachdem zuvor der aktuelle Stand gesichert wurde, sodass sich selbst eine Wiederherstellung rückgängig machen lässt.&lt;/p&gt;&lt;p&gt;Datei → Speichern unter arbeitet in einer Kopie weiter; Datei → Nach Excel exportieren schreibt die Methodik, die RACI-Matrix und ihre Befunde in eine Arbeitsmappe.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="300"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="175"/>
        <source>Group of alternatives</source>
        <translation>Alternativengruppe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="175"/>
        <source>At most funded</source>
        <translation>Max. finanziert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="179"/>
        <source>Proposals name the group in their Group column</source>
        <translation>Vorschläge nennen die Gruppe in ihrer Spalte Gruppe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="180"/>
        <source>How many of the group&apos;s proposals may be funded (a group not listed: 1)</source>
        <translation>Wie viele Vorschläge der Gruppe finanziert werden dürfen (nicht aufgeführte Gruppe: 1)</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="185"/>
        <source>Role handbook</source>
        <translation>Rollenhandbuch</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="186"/>
        <source>Role handbook: {methodology}</source>
        <translation>Rollenhandbuch: {methodology}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="187"/>
        <source>Who does what in the common PMO–TMO methodology</source>
        <translation>Wer was tut in der gemeinsamen PMO–TMO-Methodik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="188"/>
        <source>Roles and responsibilities in {methodology}</source>
        <translation>Rollen und Verantwortlichkeiten in {methodology}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="190"/>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="39"/>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="192"/>
        <source>methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="197"/>
        <source>Role handbook · {date}</source>
        <translation>Rollenhandbuch · {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="199"/>
        <source>Prepared with PMO–TMO Desktop on {date}.</source>
        <translation>Erstellt mit PMO–TMO Desktop am {date}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="38"/>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="202"/>
        <source>RACI variant</source>
        <translation>RACI-Variante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="45"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="204"/>
        <source>{n} in %n office(s) ({by_office})</source>
        <translation>
            <numerusform>{n} in %n Office ({by_office})</numerusform>
            <numerusform>{n} in %n Offices ({by_office})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="205"/>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="206"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="207"/>
        <source>Gates, reviews and sign-offs</source>
        <translation>Gates, Reviews und Freigaben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="208"/>
        <source>About this handbook</source>
        <translation>Über dieses Handbuch</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="209"/>
        <source>One section per role, grouped by office: what the role is for, every activity in which it holds a letter of the RACI matrix, the gates, reviews and sign-offs it approves, and the roles of the other office it works with most. Read your own role, then the roles you work with: each office can see what the other does.</source>
        <translation>Ein Abschnitt je Rolle, gruppiert nach Office: wofür die Rolle da ist, jede Aktivität, in der sie einen Buchstaben der RACI-Matrix hat, die Gates, Reviews und Freigaben, die sie freigibt, und die Rollen des anderen Office, mit denen sie am engsten zusammenarbeitet. Lesen Sie Ihre eigene Rolle, dann die Rollen, mit denen Sie zusammenarbeiten: So sieht jedes Office, was das andere tut.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="216"/>
        <source>The offices</source>
        <translation>Die Offices</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="217"/>
        <source>Owns activities</source>
        <translation>Eigene Aktivitäten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="218"/>
        <source>The letters</source>
        <translation>Die Buchstaben</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="220"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n Rolle</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="46"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="222"/>
        <source>Approves</source>
        <translation>Gibt frei</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="223"/>
        <source>{office} · %n activities</source>
        <translation>
            <numerusform>{office} · %n Aktivität</numerusform>
            <numerusform>{office} · %n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="224"/>
        <source>Holds no letter in the RACI matrix.</source>
        <translation>Hat keinen Buchstaben in der RACI-Matrix.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="40"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="41"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="42"/>
        <source>Deliverables</source>
        <translation>Lieferobjekte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="228"/>
        <source>{kind} · {office}</source>
        <translation>{kind} · {office}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="229"/>
        <source>Approves at gates, reviews and sign-offs</source>
        <translation>Gibt frei bei Gates, Reviews und Freigaben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="43"/>
        <source>Control point</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="44"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="232"/>
        <source>Approves with</source>
        <translation>Gibt frei zusammen mit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="233"/>
        <source>Sole approver</source>
        <translation>Gibt allein frei</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="234"/>
        <source>Phase: {phase}</source>
        <translation>Phase: {phase}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="235"/>
        <source>{phase} · {activity}</source>
        <translation>{phase} · {activity}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="236"/>
        <source>Works most with in the other office</source>
        <translation>Engste Zusammenarbeit im anderen Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="237"/>
        <source>Works most with in the PMO and the TMO</source>
        <translation>Engste Zusammenarbeit in PMO und TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="238"/>
        <source>Roles holding a letter in the same activities, most shared first.</source>
        <translation>Rollen mit einem Buchstaben in denselben Aktivitäten, die mit den meisten gemeinsamen zuerst.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="47"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="242"/>
        <source>Shared activities</source>
        <translation>Gemeinsame Aktivitäten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="243"/>
        <source>Shares no activity with the other office.</source>
        <translation>Teilt keine Aktivität mit dem anderen Office.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="245"/>
        <source>Accountable for…</source>
        <translation>Rechenschaftspflichtig für…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="246"/>
        <source>Responsible for…</source>
        <translation>Verantwortlich für…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="247"/>
        <source>Consulted on…</source>
        <translation>Konsultiert zu…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="248"/>
        <source>Informed of…</source>
        <translation>Informiert über…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="163"/>
        <source>Signs off…</source>
        <translation>Zeichnet ab…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="164"/>
        <source>Verifies…</source>
        <translation>Prüft…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="168"/>
        <source>Signs off</source>
        <translation>Zeichnet ab</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="173"/>
        <source>approves the finished result formally and signs it off.</source>
        <translation>gibt das fertige Ergebnis formell frei und zeichnet es ab.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="174"/>
        <source>checks the result against the agreed criteria before it is signed off.</source>
        <translation>prüft das Ergebnis vor der Abzeichnung gegen die vereinbarten Kriterien.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="169"/>
        <source>Verifies</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="249"/>
        <source>Supports…</source>
        <translation>Unterstützt…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="250"/>
        <source>Verifies and signs…</source>
        <translation>Prüft und zeichnet…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="253"/>
        <source>Accountable</source>
        <translation>Rechenschaftspflichtig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="254"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="255"/>
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="256"/>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="257"/>
        <source>Supports</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="258"/>
        <source>Verifies and signs</source>
        <translation>Prüft und zeichnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="261"/>
        <source>owns the outcome and answers for it; exactly one role per activity.</source>
        <translation>ist für das Ergebnis rechenschaftspflichtig und steht dafür ein; genau eine Rolle je Aktivität.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="264"/>
        <source>does the work; at least one role per activity.</source>
        <translation>erledigt die Arbeit; mindestens eine Rolle je Aktivität.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="265"/>
        <source>is asked before the work is done or decided: a two-way exchange.</source>
        <translation>wird gefragt, bevor die Arbeit erledigt oder entschieden wird: ein Austausch in beide Richtungen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="268"/>
        <source>is told of the progress or the result: one way.</source>
        <translation>wird über den Fortschritt oder das Ergebnis informiert: in eine Richtung.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="269"/>
        <source>helps the responsible roles with resources or expertise.</source>
        <translation>unterstützt die verantwortlichen Rollen mit Ressourcen oder Fachwissen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="270"/>
        <source>checks the result against the criteria and signs it off.</source>
        <translation>prüft das Ergebnis anhand der Kriterien und gibt es frei.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="273"/>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="274"/>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="275"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="278"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="279"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="280"/>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="59"/>
        <source>unknown phase &apos;{name}&apos;: not in the Methodology sheet</source>
        <translation>unbekannte Phase &apos;{name}&apos;: nicht im Blatt Methodology</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="74"/>
        <source>unknown activity &apos;{name}&apos; in phase &apos;{phase}&apos;</source>
        <translation>unbekannte Aktivität &apos;{name}&apos; in Phase &apos;{phase}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="86"/>
        <source>unknown role &apos;{name}&apos; as approver</source>
        <translation>unbekannte Rolle &apos;{name}&apos; als Genehmiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="147"/>
        <source>the control point&apos;s name is empty</source>
        <translation>der Name des Kontrollpunkts ist leer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="105"/>
        <source>kind &apos;{value}&apos; must be one of: {allowed}</source>
        <translation>Typ &apos;{value}&apos; muss eine der folgenden sein: {allowed}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="122"/>
        <source>the deliverable&apos;s name is empty</source>
        <translation>der Name des Lieferobjekts ist leer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="128"/>
        <source>deliverable &apos;{name}&apos; appears twice (also row {row})</source>
        <translation>Lieferobjekt &apos;{name}&apos; kommt doppelt vor (auch Zeile {row})</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="43"/>
        <source>Import from Excel</source>
        <translation>Aus Excel importieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="56"/>
        <source>Read &amp;as:</source>
        <translation>&amp;Lesen als:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="114"/>
        <source>exported by PMO–TMO Desktop</source>
        <translation>aus PMO–TMO Desktop exportiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="116"/>
        <source>a hand-made matrix</source>
        <translation>eine selbst erstellte Matrix</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="119"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;, sheet &lt;b&gt;{sheet}&lt;/b&gt; ({layout})</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;, Tabellenblatt &lt;b&gt;{sheet}&lt;/b&gt; ({layout})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="122"/>
        <source>{roles} ({new} new), {activities} ({new_a} new), {cells}</source>
        <translation>{roles} ({new} neu), {activities} ({new_a} neu), {cells}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="132"/>
        <source>Read as: {reading}</source>
        <translation>Gelesen als: {reading}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="139"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="159"/>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="141"/>
        <source>New roles: {names}{more}</source>
        <translation>Neue Rollen: {names}{more}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="145"/>
        <source>New offices (from the row above the roles): {names}</source>
        <translation>Neue Offices (aus der Zeile über den Rollen): {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="151"/>
        <source>Rows read as phases: {cells}</source>
        <translation>Als Phasen gelesene Zeilen: {cells}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="154"/>
        <source>Activity ids (such as 1.1) are kept out of the names.</source>
        <translation>Aktivitätsnummern (wie 1.1) bleiben aus den Namen heraus.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="62"/>
        <source>Matched cells take the workbook&apos;s letters. Nothing is deleted unless you ask for it below. A backup is taken first, and Edit → Undo takes the whole import back.</source>
        <translation>Zugeordnete Zellen übernehmen die Buchstaben der Arbeitsmappe. Gelöscht wird nur, wenn Sie es unten ausdrücklich wählen. Vorher wird eine Sicherung erstellt, und Bearbeiten → Rückgängig nimmt den gesamten Import zurück.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="68"/>
        <source>&amp;Remove activities and roles the workbook does not have</source>
        <translation>Aktivitäten und Rollen, die die Arbeitsmappe nicht enthält, &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="72"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="132"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="91"/>
        <source>Set-up</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="92"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="93"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="94"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="95"/>
        <source>Decisions &amp;&amp; actions</source>
        <translation>Entscheidungen &amp;&amp; Maßnahmen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="149"/>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="150"/>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="151"/>
        <source>Roles &amp; offices</source>
        <translation>Rollen &amp; Offices</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="152"/>
        <source>Alignment</source>
        <translation>Verzahnung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="153"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="188"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="189"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="190"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="191"/>
        <source>Restore &amp;Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="195"/>
        <source>&amp;Export to Excel…</source>
        <translation>Nach Excel e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="198"/>
        <source>&amp;Import from Excel…</source>
        <translation>Aus Excel &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="201"/>
        <source>Workspace &amp;Properties…</source>
        <translation>Arbeitsbereich-&amp;Eigenschaften…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="204"/>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="206"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="210"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="406"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="211"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="409"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="224"/>
        <source>&amp;Methodology</source>
        <translation>&amp;Methodik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="225"/>
        <source>&amp;RACI Matrix</source>
        <translation>&amp;RACI-Matrix</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="226"/>
        <source>R&amp;oles and Offices</source>
        <translation>R&amp;ollen und Offices</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="227"/>
        <source>&amp;Alignment</source>
        <translation>&amp;Verzahnung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="228"/>
        <source>&amp;Workshops</source>
        <translation>&amp;Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="238"/>
        <source>Presenter &amp;Full Screen</source>
        <translation>Präsentation im Voll&amp;bild</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="243"/>
        <source>Workshop &amp;List</source>
        <translation>Workshop-&amp;Liste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="233"/>
        <source>&amp;Presenter View</source>
        <translation>&amp;Präsentationsansicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="248"/>
        <source>&amp;About PMO–TMO Desktop</source>
        <translation>Ü&amp;ber PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="252"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="255"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="271"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="288"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="295"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="315"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/context.py" line="102"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="406"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="409"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederherstellen: {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="460"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="483"/>
        <source>Change workspace properties</source>
        <translation>Eigenschaften des Arbeitsbereichs ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="491"/>
        <source>About PMO–TMO Desktop</source>
        <translation>Über PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="493"/>
        <source>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;One common delivery methodology for the Project and the Technical Management Office, a RACI matrix that checks their integration, and joint workshops to assess proposals.&lt;/p&gt;&lt;p&gt;Works offline; your data stays in your workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;Eine gemeinsame Vorgehensmethodik für das Project und das Technical Management Office, eine RACI-Matrix, die ihr Zusammenspiel prüft, und gemeinsame Workshops zur Bewertung von Vorschlägen.&lt;/p&gt;&lt;p&gt;Funktioniert offline; Ihre Daten bleiben in Ihrer Arbeitsbereichsdatei.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="361"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="363"/>
        <source>PMO–TMO workspaces (*.pmotmo);;All files (*)</source>
        <translation>PMO–TMO-Arbeitsbereiche (*.pmotmo);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="371"/>
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="373"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="383"/>
        <source>Import from Excel</source>
        <translation>Aus Excel importieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="385"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="393"/>
        <source>Save workspace as</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="395"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>PMO–TMO-Arbeitsbereiche (*.pmotmo)</translation>
    </message>
</context>
<context>
    <name>MethodologyArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="53"/>
        <source>Search phases, activities, deliverables, gates…</source>
        <translation>Phasen, Aktivitäten, Lieferobjekte, Gates … suchen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="54"/>
        <source>Search the methodology</source>
        <translation>Methodik durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="59"/>
        <source>Methodology: phases, activities, deliverables</source>
        <translation>Methodik: Phasen, Aktivitäten, Lieferobjekte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="116"/>
        <source>New Phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="119"/>
        <source>New Activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="122"/>
        <source>New Deliverable</source>
        <translation>Neues Lieferobjekt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="125"/>
        <source>New Gate or Review</source>
        <translation>Neues Gate oder Review</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="128"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="130"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="131"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="160"/>
        <source>{phases} · {activities} · {deliverables} · {controls} · {roles} in {offices}</source>
        <translation>{phases} · {activities} · {deliverables} · {controls} · {roles} in {offices}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="217"/>
        <source>Edit {what}</source>
        <translation>{what} bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="225"/>
        <source>Change approvers</source>
        <translation>Freigebende ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="231"/>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="232"/>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="233"/>
        <source>deliverable</source>
        <translation>Lieferobjekt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="234"/>
        <source>gate or review</source>
        <translation>Gate oder Review</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="262"/>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="268"/>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="275"/>
        <source>New deliverable</source>
        <translation>Neues Lieferobjekt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="284"/>
        <source>New gate</source>
        <translation>Neues Gate</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="287"/>
        <source>Add {what}</source>
        <translation>{what} hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="299"/>
        <source>Delete {what}</source>
        <translation>{what} löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="303"/>
        <source>Deleted — Ctrl+Z brings it back</source>
        <translation>Gelöscht — Strg+Z holt es zurück</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="330"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="347"/>
        <source>Move {what}</source>
        <translation>{what} verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="62"/>
        <source>Ins adds an activity, Ctrl+Ins a deliverable, Shift+Ins a gate or review, Ctrl+Shift+N a phase; F2 renames, Delete deletes, Ctrl+Up and Ctrl+Down move</source>
        <translation>Einfg fügt eine Aktivität hinzu, Strg+Einfg ein Lieferobjekt, Umschalt+Einfg ein Gate oder Review, Strg+Umschalt+N eine Phase; F2 benennt um, Entf löscht, Strg+↑ und Strg+↓ verschieben</translation>
    </message>
</context>
<context>
    <name>MethodologyTree</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="153"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="155"/>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="156"/>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="157"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="158"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="159"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="160"/>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="164"/>
        <source>{kind} deliverable</source>
        <translation>Lieferobjekt ({kind})</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="172"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="176"/>
        <source>Approved by {roles}</source>
        <translation>Freigabe durch {roles}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="189"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="190"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="191"/>
        <source>Owning office</source>
        <translation>Zuständiges Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="192"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>MethodologyWorkbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="54"/>
        <source>Control points</source>
        <translation>Kontrollpunkte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="59"/>
        <source>Findings</source>
        <comment>a sheet&apos;s name</comment>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="60"/>
        <source>Lists</source>
        <comment>the name of a hidden sheet holding dropdown lists</comment>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="65"/>
        <source>Deliverable</source>
        <translation>Lieferobjekt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="68"/>
        <source>Approvers</source>
        <translation>Freigebende</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="71"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="72"/>
        <source>Owning office</source>
        <translation>Zuständiges Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="73"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="78"/>
        <source>R count</source>
        <comment>how many activities a role is R in</comment>
        <translation>Anzahl R</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="79"/>
        <source>A count</source>
        <comment>how many activities a role is A in</comment>
        <translation>Anzahl A</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="80"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="81"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="82"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="83"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="84"/>
        <source>Responsible: does the work</source>
        <translation>Verantwortlich: erledigt die Arbeit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="85"/>
        <source>Accountable: owns the outcome (one per activity)</source>
        <translation>Rechenschaftspflichtig: verantwortet das Ergebnis (eine Rolle je Aktivität)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="88"/>
        <source>Supportive: helps the responsible roles</source>
        <translation>Unterstützend: hilft den verantwortlichen Rollen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="89"/>
        <source>Consulted: asked before (two-way)</source>
        <translation>Konsultiert: wird vorher gefragt (in beide Richtungen)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="90"/>
        <source>Informed: told after (one-way)</source>
        <translation>Informiert: wird danach unterrichtet (in eine Richtung)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="91"/>
        <source>Verifies: checks the result</source>
        <translation>Prüft: kontrolliert das Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="92"/>
        <source>Signs: approves the result</source>
        <translation>Zeichnet: gibt das Ergebnis frei</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="93"/>
        <source>RACI letters</source>
        <comment>the title of a message; at most 32 characters</comment>
        <translation>RACI-Buchstaben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="96"/>
        <source>Choose letters from the list, or leave the cell empty.</source>
        <translation>Wählen Sie Buchstaben aus der Liste oder lassen Sie die Zelle leer.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="23"/>
        <source>en</source>
        <comment>the ISO 639-1 code of this translation&apos;s language</comment>
        <translation>de</translation>
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
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="145"/>
        <source>Minutes of the workshop {title}</source>
        <translation>Protokoll des Workshops {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="146"/>
        <source>minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="107"/>
        <source>workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="13"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="14"/>
        <source>The set of proposals with the highest total score that the workshop&apos;s rules allow (computed exactly). It informs the decisions; it does not take them.</source>
        <translation>Die Auswahl von Vorschlägen mit der höchsten Gesamtpunktzahl, die die Regeln des Workshops zulassen (exakt berechnet). Sie dient als Entscheidungsgrundlage; sie ersetzt keine Entscheidung.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="19"/>
        <source>The rules</source>
        <translation>Die Regeln</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="21"/>
        <source>No budget set</source>
        <translation>Kein Budget festgelegt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="22"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="23"/>
        <source>at most {limit}</source>
        <translation>höchstens {limit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="24"/>
        <source>No proposal has a rule of its own.</source>
        <translation>Für keinen Vorschlag gilt eine eigene Regel.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="25"/>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="26"/>
        <source>Must fund</source>
        <translation>Muss finanziert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="27"/>
        <source>Must not fund</source>
        <translation>Darf nicht finanziert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="28"/>
        <source>Requires</source>
        <translation>Erfordert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="29"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="30"/>
        <source>{group} (at most {limit})</source>
        <translation>{group} (höchstens {limit})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="31"/>
        <source>The funded set</source>
        <translation>Die finanzierte Auswahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="38"/>
        <source>must</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="39"/>
        <source>must: funded because the rules say it must be.</source>
        <translation>Pflicht: finanziert, weil die Regeln es vorschreiben.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="40"/>
        <source>Cost {cost} of {budget}.</source>
        <translation>Kosten {cost} von {budget}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="41"/>
        <source>Cost {cost} (no budget set).</source>
        <translation>Kosten {cost} (kein Budget festgelegt).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="42"/>
        <source>{resource} {used} of {limit}.</source>
        <translation>{resource} {used} von {limit}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="43"/>
        <source>No proposal can be funded under these rules.</source>
        <translation>Nach diesen Regeln kann kein Vorschlag finanziert werden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="44"/>
        <source>These rules cannot all hold together, so no set is proposed:</source>
        <translation>Diese Regeln sind nicht alle gleichzeitig erfüllbar, daher wird keine Auswahl vorgeschlagen:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="47"/>
        <source>Funded as a must without a cost (counted as 0): {titles}.</source>
        <translation>Als Pflicht ohne Kosten finanziert (mit 0 gezählt): {titles}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="48"/>
        <source>The efficient frontier</source>
        <translation>Die Effizienzgrenze</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="49"/>
        <source>The best total score each budget can buy under the rules, beside funding strictly in rank order until the money runs out.</source>
        <translation>Die beste Gesamtpunktzahl, die jedes Budget nach den Regeln erreichen kann, daneben die Finanzierung streng nach Rangfolge, bis das Geld aufgebraucht ist.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="54"/>
        <source>With this many proposals the frontier is drawn from the best set at {n} budgets, each exact; a change between two of them may not show.</source>
        <translation>Bei so vielen Vorschlägen wird die Effizienzgrenze aus der besten Auswahl bei {n} Budgets gezeichnet, jede exakt berechnet; eine Änderung zwischen zwei davon ist möglicherweise nicht sichtbar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="59"/>
        <source>Best set for the budget</source>
        <translation>Beste Auswahl je Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="60"/>
        <source>In rank order</source>
        <translation>Nach Rangfolge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="61"/>
        <source>Budget {budget}</source>
        <translation>Budget {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="64"/>
        <source>No frontier can be drawn: no proposal has both a score and a cost.</source>
        <translation>Keine Effizienzgrenze darstellbar: Kein Vorschlag hat sowohl eine Punktzahl als auch Kosten.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="67"/>
        <source>What each office alone would fund</source>
        <translation>Was jedes Office allein finanzieren würde</translation>
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
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="71"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="72"/>
        <source>only PMO</source>
        <translation>nur PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="73"/>
        <source>only TMO</source>
        <translation>nur TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="74"/>
        <source>Each column is the set the same rules fund on that office&apos;s scores alone; the joint set is the one above. Proposals no set funds are left out.</source>
        <translation>Jede Spalte ist die Auswahl, die dieselben Regeln allein auf Grundlage der Punktzahlen dieses Office finanzieren; die gemeinsame Auswahl ist die obige. Vorschläge, die keine Auswahl finanziert, sind nicht aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="79"/>
        <source>— withheld: fewer than two participants of an office rated it, so its figure is not used (the proposal counts as not rated by that office).</source>
        <translation>— zurückgehalten: Weniger als zwei Teilnehmende eines Office haben bewertet, daher wird seine Zahl nicht verwendet (der Vorschlag gilt als von diesem Office nicht bewertet).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="84"/>
        <source>— withheld: the office&apos;s figures are withheld for privacy, so no set of its own is shown.</source>
        <translation>— zurückgehalten: Die Zahlen des Office werden aus Datenschutzgründen zurückgehalten, daher wird keine eigene Auswahl gezeigt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="89"/>
        <source>No proposal is funded by any set.</source>
        <translation>Keine der Auswahlen finanziert einen Vorschlag.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="90"/>
        <source>How far the weights may move</source>
        <translation>Wie weit sich die Gewichtungen verschieben dürfen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="91"/>
        <source>Per criterion, its weight now and the weights between which the top-ranked proposal and the funded set stay the same, the other weights held.</source>
        <translation>Je Kriterium seine jetzige Gewichtung und die Gewichtungen, zwischen denen der Vorschlag auf Platz 1 und die finanzierte Auswahl gleich bleiben, bei unveränderten übrigen Gewichtungen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="98"/>
        <source>Same top proposal</source>
        <translation>Gleicher Vorschlag auf Platz 1</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="99"/>
        <source>Same funded set</source>
        <translation>Gleiche finanzierte Auswahl</translation>
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
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="103"/>
        <source>How often each proposal is funded</source>
        <translation>Wie oft jeder Vorschlag finanziert wird</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="104"/>
        <source>Funded in</source>
        <translation>Finanziert in</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="105"/>
        <source>Share of the {draws} random weight draws under which each proposal is funded. Each draw multiplies every criterion&apos;s weight by its own random factor (log-normal, median 1, spread {spread}); the draws are seeded, so the same workshop always gives the same shares.</source>
        <translation>Anteil der {draws} zufälligen Ziehungen der Gewichtungen, bei denen jeder Vorschlag finanziert wird. Jede Ziehung multipliziert die Gewichtung jedes Kriteriums mit einem eigenen Zufallsfaktor (log-normalverteilt, Median 1, Streuung {spread}); die Ziehungen beruhen auf einem festen Startwert, sodass derselbe Workshop immer dieselben Anteile ergibt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="110"/>
        <source>proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="83"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="148"/>
        <source>Minutes · {date}</source>
        <translation>Protokoll · {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="84"/>
        <source>Prepared with PMO–TMO Desktop on {date}.</source>
        <translation>Erstellt mit PMO–TMO Desktop am {date}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="85"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="86"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="87"/>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="88"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="89"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="90"/>
        <source>Ratings shown</source>
        <translation>Angezeigte Bewertungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="138"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="139"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="140"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="160"/>
        <source>{n} recorded, {done} done</source>
        <translation>{n} erfasst, {done} erledigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="20"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="62"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="91"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="162"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="92"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="164"/>
        <source>Attendees</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="165"/>
        <source>Agenda and notes</source>
        <translation>Agenda und Notizen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="166"/>
        <source>Proposals assessed</source>
        <translation>Bewertete Vorschläge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="168"/>
        <source>PMO–TMO gap view</source>
        <translation>PMO–TMO-Abweichungsansicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="169"/>
        <source>Budget fit</source>
        <translation>Budget-Passung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="172"/>
        <source>Amendments since the workshop closed</source>
        <translation>Änderungsvermerke seit Abschluss des Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="173"/>
        <source>These minutes are re-issued: the corrections below were recorded after the workshop was closed, with their reasons.</source>
        <translation>Dieses Protokoll wird neu herausgegeben: Die folgenden Korrekturen wurden nach Abschluss des Workshops erfasst, jeweils mit Begründung.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="178"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="179"/>
        <source>What changed</source>
        <translation>Was wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="180"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="181"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="182"/>
        <source>Rounds</source>
        <translation>Bewertungsrunden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="183"/>
        <source>Assessment method</source>
        <translation>Bewertungsmethode</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="104"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="105"/>
        <source>Title</source>
        <comment>a participant&apos;s job title</comment>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="106"/>
        <source>No office</source>
        <translation>Kein Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="187"/>
        <source>Item and notes</source>
        <translation>Punkt und Notizen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="93"/>
        <source>No.</source>
        <comment>number, as a column heading</comment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="189"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="190"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="94"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="95"/>
        <source>Presenter: {name}</source>
        <translation>Präsentiert von: {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="32"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="97"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="98"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="35"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="195"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="196"/>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="197"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="33"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="198"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="34"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="199"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="202"/>
        <source>Gap</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="203"/>
        <source>Dissent</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="96"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="99"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="97"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="100"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="206"/>
        <source>Set weight</source>
        <translation>Festgelegte Gewichtung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="207"/>
        <source>Group weight (AHP)</source>
        <translation>Gruppengewichtung (AHP)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="208"/>
        <source>Criterion weights: set by the facilitator.</source>
        <translation>Kriteriengewichtungen: von der Moderation festgelegt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="209"/>
        <source>Criterion weights: adopted from the participants&apos; pairwise comparisons (AHP) on {date}; consistency ratio of the group {cr}.</source>
        <translation>Kriteriengewichtungen: am {date} aus den Paarvergleichen der Teilnehmenden (AHP) übernommen; Konsistenzverhältnis der Gruppe {cr}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="101"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="102"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="103"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="217"/>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="218"/>
        <source>Rated higher by</source>
        <translation>Höher bewertet von</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="36"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="219"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="220"/>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="221"/>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="222"/>
        <source>Rationale and conditions</source>
        <translation>Begründung und Auflagen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="223"/>
        <source>Decided {date}</source>
        <translation>Entschieden am {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="224"/>
        <source>Rank {rank} · score {score}</source>
        <translation>Rang {rank} · Punktzahl {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="225"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="226"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="227"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="228"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="229"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="230"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="231"/>
        <source>Blind</source>
        <translation>Blind</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="232"/>
        <source>Open rating</source>
        <translation>Offene Bewertung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="233"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="141"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="246"/>
        <source>Not shown: %n proposal(s) without both a PMO and a TMO score.</source>
        <translation>
            <numerusform>Nicht dargestellt: %n Vorschlag ohne PMO- oder ohne TMO-Punktzahl.</numerusform>
            <numerusform>Nicht dargestellt: %n Vorschläge ohne PMO- oder ohne TMO-Punktzahl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="249"/>
        <source>Not shown: %n proposal(s) without both a PMO and a TMO score, {withheld} of them because an office&apos;s score is withheld for privacy (fewer than two of its participants rated the proposal).</source>
        <translation>
            <numerusform>Nicht dargestellt: %n Vorschlag ohne PMO- oder ohne TMO-Punktzahl, davon {withheld}, weil die Punktzahl eines Office aus Datenschutzgründen zurückgehalten wird (weniger als zwei seiner Teilnehmenden haben den Vorschlag bewertet).</numerusform>
            <numerusform>Nicht dargestellt: %n Vorschläge ohne PMO- oder ohne TMO-Punktzahl, davon {withheld}, weil die Punktzahl eines Office aus Datenschutzgründen zurückgehalten wird (weniger als zwei seiner Teilnehmenden haben den Vorschlag bewertet).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="262"/>
        <source>— withheld: fewer than two participants of an office rated it; the other office&apos;s figure beside it is withheld too, and so are the median, minimum and maximum, so that no figure shows one person&apos;s rating.</source>
        <translation>— zurückgehalten: Weniger als zwei Teilnehmende eines Office haben bewertet; die Zahl des anderen Office daneben wird ebenfalls zurückgehalten, ebenso Median, Minimum und Maximum, damit keine Zahl die Bewertung einer einzelnen Person zeigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="299"/>
        <source>%n proposal(s), total cost {cost} of {budget} ({share}), {left} left over.</source>
        <translation>
            <numerusform>%n Vorschlag, Gesamtkosten {cost} von {budget} ({share}), {left} verbleiben.</numerusform>
            <numerusform>%n Vorschläge, Gesamtkosten {cost} von {budget} ({share}), {left} verbleiben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="338"/>
        <source>Dissent = the standard deviation of the participants&apos; scores ÷ 50: 0 is full agreement, 1 a complete split. A dissent of {threshold} or more (this workshop&apos;s threshold) is flagged.</source>
        <translation>Dissens = die Standardabweichung der Punktzahlen der Teilnehmenden ÷ 50: 0 ist volle Einigkeit, 1 eine vollständige Spaltung. Ein Dissens von {threshold} oder mehr (die Schwelle dieses Workshops) wird markiert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="344"/>
        <source>A ballot is complete when every proposal × criterion cell holds a rating or &quot;can&apos;t judge&quot;. &quot;Can&apos;t judge&quot; is left out of the scores like a missing rating; the scores use every rating given, complete ballot or not.</source>
        <translation>Ein Bewertungsbogen ist vollständig, wenn jede Zelle Vorschlag × Kriterium eine Bewertung oder „nicht beurteilbar“ enthält. „Nicht beurteilbar“ bleibt in den Punktzahlen wie eine fehlende Bewertung außen vor; die Punktzahlen verwenden jede abgegebene Bewertung, ob der Bewertungsbogen vollständig ist oder nicht.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="364"/>
        <source>The results are from round {n}, the latest closed round with ratings.</source>
        <translation>Die Ergebnisse stammen aus Runde {n}, der letzten geschlossenen Runde mit Bewertungen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="236"/>
        <source>{rated} of {total}</source>
        <translation>{rated} von {total}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="237"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="238"/>
        <source>Score R{n}</source>
        <translation>Punktzahl R{n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="239"/>
        <source>Gap R{n}</source>
        <translation>Abweichung R{n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="240"/>
        <source>Change</source>
        <translation>Veränderung</translation>
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
        <translation>▲ Dissens von {threshold} oder mehr: Die Meinungen im Raum waren zu diesem Vorschlag geteilt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="272"/>
        <source>Score by proposal, with the PMO and TMO scores</source>
        <translation>Punktzahl je Vorschlag, mit PMO- und TMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="273"/>
        <source>Score (0–100)</source>
        <translation>Punktzahl (0–100)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="274"/>
        <source>PMO score against TMO score</source>
        <translation>PMO-Punktzahl im Vergleich zur TMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="275"/>
        <source>PMO score</source>
        <translation>PMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="276"/>
        <source>TMO score</source>
        <translation>TMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="288"/>
        <source>TMO rates higher</source>
        <translation>TMO bewertet höher</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="287"/>
        <source>PMO rates higher</source>
        <translation>PMO bewertet höher</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="157"/>
        <source>Round {n}, {rated} of {total} ballots complete</source>
        <translation>Runde {n}, {rated} von {total} Bewertungsbögen vollständig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="235"/>
        <source>Complete</source>
        <comment>ballots complete in a round</comment>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="241"/>
        <source>Results of round {n}: {rated} of {total} ballots complete. Scores run from 0 to 100; the gap is the PMO score minus the TMO score.</source>
        <translation>Ergebnisse der Runde {n}: {rated} von {total} Bewertungsbögen vollständig. Die Punktzahlen reichen von 0 bis 100; die Abweichung ist die PMO-Punktzahl minus die TMO-Punktzahl.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="258"/>
        <source>Bubble area: cost</source>
        <translation>Blasenfläche: Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="259"/>
        <source>Bubble area: expected benefit</source>
        <translation>Blasenfläche: erwarteter Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="261"/>
        <source>Full colour: a gap of {top} points, the largest shown.</source>
        <translation>Volle Farbe: eine Abweichung von {top} Punkten, die größte gezeigte.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="277"/>
        <source>Each bubble is a proposal, numbered by rank; its area shows the cost. On the dashed line both offices agree; the shaded band is within {band} points.</source>
        <translation>Jede Blase ist ein Vorschlag, nummeriert nach Rang; ihre Fläche zeigt die Kosten. Auf der gestrichelten Linie sind sich beide Offices einig; das schattierte Band umfasst {band} Punkte.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="282"/>
        <source>Each cell is the PMO minus the TMO rating of one criterion, in points out of 100. Proposals in rank order.</source>
        <translation>Jede Zelle ist die PMO- minus die TMO-Bewertung eines Kriteriums, in Punkten von 100. Vorschläge in Rangfolge.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="289"/>
        <source>The stronger the colour, the larger the gap.</source>
        <translation>Je kräftiger die Farbe, desto größer die Abweichung.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="290"/>
        <source>Largest gaps: where the offices disagree most</source>
        <translation>Größte Abweichungen: wo die Offices am stärksten uneinig sind</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="291"/>
        <source>No gap can be shown: it needs ratings from both the PMO and the TMO.</source>
        <translation>Keine Abweichung darstellbar: Dafür sind Bewertungen von PMO und TMO nötig.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="294"/>
        <source>The set of proposals with the highest total score whose total cost stays within the budget (computed exactly). It informs the decisions; it does not take them.</source>
        <translation>Die Auswahl von Vorschlägen mit der höchsten Gesamtpunktzahl, deren Gesamtkosten im Budget bleiben (exakt berechnet). Sie dient als Entscheidungsgrundlage; sie ersetzt keine Entscheidung.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="37"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="96"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="306"/>
        <source>Chosen</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="63"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="307"/>
        <source>Total score</source>
        <translation>Gesamtpunktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="308"/>
        <source>What moved between round {first} and round {last}</source>
        <translation>Was sich zwischen Runde {first} und Runde {last} verändert hat</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="309"/>
        <source>No decision recorded for: {titles}.</source>
        <translation>Keine Entscheidung erfasst für: {titles}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="310"/>
        <source>No attendees recorded.</source>
        <translation>Keine Anwesenden erfasst.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="311"/>
        <source>No agenda items recorded.</source>
        <translation>Keine Agendapunkte erfasst.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="312"/>
        <source>No ratings were recorded, so there are no results to report.</source>
        <translation>Es wurden keine Bewertungen erfasst, daher gibt es keine Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="315"/>
        <source>Round {n} is blind and still open: its results are not shown until the round is closed.</source>
        <translation>Runde {n} ist blind und noch offen: Ihre Ergebnisse werden erst nach Abschluss der Runde gezeigt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="320"/>
        <source>No decisions recorded.</source>
        <translation>Keine Entscheidungen erfasst.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="321"/>
        <source>No action items recorded.</source>
        <translation>Keine Maßnahmen erfasst.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="322"/>
        <source>No rating rounds were held.</source>
        <translation>Es fanden keine Bewertungsrunden statt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="323"/>
        <source>How the scores in these minutes were calculated:</source>
        <translation>So wurden die Punktzahlen in diesem Protokoll berechnet:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="111"/>
        <source>Each rating is put on a common scale from 0 to 1: n = (rating − scale minimum) ÷ (scale maximum − scale minimum). For a criterion where lower is better, n = 1 − n, so 1 is always the best.</source>
        <translation>Jede Bewertung wird auf eine gemeinsame Skala von 0 bis 1 gebracht: n = (Bewertung − Skalenminimum) ÷ (Skalenmaximum − Skalenminimum). Bei einem Kriterium, bei dem niedriger besser ist, gilt n = 1 − n, sodass 1 immer das Beste ist.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="117"/>
        <source>A participant&apos;s score for a proposal is the weighted mean of n over the criteria that participant rated: Σ weight × n ÷ Σ weight. A missing rating is left out, never counted as zero.</source>
        <translation>Die Punktzahl eines Teilnehmers für einen Vorschlag ist der gewichtete Mittelwert von n über die Kriterien, die er bewertet hat: Σ Gewichtung × n ÷ Σ Gewichtung. Eine fehlende Bewertung bleibt außen vor und zählt nie als null.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="327"/>
        <source>A proposal&apos;s score is 100 × the mean of its participants&apos; scores. The PMO and TMO scores are the same mean over that office&apos;s participants only; participants of other offices count in the overall score.</source>
        <translation>Die Punktzahl eines Vorschlags ist 100 × der Mittelwert der Punktzahlen seiner Teilnehmenden. PMO- und TMO-Punktzahl sind derselbe Mittelwert, nur über die Teilnehmenden des jeweiligen Office; Teilnehmende anderer Offices zählen in der Gesamtpunktzahl.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="333"/>
        <source>Gap = PMO score − TMO score, overall and per criterion: positive where the PMO rates higher, negative where the TMO does.</source>
        <translation>Abweichung = PMO-Punktzahl − TMO-Punktzahl, gesamt und je Kriterium: positiv, wo das PMO höher bewertet, negativ, wo das TMO höher bewertet.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="350"/>
        <source>In office-tagged and anonymous workshops an office&apos;s figure for a proposal or criterion is withheld (—) unless at least two of its participants rated it, and the other office&apos;s figure with it; a figure only one person gave is withheld too.</source>
        <translation>In Workshops mit der Anonymität „Nach Office“ oder „Anonym“ wird die Zahl eines Office für einen Vorschlag oder ein Kriterium zurückgehalten (—), sofern nicht mindestens zwei seiner Teilnehmenden bewertet haben, und mit ihr die Zahl des anderen Office; eine Zahl, die nur eine Person abgegeben hat, wird ebenfalls zurückgehalten.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="357"/>
        <source>Proposals are ranked by score, highest first; equal scores share a rank (1, 2, 2, 4).</source>
        <translation>Vorschläge werden nach Punktzahl gereiht, die höchste zuerst; gleiche Punktzahlen teilen sich einen Rang (1, 2, 2, 4).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="362"/>
        <source>Individual ratings are never shown; every figure is an average.</source>
        <translation>Einzelbewertungen werden nie gezeigt; jede Zahl ist ein Mittelwert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="367"/>
        <source>The results are from round {n}, chosen for these minutes.</source>
        <translation>Die Ergebnisse stammen aus Runde {n}, die für dieses Protokoll gewählt wurde.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="124"/>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="125"/>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="141"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="374"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="375"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="128"/>
        <source>Named (with the participants&apos; names)</source>
        <translation>Namentlich (mit den Namen der Teilnehmenden)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="129"/>
        <source>By office, never by person</source>
        <translation>Nach Office, nie nach Person</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="130"/>
        <source>Anonymous (no names)</source>
        <translation>Anonym (ohne Namen)</translation>
    </message>
</context>
<context>
    <name>NameCards</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="25"/>
        <source>Name cards: {title}</source>
        <translation>Namenskarten: {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="26"/>
        <source>Name cards with the personal links of the workshop {title}</source>
        <translation>Namenskarten mit den persönlichen Links des Workshops {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="30"/>
        <source>name cards</source>
        <translation>Namenskarten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="31"/>
        <source>workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="32"/>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="33"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="35"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="36"/>
        <source>Cut along the dashed lines.</source>
        <translation>Entlang der gestrichelten Linien ausschneiden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="37"/>
        <source>Personal code</source>
        <translation>Persönlicher Code</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="38"/>
        <source>Scan with your phone&apos;s camera, or open the address and enter the code.</source>
        <translation>Scannen Sie den QR-Code mit der Kamera Ihres Smartphones oder öffnen Sie die Adresse und geben Sie den Code ein.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="59"/>
        <source>workshop &apos;{title}&apos; has no participants to print cards for</source>
        <translation>Workshop „{title}“ hat keine Teilnehmenden, für die Karten gedruckt werden könnten</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="31"/>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="33"/>
        <source>Workshop title</source>
        <translation>Titel des Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="34"/>
        <source>e.g. Q1 portfolio review</source>
        <translation>z. B. Portfolio-Review Q1</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="36"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="41"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="63"/>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="162"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="65"/>
        <source>e.g. Acme delivery method</source>
        <translation>z. B. Acme-Vorgehensmodell</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="69"/>
        <source>Integrated PMO–TMO lifecycle (8 phases, 18 roles)</source>
        <translation>Integrierter PMO–TMO-Lebenszyklus (8 Phasen, 18 Rollen)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="71"/>
        <source>Light lifecycle for small teams</source>
        <translation>Schlanker Lebenszyklus für kleine Teams</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="72"/>
        <source>Empty: only the standard offices</source>
        <translation>Leer: nur die Standard-Offices</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="80"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="89"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="90"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="91"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="98"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="125"/>
        <source>“{file}” already exists here.</source>
        <translation>„{file}“ gibt es hier schon.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="138"/>
        <source>“{file}” already exists in {folder}.

Open that workspace, or create the new one under another name?</source>
        <translation>„{file}“ gibt es in {folder} schon.

Diesen Arbeitsbereich öffnen oder den neuen unter einem anderen Namen anlegen?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="146"/>
        <source>Open It</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="150"/>
        <source>Choose Another Name</source>
        <translation>Anderen Namen wählen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="164"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>PMO–TMO-Arbeitsbereiche (*.pmotmo)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="171"/>
        <source>Give the workspace a name.</source>
        <translation>Geben Sie dem Arbeitsbereich einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="174"/>
        <source>Choose where to save it.</source>
        <translation>Wählen Sie einen Speicherort.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="81"/>
        <source>Choose where to save the workspace</source>
        <translation>Speicherort des Arbeitsbereichs wählen</translation>
    </message>
</context>
<context>
    <name>OfficeDelegate</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="281"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
</context>
<context>
    <name>OfficeScoreChart</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="52"/>
        <source>Nothing to plot: no proposal has both a PMO and a TMO score.</source>
        <translation>Nichts darzustellen: Kein Vorschlag hat sowohl eine PMO- als auch eine TMO-Punktzahl.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="55"/>
        <source>Rank {rank}, {title}: PMO {pmo}, TMO {tmo}, gap {gap}.</source>
        <translation>Rang {rank}, {title}: PMO {pmo}, TMO {tmo}, Abweichung {gap}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="63"/>
        <source>Cost {cost}.</source>
        <translation>Kosten {cost}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="112"/>
        <source>PMO rates higher</source>
        <translation>PMO bewertet höher</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="112"/>
        <source>TMO rates higher</source>
        <translation>TMO bewertet höher</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="233"/>
        <source>PMO = TMO</source>
        <translation>PMO = TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="234"/>
        <source>agree ±{band}</source>
        <translation>einig ±{band}</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="147"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="167"/>
        <source>Double-click or press Enter to choose a colour</source>
        <translation>Doppelklick oder Enter, um eine Farbe zu wählen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="149"/>
        <source>How many roles belong to the office</source>
        <translation>Wie viele Rollen zum Office gehören</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_editors.py" line="133"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="130"/>
        <source>unknown pack section &apos;{name}&apos;; choose from {choices}</source>
        <translation>unbekannter Abschnitt „{name}“ der Sitzungsunterlagen; wählen Sie aus {choices}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="145"/>
        <source>{folder}: cannot be created ({error})</source>
        <translation>{folder}: kann nicht angelegt werden ({error})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="150"/>
        <source>{folder}: not a folder</source>
        <translation>{folder}: kein Ordner</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="156"/>
        <source>{folder}: cannot be written ({error})</source>
        <translation>{folder}: kann nicht geschrieben werden ({error})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="183"/>
        <source>workshop</source>
        <comment>a file name</comment>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="22"/>
        <source>pre-read</source>
        <comment>end of a file name</comment>
        <translation>Vorabinformation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="23"/>
        <source>minutes</source>
        <comment>end of a file name</comment>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="24"/>
        <source>role handbook</source>
        <comment>end of a file name</comment>
        <translation>Rollenhandbuch</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="25"/>
        <source>methodology and RACI</source>
        <comment>end of a file name</comment>
        <translation>Methodik und RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="26"/>
        <source>results</source>
        <comment>end of a file name</comment>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="29"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="95"/>
        <source>Meeting pack</source>
        <translation>Sitzungsunterlagen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="31"/>
        <source>&amp;Pre-read (agenda, proposals, criteria, method — no results)</source>
        <translation>&amp;Vorabinformation (Agenda, Vorschläge, Kriterien, Methode — keine Ergebnisse)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="32"/>
        <source>&amp;Minutes (PDF)</source>
        <translation>&amp;Protokoll (PDF)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="33"/>
        <source>Role &amp;handbook (who does what, office by office)</source>
        <translation>Rollen&amp;handbuch (wer was tut, Office für Office)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="34"/>
        <source>Methodology and &amp;RACI workbook</source>
        <translation>Arbeitsmappe mit Methodik und &amp;RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="35"/>
        <source>Results &amp;workbook (every rating, recomputable)</source>
        <translation>&amp;Ergebnis-Arbeitsmappe (jede Bewertung, nachrechenbar)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="38"/>
        <source>Write these documents:</source>
        <translation>Diese Dokumente schreiben:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="46"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="47"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="51"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="60"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="68"/>
        <source>Folder for the pack</source>
        <translation>Ordner für die Sitzungsunterlagen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="89"/>
        <source>Writing the meeting pack…</source>
        <translation>Sitzungsunterlagen werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="104"/>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="48"/>
        <source>Choose the folder for the pack</source>
        <translation>Ordner für die Sitzungsunterlagen wählen</translation>
    </message>
</context>
<context>
    <name>PairwiseField</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="20"/>
        <source>Compare criteria pairwise before rating (AHP)</source>
        <translation>Kriterien vor der Bewertung paarweise vergleichen (AHP)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="22"/>
        <source>Compare criteria pairwise before rating</source>
        <translation>Kriterien vor der Bewertung paarweise vergleichen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="25"/>
        <source>Each participant first says, for every pair of criteria, which matters more and how much. The facilitator may then adopt the group&apos;s weights (Results → Criteria Weights…).</source>
        <translation>Die Teilnehmenden geben zuerst für jedes Kriterienpaar an, welches Kriterium wichtiger ist und wie viel wichtiger. Die Moderation kann danach die Gewichtungen der Gruppe übernehmen (Ergebnisse → Kriteriengewichtungen…).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="52"/>
        <source>The criteria&apos;s weights are the group&apos;s, adopted on {date}. Setting a weight by hand makes them all set by hand again.</source>
        <translation>Die Gewichtungen der Kriterien sind die der Gruppe, übernommen am {date}. Wird eine Gewichtung von Hand geändert, sind wieder alle von Hand festgelegt.</translation>
    </message>
</context>
<context>
    <name>PairwiseStep</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="63"/>
        <source>For each pair, choose which criterion matters more for these proposals, and how much: the further to its side, the more. Left and Right move the answer, Enter goes to the next pair, Delete clears one. Every answer is saved at once.</source>
        <translation>Wählen Sie für jedes Paar, welches Kriterium für diese Vorschläge wichtiger ist und wie viel wichtiger: Je weiter zu seiner Seite, desto mehr. Die Pfeiltasten links und rechts verschieben die Antwort, Enter geht zum nächsten Paar, Entf löscht eine Antwort. Jede Antwort wird sofort gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="83"/>
        <source>Your weights</source>
        <translation>Ihre Gewichtungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="104"/>
        <source>Go on to the ratings (Ctrl+Enter)</source>
        <translation>Weiter zu den Bewertungen (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="130"/>
        <source>&lt;h2&gt;Criteria weights of {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kriteriengewichtungen von {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="150"/>
        <source>◀ the left one matters more</source>
        <translation>◀ das linke ist wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="151"/>
        <source>the right one matters more ▶</source>
        <translation>das rechte ist wichtiger ▶</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="175"/>
        <source>{a} versus {b}</source>
        <translation>{a} gegenüber {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="189"/>
        <source>Clear this answer (Delete)</source>
        <translation>Diese Antwort löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="219"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="232"/>
        <source>Pairs answered: {answered} of {total}</source>
        <translation>Beantwortete Paare: {answered} von {total}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="235"/>
        <source>&amp;Continue to Rating</source>
        <translation>We&amp;iter zur Bewertung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="235"/>
        <source>&amp;Skip to Rating</source>
        <translation>Direkt zur Bewer&amp;tung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="245"/>
        <source>Your weights appear once your answers link every criterion.</source>
        <translation>Ihre Gewichtungen erscheinen, sobald Ihre Antworten alle Kriterien miteinander verbinden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="247"/>
        <source>Not yet compared with the others: {names}</source>
        <translation>Noch nicht mit den übrigen verglichen: {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="265"/>
        <source>Consistency ratio &lt;b&gt;{cr}&lt;/b&gt;: consistent enough (up to {limit}).</source>
        <translation>Konsistenzverhältnis &lt;b&gt;{cr}&lt;/b&gt;: ausreichend konsistent (bis {limit}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="268"/>
        <source>Consistency ratio &lt;b&gt;{cr}&lt;/b&gt;: above {limit}, some answers contradict each other.</source>
        <translation>Konsistenzverhältnis &lt;b&gt;{cr}&lt;/b&gt;: über {limit}, einige Antworten widersprechen sich.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="273"/>
        <source>Look again at &lt;b&gt;{a}&lt;/b&gt; versus &lt;b&gt;{b}&lt;/b&gt; (⚠).</source>
        <translation>Prüfen Sie &lt;b&gt;{a}&lt;/b&gt; gegenüber &lt;b&gt;{b}&lt;/b&gt; noch einmal (⚠).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="287"/>
        <source>Clear comparison</source>
        <translation>Vergleich löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="294"/>
        <source>Compare criteria</source>
        <translation>Kriterien vergleichen</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="255"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="255"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="255"/>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="258"/>
        <source>The office the participant speaks for in the gap view</source>
        <translation>Das Office, für das die Person in der Abweichungsansicht spricht</translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="186"/>
        <source>The pasted cells have no header line, so their columns were matched by position. Check each column&apos;s field (or ignore it), then add the rows.</source>
        <translation>Die eingefügten Zellen haben keine Kopfzeile, daher wurden ihre Spalten nach der Position zugeordnet. Prüfen Sie das Feld jeder Spalte (oder ignorieren Sie sie) und fügen Sie dann die Zeilen hinzu.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="200"/>
        <source>Field of pasted column {n}</source>
        <translation>Feld der eingefügten Spalte {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="201"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="241"/>
        <source>two pasted columns fill the same field</source>
        <translation>zwei eingefügte Spalten füllen dasselbe Feld</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="247"/>
        <source>Add Rows</source>
        <translation>Zeilen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="251"/>
        <source>Add %n Row(s)</source>
        <translation>
            <numerusform>%n Zeile hinzufügen</numerusform>
            <numerusform>%n Zeilen hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioProposalsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="95"/>
        <source>Change what “{name}” requires</source>
        <translation>Ändern, was “{name}” erfordert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="101"/>
        <source>Selection decides</source>
        <translation>Auswahl entscheidet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="102"/>
        <source>Must fund</source>
        <translation>Muss finanziert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="103"/>
        <source>Must not fund</source>
        <translation>Darf nicht finanziert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="140"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="141"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="142"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="143"/>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="144"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="145"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="146"/>
        <source>Resource use</source>
        <translation>Ressourcenbedarf</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="147"/>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="148"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="149"/>
        <source>Requires</source>
        <translation>Erfordert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="150"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="156"/>
        <source>Who asks for the project</source>
        <translation>Wer das Projekt beantragt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="157"/>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="158"/>
        <source>Expected benefit</source>
        <translation>Erwarteter Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="159"/>
        <source>Expected duration in months</source>
        <translation>Erwartete Dauer in Monaten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="161"/>
        <source>How much of the workshop&apos;s second resource (e.g. people) it needs</source>
        <translation>Wie viel er von der zweiten Ressource des Workshops (z. B. Personen) benötigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="162"/>
        <source>Whether the selection decides, or it must or must not be funded</source>
        <translation>Ob die Auswahl entscheidet oder ob er finanziert werden muss bzw. nicht finanziert werden darf</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="163"/>
        <source>Why it must, or must not, be funded</source>
        <translation>Warum er finanziert werden muss bzw. nicht finanziert werden darf</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="164"/>
        <source>Proposals it depends on: it is funded only if they all are</source>
        <translation>Vorschläge, von denen er abhängt: Er wird nur finanziert, wenn sie alle finanziert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="165"/>
        <source>Alternatives share a group; at most the group&apos;s limit of them is funded</source>
        <translation>Alternativen teilen sich eine Gruppe; davon wird höchstens die Obergrenze der Gruppe finanziert</translation>
    </message>
</context>
<context>
    <name>PortfolioRules</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="39"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="68"/>
        <source>{resource} used</source>
        <translation>Bedarf an {resource}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="40"/>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="124"/>
        <source>Resource use</source>
        <translation>Ressourcenbedarf</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="42"/>
        <source>Requires</source>
        <translation>Erfordert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="43"/>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="44"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="45"/>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="47"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="46"/>
        <source>At most</source>
        <translation>Höchstzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="66"/>
        <source>&apos;{proposal}&apos; requires &apos;{other}&apos;, which is not a proposal here</source>
        <translation>&apos;{proposal}&apos; erfordert &apos;{other}&apos;, das hier kein Vorschlag ist</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="70"/>
        <source>&apos;{proposal}&apos; cannot require itself</source>
        <translation>&apos;{proposal}&apos; kann sich nicht selbst erfordern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="75"/>
        <source>these proposals require each other in a circle: {circle}</source>
        <translation>diese Vorschläge erfordern sich gegenseitig im Kreis: {circle}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="80"/>
        <source>&apos;{proposal}&apos; must be funded but requires &apos;{other}&apos;, which must not be ({chain})</source>
        <translation>&apos;{proposal}&apos; muss finanziert werden, erfordert aber &apos;{other}&apos;, das nicht finanziert werden darf ({chain})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="89"/>
        <source>group &apos;{group}&apos; allows at most {limit} funded, but {count} of its proposals must be funded ({titles})</source>
        <translation>Gruppe &apos;{group}&apos; erlaubt höchstens {limit} finanzierte Vorschläge, aber {count} ihrer Vorschläge müssen finanziert werden ({titles})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="100"/>
        <source>group &apos;{group}&apos;: at most must be a whole number, 1 or more ({value})</source>
        <translation>Gruppe &apos;{group}&apos;: die Höchstzahl muss eine ganze Zahl ab 1 sein ({value})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="104"/>
        <source>group &apos;{group}&apos; has no limit of its own, so at most 1 of its proposals is funded</source>
        <translation>Gruppe &apos;{group}&apos; hat keine eigene Obergrenze, daher wird höchstens 1 ihrer Vorschläge finanziert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="108"/>
        <source>&apos;{proposal}&apos;: the resource use must not be negative ({value})</source>
        <translation>&apos;{proposal}&apos;: der Ressourcenbedarf darf nicht negativ sein ({value})</translation>
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
        <translation>muss finanziert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="26"/>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="62"/>
        <source>must not fund</source>
        <translation>darf nicht finanziert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="83"/>
        <source>at most</source>
        <translation>Höchstzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="109"/>
        <source>no proposal is called &apos;{title}&apos; on this sheet</source>
        <translation>auf diesem Blatt heißt kein Vorschlag &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="120"/>
        <source>&apos;{value}&apos; is not {choices}</source>
        <translation>&apos;{value}&apos; ist keiner der Werte {choices}</translation>
    </message>
</context>
<context>
    <name>PortfolioTab</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="81"/>
        <source>{rank} (was {before})</source>
        <translation>{rank} (vorher {before})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="89"/>
        <source>✗ must not</source>
        <translation>✗ darf nicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="92"/>
        <source>✓ new</source>
        <translation>✓ neu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="94"/>
        <source>✗ dropped</source>
        <translation>✗ entfällt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="99"/>
        <source>✓ must</source>
        <translation>✓ Pflicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="107"/>
        <source>Reason: {reason}</source>
        <translation>Begründung: {reason}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="112"/>
        <source>Must not be funded.</source>
        <translation>Darf nicht finanziert werden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="115"/>
        <source>Funded under the moved weights, not under the set ones.</source>
        <translation>Mit den verschobenen Gewichtungen finanziert, mit den festgelegten nicht.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="119"/>
        <source>Funded under the set weights, not under the moved ones.</source>
        <translation>Mit den festgelegten Gewichtungen finanziert, mit den verschobenen nicht.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="124"/>
        <source>Must be funded.</source>
        <translation>Muss finanziert werden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="126"/>
        <source>Funded.</source>
        <translation>Finanziert.</translation>
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
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="173"/>
        <source>A tie for first place: any move of this weight changes the top proposal.</source>
        <translation>Gleichstand auf Platz 1: Jede Änderung dieser Gewichtung ändert den Vorschlag auf Platz 1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="184"/>
        <source>%n funded</source>
        <translation>
            <numerusform>%n finanziert</numerusform>
            <numerusform>%n finanziert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="185"/>
        <source>total score {score}</source>
        <translation>Gesamtpunktzahl {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="191"/>
        <source>cost {cost} (no budget set)</source>
        <translation>Kosten {cost} (kein Budget festgelegt)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="197"/>
        <source>cost {cost} of {budget}</source>
        <translation>Kosten {cost} von {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="202"/>
        <source>second resource</source>
        <translation>zweite Ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="207"/>
        <source>{resource}: {used} (no limit)</source>
        <translation>{resource}: {used} (keine Obergrenze)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="213"/>
        <source>{resource}: {used} of {limit}</source>
        <translation>{resource}: {used} von {limit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="221"/>
        <source>(counted as costing nothing, having no cost: {titles})</source>
        <translation>(ohne Kosten, daher mit 0 gezählt: {titles})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="276"/>
        <source>only PMO</source>
        <translation>nur PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="278"/>
        <source>only TMO</source>
        <translation>nur TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="297"/>
        <source>the rules cannot all hold</source>
        <translation>nicht alle Regeln sind erfüllbar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="298"/>
        <source>score {score}, cost {cost}</source>
        <translation>Punktzahl {score}, Kosten {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="306"/>
        <source>Joint: {summary}</source>
        <translation>Gemeinsam: {summary}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="309"/>
        <source>PMO alone: {summary}</source>
        <translation>PMO allein: {summary}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="312"/>
        <source>TMO alone: {summary}</source>
        <translation>TMO allein: {summary}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="132"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="133"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="189"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="134"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="135"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="136"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="295"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="137"/>
        <source>Funded</source>
        <translation>Finanziert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="139"/>
        <source>Chance
funded</source>
        <translation>Chance auf
Finanzierung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="147"/>
        <source>Proposals and the funded set</source>
        <translation>Vorschläge und finanzierte Auswahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="161"/>
        <source>Reset to set weights</source>
        <translation>Auf festgelegte Gewichtungen zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="169"/>
        <source>Move a criterion&apos;s weight to see how the ranking and the funded set would change. Only this view changes: the workshop&apos;s weights stay as set.</source>
        <translation>Verschieben Sie die Gewichtung eines Kriteriums, um zu sehen, wie sich Rangfolge und finanzierte Auswahl ändern würden. Nur diese Ansicht ändert sich: Die Gewichtungen des Workshops bleiben wie festgelegt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="186"/>
        <source>Efficient frontier</source>
        <translation>Effizienzgrenze</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="190"/>
        <source>Joint</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="191"/>
        <source>PMO alone</source>
        <translation>PMO allein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="192"/>
        <source>TMO alone</source>
        <translation>TMO allein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="193"/>
        <source>Differs</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="198"/>
        <source>What the joint, PMO and TMO scores fund</source>
        <translation>Was die gemeinsame, die PMO- und die TMO-Punktzahl finanzieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="211"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="212"/>
        <source>Weight
now</source>
        <translation>Gewichtung
jetzt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="214"/>
        <source>Top stays
within</source>
        <translation>Platz 1 bleibt
im Bereich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="220"/>
        <source>Funded set
stays within</source>
        <translation>Finanzierte Auswahl
bleibt im Bereich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="226"/>
        <source>How far each weight may move</source>
        <translation>Wie weit sich jede Gewichtung verschieben darf</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="238"/>
        <source>Portfolio views</source>
        <translation>Portfolio-Ansichten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="239"/>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="240"/>
        <source>Fro&amp;ntier</source>
        <translation>&amp;Effizienzgrenze</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="241"/>
        <source>P&amp;MO · TMO · joint</source>
        <translation>P&amp;MO · TMO · gemeinsam</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="242"/>
        <source>Sensitivit&amp;y</source>
        <translation>Sensitivi&amp;tät</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="264"/>
        <source>No revealed round to decide on.</source>
        <translation>Keine aufgedeckte Runde, über die entschieden werden kann.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="327"/>
        <source>&lt;b&gt;What if:&lt;/b&gt; ranks and the funded set under the moved weights. Nothing is stored; “Reset to set weights” shows the decision again.</source>
        <translation>&lt;b&gt;Was wäre, wenn:&lt;/b&gt; Ränge und finanzierte Auswahl mit den verschobenen Gewichtungen. Nichts wird gespeichert; “Auf festgelegte Gewichtungen zurücksetzen” zeigt wieder die Entscheidung.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="347"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="372"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="374"/>
        <source>Analysing…</source>
        <translation>Wird analysiert…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="352"/>
        <source>&lt;b&gt;No set can be funded:&lt;/b&gt; these rules cannot all hold together&lt;ul&gt;{items}&lt;/ul&gt;Change one of them on the Set-up page, or the budget.</source>
        <translation>&lt;b&gt;Keine Auswahl finanzierbar:&lt;/b&gt; Diese Regeln sind nicht alle gleichzeitig erfüllbar&lt;ul&gt;{items}&lt;/ul&gt;Ändern Sie eine davon auf der Seite „Vorbereitung“ oder das Budget.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="360"/>
        <source>&lt;b&gt;Funded under the workshop&apos;s rules&lt;/b&gt; (round {n}, the best total score within the budget and every rule).</source>
        <translation>&lt;b&gt;Finanziert nach den Regeln des Workshops&lt;/b&gt; (Runde {n}, die beste Gesamtpunktzahl innerhalb des Budgets und aller Regeln).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="381"/>
        <source>No set satisfies the rules at any budget.</source>
        <translation>Bei keinem Budget erfüllt eine Auswahl die Regeln.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="386"/>
        <source>How far each criterion&apos;s weight may move, the others held, before the top proposal or the funded set changes.</source>
        <translation>Wie weit sich die Gewichtung jedes Kriteriums bei gleichbleibenden übrigen verschieben darf, bevor sich der Vorschlag auf Platz 1 oder die finanzierte Auswahl ändert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="398"/>
        <source>The analysis could not be completed: {error}</source>
        <translation>Die Analyse konnte nicht abgeschlossen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="449"/>
        <source>Share of %n random weightings (each weight wobbling around its set value) under which it is funded</source>
        <translation>
            <numerusform>Anteil an %n Zufallsgewichtung (jede Gewichtung schwankt um ihren festgelegten Wert), bei der er finanziert wird</numerusform>
            <numerusform>Anteil an %n Zufallsgewichtungen (jede Gewichtung schwankt um ihren festgelegten Wert), bei denen er finanziert wird</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreRead</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="38"/>
        <source>Pre-read</source>
        <translation>Vorabinformation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="39"/>
        <source>Pre-read for the workshop {title}</source>
        <translation>Vorabinformation zum Workshop {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="40"/>
        <source>pre-read</source>
        <translation>Vorabinformation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="42"/>
        <source>Pre-read · {date}</source>
        <translation>Vorabinformation · {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="33"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="51"/>
        <source>%n item(s), {duration}</source>
        <translation>
            <numerusform>%n Punkt, {duration}</numerusform>
            <numerusform>%n Punkte, {duration}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="34"/>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="53"/>
        <source>{n} to assess, {cost} estimated cost in total</source>
        <translation>{n} zu bewerten, geschätzte Gesamtkosten {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="55"/>
        <source>About this pack</source>
        <translation>Über diese Unterlage</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="56"/>
        <source>Please read this pack before the workshop. It sets out the agenda, the proposals to be assessed, the criteria you will rate them on and how the scores will be computed. It holds no ratings, no results and no decisions: those are made together in the room.</source>
        <translation>Bitte lesen Sie diese Unterlage vor dem Workshop. Sie enthält die Agenda, die zu bewertenden Vorschläge, die Kriterien, nach denen Sie sie bewerten werden, und die Berechnung der Punktzahlen. Sie enthält keine Bewertungen, keine Ergebnisse und keine Entscheidungen: Diese entstehen gemeinsam im Raum.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="66"/>
        <source>Criteria and method</source>
        <translation>Kriterien und Methode</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="69"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="70"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="35"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="73"/>
        <source>{h} h {m} min</source>
        <translation>{h} Std. {m} Min.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="74"/>
        <source>{h} h</source>
        <translation>{h} Std.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="77"/>
        <source>Times are counted from the start of the workshop.</source>
        <translation>Die Zeiten werden ab Beginn des Workshops gezählt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="78"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="81"/>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="82"/>
        <source>Expected benefit</source>
        <translation>Erwarteter Nutzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="84"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="85"/>
        <source>{n} months</source>
        <translation>{n} Monate</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="87"/>
        <source>No description given.</source>
        <translation>Keine Beschreibung angegeben.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="88"/>
        <source>Each proposal is rated on each criterion below, on the criterion&apos;s scale. The weight sets how much a criterion counts; the share is its part of the total weight.</source>
        <translation>Jeder Vorschlag wird nach jedem der folgenden Kriterien auf dessen Skala bewertet. Die Gewichtung legt fest, wie stark ein Kriterium zählt; der Anteil ist sein Teil an der Gesamtgewichtung.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="98"/>
        <source>How the scores will be computed:</source>
        <translation>So werden die Punktzahlen berechnet:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="102"/>
        <source>A proposal&apos;s score is 100 × the mean of its participants&apos; scores. The PMO and TMO scores are the same mean over that office&apos;s participants; the gap between them shows where the two offices see a proposal differently.</source>
        <translation>Die Punktzahl eines Vorschlags ist 100 × der Mittelwert der Punktzahlen seiner Teilnehmenden. PMO- und TMO-Punktzahl sind derselbe Mittelwert über die Teilnehmenden des jeweiligen Office; die Abweichung zwischen ihnen zeigt, wo die beiden Offices einen Vorschlag unterschiedlich sehen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="108"/>
        <source>Proposals are ranked by score, highest first. Individual ratings are never shown; every figure is an average.</source>
        <translation>Vorschläge werden nach Punktzahl gereiht, die höchste zuerst. Einzelbewertungen werden nie gezeigt; jede Zahl ist ein Mittelwert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="114"/>
        <source>Rating rounds</source>
        <translation>Bewertungsrunden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="116"/>
        <source>Rating happens in rounds. A round is blind: while it is open nobody sees anyone else&apos;s ratings, and the room sees only how many ballots are complete.</source>
        <translation>Bewertet wird in Runden. Eine Runde ist blind: Solange sie offen ist, sieht niemand die Bewertungen der anderen, und der Raum sieht nur, wie viele Bewertungsbögen vollständig sind.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="121"/>
        <source>When the round closes the results are revealed, and the largest differences between the PMO and the TMO become the discussion agenda. A further round may follow; the latest closed round counts.</source>
        <translation>Wenn die Runde geschlossen wird, werden die Ergebnisse aufgedeckt, und die größten Abweichungen zwischen PMO und TMO werden zur Diskussionsagenda. Eine weitere Runde kann folgen; es zählt die letzte geschlossene Runde.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="127"/>
        <source>Rate every proposal on every criterion. Where you cannot judge one, answer &quot;can&apos;t judge&quot; rather than guess: it is not counted as zero, and your ballot is complete once every cell holds a rating or &quot;can&apos;t judge&quot;.</source>
        <translation>Bewerten Sie jeden Vorschlag nach jedem Kriterium. Wo Sie eines nicht beurteilen können, antworten Sie lieber „nicht beurteilbar“, als zu raten: Das zählt nicht als null, und Ihr Bewertungsbogen ist vollständig, sobald jede Zelle eine Bewertung oder „nicht beurteilbar“ enthält.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="139"/>
        <source>This workshop is anonymous: only the number of participants from each office is listed.</source>
        <translation>Dieser Workshop ist anonym: Es wird nur die Zahl der Teilnehmenden je Office aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="144"/>
        <source>No agenda items yet.</source>
        <translation>Noch keine Agendapunkte.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="145"/>
        <source>No proposals yet.</source>
        <translation>Noch keine Vorschläge.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="146"/>
        <source>No criteria yet.</source>
        <translation>Noch keine Kriterien.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="147"/>
        <source>No participants yet.</source>
        <translation>Noch keine Teilnehmenden.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="102"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="122"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="125"/>
        <source>Follow the system ({language})</source>
        <translation>Systemeinstellung folgen ({language})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="129"/>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="130"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="131"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="133"/>
        <source>RACI: Responsible, Accountable, Consulted, Informed</source>
        <translation>RACI: Verantwortlich, Rechenschaftspflichtig, Konsultiert, Informiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="134"/>
        <source>RASCI: adds Supportive</source>
        <translation>RASCI: zusätzlich Unterstützend</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="135"/>
        <source>RACI-VS: adds Verifies and Signs</source>
        <translation>RACI-VS: zusätzlich Prüft und Unterzeichnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="138"/>
        <source>A role holding R or A in more activities of one phase than this is flagged.</source>
        <translation>Eine Rolle, die in mehr Aktivitäten einer Phase R oder A hat, wird markiert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="142"/>
        <source>More Consulted roles than this on one activity is flagged.</source>
        <translation>Mehr konsultierte Rollen als diese Zahl bei einer Aktivität werden markiert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="152"/>
        <source>A new workshop flags proposals whose dissent is at or above this; each workshop keeps its own threshold, changed on its Set-up page. Dissent is the spread of the participants&apos; scores: 0 is full agreement, 1 a room split into two extremes.</source>
        <translation>Ein neuer Workshop markiert Vorschläge, deren Dissens diesen Wert erreicht oder überschreitet; jeder Workshop behält seine eigene Schwelle, die auf seiner Seite „Vorbereitung“ geändert wird. Dissens ist die Streuung der Punktzahlen der Teilnehmenden: 0 ist volle Einigkeit, 1 ein in zwei Extreme gespaltener Raum.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="161"/>
        <source>The folder last used for each kind of file</source>
        <translation>Der zuletzt verwendete Ordner je Dateiart</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="163"/>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="164"/>
        <source>Choose the default export folder</source>
        <translation>Standard-Exportordner wählen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="170"/>
        <source>Reopen the workspace open at &amp;quit</source>
        <translation>Beim Start den beim &amp;Beenden offenen Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="172"/>
        <source>Started without a file, the app opens the workspace you last worked in.</source>
        <translation>Ohne Datei gestartet, öffnet die App den Arbeitsbereich, in dem Sie zuletzt gearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="178"/>
        <source>applies after a restart</source>
        <translation>wird nach einem Neustart wirksam</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="185"/>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="186"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="187"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="188"/>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="189"/>
        <source>RACI &amp;variant of new workspaces:</source>
        <translation>RACI-&amp;Variante neuer Arbeitsbereiche:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="190"/>
        <source>Most R or A per role in one &amp;phase:</source>
        <translation>Höchstzahl R oder A je Rolle in einer &amp;Phase:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="191"/>
        <source>Most &amp;Consulted roles per activity:</source>
        <translation>Höchstzahl &amp;konsultierter Rollen je Aktivität:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="192"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="193"/>
        <source>Default dissent threshold for new &amp;workshops:</source>
        <translation>Dissens-Schwelle neuer &amp;Workshops:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="194"/>
        <source>Files and backups</source>
        <translation>Dateien und Sicherungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="195"/>
        <source>&amp;Back up every (minutes):</source>
        <translation>Sicherungs&amp;intervall (Minuten):</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="196"/>
        <source>Backups &amp;kept:</source>
        <translation>&amp;Aufbewahrte Sicherungen:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="197"/>
        <source>&amp;Export folder:</source>
        <translation>&amp;Exportordner:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="262"/>
        <source>Default export folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
</context>
<context>
    <name>PresenterRoom</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter_room.py" line="21"/>
        <source>QR code of the room&apos;s address</source>
        <translation>QR-Code der Raumadresse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter_room.py" line="22"/>
        <source>Rate on your phone</source>
        <translation>Bewerten Sie auf Ihrem Smartphone</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter_room.py" line="48"/>
        <source>Room code: {code}</source>
        <translation>Raumcode: {code}</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="73"/>
        <source>PMO–TMO Desktop — presenter view</source>
        <translation>PMO–TMO Desktop — Präsentationsansicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="96"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="97"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="98"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
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
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="163"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="168"/>
        <source>&amp;Close Presenter View</source>
        <translation>Präsentationsansicht &amp;schließen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="203"/>
        <source>No workshop selected</source>
        <translation>Kein Workshop ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="236"/>
        <source>Round {n}&lt;br&gt;&lt;b&gt;{progress}&lt;/b&gt;</source>
        <translation>Runde {n}&lt;br&gt;&lt;b&gt;{progress}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="217"/>
        <source>Waiting for the first round</source>
        <translation>Warten auf die erste Runde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="222"/>
        <source>— withheld for privacy: fewer than two participants of an office rated it.</source>
        <translation>— aus Datenschutzgründen zurückgehalten: Weniger als zwei Teilnehmende eines Office haben bewertet.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="113"/>
        <source>Current agenda item</source>
        <translation>Aktueller Agendapunkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="114"/>
        <source>Time left on the current item</source>
        <translation>Restzeit des aktuellen Punkts</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="115"/>
        <source>Rating progress</source>
        <translation>Bewertungsfortschritt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="116"/>
        <source>Results by proposal</source>
        <translation>Ergebnisse je Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="117"/>
        <source>PMO versus TMO gap by criterion</source>
        <translation>Abweichung PMO gegenüber TMO je Kriterium</translation>
    </message>
</context>
<context>
    <name>PrintChooser</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="100"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="102"/>
        <source>Print this document:</source>
        <translation>Dieses Dokument drucken:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="124"/>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="73"/>
        <source>&amp;Minutes of the workshop (the round the Results page shows)</source>
        <translation>&amp;Protokoll des Workshops (die Runde, die die Seite „Ergebnisse“ zeigt)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="76"/>
        <source>&amp;Pre-read with the agenda</source>
        <translation>&amp;Vorabinformation mit der Agenda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="77"/>
        <source>Role &amp;handbook (each role&apos;s RACI letters, office by office)</source>
        <translation>&amp;Rollenhandbuch (die RACI-Buchstaben jeder Rolle, Office für Office)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="156"/>
        <source>Print preview — {title}</source>
        <translation>Druckvorschau — {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="184"/>
        <source>Print &amp;Document…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="197"/>
        <source>Print the minutes, the pre-read or the role handbook, with a preview</source>
        <translation>Protokoll, Vorabinformation oder Rollenhandbuch drucken, mit Vorschau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="201"/>
        <source>Open a workspace to print its documents</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Dokumente zu drucken</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="211"/>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="215"/>
        <source>Choose a workshop in the Workshops area first.</source>
        <translation>Wählen Sie zuerst im Bereich „Workshops“ einen Workshop.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="248"/>
        <source>Role handbook</source>
        <translation>Rollenhandbuch</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="254"/>
        <source>Pre-read — {title}</source>
        <translation>Vorabinformation — {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="257"/>
        <source>Minutes — {title}</source>
        <translation>Protokoll — {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="277"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="212"/>
        <source>Workspace properties</source>
        <translation>Eigenschaften des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="217"/>
        <source>RACI: Responsible, Accountable, Consulted, Informed</source>
        <translation>RACI: Verantwortlich, Rechenschaftspflichtig, Konsultiert, Informiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="218"/>
        <source>RASCI: adds Supportive</source>
        <translation>RASCI: zusätzlich Unterstützend</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="219"/>
        <source>RACI-VS: adds Verifies and Signs</source>
        <translation>RACI-VS: zusätzlich Prüft und Unterzeichnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="225"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="226"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="227"/>
        <source>RACI &amp;variant:</source>
        <translation>RACI-&amp;Variante:</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="53"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="56"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="59"/>
        <source>Owning office</source>
        <translation>Zuständiges Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="64"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="69"/>
        <source>Approving roles</source>
        <translation>Freigebende Rollen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="78"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="79"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="80"/>
        <source>Owning &amp;office:</source>
        <translation>Zuständiges &amp;Office:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="81"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="139"/>
        <source>&amp;Description:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="84"/>
        <source>&amp;Approved by:</source>
        <translation>&amp;Freigabe durch:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="94"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="99"/>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="95"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="99"/>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="96"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="102"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="103"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="104"/>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="113"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="114"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="115"/>
        <source>Deliverable</source>
        <translation>Lieferobjekt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="116"/>
        <source>Gate, review or sign-off</source>
        <translation>Gate, Review oder Freigabe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="118"/>
        <source>Select an item to see its details</source>
        <translation>Wählen Sie einen Eintrag, um seine Details zu sehen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="131"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="139"/>
        <source>&amp;Criteria:</source>
        <translation>&amp;Kriterien:</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="94"/>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="126"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="308"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="126"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="309"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="310"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="311"/>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="312"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="313"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="319"/>
        <source>Who asks for the project</source>
        <translation>Wer das Projekt beantragt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="320"/>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="321"/>
        <source>Expected benefit</source>
        <translation>Erwarteter Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="322"/>
        <source>Expected duration in months</source>
        <translation>Erwartete Dauer in Monaten</translation>
    </message>
</context>
<context>
    <name>RaciArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="32"/>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="39"/>
        <source>Phase filter</source>
        <translation>Phasenfilter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="40"/>
        <source>Office filter</source>
        <translation>Office-Filter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="41"/>
        <source>Kind filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="47"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="48"/>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="49"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="58"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="59"/>
        <source>Accountable</source>
        <translation>Rechenschaftspflichtig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="60"/>
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="61"/>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="62"/>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="135"/>
        <source>Supportive</source>
        <translation>Unterstützend</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="63"/>
        <source>Verifies and signs</source>
        <translation>Prüft und zeichnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="76"/>
        <source>Type a letter to toggle it in the selected cells · Delete clears · Ctrl+C / Ctrl+V exchange cells with a spreadsheet</source>
        <translation>Buchstaben tippen, um ihn in den ausgewählten Zellen umzuschalten · Entf leert · Strg+C / Strg+V tauschen Zellen mit einer Tabellenkalkulation aus</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="135"/>
        <source>Signs</source>
        <translation>Zeichnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="136"/>
        <source>Verifies</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="255"/>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="256"/>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="257"/>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="263"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="290"/>
        <source>Clear letters</source>
        <translation>Buchstaben löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="291"/>
        <source>Paste letters</source>
        <translation>Buchstaben einfügen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="292"/>
        <source>Type letters</source>
        <translation>Buchstaben eingeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="294"/>
        <source>Toggle {letter}</source>
        <translation>{letter} umschalten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="163"/>
        <source>{variant} matrix: {activities} activities × {roles} roles, {cells} cells filled</source>
        <translation>{variant}-Matrix: {activities} Aktivitäten × {roles} Rollen, {cells} Zellen belegt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="33"/>
        <source>Roles by office</source>
        <translation>Rollen nach Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="84"/>
        <source>Arrows move between the cells; a letter toggles it in the selected cells, Delete clears them; Ctrl+Space selects the role&apos;s column, Shift+Space the activity&apos;s row; Ctrl+C and Ctrl+V exchange cells with a spreadsheet</source>
        <translation>Pfeiltasten wechseln zwischen den Zellen; ein Buchstabe wird in den ausgewählten Zellen umgeschaltet, Entf leert sie; Strg+Leertaste wählt die Spalte der Rolle, Umschalt+Leertaste die Zeile der Aktivität; Strg+C und Strg+V tauschen Zellen mit einer Tabellenkalkulation aus</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="99"/>
        <source>Rating progress</source>
        <translation>Bewertungsfortschritt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="101"/>
        <source>&amp;Blind (nobody sees ratings until the round closes)</source>
        <translation>B&amp;lind (niemand sieht Bewertungen, bevor die Runde geschlossen ist)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="103"/>
        <source>&amp;Open Round</source>
        <translation>Runde &amp;eröffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="105"/>
        <source>&amp;Close and Reveal</source>
        <translation>Schließen und a&amp;ufdecken</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="106"/>
        <source>Asks first, naming who has not finished</source>
        <translation>Fragt zuerst nach und nennt, wer noch nicht fertig ist</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="109"/>
        <source>Discard Round…</source>
        <translation>Runde verwerfen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="112"/>
        <source>Remove the latest round and its ratings (a backup is taken first)</source>
        <translation>Die letzte Runde und ihre Bewertungen entfernen (vorher wird eine Sicherung erstellt)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="119"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="138"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="141"/>
        <source>Ho&amp;t seat: the participant types</source>
        <translation>Di&amp;rekteingabe: Teilnehmende tippen selbst</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="142"/>
        <source>&amp;Paper ballot: the facilitator types</source>
        <translation>&amp;Papierbogen: Moderation tippt ein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="147"/>
        <source>&amp;Start Ballot</source>
        <translation>Bewertungsbogen &amp;starten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="149"/>
        <source>Enter on the name starts it too</source>
        <translation>Enter auf dem Namen startet ihn ebenfalls</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="155"/>
        <source>Ballots of this round</source>
        <translation>Bewertungsbögen dieser Runde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="157"/>
        <source>Each participant&apos;s ballot: complete, started or not started. Enter starts it.</source>
        <translation>Der Bewertungsbogen jeder Person: vollständig, begonnen oder nicht begonnen. Enter startet ihn.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="177"/>
        <source>Who is &amp;rating?</source>
        <translation>Wer bewer&amp;tet?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="208"/>
        <source>Ballot</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="214"/>
        <source>Ballot message</source>
        <translation>Hinweis zum Bewertungsbogen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="216"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="217"/>
        <source>Hide the ballot again (Ctrl+Enter)</source>
        <translation>Bewertungsbogen wieder ausblenden (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="226"/>
        <source>Type a number in each cell; Enter or Tab moves on. Type {key} if you can&apos;t judge a cell; Delete clears it. Every answer is saved the moment it is entered.</source>
        <translation>Geben Sie in jede Zelle eine Zahl ein; Enter oder Tab geht weiter. Tippen Sie {key}, wenn Sie eine Zelle nicht beurteilen können; Entf leert sie. Jede Antwort wird sofort bei der Eingabe gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="342"/>
        <source>&lt;b&gt;Ballots of round {n}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bewertungsbögen der Runde {n}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="150"/>
        <source>All %n cell(s) answered: this ballot is complete.</source>
        <translation>
            <numerusform>%n Zelle beantwortet: Dieser Bewertungsbogen ist vollständig.</numerusform>
            <numerusform>Alle %n Zellen beantwortet: Dieser Bewertungsbogen ist vollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="156"/>
        <source>{filled} of %n cell(s) answered</source>
        <translation>
            <numerusform>{filled} von %n Zelle beantwortet</numerusform>
            <numerusform>{filled} von %n Zellen beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="326"/>
        <source>No round is open. Rounds so far: {n}.</source>
        <translation>Keine Runde offen. Bisherige Runden: {n}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="52"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="116"/>
        <source>Open Room…</source>
        <translation>Raum öffnen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="118"/>
        <source>Participants rate on their own phones</source>
        <translation>Die Teilnehmenden bewerten auf ihren eigenen Smartphones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="188"/>
        <source>Go to Set-&amp;up</source>
        <translation>Zur &amp;Vorbereitung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="236"/>
        <source>Criteria Wei&amp;ghts</source>
        <translation>Kriterien&amp;gewichtungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="237"/>
        <source>Back to comparing the criteria in pairs</source>
        <translation>Zurück zum Paarvergleich der Kriterien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="328"/>
        <source>No round yet. Open round 1 when the room is ready.</source>
        <translation>Noch keine Runde. Eröffnen Sie Runde 1, sobald der Raum bereit ist.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="331"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="332"/>
        <source>&lt;b&gt;Ballots&lt;/b&gt; (once a round is open)</source>
        <translation>&lt;b&gt;Bewertungsbögen&lt;/b&gt; (sobald eine Runde offen ist)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="335"/>
        <source>blind</source>
        <translation>blind</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="335"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="337"/>
        <source>&lt;b&gt;Round {n}&lt;/b&gt; is open ({kind}).</source>
        <translation>&lt;b&gt;Runde {n}&lt;/b&gt; ist offen ({kind}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="346"/>
        <source>This workshop is closed; its ratings can no longer change.</source>
        <translation>Dieser Workshop ist abgeschlossen; seine Bewertungen können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="352"/>
        <source>Open a round to start rating.</source>
        <translation>Eröffnen Sie eine Runde, um mit der Bewertung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="355"/>
        <source>Every ballot is complete. Close the round when the room is ready.</source>
        <translation>Alle Bewertungsbögen sind vollständig. Schließen Sie die Runde, sobald der Raum bereit ist.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="358"/>
        <source>Pick a name and press Enter to start that ballot.</source>
        <translation>Wählen Sie einen Namen und drücken Sie Enter, um diesen Bewertungsbogen zu starten.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="435"/>
        <source>Open round</source>
        <translation>Runde eröffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="453"/>
        <source>Close and Reveal</source>
        <translation>Schließen und aufdecken</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="453"/>
        <source>Close Round</source>
        <translation>Runde schließen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="454"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="457"/>
        <source>Close round</source>
        <translation>Runde schließen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="473"/>
        <source>Discard round</source>
        <translation>Runde verwerfen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="476"/>
        <source>Round {n} and its {ratings} by {raters} will be removed.</source>
        <translation>Runde {n} und ihre {ratings} von {raters} werden entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="478"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="479"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="482"/>
        <source>Round {n} will be removed; it holds no ratings.</source>
        <translation>Runde {n} wird entfernt; sie enthält keine Bewertungen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="487"/>
        <source>Discard round {n}</source>
        <translation>Runde {n} verwerfen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="135"/>
        <source>entered by the facilitator</source>
        <translation>von der Moderation eingegeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="137"/>
        <source>entered by the participant</source>
        <translation>von der Person selbst eingegeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="140"/>
        <source>&lt;h2&gt;Ballot of {name}&lt;/h2&gt;Round {n}, {who}</source>
        <translation>&lt;h2&gt;Bewertungsbogen von {name}&lt;/h2&gt;Runde {n}, {who}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="219"/>
        <source>Rate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="51"/>
        <source>Close Room</source>
        <translation>Raum schließen</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="254"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="256"/>
        <source>Timed backup</source>
        <translation>Zeitgesteuerte Sicherung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="257"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Upgrade</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="258"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="259"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="260"/>
        <source>Manual backup</source>
        <translation>Manuelle Sicherung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="266"/>
        <source>Taken</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="271"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="273"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="277"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="295"/>
        <source>The workspace is backed up as it is now before it is restored, so a restore can itself be undone from this list.</source>
        <translation>Vor dem Wiederherstellen wird der aktuelle Stand des Arbeitsbereichs gesichert, sodass sich auch eine Wiederherstellung über diese Liste rückgängig machen lässt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="303"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="283"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="183"/>
        <source>No proposals to plot.</source>
        <translation>Keine Vorschläge darzustellen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="234"/>
        <source>Score: {score} (rank {rank})</source>
        <translation>Punktzahl: {score} (Rang {rank})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="237"/>
        <source>PMO: {pmo} · TMO: {tmo} · Gap: {gap}</source>
        <translation>PMO: {pmo} · TMO: {tmo} · Abweichung: {gap}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="240"/>
        <source>Cost: {cost}</source>
        <translation>Kosten: {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="241"/>
        <source>Expected benefit: {benefit}</source>
        <translation>Erwarteter Nutzen: {benefit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="247"/>
        <source>⚑ Split room: dissent {dissent}</source>
        <translation>⚑ Geteilte Meinungen: Dissens {dissent}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="37"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="81"/>
        <source>Results charts</source>
        <translation>Ergebnisdiagramme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="41"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="51"/>
        <source>Score against cost</source>
        <translation>Punktzahl im Vergleich zu den Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="44"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="60"/>
        <source>PMO score against TMO score</source>
        <translation>PMO-Punktzahl im Vergleich zur TMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="53"/>
        <source>Bubble area shows the expected benefit; the number is the rank. Top left: high score at low cost.</source>
        <translation>Die Blasenfläche zeigt den erwarteten Nutzen; die Zahl ist der Rang. Oben links: hohe Punktzahl bei niedrigen Kosten.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="62"/>
        <source>Bubble area shows the cost. Above the diagonal the TMO rates a proposal higher, below it the PMO. The shaded band: the offices agree within ±{band} points.</source>
        <translation>Die Blasenfläche zeigt die Kosten. Oberhalb der Diagonale bewertet das TMO einen Vorschlag höher, unterhalb das PMO. Das schattierte Band: Die Offices sind sich auf ±{band} Punkte einig.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="155"/>
        <source>A withheld score is kept back for privacy: fewer than two of that office&apos;s participants rated the proposal.</source>
        <translation>Eine zurückgehaltene Punktzahl wird aus Datenschutzgründen nicht gezeigt: Weniger als zwei Teilnehmende dieses Office haben den Vorschlag bewertet.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="146"/>
        <source>Not plotted: {items}</source>
        <translation>Nicht dargestellt: {items}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="148"/>
        <source>{title} ({reason})</source>
        <translation>{title} ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="29"/>
        <source>PMO score</source>
        <translation>PMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="30"/>
        <source>TMO score</source>
        <translation>TMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="31"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="32"/>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="33"/>
        <source>Expected benefit</source>
        <translation>Erwarteter Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="40"/>
        <source>Bubble area: cost</source>
        <translation>Blasenfläche: Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="41"/>
        <source>Bubble area: expected benefit</source>
        <translation>Blasenfläche: erwarteter Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="49"/>
        <source>no cost given</source>
        <translation>keine Kosten angegeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="50"/>
        <source>no benefit given</source>
        <translation>kein Nutzen angegeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="58"/>
        <source>no PMO or TMO score</source>
        <translation>keine PMO- oder TMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="63"/>
        <source>PMO score withheld</source>
        <translation>PMO-Punktzahl zurückgehalten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="65"/>
        <source>TMO score withheld</source>
        <translation>TMO-Punktzahl zurückgehalten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="70"/>
        <source>no PMO score</source>
        <translation>keine PMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="71"/>
        <source>no TMO score</source>
        <translation>keine TMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="72"/>
        <source>no score</source>
        <translation>keine Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="73"/>
        <source>no cost</source>
        <translation>keine Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="74"/>
        <source>no benefit</source>
        <translation>kein Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="140"/>
        <source>split room (dissent)</source>
        <translation>geteilte Meinungen (Dissens)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="68"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="73"/>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="80"/>
        <source>Criteria Weights…</source>
        <translation>Kriteriengewichtungen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="83"/>
        <source>The weights the participants&apos; pairwise comparisons give; adopt them or not</source>
        <translation>Die Gewichtungen, die sich aus den Paarvergleichen der Teilnehmenden ergeben; übernehmen oder nicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="93"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="94"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="95"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
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
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="100"/>
        <source>Dissent</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="107"/>
        <source>Spread of opinion: 0 = full agreement, 1 = maximal split. ⚑ marks a split room.</source>
        <translation>Meinungsstreuung: 0 = volle Einigkeit, 1 = maximale Spaltung. ⚑ markiert geteilte Meinungen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="111"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="113"/>
        <source>Min–max</source>
        <translation>Min.–Max.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="123"/>
        <source>Moved</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="126"/>
        <source>Change of the score since the previous round</source>
        <translation>Veränderung der Punktzahl seit der vorigen Runde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="128"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="150"/>
        <source>Raters</source>
        <translation>Bewertende</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="130"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="137"/>
        <source>Results by proposal</source>
        <translation>Ergebnisse je Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="145"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="146"/>
        <source>All</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="157"/>
        <source>Scores per criterion of the selected proposal</source>
        <translation>Punktzahlen je Kriterium für den ausgewählten Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="167"/>
        <source>PMO versus TMO gap by criterion</source>
        <translation>Abweichung PMO gegenüber TMO je Kriterium</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="182"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="192"/>
        <source>Keep as the workshop&apos;s &amp;budget</source>
        <translation>Als Budget des Workshops &amp;speichern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="194"/>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="204"/>
        <source>&lt;b&gt;Where PMO and TMO disagree&lt;/b&gt; (PMO score − TMO score, per criterion)</source>
        <translation>&lt;b&gt;Wo PMO und TMO uneinig sind&lt;/b&gt; (PMO-Punktzahl − TMO-Punktzahl, je Kriterium)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="228"/>
        <source>&amp;Gap view</source>
        <translation>Abwei&amp;chungsansicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="229"/>
        <source>Per &amp;criterion</source>
        <translation>Je &amp;Kriterium</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="230"/>
        <source>Budget fi&amp;t</source>
        <translation>Budget-&amp;Passung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="232"/>
        <source>Ch&amp;arts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="234"/>
        <source>Portfo&amp;lio</source>
        <translation>Portfo&amp;lio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="254"/>
        <source>Latest closed round</source>
        <translation>Letzte geschlossene Runde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="317"/>
        <source>No closed round with ratings yet. Results appear here once a round is closed; pick an open round in the Round box to follow it.</source>
        <translation>Noch keine geschlossene Runde mit Bewertungen. Ergebnisse erscheinen hier, sobald eine Runde geschlossen ist; wählen Sie im Feld „Runde“ eine offene Runde, um sie zu verfolgen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="328"/>
        <source>&lt;h2&gt;Round {n} is blind and still open&lt;/h2&gt;{rated} of {total} ballots complete, {partial} started. Results are shown when the round is closed.</source>
        <translation>&lt;h2&gt;Runde {n} ist blind und noch offen&lt;/h2&gt;{rated} von {total} Bewertungsbögen vollständig, {partial} begonnen. Ergebnisse werden gezeigt, sobald die Runde geschlossen ist.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="343"/>
        <source>Round {n}: {rated} of {total} ballots complete, {partial} started. Dissent is flagged at {threshold} (this workshop&apos;s threshold).</source>
        <translation>Runde {n}: {rated} von {total} Bewertungsbögen vollständig, {partial} begonnen. Dissens wird ab {threshold} markiert (die Schwelle dieses Workshops).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="353"/>
        <source>The round is still open: figures change as ratings come.</source>
        <translation>Die Runde ist noch offen: Die Zahlen ändern sich mit jeder neuen Bewertung.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="256"/>
        <source>Round {n}</source>
        <translation>Runde {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="356"/>
        <source>Criterion weights: the group&apos;s, from the pairwise comparisons (AHP).</source>
        <translation>Kriteriengewichtungen: die der Gruppe, aus den Paarvergleichen (AHP).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="360"/>
        <source>— withheld for privacy: fewer than two participants of an office rated it.</source>
        <translation>— aus Datenschutzgründen zurückgehalten: Weniger als zwei Teilnehmende eines Office haben bewertet.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="386"/>
        <source>overall</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="387"/>
        <source>PMO higher</source>
        <translation>PMO höher</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="387"/>
        <source>TMO higher</source>
        <translation>TMO höher</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="395"/>
        <source>&lt;b&gt;Discuss these&lt;/b&gt; — no gap can be shown: it needs figures from both the PMO and the TMO.</source>
        <translation>&lt;b&gt;Zu diskutieren&lt;/b&gt; — keine Abweichung darstellbar: Dafür sind Zahlen von PMO und TMO nötig.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="401"/>
        <source>&lt;b&gt;Discuss these&lt;/b&gt; — the largest gaps between the offices:</source>
        <translation>&lt;b&gt;Zu diskutieren&lt;/b&gt; — die größten Abweichungen zwischen den Offices:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="412"/>
        <source>Enter a budget to see which proposals give the highest total score within it.</source>
        <translation>Geben Sie ein Budget ein, um zu sehen, welche Vorschläge darin die höchste Gesamtpunktzahl erreichen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="421"/>
        <source>&lt;b&gt;Best use of the budget&lt;/b&gt; (exact): total score {score}, cost {cost} of {budget}&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Beste Nutzung des Budgets&lt;/b&gt; (exakt): Gesamtpunktzahl {score}, Kosten {cost} von {budget}&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="447"/>
        <source>Set budget</source>
        <translation>Budget festlegen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="217"/>
        <source>Largest gaps to discuss</source>
        <translation>Größte Abweichungen zur Diskussion</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="227"/>
        <source>Result details</source>
        <translation>Ergebnisdetails</translation>
    </message>
</context>
<context>
    <name>ResultsWorkbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="24"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="25"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="26"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="27"/>
        <source>Gaps</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="28"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="29"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="30"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="60"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="61"/>
        <source>Frontier</source>
        <translation>Effizienzgrenze</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="62"/>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="63"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="31"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="64"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="32"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="65"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="33"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="69"/>
        <source>Limit on {resource}</source>
        <translation>Obergrenze für {resource}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="75"/>
        <source>Joint</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="78"/>
        <source>One office alone</source>
        <translation>Nur ein Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="79"/>
        <source>only PMO</source>
        <translation>nur PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="80"/>
        <source>only TMO</source>
        <translation>nur TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="81"/>
        <source>funded</source>
        <translation>finanziert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="83"/>
        <source>Set</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="84"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="102"/>
        <source>Proposals funded</source>
        <translation>Finanzierte Vorschläge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="85"/>
        <source>Total score</source>
        <translation>Gesamtpunktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="86"/>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="87"/>
        <source>Total resource use</source>
        <translation>Gesamter Ressourcenbedarf</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="88"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="89"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="90"/>
        <source>Left of the budget</source>
        <translation>Verbleibendes Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="95"/>
        <source>— withheld: fewer than two participants of an office rated it; such a figure counts as not rated in that office&apos;s set, and an office with no figure shown has no set</source>
        <translation>— zurückgehalten: Weniger als zwei Teilnehmende eines Office haben bewertet; eine solche Zahl gilt in der Auswahl dieses Office als nicht bewertet, und ein Office ohne gezeigte Zahl hat keine Auswahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="101"/>
        <source>Best total score</source>
        <translation>Beste Gesamtpunktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="103"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="104"/>
        <source>Budget (rank order)</source>
        <translation>Budget (Rangfolge)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="105"/>
        <source>Total score (rank order)</source>
        <translation>Gesamtpunktzahl (Rangfolge)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="106"/>
        <source>Proposal added</source>
        <translation>Hinzugekommener Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="107"/>
        <source>Best total score at each budget</source>
        <translation>Beste Gesamtpunktzahl je Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="108"/>
        <source>Best set</source>
        <translation>Beste Auswahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="109"/>
        <source>In rank order</source>
        <translation>Nach Rangfolge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="110"/>
        <source>Each row: from this budget on, up to the next row&apos;s, the best set under the funding rules. Beside it: funding strictly in rank order, skipping nothing, without the rules.</source>
        <translation>Jede Zeile: ab diesem Budget bis zu dem der nächsten Zeile die beste Auswahl nach den Finanzierungsregeln. Daneben: Finanzierung streng nach Rangfolge, ohne etwas zu überspringen, ohne die Regeln.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="116"/>
        <source>The funding rules cannot hold at any budget.</source>
        <translation>Die Finanzierungsregeln sind bei keinem Budget erfüllbar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="119"/>
        <source>Top-ranked stays from</source>
        <translation>Platz 1 bleibt ab</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="120"/>
        <source>Top-ranked stays up to</source>
        <translation>Platz 1 bleibt bis</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="121"/>
        <source>Funded set stays from</source>
        <translation>Finanzierte Auswahl bleibt ab</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="122"/>
        <source>Funded set stays up to</source>
        <translation>Finanzierte Auswahl bleibt bis</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="123"/>
        <source>no limit</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="124"/>
        <source>The weights within which each criterion leaves the decision as it is, the other weights unchanged; 0: it holds down to a weight of 0; no limit: for any higher weight; —: no funded set, the rules cannot hold.</source>
        <translation>Die Gewichtungen, innerhalb derer jedes Kriterium die Entscheidung unverändert lässt, bei unveränderten übrigen Gewichtungen; 0: sie hält bis hinunter zu einer Gewichtung von 0; keine Obergrenze: für jede höhere Gewichtung; —: keine finanzierte Auswahl, die Regeln sind nicht erfüllbar.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="130"/>
        <source>Funded now</source>
        <translation>Jetzt finanziert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="131"/>
        <source>Probability funded</source>
        <translation>Finanzierungswahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="132"/>
        <source>How often each proposal is funded in {n} random draws of the weights around the agreed ones (the same draws every time).</source>
        <translation>Wie oft jeder Vorschlag in {n} zufälligen Ziehungen der Gewichtungen um die vereinbarten herum finanziert wird (jedes Mal dieselben Ziehungen).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="34"/>
        <source>PMO score</source>
        <translation>PMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="35"/>
        <source>TMO score</source>
        <translation>TMO-Punktzahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="36"/>
        <source>Gap (PMO − TMO)</source>
        <translation>Abweichung (PMO − TMO)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="37"/>
        <source>Dissent</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="38"/>
        <source>Dissent flag</source>
        <translation>Dissens-Markierung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="39"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="40"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="41"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="42"/>
        <source>Raters</source>
        <translation>Bewertende</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="66"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="43"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="44"/>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="117"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="45"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="55"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="59"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="118"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="46"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="47"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="48"/>
        <source>Scale min</source>
        <translation>Skala min.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="49"/>
        <source>Scale max</source>
        <translation>Skala max.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="50"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="51"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="52"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="53"/>
        <source>Rater</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="54"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="56"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="57"/>
        <source>Entered by</source>
        <translation>Eingegeben von</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="58"/>
        <source>Entered at</source>
        <translation>Eingegeben am</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="60"/>
        <source>overall</source>
        <translation>gesamt</translation>
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
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="64"/>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="65"/>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="66"/>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="67"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="68"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="69"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="71"/>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="72"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="73"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="74"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="75"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="76"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="77"/>
        <source>Round counted</source>
        <translation>Gewertete Runde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="78"/>
        <source>none (no ratings yet)</source>
        <translation>keine (noch keine Bewertungen)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="79"/>
        <source>Round chosen</source>
        <translation>Runde gewählt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="80"/>
        <source>yes: named for this workbook</source>
        <translation>ja: für diese Arbeitsmappe angegeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="81"/>
        <source>no: the default, the latest closed round that holds ratings</source>
        <translation>nein: Standard, die letzte geschlossene Runde mit Bewertungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="84"/>
        <source>Complete ballots (rated)</source>
        <translation>Vollständige Bewertungsbögen (bewertet)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="85"/>
        <source>Partial ballots</source>
        <translation>Teilweise ausgefüllte Bewertungsbögen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="89"/>
        <source>Named: ratings beside the participants&apos; names</source>
        <translation>Namentlich: Bewertungen neben den Namen der Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="92"/>
        <source>Office-tagged: ratings by office, never by person</source>
        <translation>Nach Office: Bewertungen nach Office, nie nach Person</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="95"/>
        <source>Anonymous: ratings with neither names nor offices</source>
        <translation>Anonym: Bewertungen weder mit Namen noch mit Offices</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="99"/>
        <source>{office} {n}</source>
        <translation>{office} {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="100"/>
        <source>Rater {n}</source>
        <translation>Bewerter {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="101"/>
        <source>can&apos;t judge</source>
        <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="166"/>
        <source>In office-tagged and anonymous workshops an office&apos;s figures for a proposal, and for each of its criteria, are withheld (—) unless at least two participants of that office rated it, and the other office&apos;s figures with them; so are the median, minimum and maximum beside them, and every rating of such a proposal.</source>
        <translation>In Workshops mit der Anonymität „Nach Office“ oder „Anonym“ werden die Zahlen eines Office für einen Vorschlag und für jedes seiner Kriterien zurückgehalten (—), sofern nicht mindestens zwei Teilnehmende dieses Office ihn bewertet haben, und mit ihnen die Zahlen des anderen Office; ebenso Median, Minimum und Maximum daneben sowie jede Bewertung eines solchen Vorschlags.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="108"/>
        <source>Office-tagged workshop: raters appear as keys by office (PMO 1, PMO 2 …), dealt at random within each office and the same in every round of this workbook; the time of entry is given to the day only.</source>
        <translation>Workshop nach Office: Bewertende erscheinen als Kennungen je Office (PMO 1, PMO 2 …), innerhalb jedes Office zufällig vergeben und in jeder Runde dieser Arbeitsmappe gleich; der Zeitpunkt der Eingabe wird nur auf den Tag genau angegeben.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="114"/>
        <source>Anonymous workshop: raters appear as keys (Rater 1, Rater 2 …) dealt at random and the same in every round of this workbook, with no office; the time of entry is given to the day only.</source>
        <translation>Anonymer Workshop: Bewertende erscheinen als Kennungen (Bewerter 1, Bewerter 2 …), zufällig vergeben und in jeder Runde dieser Arbeitsmappe gleich, ohne Office; der Zeitpunkt der Eingabe wird nur auf den Tag genau angegeben.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="154"/>
        <source>Only the round counted is scored (by default the latest closed round that holds ratings); the Ratings sheet lists it in the column Round beside the other closed rounds.</source>
        <translation>Nur die gewertete Runde wird berechnet (standardmäßig die letzte geschlossene Runde mit Bewertungen); das Blatt Bewertungen führt sie in der Spalte Runde neben den anderen geschlossenen Runden auf.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="160"/>
        <source>A ballot is complete when every proposal × criterion cell holds a rating or &quot;can&apos;t judge&quot;; &quot;can&apos;t judge&quot; is listed on the Ratings sheet and never scored.</source>
        <translation>Ein Bewertungsbogen ist vollständig, wenn jede Zelle Vorschlag × Kriterium eine Bewertung oder „nicht beurteilbar“ enthält; „nicht beurteilbar“ wird im Blatt Bewertungen aufgeführt und nie gewertet.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="86"/>
        <source>Dissent flag at</source>
        <translation>Dissens markiert ab</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="87"/>
        <source>Anonymity</source>
        <translation>Anonymität</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="102"/>
        <source>— withheld: fewer than two participants of an office rated it; the other office&apos;s figure beside it is withheld too, so that no figure shows one person&apos;s rating</source>
        <translation>— zurückgehalten: Weniger als zwei Teilnehmende eines Office haben bewertet; die Zahl des anderen Office daneben wird ebenfalls zurückgehalten, damit keine Zahl die Bewertung einer einzelnen Person zeigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="120"/>
        <source>Step {n}</source>
        <translation>Schritt {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="122"/>
        <source>A rating r on a criterion with scale [lo, hi] normalises to n = (r − lo) / (hi − lo); for a criterion where lower is better, n = 1 − n.</source>
        <translation>Eine Bewertung r bei einem Kriterium mit der Skala [lo, hi] wird normiert zu n = (r − lo) / (hi − lo); bei einem Kriterium, bei dem niedriger besser ist, gilt n = 1 − n.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="127"/>
        <source>A participant&apos;s score for a proposal is Σ w·n / Σ w over the criteria that participant rated (w: the criterion&apos;s weight; a missing rating is left out, never counted as zero).</source>
        <translation>Die Punktzahl eines Teilnehmers für einen Vorschlag ist Σ w·n / Σ w über die Kriterien, die er bewertet hat (w: Gewichtung des Kriteriums; eine fehlende Bewertung bleibt außen vor und zählt nie als null).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="133"/>
        <source>A proposal&apos;s score is 100 × the mean of its participants&apos; scores. The PMO score and the TMO score are the same mean over the participants of that office; gap = PMO − TMO.</source>
        <translation>Die Punktzahl eines Vorschlags ist 100 × der Mittelwert der Punktzahlen seiner Teilnehmenden. PMO- und TMO-Punktzahl sind derselbe Mittelwert über die Teilnehmenden des jeweiligen Office; Abweichung = PMO − TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="139"/>
        <source>Per criterion (sheet Gaps): 100 × the mean of n over the participants who rated it, for PMO and for TMO, and the gap between them.</source>
        <translation>Je Kriterium (Blatt Abweichungen): 100 × der Mittelwert von n über die Teilnehmenden, die es bewertet haben, für PMO und TMO, sowie die Abweichung zwischen beiden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="144"/>
        <source>Dissent is the population standard deviation of the participant scores (0–100) divided by 50: 0 is full agreement, 1 a maximal split. Median, min and max are of the same participant scores.</source>
        <translation>Dissens ist die Standardabweichung (Grundgesamtheit) der Punktzahlen der Teilnehmenden (0–100) geteilt durch 50: 0 ist volle Einigkeit, 1 eine maximale Spaltung. Median, Min. und Max. beziehen sich auf dieselben Punktzahlen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="150"/>
        <source>Rank: by score, highest first; equal scores share a rank (1, 2, 2, 4).</source>
        <translation>Rang: nach Punktzahl, die höchste zuerst; gleiche Punktzahlen teilen sich einen Rang (1, 2, 2, 4).</translation>
    </message>
</context>
<context>
    <name>RolesArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="60"/>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="64"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="362"/>
        <source>Add office</source>
        <translation>Office hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="66"/>
        <source>Choose colour…</source>
        <translation>Farbe wählen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="68"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="423"/>
        <source>Delete office</source>
        <translation>Office löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="70"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="81"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="72"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="83"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="74"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="77"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="377"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="383"/>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="79"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="403"/>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="86"/>
        <source>Add an office and type its name</source>
        <translation>Ein Office hinzufügen und seinen Namen eingeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="87"/>
        <source>Choose the colour that marks the office and its roles</source>
        <translation>Die Farbe wählen, die das Office und seine Rollen kennzeichnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="89"/>
        <source>Delete the office (only when no role belongs to it)</source>
        <translation>Das Office löschen (nur wenn ihm keine Rolle angehört)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="91"/>
        <source>Move the office up</source>
        <translation>Das Office nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="92"/>
        <source>Move the office down</source>
        <translation>Das Office nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="93"/>
        <source>Add a role to the selected office and type its name</source>
        <translation>Dem ausgewählten Office eine Rolle hinzufügen und ihren Namen eingeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="94"/>
        <source>Delete the role with its RACI letters</source>
        <translation>Die Rolle samt ihren RACI-Buchstaben löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="95"/>
        <source>Move the role up within its office</source>
        <translation>Die Rolle innerhalb ihres Office nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="96"/>
        <source>Move the role down within its office</source>
        <translation>Die Rolle innerhalb ihres Office nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="103"/>
        <source>F2 or double-click edits a cell · Ins adds · Del deletes · Ctrl+Up / Ctrl+Down change the order</source>
        <translation>F2 oder Doppelklick bearbeitet eine Zelle · Einfg fügt hinzu · Entf löscht · Strg+↑ / Strg+↓ ändern die Reihenfolge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="111"/>
        <source>&amp;Offices</source>
        <translation>&amp;Offices</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="112"/>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="135"/>
        <source>F2 edits the current cell, Insert adds, Delete deletes, Ctrl+Up and Ctrl+Down move the row</source>
        <translation>F2 bearbeitet die aktuelle Zelle, Einfg fügt hinzu, Entf löscht, Strg+↑ und Strg+↓ verschieben die Zeile</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="228"/>
        <source>{offices} · {roles} · {letters} held</source>
        <translation>{offices} · {roles} · {letters} vergeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="234"/>
        <source> · read-only</source>
        <translation> · schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="345"/>
        <source>Rename office</source>
        <translation>Office umbenennen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="345"/>
        <source>Describe office</source>
        <translation>Office beschreiben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="350"/>
        <source>Rename role</source>
        <translation>Rolle umbenennen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="351"/>
        <source>Describe role</source>
        <translation>Rolle beschreiben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="352"/>
        <source>Move role to another office</source>
        <translation>Rolle in ein anderes Office verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="358"/>
        <source>New office</source>
        <translation>Neues Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="378"/>
        <source>Add an office first: every role belongs to one.</source>
        <translation>Legen Sie zuerst ein Office an: Jede Rolle gehört zu einem.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="381"/>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="396"/>
        <source>Delete the role “{role}”?</source>
        <translation>Die Rolle „{role}“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="398"/>
        <source>It holds %n letter(s) in the RACI matrix.</source>
        <translation>
            <numerusform>Ihr ist in der RACI-Matrix %n Buchstabe zugeordnet.</numerusform>
            <numerusform>Ihr sind in der RACI-Matrix %n Buchstaben zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="400"/>
        <source>It approves %n control point(s).</source>
        <translation>
            <numerusform>Sie gibt %n Kontrollpunkt frei.</numerusform>
            <numerusform>Sie gibt %n Kontrollpunkte frei.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="401"/>
        <source>They go with it; Undo brings them back.</source>
        <translation>Diese werden mit gelöscht; Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="403"/>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="407"/>
        <source>Delete role “{role}”</source>
        <translation>Rolle „{role}“ löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="417"/>
        <source>Delete the office “{office}”?</source>
        <translation>Das Office „{office}“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="419"/>
        <source>%n activities will have no owning office.</source>
        <translation>
            <numerusform>%n Aktivität hat dann kein zuständiges Office mehr.</numerusform>
            <numerusform>%n Aktivitäten haben dann kein zuständiges Office mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="421"/>
        <source>%n workshop participant(s) will have no office.</source>
        <translation>
            <numerusform>%n Workshop-Teilnehmer hat dann kein Office mehr.</numerusform>
            <numerusform>%n Workshop-Teilnehmende haben dann kein Office mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="423"/>
        <source>Delete Office</source>
        <translation>Office löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="428"/>
        <source>Delete office “{office}”</source>
        <translation>Office „{office}“ löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="452"/>
        <source>Move office up</source>
        <translation>Office nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="452"/>
        <source>Move office down</source>
        <translation>Office nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="474"/>
        <source>Move role up</source>
        <translation>Rolle nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="474"/>
        <source>Move role down</source>
        <translation>Rolle nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="485"/>
        <source>Change office colour</source>
        <translation>Office-Farbe ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="497"/>
        <source>Office colour</source>
        <translation>Office-Farbe</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="221"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="222"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="223"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
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
        <translation>Buchstaben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="232"/>
        <source>Double-click or press F2 to move the role to another office</source>
        <translation>Doppelklick oder F2, um die Rolle in ein anderes Office zu verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="234"/>
        <source>Activities where the role is Responsible</source>
        <translation>Aktivitäten, für die die Rolle verantwortlich ist</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="235"/>
        <source>Activities where the role is Accountable</source>
        <translation>Aktivitäten, für die die Rolle rechenschaftspflichtig ist</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="236"/>
        <source>All letters the role holds in the RACI matrix</source>
        <translation>Alle Buchstaben der Rolle in der RACI-Matrix</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="266"/>
        <source>approves %n control point(s)</source>
        <translation>
            <numerusform>gibt %n Kontrollpunkt frei</numerusform>
            <numerusform>gibt %n Kontrollpunkte frei</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/guard.py" line="116"/>
        <source>Too many requests; please wait a moment and try again.</source>
        <translation>Zu viele Anfragen; bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="159"/>
        <source>Something went wrong on the facilitator&apos;s laptop.</source>
        <translation>Auf dem Laptop der Moderation ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="166"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="288"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="299"/>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="168"/>
        <source>Not allowed here.</source>
        <translation>Hier nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="169"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="217"/>
        <source>This request is not valid.</source>
        <translation>Diese Anfrage ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="185"/>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="64"/>
        <source>There is no room with this code.</source>
        <translation>Es gibt keinen Raum mit diesem Code.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="205"/>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="67"/>
        <source>This device is not known in the room; choose your name again.</source>
        <translation>Dieses Gerät ist im Raum nicht bekannt; wählen Sie Ihren Namen erneut.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="212"/>
        <source>Send JSON (application/json).</source>
        <translation>Senden Sie JSON (application/json).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="213"/>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="228"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="230"/>
        <source>The request is not valid JSON.</source>
        <translation>Die Anfrage ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="238"/>
        <source>{field}: a whole number is needed</source>
        <translation>{field}: eine ganze Zahl wird benötigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="248"/>
        <source>{field}: a short text is needed</source>
        <translation>{field}: ein kurzer Text wird benötigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="371"/>
        <source>cant_judge: true or false</source>
        <translation>cant_judge: true oder false</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="392"/>
        <source>value: a number or null is needed</source>
        <translation>value: eine Zahl oder null wird benötigt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="416"/>
        <source>Too many open pages; please try again shortly.</source>
        <translation>Zu viele offene Seiten; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="45"/>
        <source>{address}: not a port number</source>
        <translation>{address}: keine Portnummer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="53"/>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="68"/>
        <source>{address}: not an address of this machine</source>
        <translation>{address}: keine Adresse dieses Rechners</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="66"/>
        <source>{address}: the port is already in use</source>
        <translation>{address}: der Port ist bereits belegt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="70"/>
        <source>{address}: not allowed to listen on this port</source>
        <translation>{address}: keine Berechtigung, auf diesem Port auf Verbindungen zu warten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="94"/>
        <location filename="../src/pmo_tmo_desktop/services/room_ballot.py" line="287"/>
        <source>no workshop with id {id}</source>
        <translation>kein Workshop mit ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="147"/>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="175"/>
        <source>workshop &apos;{title}&apos; is closed; its room cannot open</source>
        <translation>Workshop „{title}“ ist abgeschlossen; sein Raum kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="492"/>
        <source>no device with id {id}</source>
        <translation>kein Gerät mit ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_ballot.py" line="222"/>
        <source>{criterion}: {value} is outside the scale {low}–{high}</source>
        <translation>{criterion}: {value} liegt außerhalb der Skala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="71"/>
        <source>This name is not on the workshop&apos;s list; choose it again.</source>
        <translation>Dieser Name steht nicht auf der Liste des Workshops; wählen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="75"/>
        <source>Another device holds this name; the facilitator admits you.</source>
        <translation>Ein anderes Gerät ist bereits unter diesem Namen angemeldet; die Moderation lässt Sie zu.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="79"/>
        <source>This device no longer rates for this name; choose your name again.</source>
        <translation>Dieses Gerät bewertet nicht mehr für diesen Namen; wählen Sie Ihren Namen erneut.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="81"/>
        <source>No round is open yet; wait for the facilitator.</source>
        <translation>Noch ist keine Runde offen; warten Sie auf die Moderation.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="84"/>
        <source>The round is closed; ratings can no longer change.</source>
        <translation>Die Runde ist geschlossen; Bewertungen können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="86"/>
        <source>The rating lies outside the criterion&apos;s scale.</source>
        <translation>Die Bewertung liegt außerhalb der Skala des Kriteriums.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="87"/>
        <source>A rating must be a number.</source>
        <translation>Eine Bewertung muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="90"/>
        <source>This proposal or criterion is not part of the workshop.</source>
        <translation>Dieser Vorschlag oder dieses Kriterium gehört nicht zum Workshop.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="94"/>
        <source>Too many devices are waiting for this name; ask the facilitator.</source>
        <translation>Zu viele Geräte warten auf diesen Namen; wenden Sie sich an die Moderation.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="98"/>
        <source>The workshop is closed; ratings can no longer change.</source>
        <translation>Der Workshop ist abgeschlossen; Bewertungen können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="100"/>
        <source>The personal code is not right.</source>
        <translation>Der persönliche Code stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="103"/>
        <source>This workshop does not ask for criteria weights.</source>
        <translation>Dieser Workshop fragt keine Kriteriengewichtungen ab.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="107"/>
        <source>These are not two different criteria of the workshop.</source>
        <translation>Das sind nicht zwei verschiedene Kriterien des Workshops.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="211"/>
        <source>&apos;Can&apos;t judge&apos; takes no value.</source>
        <translation>„Nicht beurteilbar“ erhält keinen Wert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="133"/>
        <source>An answer must be a number.</source>
        <translation>Eine Antwort muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="141"/>
        <source>{a} vs {b}: this is not one of the 17 answers.</source>
        <translation>{a} vs. {b}: Das ist keine der 17 Antworten.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="166"/>
        <source>The workshop is closed; criteria weights can no longer change.</source>
        <translation>Der Workshop ist abgeschlossen; die Kriteriengewichtungen können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="174"/>
        <source>The round is closed; criteria weights can no longer change.</source>
        <translation>Die Runde ist geschlossen; die Kriteriengewichtungen können nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>RoomControl</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="217"/>
        <source>The room is open at {url}</source>
        <translation>Der Raum ist unter {url} geöffnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="235"/>
        <source>The room is closed</source>
        <translation>Der Raum ist geschlossen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="247"/>
        <source>The room pauses for the file</source>
        <translation>Der Raum pausiert für die Datei</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="271"/>
        <source>The room is closed: another workshop was chosen</source>
        <translation>Der Raum ist geschlossen: Ein anderer Workshop wurde gewählt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="277"/>
        <source>The room is closed with the workshop</source>
        <translation>Der Raum wurde mit dem Workshop geschlossen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="327"/>
        <source>Admit device</source>
        <translation>Gerät zulassen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="331"/>
        <source>Release device</source>
        <translation>Gerät freigeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="335"/>
        <source>Revoke device</source>
        <translation>Gerät sperren</translation>
    </message>
</context>
<context>
    <name>RoomDevices</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="34"/>
        <source>Joined</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="36"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="37"/>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="55"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="56"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="57"/>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="21"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="22"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="23"/>
        <source>Ballot</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="24"/>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="25"/>
        <source>Tap your name to start rating.</source>
        <translation>Tippen Sie auf Ihren Namen, um mit der Bewertung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="26"/>
        <source>already joined on another device</source>
        <translation>bereits auf einem anderen Gerät angemeldet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="27"/>
        <source>No participants yet. Ask the facilitator to add you.</source>
        <translation>Noch keine Teilnehmenden. Bitten Sie die Moderation, Sie hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="28"/>
        <source>Personal code</source>
        <translation>Persönlicher Code</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="29"/>
        <source>The personal code is printed on your name card.</source>
        <translation>Der persönliche Code steht auf Ihrer Namenskarte.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="30"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="31"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="32"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="33"/>
        <source>Pick your name</source>
        <translation>Namen wählen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="34"/>
        <source>No room with this code</source>
        <translation>Kein Raum mit diesem Code</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="35"/>
        <source>Check the address or scan the code on the screen again.</source>
        <translation>Prüfen Sie die Adresse oder scannen Sie den Code auf der Leinwand erneut.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="36"/>
        <source>The room cannot be reached</source>
        <translation>Der Raum ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="37"/>
        <source>Check that this device is on the room’s Wi-Fi. This page tries again by itself.</source>
        <translation>Prüfen Sie, ob dieses Gerät im WLAN des Raums ist. Diese Seite versucht es von selbst erneut.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="41"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="42"/>
        <source>Could not join</source>
        <translation>Beitritt nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="43"/>
        <source>Waiting for the facilitator to admit this device</source>
        <translation>Warten, bis die Moderation dieses Gerät zulässt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="44"/>
        <source>{name} has already joined on another device, so the facilitator must admit this one. This page checks again every few seconds.</source>
        <translation>{name} ist bereits auf einem anderen Gerät angemeldet, daher muss die Moderation dieses Gerät zulassen. Diese Seite prüft alle paar Sekunden erneut.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="49"/>
        <source>Not {name}? Pick another name</source>
        <translation>Nicht {name}? Anderen Namen wählen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="50"/>
        <source>Leave this ballot and pick another name? The ratings given so far stay saved.</source>
        <translation>Diesen Bewertungsbogen verlassen und einen anderen Namen wählen? Die bisherigen Bewertungen bleiben gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="54"/>
        <source>This device was signed out</source>
        <translation>Dieses Gerät wurde abgemeldet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="55"/>
        <source>The facilitator signed this device out, for example because you joined on another device. Your ratings so far stay saved.</source>
        <translation>Die Moderation hat dieses Gerät abgemeldet, zum Beispiel weil Sie auf einem anderen Gerät beigetreten sind. Ihre bisherigen Bewertungen bleiben gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="60"/>
        <source>Pick my name again</source>
        <translation>Meinen Namen erneut wählen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="61"/>
        <source>This device is no longer joined. Pick your name to join again.</source>
        <translation>Dieses Gerät ist nicht mehr angemeldet. Wählen Sie Ihren Namen, um erneut beizutreten.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="62"/>
        <source>Waiting for the facilitator to open a round</source>
        <translation>Warten, bis die Moderation eine Runde eröffnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="63"/>
        <source>Your ballot appears here by itself as soon as the round opens.</source>
        <translation>Ihr Bewertungsbogen erscheint hier von selbst, sobald die Runde eröffnet ist.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="64"/>
        <source>Round {n}</source>
        <translation>Runde {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="65"/>
        <source>Round {n} (blind)</source>
        <translation>Runde {n} (blind)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="66"/>
        <source>Round {n} is closed. Your ratings are shown read-only; the ballot opens again by itself if the facilitator opens another round.</source>
        <translation>Runde {n} ist geschlossen. Ihre Bewertungen werden nur angezeigt; der Bewertungsbogen öffnet sich von selbst, wenn die Moderation eine weitere Runde eröffnet.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="71"/>
        <source>Every change is saved at once; there is nothing to submit.</source>
        <translation>Jede Änderung wird sofort gespeichert; es gibt nichts abzusenden.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="72"/>
        <source>{filled} of {cells} answered</source>
        <translation>{filled} von {cells} beantwortet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="73"/>
        <source>Complete: all {cells} answered</source>
        <translation>Vollständig: alle {cells} beantwortet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="74"/>
        <source>{n} not sent yet</source>
        <translation>{n} noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="75"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="76"/>
        <source>Proposal {n} of {count}</source>
        <translation>Vorschlag {n} von {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="77"/>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="78"/>
        <source>Proposal {n}: {title}, {state}</source>
        <translation>Vorschlag {n}: {title}, {state}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="79"/>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="80"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="81"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="82"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="83"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="84"/>
        <source>can&apos;t judge</source>
        <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="85"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="86"/>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="87"/>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="88"/>
        <source>Scale {low}–{high}</source>
        <translation>Skala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="89"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="90"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="91"/>
        <source>Offline, queued</source>
        <translation>Offline, vorgemerkt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="92"/>
        <source>Not saved yet, retrying</source>
        <translation>Noch nicht gespeichert, neuer Versuch</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="93"/>
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="94"/>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Geben Sie eine Zahl von {low} bis {high} ein.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="95"/>
        <source>Offline: your changes are kept on this device and sent as soon as the connection is back.</source>
        <translation>Offline: Ihre Änderungen bleiben auf diesem Gerät und werden gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="100"/>
        <source>The round was closed before these changes could be sent: {n}.</source>
        <translation>Die Runde wurde geschlossen, bevor diese Änderungen gesendet werden konnten: {n}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="101"/>
        <source>Round {n} was closed before this change could be sent.</source>
        <translation>Runde {n} wurde geschlossen, bevor diese Änderung gesendet werden konnte.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="102"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="103"/>
        <source>Results of round {n}</source>
        <translation>Ergebnisse der Runde {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="104"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="105"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
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
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="109"/>
        <source>Scores run from 0 to 100; the gap is the PMO score minus the TMO score.</source>
        <translation>Die Punktzahlen reichen von 0 bis 100; die Abweichung ist die PMO-Punktzahl minus die TMO-Punktzahl.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="113"/>
        <source>— withheld for privacy: fewer than two participants of an office rated it.</source>
        <translation>— aus Datenschutzgründen zurückgehalten: Weniger als zwei Teilnehmende eines Office haben bewertet.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="118"/>
        <source>Criteria weights</source>
        <translation>Kriteriengewichtungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="119"/>
        <source>Before rating, compare the criteria in pairs: which matters more, and how much? This step is optional.</source>
        <translation>Vergleichen Sie vor der Bewertung die Kriterien paarweise: Welches ist wichtiger, und wie viel? Dieser Schritt ist optional.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="124"/>
        <source>Slide towards the criterion that matters more. Keys: arrows move, Enter chooses, Delete clears.</source>
        <translation>Schieben Sie zum Kriterium hin, das wichtiger ist. Tasten: Pfeile verschieben, Enter wählt, Entf löscht.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="129"/>
        <source>The round is closed; your criteria weights are shown read-only.</source>
        <translation>Die Runde ist geschlossen; Ihre Kriteriengewichtungen werden nur angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="130"/>
        <source>Skip to rating</source>
        <translation>Direkt zur Bewertung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="131"/>
        <source>Go to rating</source>
        <translation>Zur Bewertung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="132"/>
        <source>{n} of {count} pairs answered</source>
        <translation>{n} von {count} Paaren beantwortet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="133"/>
        <source>Pair {n} of {count}</source>
        <translation>Paar {n} von {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="134"/>
        <source>{a} vs {b}</source>
        <translation>{a} vs. {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="135"/>
        <source>{side} extremely more important</source>
        <translation>{side} extrem wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="136"/>
        <source>{side} very strongly to extremely more important</source>
        <translation>{side} sehr viel bis extrem wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="137"/>
        <source>{side} very strongly more important</source>
        <translation>{side} sehr viel wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="138"/>
        <source>{side} strongly to very strongly more important</source>
        <translation>{side} erheblich bis sehr viel wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="139"/>
        <source>{side} strongly more important</source>
        <translation>{side} erheblich wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="140"/>
        <source>{side} moderately to strongly more important</source>
        <translation>{side} etwas bis erheblich wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="141"/>
        <source>{side} moderately more important</source>
        <translation>{side} etwas wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="142"/>
        <source>{side} equally to moderately more important</source>
        <translation>{side} gleich bis etwas wichtiger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="143"/>
        <source>Equal</source>
        <translation>Gleich wichtig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="144"/>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="145"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="146"/>
        <source>least consistent</source>
        <translation>am wenigsten konsistent</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="147"/>
        <source>Your weights</source>
        <translation>Ihre Gewichtungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="148"/>
        <source>Only you see this.</source>
        <translation>Nur Sie sehen das.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="149"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="150"/>
        <source>Consistency ratio {ratio}: consistent</source>
        <translation>Konsistenzverhältnis {ratio}: konsistent</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="151"/>
        <source>Consistency ratio {ratio}: above 0.10, worth a second look</source>
        <translation>Konsistenzverhältnis {ratio}: über 0,10, ein zweiter Blick lohnt sich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="152"/>
        <source>Least consistent answer: {a} vs {b}</source>
        <translation>Am wenigsten konsistente Antwort: {a} vs. {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="153"/>
        <source>Compare pairs that link every criterion to see your weights.</source>
        <translation>Vergleichen Sie Paare, die alle Kriterien verbinden, um Ihre Gewichtungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="154"/>
        <source>Updated once your answers reach the room.</source>
        <translation>Wird aktualisiert, sobald Ihre Antworten beim Raum ankommen.</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="42"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="46"/>
        <source>QR code of the room&apos;s address</source>
        <translation>QR-Code der Raumadresse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="50"/>
        <source>Room address</source>
        <translation>Raumadresse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="55"/>
        <source>Room code</source>
        <translation>Raumcode</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="60"/>
        <source>Scan the code or type the address, then tap your name. Nobody sees another person&apos;s ratings.</source>
        <translation>Scannen Sie den Code oder geben Sie die Adresse ein und tippen Sie dann auf Ihren Namen. Niemand sieht die Bewertungen anderer.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="66"/>
        <source>Require personal &amp;codes</source>
        <translation>Persönliche &amp;Codes verlangen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="70"/>
        <source>Claiming a name asks for the code on that person&apos;s name card (Workshop → Print QR Name Cards); a personal link needs no code</source>
        <translation>Wer einen Namen wählt, braucht den Code auf der Namenskarte dieser Person (Workshop → QR-Namenskarten drucken); ein persönlicher Link braucht keinen Code</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="74"/>
        <source>Show results on &amp;phones</source>
        <translation>Ergebnisse auf &amp;Smartphones zeigen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="78"/>
        <source>Once a round is closed and revealed, participants&apos; pages show the ranking the presenter shows; never while a round is open</source>
        <translation>Sobald eine Runde geschlossen und aufgedeckt ist, zeigen die Seiten der Teilnehmenden die Rangfolge der Präsentationsansicht; nie, solange eine Runde offen ist</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="95"/>
        <source>Devices in the room</source>
        <translation>Geräte im Raum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="109"/>
        <source>&amp;Admit</source>
        <translation>&amp;Zulassen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="111"/>
        <source>Let this device rate; another device on the same name is signed out</source>
        <translation>Dieses Gerät bewerten lassen; ein anderes Gerät unter demselben Namen wird abgemeldet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="113"/>
        <source>Re&amp;lease</source>
        <translation>Frei&amp;geben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="114"/>
        <source>Remove this device; the name is free again</source>
        <translation>Dieses Gerät entfernen; der Name ist wieder frei</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="115"/>
        <source>Revo&amp;ke</source>
        <translation>Sperre&amp;n</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="116"/>
        <source>This device can no longer rate</source>
        <translation>Dieses Gerät kann nicht mehr bewerten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="147"/>
        <source>Room code: {code}</source>
        <translation>Raumcode: {code}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="165"/>
        <source>&lt;b&gt;Devices&lt;/b&gt;: %n joined</source>
        <translation>
            <numerusform>&lt;b&gt;Geräte&lt;/b&gt;: %n angemeldet</numerusform>
            <numerusform>&lt;b&gt;Geräte&lt;/b&gt;: %n angemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="167"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n wartet</numerusform>
            <numerusform>, %n warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundStatus</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="16"/>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="18"/>
        <source>Started ({filled} of {cells})</source>
        <translation>Begonnen ({filled} von {cells})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="21"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="29"/>
        <source>{done} of {total} complete, %n started</source>
        <translation>
            <numerusform>{done} von {total} vollständig, %n begonnen</numerusform>
            <numerusform>{done} von {total} vollständig, %n begonnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="32"/>
        <source>{done} of {total} complete</source>
        <translation>{done} von {total} vollständig</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="65"/>
        <source>Close round {n} and reveal its results?</source>
        <translation>Runde {n} schließen und ihre Ergebnisse aufdecken?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="67"/>
        <source>Close round {n}?</source>
        <translation>Runde {n} schließen?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="72"/>
        <source>Every ballot is complete.</source>
        <translation>Alle Bewertungsbögen sind vollständig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="76"/>
        <source>Incomplete (%n):</source>
        <translation>
            <numerusform>Unvollständig (%n):</numerusform>
            <numerusform>Unvollständig (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="77"/>
        <source>Not started (%n):</source>
        <translation>
            <numerusform>Nicht begonnen (%n):</numerusform>
            <numerusform>Nicht begonnen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="86"/>
        <source>{filled} of {cells} cells</source>
        <translation>{filled} von {cells} Zellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="91"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere Person</numerusform>
            <numerusform>und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="94"/>
        <source>Once the round is closed, nothing more can be entered in it.</source>
        <translation>Nach dem Schließen der Runde kann darin nichts mehr eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="18"/>
        <source>Activity &apos;{activity}&apos; has no Accountable role.</source>
        <translation>Aktivität „{activity}“ hat keine rechenschaftspflichtige Rolle (A).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="21"/>
        <source>Activity &apos;{activity}&apos; has {count} Accountable roles ({roles}); it should have one.</source>
        <translation>Aktivität „{activity}“ hat {count} rechenschaftspflichtige Rollen ({roles}); es sollte eine sein.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="25"/>
        <source>Activity &apos;{activity}&apos; has no Responsible role.</source>
        <translation>Aktivität „{activity}“ hat keine verantwortliche Rolle (R).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="28"/>
        <source>Role &apos;{role}&apos; holds no letter in any activity.</source>
        <translation>Rolle „{role}“ hat in keiner Aktivität einen Buchstaben.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="31"/>
        <source>Role &apos;{role}&apos; is Responsible or Accountable for {count} activities in phase &apos;{phase}&apos; (limit {limit}).</source>
        <translation>Rolle „{role}“ ist in Phase „{phase}“ für {count} Aktivitäten verantwortlich oder rechenschaftspflichtig (Grenze {limit}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="36"/>
        <source>Activity &apos;{activity}&apos; has {count} Consulted roles (limit {limit}).</source>
        <translation>Aktivität „{activity}“ hat {count} konsultierte Rollen (Grenze {limit}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="39"/>
        <source>Technical activity &apos;{activity}&apos; has no TMO role Responsible or Accountable.</source>
        <translation>Technische Aktivität „{activity}“ hat keine TMO-Rolle als verantwortlich oder rechenschaftspflichtig.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="42"/>
        <source>No PMO role takes part in technical activity &apos;{activity}&apos;.</source>
        <translation>Keine PMO-Rolle ist an der technischen Aktivität „{activity}“ beteiligt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="45"/>
        <source>No TMO role hears about management activity &apos;{activity}&apos; (not even Informed).</source>
        <translation>Keine TMO-Rolle erfährt von der Management-Aktivität „{activity}“ (nicht einmal informiert).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="49"/>
        <source>Gate &apos;{control_point}&apos; has no approver from {missing}.</source>
        <translation>Gate „{control_point}“ hat keine freigebende Rolle aus {missing}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="52"/>
        <source>Technical deliverable &apos;{deliverable}&apos; of activity &apos;{activity}&apos; has no TMO role Responsible for producing it.</source>
        <translation>Das technische Lieferobjekt „{deliverable}“ der Aktivität „{activity}“ hat keine TMO-Rolle, die für seine Erstellung verantwortlich ist.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="69"/>
        <source>&apos;{name}&apos;</source>
        <comment>one name in a list of names, quoted</comment>
        <translation>„{name}“</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="75"/>
        <source>{list} or {name}</source>
        <comment>the last of a list of alternatives</comment>
        <translation>{list} oder {name}</translation>
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
        <translation>Nichts darzustellen: Kein Vorschlag hat sowohl eine Punktzahl als auch Kosten.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/score_cost_chart.py" line="60"/>
        <source>Rank {rank}, {title}: score {score}, cost {cost}, benefit {benefit}.</source>
        <translation>Rang {rank}, {title}: Punktzahl {score}, Kosten {cost}, Nutzen {benefit}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/score_cost_chart.py" line="116"/>
        <source>↖ better: higher score, lower cost</source>
        <translation>↖ besser: höhere Punktzahl, niedrigere Kosten</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="39"/>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="130"/>
        <source>&apos;{letters}&apos; is not a {variant} letter</source>
        <translation>„{letters}“ ist kein {variant}-Buchstabe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="102"/>
        <source>workspace name: must not be empty</source>
        <translation>Name des Arbeitsbereichs: darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="108"/>
        <source>RACI variant: must be RACI, RASCI or RACI-VS</source>
        <translation>RACI-Variante: muss RACI, RASCI oder RACI-VS sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="122"/>
        <source>RACI variant: some cells hold letters {variant} does not have; clear them first</source>
        <translation>RACI-Variante: einige Zellen enthalten Buchstaben, die {variant} nicht kennt; leeren Sie diese zuerst</translation>
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
        <translation>kein Workshop mit ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="152"/>
        <source>workshop &apos;{title}&apos; in this file was checked out from {library}; check it in there rather than checking it out again</source>
        <translation>Workshop „{title}“ in dieser Datei wurde aus {library} ausgecheckt; checken Sie ihn dort ein, statt ihn erneut auszuchecken</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="159"/>
        <source>workshop &apos;{title}&apos; is already checked out to {file} by {who} since {at}</source>
        <translation>Workshop „{title}“ ist bereits seit {at} von {who} nach {file} ausgecheckt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="188"/>
        <source>workshop &apos;{title}&apos; is not checked out; nothing was changed</source>
        <translation>Workshop „{title}“ ist nicht ausgecheckt; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="198"/>
        <source>{file}: {reason}; nothing was changed</source>
        <translation>{file}: {reason}; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="208"/>
        <source>not a workshop checked out from a library</source>
        <translation>kein aus einer Bibliothek ausgecheckter Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="213"/>
        <source>already checked in on {at}</source>
        <translation>bereits am {at} eingecheckt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="233"/>
        <source>it holds workshop {held}, not workshop {id}</source>
        <translation>sie enthält Workshop {held}, nicht Workshop {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="258"/>
        <source>it was checked out from {library}, not from this library</source>
        <translation>sie wurde aus {library} ausgecheckt, nicht aus dieser Bibliothek</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="266"/>
        <source>workshop {id} is no longer checked out to this file (released, or checked out again since)</source>
        <translation>Workshop {id} ist nicht mehr in diese Datei ausgecheckt (freigegeben oder seither erneut ausgecheckt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="367"/>
        <source>this would delete %n rating(s) that participants entered; ratings are only removed by discarding their round (Workshop menu)</source>
        <translation>
            <numerusform>dies würde %n Bewertung löschen, die Teilnehmende eingegeben haben; Bewertungen werden nur durch Verwerfen ihrer Runde entfernt (Menü Workshop)</numerusform>
            <numerusform>dies würde %n Bewertungen löschen, die Teilnehmende eingegeben haben; Bewertungen werden nur durch Verwerfen ihrer Runde entfernt (Menü Workshop)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="22"/>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="39"/>
        <source>another {what} already has this {field}</source>
        <translation>ein anderer Datensatz vom Typ {what} hat bereits diesen Wert für {field}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="26"/>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="43"/>
        <source>it is still used elsewhere, or refers to something missing</source>
        <translation>wird noch an anderer Stelle verwendet oder verweist auf etwas Fehlendes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="29"/>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="45"/>
        <source>the value breaks the rule &apos;{rule}&apos;</source>
        <translation>der Wert verletzt die Regel „{rule}“</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="492"/>
        <source>this step no longer applies: what it changed has since been removed (a discarded round, a deleted record)</source>
        <translation>dieser Schritt ist nicht mehr anwendbar: Was er geändert hat, wurde inzwischen entfernt (eine verworfene Runde, ein gelöschter Datensatz)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/templates.py" line="23"/>
        <source>unknown template &apos;{name}&apos; (choose {names})</source>
        <translation>unbekannte Vorlage „{name}“ (zur Wahl: {names})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="29"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="41"/>
        <source>must be one of: {allowed}</source>
        <translation>muss einer dieser Werte sein: {allowed}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="51"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="59"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="72"/>
        <source>must be a whole number, 1 or more</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="79"/>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="91"/>
        <source>must be a number from 0.05 to 1, like 0.3</source>
        <translation>muss eine Zahl von 0.05 bis 1 sein, wie 0.3</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="98"/>
        <source>must be a whole number, zero or more</source>
        <translation>muss eine ganze Zahl ab null sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="108"/>
        <source>must be a colour like #2F6DB5</source>
        <translation>muss eine Farbe wie #2F6DB5 sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="121"/>
        <source>must be a date like 2026-11-25</source>
        <translation>muss ein Datum wie 2026-11-25 sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="135"/>
        <source>must be a time of day like 09:30</source>
        <translation>muss eine Uhrzeit wie 09:30 sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="147"/>
        <source>must be yes or no</source>
        <translation>muss ja oder nein sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="152"/>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="156"/>
        <source>must be chosen</source>
        <translation>muss ausgewählt werden</translation>
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
        <translation>Dissens-Schwelle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="59"/>
        <source>Second resource&apos;s limit</source>
        <translation>Obergrenze der zweiten Ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="67"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="69"/>
        <source>Pairwise criterion weights</source>
        <translation>Kriteriengewichtungen aus Paarvergleichen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/freeze.py" line="135"/>
        <source>workshop &apos;{title}&apos; is checked out to {file} by {who} since {at}; it is read-only here until it is checked in</source>
        <translation>Workshop „{title}“ ist seit {at} von {who} nach {file} ausgecheckt; hier ist er schreibgeschützt, bis er eingecheckt wird</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/freeze.py" line="152"/>
        <source>workshop &apos;{title}&apos; is closed; record an amendment instead</source>
        <translation>Workshop „{title}“ ist abgeschlossen; erfassen Sie stattdessen einen Änderungsvermerk</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/freeze.py" line="186"/>
        <source>workshop &apos;{title}&apos; is closed; it cannot be reopened</source>
        <translation>Workshop „{title}“ ist abgeschlossen; er kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="55"/>
        <source>workshop &apos;{title}&apos; is already closed</source>
        <translation>Workshop „{title}“ ist bereits abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="77"/>
        <source>an amendment needs a reason (why)</source>
        <translation>ein Änderungsvermerk braucht eine Begründung (warum)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="82"/>
        <source>the amendment changes nothing</source>
        <translation>der Änderungsvermerk ändert nichts</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="159"/>
        <source>rating: must be a number</source>
        <translation>Bewertung: muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="185"/>
        <source>can&apos;t judge</source>
        <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="195"/>
        <source>Rating of &apos;{proposal}&apos; on &apos;{criterion}&apos; (round {n}): {old} → {new}</source>
        <translation>Bewertung für „{proposal}“ bei „{criterion}“ (Runde {n}): {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="199"/>
        <source>Rating by a {office} participant of &apos;{proposal}&apos; on &apos;{criterion}&apos; (round {n}): {old} → {new}</source>
        <translation>Bewertung durch eine Person aus dem Office {office} für „{proposal}“ bei „{criterion}“ (Runde {n}): {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="206"/>
        <source>Rating by {who} of &apos;{proposal}&apos; on &apos;{criterion}&apos; (round {n}): {old} → {new}</source>
        <translation>Bewertung durch {who} für „{proposal}“ bei „{criterion}“ (Runde {n}): {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="275"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="279"/>
        <source>Decision on &apos;{proposal}&apos;: {old} → {new}</source>
        <translation>Entscheidung zu „{proposal}“: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="284"/>
        <source>Decision on &apos;{proposal}&apos; ({kind}): {fields} changed</source>
        <translation>Entscheidung zu „{proposal}“ ({kind}): {fields} geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="302"/>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="32"/>
        <source>{what}: unknown field {field}</source>
        <translation>{what}: unbekanntes Feld {field}</translation>
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
        <translation>Maßnahme „{text}“: {changes}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="112"/>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="78"/>
        <source>no {what} with id {id}</source>
        <translation>{what} mit ID {id} nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="108"/>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="159"/>
        <source>{what} {field}: must be given</source>
        <translation>{what} {field}: muss angegeben werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="206"/>
        <source>row {n}: {error}</source>
        <translation>Zeile {n}: {error}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="262"/>
        <source>office {office} still has {count} roles ({names}); move or delete them first</source>
        <translation>Office {office} hat noch {count} Rollen ({names}); verschieben oder löschen Sie diese zuerst</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="305"/>
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
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="24"/>
        <source>group of alternatives</source>
        <translation>Alternativengruppe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="25"/>
        <source>requirement</source>
        <translation>Voraussetzung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="39"/>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="41"/>
        <source>criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="43"/>
        <source>proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="48"/>
        <source>nothing can be rated yet: add {missing} on the Set-up page first</source>
        <translation>noch ist nichts zu bewerten: tragen Sie zuerst auf der Seite „Vorbereitung“ {missing} ein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="61"/>
        <source>a round is already open; close it first</source>
        <translation>es ist bereits eine Bewertungsrunde offen; schließen Sie diese zuerst</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="111"/>
        <source>no round is open; there is no round to close</source>
        <translation>es ist keine Bewertungsrunde offen; es gibt keine Runde zum Schließen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="139"/>
        <source>no round with id {id}</source>
        <translation>keine Bewertungsrunde mit ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="144"/>
        <source>this round is closed; ratings can no longer change</source>
        <translation>diese Bewertungsrunde ist geschlossen; Bewertungen können nicht mehr geändert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="148"/>
        <source>no criterion with id {id}</source>
        <translation>kein Kriterium mit ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="307"/>
        <source>this workshop has no round to discard</source>
        <translation>dieser Workshop hat keine Runde, die verworfen werden könnte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="325"/>
        <source>say why the round is discarded</source>
        <translation>geben Sie an, warum die Runde verworfen wird</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="335"/>
        <source>the round changed; try again</source>
        <translation>die Runde hat sich geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="343"/>
        <source>Round {n} discarded with its ratings ({counts})</source>
        <translation>Runde {n} mit ihren Bewertungen verworfen ({counts})</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="349"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="350"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n teilnehmende Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="165"/>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="158"/>
        <source>{criterion}: {value} is outside the scale {low}–{high}</source>
        <translation>{criterion}: {value} liegt außerhalb der Skala {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="232"/>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="391"/>
        <source>decision: must be approve, reject, defer or needs-information</source>
        <translation>Entscheidung: muss „genehmigen“, „ablehnen“, „zurückstellen“ oder „Informationen anfordern“ sein</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results.py" line="117"/>
        <source>workshop {id} has no round {n}</source>
        <translation>Workshop {id} hat keine Runde {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results.py" line="270"/>
        <source>round {n} is blind and still open; close it before printing results</source>
        <translation>Runde {n} ist blind und noch offen; schließen Sie sie, bevor Sie Ergebnisse ausgeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="151"/>
        <source>activity &apos;{name}&apos; is in several phases ({phases}); add a Phase column to say which</source>
        <translation>Aktivität „{name}“ steht in mehreren Phasen ({phases}); legen Sie es mit einer Spalte „Phase“ fest</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="338"/>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="375"/>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="258"/>
        <source>workshop &apos;{title}&apos; has no participants</source>
        <translation>Workshop „{title}“ hat keine Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="262"/>
        <source>workshop &apos;{title}&apos; needs criteria and proposals to rate</source>
        <translation>Workshop „{title}“ braucht Kriterien und Vorschläge zum Bewerten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="325"/>
        <source>no ballot files given</source>
        <translation>keine Bewertungsbögen angegeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="334"/>
        <source>a second ballot of {name} in this import (the first is {file})</source>
        <translation>ein zweiter Bewertungsbogen von {name} in diesem Import (der erste ist {file})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="356"/>
        <source>workshop &apos;{title}&apos; is closed; ballots can no longer be imported</source>
        <translation>Workshop „{title}“ ist abgeschlossen; Bewertungsbögen können nicht mehr importiert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="380"/>
        <source>no round is open: open the next round (Rating page, or pmo-tmo round open) before importing ballots into it</source>
        <translation>es ist keine Bewertungsrunde offen: Eröffnen Sie die nächste Runde (Seite „Bewertung“ oder pmo-tmo round open), bevor Sie Bewertungsbögen in sie importieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_setup.py" line="76"/>
        <source>choose another workshop to copy from than this one</source>
        <translation>wählen Sie als Kopiervorlage einen anderen Workshop als diesen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_setup.py" line="79"/>
        <source>choose participants, criteria or both</source>
        <translation>wählen Sie Teilnehmende, Kriterien oder beides</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="45"/>
        <source>no participant with id {id}</source>
        <translation>kein Teilnehmer mit ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="67"/>
        <source>no criterion with id {id} in this workshop</source>
        <translation>kein Kriterium mit ID {id} in diesem Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="72"/>
        <source>a criterion is not compared with itself</source>
        <translation>ein Kriterium wird nicht mit sich selbst verglichen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="78"/>
        <source>{a} vs {b}: {value} is not on the 1/9 to 9 scale of importance</source>
        <translation>{a} vs. {b}: {value} liegt nicht auf der Wichtigkeitsskala von 1/9 bis 9</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="182"/>
        <source>nobody has compared the criteria pairwise yet</source>
        <translation>noch niemand hat die Kriterien paarweise verglichen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="185"/>
        <source>the comparisons do not link every criterion yet: {names} cut off; compare them with the others first</source>
        <translation>die Vergleiche verbinden noch nicht alle Kriterien (abgeschnitten: {names}); vergleichen Sie diese zuerst mit den übrigen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/portfolio_setup.py" line="34"/>
        <source>no proposal with id {id}</source>
        <translation>kein Vorschlag mit ID {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/portfolio_setup.py" line="42"/>
        <source>{field}: no proposal with id {id} in this workshop</source>
        <translation>{field}: kein Vorschlag mit ID {id} in diesem Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="81"/>
        <source>The cell {activity} / {role}</source>
        <translation>Die Zelle {activity} / {role}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="112"/>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="114"/>
        <source>{record} was removed since; nothing was changed</source>
        <translation>{record} wurde inzwischen entfernt; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="118"/>
        <source>This step cannot be undone: {record} was changed by {who} at {when} since; nothing was changed</source>
        <translation>Dieser Schritt lässt sich nicht rückgängig machen: {record} wurde seither von {who} um {when} geändert; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="124"/>
        <source>{record} was changed by {who} at {when} since you read it; your value {value} was kept, nothing was saved</source>
        <translation>{record} wurde von {who} um {when} geändert, seit Sie es gelesen haben; Ihr Wert {value} bleibt erhalten, nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="135"/>
        <source>{record} was changed by {who} at {when} since you read it; nothing was deleted</source>
        <translation>{record} wurde von {who} um {when} geändert, seit Sie es gelesen haben; nichts wurde gelöscht</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="59"/>
        <source>This workshop is closed. Its participants, criteria and proposals can no longer change; the agenda and its minutes can.</source>
        <translation>Dieser Workshop ist abgeschlossen. Teilnehmende, Kriterien und Vorschläge können nicht mehr geändert werden; die Agenda und ihre Protokollnotizen schon.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="68"/>
        <source>&amp;Participants ({n})</source>
        <translation>&amp;Teilnehmende ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="69"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="70"/>
        <source>Add participant</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="71"/>
        <source>Add a participant in the office of the selected one and type the name</source>
        <translation>Teilnehmer im Office der ausgewählten Person hinzufügen und Namen eingeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="72"/>
        <source>Delete participant</source>
        <translation>Teilnehmer löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="73"/>
        <source>Participant {n}</source>
        <translation>Teilnehmer {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="81"/>
        <source>&amp;Criteria ({n})</source>
        <translation>&amp;Kriterien ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="82"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="83"/>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="84"/>
        <source>Add a criterion and type its name</source>
        <translation>Kriterium hinzufügen und seinen Namen eingeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="85"/>
        <source>Delete criterion</source>
        <translation>Kriterium löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="86"/>
        <source>Criterion {n}</source>
        <translation>Kriterium {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="94"/>
        <source>P&amp;roposals ({n})</source>
        <translation>&amp;Vorschläge ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="95"/>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="96"/>
        <source>Add proposal</source>
        <translation>Vorschlag hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="97"/>
        <source>Add a proposal and type its title</source>
        <translation>Vorschlag hinzufügen und seinen Titel eingeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="98"/>
        <source>Delete proposal</source>
        <translation>Vorschlag löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="99"/>
        <source>Proposal {n}</source>
        <translation>Vorschlag {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="108"/>
        <source>Groups ({n})</source>
        <translation>Gruppen ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="109"/>
        <source>Groups of alternatives</source>
        <translation>Alternativengruppen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="110"/>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="111"/>
        <source>Add a group of alternative proposals and type its name</source>
        <translation>Gruppe alternativer Vorschläge hinzufügen und ihren Namen eingeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="112"/>
        <source>Delete group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="113"/>
        <source>Group {n}</source>
        <translation>Gruppe {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="121"/>
        <source>Proposals that are alternatives name one group in their Group column; at most the group&apos;s number of them is funded (a group not listed here: 1).</source>
        <translation>Vorschläge, die Alternativen sind, nennen in ihrer Spalte Gruppe eine Gruppe; davon wird höchstens die für die Gruppe festgelegte Anzahl finanziert (eine hier nicht aufgeführte Gruppe: 1).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="130"/>
        <source>A&amp;genda ({n})</source>
        <translation>A&amp;genda ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="131"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="132"/>
        <source>Add agenda item</source>
        <translation>Agendapunkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="133"/>
        <source>Add an agenda item and type its title</source>
        <translation>Agendapunkt hinzufügen und seinen Titel eingeben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="134"/>
        <source>Delete agenda item</source>
        <translation>Agendapunkt löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="135"/>
        <source>Agenda item {n}</source>
        <translation>Agendapunkt {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="152"/>
        <source>Cop&amp;y from earlier workshop…</source>
        <translation>Aus früherem Workshop ko&amp;pieren…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="154"/>
        <source>Copy the participants and criteria of another workshop into this one</source>
        <translation>Teilnehmende und Kriterien eines anderen Workshops in diesen kopieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="160"/>
        <source>F2 or double-click edits a cell · Enter commits · Ins adds · Del deletes · Ctrl+Up / Ctrl+Down change the order</source>
        <translation>F2 oder Doppelklick bearbeitet eine Zelle · Enter übernimmt · Einfg fügt hinzu · Entf löscht · Strg+↑ / Strg+↓ ändern die Reihenfolge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="79"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="85"/>
        <source>No start time (e.g. 09:00)</source>
        <translation>Keine Startzeit (z. B. 09:00)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="89"/>
        <source>With a start time the agenda, the projector and the minutes show clock times.</source>
        <translation>Mit einer Startzeit zeigen Agenda, Projektor und Protokoll Uhrzeiten.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="98"/>
        <source>Named</source>
        <translation>Namentlich</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="99"/>
        <source>Office-tagged</source>
        <translation>Nach Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="100"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="109"/>
        <source>No budget set</source>
        <translation>Kein Budget festgelegt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="112"/>
        <source>None (e.g. People)</source>
        <translation>Keine (z. B. Personen)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="115"/>
        <source>What else the proposals draw on besides money; each proposal&apos;s use of it is in the Proposals list</source>
        <translation>Was die Vorschläge außer Geld noch beanspruchen; der Bedarf jedes Vorschlags steht in der Vorschlagsliste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="123"/>
        <source>No limit</source>
        <translation>Keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="131"/>
        <source>Proposals whose dissent (the spread of the participants&apos; scores: 0 is full agreement, 1 a room split into two extremes) is at or above this are flagged.</source>
        <translation>Vorschläge, deren Dissens (die Streuung der Punktzahlen der Teilnehmenden: 0 ist volle Einigkeit, 1 ein in zwei Extreme gespaltener Raum) diesen Wert erreicht oder überschreitet, werden markiert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="141"/>
        <source>Workshop title</source>
        <translation>Titel des Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="142"/>
        <source>Workshop date</source>
        <translation>Datum des Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="143"/>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="144"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="145"/>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="146"/>
        <source>Anonymity of ratings</source>
        <translation>Anonymität der Bewertungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="147"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="148"/>
        <source>Second resource</source>
        <translation>Zweite Ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="149"/>
        <source>Second resource&apos;s limit</source>
        <translation>Obergrenze der zweiten Ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="150"/>
        <source>Dissent threshold</source>
        <translation>Dissens-Schwelle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="151"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="176"/>
        <source>&amp;Title:</source>
        <translation>Tite&amp;l:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="177"/>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="178"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Startzeit:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="179"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="180"/>
        <source>Fac&amp;ilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="185"/>
        <source>&amp;Anonymity:</source>
        <translation>A&amp;nonymität:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="189"/>
        <source>limit:</source>
        <translation>Obergrenze:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="193"/>
        <source>&amp;Budget:</source>
        <translation>Budg&amp;et:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="194"/>
        <source>Second resource:</source>
        <translation>Zweite Ressource:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="198"/>
        <source>Dissent threshold (ma&amp;x 1):</source>
        <translation>Dissens-Schwelle (ma&amp;x. 1):</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="200"/>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="210"/>
        <source>Everyone&apos;s ratings are shown with their names once a round is revealed.</source>
        <translation>Die Bewertungen aller werden mit Namen gezeigt, sobald eine Runde aufgedeckt ist.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="214"/>
        <source>Ratings are shown by office (PMO, TMO…), never by person.</source>
        <translation>Bewertungen werden nach Office (PMO, TMO …) gezeigt, nie nach Person.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="217"/>
        <source>Ratings are shown with no names and no offices, only as totals.</source>
        <translation>Bewertungen werden ohne Namen und ohne Offices gezeigt, nur zusammengefasst.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="235"/>
        <source>This workshop has ratings: weights, directions and scales change its results, and a scale that would leave given ratings outside it is refused.</source>
        <translation>Dieser Workshop enthält Bewertungen: Gewichtungen, Richtungen und Skalen verändern seine Ergebnisse, und eine Skala, außerhalb derer vorhandene Bewertungen lägen, wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="244"/>
        <source>without office</source>
        <translation>ohne Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="251"/>
        <source>&lt;b&gt;Participants:&lt;/b&gt; {people}</source>
        <translation>&lt;b&gt;Teilnehmende:&lt;/b&gt; {people}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="252"/>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {hours} h {minutes:02d} min</source>
        <translation>&lt;b&gt;Agenda:&lt;/b&gt; {hours} Std. {minutes:02d} Min.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="259"/>
        <source>&lt;b&gt;Proposals ask for:&lt;/b&gt; {cost}</source>
        <translation>&lt;b&gt;Beantragte Summe:&lt;/b&gt; {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="263"/>
        <source>&lt;b&gt;Budget:&lt;/b&gt; {budget}</source>
        <translation>&lt;b&gt;Budget:&lt;/b&gt; {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="269"/>
        <source>&lt;b&gt;Ratings given:&lt;/b&gt; {n}</source>
        <translation>&lt;b&gt;Abgegebene Bewertungen:&lt;/b&gt; {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="295"/>
        <source>The decision taken on it goes with it.</source>
        <translation>Die dazu getroffene Entscheidung wird mit gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="300"/>
        <source>%n action item(s) refer to it; they stay, without it.</source>
        <translation>
            <numerusform>%n Maßnahme verweist darauf; sie bleibt erhalten, nur ohne diesen Bezug.</numerusform>
            <numerusform>%n Maßnahmen verweisen darauf; sie bleiben erhalten, nur ohne diesen Bezug.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="320"/>
        <source>Rename workshop</source>
        <translation>Workshop umbenennen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="321"/>
        <source>Change workshop date</source>
        <translation>Datum des Workshops ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="322"/>
        <source>Change start time</source>
        <translation>Startzeit ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="323"/>
        <source>Change workshop place</source>
        <translation>Ort des Workshops ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="324"/>
        <source>Change facilitator</source>
        <translation>Moderation ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="325"/>
        <source>Change anonymity</source>
        <translation>Anonymität ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="326"/>
        <source>Change budget</source>
        <translation>Budget ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="327"/>
        <source>Rename the second resource</source>
        <translation>Zweite Ressource umbenennen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="328"/>
        <source>Change the second resource&apos;s limit</source>
        <translation>Obergrenze der zweiten Ressource ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="329"/>
        <source>Change dissent threshold</source>
        <translation>Dissens-Schwelle ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="330"/>
        <source>Edit workshop notes</source>
        <translation>Notizen zum Workshop bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="331"/>
        <source>Change pairwise weights</source>
        <translation>Gewichtungen aus Paarvergleichen ändern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="347"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="363"/>
        <source>Copy from an earlier workshop</source>
        <translation>Aus einem früheren Workshop kopieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="348"/>
        <source>There is no other workshop to copy from yet.</source>
        <translation>Es gibt noch keinen anderen Workshop, aus dem kopiert werden kann.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="357"/>
        <source>Copy set-up from “{workshop}”</source>
        <translation>Vorbereitung aus „{workshop}“ kopieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="365"/>
        <source>Nothing was copied: this workshop already has every name “{w}” has.</source>
        <translation>Nichts kopiert: Dieser Workshop hat bereits alle Namen, die „{w}“ hat.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="149"/>
        <source>Participants, criteria, proposals and agenda</source>
        <translation>Teilnehmende, Kriterien, Vorschläge und Agenda</translation>
    </message>
</context>
<context>
    <name>SetupPaste</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="113"/>
        <source>no pasted column is the {column} column</source>
        <translation>keine eingefügte Spalte ist die Spalte {column}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="127"/>
        <source>row {row}: the {column} is empty</source>
        <translation>Zeile {row}: {column} ist leer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="143"/>
        <source>row {row}, column {column}</source>
        <translation>Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="153"/>
        <source>{where}: &apos;{value}&apos; is none of {offered}</source>
        <translation>{where}: &apos;{value}&apos; ist keins von {offered}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="161"/>
        <source>{where}: &apos;{value}&apos; is not a number</source>
        <translation>{where}: &apos;{value}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="279"/>
        <source>Nothing to paste: copy rows of a spreadsheet first (one row per line).</source>
        <translation>Nichts einzufügen: Kopieren Sie zuerst Zeilen einer Tabelle (je Tabellenzeile eine Zeile).</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="117"/>
        <source>F2 edits the current cell, Enter commits, Insert adds, Delete deletes, Ctrl+Up and Ctrl+Down move the row</source>
        <translation>F2 bearbeitet die aktuelle Zelle, Enter übernimmt, Einfg fügt hinzu, Entf löscht, Strg+↑ und Strg+↓ verschieben die Zeile</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="140"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="141"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="142"/>
        <source>Paste rows</source>
        <translation>Zeilen einfügen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="145"/>
        <source>Delete the selected row</source>
        <translation>Ausgewählte Zeile löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="146"/>
        <source>Move the selected row up</source>
        <translation>Ausgewählte Zeile nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="147"/>
        <source>Move the selected row down</source>
        <translation>Ausgewählte Zeile nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="271"/>
        <source>Rename “{name}”</source>
        <translation>„{name}“ umbenennen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="273"/>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="314"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="335"/>
        <source>“{name}” holds %n rating(s) that participants entered, so it cannot be deleted: ratings are removed only by discarding their round (Rating page). Rename it instead, if it was only misnamed.</source>
        <translation>
            <numerusform>„{name}“ enthält %n Bewertung, die Teilnehmende eingegeben haben, und kann daher nicht gelöscht werden: Bewertungen werden nur durch Verwerfen ihrer Runde entfernt (Seite „Bewertung“). Ändern Sie stattdessen den Namen, falls nur dieser falsch war.</numerusform>
            <numerusform>„{name}“ enthält %n Bewertungen, die Teilnehmende eingegeben haben, und kann daher nicht gelöscht werden: Bewertungen werden nur durch Verwerfen ihrer Runde entfernt (Seite „Bewertung“). Ändern Sie stattdessen den Namen, falls nur dieser falsch war.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="345"/>
        <source>Delete “{name}”?</source>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="346"/>
        <source>Undo brings everything back.</source>
        <translation>Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="347"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="351"/>
        <source>Delete “{name}”</source>
        <translation>„{name}“ löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="370"/>
        <source>Move “{name}” up</source>
        <translation>„{name}“ nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="372"/>
        <source>Move “{name}” down</source>
        <translation>„{name}“ nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>SetupTableModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="158"/>
        <source>No office</source>
        <translation>Kein Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="161"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="195"/>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="162"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="194"/>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
</context>
<context>
    <name>WeightSliders</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weight_sliders.py" line="63"/>
        <source>Weight of {criterion}</source>
        <translation>Gewichtung von {criterion}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weight_sliders.py" line="73"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weight_sliders.py" line="115"/>
        <source>{weight} (set {set})</source>
        <translation>{weight} (festgelegt: {set})</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="69"/>
        <source>Criteria weights</source>
        <translation>Kriteriengewichtungen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="76"/>
        <source>Weights by criterion</source>
        <translation>Gewichtungen je Kriterium</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="80"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="81"/>
        <source>Participants who compared</source>
        <translation>Teilnehmende, die verglichen haben</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="83"/>
        <source>Consistency ratio</source>
        <translation>Konsistenzverhältnis</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="88"/>
        <source>Least consistent answer</source>
        <translation>Am wenigsten konsistente Antwort</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="89"/>
        <source>Pairs not compared</source>
        <translation>Nicht verglichene Paare</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="94"/>
        <source>Consistency of the comparisons</source>
        <translation>Konsistenz der Vergleiche</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="100"/>
        <source>&amp;Adopt Group Weights</source>
        <translation>&amp;Gruppengewichtungen übernehmen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="103"/>
        <source>Write the group&apos;s weights into the criteria and score the results with them; Undo takes it back</source>
        <translation>Die Gewichtungen der Gruppe in die Kriterien übernehmen und die Ergebnisse damit berechnen; Rückgängig nimmt das zurück</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="108"/>
        <source>&amp;Keep Set Weights</source>
        <translation>&amp;Festgelegte Gewichtungen beibehalten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="109"/>
        <source>Put the weights set by hand back in force</source>
        <translation>Die von Hand festgelegten Gewichtungen wieder in Kraft setzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="133"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="134"/>
        <source>Weight in force</source>
        <translation>Geltende Gewichtung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="135"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="152"/>
        <source>Office-tagged or anonymous workshop: nobody&apos;s own weights are shown, and an office&apos;s or the group&apos;s only once two of its participants compared the criteria (— withheld).</source>
        <translation>Workshop nach Office oder anonymer Workshop: Die Gewichtungen einzelner Personen werden nie gezeigt, die eines Office oder der Gruppe erst, wenn zwei ihrer Teilnehmenden die Kriterien verglichen haben (— zurückgehalten).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="159"/>
        <source>A consistency ratio up to {limit} is usually accepted.</source>
        <translation>Ein Konsistenzverhältnis bis {limit} gilt üblicherweise als akzeptabel.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="168"/>
        <source>&lt;b&gt;In force:&lt;/b&gt; the group&apos;s weights from the pairwise comparisons (AHP), adopted {date}. Results are scored with them.</source>
        <translation>&lt;b&gt;In Kraft:&lt;/b&gt; die Gewichtungen der Gruppe aus den Paarvergleichen (AHP), übernommen am {date}. Die Ergebnisse werden damit berechnet.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="172"/>
        <source>&lt;b&gt;In force:&lt;/b&gt; the weights set by the facilitator.</source>
        <translation>&lt;b&gt;In Kraft:&lt;/b&gt; die von der Moderation festgelegten Gewichtungen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="177"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="179"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="225"/>
        <source>{a} vs {b}</source>
        <translation>{a} vs. {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="229"/>
        <source>Withheld for privacy: fewer than two participants compared</source>
        <translation>Aus Datenschutzgründen zurückgehalten: Weniger als zwei Teilnehmende haben verglichen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="231"/>
        <source>Nobody has compared the criteria yet</source>
        <translation>Noch niemand hat die Kriterien verglichen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="246"/>
        <source>Adopt group weights</source>
        <translation>Gruppengewichtungen übernehmen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="253"/>
        <source>Keep set weights</source>
        <translation>Festgelegte Gewichtungen beibehalten</translation>
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
        <translation>Ein gemeinsames Vorgehensmodell für Projekt- und Technik-Office, eine RACI-Matrix, auf die sich beide Seiten verlassen können, und Workshops, in denen beide gemeinsam Vorschläge bewerten.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="32"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="33"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="34"/>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="40"/>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt verwendete Arbeitsbereiche&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="502"/>
        <source>{ballots} into round {round}: {ratings}; {states}</source>
        <translation>{ballots} in Runde {round}: {ratings}; {states}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="503"/>
        <source>Imported %n ballot(s)</source>
        <translation>
            <numerusform>%n Bewertungsbogen importiert</numerusform>
            <numerusform>%n Bewertungsbögen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="507"/>
        <source>%n rating(s) written</source>
        <translation>
            <numerusform>%n Bewertung geschrieben</numerusform>
            <numerusform>%n Bewertungen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="508"/>
        <source>%n can&apos;t judge</source>
        <translation>
            <numerusform>%n „kann ich nicht beurteilen“</numerusform>
            <numerusform>%n „kann ich nicht beurteilen“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="509"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="514"/>
        <source>%n complete</source>
        <translation>
            <numerusform>%n vollständig</numerusform>
            <numerusform>%n vollständig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="515"/>
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n unvollständig</numerusform>
            <numerusform>%n unvollständig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="520"/>
        <source>{name}: {filled} of {cells} cells</source>
        <translation>{name}: {filled} von {cells} Zellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="527"/>
        <source>(the round was opened for them)</source>
        <translation>(die Runde wurde dafür eröffnet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="529"/>
        <source>%n pairwise judgement(s) of criteria recorded.</source>
        <translation>
            <numerusform>%n Paarvergleich der Kriterien erfasst.</numerusform>
            <numerusform>%n Paarvergleiche der Kriterien erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="63"/>
        <source>role names across, letters in the cells</source>
        <translation>Rollennamen quer, Buchstaben in den Zellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="64"/>
        <source>one column per letter, role names in the cells</source>
        <translation>eine Spalte je Buchstabe, Rollennamen in den Zellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="65"/>
        <source>{layout}; rows without letters are activities, not phases</source>
        <translation>{layout}; Zeilen ohne Buchstaben sind Aktivitäten, keine Phasen</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="62"/>
        <source>cannot be read as a workbook ({detail})</source>
        <translation>kann nicht als Arbeitsmappe gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="70"/>
        <source>refused: part {part} declares a DTD or entities (an XML attack?)</source>
        <translation>abgelehnt: Teil {part} deklariert eine DTD oder Entitäten (ein XML-Angriff?)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="78"/>
        <source>refused: part {part} is not well-formed XML ({detail})</source>
        <translation>abgelehnt: Teil {part} ist kein wohlgeformtes XML ({detail})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="115"/>
        <source>refused: {count} characters in one cell, more than {limit}</source>
        <translation>abgelehnt: {count} Zeichen in einer Zelle, mehr als {limit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="123"/>
        <source>refused: more than {limit} characters of text</source>
        <translation>abgelehnt: mehr als {limit} Zeichen Text</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="156"/>
        <source>refused: more than {limit} filled cells</source>
        <translation>abgelehnt: mehr als {limit} gefüllte Zellen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="198"/>
        <source>refused: more than {limit} strings in part {part}</source>
        <translation>abgelehnt: mehr als {limit} Zeichenketten in Teil {part}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="206"/>
        <source>part {part}, string {number}</source>
        <translation>Teil {part}, Zeichenkette {number}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="273"/>
        <source>refused: more than {limit} rows</source>
        <translation>abgelehnt: mehr als {limit} Zeilen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="279"/>
        <source>refused: more than {limit} columns</source>
        <translation>abgelehnt: mehr als {limit} Spalten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="311"/>
        <source>cannot be read ({detail})</source>
        <translation>kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_read.py" line="46"/>
        <source>&apos;{reading}&apos; is not a layout ({readings})</source>
        <translation>„{reading}“ ist keine Lesart ({readings})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_read.py" line="106"/>
        <source>&apos;{name}&apos; heads no letter column (R, A, C, I, S, V)</source>
        <translation>„{name}“ ist keine Buchstabenspalte (R, A, C, I, S, V)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_rows.py" line="212"/>
        <source>&apos;{value}&apos; is not a role name</source>
        <translation>„{value}“ ist kein Rollenname</translation>
    </message>
</context>
<context>
    <name>WorkshopListActions</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="80"/>
        <source>New workshop “{title}”</source>
        <translation>Neuer Workshop „{title}“</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="103"/>
        <source>Delete the workshop “{title}” with everything in it?</source>
        <translation>Den Workshop „{title}“ mit allen Inhalten löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="109"/>
        <source>It holds %n rating(s); they go with it.</source>
        <translation>
            <numerusform>Er enthält %n Bewertung; sie wird mit gelöscht.</numerusform>
            <numerusform>Er enthält %n Bewertungen; sie werden mit gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="117"/>
        <source>It holds no ratings yet.</source>
        <translation>Er enthält noch keine Bewertungen.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="118"/>
        <source>Undo brings it all back.</source>
        <translation>Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="121"/>
        <source>Delete workshop</source>
        <translation>Workshop löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="123"/>
        <source>Delete Workshop</source>
        <translation>Workshop löschen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="127"/>
        <source>Delete workshop “{title}”</source>
        <translation>Workshop „{title}“ löschen</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="19"/>
        <source>Save a blank set-up workbook</source>
        <translation>Leere Vorbereitungs-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="21"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="31"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="45"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="63"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="29"/>
        <source>New workshop from a set-up workbook</source>
        <translation>Neuer Workshop aus einer Vorbereitungs-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="38"/>
        <source>Folder for the ballots</source>
        <translation>Ordner für die Bewertungsbögen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="44"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="49"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="61"/>
        <source>Import filled ballots</source>
        <translation>Ausgefüllte Bewertungsbögen importieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="60"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="62"/>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="65"/>
        <source>&amp;Close Workshop…</source>
        <translation>Workshop &amp;abschließen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="68"/>
        <source>Freeze the workshop; later corrections are recorded as amendments</source>
        <translation>Den Workshop einfrieren; spätere Korrekturen werden als Änderungsvermerke erfasst</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="73"/>
        <source>&amp;Delete Workshop…</source>
        <translation>Workshop &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="77"/>
        <source>Save a Blank &amp;Set-up Workbook…</source>
        <translation>Leere &amp;Vorbereitungs-Arbeitsmappe speichern…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="81"/>
        <source>New Workshop &amp;from Set-up Workbook…</source>
        <translation>Neuer Workshop aus Vor&amp;bereitungs-Arbeitsmappe…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="86"/>
        <source>&amp;Export Ballots…</source>
        <translation>Bewertungsbögen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="89"/>
        <source>&amp;Import Filled Ballots…</source>
        <translation>Ausgefüllte Bewertungsbögen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="93"/>
        <source>Discard Las&amp;t Round…</source>
        <translation>Le&amp;tzte Runde verwerfen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="97"/>
        <source>Remove the latest round and its ratings, after a backup; recorded with the amendments</source>
        <translation>Die letzte Runde und ihre Bewertungen nach einer Sicherung entfernen; wird bei den Änderungsvermerken erfasst</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="109"/>
        <source>Print &amp;QR Name Cards…</source>
        <translation>&amp;QR-Namenskarten drucken…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="112"/>
        <source>A card for each participant: their personal link to the room as a QR code, and their personal code</source>
        <translation>Eine Karte für alle Teilnehmenden: ihr persönlicher Link zum Raum als QR-Code sowie ihr persönlicher Code</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="122"/>
        <source>&amp;Minutes (PDF)…</source>
        <translation>&amp;Protokoll (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="125"/>
        <source>Meeting &amp;Pack…</source>
        <translation>&amp;Sitzungsunterlagen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="128"/>
        <source>&amp;Results Workbook…</source>
        <translation>E&amp;rgebnis-Arbeitsmappe…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="209"/>
        <source>Round {n} is still open. Close it on the Rating page first: you will see who has not finished their ballot before it is revealed.</source>
        <translation>Runde {n} ist noch offen. Schließen Sie sie zuerst auf der Seite „Bewertung“: Dort sehen Sie, bevor sie aufgedeckt wird, wessen Bewertungsbogen noch nicht fertig ist.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="216"/>
        <source>Close the workshop “{title}”?</source>
        <translation>Den Workshop „{title}“ abschließen?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="219"/>
        <source>Closing freezes ratings, decisions and actions; later corrections are recorded as amendments.</source>
        <translation>Das Abschließen friert Bewertungen, Entscheidungen und Maßnahmen ein; spätere Korrekturen werden als Änderungsvermerke erfasst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="287"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmende</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="288"/>
        <source>%n criteria</source>
        <translation>
            <numerusform>%n Kriterium</numerusform>
            <numerusform>%n Kriterien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="289"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="293"/>
        <source>Created the workshop “{title}” from {file}: {counts}</source>
        <translation>Workshop „{title}“ aus {file} angelegt: {counts}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="452"/>
        <source>name cards</source>
        <comment>a file name</comment>
        <translation>Namenskarten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="462"/>
        <source>Name cards</source>
        <translation>Namenskarten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="468"/>
        <source>Wrote {file}; its links point to {url}</source>
        <translation>{file} geschrieben; die Links darin verweisen auf {url}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="208"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="226"/>
        <source>Close workshop</source>
        <translation>Workshop abschließen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="228"/>
        <source>Close Workshop</source>
        <translation>Workshop abschließen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="232"/>
        <source>Close workshop “{title}”</source>
        <translation>Workshop „{title}“ abschließen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="256"/>
        <source>Set-up workbook</source>
        <translation>Vorbereitungs-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="276"/>
        <source>New workshop from set-up workbook</source>
        <translation>Neuer Workshop aus Vorbereitungs-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="311"/>
        <source>Ballots</source>
        <translation>Bewertungsbögen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="317"/>
        <source>Wrote %n ballot(s)</source>
        <translation>
            <numerusform>%n Bewertungsbogen geschrieben</numerusform>
            <numerusform>%n Bewertungsbögen geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="331"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="340"/>
        <source>Import ballots</source>
        <translation>Bewertungsbögen importieren</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="413"/>
        <source>Meeting pack</source>
        <translation>Sitzungsunterlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="419"/>
        <source>Cancelled after %n file(s)</source>
        <translation>
            <numerusform>Nach %n Datei abgebrochen</numerusform>
            <numerusform>Nach %n Dateien abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="427"/>
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>%n Datei nach {folder} geschrieben</numerusform>
            <numerusform>%n Dateien nach {folder} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="45"/>
        <source>Close Room for P&amp;hones</source>
        <translation>Raum für S&amp;martphones schließen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="46"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="105"/>
        <source>Open Room for P&amp;hones…</source>
        <translation>Raum für S&amp;martphones öffnen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="26"/>
        <source>Check out the workshop to a file</source>
        <translation>Den Workshop in eine Datei auschecken</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="28"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="38"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>PMO–TMO-Arbeitsbereiche (*.pmotmo)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="36"/>
        <source>Check in a workshop from its file</source>
        <translation>Einen Workshop aus seiner Datei einchecken</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="58"/>
        <source>Chec&amp;k Out for the Room…</source>
        <translation>Für den Raum auschec&amp;ken…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="61"/>
        <source>Copy the workshop into a file for a session offline; it stays read-only here until it is checked in</source>
        <translation>Den Workshop für eine Sitzung offline in eine Datei kopieren; hier bleibt er schreibgeschützt, bis er eingecheckt wird</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="69"/>
        <source>Check In from Fi&amp;le…</source>
        <translation>Aus der Datei &amp;zurückholen…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="78"/>
        <source>Workshops offline</source>
        <translation>Workshops offline</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="98"/>
        <source>Checked out &apos;{title}&apos; to {file}. Open that file for the session; the workshop is read-only here until it is checked in.</source>
        <translation>„{title}“ nach {file} ausgecheckt. Öffnen Sie diese Datei für die Sitzung; der Workshop ist hier schreibgeschützt, bis er eingecheckt wird.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="115"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="124"/>
        <source>Checked in &apos;{title}&apos; from {file}; it may be changed here again.</source>
        <translation>„{title}“ aus {file} eingecheckt; er kann hier wieder geändert werden.</translation>
    </message>
</context>
<context>
    <name>WorkshopsArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="123"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="124"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="125"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="130"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="148"/>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="149"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="150"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="151"/>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="152"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="157"/>
        <source>Proposals of the workshop</source>
        <translation>Vorschläge des Workshops</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="173"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="192"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="193"/>
        <source>Live</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="194"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="199"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="294"/>
        <source>round {n}: {status}, {ratings}</source>
        <translation>Runde {n}: {status}, {ratings}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="317"/>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {items} · &lt;b&gt;Actions:&lt;/b&gt; {a} ({open} open)</source>
        <translation>&lt;b&gt;Agenda:&lt;/b&gt; {items} · &lt;b&gt;Maßnahmen:&lt;/b&gt; {a} ({open} offen)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="288"/>
        <source>no office</source>
        <translation>kein Office</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="296"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="296"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="300"/>
        <source>no rounds yet</source>
        <translation>noch keine Runden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="304"/>
        <source>&lt;b&gt;Date:&lt;/b&gt; {date} · &lt;b&gt;Place:&lt;/b&gt; {place} · &lt;b&gt;Facilitator:&lt;/b&gt; {who}</source>
        <translation>&lt;b&gt;Datum:&lt;/b&gt; {date} · &lt;b&gt;Ort:&lt;/b&gt; {place} · &lt;b&gt;Moderation:&lt;/b&gt; {who}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="310"/>
        <source>&lt;b&gt;Participants:&lt;/b&gt; {n} ({people})</source>
        <translation>&lt;b&gt;Teilnehmende:&lt;/b&gt; {n} ({people})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="313"/>
        <source>&lt;b&gt;Criteria:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Kriterien:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="316"/>
        <source>&lt;b&gt;Rounds:&lt;/b&gt; {rounds}</source>
        <translation>&lt;b&gt;Bewertungsrunden:&lt;/b&gt; {rounds}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="172"/>
        <source>Pages of the workshop</source>
        <translation>Seiten des Workshops</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="55"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="549"/>
        <source>{file}: already exists</source>
        <translation>{file}: existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="115"/>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="297"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="226"/>
        <source>{file}: already exists; nothing was changed</source>
        <translation>{file}: existiert bereits; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="57"/>
        <source>{file}: the file is damaged ({detail}); it was not changed.</source>
        <translation>{file}: Die Datei ist beschädigt ({detail}); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="61"/>
        <source>Newest good backup: {backup}</source>
        <translation>Neueste intakte Sicherung: {backup}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="69"/>
        <source>{file}: no such file</source>
        <translation>{file}: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="71"/>
        <source>{file}: not a file</source>
        <translation>{file}: keine Datei</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="76"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="82"/>
        <source>{file}: not a PMO–TMO workspace (not an SQLite database)</source>
        <translation>{file}: kein PMO–TMO-Arbeitsbereich (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="88"/>
        <source>{file}: not a PMO–TMO workspace (a database of another application)</source>
        <translation>{file}: kein PMO–TMO-Arbeitsbereich (Datenbank einer anderen Anwendung)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="115"/>
        <source>{file}: not a PMO–TMO workspace (it has no schema version)</source>
        <translation>{file}: kein PMO–TMO-Arbeitsbereich (keine Schemaversion vorhanden)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="122"/>
        <source>{file} was written by a newer version of PMO–TMO Desktop (schema {found}); this version reads up to schema {head}. Update the app to open it; the file was not changed.</source>
        <translation>{file} wurde von einer neueren Version von PMO–TMO Desktop geschrieben (Schema {found}); diese Version liest bis Schema {head}. Aktualisieren Sie die Anwendung, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="265"/>
        <source>{file} is closed; nothing was read or changed</source>
        <translation>{file} ist geschlossen; nichts wurde gelesen oder geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="332"/>
        <source>{file} is open read-only; a backup cannot be restored into it</source>
        <translation>{file} ist schreibgeschützt geöffnet; eine Sicherung kann nicht in die Datei zurückgespielt werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="98"/>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="80"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="251"/>
        <source>{file} is open read-only; nothing can be changed</source>
        <translation>{file} ist schreibgeschützt geöffnet; es kann nichts geändert werden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/migrate.py" line="92"/>
        <source>{file}: the upgrade left {count} broken references</source>
        <translation>{file}: Nach dem Upgrade bestehen {count} fehlerhafte Verweise</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="412"/>
        <source>{file} cannot be written here ({where} is read-only)</source>
        <translation>{file} kann hier nicht geschrieben werden ({where} ist schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="377"/>
        <source>{file} is open in PMO–TMO Desktop ({holder}); close it there before replacing it</source>
        <translation>{file} ist in PMO–TMO Desktop geöffnet ({holder}); schließen Sie die Datei dort, bevor Sie sie ersetzen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="458"/>
        <source>{file}: cannot be replaced ({reason})</source>
        <translation>{file}: kann nicht ersetzt werden ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="414"/>
        <source>{file} cannot be changed here ({where} is read-only); open it read-only</source>
        <translation>{file} kann hier nicht geändert werden ({where} ist schreibgeschützt); öffnen Sie die Datei schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="382"/>
        <source>{file} is already open in PMO–TMO Desktop ({holder}); close it there, or open it read-only</source>
        <translation>{file} ist bereits in PMO–TMO Desktop geöffnet ({holder}); schließen Sie die Datei dort oder öffnen Sie sie schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="403"/>
        <source>{file} has more than one name (a hard link), so it can be opened read-only only; copy the file instead of linking it</source>
        <translation>{file} hat mehr als einen Namen (einen harten Link) und kann daher nur schreibgeschützt geöffnet werden; kopieren Sie die Datei, statt sie zu verlinken</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="428"/>
        <source>{file}: cannot be opened for writing ({reason})</source>
        <translation>{file}: kann nicht zum Schreiben geöffnet werden ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="471"/>
        <source>{file} cannot be changed: {side} beside it is read-only (left by a program that could only read it); close every program that has it open and delete {side}, or open the workspace read-only</source>
        <translation>{file} kann nicht geändert werden: {side} daneben ist schreibgeschützt (von einem Programm hinterlassen, das nur lesen durfte); schließen Sie jedes Programm, das die Datei geöffnet hat, und löschen Sie {side}, oder öffnen Sie den Arbeitsbereich schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="498"/>
        <source>this process</source>
        <translation>dieser Prozess</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="514"/>
        <source>{file} needs an upgrade to this version; open it for writing once</source>
        <translation>{file} muss auf diese Version aktualisiert werden; öffnen Sie die Datei einmal mit Schreibzugriff</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="552"/>
        <source>{file}: give the workspace a file name</source>
        <translation>{file}: Geben Sie dem Arbeitsbereich einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="398"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="556"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}: Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="587"/>
        <source>{file}: cannot be created ({reason})</source>
        <translation>{file}: kann nicht erstellt werden ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="72"/>
        <source>{url}: not a valid library address (postgresql://user@host[:port]/database)</source>
        <translation>{url}: keine gültige Bibliotheksadresse (postgresql://benutzer@host[:port]/datenbank)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="80"/>
        <source>{url}: name the database (postgresql://user@host[:port]/database)</source>
        <translation>{url}: bitte die Datenbank nennen (postgresql://benutzer@host[:port]/datenbank)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="93"/>
        <source>{url}: PostgreSQL support (psycopg) is not installed</source>
        <translation>{url}: PostgreSQL-Unterstützung (psycopg) ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="131"/>
        <source>{url}: cannot open the library ({reason}); nothing was changed</source>
        <translation>{url}: die Bibliothek lässt sich nicht öffnen ({reason}); nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="172"/>
        <source>{url}: not a PMO–TMO library (the database holds other tables); nothing was changed</source>
        <translation>{url}: keine PMO–TMO-Bibliothek (die Datenbank enthält andere Tabellen); nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="181"/>
        <source>{url} was written by a newer version of PMO–TMO Desktop (schema {found}); this version reads up to schema {head}. Update the app to open it; nothing was changed.</source>
        <translation>{url} wurde von einer neueren Version von PMO–TMO Desktop geschrieben (Schema {found}); diese Version liest bis Schema {head}. Aktualisieren Sie die App, um sie zu öffnen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="235"/>
        <source>{url}: you may read this library but not change it; nothing was changed</source>
        <translation>{url}: Sie dürfen diese Bibliothek lesen, aber nicht ändern; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="279"/>
        <source>{url}: {what} is for workspace files; a team library has none</source>
        <translation>{url}: {what} gibt es nur für Arbeitsbereichsdateien; eine Teambibliothek hat das nicht</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="286"/>
        <source>the SQLite setting {name}</source>
        <translation>die SQLite-Einstellung {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="300"/>
        <source>restoring a backup</source>
        <translation>das Wiederherstellen einer Sicherung</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="319"/>
        <source>{url}: the database is empty, not a library yet; make it one with pmo-tmo new</source>
        <translation>{url}: die Datenbank ist leer und noch keine Bibliothek; machen Sie sie mit pmo-tmo new zu einer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="361"/>
        <source>{url}: the database is not empty; a library is made in an empty database, nothing was changed</source>
        <translation>{url}: die Datenbank ist nicht leer; eine Bibliothek entsteht in einer leeren Datenbank, nichts wurde geändert</translation>
    </message>
</context>
</TS>
